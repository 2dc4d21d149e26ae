//! The whole lesson renders to static HTML outside a browser: no component calls a browser API
//! while rendering (that work lives in effects), so the page can be pre-rendered later. A browser
//! call here would panic, since wasm-bindgen imports cannot run natively.
#![cfg(not(target_arch = "wasm32"))]

use selloff_lab::components::app::{App, AppProps};
use selloff_lab::i18n::Lang;
use selloff_lab::model::widgets::Widget;
use selloff_lab::prerender::{page_html, render_app, Assets, PageKind};
use selloff_lab::state::{Lesson, Store};

/// The whole lesson from a link, as the single-file lesson renders it.
fn render(query: &str) -> String {
    let props = AppProps {
        store: Store::new(Lesson::from_link(query, &[])),
        site: Default::default(),
    };
    futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).render())
}

fn assets() -> Assets {
    Assets {
        css: "style.css".into(),
        glue: "glue.js".into(),
        wasm: "app_bg.wasm".into(),
        icon: "icon.svg".into(),
        pages: Vec::new(),
    }
}

#[test]
fn each_page_loads_its_own_language_wasm_when_built() {
    let mut with_pages = assets();
    with_pages.pages = vec![
        (
            Lang::En,
            "selloff-lab-en-1.js".into(),
            "selloff-lab-en-1_bg.wasm".into(),
        ),
        (
            Lang::ZhHant,
            "selloff-lab-zh-2.js".into(),
            "selloff-lab-zh-2_bg.wasm".into(),
        ),
    ];
    for kind in PageKind::all() {
        let html = page_html(kind, &with_pages);
        let tag = match kind.lang() {
            Lang::En => "en-1",
            Lang::ZhHant => "zh-2",
        };
        assert!(
            html.contains(&format!(
                "data-glue=\"selloff-lab-{tag}.js\" data-wasm=\"selloff-lab-{tag}_bg.wasm\""
            )),
            "{kind:?}"
        );
    }
    // Without them (a bare Trunk build), every page falls back to Trunk's wasm.
    assert!(page_html(PageKind::Root, &assets()).contains("data-wasm=\"app_bg.wasm\""));
}

#[test]
fn every_served_page_is_pre_rendered_with_its_islands_filled() {
    for kind in PageKind::all() {
        let html = page_html(kind, &assets());
        let lang = kind.lang().tag();
        assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{kind:?}");
        assert!(!html.contains("></div><div class=\"island\""), "{kind:?}");
        // Every island holds hydratable markup (Yew's component markers).
        let islands = html.matches("data-island=").count();
        assert!(islands >= 3, "{kind:?}");
        assert!(html.matches("<!--<[").count() >= islands, "{kind:?}");
        match kind.embed() {
            Some(w) => {
                assert_eq!(html.matches("data-widget=").count(), 1, "{kind:?}");
                assert!(html.contains(&format!("data-widget=\"{}\"", w.id())));
                assert!(html.contains("data-page=\"embed\""));
            }
            None => {
                for w in Widget::ALL {
                    assert!(
                        html.contains(&format!("data-widget=\"{}\"", w.id())),
                        "{kind:?} {}",
                        w.id()
                    );
                }
                for n in 1..=11 {
                    assert!(html.contains(&format!("id=\"s{n}\"")), "{kind:?} s{n}");
                }
            }
        }
    }
}

#[test]
fn pages_carry_their_language_title_and_the_article_case() {
    let en = page_html(PageKind::Lesson(Lang::En), &assets());
    assert!(en.contains("<title>Selloff Lab: the May 2025"));
    assert!(en.contains("hreflang=\"zh-Hant\" href=\"../zh-Hant/\""));
    // The yield lab's readouts hold the article's case: a 40-year at 3.336% hit by +100 bp.
    assert!(en.contains("−18.92%"), "the readout");
    // The Share panel's link, before the wasm makes it absolute, leads from this page to itself.
    assert!(
        en.contains("value=\"../en/?v=1&amp;lang=en\""),
        "the share link"
    );
    let root = page_html(PageKind::Root, &assets());
    assert!(root.contains("<html lang=\"zh-Hant\" data-page=\"root\""));
    assert!(root.contains("債市拋售實驗室"));
    // Controls are inactive until hydrated, and say so.
    let app = render_app(Lang::En, Some(Widget::YieldLab), "../../../");
    assert!(app.contains("<fieldset disabled"), "{}", &app[..400]);
    assert!(app.contains("Loading the interactive parts"));
}

#[test]
fn the_full_lesson_renders_in_both_languages() {
    let zh = render("?lang=zh-Hant");
    assert!(zh.contains("債市拋售實驗室"));
    let en = render("?lang=en");
    assert!(en.contains("Selloff Lab: the May 2025"));
    for w in Widget::ALL {
        assert!(
            en.contains(&format!("data-widget=\"{}\"", w.id())),
            "{}",
            w.id()
        );
    }
    // Readouts carry their values in the static HTML too.
    assert!(en.contains("data-testid=\"price-change-pct\""));
}

#[test]
fn no_placeholder_is_left_unfilled_in_either_language() {
    for lang in ["en", "zh-Hant"] {
        // Every widget's texts, including the non-default branches the link can open.
        for query in [
            format!("?lang={lang}"),
            format!("?lang={lang}&auction=ust-20y-2025-05-21&bojpath=rising&bojresp=buy&fedresp=tighten&loop=1.3&labview=ladder&jgbrange=may2025"),
            format!("?lang={lang}&path=0,50,100,100,100,100,100,100,100,100&basis=incl"),
        ] {
            let html = render(&query);
            for i in 0..10 {
                assert!(!html.contains(&format!("{{{i}}}")), "{{{i}}} left in {query}");
            }
            for bad in ["NaN", "=\"inf", "=\"-inf", ">inf", ">-inf"] {
                assert!(!html.contains(bad), "{bad} in {query}");
            }
        }
    }
}

#[test]
fn every_widget_renders_alone_and_a_hostile_link_still_renders() {
    for w in Widget::ALL {
        let html = render(&format!("?lang=en&embed={}", w.id()));
        assert_eq!(html.matches("data-widget=").count(), 1, "{}", w.id());
    }
    let html = render("?shock=1e309&tenor=NaN&%3Cscript%3E=1");
    assert!(html.contains("data-testid=\"url-notice\""));
    assert!(!html.contains("<script>"), "the echoed key is escaped");
}

/// Chinese runs on after full-width punctuation: no space where two sentences, or a sentence and
/// a link, meet in the Chinese page.
#[test]
fn chinese_sentences_meet_without_a_space() {
    let html = render_app(Lang::ZhHant, None, "");
    // The text only: tags and Yew's comment markers go, entities stay as they are.
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    // (A closing bracket may be followed by a Latin word, as in a glossary entry's English name.)
    for punct in ['。', '；', '：', '」'] {
        let pattern = format!("{punct} ");
        let spaced: Vec<&str> = text
            .match_indices(&pattern)
            .map(|(i, _)| {
                let from = (0..=i.saturating_sub(30))
                    .rev()
                    .find(|&b| text.is_char_boundary(b))
                    .unwrap_or(0);
                &text[from..i + pattern.len()]
            })
            .collect();
        assert!(spaced.is_empty(), "a space after {punct}: {spaced:?}");
    }
}

#[test]
fn the_reading_times_add_up_to_their_total_and_the_note_says_it() {
    let en = render("?lang=en");
    let table = en
        .split("data-testid=\"reading-times\"")
        .nth(1)
        .and_then(|t| t.split("</table>").next())
        .expect("the reading-times table");
    let minutes: Vec<u32> = table
        .split("about ")
        .skip(1)
        .map(|s| s.split(' ').next().unwrap().parse().unwrap())
        .collect();
    let (total, rows) = minutes.split_last().expect("rows and a total");
    assert_eq!(rows.len(), 11);
    assert_eq!(rows.iter().sum::<u32>(), *total);
    assert!(en.contains(&format!("alone needs about {total} minutes")));
    let zh = render("?lang=zh-Hant");
    assert!(zh.contains(&format!("大約需要 {total} 分鐘")));
}

/// Sentences that state a change say which way it goes, and none when there is none (found by
/// a fresh read: "differs by 0.0", "fall to ¥0.0 tn and ¥0.0 tn", "weak" for a failed auction).
#[test]
fn sentences_say_which_way_a_change_goes_and_when_there_is_none() {
    let en = |q: &str| render(&format!("?lang=en&{q}"));
    let zh = |q: &str| render(&format!("?lang=zh-Hant&{q}"));
    let up = en("shock=100");
    assert!(up.contains("If yields stay 100 bp above today's level"));
    assert!(
        up.contains("Japan's yearly interest bill after five years would be 5.9 tn yen higher.")
    );
    assert!(en("shock=-50").contains("50 bp below today's level"));
    assert!(zh("shock=-50").contains("若殖利率一直比現在低 50 個基點"));
    let zero = en("shock=0");
    assert!(zero.contains("nothing extra after five years"));
    assert!(zero.contains("With no change in yield there is nothing to estimate"));
    // One basis point on long debt: a hundredth of a trillion, not "0.0 higher".
    assert!(!en("shock=1&debtmat=30").contains("0.0 tn yen higher"));
    // The reader's own path: the loop's steps and the policy paths credit the bill to it.
    let own = en("path=50,100,150,200,250,300,300,300,300,300");
    assert!(own.contains("On your own path: in year five the 10-year JGB is at"));
    assert!(own.contains("On your own yield path in the fiscal loop"));
    assert!(own.contains("after five years is 9.5 tn yen higher, and after ten years"));
    // A path below today's yields reads lower, not "differs by −".
    let down = zh("path=-100,-100,-100,-100,-100,-100,-100,-100,-100,-100");
    assert!(
        down.contains("和殖利率不變時相比，五年後每年利息支出少 "),
        "own path down"
    );
    // Auctions short of bids fail, in both markets.
    assert!(en("demand=0.5").contains("Verdict: a failed auction."));
    assert!(en("auction=ust-20y-2025-05-21&demand=0.5").contains("Verdict: a failed auction."));
    assert!(zh("demand=0.5").contains("判斷：標售未能足額發行。"));
    // The taper: none at all, and purchases that stop.
    let none = en("cut=0&cut2026=0");
    assert!(none.contains("With no cuts, monthly purchases stay at"));
    assert!(zh("cut=0&cut2026=0").contains("每季減少：<b aria-hidden=\"true\">無</b>"));
    assert!(en("cut=1000&cut2026=1000").contains("stop altogether by March 2026"));
    // What the spread slider measures, and which market the BoJ's card counts.
    assert!(en("").contains(
        "A spread of ¥0.95 puts half of the amount bid within ¥1.04 either side of the middle bid's price"
    ));
    assert!(
        zh("").contains("分散程度 0.95 日圓時，一半的投標金額，價格落在中間價上下 1.04 日圓以內")
    );
    // The worked example: the duration estimate sits below the exact change (never "short" of
    // it, which reads as a smaller loss), a move too small to show a gap says so, the duration
    // it multiplies is the card's, and the chart's description takes its gap as shown.
    assert!(en("shock=175").contains("is 8.70 percentage points below the exact change"));
    assert!(zh("shock=175").contains("存續期間估計比實際變動低 8.70 個百分點"));
    let tiny = en("shock=1");
    assert!(tiny.contains("agree to the hundredth of a point"));
    assert!(!tiny.contains("0.00 percentage points below"));
    assert!(en("").contains("21.995 years"));
    assert!(en("").contains("Duration estimate: −21.995 ×"));
    assert!(en("shock=300").contains("missing by 22.55"));
    assert!(en("").contains("of the whole market, T-bills left out"));
}

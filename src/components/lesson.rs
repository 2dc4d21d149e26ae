//! The page: the article's eleven sections in the lesson's own words, with each interactive
//! piece in its slot. The prose depends only on the language and the data, never on the reader's
//! state, so on a served page it is static HTML and only the slots are hydrated. Figures in the
//! prose are filled in from the dataset.

use std::rc::Rc;

use yew::prelude::*;

use super::auction::Auction;
use super::fiscal_loop::FiscalLoop;
use super::holdings::Holdings;
use super::jgb_yields::JgbYields;
use super::may_2025::{event_texts, May2025, EVENTS, EVENT_FACTS};
use super::risk_table::{RiskRowLink, RiskTable};
use super::root::{part_view, Part};
use super::scenarios::Scenarios;
use super::source_note::SourceNote;
use super::taper::Taper;
use super::ust_candles::UstCandles;
use super::widget_slot::WidgetSlot;
use super::yield_curve::YieldCurve;
use super::yield_lab::YieldLab;
use super::{use_live, use_site, Mode, Site};
use crate::i18n::{num, tr, Lang, T};
use crate::model::auction::AuctionId;
use crate::model::data::fact;
use crate::model::data::FactId;
use crate::model::dataset::{JGB_DAILY_2025, JGB_MONTHLY};
use crate::model::risk::RiskRowId;
use crate::model::series::{highest_since, iso, peak_until, Since};
use crate::model::widgets::Widget;
use crate::state::Lesson as LessonState;

/// Renders the widget for an id: the full lesson, islands and embeds all go through here.
/// Widgets get only the fields they use, so a slider elsewhere does not re-render them.
pub fn widget_view(widget: Widget, lesson: &LessonState) -> Html {
    let url = &lesson.url;
    match widget {
        Widget::YieldLab => html! {
            <YieldLab tenor_years={url.tenor_years} coupon_pct={url.coupon_pct} yield_pct={url.yield_pct}
                shock_bp={url.shock_bp} view={url.lab_view} />
        },
        Widget::RiskTable => html! {
            <RiskTable view={url.risk} highlighted={url.risk_row} shock_bp={url.shock_bp} printing={lesson.printing} />
        },
        Widget::Holdings => html! {
            <Holdings basis={url.boj_basis} boj_duration={url.boj_duration}
                fed_duration={url.fed_duration} shock_bp={url.shock_bp} />
        },
        Widget::Auction => html! {
            <Auction auction={url.auction} demand={url.auction_demand}
                dispersion={url.auction_dispersion} wi={url.auction_wi} />
        },
        Widget::FiscalLoop => html! {
            <FiscalLoop shock_bp={url.shock_bp} debt_maturity={url.debt_maturity} fiscal_path={url.fiscal_path}
                loop_strength={url.loop_strength} loop_bought_pct={url.loop_bought_pct}
                auction={url.auction} auction_demand={url.auction_demand} />
        },
        Widget::Scenarios => html! {
            <Scenarios boj_path={url.boj_path} boj_response={url.boj_response} fed_response={url.fed_response}
                shock_bp={url.shock_bp} boj_basis={url.boj_basis} debt_maturity={url.debt_maturity}
                fiscal_path={url.fiscal_path} />
        },
        Widget::Taper => html! { <Taper cut_bn={url.cut_bn} cut_2026_bn={url.cut_2026_bn} /> },
        Widget::JgbYields => html! { <JgbYields range={url.jgb_range} tenors={url.jgb_tenors} /> },
        Widget::UstCandles => html! { <UstCandles /> },
        Widget::May2025 => html! { <May2025 /> },
        Widget::YieldCurve => html! { <YieldCurve /> },
    }
}

fn f(id: FactId, decimals: usize) -> String {
    num(fact(id).value, decimals)
}

/// "Highest since" sentences for section 3, computed from the data, not typed in.
fn since_sentences(lang: Lang) -> Vec<String> {
    let day = 20250522;
    let at = |tenor: usize| -> Option<f64> {
        JGB_DAILY_2025
            .iter()
            .find(|d| d.date == day)
            .and_then(|d| crate::model::series::pct(d.values[tenor]))
    };
    let mut out = Vec::new();
    if let (Some(v10), Some(since10), Some((peak_day, peak))) = (
        at(0),
        highest_since(JGB_DAILY_2025, JGB_MONTHLY, 0, day),
        peak_until(JGB_DAILY_2025, 0, day),
    ) {
        if let Some(since_peak) = highest_since(JGB_DAILY_2025, JGB_MONTHLY, 0, peak_day) {
            out.push(
                tr::SinceSentence10 {
                    value: &num(v10, 3),
                    date: &iso(day),
                    since: &since10.text(),
                    peak: &num(peak, 3),
                    peak_date: &iso(peak_day),
                    peak_since: &since_peak.text(),
                }
                .text(lang),
            );
        }
    }
    if let (Some(v40), Some(since40)) = (at(3), highest_since(JGB_DAILY_2025, JGB_MONTHLY, 3, day))
    {
        let (value, date, since) = (num(v40, 3), iso(day), since40.text());
        out.push(match since40 {
            Since::FirstInData(_) => tr::SinceSentence40 {
                value: &value,
                date: &date,
                since: &since,
            }
            .text(lang),
            _ => tr::SinceSentence40Day {
                value: &value,
                date: &date,
                since: &since,
            }
            .text(lang),
        });
    }
    out
}

/// A link that loads an auction into the machine and goes there. It is static prose: the page's
/// script loads the auction on click (`data-load-auction`).
fn load_auction(lang: Lang, auction: AuctionId, label: T) -> Html {
    html! {
        <a class="see-risk" href="#auction" data-testid={format!("load-{}", auction.id())}
            data-load-auction={auction.id()}>
            { label.get(lang) }
        </a>
    }
}

struct Section {
    n: u8,
    title: T,
    body: Html,
}

/// Where a part of the page goes: on a served page an empty element that the pre-rendering fills
/// and the browser hydrates; in the single-file lesson the part itself.
fn slot(part: Part, islands: bool) -> Html {
    if islands {
        html! { <div class="island" data-island={part.id()}></div> }
    } else {
        html! { <InlinePart {part} /> }
    }
}

/// What a reader without JavaScript, or whose browser cannot start WebAssembly, is told. The
/// page's scripts show the right one (`html.js`, `#no-wasm`).
fn delivery_notes(lang: Lang, site: &Site) -> Html {
    let other = match lang {
        Lang::En => Lang::ZhHant,
        Lang::ZhHant => Lang::En,
    };
    let other_name = match other {
        Lang::En => T::LangNameEn,
        Lang::ZhHant => T::LangNameZh,
    };
    let pages = site.mode == Mode::Pages;
    html! {
        <>
            <p class="nojs-note" role="note">
                { T::NeedsJs.get(lang) }
                if pages {
                    { " " }<a href={format!("{}{}/", site.base, other.tag())} lang={other.tag()} hreflang={other.tag()}>{ other_name.get(other) }</a>
                }
            </p>
            <p id="no-wasm" class="no-wasm-note" role="status" hidden=true>
                <span id="no-wasm-why">{ T::NeedsWasm.get(lang) }</span>
                if pages {
                    <span id="no-wasm-sandbox" hidden=true>{ T::EmbedNeedsSameOrigin.get(lang) }</span>
                }
                if pages {
                    { " " }<a id="no-wasm-offline" href={format!("{}selloff-lab.html", site.base)} download="selloff-lab.html" hidden=true>
                        { T::DownloadOffline.get(lang) }</a>
                }
            </p>
        </>
    }
}

/// A template with markup in its places (`{0}`, `{1}`, …), for text around live elements.
pub fn fill_html(template: &str, args: Vec<Html>) -> Html {
    let mut out = Vec::new();
    let mut rest = template;
    let mut args: Vec<Option<Html>> = args.into_iter().map(Some).collect();
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map(|c| open + c);
        let index = close.and_then(|c| rest[open + 1..c].parse::<usize>().ok());
        match (close, index) {
            (Some(c), Some(i)) => {
                out.push(html! { { &rest[..open] } });
                out.push(args.get_mut(i).and_then(Option::take).unwrap_or_default());
                rest = &rest[c + 1..];
            }
            _ => {
                out.push(html! { { &rest[..=open] } });
                rest = &rest[open + 1..];
            }
        }
    }
    out.push(html! { { rest } });
    out.into_iter().collect()
}

/// Printed at the end: where the handout came from (with its state) and when, filled in by the
/// page's script as it prints.
fn print_note(lang: Lang) -> Html {
    html! {
        <p class="print-note" aria-hidden="true">
            { fill_html(T::PrintedFrom.get(lang), vec![
                html! { <span class="print-url"></span> },
                html! { <span class="print-date"></span> },
            ]) }
        </p>
    }
}

/// A widget in its frame: heading, anchor for links and embeds, and the live part.
fn widget_slot(widget: Widget, islands: bool) -> Html {
    html! { <WidgetSlot {widget}>{ slot(Part::Widget(widget), islands) }</WidgetSlot> }
}

#[derive(Properties, PartialEq)]
struct InlinePartProps {
    part: Part,
}

/// A part rendered in place, from the state its root provides (single-file lesson).
#[function_component(InlinePart)]
fn inline_part(props: &InlinePartProps) -> Html {
    crate::counted!("InlinePart");
    let lesson = use_context::<Rc<LessonState>>();
    let live = use_live();
    match lesson {
        Some(lesson) => part_view(props.part, &lesson, live),
        None => html! {},
    }
}

fn sections(lang: Lang, islands: bool) -> Vec<Section> {
    let widget = |w: Widget| widget_slot(w, islands);
    let p = |t: T| html! { <p>{ t.get(lang) }</p> };
    let timeline = html! {
        <>
            <h3>{ T::TimelineTitle.get(lang) }</h3>
            <ol class="timeline" data-testid="timeline">
                { for EVENTS.iter().zip(event_texts(lang)).map(|(d, t)| html! {
                    <li><time datetime={iso(*d)}>{ iso(*d) }</time>{ t }</li>
                }) }
            </ol>
            <SourceNote facts={EVENT_FACTS.to_vec()} />
        </>
    };
    vec![
        Section {
            n: 1,
            title: T::S1Title,
            body: html! { <>{ p(T::S1Body) }{ timeline }{ widget(Widget::May2025) }</> },
        },
        Section {
            n: 2,
            title: T::S2Title,
            body: html! { <>
                { p(T::S2Body) }
                <p>{ tr::S2Figures { date: "2025-05-20", btc: &f(FactId::Jgb20yAuctionMayBtc, 2), btc_april: &f(FactId::Jgb20yAuctionAprilBtc, 2), tail: &f(FactId::Jgb20yAuctionMayTail, 2), tail_april: &f(FactId::Jgb20yAuctionAprilTail, 2) }.text(lang) }</p>
                <SourceNote facts={vec![FactId::Jgb20yAuctionMayBtc, FactId::Jgb20yAuctionAprilBtc]} />
                <RiskRowLink row={RiskRowId::AuctionDemand} />
                { widget(Widget::Auction) }
            </> },
        },
        Section {
            n: 3,
            title: T::S3Title,
            body: html! { <>
                { p(T::S3Body) }
                <p>{ tr::S3Figures { yield10: &f(FactId::Jgb10y20250522, 3), yield40: &f(FactId::Jgb40y20250522, 3), news_peak: &f(FactId::Jgb40yNewsPeak, 3) }.text(lang) }</p>
                { for since_sentences(lang).into_iter().map(|t| html! { <p class="reactive" data-testid="since-sentence">{ t }</p> }) }
                <SourceNote facts={vec![FactId::Jgb40y20250522, FactId::Jgb40yNewsPeak]} />
                { widget(Widget::JgbYields) }
                { widget(Widget::YieldLab) }
                <RiskRowLink row={RiskRowId::PriceSensitivity} />
            </> },
        },
        Section {
            n: 4,
            title: T::S4Title,
            body: html! { <>
                { p(T::S4Buyer) }
                { widget(Widget::Holdings) }
                { widget(Widget::Taper) }
                <RiskRowLink row={RiskRowId::CentralBankShare} />
                { p(T::S4Fiscal) }
                { widget(Widget::FiscalLoop) }
                { p(T::S4Inflation) }
                { widget(Widget::YieldCurve) }
            </> },
        },
        Section {
            n: 5,
            title: T::S5Title,
            body: html! { <>{ p(T::S5Body) }{ widget(Widget::Scenarios) }<RiskRowLink row={RiskRowId::MarketRisk} /></> },
        },
        Section {
            n: 6,
            title: T::S6Title,
            body: html! { <>
                { p(T::S6Body) }
                <p>{ tr::S6Figures { date: "2025-05-21", high_yield: &f(FactId::Ust20yAuctionHighYield, 3), btc: &f(FactId::Ust20yAuctionBtc, 2), pct_at_high: &f(FactId::Ust20yAuctionPctAtHigh, 2), dealers: &f(FactId::Ust20yAuctionDealerPct, 1) }.text(lang) }</p>
                <SourceNote facts={vec![FactId::Ust20yAuctionHighYield]} />
                { load_auction(lang, AuctionId::Ust20yMay, T::RunInMachine) }
            </> },
        },
        Section {
            n: 7,
            title: T::S7Title,
            body: html! { <>{ p(T::S7Body) }{ widget(Widget::UstCandles) }<RiskRowLink row={RiskRowId::SecondaryMarket} /></> },
        },
        Section {
            n: 8,
            title: T::S8Title,
            body: p(T::S8Body),
        },
        Section {
            n: 9,
            title: T::S9Title,
            body: html! { <>{ p(T::S9Body) }<a class="see-risk" href="#scenarios">{ T::SeeScenarios.get(lang) }</a></> },
        },
        Section {
            n: 10,
            title: T::S10Title,
            body: html! { <>{ p(T::S10Body) }{ widget(Widget::RiskTable) }</> },
        },
        Section {
            n: 11,
            title: T::S11Title,
            body: html! { <>{ p(T::S11Body) }<p class="disclaimer">{ T::Disclaimer.get(lang) }</p></> },
        },
    ]
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn templates_take_markup_in_their_places() {
        let html = fill_html(
            "a {1} b {0} c {x}",
            vec![html! { <i>{ "0" }</i> }, html! { <b>{ "1" }</b> }],
        );
        let text = futures::executor::block_on(
            yew::LocalServerRenderer::<Probe>::with_props(ProbeProps { html })
                .hydratable(false)
                .render(),
        );
        assert_eq!(text, "a <b>1</b> b <i>0</i> c {x}");
    }

    #[derive(Properties, PartialEq)]
    struct ProbeProps {
        html: Html,
    }

    #[function_component(Probe)]
    fn probe(props: &ProbeProps) -> Html {
        props.html.clone()
    }
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub lang: Lang,
    /// The widget shown alone (`?embed=` or an embed page), or the whole lesson.
    #[prop_or_default]
    pub embed: Option<Widget>,
    /// Leave the interactive parts as empty islands (served pages) instead of rendering them.
    #[prop_or_default]
    pub islands: bool,
}

/// The whole page for a language: header, notice, contents, the eleven sections and the footer;
/// or one widget with its embed bar. Re-renders only when the language or the embed changes.
#[function_component(Page)]
pub fn page(props: &PageProps) -> Html {
    crate::counted!("Page");
    let (lang, islands) = (props.lang, props.islands);
    let site = use_site();
    if let Some(widget) = props.embed {
        return html! {
            <main class="embed" id="lesson" tabindex="-1">
                { slot(Part::EmbedBar, islands) }
                { delivery_notes(lang, &site) }
                { slot(Part::Notice, islands) }
                { widget_slot(widget, islands) }
                <p class="disclaimer small">{ T::Disclaimer.get(lang) }</p>
                { print_note(lang) }
            </main>
        };
    }
    let all = sections(lang, islands);
    html! {
        <>
            { slot(Part::Header, islands) }
            <main id="lesson" tabindex="-1">
                { delivery_notes(lang, &site) }
                { slot(Part::Notice, islands) }
                <button type="button" id="back-to" class="back-to" hidden=true>{ T::BackToWhereYouWere.get(lang) }</button>
                <nav class="toc" aria-label={T::Contents.get(lang)}>
                    <h2>{ T::Contents.get(lang) }</h2>
                    <ol>
                        { for all.iter().map(|s| html! {
                            <li><a href={format!("#s{}", s.n)}>{ s.title.get(lang) }</a></li>
                        }) }
                    </ol>
                </nav>
                { for all.into_iter().map(|s| html! {
                    <section class="lesson-section" id={format!("s{}", s.n)} aria-labelledby={format!("s{}-title", s.n)}>
                        <h2 id={format!("s{}-title", s.n)}>{ s.title.get(lang) }</h2>
                        { s.body }
                    </section>
                }) }
            </main>
            <footer class="site-footer">
                <p>{ T::Footer.get(lang) }</p>
                if site.mode == Mode::Pages {
                    <p class="offline">
                        <a href={format!("{}selloff-lab.html", site.base)} download="selloff-lab.html" data-testid="download-offline">
                            { T::DownloadOffline.get(lang) }</a>{ " " }{ T::OfflineHow.get(lang) }
                    </p>
                }
                { print_note(lang) }
            </footer>
        </>
    }
}

//! The whole lesson renders to static HTML outside a browser: no component calls a browser API
//! while rendering (that work lives in effects), so the page can be pre-rendered later. A browser
//! call here would panic, since wasm-bindgen imports cannot run natively.
#![cfg(not(target_arch = "wasm32"))]

use selloff_lab::components::app::{App, AppProps};
use selloff_lab::model::widgets::Widget;

fn render(query: &str) -> String {
    let props = AppProps {
        query: query.to_string().into(),
        browser_languages: vec![],
    };
    futures::executor::block_on(yew::LocalServerRenderer::<App>::with_props(props).render())
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

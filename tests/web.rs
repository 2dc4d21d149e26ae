//! Components mounted in headless Chromium (wasm-bindgen-test): the language switch and the link
//! state applied to a real app.
#![cfg(target_arch = "wasm32")]

use selloff_lab::components::app::{App, AppProps};
use selloff_lab::components::Site;
use selloff_lab::state::{Lesson, Store};
use selloff_lab::web::{connect, Connections};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

struct Mounted {
    root: Element,
    handle: Option<yew::AppHandle<App>>,
    _connections: Connections,
}

impl Mounted {
    async fn new(query: &str, languages: &[&str]) -> Mounted {
        let doc = gloo::utils::document();
        let root = doc.create_element("div").unwrap();
        doc.body().unwrap().append_child(&root).unwrap();
        let languages: Vec<String> = languages.iter().map(|s| s.to_string()).collect();
        let store = Store::new(Lesson::from_link(query, &languages));
        let site = Site::default();
        let connections = connect(&store, &site);
        let props = AppProps { store, site };
        let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        yew::scheduler::flush().await;
        Mounted {
            root,
            handle: Some(handle),
            _connections: connections,
        }
    }

    fn find(&self, selector: &str) -> Element {
        self.root
            .query_selector(selector)
            .unwrap()
            .unwrap_or_else(|| panic!("no element {selector}"))
    }

    fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }

    fn value(&self, testid: &str) -> f64 {
        self.find(&format!("[data-testid='{testid}']"))
            .get_attribute("data-value")
            .unwrap()
            .parse()
            .unwrap()
    }

    async fn click(&self, selector: &str) {
        self.find(selector).unchecked_into::<HtmlElement>().click();
        yew::scheduler::flush().await;
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

/// The link is rewritten a moment after a change; wait past that.
async fn link_settles() {
    gloo::timers::future::TimeoutFuture::new(300).await;
}

fn html_lang() -> String {
    gloo::utils::document_element()
        .get_attribute("lang")
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn link_language_sets_text_and_html_lang() {
    let app = Mounted::new("?v=1&lang=zh-Hant", &["en-US"]).await;
    assert!(
        app.text("h1").contains("債市拋售實驗室"),
        "{}",
        app.text("h1")
    );
    assert_eq!(html_lang(), "zh-Hant");
}

#[wasm_bindgen_test]
async fn browser_language_is_the_default() {
    let app = Mounted::new("", &["zh-TW", "en"]).await;
    assert!(app.text("h1").contains("債市"));
    drop(app);
    let app = Mounted::new("", &["fr-FR"]).await;
    assert!(app.text("h1").starts_with("Selloff Lab"));
    assert_eq!(html_lang(), "en");
}

#[wasm_bindgen_test]
async fn language_switch_updates_text_html_lang_and_link() {
    let app = Mounted::new("?lang=zh-Hant", &[]).await;
    app.click("[data-testid='lang-en']").await;
    assert!(
        app.text("h1").starts_with("Selloff Lab:"),
        "{}",
        app.text("h1")
    );
    assert_eq!(html_lang(), "en");
    link_settles().await;
    let search = gloo::utils::window().location().search().unwrap();
    assert!(search.contains("lang=en"), "{search}");
    assert_eq!(
        app.find("[data-testid='lang-en']")
            .get_attribute("aria-current")
            .as_deref(),
        Some("page")
    );
}

#[wasm_bindgen_test]
async fn link_state_reaches_the_yield_lab_and_goes_back_into_the_link() {
    let app = Mounted::new(
        "?v=1&lang=en&tenor=10&coupon=1.573&yield=1.573&shock=-50&risk=ust",
        &[],
    )
    .await;
    assert!(app.value("price-change-pct") > 4.0);
    assert!((app.value("price-before") - 100.0).abs() < 1e-9);
    // A control change writes the whole state back into the link, in the declared order.
    app.click("[data-testid='risk-toggle-both']").await;
    app.click("[data-testid='risk-toggle-ust']").await;
    link_settles().await;
    let search = gloo::utils::window().location().search().unwrap();
    assert_eq!(
        search,
        "?v=1&lang=en&shock=-50&tenor=10&coupon=1.573&yield=1.573&risk=ust"
    );
    // Only the Treasury column is shown.
    assert!(app
        .root
        .query_selector("[data-testid='risk-col-jgb']")
        .unwrap()
        .is_none());
    assert!(app
        .root
        .query_selector("[data-testid='risk-col-ust']")
        .unwrap()
        .is_some());
}

#[wasm_bindgen_test]
async fn hostile_link_shows_the_notice_and_a_working_page() {
    let app = Mounted::new("?shock=1e309&tenor=NaN&%3Cscript%3E=1&v=9", &["en"]).await;
    let notice = app.text("[data-testid='url-notice']");
    assert!(notice.contains("shock") && notice.contains("tenor") && notice.contains("<script>"));
    assert!((app.value("price-before") - 100.0).abs() < 1e-9);
    app.click("[data-testid='url-notice'] button").await;
    assert!(app
        .root
        .query_selector("[data-testid='url-notice']")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn embed_renders_one_widget() {
    let app = Mounted::new("?embed=risk-table&lang=en", &[]).await;
    let widgets = app.root.query_selector_all("[data-widget]").unwrap();
    assert_eq!(widgets.length(), 1);
    assert!(app
        .root
        .query_selector("[data-widget='risk-table']")
        .unwrap()
        .is_some());
    assert!(app.root.query_selector("h1").unwrap().is_none());
}

/// A real panic (in a timer, as a panic in an event handler would be) shows the bilingual message
/// at the top of the page, and the lesson's text stays readable.
#[wasm_bindgen_test]
async fn a_real_panic_shows_the_message_and_leaves_the_text() {
    let app = Mounted::new("?lang=en", &["en"]).await;
    selloff_lab::web::install_panic_hook();
    gloo::timers::callback::Timeout::new(0, || panic!("provoked by the test")).forget();
    gloo::timers::future::TimeoutFuture::new(100).await;
    let el = gloo::utils::document()
        .get_element_by_id("panic-message")
        .expect("message shown");
    let text = el.text_content().unwrap();
    assert!(
        text.contains("Reload") && text.contains("重新整理"),
        "{text}"
    );
    assert!(app.text("h1").starts_with("Selloff Lab"));
    el.remove();
}

#[wasm_bindgen_test]
async fn failure_message_is_visible() {
    selloff_lab::web::show_failure();
    let el = gloo::utils::document()
        .get_element_by_id("panic-message")
        .expect("message shown");
    assert!(el.text_content().unwrap().contains("Reload"));
    el.remove();
}

/// Moving the yield slider re-renders what follows the shock and nothing else: not the auction
/// machine, not the data charts, and in the risk table only the cells that show a shocked price.
#[cfg(feature = "render-count")]
#[wasm_bindgen_test]
async fn the_yield_slider_re_renders_only_what_follows_the_shock() {
    use selloff_lab::render_count;
    let app = Mounted::new("?lang=en", &["en"]).await;
    render_count::reset();
    let slider: web_sys::HtmlInputElement =
        app.find("[data-testid='shock-slider']").unchecked_into();
    for v in ["150", "160", "170"] {
        slider.set_value(v);
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
        slider.dispatch_event(&event).unwrap();
    }
    // The first input since the last frame applies at once; the two after it, in the same task,
    // wait and coalesce into one update at the next animation frame.
    gloo::timers::future::TimeoutFuture::new(100).await;
    yew::scheduler::flush().await;
    assert!(app.value("price-change-pct") < -20.0);
    let rendered = render_count::rendered();
    assert_eq!(
        render_count::get("YieldLab"),
        2,
        "two renders for three inputs: {rendered:?}"
    );
    for follows in [
        "Holdings",
        "BookLosses",
        "FiscalLoop",
        "Scenarios",
        "RiskTable",
    ] {
        assert!(
            render_count::get(follows) >= 1,
            "{follows} should follow the shock: {rendered:?}"
        );
    }
    for still in [
        "Auction",
        "AuctionHistory",
        "JgbYields",
        "May2025",
        "UstCandles",
        "YieldCurve",
        "Taper",
        "ShareHistory",
        "Hundred",
        "RiskCell:auction-demand-jgb",
        "RiskCell:auction-demand-ust",
        "RiskCell:secondary-market-jgb",
        "RiskCell:central-bank-share-jgb",
        "RiskCell:market-risk-ust",
    ] {
        assert_eq!(
            render_count::get(still),
            0,
            "{still} re-rendered: {rendered:?}"
        );
    }
    assert!(
        render_count::get("RiskCell:price-sensitivity-jgb") >= 1,
        "{rendered:?}"
    );
}

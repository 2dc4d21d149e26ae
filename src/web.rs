//! What only the browser entry point does.

use crate::components::app::{App, AppProps};
use crate::i18n::{Lang, T};

/// Turns a panic into a visible message on the page (in both languages) and the console, so a
/// failure never leaves a blank page. A panic in wasm stops the whole app, so the message says
/// to reload.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Selloff Lab stopped: {info}").into());
        show_failure();
    }));
}

/// Puts the failure message at the top of the page, once.
pub fn show_failure() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("panic-message").is_some() {
        return;
    }
    if let Ok(el) = doc.create_element("div") {
        el.set_id("panic-message");
        let _ = el.set_attribute("role", "alert");
        let _ = el.set_attribute("data-testid", "panic-message");
        let text = format!(
            "{}\n{}",
            T::PanicMessage.get(Lang::ZhHant),
            T::PanicMessage.get(Lang::En)
        );
        el.set_text_content(Some(&text));
        let _ = body.prepend_with_node_1(&el);
    }
}

pub fn start() {
    install_panic_hook();
    let window = web_sys::window();
    let query = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let browser_languages: Vec<String> = window
        .as_ref()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    let root = window
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    let props = AppProps {
        query: query.into(),
        browser_languages,
    };
    match root {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    };
}

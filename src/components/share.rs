//! "Share / Embed": the link to exactly this view, and a ready iframe snippet for one piece.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::use_lesson;
use crate::i18n::{widget_title, T};
use crate::model::widgets::Widget;

/// The iframe snippet a host page pastes; the host's resize script listens for the height message.
pub fn iframe_snippet(
    base: &str,
    query_without_embed: &str,
    widget: Widget,
    title: &str,
) -> String {
    let src = format!("{base}?{query_without_embed}&embed={}", widget.id());
    format!(
        "<iframe src=\"{src}\" title=\"{}\" style=\"width:100%;border:0\" height=\"600\" loading=\"lazy\" data-selloff-lab></iframe>",
        title.replace('"', "&quot;")
    )
}

#[function_component(SharePanel)]
pub fn share_panel() -> Html {
    let lesson = use_lesson();
    let lang = lesson.lang;
    // The page's own address without its query, read in an effect (not during render).
    let base = use_state(String::new);
    {
        let base = base.clone();
        use_effect_with((), move |_| {
            if let Some(loc) = web_sys::window().map(|w| w.location()) {
                let origin = loc.origin().unwrap_or_default();
                let path = loc.pathname().unwrap_or_default();
                base.set(format!("{origin}{path}"));
            }
        });
    }
    let widget = use_state(|| Widget::YieldLab);
    let copied = use_state(|| None::<&'static str>);

    let mut state = lesson.url.clone();
    state.embed = None;
    if state.lang.is_none() {
        state.lang = Some(lang);
    }
    let query = state.to_query();
    let link = format!("{}?{query}", *base);
    let snippet = iframe_snippet(&base, &query, *widget, widget_title(*widget).get(lang));

    let copy = |what: &'static str, text: String| {
        let copied = copied.clone();
        Callback::from(move |_| {
            if let Some(w) = web_sys::window() {
                let _ = w.navigator().clipboard().write_text(&text);
            }
            copied.set(Some(what));
        })
    };
    let on_widget = {
        let widget = widget.clone();
        Callback::from(move |e: Event| {
            if let Some(sel) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            {
                if let Some(w) = Widget::from_id(&sel.value()) {
                    widget.set(w);
                }
            }
        })
    };
    let copy_label = |what: &str| {
        if *copied == Some(what) {
            T::Copied.get(lang)
        } else {
            T::Copy.get(lang)
        }
    };
    html! {
        <details class="share" data-testid="share">
            <summary>{ T::ShareTitle.get(lang) }</summary>
            <div class="share-body">
                <label for="share-link">{ T::ShareLink.get(lang) }</label>
                <div class="copy-row">
                    <input id="share-link" type="text" readonly=true value={link.clone()} data-testid="share-link" />
                    <button type="button" class="small" onclick={copy("link", link)}>{ copy_label("link") }</button>
                </div>
                <label for="share-widget">{ T::ShareEmbedWhich.get(lang) }</label>
                <select id="share-widget" onchange={on_widget}>
                    { for Widget::ALL.iter().map(|w| html! {
                        <option value={w.id()} selected={*w == *widget}>{ widget_title(*w).get(lang) }</option>
                    }) }
                </select>
                <label for="share-embed">{ T::ShareEmbed.get(lang) }</label>
                <div class="copy-row">
                    <textarea id="share-embed" readonly=true rows="3" value={snippet.clone()} data-testid="share-embed" />
                    <button type="button" class="small" onclick={copy("embed", snippet)}>{ copy_label("embed") }</button>
                </div>
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_points_at_the_widget_and_escapes_its_title() {
        let s = iframe_snippet(
            "https://x.test/lab/",
            "v=1&lang=en",
            Widget::RiskTable,
            "A \"b\"",
        );
        assert!(s.contains("src=\"https://x.test/lab/?v=1&lang=en&embed=risk-table\""));
        assert!(s.contains("title=\"A &quot;b&quot;\""));
    }
}

//! "Share / Embed": the link to exactly this view, and a ready iframe snippet for one piece.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::{use_lang, use_site, Mode, Site};
use crate::i18n::{widget_title, Lang, T};
use crate::model::url_state::UrlState;
use crate::model::widgets::Widget;

/// The address of the lesson, or of one widget embedded, in a language, for a state: on the
/// served site its page under the site root, in the single file the file itself.
pub fn share_url(
    site: &Site,
    root: &str,
    lang: Lang,
    query: &str,
    embed: Option<Widget>,
) -> String {
    match (site.mode, embed) {
        (Mode::Pages, None) => format!("{root}{}/?{query}", lang.tag()),
        (Mode::Pages, Some(w)) => format!("{root}{}/embed/{}/?{query}", lang.tag(), w.id()),
        (Mode::SingleFile, None) => format!("{root}?{query}"),
        (Mode::SingleFile, Some(w)) => format!("{root}?{query}&embed={}", w.id()),
    }
}

/// The iframe snippet a host page pastes; the host's resize script listens for the height message.
pub fn iframe_snippet(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{}\" style=\"width:100%;border:0\" height=\"600\" loading=\"lazy\" data-selloff-lab></iframe>",
        title.replace('"', "&quot;")
    )
}

#[derive(Properties, PartialEq)]
pub struct SharePanelProps {
    pub url: UrlState,
}

#[function_component(SharePanel)]
pub fn share_panel(props: &SharePanelProps) -> Html {
    crate::counted!("SharePanel");
    let lang = use_lang();
    let site = use_site();
    // The site's root (or the file) as an absolute address, read in an effect (not during render).
    let root = use_state(String::new);
    {
        let (root, base) = (root.clone(), site.base.clone());
        use_effect_with((), move |_| {
            if let Some(loc) = web_sys::window().map(|w| w.location()) {
                let here = loc.href().unwrap_or_default();
                let url = web_sys::Url::new_with_base(&base, &here)
                    .map(|u| {
                        u.set_search("");
                        u.set_hash("");
                        u.href()
                    })
                    .unwrap_or_default();
                root.set(url);
            }
        });
    }
    let widget = use_state(|| Widget::YieldLab);
    let copied = use_state(|| None::<&'static str>);

    let mut state = props.url.clone();
    state.embed = None;
    if state.lang.is_none() {
        state.lang = Some(lang);
    }
    let query = state.to_query();
    let link = share_url(&site, &root, lang, &query, None);
    let snippet = iframe_snippet(
        &share_url(&site, &root, lang, &query, Some(*widget)),
        widget_title(*widget).get(lang),
    );

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
        let site = Site {
            mode: Mode::Pages,
            base: "../".into(),
        };
        let src = share_url(
            &site,
            "https://x.test/lab/",
            Lang::En,
            "v=1&lang=en",
            Some(Widget::RiskTable),
        );
        assert_eq!(src, "https://x.test/lab/en/embed/risk-table/?v=1&lang=en");
        let s = iframe_snippet(&src, "A \"b\"");
        assert!(s.contains("src=\"https://x.test/lab/en/embed/risk-table/?v=1&lang=en\""));
        assert!(s.contains("title=\"A &quot;b&quot;\""));
        let file = Site::default();
        assert_eq!(
            share_url(
                &file,
                "file:///x/selloff-lab.html",
                Lang::ZhHant,
                "v=1",
                None
            ),
            "file:///x/selloff-lab.html?v=1"
        );
    }
}

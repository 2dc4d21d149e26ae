//! "Share / Embed": the link to exactly this view (and to the section the reader is in), and a
//! ready snippet that embeds one piece and sizes it to its content.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::copy_field::CopyField;
use super::{use_disclosure, use_lang, use_site, Mode, Site};
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

/// The snippet a host page pastes: the frame, and the one script (once per page) that sizes
/// every Selloff Lab frame to its content.
pub fn iframe_snippet(src: &str, title: &str, script: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{}\" width=\"100%\" height=\"600\" loading=\"lazy\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups\" data-selloff-lab></iframe>\n\
         <script src=\"{script}\" async></script>",
        title.replace('"', "&quot;")
    )
}

/// The site's root (or the file) as an absolute address, read in an effect (not during render).
/// Until then (and in the pre-rendered page) it is the relative way there, so a link shown
/// before the wasm starts still leads to the right page.
#[hook]
fn use_site_root(base: AttrValue) -> UseStateHandle<String> {
    let root = use_state(|| base.to_string());
    {
        let root = root.clone();
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
    root
}

/// The link to one widget in its current state: the full lesson, scrolled to the widget.
#[derive(Properties, PartialEq)]
pub struct WidgetLinkProps {
    pub widget: Widget,
    pub url: UrlState,
}

#[function_component(WidgetLink)]
pub fn widget_link(props: &WidgetLinkProps) -> Html {
    crate::counted!("WidgetLink");
    let lang = use_lang();
    let site = use_site();
    let root = use_site_root(site.base.clone());
    // Built only while open: a slider move should not rebuild every widget's link.
    let details = use_disclosure();
    let field = details.open.then(|| {
        let mut state = props.url.clone();
        state.embed = None;
        state.lang = Some(lang);
        let link = format!(
            "{}#{}",
            share_url(&site, &root, lang, &state.to_query(), None),
            props.widget.id()
        );
        html! { <CopyField id={format!("link-{}", props.widget.id())} label={T::ShareLink.get(lang)} value={link} /> }
    });
    html! {
        <details ref={details.node} class="widget-link" ontoggle={details.ontoggle} data-testid={format!("link-to-{}", props.widget.id())}>
            <summary>{ T::LinkToThis.get(lang) }</summary>
            { field.unwrap_or_default() }
        </details>
    }
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
    let live = super::use_live();
    let root = use_site_root(site.base.clone());
    let widget = use_state(|| Widget::YieldLab);
    // The section the reader is in, found when the panel opens (browser work, in the handler).
    let section = use_state(|| None::<String>);
    let ontoggle = {
        let section = section.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            if details.open() {
                section.set(section_in_view());
            }
        })
    };

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
        &format!("{}embed.js", *root),
    );
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
    html! {
        <details class="share" data-testid="share" {ontoggle}>
            <summary>{ T::ShareTitle.get(lang) }</summary>
            // Until the page is live the links are not known (nor copyable): inactive, as a
            // widget's controls are.
            <fieldset class="share-body" disabled={!live}>
                <CopyField id="share-link" label={T::ShareLink.get(lang)} value={link.clone()} />
                if let Some(id) = &*section {
                    <CopyField id="share-section" label={T::ShareSection.get(lang)} value={format!("{link}#{id}")} />
                }
                // The single file has no address another page could embed: its link is all it
                // can share.
                if site.mode != Mode::SingleFile {
                    <label for="share-widget">{ T::ShareEmbedWhich.get(lang) }</label>
                    <select id="share-widget" onchange={on_widget}>
                        { for Widget::ALL.iter().map(|w| html! {
                            <option value={w.id()} selected={*w == *widget}>{ widget_title(*w).get(lang) }</option>
                        }) }
                    </select>
                    <CopyField id="share-embed" label={T::ShareEmbed.get(lang)} value={snippet} multiline=true />
                    <p class="hint">{ T::ShareEmbedHow.get(lang) }</p>
                }
            </fieldset>
        </details>
    }
}

/// The id of the lesson section nearest the top of the screen.
fn section_in_view() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let list = doc.query_selector_all("section.lesson-section").ok()?;
    let mut best = None;
    for i in 0..list.length() {
        let el = list.item(i)?.dyn_into::<web_sys::Element>().ok()?;
        if el.get_bounding_client_rect().top() <= 120.0 {
            best = Some(el.id());
        }
    }
    best
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
        let s = iframe_snippet(&src, "A \"b\"", "https://x.test/lab/embed.js");
        assert!(s.contains("<script src=\"https://x.test/lab/embed.js\" async></script>"));
        assert!(s.contains("sandbox=\"allow-scripts allow-same-origin allow-popups\""));
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

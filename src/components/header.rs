//! The page header (title, language switch, share panel) and the bar above an embedded widget.

use yew::prelude::*;

use super::share::SharePanel;
use super::{use_dispatch, use_lang, use_site, Mode, Site};
use crate::i18n::{Lang, T};
use crate::model::url_state::UrlState;
use crate::state::Action;

/// The address of the same view in another language: on the served site a page change to that
/// language's page (the fragment is added on click), in the single file a change in place.
pub fn lang_href(site: &Site, url: &UrlState, lang: Lang) -> String {
    let mut state = url.clone();
    state.lang = Some(lang);
    let query = state.to_query();
    match site.mode {
        Mode::SingleFile => format!("?{query}"),
        Mode::Pages => {
            let embed = url
                .embed
                .map(|w| format!("embed/{}/", w.id()))
                .unwrap_or_default();
            format!("{}{}/{embed}?{query}", site.base, lang.tag())
        }
    }
}

/// The full lesson at the same state, from an embedded widget.
pub fn full_lesson_href(site: &Site, url: &UrlState, lang: Lang) -> String {
    let mut state = url.clone();
    state.embed = None;
    state.lang = Some(lang);
    let query = state.to_query();
    match site.mode {
        Mode::SingleFile => format!("?{query}"),
        Mode::Pages => format!("{}{}/?{query}", site.base, lang.tag()),
    }
}

#[derive(Properties, PartialEq)]
pub struct UrlProps {
    pub url: UrlState,
}

#[function_component(LangSwitch)]
pub fn lang_switch(props: &UrlProps) -> Html {
    crate::counted!("LangSwitch");
    let lang = use_lang();
    let site = use_site();
    let store = use_dispatch();
    html! {
        <nav class="lang-switch" aria-label={T::LanguageLabel.get(lang)}>
            { for Lang::ALL.iter().map(|&l| {
                let name = match l { Lang::En => T::LangNameEn, Lang::ZhHant => T::LangNameZh };
                if l == lang {
                    return html! {
                        <span class="current" lang={l.tag()} aria-current="page" data-testid={format!("lang-{}", l.tag())}>
                            { name.get(l) }
                        </span>
                    };
                }
                let href = lang_href(&site, &props.url, l);
                let onclick = {
                    let (store, href, mode) = (store.clone(), href.clone(), site.mode);
                    Callback::from(move |e: MouseEvent| {
                        e.prevent_default();
                        match mode {
                            Mode::SingleFile => store.dispatch(Action::SetLang(l)),
                            // Carry the section the reader is in, which only the browser knows.
                            Mode::Pages => {
                                if let Some(w) = web_sys::window() {
                                    let hash = w.location().hash().unwrap_or_default();
                                    let _ = w.location().set_href(&format!("{href}{hash}"));
                                }
                            }
                        }
                    })
                };
                html! {
                    <a href={href} lang={l.tag()} hreflang={l.tag()} data-testid={format!("lang-{}", l.tag())} {onclick}>
                        { name.get(l) }
                    </a>
                }
            }) }
        </nav>
    }
}

#[function_component(Header)]
pub fn header(props: &UrlProps) -> Html {
    crate::counted!("Header");
    let lang = use_lang();
    html! {
        <header class="site-header">
            <a class="skip" href="#lesson">{ T::SkipToContent.get(lang) }</a>
            <div class="bar">
                <p class="site-name">{ T::SiteName.get(lang) }</p>
                <LangSwitch url={props.url.clone()} />
            </div>
            <h1 data-testid="title">{ T::PageTitle.get(lang) }</h1>
            <p class="lede">{ T::Lede.get(lang) }</p>
            <p class="disclaimer" data-testid="disclaimer">{ T::Disclaimer.get(lang) }</p>
            <SharePanel url={props.url.clone()} />
        </header>
    }
}

/// Above an embedded widget: the language switch and a way to the full lesson.
#[function_component(EmbedBar)]
pub fn embed_bar(props: &UrlProps) -> Html {
    crate::counted!("EmbedBar");
    let lang = use_lang();
    let site = use_site();
    // Landing on the piece the reader was looking at, not at the top of the lesson.
    let place = props
        .url
        .embed
        .map(|w| format!("#{}", w.id()))
        .unwrap_or_default();
    html! {
        <div class="embed-bar">
            <LangSwitch url={props.url.clone()} />
            <a href={format!("{}{place}", full_lesson_href(&site, &props.url, lang))} target="_blank" rel="noopener">
                { T::EmbedBack.get(lang) }
            </a>
        </div>
    }
}

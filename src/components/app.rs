//! The app: one shared lesson state, the full lesson or a single embedded widget, and the effects
//! that keep the link, `<html lang>`, the title and an embedding host in step with the state.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::header::{Header, LangSwitch};
use super::lesson::{widget_view, Lesson as LessonView};
use super::url_notice::UrlNotice;
use crate::i18n::{Lang, T};
use crate::state::{Lesson, LessonContext};

/// How long the link waits after the last change before it is rewritten.
const LINK_DELAY_MS: u32 = 150;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// The page's query string, read by the entry point (not during render).
    #[prop_or_default]
    pub query: AttrValue,
    /// The browser's preferred languages, first first.
    #[prop_or_default]
    pub browser_languages: Vec<String>,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let lesson = {
        let (q, langs) = (props.query.clone(), props.browser_languages.clone());
        use_reducer(move || Lesson::from_link(&q, &langs))
    };
    let lang = lesson.lang;

    // <html lang> and the title follow the language only: setting `lang` on the root re-styles
    // the whole document, so it must not happen on every slider move.
    use_effect_with(lang, |lang| {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
            doc.set_title(T::PageTitle.get(*lang));
        }
    });

    // The address bar follows the state, a moment after the last change (a dragged slider would
    // otherwise rewrite it dozens of times a second).
    let pending_link = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    use_effect_with(lesson.url.clone(), move |url| {
        let query = format!("?{}", url.to_query());
        let write = move || {
            if let Ok(history) = web_sys::window().map_or(Err(JsValue::NULL), |w| w.history()) {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&query));
            }
        };
        *pending_link.borrow_mut() =
            Some(gloo::timers::callback::Timeout::new(LINK_DELAY_MS, write));
    });

    let embed = lesson.url.embed;
    // In embed mode, tell the host page our height whenever it changes.
    use_effect_with(embed, move |embed| {
        let mut cleanup: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> = None;
        if let (Some(widget), Some(window)) = (embed, web_sys::window()) {
            let id = widget.id();
            let post = Closure::<dyn FnMut()>::new(move || {
                let Some(w) = web_sys::window() else { return };
                let Some(body) = w.document().and_then(|d| d.document_element()) else {
                    return;
                };
                let msg = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&msg, &"type".into(), &"selloff-lab:height".into());
                let _ = js_sys::Reflect::set(&msg, &"widget".into(), &id.into());
                let _ = js_sys::Reflect::set(&msg, &"height".into(), &body.scroll_height().into());
                if let Ok(Some(parent)) = w.parent() {
                    let _ = parent.post_message(&msg, "*");
                }
            });
            if let (Ok(obs), Some(body)) = (
                web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()),
                window.document().and_then(|d| d.body()),
            ) {
                obs.observe(&body);
                cleanup = Some((obs, post));
            }
        }
        move || {
            if let Some((obs, _post)) = cleanup {
                obs.disconnect();
            }
        }
    });

    let content = match embed {
        Some(widget) => {
            let mut full = lesson.url.clone();
            full.embed = None;
            html! {
                <main class="embed" id="lesson">
                    <div class="embed-bar">
                        <LangSwitch />
                        <a href={format!("./?{}", full.to_query())} target="_blank" rel="noopener">
                            { T::EmbedBack.get(lang) }
                        </a>
                    </div>
                    <UrlNotice />
                    { widget_view(widget, &lesson.url) }
                    <p class="disclaimer small">{ T::Disclaimer.get(lang) }</p>
                </main>
            }
        }
        None => html! {
            <>
                <Header />
                <main id="lesson">
                    <UrlNotice />
                    <LessonView />
                </main>
                <footer class="site-footer"><p>{ T::Footer.get(lang) }</p></footer>
            </>
        },
    };

    html! {
        <ContextProvider<LessonContext> context={lesson.clone()}>
            <ContextProvider<Lang> context={lang}>
                <ContextProvider<UseReducerDispatcher<Lesson>> context={lesson.dispatcher()}>
                    { content }
                </ContextProvider<UseReducerDispatcher<Lesson>>>
            </ContextProvider<Lang>>
        </ContextProvider<LessonContext>>
    }
}

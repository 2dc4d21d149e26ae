//! The small notice that says which part of an opening link was ignored.

use yew::prelude::*;

use super::{use_dispatch, use_lang};
use crate::i18n::{reason_text, tr, T};
use crate::model::url_state::Ignored;
use crate::state::Action;

/// How many ignored parts the notice names.
const MAX_LISTED: usize = 5;

#[derive(Properties, PartialEq)]
pub struct UrlNoticeProps {
    pub ignored: Vec<Ignored>,
    pub open: bool,
}

#[function_component(UrlNotice)]
pub fn url_notice(props: &UrlNoticeProps) -> Html {
    crate::counted!("UrlNotice");
    let lang = use_lang();
    let store = use_dispatch();
    if !props.open || props.ignored.is_empty() {
        return html! {};
    }
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_: MouseEvent| {
            store.dispatch(Action::DismissNotice);
            // The notice is gone: the keyboard carries on in the lesson, not at the page's top.
            if let Some(main) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id("lesson"))
                .and_then(|m| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(m).ok())
            {
                let _ = main.focus();
            }
        })
    };
    // A long hostile link lists a handful; the rest open on request.
    let more = props.ignored.len().saturating_sub(MAX_LISTED);
    // The part as the link gave it, why it was left out or changed, and what is used instead.
    let item = |i: &Ignored| {
        let given = match &i.value {
            Some(v) => format!("{}={v}", i.key),
            None => i.key.clone(),
        };
        html! {
            <li><code>{ given }</code>{ T::LabelSep.get(lang) }{ reason_text(i.reason).get(lang) }
                if let Some(used) = &i.used {
                    { T::NoticeNow.get(lang) }<code>{ format!("{}={used}", i.key) }</code>
                }
            </li>
        }
    };
    html! {
        <div class="url-notice" role="status" data-testid="url-notice">
            <p>{ T::UrlNoticeIntro.get(lang) }</p>
            <ul>{ for props.ignored.iter().take(MAX_LISTED).map(item) }</ul>
            if more > 0 {
                <details data-testid="url-notice-more">
                    <summary>{ tr::AndMore { count: &more.to_string() }.text(lang) }</summary>
                    <ul>{ for props.ignored.iter().skip(MAX_LISTED).map(item) }</ul>
                </details>
            }
            <button type="button" class="dismiss" onclick={dismiss}>{ T::Dismiss.get(lang) }</button>
        </div>
    }
}

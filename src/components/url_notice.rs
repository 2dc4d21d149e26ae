//! The small notice that says which part of an opening link was ignored.

use yew::prelude::*;

use super::{use_dispatch, use_lang};
use crate::i18n::{reason_text, T};
use crate::model::url_state::Ignored;
use crate::state::Action;

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
    let dismiss = store.callback(|_: MouseEvent| Action::DismissNotice);
    html! {
        <div class="url-notice" role="status" data-testid="url-notice">
            <p>{ T::UrlNoticeIntro.get(lang) }</p>
            <ul>
                { for props.ignored.iter().map(|i| html! {
                    <li><code>{ &i.key }</code>{ ": " }{ reason_text(i.reason).get(lang) }</li>
                }) }
            </ul>
            <button type="button" class="dismiss" onclick={dismiss}>{ T::Dismiss.get(lang) }</button>
        </div>
    }
}

//! The small notice that says which part of an opening link was ignored.

use yew::prelude::*;

use super::use_lesson;
use crate::i18n::{reason_text, T};
use crate::state::Action;

#[function_component(UrlNotice)]
pub fn url_notice() -> Html {
    let lesson = use_lesson();
    if !lesson.notice_open || lesson.ignored.is_empty() {
        return html! {};
    }
    let lang = lesson.lang;
    let dismiss = {
        let lesson = lesson.clone();
        Callback::from(move |_| lesson.dispatch(Action::DismissNotice))
    };
    html! {
        <div class="url-notice" role="status" data-testid="url-notice">
            <p>{ T::UrlNoticeIntro.get(lang) }</p>
            <ul>
                { for lesson.ignored.iter().map(|i| html! {
                    <li><code>{ &i.key }</code>{ ": " }{ reason_text(i.reason).get(lang) }</li>
                }) }
            </ul>
            <button type="button" class="dismiss" onclick={dismiss}>{ T::Dismiss.get(lang) }</button>
        </div>
    }
}

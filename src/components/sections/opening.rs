//! Section 1: what the lesson is built on, and the fortnight day by day.

use yew::prelude::*;

use super::{Ctx, Section};
use crate::components::may_2025::{event_texts, EVENTS, EVENT_FACTS};
use crate::components::source_note::SourceNote;
use crate::i18n::{tr, ARTICLE_TITLE, T};
use crate::model::series::iso;
use crate::model::teach::PredictionId;
use crate::model::widgets::Widget;

pub fn s1(cx: Ctx) -> Section {
    let lang = cx.lang;
    let body = html! {
        <>
            <p class="source-intro" data-testid="source-intro">{ tr::SourceIntro { title: ARTICLE_TITLE }.text(lang) }</p>
            { cx.p(T::S1Body) }
            { cx.predict(PredictionId::SelloffYields) }
            <h3>{ T::TimelineTitle.get(lang) }</h3>
            <ol class="timeline" data-testid="timeline">
                { for EVENTS.iter().zip(event_texts(lang)).map(|(d, t)| html! {
                    <li><time datetime={iso(*d)}>{ iso(*d) }</time>{ cx.linked(&t) }</li>
                }) }
            </ol>
            <p class="hint">{ cx.linked(T::TimelineNote.get(lang)) }</p>
            <SourceNote facts={EVENT_FACTS.to_vec()} />
            { cx.widget(Widget::May2025) }
        </>
    };
    Section {
        n: 1,
        title: T::S1Title,
        body,
    }
}

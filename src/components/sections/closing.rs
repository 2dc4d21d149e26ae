//! Sections 10 and 11: the risk table, and the conclusion.

use yew::prelude::*;

use super::ending::ending;
use super::{Ctx, Section};
use crate::components::lesson::slot;
use crate::components::root::Part;
use crate::i18n::T;
use crate::model::teach::PredictionId;
use crate::model::widgets::Widget;

pub fn s10(cx: Ctx) -> Section {
    let body = html! { <>{ cx.p(T::S10Body) }{ cx.predict(PredictionId::Riskier) }{ cx.widget(Widget::RiskTable) }</> };
    Section {
        n: 10,
        title: T::S10Title,
        body,
    }
}

pub fn s11(cx: Ctx) -> Section {
    let body = html! {
        <>
            { cx.p(T::S11Body) }
            { ending(&cx) }
            <h3 id="check">{ T::CheckTitle.get(cx.lang) }</h3>
            { slot(Part::Quiz, cx.islands) }
            <p class="disclaimer">{ T::Disclaimer.get(cx.lang) }</p>
        </>
    };
    Section {
        n: 11,
        title: T::S11Title,
        body,
    }
}

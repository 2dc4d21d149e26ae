//! The article's eleven sections in the lesson's own words, each interactive piece in its slot.
//! The prose depends only on the language and the data, never on the reader's state, so on a
//! served page it is static HTML and only the slots are hydrated. Every figure in it is filled
//! in from the dataset, and every comparison it states is computed (`figures`).

mod america;
mod closing;
mod figures;
mod japan;
mod opening;

use yew::prelude::*;

use super::lesson::widget_slot;
use crate::i18n::{num, Lang, T};
use crate::model::data::{fact, FactId};
use crate::model::widgets::Widget;

pub struct Section {
    pub n: u8,
    pub title: T,
    pub body: Html,
}

/// What each section's builder needs: the language, and how to place a widget.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub lang: Lang,
    pub islands: bool,
}

impl Ctx {
    pub fn widget(&self, widget: Widget) -> Html {
        widget_slot(widget, self.islands)
    }
    /// A paragraph of catalogue prose.
    pub fn p(&self, t: T) -> Html {
        html! { <p>{ t.get(self.lang) }</p> }
    }
}

/// A published figure as text.
pub fn f(id: FactId, decimals: usize) -> String {
    num(fact(id).value, decimals)
}

pub fn sections(lang: Lang, islands: bool) -> Vec<Section> {
    let cx = Ctx { lang, islands };
    vec![
        opening::s1(cx),
        japan::s2(cx),
        japan::s3(cx),
        japan::s4(cx),
        japan::s5(cx),
        america::s6(cx),
        america::s7(cx),
        america::s8(cx),
        america::s9(cx),
        closing::s10(cx),
        closing::s11(cx),
    ]
}

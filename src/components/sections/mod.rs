//! The article's eleven sections in the lesson's own words, each interactive piece in its slot.
//! The prose depends only on the language and the data, never on the reader's state, so on a
//! served page it is static HTML and only the slots are hydrated. Every figure in it is filled
//! in from the dataset, and every comparison it states is computed (`figures`).

mod america;
mod closing;
mod ending;
mod figures;
mod japan;
mod opening;

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::lesson::{slot, widget_slot};
use super::root::Part;
use super::teach::glossary::linked_text;
use crate::i18n::{num, Lang, Term, T};
use crate::model::data::{fact, FactId};
use crate::model::teach::PredictionId;
use crate::model::widgets::Widget;

pub struct Section {
    pub n: u8,
    pub title: T,
    pub body: Html,
}

/// What each section's builder needs: the language, how to place a widget or a prompt, and the
/// glossary terms already linked in the section (each term's first use links once).
#[derive(Clone)]
pub struct Ctx {
    pub lang: Lang,
    pub islands: bool,
    pub n: u8,
    seen: Rc<RefCell<Vec<Term>>>,
}

impl Ctx {
    fn section(lang: Lang, islands: bool, n: u8) -> Ctx {
        Ctx {
            lang,
            islands,
            n,
            seen: Rc::default(),
        }
    }
    pub fn widget(&self, widget: Widget) -> Html {
        widget_slot(widget, self.islands)
    }
    /// A "predict, then reveal" prompt.
    pub fn predict(&self, id: PredictionId) -> Html {
        debug_assert_eq!(id.section(), self.n);
        slot(Part::Prediction(id), self.islands)
    }
    /// Prose with each glossary term's first use in the section linked to its definition.
    pub fn linked(&self, text: &str) -> Html {
        linked_text(text, self.lang, self.n, &mut self.seen.borrow_mut())
    }
    /// A paragraph of catalogue prose.
    pub fn p(&self, t: T) -> Html {
        html! { <p>{ self.linked(t.get(self.lang)) }</p> }
    }
}

/// A published figure as text.
pub fn f(id: FactId, decimals: usize) -> String {
    num(fact(id).value, decimals)
}

pub fn sections(lang: Lang, islands: bool) -> Vec<Section> {
    let cx = |n: u8| Ctx::section(lang, islands, n);
    vec![
        opening::s1(cx(1)),
        japan::s2(cx(2)),
        japan::s3(cx(3)),
        japan::s4(cx(4)),
        japan::s5(cx(5)),
        america::s6(cx(6)),
        america::s7(cx(7)),
        america::s8(cx(8)),
        america::s9(cx(9)),
        closing::s10(cx(10)),
        closing::s11(cx(11)),
    ]
}

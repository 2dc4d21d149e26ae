//! One component per file. Components stay thin: they read their props, call the model and
//! render. None touches the browser while rendering (browser work lives in effects), so every
//! page is pre-rendered to static HTML and hydrated.
//!
//! A [`root::Root`] owns a slice of the page (a widget, the header, the notice, or in the
//! single-file lesson the whole page). It subscribes to the shared [`Store`] and hands each
//! widget only the fields it reads, so a slider re-renders only the widgets that use its value.
#![deny(clippy::too_many_lines)]

pub mod announce;
pub mod app;
pub mod auction;
pub mod canvas_chart;
pub mod chart_cursor;
pub mod copy_field;
pub mod corrections;
pub mod data_table;
pub mod fiscal_loop;
pub mod header;
pub mod holdings;
pub mod jgb_yields;
pub mod lesson;
pub mod line_chart_panel;
pub mod may_2025;
pub mod number_field;
pub mod range_field;
pub mod readout;
pub mod risk_table;
pub mod root;
pub mod scenarios;
pub mod sections;
pub mod severity_gauge;
pub mod share;
pub mod source_note;
pub mod taper;
pub mod teach;
pub mod toggle_group;
pub mod url_notice;
pub mod ust_candles;
pub mod widget_slot;
pub mod yield_curve;
pub mod yield_lab;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::Store;

/// How the lesson is delivered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The served site: one pre-rendered page per language (and per embedded widget), whose
    /// interactive parts are hydrated one by one. Switching language changes page.
    Pages,
    /// The one-file lesson: the whole page rendered in place, both languages inside.
    SingleFile,
}

/// Facts about the page the lesson sits in, the same on the server and in the browser.
#[derive(Clone, Debug, PartialEq)]
pub struct Site {
    pub mode: Mode,
    /// From this page to the site's root: "", "../" or "../../../".
    pub base: AttrValue,
}

impl Default for Site {
    fn default() -> Self {
        Site {
            mode: Mode::SingleFile,
            base: AttrValue::Static(""),
        }
    }
}

/// The current language: changes only when the reader switches language.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// The shared store, to send actions without subscribing to the state.
#[hook]
pub fn use_dispatch() -> Store {
    use_context::<Store>().expect("components render inside a root that provides the store")
}

/// Whether this part of the page is hydrated and its controls answer.
#[hook]
pub fn use_live() -> bool {
    use_context::<Live>().is_some_and(|l| l.0)
}

/// The page's delivery facts.
#[hook]
pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_default()
}

/// A `<details>` whose content is built only while it is open: put `node` and `ontoggle` on it.
pub struct Disclosure {
    pub open: bool,
    pub node: NodeRef,
    pub ontoggle: Callback<Event>,
}

/// Whether a `<details>` is open. One a reader opened before the wasm started (its toggle went
/// unheard) is found open once the component is mounted.
#[hook]
pub fn use_disclosure() -> Disclosure {
    let open = use_state(|| false);
    let node = use_node_ref();
    {
        let (node, open) = (node.clone(), open.clone());
        use_effect_with((), move |_| {
            if node
                .cast::<web_sys::HtmlDetailsElement>()
                .is_some_and(|d| d.open())
            {
                open.set(true);
            }
        });
    }
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    Disclosure {
        open: *open,
        node,
        ontoggle,
    }
}

/// Whether the part of the page around a component is hydrated (see [`use_live`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Live(pub bool);

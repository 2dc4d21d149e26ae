//! One component per file. Components stay thin: they read the shared state, call the model and
//! render. None touches the browser while rendering (browser work lives in effects), so the page
//! can be pre-rendered to static HTML.
pub mod app;
pub mod auction;
pub mod canvas_chart;
pub mod chart_cursor;
pub mod fiscal_loop;
pub mod header;
pub mod holdings;
pub mod jgb_yields;
pub mod lesson;
pub mod line_chart_panel;
pub mod may_2025;
pub mod number_field;
pub mod range_field;
pub mod risk_table;
pub mod scenarios;
pub mod share;
pub mod source_note;
pub mod taper;
pub mod url_notice;
pub mod ust_candles;
pub mod widget_slot;
pub mod yield_curve;
pub mod yield_lab;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::state::LessonContext;

/// The shared lesson state, provided by the app. A component that reads it re-renders on every
/// change (a slider move included), so components that need less use the hooks below.
#[hook]
pub fn use_lesson() -> LessonContext {
    use_context::<LessonContext>().expect("components render inside the app's lesson context")
}

/// The current language alone: changes only when the reader switches language.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}

/// Sends actions to the shared state without subscribing to it.
#[hook]
pub fn use_dispatch() -> UseReducerDispatcher<crate::state::Lesson> {
    use_context::<UseReducerDispatcher<crate::state::Lesson>>()
        .expect("components render inside the app's dispatcher context")
}

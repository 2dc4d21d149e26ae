//! Selloff Lab: the May 2025 JGB and Treasury selloff as an interactive lesson.
//!
//! Mistakes the compiler catches. An unknown fact id does not exist:
//!
//! ```compile_fail
//! use selloff_lab::model::data::{fact, FactId};
//! let _ = fact(FactId::Jgb40y20250599);
//! ```
//!
//! A translation with a missing argument does not build:
//!
//! ```compile_fail
//! use selloff_lab::i18n::{tr, Lang};
//! let _ = tr::SourceItem { title: "MOF" }.text(Lang::En);
//! ```
//!
//! Nor with an argument it does not take:
//!
//! ```compile_fail
//! use selloff_lab::i18n::{tr, Lang};
//! let _ = tr::AsOf { date: "2025-05-22", place: "Tokyo" }.text(Lang::En);
//! ```
//!
//! The same, written right, builds:
//!
//! ```
//! use selloff_lab::i18n::{tr, Lang};
//! use selloff_lab::model::data::{fact, FactId};
//! assert_eq!(fact(FactId::Jgb40y20250522).value, 3.336);
//! assert_eq!(tr::AsOf { date: "2025-05-22" }.text(Lang::En), "as of 2025-05-22");
//! ```
//!
//! `model` and `i18n` are pure and tested natively; `charts` draws over any plotters backend;
//! `state` and `components` are the Yew front end; `web` is the browser entry point.
pub mod charts;
pub mod components;
pub mod i18n;
pub mod model;
#[cfg(test)]
mod readme;
#[cfg(feature = "render-count")]
pub mod render_count;

/// Counts a component's render when built with the `render-count` feature (the browser test of
/// what a slider re-renders); expands to nothing otherwise.
#[macro_export]
macro_rules! counted {
    ($name:expr) => {
        #[cfg(feature = "render-count")]
        $crate::render_count::bump(&$name);
    };
}
pub mod settle;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod data_step;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

//! Selloff Lab: the May 2025 JGB and Treasury selloff as an interactive lesson.
//!
//! `model` and `i18n` are pure and tested natively; `charts` draws over any plotters backend;
//! `state` and `components` are the Yew front end; `web` is the browser entry point.
pub mod charts;
pub mod components;
pub mod i18n;
pub mod model;
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
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod data_step;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

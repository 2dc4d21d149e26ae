//! Selloff Lab: the May 2025 JGB and Treasury selloff as an interactive lesson.
//!
//! `model` and `i18n` are pure and tested natively; `charts` draws over any plotters backend;
//! `state` and `components` are the Yew front end; `web` is the browser entry point.
pub mod charts;
pub mod components;
pub mod i18n;
pub mod model;
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod web;

#[cfg(not(target_arch = "wasm32"))]
pub mod data_step;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;

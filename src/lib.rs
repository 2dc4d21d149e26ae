//! Selloff Lab: the May 2025 JGB and Treasury selloff as an interactive lesson.
pub mod i18n;
pub mod model;

#[cfg(not(target_arch = "wasm32"))]
pub mod data_step;

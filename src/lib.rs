//! Selloff Lab: the May 2025 JGB and Treasury selloff as an interactive lesson.
pub mod model;

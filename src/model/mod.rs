//! The lesson's pure model: no browser APIs, tested natively with `cargo test`.
pub mod bond;
pub mod data;
#[rustfmt::skip]
mod dataset;
pub mod risk;
pub mod url_state;
pub mod widgets;

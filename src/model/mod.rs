//! The lesson's pure model: no browser APIs, tested natively with `cargo test`.
pub mod auction;
pub mod bond;
pub mod checks;
pub mod data;
pub mod fiscal;
pub mod holdings;
pub mod lang;
pub mod link_params;
#[rustfmt::skip]
pub mod dataset;
pub mod risk;
pub mod scenarios;
pub mod series;
pub mod teach;
pub mod url_state;
pub mod widgets;

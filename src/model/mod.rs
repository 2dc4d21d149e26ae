//! The lesson's pure model: no browser APIs, tested natively with `cargo test`.
pub mod bond;

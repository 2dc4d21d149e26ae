//! Counts component renders, for the browser test that shows what a slider move re-renders.
//! Compiled only with the `render-count` feature: never part of the served build.

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static COUNTS: RefCell<HashMap<String, u32>> = RefCell::new(HashMap::new());
}

pub fn bump(name: &str) {
    COUNTS.with(|c| *c.borrow_mut().entry(name.to_string()).or_default() += 1);
}

/// Renders of `name` since the last reset.
pub fn get(name: &str) -> u32 {
    COUNTS.with(|c| c.borrow().get(name).copied().unwrap_or_default())
}

/// Every name rendered since the last reset.
pub fn rendered() -> Vec<String> {
    COUNTS.with(|c| {
        let mut v: Vec<String> = c.borrow().keys().cloned().collect();
        v.sort();
        v
    })
}

pub fn reset() {
    COUNTS.with(|c| c.borrow_mut().clear());
}

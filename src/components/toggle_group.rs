//! The row of pressed/unpressed buttons every widget uses to pick one of a few views.

use yew::prelude::*;

use crate::i18n::{Lang, T};
use crate::state::{Action, Store};

/// One button of a [`toggle_group`]: the value it picks, its words, and its test id.
pub struct Choice<V> {
    pub value: V,
    pub label: T,
    pub testid: Option<String>,
}

impl<V> Choice<V> {
    pub fn new(value: V, label: T) -> Self {
        Choice {
            value,
            label,
            testid: None,
        }
    }
    pub fn testid(mut self, testid: String) -> Self {
        self.testid = Some(testid);
        self
    }
}

/// Choices from (value, label) pairs, each with the test id `testid(value)` gives.
pub fn choices<V: Copy>(items: &[(V, T)], testid: impl Fn(V) -> String) -> Vec<Choice<V>> {
    items
        .iter()
        .map(|&(value, label)| Choice::new(value, label).testid(testid(value)))
        .collect()
}

/// A labelled group of buttons, the current one pressed; a press dispatches `make(value)`.
/// `visible_label` also prints the group's name before the buttons.
pub fn toggle_group<V: Copy + PartialEq + 'static>(
    lang: Lang,
    (label, visible_label): (T, bool),
    choices: Vec<Choice<V>>,
    current: V,
    store: &Store,
    make: fn(V) -> Action,
) -> Html {
    html! {
        <div class="toggle" role="group" aria-label={label.get(lang)}>
            if visible_label {
                <span class="toggle-label">{ label.get(lang) }</span>
            }
            { for choices.into_iter().map(|c| {
                let value = c.value;
                html! {
                    <button type="button" aria-pressed={(value == current).to_string()} data-testid={c.testid}
                        onclick={store.callback(move |_: MouseEvent| make(value))}>{ c.label.get(lang) }</button>
                }
            }) }
        </div>
    }
}

//! The readout card: a labelled figure in a `<dl class="readouts">`, its exact value in
//! `data-value` for tests and embeds, its shown text rounded for readers.

use yew::prelude::*;

use crate::i18n::{Lang, T};

/// One card: the label, the shown figure, and anything that follows it (a note, a sub-line).
pub fn readout(
    lang: Lang,
    testid: &'static str,
    label: T,
    value: f64,
    shown: String,
    extra: Html,
) -> Html {
    html! {
        <div class="readout" data-testid={testid} data-value={value.to_string()}>
            <dt>{ label.get(lang) }</dt>
            <dd><span class="value">{ shown }</span>{ extra }</dd>
        </div>
    }
}

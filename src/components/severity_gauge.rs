//! The severity line shared by the risk table and the scenarios: four pips, then the word.

use yew::prelude::*;

use crate::i18n::{severity_text, tr, Lang};
use crate::model::risk::Severity;

/// Four pips, as many lit as the severity's level, and its name ("Severity: high").
pub fn severity_gauge(lang: Lang, severity: Severity) -> Html {
    let level = severity.level();
    html! {
        <p class="severity">
            <span class="gauge" aria-hidden="true">
                { for (1..=4u8).map(|i| html! { <span class={classes!("pip", (i <= level).then_some("on"))}></span> }) }
            </span>
            <span>{ tr::SeverityLabel { severity: severity_text(severity).get(lang) }.text(lang) }</span>
        </p>
    }
}

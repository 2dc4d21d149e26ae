//! "Where is this from?" one click away: publisher, as-of date, address and caveat of a figure.

use yew::prelude::*;

use super::use_lang;
use crate::i18n::T;
use crate::model::data;

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    /// Fact ids whose sources to show (repeated sources are shown once).
    #[prop_or_default]
    pub facts: Vec<&'static str>,
    /// Whole series: (source id, as-of date).
    #[prop_or_default]
    pub series: Vec<(&'static str, String)>,
}

#[function_component(SourceNote)]
pub fn source_note(props: &SourceNoteProps) -> Html {
    let lang = use_lang();
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let items = props.facts.iter().filter_map(|id| {
        let fact = data::fact(id);
        let key = (fact.source, fact.date);
        if seen.contains(&key) {
            return None;
        }
        seen.push(key);
        let src = fact.source();
        Some(html! {
            <li>
                <a href={src.url} rel="noopener noreferrer" target="_blank">{ src.publisher }</a>
                { ", " }{ T::AsOf.fill(lang, &[fact.date]) }
                if !src.caveat.is_empty() {
                    <span class="caveat">{ " " }{ T::Caveat.fill(lang, &[src.caveat]) }</span>
                }
            </li>
        })
    });
    let series = props.series.iter().map(|(id, as_of)| {
        let src = data::source(id);
        html! {
            <li>
                <a href={src.url} rel="noopener noreferrer" target="_blank">{ src.publisher }</a>
                { ", " }{ T::AsOf.fill(lang, &[as_of]) }
                if !src.caveat.is_empty() {
                    <span class="caveat">{ " " }{ T::Caveat.fill(lang, &[src.caveat]) }</span>
                }
            </li>
        }
    });
    html! {
        <details class="source-note">
            <summary aria-label={T::SourceOf.get(lang)}>{ T::SourceButton.get(lang) }</summary>
            <ul>{ for items }{ for series }</ul>
        </details>
    }
}

//! "Where is this from?" one click away: publisher, what the source is, as-of date, address and
//! caveat of a figure, in the reader's language (publishers' names as published).

use yew::prelude::*;

use super::use_lang;
use crate::i18n::{
    as_of_text, publisher_text, source_caveat, source_title, tr, word_space, Lang, T,
};
use crate::model::data::{fact, FactId, SourceId};

#[derive(Properties, PartialEq)]
pub struct SourceNoteProps {
    /// Facts whose sources to show (a source and date shown once).
    #[prop_or_default]
    pub facts: Vec<FactId>,
    /// Whole series: (source, as-of date).
    #[prop_or_default]
    pub series: Vec<(SourceId, String)>,
}

fn item(lang: Lang, source: SourceId, as_of: &str) -> Html {
    let src = source.get();
    let line = tr::SourceItem {
        title: source_title(source).get(lang),
        as_of: &tr::AsOf {
            date: &as_of_text(lang, as_of),
        }
        .text(lang),
    }
    .text(lang);
    html! {
        <li>
            <a href={src.url} rel="noopener noreferrer" target="_blank">{ publisher_text(lang, src.publisher) }</a>
            { T::LabelSep.get(lang) }{ line }
            if let Some(caveat) = source_caveat(source) {
                <span class="caveat">{ word_space(lang) }{ tr::Caveat { caveat: caveat.get(lang) }.text(lang) }</span>
            }
        </li>
    }
}

#[function_component(SourceNote)]
pub fn source_note(props: &SourceNoteProps) -> Html {
    crate::counted!("SourceNote");
    let lang = use_lang();
    // One line per source, with the latest of its dates: a report quoted for two months is one
    // report.
    let mut seen: Vec<(SourceId, &str)> = Vec::new();
    let dated = props
        .facts
        .iter()
        .map(|id| (fact(*id).source, fact(*id).date))
        .chain(props.series.iter().map(|(s, d)| (*s, d.as_str())));
    for (source, date) in dated {
        match seen.iter_mut().find(|(s, _)| *s == source) {
            Some(entry) => entry.1 = entry.1.max(date),
            None => seen.push((source, date)),
        }
    }
    let items = seen.iter().map(|(source, date)| item(lang, *source, date));
    html! {
        <details class="source-note">
            <summary aria-label={T::SourceOf.get(lang)}>{ T::SourceButton.get(lang) }</summary>
            <ul>{ for items }</ul>
        </details>
    }
}

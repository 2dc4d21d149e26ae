//! The glossary: every term with its Taiwan and English names and a plain definition, and the
//! popover a term's first use in a section opens. Popovers are the browser's own (`popover`),
//! so they open by click, tap or keyboard, with or without the wasm.

use yew::prelude::*;

use crate::i18n::{link_terms, word_space, Lang, Segment, Term, T};

/// The term's name in the other language, for the side-by-side pair.
fn other_name(term: Term, lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => (term.name().zh(), Lang::ZhHant.tag()),
        Lang::ZhHant => (term.name().en(), Lang::En.tag()),
    }
}

/// A term's first use: a button that opens its definition in place.
fn term_button(term: Term, word: &str, lang: Lang, section: u8) -> Html {
    let pop = format!("gp-{section}-{}", term.id());
    let (other, other_lang) = other_name(term, lang);
    html! {
        <>
            <button type="button" class="term" popovertarget={pop.clone()} data-term={term.id()}>{ word }</button>
            <span popover="auto" id={pop.clone()} class="gloss-pop" role="note">
                <b>{ term.name().get(lang) }</b>{ " " }<span lang={other_lang}>{ other }</span>
                { T::LabelSep.get(lang) }{ term.definition().get(lang) }{ word_space(lang) }
                <a href={format!("#g-{}", term.id())}>{ T::GlossaryOpen.get(lang) }</a>{ " " }
                <button type="button" class="small quiet" popovertarget={pop} popovertargetaction="hide">
                    { T::GlossaryClose.get(lang) }</button>
            </span>
        </>
    }
}

/// Prose with each term's first use in the section made a glossary button. `seen` holds the
/// terms already linked in this section.
pub fn linked_text(text: &str, lang: Lang, section: u8, seen: &mut Vec<Term>) -> Html {
    let mut segments = link_terms(text, lang, seen).into_iter().peekable();
    let mut out = Vec::new();
    while let Some(segment) = segments.next() {
        let (term, word) = match segment {
            Segment::Text(t) => {
                out.push(html! { { t } });
                continue;
            }
            Segment::Term(term, word) => (term, word),
        };
        let button = term_button(term, &word, lang, section);
        // A button is one box on its line: the punctuation that closes it would be free to
        // start the next line ("，其他…"). It is kept on the button's line.
        match segments
            .next_if(|s| matches!(s, Segment::Text(t) if t.starts_with(is_closing_punctuation)))
        {
            Some(Segment::Text(next)) => {
                let split = next
                    .find(|c| !is_closing_punctuation(c))
                    .unwrap_or(next.len());
                let (closing, rest) = next.split_at(split);
                out.push(html! { <span class="term-keep">{ button }{ closing }</span> });
                if !rest.is_empty() {
                    out.push(html! { { rest } });
                }
            }
            _ => out.push(button),
        }
    }
    out.into_iter().collect()
}

/// Punctuation that may not start a line: full-width (Chinese) and Latin closing marks.
fn is_closing_punctuation(c: char) -> bool {
    "，。、；：！？）」』〉》…,.;:!?)".contains(c)
}

/// The glossary section, after the lesson.
pub fn glossary(lang: Lang) -> Html {
    html! {
        <section class="lesson-section glossary" id="glossary" aria-labelledby="glossary-title">
            <h2 id="glossary-title">{ T::GlossaryTitle.get(lang) }</h2>
            <p>{ T::GlossaryIntro.get(lang) }</p>
            <dl>
                { for Term::ALL.iter().map(|&term| {
                    let (other, other_lang) = other_name(term, lang);
                    html! {
                        <div class="gloss-entry" id={format!("g-{}", term.id())} data-testid="glossary-term">
                            <dt>{ term.name().get(lang) }{ " " }<span class="other" lang={other_lang}>{ other }</span></dt>
                            <dd>{ term.definition().get(lang) }</dd>
                        </div>
                    }
                }) }
            </dl>
        </section>
    }
}

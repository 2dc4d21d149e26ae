//! Predict, then reveal: the reader commits to a guess (or asks for the answer outright), and
//! the answer comes from the model or the data, with why, and where the lesson shows it.

use yew::prelude::*;

use super::super::use_lang;
use crate::i18n::{prediction_text, tr, word_space, T};
use crate::model::teach::{Inputs, PredictionId};

#[derive(Properties, PartialEq)]
pub struct PredictionProps {
    pub id: PredictionId,
    /// What the answer reads from the lesson (the yield lab, the holdings basis); a prompt
    /// that answers from the data alone gets the defaults and never re-renders.
    pub inputs: Inputs,
}

/// What the reader did: nothing yet, guessed a choice, or asked to see the answer.
#[derive(Clone, Copy, PartialEq)]
enum Reveal {
    Hidden,
    Guessed(usize),
    Shown,
}

#[function_component(Prediction)]
pub fn prediction(props: &PredictionProps) -> Html {
    crate::counted!(format!("Prediction:{}", props.id.id()));
    let lang = use_lang();
    let choice = use_state(|| None::<usize>);
    let reveal = use_state(|| Reveal::Hidden);
    let answer = props.id.answer(&props.inputs);
    let text = prediction_text(props.id, &answer, &props.inputs, lang);
    let id = props.id.id();
    let check = {
        let (choice, reveal) = (choice.clone(), reveal.clone());
        Callback::from(move |_| {
            if let Some(c) = *choice {
                reveal.set(Reveal::Guessed(c));
            }
        })
    };
    let show = {
        let reveal = reveal.clone();
        Callback::from(move |_| reveal.set(Reveal::Shown))
    };
    let verdict = match *reveal {
        Reveal::Guessed(c) if c == answer.correct => Some((true, T::PredictRight)),
        Reveal::Guessed(_) => Some((false, T::PredictWrong)),
        Reveal::Shown => Some((false, T::PredictAnswerIs)),
        Reveal::Hidden => None,
    };
    let right_choice = text
        .choices
        .get(answer.correct)
        .cloned()
        .unwrap_or_default();
    html! {
        <div class="prediction" data-testid="prediction" data-prediction={id}>
            <fieldset>
                <legend><span class="kicker">{ T::PredictKicker.get(lang) }</span>{ " " }{ &text.question }</legend>
                { for text.choices.iter().enumerate().map(|(i, c)| {
                    let choice = choice.clone();
                    html! {
                        <label class="choice">
                            <input type="radio" name={format!("predict-{id}")} value={i.to_string()}
                                checked={*choice == Some(i)} data-testid={format!("prediction-choice-{id}-{i}")}
                                onchange={Callback::from(move |_| choice.set(Some(i)))} />
                            { c }
                        </label>
                    }
                }) }
            </fieldset>
            <div class="prediction-actions">
                <button type="button" class="small" onclick={check} disabled={choice.is_none()}
                    data-testid={format!("prediction-check-{id}")}>{ T::PredictCheck.get(lang) }</button>
                <button type="button" class="small quiet" onclick={show}
                    data-testid={format!("prediction-show-{id}")}>{ T::PredictShow.get(lang) }</button>
            </div>
            <div class="prediction-reveal" aria-live="polite">
                if let Some((correct, lead)) = verdict {
                    <div data-testid="prediction-answer" data-correct={correct.to_string()}
                        data-guessed={matches!(*reveal, Reveal::Guessed(_)).to_string()}>
                        <p><strong>{ lead.get(lang) }</strong>{ word_space(lang) }<b>{ right_choice }</b>{ T::LabelSep.get(lang) }{ &text.answer }</p>
                        <p>{ text.why.get(lang) }</p>
                        <a href={text.place.0.clone()}>{ tr::PredictSee { place: &text.place.1 }.text(lang) }</a>
                    </div>
                }
            </div>
        </div>
    }
}

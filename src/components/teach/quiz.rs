//! The closing check: a question per idea of the lesson, feedback that explains with a link back
//! to its section, and a score that stays on the page (never in the link, never sent).

use yew::prelude::*;

use super::super::use_lang;
use crate::i18n::{quiz_text, tr, word_space, T};
use crate::model::teach::QuizId;

#[function_component(Quiz)]
pub fn quiz() -> Html {
    crate::counted!("Quiz");
    let lang = use_lang();
    // A choice is graded only when the reader asks: with the keyboard, arrowing through a
    // radio group selects each choice in turn, which must not give the answer away.
    let picked = use_state(|| vec![None::<usize>; QuizId::ALL.len()]);
    let graded = use_state(|| vec![None::<usize>; QuizId::ALL.len()]);
    let total = QuizId::ALL.len();
    let answers: Vec<_> = QuizId::ALL.iter().map(|q| q.answer()).collect();
    let answered = graded.iter().filter(|p| p.is_some()).count();
    let right = graded
        .iter()
        .zip(&answers)
        .filter(|(p, a)| **p == Some(a.correct))
        .count();
    let reset = {
        let (picked, graded) = (picked.clone(), graded.clone());
        Callback::from(move |_| {
            picked.set(vec![None; QuizId::ALL.len()]);
            graded.set(vec![None; QuizId::ALL.len()]);
        })
    };
    html! {
        <div class="quiz" data-testid="quiz">
            <p>{ tr::QuizIntro { total: &total.to_string() }.text(lang) }</p>
            <ol class="quiz-questions">
                { for QuizId::ALL.iter().enumerate().map(|(n, q)| {
                    let a = &answers[n];
                    let text = quiz_text(*q, a, lang);
                    let mine = graded[n];
                    let qid = q.id();
                    let check = {
                        let (picked, graded) = (picked.clone(), graded.clone());
                        Callback::from(move |_| {
                            let mut next = (*graded).clone();
                            next[n] = picked[n];
                            graded.set(next);
                        })
                    };
                    html! {
                        <li class="quiz-question" data-testid="quiz-question" data-question={qid}>
                            <fieldset>
                                <legend>{ &text.question }</legend>
                                { for text.choices.iter().enumerate().map(|(i, c)| {
                                    let (picked_now, picked) = (picked[n], picked.clone());
                                    html! {
                                        <label class="choice">
                                            <input type="radio" name={format!("quiz-{qid}")} value={i.to_string()}
                                                checked={picked_now == Some(i)} data-testid={format!("quiz-choice-{qid}-{i}")}
                                                onchange={Callback::from(move |_| {
                                                    let mut next = (*picked).clone();
                                                    next[n] = Some(i);
                                                    // The last grade (and the score) stands until the
                                                    // reader checks again: arrowing on changes nothing
                                                    // a screen reader would announce.
                                                    picked.set(next);
                                                })} />
                                            { c }
                                        </label>
                                    }
                                }) }
                            </fieldset>
                            <button type="button" class="small" onclick={check} disabled={picked[n].is_none()}
                                aria-label={tr::QuizCheck { n: &(n + 1).to_string() }.text(lang)}
                                data-testid={format!("quiz-check-{qid}")}>{ T::QuizCheckShown.get(lang) }</button>
                            <div aria-live="polite">
                                if let Some(choice) = mine {
                                    <p class="quiz-feedback" data-testid="quiz-feedback" data-correct={(choice == a.correct).to_string()}>
                                        <strong>{ (if choice == a.correct { T::PredictRight } else { T::PredictWrong }).get(lang) }</strong>
                                        { word_space(lang) }{ &text.feedback }{ word_space(lang) }
                                        <a href={format!("#s{}", q.section())}>{ tr::QuizBack { section: &q.section().to_string() }.text(lang) }</a>
                                    </p>
                                }
                            </div>
                        </li>
                    }
                }) }
            </ol>
            <p class="quiz-score" data-testid="quiz-score" data-right={right.to_string()} aria-live="polite">
                { tr::QuizScore { right: &right.to_string(), answered: &answered.to_string(), total: &total.to_string() }.text(lang) }
            </p>
            <button type="button" class="small" onclick={reset}>{ T::QuizReset.get(lang) }</button>
        </div>
    }
}

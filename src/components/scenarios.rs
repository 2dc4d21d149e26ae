//! The dilemmas side by side: pick the Bank of Japan's path and response and the Fed's response,
//! and read the consequence the article names, next to today's numbers from the lesson.

use yew::prelude::*;

use super::fiscal_loop::{bill_change, extra_after_five};
use super::severity_gauge::severity_gauge;
use super::toggle_group::{toggle_group, Choice};
use super::{use_dispatch, use_lang};
use crate::i18n::{num, outcome_text, signed, tr, Lang, T};
use crate::model::data::fact;
use crate::model::data::FactId;
use crate::model::fiscal::YEARS;
use crate::model::holdings::{fed_share, BojBasis};
use crate::model::risk::Severity;
use crate::model::scenarios::{boj_outcome, fed_outcome, BojPath, BojResponse, FedResponse};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ScenariosProps {
    pub boj_path: BojPath,
    pub boj_response: BojResponse,
    pub fed_response: FedResponse,
    pub shock_bp: i32,
    pub boj_basis: BojBasis,
    pub debt_maturity: f64,
    pub fiscal_path: Option<[f64; YEARS]>,
}

fn consequence(lang: Lang, testid: &'static str, text: T, severity: Severity) -> Html {
    html! {
        <div class={classes!("consequence", "risk-cell", severity.id())} data-testid={testid} data-severity={severity.id()} aria-live="polite">
            { severity_gauge(lang, severity) }
            <p>{ text.get(lang) }</p>
        </div>
    }
}

#[function_component(Scenarios)]
pub fn scenarios(props: &ScenariosProps) -> Html {
    crate::counted!("Scenarios");
    let lang = use_lang();
    let dispatch = use_dispatch();
    fn group<V: Copy + PartialEq + 'static>(
        lang: Lang,
        label: T,
        name: &'static str,
        options: &[(V, T, &'static str)],
        current: V,
        dispatch: &crate::state::Store,
        make: fn(V) -> Action,
    ) -> Html {
        let choices = options
            .iter()
            .map(|(v, t, id)| Choice::new(*v, *t).testid(format!("{name}-{id}")))
            .collect();
        toggle_group(lang, (label, true), choices, current, dispatch, make)
    }
    let (boj_text, boj_sev) = boj_outcome(props.boj_path, props.boj_response);
    let (fed_text, fed_sev) = fed_outcome(props.fed_response);
    let shock = f64::from(props.shock_bp) / 100.0;
    let change = bill_change(
        lang,
        extra_after_five(props.shock_bp, props.debt_maturity, props.fiscal_path),
    );
    // With the reader's own path set, the interest bill follows it, not the lab's change.
    let interest = if props.fiscal_path.is_some() {
        tr::ExperimentInterestOwnPath { change: &change }.text(lang)
    } else {
        tr::ExperimentInterest { change: &change }.text(lang)
    };
    let numbers = tr::ExperimentNumbers {
        shock: &signed(f64::from(props.shock_bp), 0),
        yield40: &num(fact(FactId::Jgb40y20250522).value + shock, 3),
        yield10: &num(fact(FactId::Ust10y20250521).value + shock, 2),
        interest: &interest,
        boj_share: &num(props.boj_basis.share_pct(), 1),
        boj_date: fact(props.boj_basis.fact_id()).date,
        fed_share: &num(fed_share(), 1),
    }
    .text(lang);
    html! {
        <div class="data-widget scenarios">
            <p>{ T::ScenariosIntro.get(lang) }</p>
            <p class="reactive" data-testid="scenario-numbers">{ numbers }</p>
            <div class="pair">
                <section aria-label={T::BojDilemma.get(lang)}>
                    <h4>{ T::BojDilemma.get(lang) }</h4>
                    { group(lang, T::PathLabel, "bojpath", &[(BojPath::Calm, T::PathCalm, "calm"), (BojPath::Rising, T::PathRising, "rising")],
                        props.boj_path, &dispatch, Action::SetBojPath) }
                    { group(lang, T::ResponseLabel, "bojresp", &[(BojResponse::KeepTapering, T::RespTaper, "taper"),
                        (BojResponse::PauseAndBuy, T::RespPause, "pause"), (BojResponse::BuyHeavily, T::RespBuy, "buy")],
                        props.boj_response, &dispatch, Action::SetBojResponse) }
                    { consequence(lang, "boj-consequence", outcome_text(boj_text), boj_sev) }
                </section>
                <section aria-label={T::FedDilemma.get(lang)}>
                    <h4>{ T::FedDilemma.get(lang) }</h4>
                    { group(lang, T::FedRespLabel, "fedresp", &[(FedResponse::Ease, T::FedEase, "ease"),
                        (FedResponse::Hold, T::FedHold, "hold"), (FedResponse::Tighten, T::FedTighten, "tighten")],
                        props.fed_response, &dispatch, Action::SetFedResponse) }
                    { consequence(lang, "fed-consequence", outcome_text(fed_text), fed_sev) }
                </section>
            </div>
        </div>
    }
}

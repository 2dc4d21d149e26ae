//! The loop, one link at a time: each step with a caption saying why it leads to the next, and
//! the lesson's own figure for it.

use yew::prelude::*;

use super::super::source_note::SourceNote;
use super::super::use_lang;
use crate::i18n::{num, signed, tr, T};
use crate::model::data::{fact, FactId};
use crate::model::fiscal::{interest_share_of_debt_service, BillYear};

#[derive(Properties, PartialEq)]
pub struct LoopStepsProps {
    pub shock_bp: i32,
    /// The reader's own yield path in year five, bp from today, when they set one: the bill
    /// then follows it, not the lab's change.
    pub own_path5: Option<f64>,
    /// Year five of the projection on the reader's path.
    pub year5: Option<BillYear>,
    /// Its extra interest over yields unchanged, tn yen.
    pub extra5: f64,
    /// Bid-to-cover in the auction machine.
    pub btc: f64,
}

#[function_component(LoopSteps)]
pub fn loop_steps(props: &LoopStepsProps) -> Html {
    crate::counted!("LoopSteps");
    let lang = use_lang();
    let step = use_state(|| 0usize);
    let y40 = fact(FactId::Jgb40y20250522).value + f64::from(props.shock_bp) / 100.0;
    // The interest bill refinances at the 10-year (`fiscal::interest_bill`): the step names it too.
    let y10 = fact(FactId::Jgb10y20250522).value + f64::from(props.shock_bp) / 100.0;
    let worry = props
        .year5
        .as_ref()
        .map_or(f64::NAN, interest_share_of_debt_service);
    let steps = [
        (
            T::LoopStepDemand,
            T::LoopCaptionDemand,
            tr::LoopNumDemand {
                btc: &num(props.btc, 2),
            }
            .text(lang),
        ),
        (
            T::LoopStepYields,
            T::LoopCaptionYields,
            match props.own_path5 {
                Some(bp) => tr::LoopNumYieldsPath {
                    yield10: &num(fact(FactId::Jgb10y20250522).value + bp / 100.0, 3),
                    change: &signed(bp, 0),
                }
                .text(lang),
                None => tr::LoopNumYields {
                    yield40: &num(y40, 3),
                    yield10: &num(y10, 3),
                    shock: &signed(f64::from(props.shock_bp), 0),
                }
                .text(lang),
            },
        ),
        (
            T::LoopStepBill,
            T::LoopCaptionBill,
            // A fall in yields (a negative shock) lowers the bill: "less", never "more −11.8";
            // none at all is "no change", not "0.0 more".
            if num(props.extra5.abs(), 1) == "0.0" || !props.extra5.is_finite() {
                T::LoopNumBillSame.get(lang).to_string()
            } else if props.extra5 < 0.0 {
                tr::LoopNumBillLess {
                    less: &num(-props.extra5, 1),
                }
                .text(lang)
            } else {
                tr::LoopNumBill {
                    extra: &num(props.extra5, 1),
                }
                .text(lang)
            },
        ),
        (
            T::LoopStepWorry,
            T::LoopCaptionWorry,
            tr::LoopNumWorry {
                pct: &num(worry, 1),
            }
            .text(lang),
        ),
    ];
    let next = {
        let step = step.clone();
        Callback::from(move |_| step.set((*step + 1) % 4))
    };
    let current = *step;
    html! {
        <>
            <h4>{ T::LoopTitle.get(lang) }</h4>
            <ol class="loop" data-testid="loop-diagram">
                { for steps.iter().enumerate().map(|(i, (name, _, value))| html! {
                    <li class={classes!("loop-step", (i == current).then_some("active"))}
                        aria-current={(i == current).then_some("step")}>
                        <strong>{ name.get(lang) }</strong>
                        <span>{ value }</span>
                    </li>
                }) }
            </ol>
            <p class="reactive loop-caption" data-testid="loop-caption" aria-live="polite">
                { steps[current].1.get(lang) }
            </p>
            <button type="button" class="small" onclick={next} data-testid="loop-next">{ T::LoopNext.get(lang) }</button>
            // The two yields the steps quote, one click from their source.
            <SourceNote facts={vec![FactId::Jgb40y20250522, FactId::Jgb10y20250522]} />
        </>
    }
}

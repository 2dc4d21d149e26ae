//! What the lab reads out: the prices and the two estimates, each measure with a plain sentence
//! beside it, and one worked example with the arithmetic on screen.

use yew::prelude::*;

use super::super::use_lang;
use crate::components::readout::readout;
use crate::i18n::{num, rounded, signed, tr, T};
use crate::model::bond::ShockResult;

#[derive(Properties, PartialEq)]
pub struct ReadoutsProps {
    pub s: ShockResult,
}

#[function_component(Readouts)]
pub fn readouts(props: &ReadoutsProps) -> Html {
    crate::counted!("LabReadouts");
    let lang = use_lang();
    let s = &props.s;
    let b = &s.before;
    let small = |t: String| html! { <span class="sub">{ t }</span> };
    // In plain words: what each measure means for this bond.
    let per_bp = b.modified_duration * 0.01;
    let convexity_add = 0.5 * b.convexity * 0.01 * 0.01 * 100.0;
    let r = |testid, label, value, shown, extra| readout(lang, testid, label, value, shown, extra);
    html! {
        <dl class="readouts">
            { r("price-before", T::PriceBefore, b.price, num(b.price, 3), small(T::PerFace.get(lang).into())) }
            { r("price-after", T::PriceAfter, s.price_after, num(s.price_after, 3), small(T::PerFace.get(lang).into())) }
            { r("price-change-pct", T::ExactChange, s.exact_pct, format!("{}%", signed(s.exact_pct, 2)), html! {}) }
            { r("duration-estimate-pct", T::DurationEstimate, s.duration_pct, format!("{}%", signed(s.duration_pct, 2)),
                small(tr::EstimateError { points: &signed(rounded(s.duration_pct, 2) - rounded(s.exact_pct, 2), 2) }.text(lang))) }
            { r("convexity-estimate-pct", T::ConvexityEstimate, s.convexity_pct, format!("{}%", signed(s.convexity_pct, 2)),
                small(tr::EstimateError { points: &signed(rounded(s.convexity_pct, 2) - rounded(s.exact_pct, 2), 2) }.text(lang))) }
            { r("mod-duration", T::ModDuration, b.modified_duration, tr::YearsValue { years: &num(b.modified_duration, 3) }.text(lang),
                html! { <span class="sub plain" data-testid="mean-duration">{ tr::MeanDuration { pct: &num(per_bp, 3) }.text(lang) }</span> }) }
            { r("convexity", T::Convexity, b.convexity, num(b.convexity, 1),
                html! { <span class="sub plain" data-testid="mean-convexity">{ tr::MeanConvexity { add: &num(convexity_add, 2) }.text(lang) }</span> }) }
            { r("dv01", T::Dv01, b.dv01, num(b.dv01, 4),
                html! { <span class="sub plain" data-testid="mean-dv01">{ tr::MeanDv01 { dv01: &num(b.dv01, 4) }.text(lang) }</span> }) }
        </dl>
    }
}

#[derive(Properties, PartialEq)]
pub struct WorkedProps {
    pub s: ShockResult,
    pub yield_pct: f64,
    pub shock_bp: i32,
}

/// One example, step by step, with the lab's own numbers. Closed, it still follows the lab:
/// print (which shows it open), find-in-page and a reader's tools meet the figures as they stand.
#[function_component(WorkedExample)]
pub fn worked_example(props: &WorkedProps) -> Html {
    crate::counted!("WorkedExample");
    let lang = use_lang();
    let s = &props.s;
    let (p0, p1) = (num(s.before.price, 3), num(s.price_after, 3));
    let dy = f64::from(props.shock_bp) / 100.0;
    // A percentage as the page shows it, to the hundredth.
    let shown = |pct: f64| rounded(pct, 2);
    let steps = [
        tr::Work1 {
            p0: &p0,
            y0: &num(props.yield_pct, 3),
        }
        .text(lang),
        tr::Work2 {
            p1: &p1,
            y1: &num(s.yield_after * 100.0, 3),
        }
        .text(lang),
        tr::Work3 {
            p0: &p0,
            p1: &p1,
            exact: &signed(s.exact_pct, 2),
        }
        .text(lang),
        // Three decimals of duration, so −d × Δy comes within a cent of the shown estimate.
        tr::Work4 {
            d: &num(s.before.modified_duration, 3),
            dy: &signed(dy, 2),
            dur: &signed(s.duration_pct, 2),
        }
        .text(lang),
        // The gaps are taken between the figures as shown, so the example adds up on the page.
        if props.shock_bp == 0 {
            T::Work5Zero.get(lang).to_string()
        } else if shown(s.exact_pct) == shown(s.duration_pct) {
            T::Work5Tiny.get(lang).to_string()
        } else {
            tr::Work5 {
                miss: &num(shown(s.exact_pct) - shown(s.duration_pct), 2),
                add: &signed(shown(s.convexity_pct) - shown(s.duration_pct), 2),
                conv: &signed(s.convexity_pct, 2),
            }
            .text(lang)
        },
    ];
    html! {
        <details class="worked" data-testid="worked-example">
            <summary>{ T::WorkedTitle.get(lang) }</summary>
            <ol>{ for steps.iter().map(|t| html! { <li>{ t }</li> }) }</ol>
        </details>
    }
}

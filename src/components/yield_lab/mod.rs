//! The yield shock lab: pick a bond, move the yield, read the exact price change next to the
//! duration and duration-plus-convexity estimates, on a chart, in words and worked step by step.

mod chart;
mod controls;
mod readouts;

use yew::prelude::*;

use super::announce::Announce;
use super::source_note::SourceNote;
use super::use_lang;
use crate::i18n::{num, signed, tr, T};
use crate::model::bond::{Bond, ShockResult};
use crate::model::data::{self, FactId, BOND_PRESETS};
use crate::model::url_state::LabView;
use chart::LabChart;
use controls::{BondControls, ShockBar};
use readouts::{Readouts, WorkedExample};

/// The exact and estimated effect of `shock_bp` on a par bond at a published yield.
fn par_shock(yield_fact: FactId, tenor: f64, shock_bp: i32) -> Option<ShockResult> {
    let y = data::fact(yield_fact).value / 100.0;
    Bond::new(tenor, y)
        .ok()?
        .shock(y, f64::from(shock_bp) / 1e4)
        .ok()
}

#[derive(Properties, PartialEq)]
pub struct YieldLabProps {
    pub tenor_years: f64,
    pub coupon_pct: f64,
    pub yield_pct: f64,
    pub shock_bp: i32,
    pub view: LabView,
}

#[function_component(YieldLab)]
pub fn yield_lab(props: &YieldLabProps) -> Html {
    crate::counted!("YieldLab");
    let lang = use_lang();
    let u = props;
    let result = Bond::new(u.tenor_years, u.coupon_pct / 100.0)
        .and_then(|b| b.shock(u.yield_pct / 100.0, f64::from(u.shock_bp) / 1e4));
    let controls = html! {
        <>
            <BondControls tenor_years={u.tenor_years} coupon_pct={u.coupon_pct} yield_pct={u.yield_pct} />
            <ShockBar shock_bp={u.shock_bp} />
        </>
    };
    let Ok(s) = result else {
        return html! {
            <div class="yield-lab">
                { controls }
                <p class="error" role="alert">{ T::LabCannotPrice.get(lang) }</p>
            </div>
        };
    };
    let shock = signed(f64::from(u.shock_bp), 0);
    let sentence = tr::LabSentence {
        shock: &shock,
        tenor: &num(
            u.tenor_years,
            if u.tenor_years.fract() == 0.0 { 0 } else { 1 },
        ),
        before: &num(s.before.price, 2),
        after: &num(s.price_after, 2),
        exact: &signed(s.exact_pct, 1),
        duration: &signed(s.duration_pct, 1),
        convexity: &signed(s.convexity_pct, 1),
    }
    .text(lang);
    let y = |id: FactId| num(data::fact(id).value, 3);
    let compare = match (
        par_shock(FactId::Jgb40y20250522, 40.0, u.shock_bp),
        par_shock(FactId::Jgb10y20250522, 10.0, u.shock_bp),
    ) {
        (Some(a), Some(b)) => tr::LabCompare {
            shock: &shock,
            yield40: &y(FactId::Jgb40y20250522),
            exact40: &signed(a.exact_pct, 1),
            yield10: &y(FactId::Jgb10y20250522),
            exact10: &signed(b.exact_pct, 1),
            duration40: &signed(a.duration_pct, 1),
            duration10: &signed(b.duration_pct, 1),
        }
        .text(lang),
        _ => String::new(),
    };
    let source_facts: Vec<FactId> = BOND_PRESETS.iter().map(|p| p.yield_fact).collect();
    html! {
        <div class="yield-lab">
            <p>{ T::LabIntro.get(lang) }</p>
            { controls }
            <Readouts {s} />
            <p class="reactive" data-testid="lab-sentence">{ sentence.clone() }</p>
            <Announce text={sentence} />
            <WorkedExample {s} yield_pct={u.yield_pct} shock_bp={u.shock_bp} />
            <LabChart {s} tenor_years={u.tenor_years} coupon_pct={u.coupon_pct} yield_pct={u.yield_pct}
                shock_bp={u.shock_bp} view={u.view} />
            <p class="reactive" data-testid="lab-compare">{ compare }</p>
            <SourceNote facts={source_facts} />
        </div>
    }
}

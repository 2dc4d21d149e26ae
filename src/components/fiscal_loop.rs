//! The fiscal feedback loop: Japan's interest bill as debt rolls over at higher yields, the loop
//! stepped through with today's numbers, and a toy model of when the loop settles or runs away.

use yew::prelude::*;

use super::announce::Announce;
use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::number_field::NumberField;
use super::range_field::action_slider;
use super::source_note::SourceNote;
use super::{use_dispatch, use_lang};
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, signed, tr, T};
use crate::model::auction::AuctionId;
use crate::model::data::fact;
use crate::model::data::FactId;
use crate::model::fiscal::{
    held, interest_bill, Loop, MATURITY_RANGE, ROUNDS, STRENGTH_RANGE, YEARS,
};
use crate::model::url_state::SHOCK_RANGE;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct FiscalLoopProps {
    pub shock_bp: i32,
    pub debt_maturity: f64,
    pub fiscal_path: Option<[f64; YEARS]>,
    pub loop_strength: f64,
    pub loop_bought_pct: f64,
    pub auction: AuctionId,
    pub auction_demand: Option<f64>,
}

/// The interest bill's extra cost after five years for the lesson's state, tn yen.
pub fn extra_after_five(shock_bp: i32, maturity: f64, path: Option<[f64; YEARS]>) -> f64 {
    let bill = interest_bill(maturity, &path.unwrap_or_else(|| held(f64::from(shock_bp))));
    bill.get(4).map_or(0.0, |y| y.shocked - y.baseline)
}

#[function_component(FiscalLoop)]
pub fn fiscal_loop(props: &FiscalLoopProps) -> Html {
    crate::counted!("FiscalLoop");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let step = use_state(|| 0usize);
    let path = props
        .fiscal_path
        .unwrap_or_else(|| held(f64::from(props.shock_bp)));
    let bill = interest_bill(props.debt_maturity, &path);
    let extra = |i: usize| bill.get(i).map_or(0.0, |y| y.shocked - y.baseline);
    let (five, ten) = (extra(4), extra(YEARS - 1));

    let set = |make: fn(f64) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |x: f64| dispatch.dispatch(make(x)))
    };
    let sentence = if props.fiscal_path.is_some() {
        tr::FiscalSentencePath {
            after5: &num(five, 1),
            after10: &num(ten, 1),
        }
        .text(lang)
    } else {
        tr::FiscalSentence {
            shock: &signed(f64::from(props.shock_bp), 0),
            after5: &num(five, 1),
            after10: &num(ten, 1),
        }
        .text(lang)
    };
    let rows: Vec<ChartRow> = bill
        .iter()
        .map(|y| ChartRow {
            x: y.year as f64,
            label: tr::YearN {
                year: &y.year.to_string(),
            }
            .text(lang),
            values: vec![Some(y.baseline), Some(y.shocked)],
            ranges: vec![],
        })
        .collect();
    let columns = vec![
        Column::new(
            "base",
            T::BillBase.get(lang).into(),
            SeriesColor::Grey,
            true,
        ),
        Column::new(
            "shocked",
            T::BillShocked.get(lang).into(),
            SeriesColor::Red,
            false,
        ),
    ];
    let own = props.fiscal_path.is_some();
    let toggle_path = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::UseOwnPath(!own)))
    };

    // The loop, stepped through with today's numbers.
    let btc = props.auction_demand.unwrap_or(props.auction.preset().btc);
    let y40 = fact(FactId::Jgb40y20250522).value + f64::from(props.shock_bp) / 100.0;
    let interest = fact(FactId::JapanInterestTn).value + five;
    let worry = interest / fact(FactId::JapanDebtServiceTn).value * 100.0;
    let steps = [
        (
            T::LoopStepDemand,
            tr::LoopNumDemand { btc: &num(btc, 2) }.text(lang),
        ),
        (
            T::LoopStepYields,
            tr::LoopNumYields {
                yield40: &num(y40, 3),
                shock: &signed(f64::from(props.shock_bp), 0),
            }
            .text(lang),
        ),
        (
            T::LoopStepBill,
            tr::LoopNumBill {
                extra: &num(five, 1),
            }
            .text(lang),
        ),
        (
            T::LoopStepWorry,
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

    // The toy model.
    let toy = Loop {
        shock_bp: f64::from(props.shock_bp),
        strength: props.loop_strength,
        bought: props.loop_bought_pct / 100.0,
    }
    .run();
    let last = toy.premiums[ROUNDS];
    let outcome = match toy.settles_at {
        Some(level) => tr::LoopSettles {
            gain: &num(toy.gain, 2),
            level: &num(level, 0),
        }
        .text(lang),
        None => tr::LoopRunsAway {
            gain: &num(toy.gain, 2),
            level: &num(last, 0),
            rounds: &ROUNDS.to_string(),
        }
        .text(lang),
    };
    let toy_rows: Vec<ChartRow> = toy
        .premiums
        .iter()
        .enumerate()
        .map(|(n, p)| ChartRow {
            x: n as f64,
            label: format!("{} {n}", T::LoopRound.get(lang)),
            values: vec![Some(*p)],
            ranges: vec![],
        })
        .collect();
    let toy_col = vec![Column::new(
        "premium",
        T::LoopAxis.get(lang).into(),
        SeriesColor::Red,
        false,
    )];

    html! {
        <div class="data-widget fiscal">
            <p>{ T::FiscalIntro.get(lang) }</p>
            <p>{ tr::FiscalFacts { debt: &num(fact(FactId::JapanDebtTn).value, 1), interest: &num(fact(FactId::JapanInterestTn).value, 1), debt_service: &num(fact(FactId::JapanDebtServiceTn).value, 1) }.text(lang) }</p>
            <SourceNote facts={vec![FactId::JapanDebtTn, FactId::JapanInterestTn]} />
            <div class="lab-controls two">
                <NumberField id="debt-maturity" label={T::DebtMaturity.get(lang)} value={props.debt_maturity}
                    min={MATURITY_RANGE.0} max={MATURITY_RANGE.1} step={0.5} decimals={0}
                    onchange={set(Action::SetDebtMaturity)} testid="debt-maturity" />
                <div class="field">
                    <span class="label-like">{ T::PathCustom.get(lang) }</span>
                    <label class="check">
                        <input type="checkbox" checked={own} onchange={toggle_path} data-testid="own-path" />
                        { if own { T::PathCustom.get(lang).to_string() } else { tr::PathHeld { shock: &signed(f64::from(props.shock_bp), 0) }.text(lang) } }
                    </label>
                </div>
            </div>
            if own {
                <div class="path-grid">
                    { for (0..YEARS).map(|i| {
                        let dispatch = dispatch.clone();
                        html! {
                            <NumberField id={format!("path-{i}")} label={tr::PathYear { year: &(i + 1).to_string() }.text(lang)}
                                value={path[i]} min={f64::from(SHOCK_RANGE.0)} max={f64::from(SHOCK_RANGE.1)} step={1.0} decimals={0}
                                onchange={Callback::from(move |v: f64| dispatch.dispatch(Action::SetPathYear(i, v)))}
                                testid={format!("path-{i}")} />
                        }
                    }) }
                </div>
            }
            <p class="reactive" data-testid="interest-bill-5y" data-value={five.to_string()}>{ sentence.clone() }</p>
            <Announce text={sentence} />
            <LineChartPanel testid="interest-bill" title={T::WFiscalLoop.get(lang)} x_axis={XAxis::Count}
                {columns} {rows} start={4} first_column={T::ColYear.get(lang)} cursor_label={T::MoveCursorPlain.get(lang)}
                y_label={T::BillAxis.get(lang)} decimals={1} suffix="" aspect={45} />
            <p class="hint">{ tr::FiscalAssume { yield10: &num(fact(FactId::Jgb10y20250522).value, 3) }.text(lang) }</p>
            <p class="hint">{ tr::UsFiscalNote { marketable: &num(fact(FactId::UstMarketableTn).value, 2) }.text(lang) }</p>

            <h4>{ T::LoopTitle.get(lang) }</h4>
            <ol class="loop" data-testid="loop-diagram">
                { for steps.iter().enumerate().map(|(i, (name, value))| html! {
                    <li class={classes!("loop-step", (i == *step).then_some("active"))}
                        aria-current={(i == *step).then_some("step")}>
                        <strong>{ name.get(lang) }</strong>
                        <span>{ value }</span>
                    </li>
                }) }
            </ol>
            <button type="button" class="small" onclick={next} data-testid="loop-next">{ T::LoopNext.get(lang) }</button>

            <h4>{ T::LoopToyTitle.get(lang) }</h4>
            <p>{ T::LoopToyIntro.get(lang) }</p>
            <p class="equation"><code>{ T::LoopEquation.get(lang) }</code></p>
            <div class="lab-controls two">
                { action_slider(&dispatch, lang, "loop-strength", T::LoopStrength, props.loop_strength, STRENGTH_RANGE, 0.05, Action::SetLoopStrength, num(props.loop_strength, 2)) }
                { action_slider(&dispatch, lang, "loop-bought", T::LoopBought, props.loop_bought_pct, (0.0, 100.0), 5.0, Action::SetLoopBought, format!("{}%", num(props.loop_bought_pct, 0))) }
            </div>
            <p class={classes!("reactive", toy.settles_at.is_none().then_some("alarm"))} data-testid="loop-outcome"
                data-value={last.to_string()} data-state={if toy.settles_at.is_some() { "settles" } else { "runs-away" }}>
                { outcome }
            </p>
            <LineChartPanel testid="loop-toy" title={T::LoopToyTitle.get(lang)} x_axis={XAxis::Count}
                columns={toy_col} rows={toy_rows} start={ROUNDS} first_column={T::LoopRound.get(lang)}
                cursor_label={T::MoveCursorPlain.get(lang)} y_label={T::LoopAxis.get(lang)} decimals={0} suffix="" aspect={40} />
        </div>
    }
}

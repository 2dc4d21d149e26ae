//! The fiscal feedback loop: Japan's interest bill as debt rolls over at higher yields, set
//! beside the Ministry of Finance's own estimate; the loop stepped through with the lesson's
//! numbers; and a toy model of when the loop settles or runs away.

mod loop_steps;
mod mof_comparison;
mod own_path;
mod toy;
pub use toy::TOY_LOOP_ANCHOR;

use yew::prelude::*;

use super::announce::Announce;
use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::number_field::NumberField;
use super::source_note::SourceNote;
use super::{use_dispatch, use_lang};
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, tr, Lang, T};
use crate::model::auction::AuctionId;
use crate::model::data::{fact, FactId};
use crate::model::fiscal::{average_rate_pct, held, interest_bill, MATURITY_RANGE, YEARS};
use crate::model::link_params::Num;
use crate::state::Action;
use loop_steps::LoopSteps;
use mof_comparison::MofComparison;
use own_path::OwnPath;
use toy::ToyLoop;

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

/// An amount of trillions to a tenth, or a hundredth where a small change would read "0.0".
fn tn(x: f64) -> String {
    match num(x.abs(), 1).as_str() {
        "0.0" => num(x.abs(), 2),
        s => s.to_string(),
    }
}

/// How a bill compares with the one at unchanged yields: "2.3 tn yen higher", 「少 2.3 兆日圓」,
/// "the same". A path the reader sets can cross zero, so each figure gets its own word.
pub fn bill_change(lang: Lang, extra_tn: f64) -> String {
    let amount = tn(extra_tn);
    if num(extra_tn.abs(), 2) == "0.00" {
        T::BillSame.get(lang).to_string()
    } else if extra_tn > 0.0 {
        tr::BillHigher { amount: &amount }.text(lang)
    } else {
        tr::BillLower { amount: &amount }.text(lang)
    }
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
    let path = props
        .fiscal_path
        .unwrap_or_else(|| held(f64::from(props.shock_bp)));
    let bill = interest_bill(props.debt_maturity, &path);
    let extra = |i: usize| bill.get(i).map_or(0.0, |y| y.shocked - y.baseline);
    let sentence = match props.fiscal_path {
        Some(_) => tr::FiscalSentencePath {
            after5: &bill_change(lang, extra(4)),
            after10: &bill_change(lang, extra(YEARS - 1)),
        }
        .text(lang),
        // Held at the lab's change: said as above or below today, or no change at all.
        None => {
            let bp = num(f64::from(props.shock_bp.abs()), 0);
            let (after5, after10) = (tn(extra(4)), tn(extra(YEARS - 1)));
            match props.shock_bp.signum() {
                0 => T::FiscalSentenceZero.get(lang).to_string(),
                1 => tr::FiscalSentenceUp {
                    bp: &bp,
                    after5: &after5,
                    after10: &after10,
                }
                .text(lang),
                _ => tr::FiscalSentenceDown {
                    bp: &bp,
                    after5: &after5,
                    after10: &after10,
                }
                .text(lang),
            }
        }
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
    let column =
        |key, label: T, color, dashed| Column::new(key, label.get(lang).into(), color, dashed);
    let columns = vec![
        column("base", T::BillBase, SeriesColor::Grey, true),
        column("shocked", T::BillShocked, SeriesColor::Red, false),
    ];
    let on_maturity = dispatch.callback(|x| Action::SetNumber(Num::DebtMaturity, x));
    let yield10 = num(fact(FactId::Jgb10y20250522).value, 3);
    let facts = tr::FiscalFacts {
        debt: &num(fact(FactId::JapanDebtTn).value, 1),
        interest: &num(fact(FactId::JapanInterestTn).value, 1),
        debt_service: &num(fact(FactId::JapanDebtServiceTn).value, 1),
    };
    let maturity_label = tr::DebtMaturity {
        years: &num(fact(FactId::MofAvgMaturityYears).value, 0),
    };
    html! {
        <div class="data-widget fiscal">
            <p>{ T::FiscalIntro.get(lang) }</p>
            <p>{ facts.text(lang) }</p>
            <SourceNote facts={vec![FactId::JapanDebtTn, FactId::JapanInterestTn, FactId::JapanDebtServiceTn]} />
            <div class="lab-controls two">
                <NumberField id="debt-maturity" label={maturity_label.text(lang)} value={props.debt_maturity}
                    min={MATURITY_RANGE.0} max={MATURITY_RANGE.1} step={0.5} decimals={0}
                    onchange={on_maturity} testid="debt-maturity" />
                <OwnPath own={props.fiscal_path.is_some()} {path} />
            </div>
            <p class="reactive" data-testid="interest-bill-5y" data-value={extra(4).to_string()}>{ sentence.clone() }</p>
            <Announce text={sentence} />
            <LineChartPanel testid="interest-bill" title={T::WFiscalLoop.get(lang)} x_axis={XAxis::Count}
                {columns} {rows} start={4} first_column={T::ColYear.get(lang)} cursor_label={T::MoveCursorPlain.get(lang)}
                y_label={T::BillAxis.get(lang)} decimals={1} suffix="" aspect={45} />
            <p class="hint">{ tr::BaselineRises { avg: &num(average_rate_pct(), 2), yield10: &yield10 }.text(lang) }</p>
            <p class="hint">{ tr::FiscalAssume { yield10: &yield10 }.text(lang) }</p>
            <MofComparison maturity={props.debt_maturity} />
            <p class="hint">{ tr::UsFiscalNote { marketable: &num(fact(FactId::UstMarketableTn).value, 2) }.text(lang) }</p>
            <LoopSteps shock_bp={props.shock_bp} own_path5={props.fiscal_path.map(|p| p[4])} year5={bill.get(4).copied()} extra5={extra(4)}
                btc={props.auction_demand.unwrap_or(props.auction.preset().btc)} />
            <ToyLoop shock_bp={props.shock_bp} strength={props.loop_strength} bought_pct={props.loop_bought_pct} />
        </div>
    }
}

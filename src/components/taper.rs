//! The Bank of Japan's purchase cuts: the monthly path at a pace the reader sets (both cuts of
//! the plan, each with its own slider), against purchases held at the July 2024 level, and what
//! others must take up.

use yew::prelude::*;

use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::range_field::{Param, ParamSlider};
use super::source_note::SourceNote;
use super::{use_dispatch, use_lang};
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, tr, yen_bn, T};
use crate::model::data::{fact, FactId};
use crate::model::holdings::{absorbed_by_others, taper_path};
use crate::model::link_params::Num;
use crate::model::series::days_since_epoch;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct TaperProps {
    pub cut_bn: f64,
    pub cut_2026_bn: f64,
}

#[function_component(Taper)]
pub fn taper(props: &TaperProps) -> Html {
    crate::counted!("Taper");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let start = fact(FactId::BojPurchases202407Tn).value;
    let path = taper_path(start, props.cut_bn, props.cut_2026_bn);
    let gap = absorbed_by_others(&path, start);
    let at = |m: u32| path.iter().find(|p| p.0 == m).map_or(0.0, |p| p.1);
    let rows: Vec<ChartRow> = path
        .iter()
        .map(|(m, level)| ChartRow {
            x: days_since_epoch(m * 100 + 15) as f64,
            label: format!("{}-{:02}", m / 100, m % 100),
            values: vec![Some(*level), Some(start)],
            ranges: vec![],
        })
        .collect();
    let column =
        |key, label: T, color, dashed| Column::new(key, label.get(lang).into(), color, dashed);
    let columns = vec![
        column("path", T::TaperLine, SeriesColor::Red, false),
        column("flat", T::TaperFlat, SeriesColor::Grey, true),
    ];
    let (plan_cut, plan_cut_2026) = (
        fact(FactId::BojTaperCutBn).value,
        fact(FactId::BojTaperCut2026Bn).value,
    );
    let reset = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| {
            dispatch.dispatch(Action::SetNumber(Num::Cut, plan_cut));
            dispatch.dispatch(Action::SetNumber(Num::Cut2026, plan_cut_2026));
        })
    };
    let plan = tr::TaperPlan {
        cut: &yen_bn(lang, plan_cut, 0),
        plan_level: &num(fact(FactId::BojPurchases2026Q1Tn).value, 1),
        cut_2026: &yen_bn(lang, plan_cut_2026, 0),
    };
    // Levels that read the same as the start are "stays at", never "falls from 5.7 to 5.7".
    let (start_s, march2026, march2027) = (num(start, 1), num(at(202603), 1), num(at(202703), 1));
    let sentence = if march2026 == start_s && march2027 == start_s {
        tr::TaperNone { start: &start_s }.text(lang)
    } else if march2026 == start_s {
        tr::TaperLate {
            start: &start_s,
            march2027: &march2027,
            absorbed: &num(gap, 1),
        }
        .text(lang)
    } else if march2026 == num(0.0, 1) && march2027 == march2026 {
        tr::TaperSentenceStop {
            start: &start_s,
            absorbed: &num(gap, 1),
        }
        .text(lang)
    } else if march2027 == march2026 {
        tr::TaperSentenceHold {
            start: &start_s,
            march2026: &march2026,
            absorbed: &num(gap, 1),
        }
        .text(lang)
    } else {
        tr::TaperSentence {
            start: &start_s,
            march2026: &march2026,
            march2027: &march2027,
            absorbed: &num(gap, 1),
        }
        .text(lang)
    };
    // "Fall by: none", not "fall by ¥0 bn" (「每季減少：0 億日圓」).
    let cut_text = |cut: f64| {
        if cut == 0.0 {
            T::TaperNoCut.get(lang).to_string()
        } else {
            yen_bn(lang, cut, 0)
        }
    };
    let start_row = rows.iter().position(|r| r.label == "2026-03").unwrap_or(0);
    html! {
        <div class="data-widget">
            <p>{ T::TaperIntro.get(lang) }</p>
            <div class="lab-controls sliders">
                <ParamSlider id="taper-slider" param={Param::Num(Num::Cut)} label={T::TaperCut} value={props.cut_bn}
                    step={50.0} shown={cut_text(props.cut_bn)} />
                <ParamSlider id="taper-slider-2026" param={Param::Num(Num::Cut2026)} label={T::TaperCut2026}
                    value={props.cut_2026_bn} step={50.0} shown={cut_text(props.cut_2026_bn)} />
            </div>
            <button type="button" class="small" onclick={reset}>{ T::TaperReset.get(lang) }</button>
            <p class="reactive" data-testid="taper-sentence" data-value={gap.to_string()}>{ sentence }</p>
            <LineChartPanel testid="taper" title={T::WTaper.get(lang)} x_axis={XAxis::Years}
                {columns} {rows} start={start_row} first_column={T::ColMonthPlain.get(lang)}
                cursor_label={T::MoveCursor.get(lang)} y_label={T::TaperAxis.get(lang)}
                decimals={1} suffix="" aspect={45} from_zero=true />
            <p class="hint">{ plan.text(lang) }</p>
            <SourceNote facts={vec![FactId::BojPurchases202407Tn, FactId::BojTaperCutBn, FactId::BojPurchases2026Q1Tn, FactId::BojTaperCut2026Bn]} />
        </div>
    }
}

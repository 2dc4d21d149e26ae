//! The Bank of Japan's purchase cuts: the monthly path at a pace the reader sets, against
//! purchases held at the July 2024 level, and what others must take up.

use yew::prelude::*;

use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::number_field::NumberField;
use super::source_note::SourceNote;
use super::{use_dispatch, use_lang};
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, tr, T};
use crate::model::data::fact;
use crate::model::data::FactId;
use crate::model::holdings::{absorbed_by_others, taper_path, CUT_RANGE};
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
    let columns = vec![
        Column::new(
            "path",
            T::TaperLine.get(lang).into(),
            SeriesColor::Red,
            false,
        ),
        Column::new(
            "flat",
            T::TaperFlat.get(lang).into(),
            SeriesColor::Grey,
            true,
        ),
    ];
    let set = |make: fn(f64) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |x: f64| dispatch.dispatch(make(x)))
    };
    let reset = {
        let dispatch = dispatch.clone();
        let (c1, c2) = (
            fact(FactId::BojTaperCutBn).value,
            fact(FactId::BojTaperCut2026Bn).value,
        );
        Callback::from(move |_| {
            dispatch.dispatch(Action::SetCut(c1));
            dispatch.dispatch(Action::SetCut2026(c2));
        })
    };
    let start_row = rows.iter().position(|r| r.label == "2026-03").unwrap_or(0);
    html! {
        <div class="data-widget">
            <p>{ T::TaperIntro.get(lang) }</p>
            <div class="lab-controls two">
                <NumberField id="taper-cut" label={T::TaperCut.get(lang)} value={props.cut_bn}
                    min={CUT_RANGE.0} max={CUT_RANGE.1} step={50.0} decimals={0}
                    onchange={set(Action::SetCut)} testid="taper-cut" />
                <NumberField id="taper-cut-2026" label={T::TaperCut2026.get(lang)} value={props.cut_2026_bn}
                    min={CUT_RANGE.0} max={CUT_RANGE.1} step={50.0} decimals={0}
                    onchange={set(Action::SetCut2026)} testid="taper-cut-2026" />
            </div>
            <input type="range" class="wide-range" min={CUT_RANGE.0.to_string()} max={CUT_RANGE.1.to_string()} step="50"
                value={props.cut_bn.to_string()} aria-label={T::TaperCut.get(lang)} data-testid="taper-slider"
                oninput={{
                    let dispatch = dispatch.clone();
                    Callback::from(move |e: InputEvent| {
                        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                        if let Ok(v) = input.value().parse::<f64>() {
                            dispatch.dispatch_in_frame(Action::SetCut(v));
                        }
                    })
                }} />
            <button type="button" class="small" onclick={reset}>{ T::TaperReset.get(lang) }</button>
            <p class="reactive" data-testid="taper-sentence" data-value={gap.to_string()}>
                { tr::TaperSentence { start: &num(start, 1), march2026: &num(at(202603), 1), march2027: &num(at(202703), 1), absorbed: &num(gap, 1) }.text(lang) }
            </p>
            <LineChartPanel testid="taper" title={T::WTaper.get(lang)} x_axis={XAxis::Years}
                {columns} {rows} start={start_row} first_column={T::ColMonth.get(lang)}
                cursor_label={T::MoveCursor.get(lang)} y_label={T::TaperAxis.get(lang)}
                decimals={1} suffix="" aspect={45} />
            <p class="hint">{ T::TaperPlan.get(lang) }</p>
            <SourceNote facts={vec![FactId::BojPurchases202407Tn, FactId::BojTaperCut2026Bn]} />
        </div>
    }
}

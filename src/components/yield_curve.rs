//! The JGB yield curve (1 to 40 years) on 2025-05-22 against a year earlier: the steepening.

use yew::prelude::*;

use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::source_note::SourceNote;
use super::use_lang;
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, tr, T};
use crate::model::data::FactId;
use crate::model::data::{JGB_CURVE_2024_05_22, JGB_CURVE_2025_05_22};

/// The change in bp between the two curves at one maturity, exact on the data's 0.001% grid
/// (so 3.336 − 2.301 is 103.5 bp, not 103.49999…).
pub fn curve_change_bp(tenor: f64) -> Option<f64> {
    let at = |c: &[(f64, f64)]| {
        c.iter()
            .find(|p| p.0 == tenor)
            .map(|p| (p.1 * 1000.0).round())
    };
    Some((at(JGB_CURVE_2025_05_22)? - at(JGB_CURVE_2024_05_22)?) / 10.0)
}

#[function_component(YieldCurve)]
pub fn yield_curve() -> Html {
    crate::counted!("YieldCurve");
    let lang = use_lang();
    let rows: Vec<ChartRow> = JGB_CURVE_2025_05_22
        .iter()
        .zip(JGB_CURVE_2024_05_22)
        .map(|(now, before)| ChartRow {
            x: now.0,
            label: tr::YearsShort {
                years: &now.0.to_string(),
            }
            .text(lang),
            values: vec![Some(now.1), Some(before.1)],
            ranges: vec![],
        })
        .collect();
    let columns = vec![
        Column::new(
            "2025",
            tr::CurveLegend { date: "2025-05-22" }.text(lang),
            SeriesColor::Red,
            false,
        ),
        Column::new(
            "2024",
            tr::CurveLegend { date: "2024-05-22" }.text(lang),
            SeriesColor::Blue,
            true,
        ),
    ];
    let bp = |t| curve_change_bp(t).map(|v| num(v, 1)).unwrap_or_default();
    let start = rows.len().saturating_sub(1);
    html! {
        <div class="data-widget">
            <p>{ T::YieldCurveIntro.get(lang) }</p>
            <p class="reactive" data-testid="curve-sentence">{ tr::CurveSentence { rise2: &bp(2.0), rise10: &bp(10.0), rise40: &bp(40.0) }.text(lang) }</p>
            <LineChartPanel testid="yield-curve" title={T::WYieldCurve.get(lang)} x_axis={XAxis::Tenor}
                {columns} {rows} {start} first_column={T::ColTenor.get(lang)}
                cursor_label={T::MoveCursorTenor.get(lang)} />
            <SourceNote facts={vec![FactId::Jgb40y20250522]} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::curve_change_bp;

    #[test]
    fn the_long_end_rose_most() {
        let (two, forty) = (
            curve_change_bp(2.0).unwrap(),
            curve_change_bp(40.0).unwrap(),
        );
        assert_eq!(two, 38.1);
        assert_eq!(forty, 103.5);
        assert!(forty > two);
        assert_eq!(curve_change_bp(12.0), None);
    }
}

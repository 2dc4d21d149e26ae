//! The same shock across maturities: one bar of % price change per par bond, so the reader sees
//! why the longest bonds sell off hardest.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{drawable, themed, tick, Layer, LayerResult, Style};
use crate::model::bond::Bond;

/// The maturities compared, in years.
pub const LADDER_TENORS: [f64; 6] = [2.0, 5.0, 10.0, 20.0, 30.0, 40.0];

#[derive(Clone, Debug, PartialEq)]
pub struct LadderRow {
    pub tenor_years: f64,
    /// The par bond's own yield, decimal.
    pub yield_now: f64,
    pub change_pct: f64,
}

/// The exact % price change for `shock` (decimal) of a par bond at each compared maturity, each
/// at its own yield read from `curve` ((years, % a year) points).
pub fn ladder_rows(curve: &[(f64, f64)], shock: f64) -> Vec<LadderRow> {
    LADDER_TENORS
        .iter()
        .filter_map(|&t| {
            let yield_now = curve.iter().find(|(years, _)| *years == t)?.1 / 100.0;
            let s = Bond::new(t, yield_now.max(0.0))
                .ok()?
                .shock(yield_now, shock)
                .ok()?;
            Some(LadderRow {
                tenor_years: t,
                yield_now,
                change_pct: s.exact_pct,
            })
        })
        .collect()
}

#[derive(Clone, Debug, PartialEq)]
pub struct LadderChart {
    pub rows: Vec<LadderRow>,
    pub y_label: String,
    /// Bar captions, already translated from the catalogue.
    pub tenor_labels: Vec<String>,
    /// Each bar's value as the page writes it (true minus, the lesson's rounding), one per row.
    pub value_labels: Vec<String>,
}

pub fn draw<DB: DrawingBackend>(
    c: &LadderChart,
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    layer: Layer,
) -> LayerResult<DB> {
    let n = c.rows.len();
    // The bars move with the shock: the whole chart is one layer.
    if n == 0 || !layer.base() {
        return Ok(None);
    }
    let worst = c
        .rows
        .iter()
        .map(|r| r.change_pct.abs())
        .fold(1.0_f64, f64::max);
    let (lo, hi) = if c.rows.iter().any(|r| r.change_pct < 0.0) {
        (-worst * 1.15, worst * 0.12)
    } else {
        (-worst * 0.12, worst * 1.15)
    };
    if !drawable(lo, hi) {
        return Ok(None);
    }
    let mut chart = ChartBuilder::on(area)
        .margin(style.px(10.0))
        .x_label_area_size(style.px(30.0))
        .y_label_area_size(style.px(48.0))
        // A segmented range holds its end too: 0..n-1 gives the n slots of n bars.
        .build_cartesian_2d((0..(n as i32 - 1).max(1)).into_segmented(), lo..hi)?;
    let labels = c.tenor_labels.clone();
    let mut mesh = chart.configure_mesh();
    themed(&mut mesh, style);
    mesh.disable_x_mesh()
        .x_labels(n)
        .y_labels(5)
        .y_desc(c.y_label.as_str())
        .x_label_formatter(&move |x| match x {
            SegmentValue::CenterOf(i) => labels.get(*i as usize).cloned().unwrap_or_default(),
            _ => String::new(),
        })
        .y_label_formatter(&|v| tick(*v, 0))
        .draw()?;
    // Bars, with the value written at each bar's end so the colour is never the only cue.
    let gap = style.px(8.0);
    let centered = style.font(11.0).pos(Pos::new(HPos::Center, VPos::Center));
    for (i, row) in c.rows.iter().enumerate() {
        let i = i as i32;
        let color = if row.change_pct < 0.0 {
            style.palette.duration
        } else {
            style.palette.gain
        };
        let mut bar = Rectangle::new(
            [
                (SegmentValue::Exact(i), 0.0),
                (SegmentValue::Exact(i + 1), row.change_pct),
            ],
            color.filled(),
        );
        bar.set_margin(0, 0, gap, gap);
        chart.draw_series(std::iter::once(bar))?;
        let offset = (hi - lo) * 0.05 * row.change_pct.signum();
        let value = c.value_labels.get(i as usize).cloned().unwrap_or_default();
        chart.draw_series(std::iter::once(Text::new(
            value,
            (SegmentValue::CenterOf(i), row.change_pct + offset),
            centered.clone(),
        )))?;
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::super::{render_svg, ChartSpec};
    use super::*;

    fn flat(pct: f64) -> Vec<(f64, f64)> {
        LADDER_TENORS.iter().map(|t| (*t, pct)).collect()
    }

    #[test]
    fn longer_bonds_lose_more_for_a_rise() {
        let rows = ladder_rows(&flat(3.0), 0.01);
        assert_eq!(rows.len(), 6);
        assert!(rows.windows(2).all(|w| w[1].change_pct < w[0].change_pct));
        assert!(rows.iter().all(|r| r.change_pct < 0.0));
    }

    #[test]
    fn draws_one_bar_and_label_per_maturity() {
        // Each maturity at its own yield: the 40-year bar is the 40-year par bond of the text.
        let rows = ladder_rows(crate::model::dataset::JGB_CURVE_2025_05_22, 0.01);
        assert_eq!(rows.last().map(|r| r.yield_now), Some(0.03336));
        let labels = LADDER_TENORS.iter().map(|t| format!("{t}Y")).collect();
        // As the page writes them.
        let values = rows.iter().map(|r| tick(r.change_pct, 1)).collect();
        let svg = render_svg(
            &ChartSpec::Ladder(LadderChart {
                rows,
                y_label: "Price change (%)".into(),
                tenor_labels: labels,
                value_labels: values,
            }),
            600,
            360,
        );
        assert!(svg.contains("40Y") && svg.contains("2Y"));
        // Six slots for six bars: the last bar ends near the plot's right edge (600 wide, a
        // 10 px margin), with no empty slot after it.
        let right = svg
            .lines()
            .filter(|l| l.starts_with("<rect") && !l.contains("x=\"0\""))
            .filter_map(|l| {
                let num = |k: &str| l.split(k).nth(1)?.split('"').next()?.parse::<f64>().ok();
                Some(num(" x=\"")? + num("width=\"")?)
            })
            .fold(0.0, f64::max);
        assert!(right > 560.0, "last bar ends at {right}");
        assert!(
            svg.contains("−18.9"),
            "the 40Y bar is labelled with its loss"
        );
    }

    #[test]
    fn negative_yields_and_zero_shock_draw() {
        let rows = ladder_rows(&flat(-1.0), 0.0);
        assert!(rows.iter().all(|r| r.change_pct == 0.0));
        render_svg(
            &ChartSpec::Ladder(LadderChart {
                rows,
                y_label: String::new(),
                tenor_labels: vec![],
                value_labels: vec![],
            }),
            300,
            200,
        );
    }
}

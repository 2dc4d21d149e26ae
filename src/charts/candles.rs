//! Candlesticks (weekly open/high/low/close) with a horizontal band for a range and shaded
//! periods. Rising and falling candles differ by fill (hollow vs solid) as well as colour.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::lines::{axis_x, x_label, XAxis};
use super::{plot_builder, themed, DrawResult, Style};
use crate::model::series::{days_since_epoch, Candle};

#[derive(Clone, Debug, PartialEq)]
pub struct CandleChart {
    pub candles: Vec<Candle>,
    /// A range drawn as a horizontal band (low, high), in percent.
    pub band: Option<(f64, f64)>,
    /// Periods to shade, as YYYYMMDD pairs.
    pub spans: Vec<(u32, u32)>,
    pub y_label: String,
    /// Index of the candle under the reader's cursor.
    pub cursor: Option<usize>,
}

/// x of a candle on the axis: the middle of its week, in fractional years.
pub fn candle_x(c: &Candle) -> f64 {
    axis_x(XAxis::Years, days_since_epoch(c.first) as f64 + 2.0)
}

fn day_x(date: u32) -> f64 {
    axis_x(XAxis::Years, days_since_epoch(date) as f64)
}

pub fn draw<DB: DrawingBackend>(
    c: &CandleChart,
    area: &DrawingArea<DB, Shift>,
    style: &Style,
) -> DrawResult<DB> {
    let (Some(first), Some(last)) = (c.candles.first(), c.candles.last()) else {
        return Ok(());
    };
    let week = 7.0 / 365.2425;
    let x0 = candle_x(first) - week / 2.0;
    let x1 = candle_x(last) + week / 2.0;
    let mut y0 = c
        .candles
        .iter()
        .map(|k| k.low)
        .fold(f64::INFINITY, f64::min);
    let mut y1 = c
        .candles
        .iter()
        .map(|k| k.high)
        .fold(f64::NEG_INFINITY, f64::max);
    if let Some((lo, hi)) = c.band {
        y0 = y0.min(lo);
        y1 = y1.max(hi);
    }
    let pad = (y1 - y0) * 0.06;
    let (y0, y1) = (y0 - pad, y1 + pad);
    let mut chart = plot_builder(area, style, 28.0).build_cartesian_2d(x0..x1, y0..y1)?;
    let mut mesh = chart.configure_mesh();
    themed(&mut mesh, style);
    mesh.x_labels(6)
        .y_labels(5)
        .y_desc(c.y_label.as_str())
        .x_label_formatter(&|x| x_label(XAxis::Years, *x))
        .y_label_formatter(&|y| format!("{y:.1}"))
        .draw()?;
    for &(a, b) in &c.spans {
        let (a, b) = (day_x(a), day_x(b) + 1.0 / 365.2425);
        chart.draw_series(std::iter::once(Rectangle::new(
            [(a, y0), (b, y1)],
            style.palette.shocked.mix(0.25).filled(),
        )))?;
    }
    if let Some((lo, hi)) = c.band {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x0, lo), (x1, hi)],
            style.palette.exact.mix(0.10).filled(),
        )))?;
        for y in [lo, hi] {
            chart.draw_series(DashedLineSeries::new(
                [(x0, y), (x1, y)],
                style.px(6.0),
                style.px(4.0),
                style.palette.exact.stroke_width(style.px(1.2)),
            ))?;
        }
    }
    let half = week * 0.32;
    for (i, k) in c.candles.iter().enumerate() {
        let x = candle_x(k);
        let up = k.close >= k.open;
        let color = if up {
            style.palette.duration
        } else {
            style.palette.exact
        };
        let color = if c.cursor == Some(i) {
            style.palette.text
        } else {
            color
        };
        chart.draw_series(LineSeries::new(
            [(x, k.low), (x, k.high)],
            color.stroke_width(style.px(1.0)),
        ))?;
        let (lo, hi) = (k.open.min(k.close), k.open.max(k.close));
        let body = Rectangle::new(
            [(x - half, lo), (x + half, hi.max(lo + 0.005))],
            if up {
                color.stroke_width(style.px(1.0))
            } else {
                color.filled()
            },
        );
        chart.draw_series(std::iter::once(body))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{render_svg, ChartSpec};
    use super::*;

    #[test]
    fn draws_each_candle_the_band_and_the_spans() {
        let candles = vec![
            Candle {
                first: 20250505,
                last: 20250509,
                open: 4.3,
                high: 4.4,
                low: 4.25,
                close: 4.38,
            },
            Candle {
                first: 20250512,
                last: 20250516,
                open: 4.38,
                high: 4.55,
                low: 4.35,
                close: 4.43,
            },
            Candle {
                first: 20250519,
                last: 20250523,
                open: 4.45,
                high: 4.6,
                low: 4.4,
                close: 4.51,
            },
        ];
        let svg = render_svg(
            &ChartSpec::Candles(CandleChart {
                candles,
                band: Some((3.6, 5.0)),
                spans: vec![(20250501, 20250531)],
                y_label: "10Y (%)".into(),
                cursor: Some(1),
            }),
            600,
            300,
        );
        assert!(svg.contains("10Y (%)"));
        // 3 wicks + 3 bodies + band + span rectangles at least.
        assert!(svg.matches("<rect").count() >= 5, "{svg}");
    }
}

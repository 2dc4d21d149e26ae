//! Candlesticks (weekly open/high/low/close) with a horizontal band for a range and shaded
//! periods. Rising and falling candles differ by fill (hollow vs solid) as well as colour.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::lines::{axis_x, x_label, XAxis};
use super::{
    drawable, plot_builder, themed, tick, Layer, LayerResult, SeriesColor, Style, XMap,
    PLOT_LEFT_CSS, PLOT_RIGHT_CSS,
};
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
    /// Rising weeks in red (Taiwan and Japan) rather than green (the West).
    pub up_is_red: bool,
}

/// x of a candle on the axis: the middle of its week, in fractional years.
pub fn candle_x(c: &Candle) -> f64 {
    axis_x(XAxis::Years, days_since_epoch(c.first) as f64 + 2.0)
}

fn day_x(date: u32) -> f64 {
    axis_x(XAxis::Years, days_since_epoch(date) as f64)
}

/// Candles narrower than this (CSS px) cannot show hollow against solid: a narrow chart shows
/// only the weeks that fit, ending a little after the last shaded span (the event), so a phone
/// sees May 2025 and the band behind it rather than only the latest weeks.
const MIN_CANDLE_CSS: f64 = 3.5;
/// Weeks shown after the last shaded span on a narrow chart.
const WEEKS_AFTER_EVENT: usize = 6;

type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

pub fn draw<DB: DrawingBackend>(
    c: &CandleChart,
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    layer: Layer,
) -> LayerResult<DB> {
    let plot_px = f64::from(area.dim_in_pixel().0) - style.scale * (PLOT_LEFT_CSS + PLOT_RIGHT_CSS);
    let fit = ((plot_px / (style.scale * MIN_CANDLE_CSS)).floor() as usize).max(8);
    let n = c.candles.len();
    let event_end = c
        .spans
        .iter()
        .map(|s| s.1)
        .max()
        .and_then(|d| c.candles.iter().position(|k| k.first > d))
        .unwrap_or(n);
    let end = (event_end + WEEKS_AFTER_EVENT).clamp(fit.min(n), n);
    let skip = end.saturating_sub(fit);
    let shown = &c.candles[skip..end];
    let (Some(first), Some(last)) = (shown.first(), shown.last()) else {
        return Ok(None);
    };
    let week = 7.0 / 365.2425;
    let x0 = candle_x(first) - week / 2.0;
    let x1 = candle_x(last) + week / 2.0;
    let mut y0 = shown.iter().map(|k| k.low).fold(f64::INFINITY, f64::min);
    let mut y1 = shown
        .iter()
        .map(|k| k.high)
        .fold(f64::NEG_INFINITY, f64::max);
    if let Some((lo, hi)) = c.band {
        y0 = y0.min(lo);
        y1 = y1.max(hi);
    }
    let pad = (y1 - y0) * 0.06;
    let (y0, y1) = (y0 - pad, y1 + pad);
    if !drawable(x0, x1) || !drawable(y0, y1) {
        return Ok(None);
    }
    let mut chart = plot_builder(area, style, 28.0).build_cartesian_2d(x0..x1, y0..y1)?;
    if layer.base() {
        draw_base(c, shown, &mut chart, style, (x0, x1, y0, y1))?;
    }
    if let (true, Some(i)) = (layer.overlay(), c.cursor) {
        if let Some(k) = i.checked_sub(skip).and_then(|j| shown.get(j)) {
            chart.draw_series(LineSeries::new(
                [(candle_x(k), y0), (candle_x(k), y1)],
                style.palette.text.mix(0.35).stroke_width(style.px(1.0)),
            ))?;
            draw_candle(&mut chart, k, style.palette.text, style, c.up_is_red)?;
        }
    }
    Ok(Some(XMap::of(&chart)))
}

/// The colour of a rising or falling week: red up on the Chinese page (Taiwan's convention),
/// green up on the English one.
pub fn candle_color(style: &Style, up: bool, up_is_red: bool) -> RGBColor {
    // A true red, not the lesson's vermillion: the legend names the colour, and in Taiwan it
    // means "up".
    let red = style.palette.candle_red();
    let green = style.palette.series(SeriesColor::Green);
    if up == up_is_red {
        red
    } else {
        green
    }
}

fn draw_candle<DB: DrawingBackend>(
    chart: &mut Chart<'_, DB>,
    k: &Candle,
    color: RGBColor,
    style: &Style,
    _up_is_red: bool,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let week = 7.0 / 365.2425;
    let half = week * 0.34;
    let x = candle_x(k);
    let up = k.close >= k.open;
    chart.draw_series(LineSeries::new(
        [(x, k.low), (x, k.high)],
        color.stroke_width(style.px(1.2)),
    ))?;
    let (lo, hi) = (k.open.min(k.close), k.open.max(k.close));
    // Rising weeks hollow, falling weeks solid: told apart without colour.
    let body = Rectangle::new(
        [(x - half, lo), (x + half, hi.max(lo + 0.005))],
        if up {
            color.stroke_width(style.px(1.4))
        } else {
            color.filled()
        },
    );
    chart.draw_series(std::iter::once(body))?;
    if up {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x - half, lo), (x + half, hi.max(lo + 0.005))],
            style.palette.background.mix(0.9).filled(),
        )))?;
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x - half, lo), (x + half, hi.max(lo + 0.005))],
            color.stroke_width(style.px(1.4)),
        )))?;
    }
    Ok(())
}

fn draw_base<DB: DrawingBackend>(
    c: &CandleChart,
    shown: &[Candle],
    chart: &mut Chart<'_, DB>,
    style: &Style,
    (x0, x1, y0, y1): (f64, f64, f64, f64),
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let mut mesh = chart.configure_mesh();
    themed(&mut mesh, style);
    mesh.x_labels(6)
        .y_labels(5)
        .y_desc(c.y_label.as_str())
        .x_label_formatter(&|x| x_label(XAxis::Years, *x, ""))
        .y_label_formatter(&|y| tick(*y, 1))
        .draw()?;
    // Alternate shades, so two neighbouring months read as two spans.
    for (i, &(a, b)) in c.spans.iter().enumerate() {
        let (a, b) = (day_x(a).max(x0), (day_x(b) + 1.0 / 365.2425).min(x1));
        let shade = if i % 2 == 0 { 0.30 } else { 0.14 };
        if a < b {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(a, y0), (b, y1)],
                style.palette.shocked.mix(shade).filled(),
            )))?;
        }
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
    for k in shown {
        let color = candle_color(style, k.close >= k.open, c.up_is_red);
        draw_candle(chart, k, color, style, c.up_is_red)?;
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
                up_is_red: true,
            }),
            600,
            300,
        );
        assert!(svg.contains("10Y (%)"));
        // 3 wicks + 3 bodies + band + span rectangles at least.
        assert!(svg.matches("<rect").count() >= 5, "{svg}");
    }
}

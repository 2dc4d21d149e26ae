//! Price against yield for one bond: the exact curve, the duration tangent and the
//! duration-plus-convexity parabola through today's point, the shocked point, and the gap
//! between curve and tangent drawn as a shaded band.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{themed, DrawResult, Style};
use crate::model::bond::Bond;

#[derive(Clone, Debug, PartialEq)]
pub struct PriceYieldChart {
    pub tenor_years: f64,
    pub coupon: f64,
    /// Today's yield and the shock, as decimals.
    pub yield_now: f64,
    pub shock: f64,
    /// Axis captions, already translated.
    pub x_label: String,
    pub y_label: String,
}

/// Points drawn for each line.
const SAMPLES: usize = 120;

impl PriceYieldChart {
    /// The yield range shown: today's yield and the shocked one with room around them.
    fn x_range(&self) -> (f64, f64) {
        let reach = self.shock.abs().max(0.01) * 1.35;
        let lo = (self.yield_now - reach).max(-0.03);
        let hi = self.yield_now + reach;
        (lo, hi)
    }
}

pub fn draw<DB: DrawingBackend>(
    c: &PriceYieldChart,
    area: &DrawingArea<DB, Shift>,
    style: &Style,
) -> DrawResult<DB> {
    let Ok(bond) = Bond::new(c.tenor_years, c.coupon) else {
        return Ok(());
    };
    let Ok(now) = bond.analytics(c.yield_now) else {
        return Ok(());
    };
    let (x0, x1) = c.x_range();
    let xs: Vec<f64> = (0..=SAMPLES)
        .map(|i| x0 + (x1 - x0) * i as f64 / SAMPLES as f64)
        .collect();
    let d = now.modified_duration;
    let conv = now.convexity;
    let tangent = |y: f64| now.price * (1.0 - d * (y - c.yield_now));
    let parabola =
        |y: f64| now.price * (1.0 - d * (y - c.yield_now) + 0.5 * conv * (y - c.yield_now).powi(2));
    let exact: Vec<(f64, f64)> = xs
        .iter()
        .filter_map(|&y| bond.price(y).ok().map(|p| (y * 100.0, p)))
        .collect();
    let lines = [
        exact.iter().map(|p| p.1).collect::<Vec<_>>(),
        xs.iter().map(|&y| tangent(y)).collect(),
        xs.iter().map(|&y| parabola(y)).collect(),
    ];
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in lines.iter().flatten().filter(|v| v.is_finite()) {
        lo = lo.min(*v);
        hi = hi.max(*v);
    }
    if !(lo.is_finite() && hi.is_finite()) || hi <= lo {
        return Ok(());
    }
    let pad = (hi - lo) * 0.06;
    let (lo, hi) = (lo - pad, hi + pad);

    let mut chart = ChartBuilder::on(area)
        .margin(style.px(10.0))
        .x_label_area_size(style.px(38.0))
        .y_label_area_size(style.px(52.0))
        .build_cartesian_2d(x0 * 100.0..x1 * 100.0, lo..hi)?;
    let mut mesh = chart.configure_mesh();
    themed(&mut mesh, style);
    mesh.x_labels(5)
        .y_labels(5)
        .x_desc(c.x_label.as_str())
        .y_desc(c.y_label.as_str())
        .x_label_formatter(&|v| format!("{v:.2}"))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .draw()?;

    let shocked = c.yield_now + c.shock;
    // The gap between the exact curve and the duration line over the shock: what duration misses.
    if c.shock != 0.0 {
        let (a, b) = if c.shock > 0.0 {
            (c.yield_now, shocked)
        } else {
            (shocked, c.yield_now)
        };
        let steps = 60;
        let top: Vec<(f64, f64)> = (0..=steps)
            .map(|i| a + (b - a) * i as f64 / steps as f64)
            .filter_map(|y| bond.price(y).ok().map(|p| (y * 100.0, p)))
            .collect();
        let mut band = top.clone();
        band.extend(top.iter().rev().map(|&(x, _)| (x, tangent(x / 100.0))));
        chart.draw_series(std::iter::once(Polygon::new(
            band,
            style.palette.duration.mix(0.22).filled(),
        )))?;
    }

    let width = style.px(2.5);
    chart.draw_series(LineSeries::new(
        xs.iter().map(|&y| (y * 100.0, tangent(y))),
        style.palette.duration.stroke_width(style.px(1.5)),
    ))?;
    chart.draw_series(DashedLineSeries::new(
        xs.iter().map(|&y| (y * 100.0, parabola(y))),
        style.px(7.0),
        style.px(5.0),
        style.palette.convexity.stroke_width(style.px(2.0)),
    ))?;
    chart.draw_series(LineSeries::new(
        exact,
        style.palette.exact.stroke_width(width),
    ))?;

    let r = style.px(5.0) as i32;
    chart.draw_series(std::iter::once(Circle::new(
        (c.yield_now * 100.0, now.price),
        r,
        style.palette.text.filled(),
    )))?;
    if let Ok(p1) = bond.price(shocked) {
        chart.draw_series(std::iter::once(Circle::new(
            (shocked * 100.0, p1),
            r,
            style.palette.shocked.filled(),
        )))?;
        chart.draw_series(std::iter::once(Circle::new(
            (shocked * 100.0, tangent(shocked)),
            r,
            style.palette.duration.stroke_width(style.px(2.0)),
        )))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{render_svg, ChartSpec};
    use super::*;

    fn chart(shock: f64) -> ChartSpec {
        ChartSpec::PriceYield(PriceYieldChart {
            tenor_years: 40.0,
            coupon: 0.03336,
            yield_now: 0.03336,
            shock,
            x_label: "Yield (%)".into(),
            y_label: "Price".into(),
        })
    }

    #[test]
    fn draws_curve_tangent_parabola_points_and_gap() {
        let svg = render_svg(&chart(0.01), 640, 400);
        assert!(svg.contains("Yield (%)") && svg.contains("Price"));
        // Exact curve and tangent (polylines), the dashed parabola (many short lines), the gap
        // band (polygon) and three markers.
        assert!(svg.matches("<polyline").count() >= 2, "{svg}");
        assert!(svg.contains("<polygon"));
        assert_eq!(svg.matches("<circle").count(), 3);
    }

    #[test]
    fn no_gap_band_without_a_shock_and_no_panic_at_the_extremes() {
        let svg = render_svg(&chart(0.0), 320, 200);
        assert!(!svg.contains("<polygon"));
        for (y, s) in [(-0.01, -0.02), (0.25, 0.03), (0.0, 0.0)] {
            let spec = ChartSpec::PriceYield(PriceYieldChart {
                tenor_years: 0.5,
                coupon: 0.0,
                yield_now: y,
                shock: s,
                x_label: String::new(),
                y_label: String::new(),
            });
            render_svg(&spec, 200, 120);
        }
    }
}

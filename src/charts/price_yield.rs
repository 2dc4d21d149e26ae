//! Price against yield for one bond. Base layer: the exact curve, the duration tangent (a straight
//! line, drawn as one segment) and the duration-plus-convexity parabola through today's point,
//! over a yield range fixed for the bond (the whole slider's reach). Overlay: the shocked point,
//! where the tangent lands, and the gap between curve and tangent over the shock, shaded.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::{drawable, themed, tick, Layer, LayerResult, Style, XMap};
use crate::model::bond::{Analytics, Bond};

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

/// Points drawn for each curve.
const SAMPLES: usize = 160;
/// The shock slider's reach (decimals), so the axes never move while the reader drags it.
pub const SHOCK_REACH: (f64, f64) = (-0.02, 0.03);

impl PriceYieldChart {
    /// The yield range shown: today's yield and every shock the slider allows, with room around.
    pub fn x_range(&self) -> (f64, f64) {
        let pad = 0.0025;
        (
            (self.yield_now + SHOCK_REACH.0 - pad).max(-0.05),
            self.yield_now + SHOCK_REACH.1 + pad,
        )
    }
}

/// The bond, its analytics today and the curves' functions.
struct Geometry {
    bond: Bond,
    now: Analytics,
}

impl Geometry {
    fn new(c: &PriceYieldChart) -> Option<Geometry> {
        let bond = Bond::new(c.tenor_years, c.coupon).ok()?;
        let now = bond.analytics(c.yield_now).ok()?;
        Some(Geometry { bond, now })
    }
    fn tangent(&self, c: &PriceYieldChart, y: f64) -> f64 {
        self.now.price * (1.0 - self.now.modified_duration * (y - c.yield_now))
    }
    fn parabola(&self, c: &PriceYieldChart, y: f64) -> f64 {
        let dy = y - c.yield_now;
        self.now.price
            * (1.0 - self.now.modified_duration * dy + 0.5 * self.now.convexity * dy * dy)
    }
}

type Chart<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

pub fn draw<DB: DrawingBackend>(
    c: &PriceYieldChart,
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    layer: Layer,
) -> LayerResult<DB> {
    let Some(g) = Geometry::new(c) else {
        return Ok(None);
    };
    let (x0, x1) = c.x_range();
    let xs: Vec<f64> = (0..=SAMPLES)
        .map(|i| x0 + (x1 - x0) * i as f64 / SAMPLES as f64)
        .collect();
    let exact: Vec<(f64, f64)> = xs
        .iter()
        .filter_map(|&y| g.bond.price(y).ok().map(|p| (y * 100.0, p)))
        .filter(|p| p.1.is_finite())
        .collect();
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in exact
        .iter()
        .map(|p| p.1)
        .chain([g.tangent(c, x0), g.tangent(c, x1)])
        .chain(xs.iter().map(|&y| g.parabola(c, y)))
        .filter(|v| v.is_finite())
    {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    // The tangent runs far below the curve at the edges: keep the view on the curve.
    let curve_lo = exact.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    lo = lo.max(curve_lo - (hi - curve_lo) * 0.35);
    if !drawable(lo, hi) || !drawable(x0, x1) {
        return Ok(None);
    }
    let pad = (hi - lo) * 0.06;
    let (lo, hi) = (lo - pad, hi + pad);

    let mut chart = ChartBuilder::on(area)
        .margin(style.px(10.0))
        .margin_left(style.px(4.0))
        .x_label_area_size(style.px(40.0))
        .y_label_area_size(style.px(58.0))
        .build_cartesian_2d(x0 * 100.0..x1 * 100.0, lo..hi)?;
    if layer.base() {
        draw_base(c, &g, &mut chart, style, &exact)?;
    }
    if layer.overlay() {
        draw_overlay(c, &g, &mut chart, style)?;
    }
    Ok(Some(XMap::of(&chart)))
}

fn draw_base<DB: DrawingBackend>(
    c: &PriceYieldChart,
    g: &Geometry,
    chart: &mut Chart<'_, DB>,
    style: &Style,
    exact: &[(f64, f64)],
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let mut mesh = chart.configure_mesh();
    themed(&mut mesh, style);
    mesh.x_labels(5)
        .y_labels(5)
        .x_desc(c.x_label.as_str())
        .y_desc(c.y_label.as_str())
        .x_label_formatter(&|v| tick(*v, 1))
        .y_label_formatter(&|v| tick(*v, 0))
        .draw()?;
    let (x0, x1) = c.x_range();
    // A straight line is two points: rounding to pixels cannot stair-step it.
    chart.draw_series(LineSeries::new(
        [
            (x0 * 100.0, g.tangent(c, x0)),
            (x1 * 100.0, g.tangent(c, x1)),
        ],
        style.palette.duration.stroke_width(style.px(1.8)),
    ))?;
    let n = SAMPLES;
    chart.draw_series(DashedLineSeries::new(
        (0..=n).map(|i| {
            let y = x0 + (x1 - x0) * i as f64 / n as f64;
            (y * 100.0, g.parabola(c, y))
        }),
        style.px(7.0),
        style.px(5.0),
        style.palette.convexity.stroke_width(style.px(2.0)),
    ))?;
    chart.draw_series(LineSeries::new(
        exact.iter().copied(),
        style.palette.exact.stroke_width(style.px(2.5)),
    ))?;
    chart.draw_series(std::iter::once(Circle::new(
        (c.yield_now * 100.0, g.now.price),
        style.px(5.0) as i32,
        style.palette.text.filled(),
    )))?;
    Ok(())
}

fn draw_overlay<DB: DrawingBackend>(
    c: &PriceYieldChart,
    g: &Geometry,
    chart: &mut Chart<'_, DB>,
    style: &Style,
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let shocked = c.yield_now + c.shock;
    let Ok(p1) = g.bond.price(shocked) else {
        return Ok(());
    };
    // The gap between the exact curve and the duration line over the shock: what duration misses.
    if c.shock != 0.0 {
        let (a, b) = if c.shock > 0.0 {
            (c.yield_now, shocked)
        } else {
            (shocked, c.yield_now)
        };
        let steps = 48;
        let top: Vec<(f64, f64)> = (0..=steps)
            .map(|i| a + (b - a) * i as f64 / steps as f64)
            .filter_map(|y| g.bond.price(y).ok().map(|p| (y * 100.0, p)))
            .collect();
        let mut band = top.clone();
        band.push((b * 100.0, g.tangent(c, b)));
        band.push((a * 100.0, g.tangent(c, a)));
        chart.draw_series(std::iter::once(Polygon::new(
            band.clone(),
            style.palette.duration.mix(0.38).filled(),
        )))?;
        band.push(band[0]);
        chart.draw_series(LineSeries::new(
            band,
            style.palette.duration.mix(0.8).stroke_width(style.px(1.0)),
        ))?;
    }
    let r = style.px(5.5) as i32;
    // The miss at the shocked yield, as a bar between the tangent and the curve: visible even
    // where the shaded gap is thin.
    chart.draw_series(LineSeries::new(
        [
            (shocked * 100.0, g.tangent(c, shocked)),
            (shocked * 100.0, p1),
        ],
        style.palette.duration.mix(0.7).stroke_width(style.px(5.0)),
    ))?;
    chart.draw_series(std::iter::once(Circle::new(
        (shocked * 100.0, g.tangent(c, shocked)),
        r,
        style.palette.duration.stroke_width(style.px(2.0)),
    )))?;
    chart.draw_series(std::iter::once(Circle::new(
        (shocked * 100.0, p1),
        r,
        style.palette.shocked.filled(),
    )))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{render_layer_svg, render_svg, ChartSpec};
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
        assert!(svg.matches("<polyline").count() >= 2, "{svg}");
        assert!(svg.contains("<polygon"));
        assert_eq!(svg.matches("<circle").count(), 3);
    }

    /// The duration line is one straight segment: two points, so it cannot stair-step.
    #[test]
    fn the_duration_line_is_a_single_segment() {
        let svg = render_layer_svg(&chart(0.01), 640, 400, Layer::Base);
        let tangent = svg
            .lines()
            .find(|l| l.contains("<polyline") && l.contains("#D55E00"))
            .expect("the duration line");
        let points = tangent
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert_eq!(points.split_whitespace().count(), 2, "{tangent}");
    }

    /// A slider move changes only the overlay: the base layer is the same for every shock.
    #[test]
    fn a_shock_leaves_the_base_layer_untouched() {
        let a = render_layer_svg(&chart(0.01), 640, 400, Layer::Base);
        let b = render_layer_svg(&chart(-0.015), 640, 400, Layer::Base);
        assert_eq!(a, b);
        assert_eq!(chart(0.01).base(), chart(-0.015).base());
        let over_a = render_layer_svg(&chart(0.01), 640, 400, Layer::Overlay);
        let over_b = render_layer_svg(&chart(-0.015), 640, 400, Layer::Overlay);
        assert_ne!(over_a, over_b);
        // The overlay has no axes: no text at all.
        assert!(!over_a.contains("<text"), "{over_a}");
    }

    /// Grid lines only where an axis is labelled: one line per tick, no faint lines between.
    #[test]
    fn grid_lines_only_at_labelled_ticks() {
        let svg = render_layer_svg(&chart(0.01), 640, 400, Layer::Base);
        let lines = svg.matches("<line").count();
        let labels = svg.matches("<text").count();
        assert!(lines <= 2 * labels + 2, "{lines} lines for {labels} labels");
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

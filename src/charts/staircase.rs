//! The bid stack as a staircase: bids from best to worst along the amount axis, each step at its
//! price (or yield), the accepted part coloured and the rest grey, the offering as a vertical line,
//! and the stop and average (or when-issued) levels as horizontal lines, so the tail is a distance.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::{drawable, plot_builder, themed, tick, tick_decimals, Layer, LayerResult, Style};
use crate::model::auction::{Bidder, Outcome};

#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub from: f64,
    pub to: f64,
    pub level: f64,
    pub accepted: f64,
    /// The reader's own bid is part of this step.
    pub reader: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StaircaseChart {
    pub steps: Vec<Step>,
    pub offering: f64,
    pub stop: f64,
    /// The average accepted price (price auctions) or the when-issued yield (yield auctions).
    pub reference: f64,
    pub x_label: String,
    pub y_label: String,
    pub decimals: usize,
    /// The level axis kept while the reader compares presets; widened only to fit the bids.
    pub fixed_levels: (f64, f64),
    /// Amount tick labels in the reader's unit: 1 for bn, 10 for 億.
    pub amount_scale: f64,
}

/// Steps from an outcome, best level first: highest price for price auctions, lowest yield for
/// yield auctions. Bids at one level form one step.
pub fn steps(outcome: &Outcome, higher_is_better: bool) -> Vec<Step> {
    let mut fills: Vec<_> = outcome
        .fills
        .iter()
        .filter(|f| f.bid.bidder != Bidder::NonCompetitive)
        .collect();
    fills.sort_by(|a, b| {
        let o = a.bid.level.total_cmp(&b.bid.level);
        if higher_is_better {
            o.reverse()
        } else {
            o
        }
    });
    let mut out: Vec<Step> = Vec::new();
    let mut x = 0.0;
    for f in fills {
        match out.last_mut() {
            Some(s) if s.level == f.bid.level => {
                s.to += f.bid.amount;
                s.accepted += f.accepted;
                s.reader |= f.bid.bidder == Bidder::Reader;
            }
            _ => out.push(Step {
                from: x,
                to: x + f.bid.amount,
                level: f.bid.level,
                accepted: f.accepted,
                reader: f.bid.bidder == Bidder::Reader,
            }),
        }
        x += f.bid.amount;
    }
    out
}

pub fn draw<DB: DrawingBackend>(
    c: &StaircaseChart,
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    layer: Layer,
) -> LayerResult<DB> {
    // The bids move with every slider: the whole chart is one layer.
    let Some(last) = c.steps.last().filter(|_| layer.base()) else {
        return Ok(None);
    };
    let x1 = last.to.max(c.offering) * 1.04;
    let levels = c
        .steps
        .iter()
        .map(|s| s.level)
        .chain([c.stop, c.reference, c.fixed_levels.0, c.fixed_levels.1])
        .filter(|v| v.is_finite());
    let (lo, hi) = levels.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
        (a.min(v), b.max(v))
    });
    let pad = ((hi - lo) * 0.06).max(1e-3);
    let (y0, y1) = (lo - pad, hi + pad);
    // A typed bid of 1e308 must not reach plotters as an axis it cannot step through.
    if !drawable(y0, y1) || !drawable(0.0, x1) {
        return Ok(None);
    }
    let mut chart = plot_builder(area, style, 36.0).build_cartesian_2d(0.0..x1, y0..y1)?;
    let d = tick_decimals(y1 - y0, 5, c.decimals);
    let mut mesh = chart.configure_mesh();
    themed(&mut mesh, style);
    mesh.x_labels(5)
        .y_labels(5)
        .x_desc(c.x_label.as_str())
        .y_desc(c.y_label.as_str())
        .x_label_formatter(&|x| tick(x * c.amount_scale, 0))
        .y_label_formatter(&|y| tick(*y, d))
        .draw()?;
    let accepted = style.palette.exact;
    let rejected = style.palette.grid;
    for s in &c.steps {
        let cut = s.from + s.accepted;
        if s.accepted > 0.0 {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(s.from, y0), (cut, s.level)],
                accepted.mix(0.75).filled(),
            )))?;
        }
        if cut < s.to {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(cut, y0), (s.to, s.level)],
                rejected.filled(),
            )))?;
        }
        if s.reader {
            chart.draw_series(std::iter::once(Rectangle::new(
                [(s.from, y0), (s.to, s.level)],
                style.palette.shocked.stroke_width(style.px(3.0)),
            )))?;
        }
    }
    // The offering, the stop and the reference level.
    chart.draw_series(LineSeries::new(
        [(c.offering, y0), (c.offering, y1)],
        style.palette.text.stroke_width(style.px(2.0)),
    ))?;
    chart.draw_series(LineSeries::new(
        [(0.0, c.stop), (x1, c.stop)],
        style.palette.duration.stroke_width(style.px(2.0)),
    ))?;
    if c.reference.is_finite() {
        chart.draw_series(DashedLineSeries::new(
            [(0.0, c.reference), (x1, c.reference)],
            style.px(6.0),
            style.px(4.0),
            style.palette.convexity.stroke_width(style.px(2.0)),
        ))?;
        // The tail as a bracket at the offering line.
        chart.draw_series(std::iter::once(Rectangle::new(
            [
                (c.offering, c.stop.min(c.reference)),
                (c.offering * 1.03, c.stop.max(c.reference)),
            ],
            style.palette.duration.mix(0.35).filled(),
        )))?;
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::super::{render_svg, ChartSpec};
    use super::*;
    use crate::model::auction::{multiple_price, Bid};

    /// The chart of an auction's outcome, amounts shown at `amount_scale` units per billion.
    fn chart(o: &Outcome, steps: Vec<Step>, amount_scale: f64) -> ChartSpec {
        ChartSpec::Staircase(StaircaseChart {
            steps,
            offering: o.offering,
            stop: o.stop,
            reference: o.average,
            x_label: "Amount".into(),
            y_label: "Price".into(),
            decimals: 2,
            fixed_levels: (f64::NAN, f64::NAN),
            amount_scale,
        })
    }

    #[test]
    fn steps_run_best_first_and_split_accepted_from_rejected() {
        let bid = |amount, level| Bid {
            amount,
            level,
            bidder: Bidder::Competitive,
        };
        let o = multiple_price(
            &[
                bid(40.0, 99.5),
                bid(30.0, 100.2),
                bid(20.0, 99.8),
                bid(20.0, 99.8),
            ],
            80.0,
        );
        let s = steps(&o, true);
        assert_eq!(s.len(), 3);
        assert_eq!((s[0].level, s[0].from, s[0].to), (100.2, 0.0, 30.0));
        assert_eq!((s[1].level, s[1].to, s[1].accepted), (99.8, 70.0, 40.0));
        assert_eq!((s[2].accepted, s[2].to), (10.0, 110.0));
        let svg = render_svg(&chart(&o, s, 1.0), 500, 300);
        assert!(svg.contains("Amount") && svg.matches("<rect").count() >= 4);
    }

    /// Tick labels as short as their step allows: long ones ran into the axis title on a phone.
    #[test]
    fn price_ticks_carry_only_the_decimals_their_step_needs() {
        use super::super::tick_decimals;
        assert_eq!(tick_decimals(8.6, 5, 2), 0); // 96–104: steps of 2
        assert_eq!(tick_decimals(0.84, 5, 2), 1); // steps of 0.2
        assert_eq!(tick_decimals(0.09, 5, 3), 2); // yields 4.60–4.69: steps of 0.02
        assert_eq!(tick_decimals(0.0001, 5, 3), 3);
        assert_eq!(tick_decimals(f64::NAN, 5, 3), 3);
        assert_eq!(tick_decimals(1e300, 5, 3), 0);
    }

    /// Amounts in 億 run to five digits: the axis groups them as the page's text does.
    #[test]
    fn large_amounts_on_the_axis_are_grouped() {
        let bid = |amount, level| Bid {
            amount,
            level,
            bidder: Bidder::Competitive,
        };
        let o = multiple_price(&[bid(1200.0, 100.2), bid(1400.0, 99.8)], 1000.0);
        let svg = render_svg(&chart(&o, steps(&o, true), 10.0), 500, 300);
        assert!(svg.contains("\n10,000\n"), "{svg}");
        assert!(!svg.contains("\n10000\n"));
    }
}

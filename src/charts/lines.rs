//! Lines over time (or over maturity): yields by date, the yield curve. Missing values break a
//! line instead of dropping it to zero; lines differ by colour, dash and (in the page) a legend.

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;

use super::{drawable, plot_builder, themed, tick, Layer, LayerResult, SeriesColor, Style, XMap};

/// How to label the x axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum XAxis {
    /// x is days since 1970; labels show the year.
    Years,
    /// x is days since 1970; labels show month-day.
    MonthDay,
    /// x is years to maturity; labels show "10Y".
    Tenor,
    /// x counts something (years ahead, rounds); labels show the whole number.
    Count,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    pub color: SeriesColor,
    pub dashed: bool,
    /// (x, y) with y missing where nothing was published.
    pub points: Vec<(f64, Option<f64>)>,
    /// An optional low–high band around the line (monthly ranges), same x as `points`.
    pub band: Vec<(f64, f64, f64)>,
    /// Mark every point (for sparse, dated observations).
    pub markers: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LinesChart {
    pub x_axis: XAxis,
    pub lines: Vec<Line>,
    pub y_label: String,
    /// Vertical markers with a short label (event numbers).
    pub events: Vec<(f64, String)>,
    /// Shaded spans of x (periods to compare).
    pub spans: Vec<(f64, f64)>,
    /// The reader's cursor, as an x value.
    pub cursor: Option<f64>,
    /// Draw a line across x values where it has no value (markets closed on a holiday)
    /// instead of breaking it (nothing published).
    pub connect_gaps: bool,
    /// What follows a maturity on a tenor axis, in the reader's language ("Y", "年").
    pub tenor_unit: String,
    /// An amount whose size the reader compares (purchases a month): the axis starts at zero,
    /// so a fall of a third does not fill the plot's height.
    pub from_zero: bool,
}

/// Days since 1970 → (year, month, day), for axis labels.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (
        if m <= 2 {
            yoe + era * 400 + 1
        } else {
            yoe + era * 400
        },
        m,
        d,
    )
}

/// Where a data x sits on the axis: long time axes run in fractional years, so the axis's round
/// ticks fall on 1 January; the others keep their x.
pub fn axis_x(axis: XAxis, x: f64) -> f64 {
    match axis {
        XAxis::Years => 1970.0 + x / 365.2425,
        _ => x,
    }
}

/// The data x of an axis value (the inverse of [`axis_x`]).
pub fn data_x(axis: XAxis, v: f64) -> f64 {
    match axis {
        XAxis::Years => (v - 1970.0) * 365.2425,
        _ => v,
    }
}

/// The label of an axis tick (`x` in axis units).
pub fn x_label(axis: XAxis, x: f64, tenor_unit: &str) -> String {
    match axis {
        // Only whole years get a label; half-year ticks stay blank.
        XAxis::Years => {
            let year = x.round();
            if (x - year).abs() < 0.01 {
                format!("{year}")
            } else {
                String::new()
            }
        }
        XAxis::MonthDay => {
            let (_, m, d) = civil(x.round() as i64);
            format!("{m:02}-{d:02}")
        }
        XAxis::Tenor => format!("{}{tenor_unit}", x.round()),
        XAxis::Count if (x - x.round()).abs() < 1e-9 => format!("{}", x.round()),
        XAxis::Count => String::new(),
    }
}

pub fn draw<DB: DrawingBackend>(
    c: &LinesChart,
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    layer: Layer,
) -> LayerResult<DB> {
    let axis = c.x_axis;
    let ax = |x: f64| axis_x(axis, x);
    // Events count too, so a marker just after the last point is not cut off.
    let xs = c
        .lines
        .iter()
        .flat_map(|l| l.points.iter().map(|p| ax(p.0)))
        .chain(c.events.iter().map(|e| ax(e.0)));
    let (x0, x1) = xs.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), x| {
        (a.min(x), b.max(x))
    });
    let ys = c.lines.iter().flat_map(|l| {
        l.points
            .iter()
            .filter_map(|p| p.1)
            .chain(l.band.iter().flat_map(|b| [b.1, b.2]))
    });
    let (y0, y1) = ys.fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), y| {
        (a.min(y), b.max(y))
    });
    if !(drawable(x0, x1) && y0.is_finite() && y1.is_finite() && y1 >= y0) {
        return Ok(None);
    }
    let pad = ((y1 - y0) * 0.08).max(0.05);
    let (y0, y1) = if c.from_zero && y0 >= 0.0 {
        (0.0, y1 + pad)
    } else {
        (y0 - pad, y1 + pad)
    };
    if !drawable(y0, y1) {
        return Ok(None);
    }
    let mut chart = plot_builder(area, style, 28.0).build_cartesian_2d(x0..x1, y0..y1)?;
    if layer.overlay() {
        if let Some(x) = c.cursor {
            // Drawn below when both layers share a surface, so the base comes first there.
            if !layer.base() {
                draw_cursor(c, &mut chart, style, x, (y0, y1))?;
            }
        }
    }
    if !layer.base() {
        return Ok(Some(XMap::of(&chart)));
    }
    let y_decimals = if y1 - y0 >= 20.0 { 0 } else { 1 };
    let mut mesh = chart.configure_mesh();
    themed(&mut mesh, style);
    mesh.x_labels(if axis == XAxis::Tenor { 8 } else { 6 })
        .y_labels(5)
        .y_desc(c.y_label.as_str())
        .x_label_formatter(&|x| x_label(axis, *x, &c.tenor_unit))
        // Basis points and other large scales read as whole numbers in groups ("5,000");
        // yields in percent keep a decimal.
        .y_label_formatter(&|y| tick(*y, y_decimals))
        .draw()?;

    for &(a, b) in &c.spans {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(ax(a), y0), (ax(b), y1)],
            style.palette.grid.mix(0.45).filled(),
        )))?;
    }
    for line in &c.lines {
        let color = style.palette.series(line.color);
        if !line.band.is_empty() {
            let mut poly: Vec<(f64, f64)> = line.band.iter().map(|b| (ax(b.0), b.2)).collect();
            poly.extend(line.band.iter().rev().map(|b| (ax(b.0), b.1)));
            chart.draw_series(std::iter::once(Polygon::new(
                poly,
                color.mix(0.18).filled(),
            )))?;
        }
        // One path per run of published values; or one path across days a market was closed,
        // where a gap means "no trading", not "nothing published".
        let runs: Vec<&[(f64, Option<f64>)]> = if c.connect_gaps {
            vec![&line.points[..]]
        } else {
            line.points
                .split(|p| p.1.is_none())
                .filter(|r| !r.is_empty())
                .collect()
        };
        for run in runs {
            let pts = run.iter().filter_map(|p| p.1.map(|y| (ax(p.0), y)));
            let stroke = color.stroke_width(style.px(2.2));
            if line.markers {
                // Sparse observations: a thin joining line, the points carry the data.
                chart.draw_series(LineSeries::new(
                    pts,
                    color.mix(0.7).stroke_width(style.px(1.0)),
                ))?;
            } else if line.dashed {
                chart.draw_series(DashedLineSeries::new(
                    pts,
                    style.px(6.0),
                    style.px(4.0),
                    stroke,
                ))?;
            } else {
                chart.draw_series(LineSeries::new(pts, stroke))?;
            }
            if line.markers {
                chart.draw_series(run.iter().filter_map(|p| {
                    p.1.map(|y| Circle::new((ax(p.0), y), style.px(4.0) as i32, color.filled()))
                }))?;
            } else if run.len() == 1 {
                if let Some((x, Some(y))) = run.first() {
                    chart.draw_series(std::iter::once(Circle::new(
                        (*x, *y),
                        style.px(2.5) as i32,
                        color.filled(),
                    )))?;
                }
            }
        }
    }
    // Events on neighbouring days would print their numbers over each other on a phone: a
    // label that would touch the one before it drops to the next free row.
    let mut row_ends: Vec<i32> = Vec::new();
    for (x, label) in &c.events {
        let x = ax(*x);
        chart.draw_series(DashedLineSeries::new(
            [(x, y0), (x, y1)],
            style.px(3.0),
            style.px(3.0),
            style.palette.text.mix(0.55).stroke_width(style.px(1.0)),
        ))?;
        let left = chart.backend_coord(&(x, y1)).0;
        // Digits and capitals ("1", "A") are narrower than 0.75 em in any sans-serif; a gap besides.
        let width = (label.chars().count() as f64 * 11.0 * 0.75 + 3.0) * style.scale;
        let row = row_ends
            .iter()
            .position(|&end| end <= left)
            .unwrap_or(row_ends.len());
        let end = left + width.ceil() as i32;
        match row_ends.get_mut(row) {
            Some(e) => *e = end,
            None => row_ends.push(end),
        }
        chart.draw_series(std::iter::once(
            EmptyElement::at((x, y1))
                + Text::new(
                    label.clone(),
                    (0, row as i32 * style.px(12.0) as i32),
                    style.font(11.0),
                ),
        ))?;
    }
    if let (true, Some(x)) = (layer.overlay(), c.cursor) {
        draw_cursor(c, &mut chart, style, x, (y0, y1))?;
    }
    Ok(Some(XMap::of(&chart)))
}

/// The cursor: a vertical line at `x` and a dot on each line's nearest published value.
fn draw_cursor<DB: DrawingBackend>(
    c: &LinesChart,
    chart: &mut ChartContext<'_, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>,
    style: &Style,
    x: f64,
    (y0, y1): (f64, f64),
) -> Result<(), DrawingAreaErrorKind<DB::ErrorType>> {
    let ax = |v: f64| axis_x(c.x_axis, v);
    chart.draw_series(LineSeries::new(
        [(ax(x), y0), (ax(x), y1)],
        style.palette.text.stroke_width(style.px(1.2)),
    ))?;
    for line in &c.lines {
        let near = line
            .points
            .iter()
            .filter(|p| p.1.is_some())
            .min_by(|a, b| (a.0 - x).abs().total_cmp(&(b.0 - x).abs()));
        if let Some((px, Some(py))) = near {
            chart.draw_series(std::iter::once(Circle::new(
                (ax(*px), *py),
                style.px(4.5) as i32,
                style.palette.series(line.color).filled(),
            )))?;
            chart.draw_series(std::iter::once(Circle::new(
                (ax(*px), *py),
                style.px(4.5) as i32,
                style.palette.background.stroke_width(style.px(1.5)),
            )))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{render_svg, ChartSpec};
    use super::*;

    #[test]
    fn axis_labels() {
        assert_eq!(x_label(XAxis::Years, 2025.0, "Y"), "2025");
        assert_eq!(x_label(XAxis::Years, 2025.5, "Y"), "");
        assert!(
            (axis_x(XAxis::Years, 20089.0) - 2025.0).abs() < 0.01,
            "2025-01-01"
        );
        assert_eq!(x_label(XAxis::MonthDay, 20230.0, "Y"), "05-22");
        assert_eq!(x_label(XAxis::Tenor, 40.0, "Y"), "40Y");
    }

    /// Events a day apart on a narrow chart: their numbers stack instead of overprinting.
    #[test]
    fn close_event_labels_take_separate_rows() {
        let spec = ChartSpec::Lines(LinesChart {
            x_axis: XAxis::Tenor,
            lines: vec![Line {
                color: SeriesColor::Blue,
                dashed: false,
                points: (0..20)
                    .map(|i| (f64::from(i), Some(1.0 + f64::from(i) / 10.0)))
                    .collect(),
                band: vec![],
                markers: false,
            }],
            y_label: String::new(),
            events: vec![
                (2.0, "1".into()),
                (15.0, "2".into()),
                (15.2, "3".into()),
                (15.4, "4".into()),
            ],
            spans: vec![],
            cursor: None,
            connect_gaps: false,
            tenor_unit: "Y".into(),
            from_zero: false,
        });
        let svg = render_svg(&spec, 300, 200);
        // Event numbers are the chart's only left-anchored texts, in the events' order.
        let ys: Vec<f64> = svg
            .lines()
            .filter(|l| l.starts_with("<text") && l.contains("text-anchor=\"start\""))
            .map(|l| {
                let at = l.find(" y=\"").unwrap() + 4;
                l[at..].split('"').next().unwrap().parse().unwrap()
            })
            .collect();
        let [y1, y2, y3, y4] = ys[..] else {
            panic!("four event labels: {ys:?}");
        };
        // A label far from the others keeps the top row; the crowded ones step down.
        assert_eq!(y1, y2);
        assert!(y3 > y2 && y4 > y3, "{y2} {y3} {y4}");
    }

    #[test]
    fn missing_values_break_the_line() {
        let line = Line {
            color: SeriesColor::Blue,
            dashed: false,
            points: vec![
                (0.0, Some(1.0)),
                (1.0, Some(1.2)),
                (2.0, None),
                (3.0, Some(1.1)),
                (4.0, Some(1.3)),
            ],
            band: vec![],
            markers: false,
        };
        let spec = ChartSpec::Lines(LinesChart {
            x_axis: XAxis::Tenor,
            lines: vec![line],
            y_label: "Yield (%)".into(),
            events: vec![(1.5, "1".into())],
            spans: vec![(0.5, 1.0)],
            cursor: Some(3.0),
            connect_gaps: false,
            tenor_unit: "Y".into(),
            from_zero: false,
        });
        let svg = render_svg(&spec, 500, 300);
        // Two runs of values: two separate solid paths (plus axis/cursor lines).
        assert!(svg.matches("<polyline").count() >= 3, "{svg}");
        assert!(svg.contains("Yield (%)"));
    }

    /// Joined lines bridge a gap with one path; unjoined ones break there.
    #[test]
    fn connected_gaps_draw_one_path() {
        let spec = |connect_gaps| {
            ChartSpec::Lines(LinesChart {
                x_axis: XAxis::Tenor,
                lines: vec![Line {
                    color: SeriesColor::Red,
                    dashed: false,
                    points: vec![
                        (0.0, Some(1.0)),
                        (1.0, Some(1.2)),
                        (2.0, None),
                        (3.0, Some(1.1)),
                        (4.0, Some(1.3)),
                    ],
                    band: vec![],
                    markers: false,
                }],
                y_label: String::new(),
                events: vec![],
                spans: vec![],
                cursor: None,
                connect_gaps,
                tenor_unit: "Y".into(),
                from_zero: false,
            })
        };
        let paths = |svg: String| {
            svg.lines()
                .filter(|l| l.contains("polyline") && l.contains("#D55E00"))
                .count()
        };
        assert_eq!(paths(render_svg(&spec(false), 400, 200)), 2);
        assert_eq!(paths(render_svg(&spec(true), 400, 200)), 1);
    }

    /// Dated lines on a years axis spread across the plot (every point's x is mapped).
    #[test]
    fn dated_lines_span_the_plot() {
        let points = (0..24)
            .map(|m| {
                (
                    crate::model::series::days_since_epoch(20240115 + m / 12 * 10000 + m % 12 * 100)
                        as f64,
                    Some(m as f64),
                )
            })
            .collect();
        let spec = ChartSpec::Lines(LinesChart {
            x_axis: XAxis::Years,
            lines: vec![Line {
                color: SeriesColor::Red,
                dashed: false,
                points,
                band: vec![],
                markers: false,
            }],
            y_label: String::new(),
            events: vec![],
            spans: vec![],
            cursor: None,
            connect_gaps: false,
            tenor_unit: "Y".into(),
            from_zero: false,
        });
        let svg = render_svg(&spec, 600, 300);
        let line = svg
            .lines()
            .find(|l| l.contains("#D55E00") && l.contains("polyline"))
            .expect("the line");
        let xs: Vec<f64> = line
            .split("points=\"")
            .nth(1)
            .unwrap()
            .split_whitespace()
            .filter_map(|p| p.split(',').next()?.parse().ok())
            .collect();
        let (lo, hi) = xs
            .iter()
            .fold((f64::MAX, f64::MIN), |(a, b), x| (a.min(*x), b.max(*x)));
        assert!(hi - lo > 400.0, "the line spans {lo}..{hi}");
    }

    #[test]
    fn empty_chart_draws_nothing_without_panic() {
        let spec = ChartSpec::Lines(LinesChart {
            x_axis: XAxis::Years,
            lines: vec![],
            y_label: String::new(),
            events: vec![],
            spans: vec![],
            cursor: None,
            connect_gaps: false,
            tenor_unit: "Y".into(),
            from_zero: false,
        });
        render_svg(&spec, 200, 100);
    }
}

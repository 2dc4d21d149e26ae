//! Chart drawing over any plotters `DrawingBackend`: the page draws on two stacked canvases, the
//! pre-rendered page and the tests draw the same functions to SVG natively. One `ChartSpec` says
//! what to draw; the data comes from the model, never from the chart.
//!
//! Every chart draws in two layers over one set of coordinates: the base (axes, grid, labels,
//! curves, data) changes only with the bond, the data, the size, the theme or the language; the
//! overlay (the shocked point, the gap duration misses, the cursor) changes on every move and is
//! all a slider redraws.

mod candles;
mod ladder;
mod lines;
mod price_yield;
mod staircase;

pub use candles::{candle_x, CandleChart};
pub use ladder::{ladder_rows, LadderChart, LadderRow, LADDER_TENORS};
pub use lines::{axis_x, data_x, x_label, Line, LinesChart, XAxis};
pub use price_yield::PriceYieldChart;
pub use staircase::{steps as staircase_steps, StaircaseChart, Step};

/// Where the plot area of the charts starts and ends, in CSS pixels from the canvas edges.
pub const PLOT_LEFT_CSS: f64 = 62.0;
pub const PLOT_RIGHT_CSS: f64 = 18.0;

/// Which layer to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    /// Axes, grid, labels and everything that moves only with the data.
    Base,
    /// What moves with a slider or the cursor.
    Overlay,
    /// Both, on one surface (pre-rendered images, tests).
    Both,
}

impl Layer {
    pub fn base(self) -> bool {
        self != Layer::Overlay
    }
    pub fn overlay(self) -> bool {
        self != Layer::Base
    }
}

/// The chart's own x transform: the plot area's pixel span and the axis values at its ends, so
/// a pointer maps back to data exactly, whatever the margins or the axis range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct XMap {
    pub px0: f64,
    pub px1: f64,
    pub v0: f64,
    pub v1: f64,
}

impl XMap {
    /// The axis value at a pixel (clamped to the plot area).
    pub fn value_at(&self, px: f64) -> f64 {
        if self.px1 <= self.px0 {
            return self.v0;
        }
        let t = ((px - self.px0) / (self.px1 - self.px0)).clamp(0.0, 1.0);
        self.v0 + t * (self.v1 - self.v0)
    }
    /// The pixel of an axis value.
    pub fn pixel_of(&self, v: f64) -> f64 {
        if self.v1 == self.v0 {
            return self.px0;
        }
        self.px0 + (v - self.v0) / (self.v1 - self.v0) * (self.px1 - self.px0)
    }
    fn of<DB: DrawingBackend, Y: plotters::coord::ranged1d::Ranged>(
        chart: &plotters::chart::ChartContext<
            '_,
            DB,
            Cartesian2d<plotters::coord::types::RangedCoordf64, Y>,
        >,
    ) -> XMap {
        let (px, _) = chart.plotting_area().get_pixel_range();
        let range = chart.x_range();
        XMap {
            px0: f64::from(px.start),
            px1: f64::from(px.end),
            v0: range.start,
            v1: range.end,
        }
    }
}

/// True when a range can be drawn: finite ends, in order, not empty. Plotters loops forever on
/// an infinite axis, so every chart checks its ranges before building one.
pub fn drawable(lo: f64, hi: f64) -> bool {
    lo.is_finite() && hi.is_finite() && hi > lo && (hi - lo) < 1e12
}

/// The colours a data line can take (Okabe–Ito, safe for colour-blind readers).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesColor {
    Blue,
    Red,
    Orange,
    Green,
    Purple,
    Sky,
    Grey,
}

use plotters::coord::Shift;
use plotters::prelude::*;

/// Colours that stay apart for colour-blind readers (Okabe–Ito) in light and dark mode. Lines are
/// also told apart by dash and by the legend's words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    pub exact: RGBColor,
    pub duration: RGBColor,
    pub convexity: RGBColor,
    pub shocked: RGBColor,
    pub gain: RGBColor,
}

impl Palette {
    /// The candles' red (the series' "red" is the colour-blind-safe vermillion, which reads as
    /// orange beside it).
    pub fn candle_red(&self) -> RGBColor {
        if self.background.0 < 128 {
            RGBColor(240, 95, 95)
        } else {
            RGBColor(204, 33, 45)
        }
    }

    pub fn series(&self, c: SeriesColor) -> RGBColor {
        let dark = self.background.0 < 128;
        match (c, dark) {
            (SeriesColor::Blue, false) => RGBColor(0, 114, 178),
            (SeriesColor::Blue, true) => RGBColor(86, 180, 233),
            (SeriesColor::Red, false) => RGBColor(213, 94, 0),
            (SeriesColor::Red, true) => RGBColor(240, 130, 60),
            (SeriesColor::Orange, _) => RGBColor(230, 159, 0),
            (SeriesColor::Green, false) => RGBColor(0, 158, 115),
            (SeriesColor::Green, true) => RGBColor(60, 200, 150),
            (SeriesColor::Purple, _) => RGBColor(204, 121, 167),
            (SeriesColor::Sky, false) => RGBColor(86, 160, 210),
            (SeriesColor::Sky, true) => RGBColor(150, 210, 240),
            (SeriesColor::Grey, false) => RGBColor(110, 110, 110),
            (SeriesColor::Grey, true) => RGBColor(170, 170, 170),
        }
    }

    pub const LIGHT: Palette = Palette {
        background: RGBColor(255, 255, 255),
        text: RGBColor(34, 34, 34),
        grid: RGBColor(224, 224, 224),
        exact: RGBColor(0, 114, 178),
        duration: RGBColor(213, 94, 0),
        convexity: RGBColor(0, 128, 96),
        shocked: RGBColor(204, 121, 167),
        gain: RGBColor(0, 114, 178),
    };
    pub const DARK: Palette = Palette {
        background: RGBColor(24, 26, 31),
        text: RGBColor(230, 230, 230),
        grid: RGBColor(60, 64, 72),
        exact: RGBColor(86, 180, 233),
        duration: RGBColor(240, 150, 70),
        convexity: RGBColor(60, 200, 150),
        shocked: RGBColor(230, 160, 200),
        gain: RGBColor(86, 180, 233),
    };
}

/// How to draw: colours, and the device-pixel scale every size is multiplied by (HiDPI).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    pub palette: Palette,
    pub scale: f64,
}

impl Style {
    pub fn px(&self, css_px: f64) -> u32 {
        (css_px * self.scale).round().max(1.0) as u32
    }
    /// A generic font family, so text measures the same everywhere and needs no web font.
    pub fn font(&self, css_px: f64) -> TextStyle<'static> {
        ("sans-serif", css_px * self.scale)
            .into_font()
            .color(&self.palette.text)
    }
}

/// Everything the lesson can draw on one canvas.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartSpec {
    PriceYield(PriceYieldChart),
    Ladder(LadderChart),
    Lines(LinesChart),
    Candles(CandleChart),
    Staircase(StaircaseChart),
}

/// A chart builder whose plot area sits `PLOT_LEFT_CSS` / `PLOT_RIGHT_CSS` from the canvas edges,
/// so pointer positions map back to data (dated charts and the auction staircase).
pub(crate) fn plot_builder<'a, 'b, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    style: &Style,
    x_label_area: f64,
) -> ChartBuilder<'a, 'b, DB> {
    let mut builder = ChartBuilder::on(area);
    builder
        .margin_top(style.px(14.0))
        .margin_bottom(style.px(6.0))
        .margin_left(style.px(PLOT_LEFT_CSS - 52.0))
        .margin_right(style.px(PLOT_RIGHT_CSS))
        .x_label_area_size(style.px(x_label_area))
        .y_label_area_size(style.px(52.0));
    builder
}

/// An axis tick, written as the page writes every number: a true minus sign, never a negative
/// zero, halves rounded as the reader would, thousands grouped ("10,000").
pub(crate) fn tick(value: f64, decimals: usize) -> String {
    crate::i18n::num(value, decimals)
}

/// Decimals an axis of `span` with at most `labels` ticks needs: plotters steps by 1, 2 or 5
/// times a power of ten, at least `span / labels` apart, so a price axis from 96 to 104 reads
/// "100", not "100.00". At most `most`.
pub(crate) fn tick_decimals(span: f64, labels: usize, most: usize) -> usize {
    let step = span / labels.max(1) as f64;
    if !step.is_finite() || step <= 0.0 {
        return most;
    }
    let needed = -step.log10().floor();
    if needed <= 0.0 {
        0
    } else {
        (needed as usize).min(most)
    }
}

/// The lesson's axis and grid look, shared by every chart.
pub(crate) fn themed<X, Y, DB>(
    mesh: &mut plotters::chart::MeshStyle<'_, '_, X, Y, DB>,
    style: &Style,
) where
    X: plotters::coord::ranged1d::Ranged,
    Y: plotters::coord::ranged1d::Ranged,
    DB: DrawingBackend,
{
    // Grid lines at the labelled ticks only. Plotters' default adds up to ten faint lines between
    // two labels: at phone size a grey texture, and six canvas calls each on every redraw (the
    // auction and the loop redraw their whole chart as their sliders move). Transparent lines are
    // skipped by both backends; `max_light_lines(0)` would overflow in plotters' integer axes.
    mesh.light_line_style(TRANSPARENT)
        .bold_line_style(style.palette.grid)
        .axis_style(style.palette.text.mix(0.6))
        .label_style(style.font(12.0))
        .axis_desc_style(style.font(12.0));
}

pub type DrawResult<DB> = Result<(), DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;
/// A drawn layer, with the x transform where the chart maps pointers.
pub type LayerResult<DB> =
    Result<Option<XMap>, DrawingAreaErrorKind<<DB as DrawingBackend>::ErrorType>>;

impl ChartSpec {
    /// The spec with its moving parts set aside: equal for two specs whose base layers are the
    /// same, so a slider move redraws only the overlay.
    pub fn base(&self) -> ChartSpec {
        match self {
            ChartSpec::PriceYield(c) => ChartSpec::PriceYield(PriceYieldChart {
                shock: 0.0,
                ..c.clone()
            }),
            ChartSpec::Lines(c) => ChartSpec::Lines(LinesChart {
                cursor: None,
                ..c.clone()
            }),
            ChartSpec::Candles(c) => ChartSpec::Candles(CandleChart {
                cursor: None,
                ..c.clone()
            }),
            ChartSpec::Ladder(_) | ChartSpec::Staircase(_) => self.clone(),
        }
    }
}

/// Draws one layer (or both) of a chart filling `area`. The base fills the background; the
/// overlay draws on a transparent surface above it.
pub fn draw<DB: DrawingBackend>(
    spec: &ChartSpec,
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    layer: Layer,
) -> LayerResult<DB> {
    if layer.base() {
        area.fill(&style.palette.background)?;
    }
    match spec {
        ChartSpec::PriceYield(c) => price_yield::draw(c, area, style, layer),
        ChartSpec::Ladder(c) => ladder::draw(c, area, style, layer),
        ChartSpec::Lines(c) => lines::draw(c, area, style, layer),
        ChartSpec::Candles(c) => candles::draw(c, area, style, layer),
        ChartSpec::Staircase(c) => staircase::draw(c, area, style, layer),
    }
}

/// A whole chart as SVG text: the pre-rendered page's images and the tests.
#[cfg(any(test, not(target_arch = "wasm32")))]
pub fn render_svg_styled(spec: &ChartSpec, w: u32, h: u32, style: &Style) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        // A chart that cannot draw leaves its background: never a panic, never a hang.
        let _ = draw(spec, &root, style, Layer::Both);
        let _ = root.present();
    }
    svg
}

#[cfg(test)]
pub(crate) fn render_svg(spec: &ChartSpec, w: u32, h: u32) -> String {
    render_svg_styled(
        spec,
        w,
        h,
        &Style {
            palette: Palette::LIGHT,
            scale: 1.0,
        },
    )
}

/// One layer alone as SVG (tests of the layer split).
#[cfg(test)]
pub(crate) fn render_layer_svg(spec: &ChartSpec, w: u32, h: u32, layer: Layer) -> String {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (w, h)).into_drawing_area();
        let style = Style {
            palette: Palette::LIGHT,
            scale: 1.0,
        };
        draw(spec, &root, &style, layer).expect("layer draws");
        root.present().expect("svg presents");
    }
    svg
}

//! One dated (or by-maturity) line chart with everything a reader needs around it: a cursor that
//! follows pointer, touch and keyboard and reads the values out, a legend, a text alternative and
//! the data as a table. The widgets only build the rows.

use yew::prelude::*;

use super::announce::Announce;
use super::canvas_chart::{CanvasChart, Pointed};
use super::chart_cursor::{nearest, CursorSlider};
use super::data_table::DataTable;
use super::use_lang;
use crate::charts::{axis_x, ChartSpec, Line, LinesChart, SeriesColor, XAxis};
use crate::i18n::{num, tr, Lang, T};

/// One x position: its label (date, month or maturity) and one value per column.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartRow {
    pub x: f64,
    pub label: String,
    pub values: Vec<Option<f64>>,
    /// Low–high range per column, where the row stands for a month.
    pub ranges: Vec<Option<(f64, f64)>>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Used in test ids: `{testid}-value-{key}`.
    pub key: &'static str,
    pub label: String,
    pub color: SeriesColor,
    pub dashed: bool,
    /// Mark each point (sparse observations).
    pub markers: bool,
}

impl Column {
    pub fn new(key: &'static str, label: String, color: SeriesColor, dashed: bool) -> Column {
        Column {
            key,
            label,
            color,
            dashed,
            markers: false,
        }
    }
}

/// What a missing value means, so the readout says so rather than going quiet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Missing {
    /// The publisher printed nothing that day.
    #[default]
    NotPublished,
    /// A market holiday: the readout gives the last close before it.
    MarketClosed,
    /// Sparse observations (auctions): nothing happened that day, so nothing is read out.
    NoObservation,
    /// A model run that left the chart (the toy loop past its cap): nothing was published, the
    /// value is just too large to draw.
    PastChart,
}

#[derive(Properties, PartialEq)]
pub struct LineChartPanelProps {
    pub testid: AttrValue,
    pub title: AttrValue,
    pub x_axis: XAxis,
    pub columns: Vec<Column>,
    pub rows: Vec<ChartRow>,
    #[prop_or_default]
    pub events: Vec<(f64, String)>,
    #[prop_or_default]
    pub spans: Vec<(f64, f64)>,
    /// The row the cursor starts on.
    pub start: usize,
    pub first_column: AttrValue,
    pub cursor_label: AttrValue,
    /// Height as a percentage of width.
    #[prop_or(58)]
    pub aspect: u8,
    /// Join lines across days a market was closed.
    #[prop_or_default]
    pub connect_gaps: bool,
    /// Start the y axis at zero (amounts, not yields).
    #[prop_or_default]
    pub from_zero: bool,
    /// The y axis caption; yields in percent by default.
    #[prop_or_default]
    pub y_label: Option<AttrValue>,
    /// How values are written: decimals and unit.
    #[prop_or(3)]
    pub decimals: usize,
    #[prop_or_else(|| AttrValue::from("%"))]
    pub suffix: AttrValue,
    #[prop_or_default]
    pub missing: Missing,
}

/// A row's value in a column, if it has one (no indexing that could panic).
fn value_at(row: &ChartRow, c: usize) -> Option<f64> {
    row.values.get(c).copied().flatten()
}

/// The chart's lines, one per column.
fn chart_lines(props: &LineChartPanelProps) -> Vec<Line> {
    props
        .columns
        .iter()
        .enumerate()
        .map(|(c, col)| Line {
            color: col.color,
            dashed: col.dashed,
            points: props.rows.iter().map(|r| (r.x, value_at(r, c))).collect(),
            band: props
                .rows
                .iter()
                .filter_map(|r| {
                    r.ranges
                        .get(c)
                        .copied()
                        .flatten()
                        .map(|(lo, hi)| (r.x, lo, hi))
                })
                .collect(),
            markers: col.markers,
        })
        .collect()
}

/// How the panel reads its rows aloud and in text.
struct Reader<'a> {
    props: &'a LineChartPanelProps,
    lang: Lang,
}

impl Reader<'_> {
    fn fmt(&self, v: f64) -> String {
        format!("{}{}", num(v, self.props.decimals), self.props.suffix)
    }
    /// A column's reading on row `i`: its value, or what its absence means.
    fn reading(&self, i: usize, c: usize) -> Option<String> {
        let (rows, lang) = (&self.props.rows, self.lang);
        match (rows.get(i).and_then(|r| value_at(r, c)), self.props.missing) {
            // A row that stands for a period (a month) reads its range too, as its table cell
            // does: the close alone would hide the period's extreme, which the text may be about.
            (Some(v), _) => Some(match rows[i].ranges.get(c).copied().flatten() {
                Some((lo, hi)) => tr::ValueWithRange {
                    value: &self.fmt(v),
                    low: &self.fmt(lo),
                    high: &self.fmt(hi),
                }
                .text(lang),
                None => self.fmt(v),
            }),
            (None, Missing::NoObservation) => None,
            (None, Missing::NotPublished) => Some(T::NoValue.get(lang).to_string()),
            (None, Missing::PastChart) => Some(T::PastChart.get(lang).to_string()),
            (None, Missing::MarketClosed) => Some(
                match rows[..i.min(rows.len())]
                    .iter()
                    .rev()
                    .find_map(|p| value_at(p, c))
                {
                    Some(last) => tr::MarketClosed {
                        last: &self.fmt(last),
                    }
                    .text(lang),
                    None => T::NoValue.get(lang).to_string(),
                },
            ),
        }
    }
    fn values(&self, i: usize) -> String {
        let parts: Vec<String> = self
            .props
            .columns
            .iter()
            .enumerate()
            .filter_map(|(c, col)| self.reading(i, c).map(|v| format!("{} {v}", col.label)))
            .collect();
        parts.join(T::ListSep.get(self.lang))
    }
    fn label(&self, i: usize) -> &str {
        self.props.rows.get(i).map_or("", |r| r.label.as_str())
    }
    fn row_text(&self, i: usize) -> String {
        tr::CursorReadout {
            label: self.label(i),
            values: &self.values(i),
        }
        .text(self.lang)
    }
    /// The text alternative of the whole chart.
    fn alt(&self) -> String {
        let last = self.props.rows.len().saturating_sub(1);
        tr::ChartAltSeries {
            title: &self.props.title,
            from: self.label(0),
            to: self.label(last),
            latest: &self.values(last),
        }
        .text(self.lang)
    }
}

/// The rows as the data table shows them, built only when the table opens.
fn table_rows(props: &LineChartPanelProps, lang: Lang) -> Callback<(), Vec<(String, Vec<String>)>> {
    let (rows, decimals) = (props.rows.clone(), props.decimals);
    Callback::from(move |()| {
        rows.iter()
            .map(|r| {
                let cells = r
                    .values
                    .iter()
                    .enumerate()
                    .map(|(c, v)| cell_text(lang, *v, r.ranges.get(c).copied().flatten(), decimals))
                    .collect();
                (r.label.clone(), cells)
            })
            .collect()
    })
}

#[function_component(LineChartPanel)]
pub fn line_chart_panel(props: &LineChartPanelProps) -> Html {
    crate::counted!("LineChartPanel");
    let lang = use_lang();
    // The cursor is kept as an x value so it survives a change of rows (range presets).
    let cursor_x = use_state(|| None::<f64>);
    let xs: Vec<f64> = props.rows.iter().map(|r| r.x).collect();
    let index = match *cursor_x {
        Some(x) => nearest(&xs, x),
        None => props.start.min(xs.len().saturating_sub(1)),
    };
    let Some(row) = props.rows.get(index) else {
        return html! {};
    };
    let reader = Reader { props, lang };
    let spec = ChartSpec::Lines(LinesChart {
        x_axis: props.x_axis,
        lines: chart_lines(props),
        y_label: props
            .y_label
            .as_ref()
            .map_or_else(|| T::YieldPct.get(lang).to_string(), |l| l.to_string()),
        events: props.events.clone(),
        spans: props.spans.clone(),
        cursor: Some(row.x),
        connect_gaps: props.connect_gaps,
        tenor_unit: T::TenorTick.get(lang).into(),
        from_zero: props.from_zero,
    });
    let on_pointer = {
        let (cursor_x, xs, axis) = (cursor_x.clone(), xs.clone(), props.x_axis);
        // The chart reports the axis value under the pointer; the nearest row takes the cursor.
        // Axis positions once per render, not on every pointer move.
        let on_axis: Vec<f64> = xs.iter().map(|x| axis_x(axis, *x)).collect();
        Callback::from(move |p: Pointed| cursor_x.set(xs.get(p.nearest(&on_axis)).copied()))
    };
    let on_slider = {
        let (cursor_x, xs) = (cursor_x.clone(), xs.clone());
        Callback::from(move |i: usize| cursor_x.set(xs.get(i).copied()))
    };
    let testid = props.testid.to_string();
    let headers: Vec<AttrValue> = std::iter::once(props.first_column.clone())
        .chain(
            props
                .columns
                .iter()
                .map(|c| AttrValue::from(c.label.clone())),
        )
        .collect();
    html! {
        <div class="line-panel">
            <ul class="legend">
                { for props.columns.iter().map(|c| html! {
                    <li><span class={classes!("swatch", if c.markers { "marked" } else if c.dashed { "dashed" } else { "line" }, color_class(c.color))}></span>{ &c.label }</li>
                }) }
            </ul>
            <CanvasChart {spec} label={props.title.clone()} testid={format!("{testid}-canvas")}
                aspect={props.aspect} on_pointer={Some(on_pointer)} />
            <p class="sr-only">{ reader.alt() }</p>
            <CursorSlider id={format!("{testid}-cursor")} label={props.cursor_label.clone()} chart={props.title.clone()}
                len={props.rows.len()} {index} value_text={reader.row_text(index)} onchange={on_slider} />
            <p class="readout-line" data-testid={format!("{testid}-readout")}>
                <strong>{ &row.label }</strong>{ " " }
                { for props.columns.iter().enumerate().filter_map(|(c, col)| reader.reading(index, c).map(|text| (col, value_at(row, c), text))).map(|(col, v, text)| html! {
                    <span class={classes!("reading", v.is_none().then_some("missing"))} data-testid={format!("{testid}-value-{}", col.key)}
                        data-value={v.map(|v| v.to_string()).unwrap_or_default()}>
                        <span class={classes!("swatch", "dot", color_class(col.color))}></span>
                        { &col.label }{ " " }
                        <b>{ text }</b>
                    </span>
                }) }
            </p>
            <Announce text={reader.row_text(index)} />
            <DataTable testid={testid.clone()} {headers} rows={table_rows(props, lang)} />
        </div>
    }
}

fn cell_text(lang: Lang, v: Option<f64>, range: Option<(f64, f64)>, d: usize) -> String {
    match (v, range) {
        (Some(v), Some((lo, hi))) => tr::ValueWithRange {
            value: &num(v, d),
            low: &num(lo, d),
            high: &num(hi, d),
        }
        .text(lang),
        (Some(v), None) => num(v, d),
        (None, _) => "–".into(),
    }
}

pub fn color_class(c: SeriesColor) -> &'static str {
    match c {
        SeriesColor::Blue => "c-blue",
        SeriesColor::Red => "c-red",
        SeriesColor::Orange => "c-orange",
        SeriesColor::Green => "c-green",
        SeriesColor::Purple => "c-purple",
        SeriesColor::Sky => "c-sky",
        SeriesColor::Grey => "c-grey",
    }
}

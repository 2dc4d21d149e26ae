//! One dated (or by-maturity) line chart with everything a reader needs around it: a cursor that
//! follows pointer, touch and keyboard and reads the values out, a legend, a text alternative and
//! the data as a table. The widgets only build the rows.

use yew::prelude::*;

use super::announce::Announce;
use super::canvas_chart::CanvasChart;
use super::chart_cursor::{nearest, CursorSlider};
use super::data_table::DataTable;
use super::use_lang;
use crate::charts::{data_x, ChartSpec, Line, LinesChart, SeriesColor, XAxis};
use crate::i18n::{num, tr, T};

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
    /// The y axis caption; yields in percent by default.
    #[prop_or_default]
    pub y_label: Option<AttrValue>,
    /// How values are written: decimals and unit.
    #[prop_or(3)]
    pub decimals: usize,
    #[prop_or_else(|| AttrValue::from("%"))]
    pub suffix: AttrValue,
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

    let lines: Vec<Line> = props
        .columns
        .iter()
        .enumerate()
        .map(|(c, col)| Line {
            color: col.color,
            dashed: col.dashed,
            points: props.rows.iter().map(|r| (r.x, r.values[c])).collect(),
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
        .collect();
    let (decimals, suffix) = (props.decimals, props.suffix.to_string());
    let fmt = move |v: f64| format!("{}{suffix}", num(v, decimals));
    let spec = ChartSpec::Lines(LinesChart {
        x_axis: props.x_axis,
        lines,
        y_label: props
            .y_label
            .as_ref()
            .map_or_else(|| T::YieldPct.get(lang).to_string(), |l| l.to_string()),
        events: props.events.clone(),
        spans: props.spans.clone(),
        cursor: Some(row.x),
        connect_gaps: props.connect_gaps,
    });

    let value_text = |r: &ChartRow| -> String {
        let parts: Vec<String> = props
            .columns
            .iter()
            .zip(&r.values)
            .map(|(col, v)| match v {
                Some(v) => format!("{} {}", col.label, fmt(*v)),
                None => format!("{} {}", col.label, T::NoValue.get(lang)),
            })
            .collect();
        tr::CursorReadout {
            label: &r.label,
            values: &parts.join(", "),
        }
        .text(lang)
    };
    let on_pointer = {
        let (cursor_x, xs, axis) = (cursor_x.clone(), xs.clone(), props.x_axis);
        // The chart reports the axis value under the pointer; the nearest row takes the cursor.
        Callback::from(move |v: f64| cursor_x.set(xs.get(nearest(&xs, data_x(axis, v))).copied()))
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
    let table_rows = {
        let rows = props.rows.clone();
        Callback::from(move |()| {
            rows.iter()
                .map(|r| {
                    let cells = r
                        .values
                        .iter()
                        .enumerate()
                        .map(|(c, v)| cell_text(*v, r.ranges.get(c).copied().flatten(), decimals))
                        .collect();
                    (r.label.clone(), cells)
                })
                .collect()
        })
    };
    let first = &props.rows[0];
    let last = &props.rows[props.rows.len() - 1];
    let alt = tr::ChartAltSeries {
        title: &props.title,
        from: &first.label,
        to: &last.label,
        latest: &value_text(last),
    }
    .text(lang);

    html! {
        <div class="line-panel">
            <ul class="legend">
                { for props.columns.iter().map(|c| html! {
                    <li><span class={classes!("swatch", if c.dashed { "dashed" } else { "line" }, color_class(c.color))}></span>{ &c.label }</li>
                }) }
            </ul>
            <CanvasChart {spec} label={props.title.clone()} testid={format!("{testid}-canvas")}
                aspect={props.aspect} on_pointer={Some(on_pointer)} />
            <p class="sr-only">{ alt }</p>
            <CursorSlider id={format!("{testid}-cursor")} label={props.cursor_label.clone()}
                len={props.rows.len()} {index} value_text={value_text(row)} onchange={on_slider} />
            <p class="readout-line" data-testid={format!("{testid}-readout")}>
                <strong>{ &row.label }</strong>{ " " }
                // Where lines join across gaps, a gap is "nothing that day", not a missing value.
                { for props.columns.iter().zip(&row.values).filter(|(_, v)| !(props.connect_gaps && v.is_none())).map(|(c, v)| html! {
                    <span class="reading" data-testid={format!("{testid}-value-{}", c.key)}
                        data-value={v.map(|v| v.to_string()).unwrap_or_default()}>
                        <span class={classes!("swatch", "dot", color_class(c.color))}></span>
                        { &c.label }{ " " }
                        <b>{ v.map(fmt.clone()).unwrap_or_else(|| T::NoValue.get(lang).to_string()) }</b>
                    </span>
                }) }
            </p>
            <Announce text={value_text(row)} />
            <DataTable testid={testid.clone()} headers={headers} rows={table_rows} />
        </div>
    }
}

fn cell_text(v: Option<f64>, range: Option<(f64, f64)>, d: usize) -> String {
    match (v, range) {
        (Some(v), Some((lo, hi))) => format!("{} ({}–{})", num(v, d), num(lo, d), num(hi, d)),
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

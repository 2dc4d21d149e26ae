//! The article's chart: JGB yields since 2007 (10-year blue, 40-year red; 20 and 30 switchable),
//! with period presets, from the Ministry of Finance's data.

use yew::prelude::*;

use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::source_note::SourceNote;
use super::toggle_group::{choices, toggle_group};
use super::{use_dispatch, use_lang};
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{tr, Lang, T};
use crate::model::checks::record_series_start;
use crate::model::data::SourceId;
use crate::model::dataset::{JGB_DAILY_2025, JGB_MONTHLY};
use crate::model::series::{days_since_epoch, iso, pct};
use crate::model::url_state::{JgbRange, JGB_TENORS};
use crate::state::Action;

/// 10-year blue and 40-year red as in the article; the 20-year purple (not an orange next to the
/// 40-year's red), the 30-year green, both dashed.
const COLORS: [(SeriesColor, bool); 4] = [
    (SeriesColor::Blue, false),
    (SeriesColor::Purple, true),
    (SeriesColor::Green, true),
    (SeriesColor::Red, false),
];
const KEYS: [&str; 4] = ["jgb10", "jgb20", "jgb30", "jgb40"];

fn rows(range: JgbRange, shown: &[usize]) -> Vec<ChartRow> {
    match range {
        JgbRange::May2025 => JGB_DAILY_2025
            .iter()
            .filter(|d| (20250501..=20250531).contains(&d.date))
            .map(|d| ChartRow {
                x: days_since_epoch(d.date) as f64,
                label: iso(d.date),
                values: shown.iter().map(|&i| pct(d.values[i])).collect(),
                ranges: vec![],
            })
            .collect(),
        _ => {
            let from = if range == JgbRange::Since2022 {
                202201
            } else {
                0
            };
            JGB_MONTHLY
                .iter()
                .filter(|m| m.month >= from)
                .map(|m| ChartRow {
                    x: days_since_epoch(m.last_day) as f64,
                    label: format!("{}-{:02}", m.month / 100, m.month % 100),
                    values: shown.iter().map(|&i| pct(m.end[i])).collect(),
                    ranges: shown
                        .iter()
                        .map(|&i| pct(m.low[i]).zip(pct(m.high[i])))
                        .collect(),
                })
                .collect()
        }
    }
}

pub fn tenor_label(lang: Lang, i: usize) -> String {
    tr::JgbTenor {
        years: &JGB_TENORS[i].to_string(),
    }
    .text(lang)
}

#[derive(Properties, PartialEq)]
pub struct JgbYieldsProps {
    pub range: JgbRange,
    pub tenors: [bool; 4],
}

#[function_component(JgbYields)]
pub fn jgb_yields(props: &JgbYieldsProps) -> Html {
    crate::counted!("JgbYields");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let (range, tenors) = (props.range, props.tenors);
    let shown: Vec<usize> = (0..4).filter(|&i| tenors[i]).collect();
    let rows = rows(range, &shown);
    let columns: Vec<Column> = shown
        .iter()
        .map(|&i| Column::new(KEYS[i], tenor_label(lang, i), COLORS[i].0, COLORS[i].1))
        .collect();
    // The cursor opens on the event, not on the latest month: on 22 May 2025 (the super-long
    // peak) or on May 2025 among months. Later, higher yields are said in the prose.
    let start = rows
        .iter()
        .position(|r| r.label == "2025-05-22" || r.label == "2025-05")
        .unwrap_or(rows.len().saturating_sub(1));
    // May 2025 marked on the long views.
    let spans = match range {
        JgbRange::May2025 => vec![],
        _ => vec![(
            days_since_epoch(20250501) as f64,
            days_since_epoch(20250531) as f64,
        )],
    };

    // The chart always shows a line: the last one ticked cannot be unticked, and says so.
    let last = tenors.iter().filter(|on| **on).count() == 1;
    let tenor_box = |i: usize| {
        let dispatch = dispatch.clone();
        let id = format!("jgb-tenor-{}", JGB_TENORS[i]);
        let locked = last && tenors[i];
        html! {
            <label class="check" for={id.clone()}>
                <input type="checkbox" id={id.clone()} data-testid={id} checked={tenors[i]} disabled={locked}
                    aria-describedby={locked.then_some("jgb-tenor-last")}
                    onchange={Callback::from(move |_| dispatch.dispatch(Action::ToggleJgbTenor(i)))} />
                { tenor_label(lang, i) }
            </label>
        }
    };
    let as_of = iso(JGB_MONTHLY.last().map_or(0, |m| m.last_day));
    let (x_axis, first_column) = match range {
        JgbRange::May2025 => (XAxis::MonthDay, T::ColDate),
        _ => (XAxis::Years, T::ColMonth),
    };
    html! {
        <div class="data-widget">
            <p>{ T::JgbYieldsIntro.get(lang) }</p>
            <p class="article-vs-data">{ tr::ArticleFirst40 { start: record_series_start(40).unwrap_or_default() }.text(lang) }</p>
            <div class="controls-row">
                { toggle_group(
                    lang,
                    (T::RangeLabel, false),
                    choices(
                        &[(JgbRange::Since2007, T::RangeSince2007), (JgbRange::Since2022, T::RangeSince2022), (JgbRange::May2025, T::RangeMay2025)],
                        |r| format!("jgb-range-{}", r.id()),
                    ),
                    range,
                    &dispatch,
                    Action::SetJgbRange,
                ) }
                <fieldset class="checks">
                    <legend>{ T::TenorsLabel.get(lang) }</legend>
                    { for (0..4).map(tenor_box) }
                    if last {
                        <p class="hint" id="jgb-tenor-last">{ T::LastTenorHint.get(lang) }</p>
                    }
                </fieldset>
            </div>
            <LineChartPanel testid="jgb-yields" title={T::WJgbYields.get(lang)} {x_axis}
                {columns} {rows} {start} {spans} first_column={first_column.get(lang)}
                cursor_label={T::MoveCursor.get(lang)} />
            <SourceNote series={vec![(SourceId::MofYields, as_of)]} />
        </div>
    }
}

//! May 2025 day by day: JGB 10/20/30/40-year and Treasury 10/30-year on one scale, with the
//! fortnight's events marked.

use yew::prelude::*;

use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::source_note::SourceNote;
use super::use_lang;
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, T};
use crate::model::data::fact;
use crate::model::dataset::{JGB_DAILY_2025, UST_DAILY_2025};
use crate::model::series::{days_since_epoch, iso, pct};

/// The events of the fortnight, in order, as YYYYMMDD.
pub const EVENTS: [u32; 5] = [20250516, 20250520, 20250521, 20250522, 20250527];

#[function_component(May2025)]
pub fn may_2025() -> Html {
    let lang = use_lang();
    let in_may = |d: u32| (20250501..=20250531).contains(&d);
    // Both markets' trading days; a day one market was closed leaves its value missing.
    let mut dates: Vec<u32> = JGB_DAILY_2025
        .iter()
        .map(|d| d.date)
        .chain(UST_DAILY_2025.iter().map(|d| d.date))
        .filter(|d| in_may(*d))
        .collect();
    dates.sort_unstable();
    dates.dedup();
    let jgb = |date: u32, i: usize| {
        JGB_DAILY_2025
            .iter()
            .find(|d| d.date == date)
            .and_then(|d| pct(d.values[i]))
    };
    let ust = |date: u32, i: usize| {
        UST_DAILY_2025
            .iter()
            .find(|d| d.date == date)
            .and_then(|d| pct(d.values[i]))
    };
    let rows: Vec<ChartRow> = dates
        .iter()
        .map(|&date| ChartRow {
            x: days_since_epoch(date) as f64,
            label: iso(date),
            values: vec![
                jgb(date, 0),
                jgb(date, 1),
                jgb(date, 2),
                jgb(date, 3),
                ust(date, 0),
                ust(date, 2),
            ],
            ranges: vec![],
        })
        .collect();
    let col = Column::new;
    let jl = |t: &str| T::JgbTenor.fill(lang, &[t]);
    let ul = |t: &str| T::UstTenor.fill(lang, &[t]);
    let columns = vec![
        col("jgb10", jl("10"), SeriesColor::Blue, false),
        col("jgb20", jl("20"), SeriesColor::Orange, true),
        col("jgb30", jl("30"), SeriesColor::Green, true),
        col("jgb40", jl("40"), SeriesColor::Red, false),
        col("ust10", ul("10"), SeriesColor::Purple, false),
        col("ust30", ul("30"), SeriesColor::Grey, true),
    ];
    let events: Vec<(f64, String)> = EVENTS
        .iter()
        .enumerate()
        .map(|(i, d)| (days_since_epoch(*d) as f64, (i + 1).to_string()))
        .collect();
    let start = dates.iter().position(|d| *d == 20250522).unwrap_or(0);
    let texts = [
        T::Tl0516.get(lang).to_string(),
        T::Tl0520.fill(
            lang,
            &[
                &num(fact("jgb20y_auction_may_btc").value, 2),
                &num(fact("jgb20y_auction_may_tail").value, 2),
            ],
        ),
        T::Tl0521.fill(lang, &[&num(fact("ust20y_auction_high_yield").value, 3)]),
        T::Tl0522.fill(lang, &[&num(fact("jgb40y_2025_05_22").value, 3)]),
        T::Tl0527.get(lang).to_string(),
    ];
    html! {
        <div class="data-widget">
            <p>{ T::May2025Intro.get(lang) }</p>
            <LineChartPanel testid="may-2025" title={T::WMay2025.get(lang)} x_axis={XAxis::MonthDay}
                {columns} {rows} {events} {start} first_column={T::ColDate.get(lang)}
                cursor_label={T::MoveCursor.get(lang)} aspect={0.66} connect_gaps=true />
            <h4>{ T::EventsTitle.get(lang) }</h4>
            <ol class="events">
                { for EVENTS.iter().zip(texts).map(|(d, t)| html! {
                    <li><time datetime={iso(*d)}>{ iso(*d) }</time>{ " " }{ t }</li>
                }) }
            </ol>
            <SourceNote series={vec![("mof_daily", "2025-05-30".to_string()), ("ust_daily", "2025-05-30".to_string())]}
                facts={vec!["jgb20y_auction_may_btc", "ust20y_auction_high_yield"]} />
        </div>
    }
}

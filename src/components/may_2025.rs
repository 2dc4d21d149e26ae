//! May 2025 day by day: JGB 10/20/30/40-year and Treasury 10/30-year on one scale, with the
//! fortnight's events marked.

use yew::prelude::*;

use super::line_chart_panel::{ChartRow, Column, LineChartPanel, Missing};
use super::source_note::SourceNote;
use super::use_lang;
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, tr, Lang, T};
use crate::model::data::fact;
use crate::model::data::{FactId, SourceId};
use crate::model::dataset::{JGB_DAILY_2025, UST_DAILY_2025};
use crate::model::series::{day_change_bp, days_since_epoch, iso, pct};

/// The events of the fortnight, in order, as YYYYMMDD.
pub const EVENTS: [u32; 5] = [20250516, 20250520, 20250521, 20250522, 20250527];

/// The facts the event texts quote, for their source note.
pub const EVENT_FACTS: [FactId; 7] = [
    FactId::Jgb20yAuctionMayBtc,
    FactId::Ust20yAuctionHighYield,
    FactId::Ust20yAuctionTailBp,
    FactId::Jgb30y20250522,
    FactId::Jgb40y20250522,
    FactId::Jgb40yNewsFall20250527Bp,
    FactId::Jgb40yNews20250527,
];

/// The fortnight's events in words, with their figures from the data (the timeline of section 1
/// and the list under the May chart).
pub fn event_texts(lang: Lang) -> [String; 5] {
    let v = |id: FactId| fact(id).value;
    // The Ministry's constant-maturity 40-year on the same day, beside the news figure.
    let cm_fall = day_change_bp(JGB_DAILY_2025, 3, 20250527).unwrap_or(f64::NAN);
    [
        T::Tl0516.get(lang).to_string(),
        tr::Tl0520 {
            btc: &num(v(FactId::Jgb20yAuctionMayBtc), 2),
            tail: &num(v(FactId::Jgb20yAuctionMayTail), 2),
        }
        .text(lang),
        tr::Tl0521 {
            high_yield: &num(v(FactId::Ust20yAuctionHighYield), 3),
            tail: &num(v(FactId::Ust20yAuctionTailBp), 0),
        }
        .text(lang),
        // Both maturities are records in the Ministry's whole series (checked by the data step).
        tr::Tl0522 {
            yield30: &num(v(FactId::Jgb30y20250522), 3),
            yield40: &num(v(FactId::Jgb40y20250522), 3),
        }
        .text(lang),
        tr::Tl0527 {
            fall: &num(-v(FactId::Jgb40yNewsFall20250527Bp), 1),
            level: &num(v(FactId::Jgb40yNews20250527), 3),
            cm_fall: &num(-cm_fall, 1),
        }
        .text(lang),
    ]
}

#[function_component(May2025)]
pub fn may_2025() -> Html {
    crate::counted!("May2025");
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
    let jl = |t: &str| tr::JgbTenor { years: t }.text(lang);
    let ul = |t: &str| tr::UstTenor { years: t }.text(lang);
    let columns = vec![
        col("jgb10", jl("10"), SeriesColor::Blue, false),
        col("jgb20", jl("20"), SeriesColor::Purple, true),
        col("jgb30", jl("30"), SeriesColor::Green, true),
        col("jgb40", jl("40"), SeriesColor::Red, false),
        col("ust10", ul("10"), SeriesColor::Grey, false),
        col("ust30", ul("30"), SeriesColor::Sky, true),
    ];
    let events: Vec<(f64, String)> = EVENTS
        .iter()
        .enumerate()
        .map(|(i, d)| (days_since_epoch(*d) as f64, (i + 1).to_string()))
        .collect();
    let start = dates.iter().position(|d| *d == 20250522).unwrap_or(0);
    let texts = event_texts(lang);
    html! {
        <div class="data-widget">
            <p>{ T::May2025Intro.get(lang) }</p>
            <LineChartPanel testid="may-2025" title={T::WMay2025.get(lang)} x_axis={XAxis::MonthDay}
                {columns} {rows} {events} {start} first_column={T::ColDate.get(lang)}
                cursor_label={T::MoveCursor.get(lang)} aspect={66} connect_gaps=true missing={Missing::MarketClosed} />
            <h4>{ T::EventsTitle.get(lang) }</h4>
            <ol class="events">
                { for EVENTS.iter().zip(texts).map(|(d, t)| html! {
                    <li><time datetime={iso(*d)}>{ iso(*d) }</time>{ " " }{ t }</li>
                }) }
            </ol>
            <SourceNote series={vec![(SourceId::MofYields, "2025-05-30".to_string()), (SourceId::UstYields, "2025-05-30".to_string()),
                (SourceId::Moodys, "2025-05-16".to_string())]}
                facts={EVENT_FACTS.to_vec()} />
        </div>
    }
}

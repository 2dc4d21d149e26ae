//! The bid-to-cover of every US 10-, 20- and 30-year auction in the data, with each maturity's
//! average: the baseline a Treasury auction's ratio is read against. Shown with the Treasury
//! auctions of section 6.

use yew::prelude::*;

use super::super::line_chart_panel::{ChartRow, Column, LineChartPanel, Missing};
use super::super::source_note::SourceNote;
use super::super::use_lang;
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, tr, T};
use crate::model::auction::{auction_history_as_of, average_btc};
use crate::model::data::SourceId;
use crate::model::dataset::US_AUCTIONS;
use crate::model::series::{days_since_epoch, iso};

const TENORS: [u8; 3] = [10, 20, 30];
const COLORS: [SeriesColor; 3] = [SeriesColor::Blue, SeriesColor::Red, SeriesColor::Green];

#[function_component(UsAuctionHistory)]
pub fn us_auction_history() -> Html {
    crate::counted!("UsAuctionHistory");
    let lang = use_lang();
    let avgs: Vec<Option<f64>> = TENORS.iter().map(|t| average_btc(*t)).collect();
    let years = |t: u8| {
        tr::YearsShort {
            years: &t.to_string(),
        }
        .text(lang)
    };
    let rows: Vec<ChartRow> = US_AUCTIONS
        .iter()
        .map(|a| {
            let mut values: Vec<Option<f64>> = TENORS
                .iter()
                .map(|t| (a.tenor_years == *t).then_some(a.bid_to_cover))
                .collect();
            values.extend(avgs.iter().copied());
            ChartRow {
                x: days_since_epoch(a.date) as f64,
                label: format!("{} {}", iso(a.date), years(a.tenor_years)),
                values,
                ranges: vec![],
            }
        })
        .collect();
    let name = |t: u8| {
        tr::UstTenor {
            years: &t.to_string(),
        }
        .text(lang)
    };
    let mut columns: Vec<Column> = TENORS
        .iter()
        .zip(COLORS)
        .zip(["ust10", "ust20", "ust30"])
        .map(|((t, c), key)| Column {
            markers: true,
            ..Column::new(key, name(*t), c, false)
        })
        .collect();
    columns.extend(
        TENORS
            .iter()
            .zip(COLORS)
            .zip(["avg10", "avg20", "avg30"])
            .map(|((t, c), key)| {
                Column::new(key, tr::AvgLabel { series: &name(*t) }.text(lang), c, true)
            }),
    );
    let avg_text = |i: usize| {
        avgs.get(i)
            .copied()
            .flatten()
            .map(|v| num(v, 2))
            .unwrap_or_default()
    };
    let start = rows.len().saturating_sub(1);
    html! {
        <>
            <h4>{ T::HistoryTitle.get(lang) }</h4>
            <LineChartPanel testid="btc-history" title={T::HistoryTitle.get(lang)} x_axis={XAxis::Years}
                {columns} {rows} {start} first_column={T::ColAuctionDate.get(lang)}
                cursor_label={T::MoveCursor.get(lang)} y_label={T::BtcAxis.get(lang)}
                decimals={2} suffix="" aspect={50} connect_gaps=true missing={Missing::NoObservation} />
            <p class="hint" data-testid="btc-averages">
                { tr::HistoryNote { avg10: &avg_text(0), avg20: &avg_text(1), avg30: &avg_text(2) }.text(lang) }
            </p>
            <SourceNote series={vec![(SourceId::UstAuctions, auction_history_as_of())]} />
        </>
    }
}

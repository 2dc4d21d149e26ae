//! 10-year Treasury weekly candlesticks since 2022 (built by the model from daily closes), with
//! the range after the 2023 tightening cycle drawn as a band and April and May 2025 shaded.

use std::rc::Rc;

use yew::prelude::*;

use super::announce::Announce;
use super::canvas_chart::{CanvasChart, Pointed};
use super::chart_cursor::CursorSlider;
use super::data_table::DataTable;
use super::source_note::SourceNote;
use super::use_lang;
use crate::charts::{candle_x, CandleChart, ChartSpec};
use crate::i18n::{num, tr, Lang, T};
use crate::model::checks::{ust10_band, Band};
use crate::model::data::SourceId;
use crate::model::dataset::UST10_DAILY_SINCE_2022;
use crate::model::series::{data_gaps, iso, weekly_candles, Candle};

/// The widest week (high − low, in bp) among candles starting in a month (YYYYMM).
pub fn widest_week_bp(candles: &[Candle], month: u32) -> f64 {
    candles
        .iter()
        .filter(|c| c.first / 100 == month)
        .map(|c| ((c.high - c.low) * 100.0).round())
        .fold(0.0, f64::max)
}

/// The band, May inside or not, and the widest weeks, from the data.
fn band_sentence(lang: Lang, b: &Band, candles: &[Candle]) -> String {
    tr::CandleSentence {
        band_low: &num(b.low, 2),
        band_high: &num(b.high, 2),
        width: &num(b.width_bp(), 0),
        may_low: &num(b.may_low, 2),
        may_high: &num(b.may_high, 2),
        placement: (if b.may_inside() {
            T::InsideBand
        } else {
            T::OutsideBand
        })
        .get(lang),
        april_week: &num(widest_week_bp(candles, 202504), 0),
        may_week: &num(widest_week_bp(candles, 202505), 0),
    }
    .text(lang)
}

/// The weeks as the data table shows them, built when it opens.
fn candle_rows(candles: Rc<Vec<Candle>>) -> Callback<(), Vec<(String, Vec<String>)>> {
    Callback::from(move |()| {
        candles
            .iter()
            .map(|c| {
                (
                    iso(c.first),
                    [c.open, c.high, c.low, c.close].map(|v| num(v, 2)).to_vec(),
                )
            })
            .collect()
    })
}

#[function_component(UstCandles)]
pub fn ust_candles() -> Html {
    crate::counted!("UstCandles");
    let lang = use_lang();
    let candles = use_memo((), |_| weekly_candles(UST10_DAILY_SINCE_2022));
    let cursor = use_state(|| None::<usize>);
    // The weeks the chart drew (a phone's chart draws those around the event that fit): the
    // cursor stays on them. Unknown until the chart has drawn: every week.
    let drawn_range = use_state(|| None::<(f64, f64)>);
    let band = ust10_band();
    let xs: Vec<f64> = candles.iter().map(candle_x).collect();
    let (first_drawn, last_drawn) =
        drawn_range.map_or((0, xs.len().saturating_sub(1)), |(v0, v1)| {
            let inside = |x: &f64| (v0.min(v1)..=v0.max(v1)).contains(x);
            (
                xs.iter().position(inside).unwrap_or(0),
                xs.iter()
                    .rposition(inside)
                    .unwrap_or(xs.len().saturating_sub(1)),
            )
        });
    // The cursor opens on the last week of May 2025, the event.
    let event_week = candles.iter().rposition(|c| c.first <= 20250531);
    let index = cursor
        .or(event_week)
        .unwrap_or(candles.len().saturating_sub(1))
        .clamp(first_drawn, last_drawn.max(first_drawn));
    let (Some(k), Some(b)) = (candles.get(index), band) else {
        return html! {};
    };
    let (lo, hi) = (b.low, b.high);
    let spec = ChartSpec::Candles(CandleChart {
        candles: (*candles).clone(),
        band: Some((lo, hi)),
        spans: vec![(20250401, 20250430), (20250501, 20250531)],
        y_label: tr::AxisPct {
            label: &tr::UstTenor { years: "10" }.text(lang),
        }
        .text(lang),
        cursor: Some(index),
        up_is_red: lang == Lang::ZhHant,
    });
    let readout = tr::CandleReadout {
        week: &iso(k.first),
        open: &num(k.open, 2),
        high: &num(k.high, 2),
        low: &num(k.low, 2),
        close: &num(k.close, 2),
    }
    .text(lang);
    let sentence = band_sentence(lang, &b, &candles);
    let on_pointer = {
        let (cursor, xs) = (cursor.clone(), xs.clone());
        Callback::from(move |p: Pointed| cursor.set(Some(p.nearest(&xs))))
    };
    let on_drawn = {
        let drawn_range = drawn_range.clone();
        Callback::from(move |range: (f64, f64)| {
            if *drawn_range != Some(range) {
                drawn_range.set(Some(range));
            }
        })
    };
    let on_slider = {
        let cursor = cursor.clone();
        Callback::from(move |i: usize| cursor.set(Some(i)))
    };
    let first = candles.first().map(|c| iso(c.first)).unwrap_or_default();
    let last_day = UST10_DAILY_SINCE_2022
        .last()
        .map(|d| iso(d.date))
        .unwrap_or_default();
    let table_rows = candle_rows(candles.clone());
    let alt = tr::ChartAltCandles {
        from: &first,
        to: &last_day,
        band_low: &num(lo, 2),
        band_high: &num(hi, 2),
    }
    .text(lang);
    html! {
        <div class="data-widget">
            <p>{ T::UstCandlesIntro.get(lang) }</p>
            <ul class="legend">
                <li><span class={classes!("swatch", "block", if lang == Lang::ZhHant { "c-candle-red" } else { "c-green" }, "hollow")}></span>{ T::CandleUp.get(lang) }</li>
                <li><span class={classes!("swatch", "block", if lang == Lang::ZhHant { "c-green" } else { "c-candle-red" })}></span>{ T::CandleDown.get(lang) }</li>
            </ul>
            { for data_gaps(UST10_DAILY_SINCE_2022).iter().map(|(a, b)| html! {
                <p class="hint" data-testid="candle-gap">{ tr::DataGap { from: &iso(*a), to: &iso(*b) }.text(lang) }</p>
            }) }
            <p class="reactive" data-testid="candle-sentence" data-band-low={lo.to_string()} data-band-high={hi.to_string()}>{ sentence }</p>
            <CanvasChart {spec} label={T::WUstCandles.get(lang)} testid="ust-candles-canvas" on_pointer={Some(on_pointer)} on_drawn={Some(on_drawn)} />
            <p class="sr-only">{ alt }</p>
            <CursorSlider id="ust-candles-cursor" label={T::MoveCursor.get(lang)} chart={T::WUstCandles.get(lang)} len={last_drawn + 1} min={first_drawn}
                {index} value_text={readout.clone()} onchange={on_slider} />
            <p class="readout-line" data-testid="ust-candles-readout" data-value={k.close.to_string()}>{ readout.clone() }</p>
            <Announce text={readout} />
            <DataTable testid="ust-candles" headers={vec![T::ColWeek.get(lang).into(), T::ColOpen.get(lang).into(),
                T::ColHigh.get(lang).into(), T::ColLow.get(lang).into(), T::ColClose.get(lang).into()]} rows={table_rows} />
            <SourceNote series={vec![(SourceId::UstYields, last_day)]} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_2025_stays_inside_the_post_2023_band_and_april_was_wilder() {
        assert!(ust10_band().unwrap().may_inside());
        let candles = weekly_candles(UST10_DAILY_SINCE_2022);
        assert!(widest_week_bp(&candles, 202504) > widest_week_bp(&candles, 202505));
    }
}

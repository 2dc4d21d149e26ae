//! Yield series from the dataset, and what the lesson computes from them: weekly candles,
//! "highest since", ranges. Yields are stored as thousandths of a percent in an `i16` (1573 =
//! 1.573%), `NA` where the publisher printed nothing: missing stays missing, never zero.

/// The missing-value marker in stored series.
pub const NA: i16 = i16::MIN;

/// One trading day: a date as YYYYMMDD and one value per tenor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Day<const N: usize> {
    pub date: u32,
    pub values: [i16; N],
}

/// One month: YYYYMM, the last trading day, and close, high and low per tenor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Month<const N: usize> {
    pub month: u32,
    pub last_day: u32,
    pub end: [i16; N],
    pub high: [i16; N],
    pub low: [i16; N],
}

/// A US Treasury auction (Fiscal Data).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UsAuction {
    pub date: u32,
    pub tenor_years: u8,
    pub reopening: bool,
    pub high_yield: f64,
    pub bid_to_cover: f64,
}

/// A super-long JGB auction of 2025 (news reports of MOF results).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JgbAuction {
    /// ISO date, or only the month where the report gave no day.
    pub date: &'static str,
    pub tenor_years: u8,
    pub bid_to_cover: f64,
    pub tail_yen: Option<f64>,
    pub source_url: &'static str,
}

/// A stored value in percent, or `None` where missing.
pub fn pct(stored: i16) -> Option<f64> {
    (stored != NA).then(|| f64::from(stored) / 1000.0)
}

/// A YYYYMMDD date.
pub fn ymd(date: u32) -> (i32, u32, u32) {
    ((date / 10000) as i32, date / 100 % 100, date % 100)
}

/// ISO text of a YYYYMMDD date.
pub fn iso(date: u32) -> String {
    let (y, m, d) = ymd(date);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Days since 1970-01-01 (proleptic Gregorian), for time axes and weekdays.
pub fn days_since_epoch(date: u32) -> i64 {
    let (y, m, d) = ymd(date);
    let y = i64::from(if m <= 2 { y - 1 } else { y });
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Monday of the date's week, as days since the epoch (1970-01-01 was a Thursday).
fn week_start(date: u32) -> i64 {
    let days = days_since_epoch(date);
    days - (days + 3).rem_euclid(7)
}

/// Open, high, low and close of one period, in percent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Candle {
    /// First and last trading day in the period (YYYYMMDD).
    pub first: u32,
    pub last: u32,
    pub open: f64,
    pub high: f64,
    pub low: f64,
    pub close: f64,
}

/// Weekly candles (Monday to Sunday) from daily closes; days without a value are skipped and a
/// week with none makes no candle.
pub fn weekly_candles(days: &[Day<1>]) -> Vec<Candle> {
    let mut out: Vec<(i64, Candle)> = Vec::new();
    for day in days {
        let Some(v) = pct(day.values[0]) else {
            continue;
        };
        let week = week_start(day.date);
        match out.last_mut() {
            Some((w, c)) if *w == week => {
                c.last = day.date;
                c.high = c.high.max(v);
                c.low = c.low.min(v);
                c.close = v;
            }
            _ => out.push((
                week,
                Candle {
                    first: day.date,
                    last: day.date,
                    open: v,
                    high: v,
                    low: v,
                    close: v,
                },
            )),
        }
    }
    out.into_iter().map(|(_, c)| c).collect()
}

/// The lowest and highest close between two dates (inclusive), in percent.
pub fn close_range(days: &[Day<1>], from: u32, to: u32) -> Option<(f64, f64)> {
    days.iter()
        .filter(|d| (from..=to).contains(&d.date))
        .filter_map(|d| pct(d.values[0]))
        .fold(None, |acc, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })
}

/// Stretches of more than two weeks with no value in a daily series: (last day before, first
/// day after). Holidays never last that long, so these are holes in the published data.
pub fn data_gaps<const N: usize>(days: &[Day<N>]) -> Vec<(u32, u32)> {
    days.windows(2)
        .filter(|w| days_since_epoch(w[1].date) - days_since_epoch(w[0].date) > 14)
        .map(|w| (w[0].date, w[1].date))
        .collect()
}

/// When a level was last reached before a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Since {
    /// The last earlier day with a value at least as high (from daily data).
    Day(u32),
    /// The last earlier month whose high was at least as high (from monthly data, YYYYMM).
    Month(u32),
    /// Never before in the data, which starts in this month (YYYYMM).
    FirstInData(u32),
}

/// "Highest since": the last date before `date` on which the series stood at least at the level it
/// had on `date`. Daily data is searched first; months before the daily data begins are searched
/// by their highs. `None` if the series has no value on `date`.
pub fn highest_since<const N: usize>(
    daily: &[Day<N>],
    monthly: &[Month<N>],
    tenor: usize,
    date: u32,
) -> Option<Since> {
    let level = daily
        .iter()
        .find(|d| d.date == date)
        .and_then(|d| pct(d.values[tenor]))?;
    let daily_start = daily.first().map_or(u32::MAX, |d| d.date);
    let earlier_day = daily
        .iter()
        .rev()
        .filter(|d| d.date < date)
        .find(|d| pct(d.values[tenor]).is_some_and(|v| v >= level));
    if let Some(d) = earlier_day {
        return Some(Since::Day(d.date));
    }
    let earlier_month = monthly
        .iter()
        .rev()
        .filter(|m| m.month < daily_start / 100)
        .find(|m| pct(m.high[tenor]).is_some_and(|v| v >= level));
    Some(match earlier_month {
        Some(m) => Since::Month(m.month),
        None => Since::FirstInData(
            monthly
                .iter()
                .find(|m| pct(m.high[tenor]).is_some())
                .map_or(daily_start / 100, |m| m.month),
        ),
    })
}

/// The highest value on or before `date` within the daily data, with its date.
pub fn peak_until<const N: usize>(daily: &[Day<N>], tenor: usize, date: u32) -> Option<(u32, f64)> {
    daily
        .iter()
        .filter(|d| d.date <= date)
        .filter_map(|d| pct(d.values[tenor]).map(|v| (d.date, v)))
        .fold(None, |best, (d, v)| match best {
            Some((_, bv)) if bv >= v => best,
            _ => Some((d, v)),
        })
}

/// The change from the previous trading day's value to `date`'s, in bp, exact on the data's
/// 0.001% grid; `None` where either value is missing.
pub fn day_change_bp<const N: usize>(daily: &[Day<N>], tenor: usize, date: u32) -> Option<f64> {
    let i = daily.iter().position(|d| d.date == date)?;
    let today = daily[i].values[tenor];
    let before = daily[..i].last()?.values[tenor];
    (today != NA && before != NA).then(|| f64::from(i32::from(today) - i32::from(before)) / 10.0)
}

impl Since {
    /// The date or month as text (YYYY-MM-DD or YYYY-MM).
    pub fn text(self) -> String {
        match self {
            Since::Day(d) => iso(d),
            Since::Month(m) | Since::FirstInData(m) => format!("{}-{:02}", m / 100, m % 100),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset::{JGB_DAILY_2025, JGB_MONTHLY, UST10_DAILY_SINCE_2022};

    #[test]
    fn the_treasury_10_year_has_one_hole_in_december_2024() {
        assert_eq!(
            data_gaps(UST10_DAILY_SINCE_2022),
            vec![(20241206, 20250102)]
        );
    }

    #[test]
    fn the_constant_maturity_40_year_fell_less_than_the_news_quote_on_may_27() {
        assert_eq!(day_change_bp(JGB_DAILY_2025, 3, 20250527), Some(-17.8));
        assert_eq!(day_change_bp(JGB_DAILY_2025, 3, 20250101), None);
    }

    fn day(date: u32, v: i16) -> Day<1> {
        Day { date, values: [v] }
    }

    #[test]
    fn dates() {
        assert_eq!(days_since_epoch(19700101), 0);
        assert_eq!(days_since_epoch(20000301), 11017);
        assert_eq!(days_since_epoch(20250522), 20230);
        assert_eq!(iso(20250522), "2025-05-22");
        // 2025-05-22 was a Thursday; its week starts on Monday 2025-05-19.
        assert_eq!(week_start(20250522), days_since_epoch(20250519));
        assert_eq!(week_start(20250519), days_since_epoch(20250519));
        assert_eq!(week_start(20250525), days_since_epoch(20250519));
    }

    #[test]
    fn weekly_candles_take_first_max_min_last_and_skip_gaps() {
        let days = [
            day(20250519, 4480),
            day(20250520, 4520),
            day(20250521, NA),
            day(20250522, 4600),
            day(20250523, 4510),
            day(20250527, 4450),
        ];
        let c = weekly_candles(&days);
        assert_eq!(c.len(), 2);
        assert_eq!(
            c[0],
            Candle {
                first: 20250519,
                last: 20250523,
                open: 4.48,
                high: 4.6,
                low: 4.48,
                close: 4.51
            }
        );
        assert_eq!((c[1].open, c[1].close), (4.45, 4.45));
        assert!(weekly_candles(&[day(20250519, NA)]).is_empty());
    }

    #[test]
    fn highest_since_searches_days_then_months() {
        let daily = [
            day(20250102, 1100),
            day(20250103, 1200),
            day(20250106, 1150),
        ];
        let monthly = [
            Month {
                month: 200801,
                last_day: 20080131,
                end: [1300],
                high: [1400],
                low: [1200],
            },
            Month {
                month: 200802,
                last_day: 20080229,
                end: [1000],
                high: [1100],
                low: [900],
            },
        ];
        assert_eq!(
            highest_since(&daily, &monthly, 0, 20250106),
            Some(Since::Day(20250103))
        );
        assert_eq!(
            highest_since(&daily, &monthly, 0, 20250103),
            Some(Since::Month(200801))
        );
        let higher = [day(20250102, 1500)];
        assert_eq!(
            highest_since(&higher, &monthly, 0, 20250102),
            Some(Since::FirstInData(200801))
        );
        assert_eq!(highest_since(&daily, &monthly, 0, 20250104), None);
    }

    #[test]
    fn the_article_s_claims_from_the_real_data() {
        // 10-year JGB on 2025-05-22: 1.573%, the highest only since 2025-03-27 (1.588%), and
        // that March level was the highest since 2008: the article's "back to 2008 levels".
        let since = highest_since(JGB_DAILY_2025, JGB_MONTHLY, 0, 20250522);
        assert_eq!(since, Some(Since::Day(20250327)));
        match highest_since(JGB_DAILY_2025, JGB_MONTHLY, 0, 20250327).unwrap() {
            Since::Month(m) => assert_eq!(m / 100, 2008, "{m}"),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            peak_until(JGB_DAILY_2025, 0, 20250522),
            Some((20250327, 1.588))
        );
        // 40-year on 2025-05-22: 3.336%, the highest since it was first issued (Nov 2007).
        assert_eq!(
            highest_since(JGB_DAILY_2025, JGB_MONTHLY, 3, 20250522),
            Some(Since::FirstInData(200711))
        );
        let d = JGB_DAILY_2025.iter().find(|d| d.date == 20250522).unwrap();
        assert_eq!(pct(d.values[3]), Some(3.336));
    }

    #[test]
    fn stored_series_are_ordered_and_keep_missing_values() {
        assert!(JGB_MONTHLY.windows(2).all(|w| w[0].month < w[1].month));
        assert_eq!(JGB_MONTHLY[0].month, 200701);
        // No 40-year before November 2007: missing, not zero.
        assert_eq!(JGB_MONTHLY[0].end[3], NA);
        assert!(JGB_MONTHLY
            .iter()
            .any(|m| m.month == 200711 && m.end[3] != NA));
        assert!(UST10_DAILY_SINCE_2022
            .windows(2)
            .all(|w| w[0].date < w[1].date));
        // Negative JGB yields (2016) are kept with their sign.
        assert!(JGB_MONTHLY
            .iter()
            .any(|m| pct(m.low[0]).is_some_and(|v| v < 0.0)));
    }
}

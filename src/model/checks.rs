//! Where the data tests the article: the figures behind the lesson's "the article says …; the data
//! shows …" sentences, computed here so that no comparison is typed in.

use super::data::{fact, FactId};
use super::dataset::{
    JGB40_PEAK_AFTER_2025_05_22, JGB_DAILY_2025, JGB_MONTHLY, JGB_RECORDS_2025_05_22,
    MOF_INTEREST_PLUS_1PT, UST10_DAILY_SINCE_2022, UST_DAILY_2025, UST_MONTHLY,
};
use super::fiscal::{held, interest_bill};
use super::series::{close_range, highest_since, pct, Day, Month, Since};

/// A yield between two dates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Move {
    pub from: u32,
    pub to: u32,
    pub from_pct: f64,
    pub to_pct: f64,
}

impl Move {
    /// The change in basis points, exact on the data's 0.001% grid.
    pub fn bp(&self) -> f64 {
        ((self.to_pct - self.from_pct) * 1000.0).round() / 10.0
    }
}

pub(crate) fn on<const N: usize>(daily: &[Day<N>], tenor: usize, date: u32) -> Option<f64> {
    daily
        .iter()
        .find(|d| d.date == date)
        .and_then(|d| pct(d.values[tenor]))
}

fn daily_move<const N: usize>(daily: &[Day<N>], tenor: usize, from: u32, to: u32) -> Option<Move> {
    Some(Move {
        from,
        to,
        from_pct: on(daily, tenor, from)?,
        to_pct: on(daily, tenor, to)?,
    })
}

/// From a month's last close to a day's close.
fn year_move<const N: usize>(
    monthly: &[Month<N>],
    daily: &[Day<N>],
    tenor: usize,
    month: u32,
    to: u32,
) -> Option<Move> {
    let m = monthly.iter().find(|m| m.month == month)?;
    Some(Move {
        from: m.last_day,
        to,
        from_pct: pct(m.end[tenor])?,
        to_pct: on(daily, tenor, to)?,
    })
}

/// The three weeks before each market's peak day in May 2025, and the year before it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MayComparison {
    pub ust30: Move,
    pub jgb40: Move,
    pub ust30_year: Move,
    pub jgb40_year: Move,
    /// When the 30-year Treasury last stood as high before its May peak.
    pub ust30_since: Since,
    /// Whether the 40-year JGB closed at the highest level in its series' history.
    pub jgb40_record: bool,
}

/// The 30-year Treasury (2025-04-30 → 05-21) against the 40-year JGB (05-01 → 05-22): about the
/// same rise in May. What differs is the year behind it and whether the level was a record.
pub fn may_comparison() -> Option<MayComparison> {
    const UST_PEAK: u32 = 20250521;
    const JGB_PEAK: u32 = 20250522;
    Some(MayComparison {
        ust30: daily_move(UST_DAILY_2025, 2, 20250430, UST_PEAK)?,
        // Both from April's last close, so the two moves cover the same days.
        jgb40: daily_move(JGB_DAILY_2025, 3, 20250430, JGB_PEAK)?,
        ust30_year: year_move(UST_MONTHLY, UST_DAILY_2025, 2, 202405, UST_PEAK)?,
        jgb40_year: year_move(JGB_MONTHLY, JGB_DAILY_2025, 3, 202405, JGB_PEAK)?,
        ust30_since: highest_since(UST_DAILY_2025, UST_MONTHLY, 2, UST_PEAK)?,
        jgb40_record: is_record(40),
    })
}

/// Whether a JGB maturity closed at its series record on 2025-05-22 (checked by the data step
/// against the Ministry's whole series).
pub fn is_record(tenor_years: u8) -> bool {
    record_series_start(tenor_years).is_some()
}

/// The first day of the Ministry's series for a maturity that closed at a record on 2025-05-22.
pub fn record_series_start(tenor_years: u8) -> Option<&'static str> {
    JGB_RECORDS_2025_05_22
        .iter()
        .find(|(t, _)| *t == tenor_years)
        .map(|(_, start)| *start)
}

/// The 40-year JGB's highest close after the May 2025 record, if it went higher later: the
/// record was a record at the time, not the top.
pub fn jgb40_later_peak() -> Option<(u32, f64)> {
    let record = on(JGB_DAILY_2025, 3, 20250522)?;
    let (date, stored) = JGB40_PEAK_AFTER_2025_05_22;
    pct(stored).filter(|v| *v > record).map(|v| (date, v))
}

/// After the Fed's last rise of the cycle (July 2023) and before the April 2025 selloff.
pub const BAND_FROM: u32 = 20230801;
pub const BAND_TO: u32 = 20250331;

/// The 10-year Treasury's band of daily closes after the 2023 tightening cycle, and May 2025's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Band {
    pub low: f64,
    pub high: f64,
    pub may_low: f64,
    pub may_high: f64,
}

impl Band {
    pub fn width_bp(&self) -> f64 {
        ((self.high - self.low) * 1000.0).round() / 10.0
    }
    /// Whether every May close sat inside the band.
    pub fn may_inside(&self) -> bool {
        self.may_low >= self.low && self.may_high <= self.high
    }
}

pub fn ust10_band() -> Option<Band> {
    let (low, high) = close_range(UST10_DAILY_SINCE_2022, BAND_FROM, BAND_TO)?;
    let (may_low, may_high) = close_range(UST10_DAILY_SINCE_2022, 20250501, 20250531)?;
    Some(Band {
        low,
        high,
        may_low,
        may_high,
    })
}

/// Quantitative tightening in the data: each central bank's government bonds at two dates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Qt {
    /// The Bank of Japan's JGBs at book value, tn yen: March and July 2025.
    pub boj: (f64, f64),
    /// The Fed's Treasuries (week averages), tn dollars: end of April and late May 2025.
    pub fed: (f64, f64),
}

impl Qt {
    pub fn boj_change_tn(&self) -> f64 {
        self.boj.1 - self.boj.0
    }
    pub fn boj_change_pct(&self) -> f64 {
        100.0 * (self.boj.1 / self.boj.0 - 1.0)
    }
    /// bn dollars.
    pub fn fed_change_bn(&self) -> f64 {
        1000.0 * (self.fed.1 - self.fed.0)
    }
    pub fn fed_change_pct(&self) -> f64 {
        100.0 * (self.fed.1 / self.fed.0 - 1.0)
    }
}

/// Decimals for the Fed's Treasury holdings in trillions: to the tenth of a billion, like the
/// change quoted beside them. Three decimals showed 4.218 and 4.213 beside a change of −4.2 bn.
pub const FED_DECIMALS: usize = 4;

pub fn qt() -> Qt {
    Qt {
        boj: (
            fact(FactId::BojJgbBook202503).value,
            fact(FactId::BojJgbBook202507).value,
        ),
        fed: (
            fact(FactId::FedUstHoldings20250430).value,
            fact(FactId::FedUstHoldings20250521).value,
        ),
    }
}

/// One fiscal year of the +1 point comparison: the lesson's model and the Ministry's estimate of
/// the extra interest, tn yen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InterestYear {
    pub fiscal_year: u16,
    pub model: f64,
    pub ministry: f64,
}

/// The lesson's interest-bill model held at +100 bp beside the Ministry's own estimate, year by
/// year. The model's first year is set beside the Ministry's FY2025.
pub fn interest_comparison(maturity_years: f64) -> Vec<InterestYear> {
    let bill = interest_bill(maturity_years, &held(100.0));
    MOF_INTEREST_PLUS_1PT
        .iter()
        .zip(bill)
        .map(|(&(fiscal_year, ministry), y)| InterestYear {
            fiscal_year,
            model: y.shocked - y.baseline,
            ministry,
        })
        .collect()
}

/// Whether the model runs ahead of the Ministry, behind it, or close (within 10%).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    Ahead,
    Close,
    Behind,
}

impl InterestYear {
    pub fn gap(&self) -> Gap {
        let ratio = self.model / self.ministry;
        if ratio > 1.1 {
            Gap::Ahead
        } else if ratio < 1.0 / 1.1 {
            Gap::Behind
        } else {
            Gap::Close
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_may_the_30_year_treasury_rose_about_as_much_as_the_40_year_jgb() {
        let c = may_comparison().unwrap();
        assert_eq!(c.ust30.bp(), 42.0);
        assert_eq!(c.jgb40.bp(), 40.0);
        assert_eq!((c.jgb40.from, c.ust30.from), (20250430, 20250430));
        assert!((c.ust30.bp() - c.jgb40.bp()).abs() < 5.0);
        // The difference is the year behind it and the level.
        assert!(c.jgb40_year.bp() > 2.0 * c.ust30_year.bp());
        assert!(c.jgb40_record);
        assert!(matches!(c.ust30_since, Since::Day(_) | Since::Month(_)));
    }

    #[test]
    fn the_40_year_went_higher_later() {
        let (date, v) = jgb40_later_peak().unwrap();
        assert!(date > 20250522 && v > 3.336, "{date} {v}");
    }

    #[test]
    fn only_the_30_and_40_year_closed_at_records() {
        assert!(!is_record(20));
        assert_eq!(record_series_start(30), Some("1999-09-02"));
        assert_eq!(record_series_start(40), Some("2007-11-06"));
    }

    #[test]
    fn the_post_2023_band_is_wide_and_may_stayed_inside_it() {
        let b = ust10_band().unwrap();
        assert!((130.0..=140.0).contains(&b.width_bp()), "{}", b.width_bp());
        assert!(b.may_inside());
    }

    #[test]
    fn both_central_banks_shrank_their_bond_holdings() {
        let q = qt();
        assert!((q.boj_change_tn() - -8.71).abs() < 1e-9);
        assert!(q.boj_change_pct() < -1.0 && q.boj_change_pct() > -2.0);
        assert!(q.fed_change_bn() < 0.0 && q.fed_change_bn() > -10.0);
    }

    #[test]
    fn the_model_runs_ahead_early_and_lands_near_the_ministry_by_year_nine() {
        let rows = interest_comparison(fact(FactId::MofAvgMaturityYears).value);
        assert_eq!(rows.len(), 9);
        assert_eq!(rows[0].fiscal_year, 2025);
        assert_eq!(rows[0].gap(), Gap::Ahead);
        assert_eq!(rows[8].fiscal_year, 2033);
        assert_eq!(rows[8].ministry, 8.7);
        assert_eq!(rows[8].gap(), Gap::Close);
    }
}

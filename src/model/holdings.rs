//! The central banks side by side: how much of its government's bonds each holds (on a stated
//! denominator), the Bank of Japan's purchase cuts, and what a yield shock does to each book.

use super::data::{fact, fed_share_pct, FactId};

/// Which JGBs the Bank of Japan's share is measured against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BojBasis {
    /// JGBs excluding treasury bills (the usual headline basis), March 2024.
    #[default]
    ExclBills,
    /// All government securities including T-bills, March 2024.
    InclBills,
    /// Including T-bills, March 2025: the latest figure in the data.
    InclBills2025,
}

impl BojBasis {
    pub const ALL: [BojBasis; 3] = [
        BojBasis::ExclBills,
        BojBasis::InclBills,
        BojBasis::InclBills2025,
    ];
    pub fn id(self) -> &'static str {
        match self {
            BojBasis::ExclBills => "excl",
            BojBasis::InclBills => "incl",
            BojBasis::InclBills2025 => "incl2025",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        BojBasis::ALL.into_iter().find(|b| b.id() == s)
    }
    /// The fact holding the share on this basis.
    pub fn fact_id(self) -> FactId {
        match self {
            BojBasis::ExclBills => FactId::BojShareExcl202403,
            BojBasis::InclBills => FactId::BojShareIncl202403,
            BojBasis::InclBills2025 => FactId::BojShareIncl202503,
        }
    }
    pub fn share_pct(self) -> f64 {
        fact(self.fact_id()).value.clamp(0.0, 100.0)
    }
}

/// The Fed's share of marketable Treasuries, computed; the article's figure is about 16%.
pub fn fed_share() -> f64 {
    fed_share_pct().clamp(0.0, 100.0)
}

/// How many of 100 squares a share fills (whole squares, rounded).
pub fn squares(share_pct: f64) -> u32 {
    if share_pct.is_finite() {
        share_pct.clamp(0.0, 100.0).round() as u32
    } else {
        0
    }
}

/// Months of the taper path shown: July 2024 to March 2027.
pub const TAPER_FROM: u32 = 202407;
pub const TAPER_MONTHS: usize = 33;

/// A month as YYYYMM, `n` months after `from`.
pub fn add_months(from: u32, n: usize) -> u32 {
    let total = (from / 100) * 12 + (from % 100 - 1) + n as u32;
    (total / 12) * 100 + total % 12 + 1
}

/// The Bank of Japan's monthly JGB purchases (tn yen) from July 2024: the first cut in August
/// 2024, then one at the start of each quarter; `cut_bn` a quarter until March 2026 and
/// `cut_2026_bn` from April 2026. Never below zero.
pub fn taper_path(start_tn: f64, cut_bn: f64, cut_2026_bn: f64) -> Vec<(u32, f64)> {
    let start = if start_tn.is_finite() {
        start_tn.max(0.0)
    } else {
        0.0
    };
    let safe = |x: f64| {
        if x.is_finite() {
            x.max(0.0) / 1000.0
        } else {
            0.0
        }
    };
    let (cut1, cut2) = (safe(cut_bn), safe(cut_2026_bn));
    let mut level = start;
    (0..TAPER_MONTHS)
        .map(|i| {
            let month = add_months(TAPER_FROM, i);
            let m = month % 100;
            let quarter_start = matches!(m, 1 | 4 | 7 | 10);
            if month == 202408 || (month > 202408 && quarter_start) {
                level -= if month >= 202604 { cut2 } else { cut1 };
                level = level.max(0.0);
            }
            (month, level)
        })
        .collect()
}

/// What private buyers must take up over the path, compared with purchases held at `start_tn`.
pub fn absorbed_by_others(path: &[(u32, f64)], start_tn: f64) -> f64 {
    path.iter()
        .map(|(_, level)| (start_tn - level).max(0.0))
        .sum()
}

/// The mark-to-market change in value of a bond book for a parallel shock, by duration alone:
/// −D·Δy·holdings. Zero at zero shock; the sign of −shock.
pub fn book_change(holdings: f64, duration_years: f64, shock_bp: f64) -> f64 {
    if !(holdings.is_finite() && duration_years.is_finite() && shock_bp.is_finite()) {
        return 0.0;
    }
    let change = -duration_years.max(0.0) * shock_bp / 1e4 * holdings.max(0.0);
    // −0.0 (from a zero shock) reads as a loss; it is no change.
    if change == 0.0 {
        0.0
    } else {
        change
    }
}

/// Illustrative average modified durations, labelled as assumptions in the page: the data holds
/// no published duration for either book.
pub const BOJ_DURATION_DEFAULT: f64 = 7.0;
pub const FED_DURATION_DEFAULT: f64 = 6.0;
pub const DURATION_RANGE: (f64, f64) = (1.0, 20.0);
pub const CUT_RANGE: (f64, f64) = (0.0, 1000.0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_come_from_the_data() {
        assert_eq!(BojBasis::ExclBills.share_pct(), 53.25);
        assert_eq!(BojBasis::InclBills.share_pct(), 47.4);
        assert_eq!(BojBasis::InclBills2025.share_pct(), 46.0);
        assert!((fed_share() - 14.555).abs() < 0.01);
        assert_eq!(squares(53.25), 53);
        assert_eq!(squares(14.555), 15);
        assert_eq!(squares(f64::NAN), 0);
        assert_eq!(squares(150.0), 100);
        for b in BojBasis::ALL {
            assert_eq!(BojBasis::parse(b.id()), Some(b));
        }
    }

    #[test]
    fn months() {
        assert_eq!(add_months(202407, 0), 202407);
        assert_eq!(add_months(202407, 6), 202501);
        assert_eq!(add_months(202407, 32), 202703);
    }

    #[test]
    fn the_plan_reaches_about_2_9_then_2_1() {
        let path = taper_path(5.7, 400.0, 200.0);
        assert_eq!(path.len(), 33);
        let at = |m: u32| path.iter().find(|p| p.0 == m).unwrap().1;
        assert!((at(202407) - 5.7).abs() < 1e-9);
        assert!((at(202408) - 5.3).abs() < 1e-9);
        assert!((at(202603) - 2.9).abs() < 1e-9, "{}", at(202603));
        assert!((at(202604) - 2.7).abs() < 1e-9);
        assert!((at(202703) - 2.1).abs() < 1e-9);
        let gap = absorbed_by_others(&path, 5.7);
        assert!(gap > 60.0 && gap < 80.0, "{gap}");
    }

    #[test]
    fn the_path_never_goes_below_zero_and_no_cut_means_no_gap() {
        for (c1, c2) in [(1000.0, 1000.0), (f64::INFINITY, -5.0), (f64::NAN, 0.0)] {
            assert!(taper_path(5.7, c1, c2)
                .iter()
                .all(|p| p.1 >= 0.0 && p.1.is_finite()));
        }
        assert_eq!(absorbed_by_others(&taper_path(5.7, 0.0, 0.0), 5.7), 0.0);
        // Faster cuts leave more for others to take up.
        let slow = absorbed_by_others(&taper_path(5.7, 200.0, 100.0), 5.7);
        let fast = absorbed_by_others(&taper_path(5.7, 600.0, 300.0), 5.7);
        assert!(fast > slow);
    }

    #[test]
    fn book_change_is_zero_at_zero_and_against_the_shock() {
        assert!(book_change(576.18, 7.0, 0.0).is_sign_positive());
        assert_eq!(book_change(576.18, 7.0, 0.0), 0.0);
        let loss = book_change(576.18, 7.0, 100.0);
        assert!((loss - -40.3326).abs() < 1e-9);
        assert!(book_change(4.2137, 6.0, -50.0) > 0.0);
        assert_eq!(book_change(f64::NAN, 7.0, 100.0), 0.0);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_cut_keeps_the_path_between_zero_and_start(c1 in any::<f64>(), c2 in any::<f64>(), start in 0.0..20.0f64) {
            for (_, level) in taper_path(start, c1, c2) {
                prop_assert!((0.0..=start).contains(&level));
            }
        }

        #[test]
        fn loss_has_the_sign_of_minus_shock(h in 0.1..1000.0f64, d in 0.1..20.0f64, s in -300.0..300.0f64) {
            let c = book_change(h, d, s);
            prop_assert!(c == 0.0 || c.signum() == -s.signum());
        }

        #[test]
        fn squares_stay_within_a_hundred(x in any::<f64>()) {
            prop_assert!(squares(x) <= 100);
        }
    }
}

//! The fiscal side: what higher yields do to Japan's interest bill as debt rolls over, and a
//! deliberately simple teaching model of the feedback loop (weak auctions → higher yields →
//! higher interest → fiscal worry → weaker auctions). Neither is a forecast.

use super::data::{fact, FactId};

/// Years the interest bill is projected.
pub const YEARS: usize = 10;
/// Average maturity, years: the Ministry of Finance's own assumption for new bonds (about 9
/// years), so the default is sourced rather than picked.
pub const MATURITY_DEFAULT: f64 = super::dataset::FACTS[FactId::MofAvgMaturityYears as usize].value;
pub const MATURITY_RANGE: (f64, f64) = (1.0, 30.0);

/// One year of the projection, tn yen.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BillYear {
    pub year: usize,
    /// Interest with yields unchanged.
    pub baseline: f64,
    /// Interest on the chosen yield path.
    pub shocked: f64,
}

/// The interest bill, year by year. Debt stays at its 2025-03-31 level; today's average rate is
/// this year's interest over that debt; each year 1/maturity of the debt refinances at the market
/// yield (the 10-year JGB of 2025-05-22) plus that year's shock (bp).
pub fn interest_bill(maturity_years: f64, shock_path_bp: &[f64; YEARS]) -> Vec<BillYear> {
    let debt = fact(FactId::JapanDebtTn).value;
    let interest = fact(FactId::JapanInterestTn).value;
    let market = fact(FactId::Jgb10y20250522).value / 100.0;
    let m = if maturity_years.is_finite() {
        maturity_years.clamp(MATURITY_RANGE.0, MATURITY_RANGE.1)
    } else {
        MATURITY_DEFAULT
    };
    let roll = 1.0 / m;
    let r0 = interest / debt;
    let (mut base, mut shocked) = (r0, r0);
    (1..=YEARS)
        .map(|year| {
            let shock = shock_path_bp[year - 1];
            let shock = if shock.is_finite() {
                shock.clamp(-500.0, 1000.0)
            } else {
                0.0
            } / 1e4;
            base += roll * (market - base);
            shocked += roll * (market + shock - shocked);
            BillYear {
                year,
                baseline: debt * base,
                shocked: debt * shocked,
            }
        })
        .collect()
}

/// A path that holds one shock from now on.
pub fn held(shock_bp: f64) -> [f64; YEARS] {
    [shock_bp; YEARS]
}

/// The teaching model of the loop, in rounds: the yield premium p (bp over the starting level)
/// follows p[n+1] = Δ + g·p[n], where g = strength × (1 − bought) is how much of each round's
/// premium feeds back through interest bills and fiscal worry into weaker demand, and `bought` is
/// the share of that selling the central bank absorbs. If g < 1 the premium settles at Δ/(1 − g);
/// if g ≥ 1 it runs away.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Loop {
    pub shock_bp: f64,
    pub strength: f64,
    pub bought: f64,
}

pub const ROUNDS: usize = 20;
pub const STRENGTH_RANGE: (f64, f64) = (0.0, 1.5);
/// Past this size (50 percentage points) a runaway loop is not followed further: it passes it
/// within a few rounds, and the chart stops at the first round beyond it rather than draw absurd
/// numbers.
pub const PREMIUM_CAP: f64 = 5_000.0;
/// Premiums are kept finite whatever the inputs.
const PREMIUM_BOUND: f64 = 1e12;

#[derive(Clone, Debug, PartialEq)]
pub struct LoopRun {
    pub gain: f64,
    pub premiums: Vec<f64>,
    /// Where it settles, if it does.
    pub settles_at: Option<f64>,
}

impl Loop {
    pub fn gain(&self) -> f64 {
        let s = if self.strength.is_finite() {
            self.strength.clamp(STRENGTH_RANGE.0, STRENGTH_RANGE.1)
        } else {
            0.0
        };
        let b = if self.bought.is_finite() {
            self.bought.clamp(0.0, 1.0)
        } else {
            0.0
        };
        s * (1.0 - b)
    }

    pub fn run(&self) -> LoopRun {
        let g = self.gain();
        let shock = if self.shock_bp.is_finite() {
            self.shock_bp
        } else {
            0.0
        };
        let mut p = 0.0;
        let premiums = (0..=ROUNDS)
            .map(|n| {
                if n > 0 {
                    p = (shock + g * p).clamp(-PREMIUM_BOUND, PREMIUM_BOUND);
                }
                p
            })
            .collect();
        LoopRun {
            gain: g,
            premiums,
            settles_at: (g < 1.0).then(|| shock / (1.0 - g)),
        }
    }
}

impl LoopRun {
    /// The first round whose premium went past the cap, if one did.
    pub fn capped_round(&self) -> Option<usize> {
        self.premiums.iter().position(|p| p.abs() > PREMIUM_CAP)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_shock_leaves_the_bill_unchanged() {
        for y in interest_bill(9.0, &held(0.0)) {
            assert!((y.shocked - y.baseline).abs() < 1e-9);
        }
    }

    #[test]
    fn one_point_higher_for_five_years_costs_about_six_trillion_a_year() {
        let bill = interest_bill(9.0, &held(100.0));
        let y5 = bill[4];
        // 1323.7 tn × 1% × (1 − (8/9)^5)
        let expected = 1323.7155 * 0.01 * (1.0 - (8.0f64 / 9.0).powi(5));
        assert!((y5.shocked - y5.baseline - expected).abs() < 1e-9);
        assert!((bill[0].baseline - (10.5 + (1323.7155 * 0.01573 - 10.5) / 9.0)).abs() < 1e-9);
    }

    #[test]
    fn a_shorter_maturity_passes_yields_through_faster() {
        let short = interest_bill(3.0, &held(100.0))[2];
        let long = interest_bill(15.0, &held(100.0))[2];
        assert!(short.shocked - short.baseline > long.shocked - long.baseline);
    }

    #[test]
    fn a_runaway_loop_stops_at_the_cap_and_says_when() {
        let wild = Loop {
            shock_bp: 100.0,
            strength: 1.5,
            bought: 0.0,
        }
        .run();
        let round = wild.capped_round().expect("passes the cap");
        assert!(round < ROUNDS);
        assert!(wild.premiums[round] > PREMIUM_CAP);
        assert!(wild.premiums[..round].iter().all(|p| *p <= PREMIUM_CAP));
        let calm = Loop {
            shock_bp: 100.0,
            strength: 0.6,
            bought: 0.0,
        }
        .run();
        assert_eq!(calm.capped_round(), None);
    }

    #[test]
    fn the_loop_settles_below_the_threshold_and_runs_away_above() {
        let calm = Loop {
            shock_bp: 50.0,
            strength: 0.6,
            bought: 0.0,
        }
        .run();
        assert_eq!(calm.settles_at, Some(125.0));
        assert!((calm.premiums[ROUNDS] - 125.0).abs() < 0.01);
        let wild = Loop {
            shock_bp: 50.0,
            strength: 1.2,
            bought: 0.0,
        }
        .run();
        assert_eq!(wild.settles_at, None);
        assert!(wild.premiums[ROUNDS] > 10.0 * 50.0);
        // The central bank buying half the selling brings the same loop back below the threshold.
        let rescued = Loop {
            shock_bp: 50.0,
            strength: 1.2,
            bought: 0.5,
        }
        .run();
        assert!(rescued.settles_at.is_some());
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn higher_yields_never_lower_the_bill(m in 1.0..30.0f64, a in -200.0..300.0f64, extra in 0.0..300.0f64) {
            let low = interest_bill(m, &held(a));
            let high = interest_bill(m, &held(a + extra));
            for (l, h) in low.iter().zip(&high) {
                prop_assert!(h.shocked >= l.shocked - 1e-9);
            }
        }

        #[test]
        fn no_slider_value_panics_or_breaks_the_numbers(m in any::<f64>(), s in any::<f64>(), k in any::<f64>(), b in any::<f64>()) {
            for y in interest_bill(m, &held(s)) {
                prop_assert!(y.shocked.is_finite() && y.baseline.is_finite());
            }
            let r = Loop { shock_bp: s, strength: k, bought: b }.run();
            prop_assert!(r.premiums.iter().all(|p| p.is_finite()));
        }

        #[test]
        fn settling_depends_only_on_the_gain(s in 1.0..300.0f64, k in 0.0..1.5f64, b in 0.0..1.0f64) {
            let r = Loop { shock_bp: s, strength: k, bought: b }.run();
            prop_assert_eq!(r.settles_at.is_some(), k * (1.0 - b) < 1.0);
        }
    }
}

/// Today's average rate on the debt, % (interest ÷ debt): what old debt costs before it rolls.
pub fn average_rate_pct() -> f64 {
    100.0 * fact(FactId::JapanInterestTn).value / fact(FactId::JapanDebtTn).value
}

/// The fiscal-worry proxy, in %: a year's projected interest as a share of that year's debt
/// service, with repayments held at today's level. Debt service includes repayments, so this
/// is a proxy for the strain, not a measure of it.
pub fn interest_share_of_debt_service(year: &BillYear) -> f64 {
    let repayments = fact(FactId::JapanDebtServiceTn).value - fact(FactId::JapanInterestTn).value;
    100.0 * year.shocked / (repayments + year.shocked)
}

#[cfg(test)]
mod proxy_tests {
    use super::*;

    #[test]
    fn the_default_maturity_is_the_ministrys() {
        assert_eq!(MATURITY_DEFAULT, 9.0);
        assert_eq!(MATURITY_DEFAULT, fact(FactId::MofAvgMaturityYears).value);
    }

    #[test]
    fn the_worry_proxy_starts_at_todays_share_and_rises_with_the_bill() {
        let base = interest_bill(MATURITY_DEFAULT, &held(0.0));
        let today =
            100.0 * fact(FactId::JapanInterestTn).value / fact(FactId::JapanDebtServiceTn).value;
        let shocked = interest_bill(MATURITY_DEFAULT, &held(100.0));
        let (a, b) = (
            interest_share_of_debt_service(&base[4]),
            interest_share_of_debt_service(&shocked[4]),
        );
        assert!(today < a && a < b && b < 100.0, "{today} {a} {b}");
        assert!(average_rate_pct() < fact(FactId::Jgb10y20250522).value);
    }
}

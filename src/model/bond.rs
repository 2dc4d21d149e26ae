//! Bond maths for a fixed-coupon bullet bond with face 100 and semiannual coupons, valued on a
//! coupon date (no accrued interest). Yields are annual rates with semiannual compounding, as
//! decimals (0.03336 = 3.336%). Both JGBs and Treasuries pay coupons twice a year.
//!
//! Every quantity is a plain sum over the cash flows (at most 100 of them), which keeps the
//! results exact to floating-point rounding for zero and negative yields alike.

/// Coupons a year.
const FREQUENCY: f64 = 2.0;
/// Face value the lesson prices against.
pub const FACE: f64 = 100.0;
/// Shortest and longest maturities the lab accepts, in years.
pub const MIN_TENOR_YEARS: f64 = 0.5;
pub const MAX_TENOR_YEARS: f64 = 50.0;
/// The widest yield range the solver searches. A solution outside it is reported, not returned.
const SOLVER_MIN_YIELD: f64 = -0.5;
const SOLVER_MAX_YIELD: f64 = 5.0;

/// A bond on one of its coupon dates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bond {
    /// Whole coupon periods left (2 per year).
    periods: u32,
    /// Annual coupon rate as a decimal.
    coupon_rate: f64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BondError {
    /// The tenor is not a finite number of years within 0.5–50.
    TenorOutOfRange,
    /// The coupon is not finite or is negative.
    InvalidCoupon,
    /// The yield is not finite or is so negative that discounting breaks down (y ≤ −200%).
    InvalidYield,
    /// No yield in the solver's range gives this price.
    PriceUnreachable,
}

impl std::fmt::Display for BondError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BondError::TenorOutOfRange => "tenor must be between 0.5 and 50 years",
            BondError::InvalidCoupon => "coupon must be a finite rate of at least 0%",
            BondError::InvalidYield => "yield must be a finite rate above -200%",
            BondError::PriceUnreachable => "no yield between -50% and 500% gives this price",
        })
    }
}

impl Bond {
    /// A bond maturing in `tenor_years` (rounded to the nearest half year) paying
    /// `coupon_rate` a year (decimal) in two equal coupons.
    pub fn new(tenor_years: f64, coupon_rate: f64) -> Result<Self, BondError> {
        if !tenor_years.is_finite()
            || !(MIN_TENOR_YEARS - 0.25..MAX_TENOR_YEARS + 0.25).contains(&tenor_years)
        {
            return Err(BondError::TenorOutOfRange);
        }
        if !coupon_rate.is_finite() || coupon_rate < 0.0 {
            return Err(BondError::InvalidCoupon);
        }
        let periods = (tenor_years * FREQUENCY).round() as u32;
        Ok(Bond {
            periods,
            coupon_rate,
        })
    }

    /// A zero-coupon bond.
    pub fn zero(tenor_years: f64) -> Result<Self, BondError> {
        Bond::new(tenor_years, 0.0)
    }

    pub fn tenor_years(&self) -> f64 {
        f64::from(self.periods) / FREQUENCY
    }

    pub fn coupon_rate(&self) -> f64 {
        self.coupon_rate
    }

    fn coupon(&self) -> f64 {
        FACE * self.coupon_rate / FREQUENCY
    }

    /// The discount factor for one period, or an error where it is undefined.
    fn period_discount(yield_rate: f64) -> Result<f64, BondError> {
        let base = 1.0 + yield_rate / FREQUENCY;
        if !yield_rate.is_finite() || base <= 0.0 {
            return Err(BondError::InvalidYield);
        }
        Ok(1.0 / base)
    }

    /// Sums f(k, cash flow k, v^k) over the cash flows k = 1..=n.
    fn sum_cash_flows(&self, v: f64, f: impl Fn(f64, f64, f64) -> f64) -> f64 {
        let coupon = self.coupon();
        let mut discount = 1.0;
        let mut total = 0.0;
        for k in 1..=self.periods {
            discount *= v;
            let cash = if k == self.periods {
                coupon + FACE
            } else {
                coupon
            };
            total += f(f64::from(k), cash, discount);
        }
        total
    }

    /// Clean price (= dirty price on a coupon date) per 100 face.
    pub fn price(&self, yield_rate: f64) -> Result<f64, BondError> {
        let v = Self::period_discount(yield_rate)?;
        Ok(self.sum_cash_flows(v, |_, cash, disc| cash * disc))
    }

    /// The yield that gives `price`, to about 1e-14.
    pub fn yield_from_price(&self, price: f64) -> Result<f64, BondError> {
        if !price.is_finite() || price <= 0.0 {
            return Err(BondError::PriceUnreachable);
        }
        // Price falls strictly as yield rises, so the bracket decides whether a solution exists.
        let (mut lo, mut hi) = (SOLVER_MIN_YIELD, SOLVER_MAX_YIELD);
        if price > self.price(lo)? || price < self.price(hi)? {
            return Err(BondError::PriceUnreachable);
        }
        // Newton from the coupon rate, kept inside a shrinking bracket (bisection when it strays).
        let mut y = self.coupon_rate.clamp(lo, hi);
        for _ in 0..200 {
            let p = self.price(y)?;
            let diff = p - price;
            if diff > 0.0 {
                lo = y;
            } else {
                hi = y;
            }
            let slope = self.dprice_dyield(y)?;
            let mut next = y - diff / slope;
            if !(next > lo && next < hi && next.is_finite()) {
                next = 0.5 * (lo + hi);
            }
            if (next - y).abs() < 1e-15 || hi - lo < 1e-15 {
                return Ok(next);
            }
            y = next;
        }
        Ok(y)
    }

    fn dprice_dyield(&self, yield_rate: f64) -> Result<f64, BondError> {
        let v = Self::period_discount(yield_rate)?;
        Ok(-v / FREQUENCY * self.sum_cash_flows(v, |k, cash, disc| k * cash * disc))
    }

    /// Every sensitivity at one yield.
    pub fn analytics(&self, yield_rate: f64) -> Result<Analytics, BondError> {
        let v = Self::period_discount(yield_rate)?;
        let price = self.sum_cash_flows(v, |_, cash, disc| cash * disc);
        let time_weighted = self.sum_cash_flows(v, |k, cash, disc| k * cash * disc);
        let second = self.sum_cash_flows(v, |k, cash, disc| k * (k + 1.0) * cash * disc);
        let macaulay = time_weighted / FREQUENCY / price;
        let modified = macaulay * v;
        // d²P/dy² = Σ CF·k(k+1)/f² · v^(k+2)
        let convexity = second * v * v / (FREQUENCY * FREQUENCY) / price;
        Ok(Analytics {
            price,
            macaulay_duration: macaulay,
            modified_duration: modified,
            convexity,
            dv01: modified * price * 1e-4,
        })
    }

    /// What a parallel change of `shock` (decimal: 0.01 = 100 bp) does to this bond at `yield_rate`.
    pub fn shock(&self, yield_rate: f64, shock: f64) -> Result<ShockResult, BondError> {
        let before = self.analytics(yield_rate)?;
        let price_after = self.price(yield_rate + shock)?;
        let exact_pct = (price_after / before.price - 1.0) * 100.0;
        let duration_pct = -before.modified_duration * shock * 100.0;
        let convexity_pct = duration_pct + 0.5 * before.convexity * shock * shock * 100.0;
        Ok(ShockResult {
            before,
            yield_after: yield_rate + shock,
            price_after,
            exact_pct,
            duration_pct,
            convexity_pct,
            duration_error_pct: duration_pct - exact_pct,
            convexity_error_pct: convexity_pct - exact_pct,
        })
    }
}

/// Price and sensitivities at one yield.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Analytics {
    /// Per 100 face.
    pub price: f64,
    /// Years.
    pub macaulay_duration: f64,
    /// Years: −(1/P)·dP/dy.
    pub modified_duration: f64,
    /// Years²: (1/P)·d²P/dy².
    pub convexity: f64,
    /// Price change per 100 face for a 1 bp fall in yield.
    pub dv01: f64,
}

/// The effect of one parallel yield shock. Percentages are in percent (−18.9 means −18.9%).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ShockResult {
    pub before: Analytics,
    pub yield_after: f64,
    pub price_after: f64,
    /// Exact price change.
    pub exact_pct: f64,
    /// −D_mod·Δ.
    pub duration_pct: f64,
    /// −D_mod·Δ + ½·C·Δ².
    pub convexity_pct: f64,
    /// Estimate minus exact, in percentage points.
    pub duration_error_pct: f64,
    pub convexity_error_pct: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tol: f64) -> bool {
        (a - b).abs() <= tol * b.abs().max(1.0)
    }

    #[test]
    fn par_bond_prices_at_100() {
        for tenor in [0.5, 2.0, 10.0, 40.0, 50.0] {
            for c in [0.0001, 0.01573, 0.05, 0.1] {
                let b = Bond::new(tenor, c).unwrap();
                assert!(close(b.price(c).unwrap(), 100.0, 1e-12), "{tenor} {c}");
            }
        }
    }

    #[test]
    fn zero_coupon_matches_closed_form() {
        let b = Bond::zero(30.0).unwrap();
        let y = 0.03;
        let expected = 100.0 / (1.0 + y / 2.0_f64).powi(60);
        assert!(close(b.price(y).unwrap(), expected, 1e-14));
        let a = b.analytics(y).unwrap();
        assert!(close(a.macaulay_duration, 30.0, 1e-14));
        assert!(close(a.modified_duration, 30.0 / 1.015, 1e-14));
        // 60·61/4 / 1.015² years²
        assert!(close(
            a.convexity,
            60.0 * 61.0 / 4.0 / (1.015 * 1.015),
            1e-14
        ));
    }

    #[test]
    fn zero_yield_price_is_sum_of_cash_flows() {
        let b = Bond::new(10.0, 0.02).unwrap();
        assert!(close(b.price(0.0).unwrap(), 120.0, 1e-14));
    }

    #[test]
    fn negative_yield_prices_above_cash_flows_sum() {
        let b = Bond::new(10.0, 0.001).unwrap();
        let p = b.price(-0.01).unwrap();
        assert!(p > 101.0, "{p}");
        let y = b.yield_from_price(p).unwrap();
        assert!((y + 0.01).abs() < 1e-12);
    }

    #[test]
    fn article_example_40y_and_10y() {
        // +100 bp on par bonds at the MOF yields of 2025-05-22.
        let s40 = Bond::new(40.0, 0.03336)
            .unwrap()
            .shock(0.03336, 0.01)
            .unwrap();
        assert!((s40.exact_pct - -18.9).abs() < 0.05, "{}", s40.exact_pct);
        assert!(
            (s40.duration_pct - -22.0).abs() < 0.05,
            "{}",
            s40.duration_pct
        );
        let s10 = Bond::new(10.0, 0.01573)
            .unwrap()
            .shock(0.01573, 0.01)
            .unwrap();
        assert!((s10.exact_pct - -8.8).abs() < 0.05, "{}", s10.exact_pct);
        assert!(
            (s10.duration_pct - -9.2).abs() < 0.05,
            "{}",
            s10.duration_pct
        );
    }

    #[test]
    fn shock_of_zero_changes_nothing() {
        let s = Bond::new(20.0, 0.025).unwrap().shock(0.03, 0.0).unwrap();
        assert_eq!(s.exact_pct, 0.0);
        assert_eq!(s.duration_pct, 0.0);
        assert_eq!(s.convexity_error_pct, 0.0);
    }

    #[test]
    fn convexity_estimate_beats_duration_alone() {
        let b = Bond::new(30.0, 0.03).unwrap();
        for shock in [-0.02, -0.005, 0.005, 0.01, 0.03] {
            let s = b.shock(0.03, shock).unwrap();
            assert!(s.convexity_error_pct.abs() < s.duration_error_pct.abs());
            // Duration alone always understates the price (the curve lies above its tangent).
            assert!(s.duration_error_pct < 0.0);
        }
    }

    #[test]
    fn dv01_matches_a_one_bp_bump() {
        let b = Bond::new(20.0, 0.025).unwrap();
        let a = b.analytics(0.025).unwrap();
        let bump = (b.price(0.025 - 0.00005).unwrap() - b.price(0.025 + 0.00005).unwrap()) / 1.0;
        assert!(close(a.dv01, bump, 1e-6));
    }

    #[test]
    fn bad_inputs_are_errors_not_panics() {
        assert_eq!(Bond::new(0.1, 0.01), Err(BondError::TenorOutOfRange));
        assert_eq!(Bond::new(60.0, 0.01), Err(BondError::TenorOutOfRange));
        assert_eq!(Bond::new(f64::NAN, 0.01), Err(BondError::TenorOutOfRange));
        assert_eq!(Bond::new(10.0, -0.01), Err(BondError::InvalidCoupon));
        assert_eq!(
            Bond::new(10.0, f64::INFINITY),
            Err(BondError::InvalidCoupon)
        );
        let b = Bond::new(10.0, 0.02).unwrap();
        assert_eq!(b.price(f64::NAN), Err(BondError::InvalidYield));
        assert_eq!(b.price(-2.0), Err(BondError::InvalidYield));
        assert_eq!(b.price(-3.0), Err(BondError::InvalidYield));
        assert_eq!(b.yield_from_price(0.0), Err(BondError::PriceUnreachable));
        assert_eq!(b.yield_from_price(-5.0), Err(BondError::PriceUnreachable));
        assert_eq!(
            b.yield_from_price(f64::NAN),
            Err(BondError::PriceUnreachable)
        );
        assert_eq!(b.yield_from_price(1e9), Err(BondError::PriceUnreachable));
        assert!(b.shock(0.02, f64::INFINITY).is_err());
    }

    #[test]
    fn half_year_bond_is_one_cash_flow() {
        let b = Bond::new(0.5, 0.04).unwrap();
        assert!(close(b.price(0.06).unwrap(), 102.0 / 1.03, 1e-15));
        assert_eq!(b.tenor_years(), 0.5);
    }

    #[test]
    fn yield_solver_handles_the_edges() {
        for tenor in [0.5, 1.0, 7.5, 30.0, 50.0] {
            for c in [0.0, 0.005, 0.05, 0.1] {
                for y in [-0.01, -0.005, 0.0, 0.0001, 0.03, 0.12, 0.25] {
                    let b = Bond::new(tenor, c).unwrap();
                    let p = b.price(y).unwrap();
                    let back = b.yield_from_price(p).unwrap();
                    assert!((back - y).abs() < 1e-10, "{tenor} {c} {y} -> {back}");
                }
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn tenor() -> impl Strategy<Value = f64> {
        (1u32..=100).prop_map(|n| f64::from(n) / 2.0)
    }

    proptest! {
        #[test]
        fn price_falls_strictly_as_yield_rises(t in tenor(), c in 0.0..0.10f64, y in -0.01..0.25f64, dy in 1e-4..0.05f64) {
            let b = Bond::new(t, c).unwrap();
            prop_assert!(b.price(y + dy).unwrap() < b.price(y).unwrap());
        }

        #[test]
        fn price_is_convex_in_yield(t in tenor(), c in 0.0..0.10f64, y in -0.01..0.25f64, h in 1e-3..0.02f64) {
            let b = Bond::new(t, c).unwrap();
            let mid = b.price(y).unwrap();
            let chord = 0.5 * (b.price(y - h).unwrap() + b.price(y + h).unwrap());
            prop_assert!(chord >= mid * (1.0 - 1e-15));
            prop_assert!(b.analytics(y).unwrap().convexity > 0.0);
        }

        #[test]
        fn yield_price_yield_round_trips(t in tenor(), c in 0.0..0.10f64, y in -0.01..0.25f64) {
            let b = Bond::new(t, c).unwrap();
            let back = b.yield_from_price(b.price(y).unwrap()).unwrap();
            prop_assert!((back - y).abs() < 1e-10, "{} vs {}", back, y);
        }

        #[test]
        fn any_inputs_never_panic(t in any::<f64>(), c in any::<f64>(), y in any::<f64>(), s in any::<f64>(), p in any::<f64>()) {
            if let Ok(b) = Bond::new(t, c) {
                let _ = b.shock(y, s);
                let _ = b.yield_from_price(p);
            }
        }
    }
}

//! Every link parameter, declared once: its key, the state field it sets, its range or allowed
//! values, and what it does. Parsing (with the notice), writing the query, the reducer's setters
//! and the README's parameter table all come from these declarations.

use super::auction::{AuctionId, DEMAND_RANGE, DISPERSION_RANGE, WI_RANGE};
use super::fiscal::{MATURITY_RANGE, STRENGTH_RANGE};
use super::holdings::{BojBasis, CUT_RANGE, DURATION_RANGE};
use super::scenarios::{BojPath, BojResponse, FedResponse};
use super::url_state::{
    IgnoreReason, JgbRange, LabView, RiskView, UrlState, COUPON_RANGE, TENOR_RANGE, YIELD_RANGE,
};

/// How a number is kept once clamped to its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// As given.
    Exact,
    /// To the nearest half (maturities).
    Half,
    /// To the nearest whole number.
    Whole,
}

impl Step {
    fn apply(self, x: f64) -> f64 {
        match self {
            Step::Exact => x,
            Step::Half => (x * 2.0).round() / 2.0,
            Step::Whole => x.round(),
        }
    }
}

/// A finite number clamped to its range; anything else falls back to the range's low end (or 0
/// where the range holds it).
fn clamp(x: f64, (lo, hi): (f64, f64)) -> f64 {
    if x.is_finite() {
        x.clamp(lo, hi)
    } else {
        lo.max(0.0).min(hi)
    }
}

/// Reads a finite number for a range: the clamped value, and whether clamping changed it.
fn read_number(value: &str, range: (f64, f64)) -> Result<(f64, bool), IgnoreReason> {
    let x: f64 = value.parse().map_err(|_| IgnoreReason::InvalidValue)?;
    if !x.is_finite() {
        return Err(IgnoreReason::InvalidValue);
    }
    let clamped = x.clamp(range.0, range.1);
    Ok((clamped, clamped != x))
}

/// One row of the README's table.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: &'static str,
    pub about: &'static str,
    pub allowed: String,
    pub default: String,
}

fn range_text((lo, hi): (f64, f64)) -> String {
    format!("{lo} to {hi}")
}

macro_rules! link_params {
    (
        numbers { $($n:ident $nkey:literal $nfield:ident $nrange:expr, $step:ident, $nabout:literal;)* }
        optional { $($o:ident $okey:literal $ofield:ident $orange:expr, $oabout:literal;)* }
        choices { $($c:ident $ckey:literal $cfield:ident $cty:ty, $cabout:literal;)* }
    ) => {
        /// A numeric link parameter (a field with a range).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Num { $($n),* }

        impl Num {
            pub const ALL: &'static [Num] = &[$(Num::$n),*];
            pub fn key(self) -> &'static str { match self { $(Num::$n => $nkey),* } }
            pub fn range(self) -> (f64, f64) { match self { $(Num::$n => $nrange),* } }
            pub fn step(self) -> Step { match self { $(Num::$n => Step::$step),* } }
            pub fn get(self, s: &UrlState) -> f64 { match self { $(Num::$n => s.$nfield),* } }
            /// The reducer's setter: clamped to the range and kept to the step.
            pub fn set(self, s: &mut UrlState, x: f64) {
                let x = self.step().apply(clamp(x, self.range()));
                match self { $(Num::$n => s.$nfield = x),* }
            }
            fn about(self) -> &'static str { match self { $(Num::$n => $nabout),* } }
        }

        /// A numeric parameter that is unset until the reader changes it (the auction's own
        /// published values stand in until then).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Opt { $($o),* }

        impl Opt {
            pub const ALL: &'static [Opt] = &[$(Opt::$o),*];
            pub fn key(self) -> &'static str { match self { $(Opt::$o => $okey),* } }
            pub fn range(self) -> (f64, f64) { match self { $(Opt::$o => $orange),* } }
            pub fn get(self, s: &UrlState) -> Option<f64> { match self { $(Opt::$o => s.$ofield),* } }
            pub fn set(self, s: &mut UrlState, x: Option<f64>) {
                let x = x.map(|x| clamp(x, self.range()));
                match self { $(Opt::$o => s.$ofield = x),* }
            }
            fn about(self) -> &'static str { match self { $(Opt::$o => $oabout),* } }
        }

        /// Reads one declared parameter; `None` when the key is not one of them.
        pub fn read(s: &mut UrlState, key: &str, value: &str) -> Option<Result<(), IgnoreReason>> {
            if let Some(p) = Num::ALL.iter().find(|p| p.key() == key) {
                return Some(read_number(value, p.range()).and_then(|(x, clamped)| {
                    p.set(s, x);
                    if clamped {
                        Err(IgnoreReason::Clamped)
                    } else if p.get(s) != x {
                        // Kept to its step (a maturity of 9.3 reads 9.5): said, not silent.
                        Err(IgnoreReason::Rounded)
                    } else {
                        Ok(())
                    }
                }));
            }
            if let Some(p) = Opt::ALL.iter().find(|p| p.key() == key) {
                return Some(read_number(value, p.range()).and_then(|(x, clamped)| {
                    p.set(s, Some(x));
                    if clamped { Err(IgnoreReason::Clamped) } else { Ok(()) }
                }));
            }
            match key {
                $($ckey => Some(<$cty>::parse(value).map(|v| s.$cfield = v).ok_or(IgnoreReason::InvalidValue)),)*
                _ => None,
            }
        }

        /// A declared number's value in the state, by its key (`None` for other keys, and for
        /// an optional number not set).
        pub fn number(s: &UrlState, key: &str) -> Option<f64> {
            if let Some(p) = Num::ALL.iter().find(|p| p.key() == key) {
                return Some(p.get(s));
            }
            Opt::ALL.iter().find(|p| p.key() == key).and_then(|p| p.get(s))
        }

        /// Writes every declared parameter that differs from its default.
        pub fn write(s: &UrlState, parts: &mut Vec<String>) {
            let d = UrlState::default();
            for p in Num::ALL {
                if p.get(s) != p.get(&d) {
                    parts.push(format!("{}={}", p.key(), p.get(s)));
                }
            }
            for p in Opt::ALL {
                if let Some(v) = p.get(s) {
                    parts.push(format!("{}={v}", p.key()));
                }
            }
            $(if s.$cfield != d.$cfield {
                parts.push(format!("{}={}", $ckey, s.$cfield.id()));
            })*
        }

        /// The README rows of the declared parameters.
        pub fn declared_rows() -> Vec<Row> {
            let d = UrlState::default();
            let mut rows: Vec<Row> = Num::ALL.iter().map(|p| Row {
                key: p.key(),
                about: p.about(),
                allowed: range_text(p.range()),
                default: format!("`{}`", p.get(&d)),
            }).collect();
            rows.extend(Opt::ALL.iter().map(|p| Row {
                key: p.key(),
                about: p.about(),
                allowed: range_text(p.range()),
                default: "the auction's published value".to_string(),
            }));
            $(rows.push(Row {
                key: $ckey,
                about: $cabout,
                allowed: <$cty>::ALL.iter().map(|v| format!("`{}`", v.id())).collect::<Vec<_>>().join(", "),
                default: format!("`{}`", d.$cfield.id()),
            });)*
            rows
        }
    };
}

link_params! {
    numbers {
        Tenor "tenor" tenor_years TENOR_RANGE, Half, "Yield lab: the bond's maturity in years (to the half year).";
        Coupon "coupon" coupon_pct COUPON_RANGE, Exact, "Yield lab: the bond's coupon, % a year.";
        Yield "yield" yield_pct YIELD_RANGE, Exact, "Yield lab: the starting yield, %.";
        Cut "cut" cut_bn CUT_RANGE, Whole, "Taper: the cut in monthly purchases each quarter until March 2026, bn yen.";
        Cut2026 "cut2026" cut_2026_bn CUT_RANGE, Whole, "Taper: the cut each quarter from April 2026, bn yen.";
        BojDuration "bojdur" boj_duration DURATION_RANGE, Exact, "Holdings: the Bank of Japan book's assumed duration, years.";
        FedDuration "feddur" fed_duration DURATION_RANGE, Exact, "Holdings: the Fed book's assumed duration, years.";
        DebtMaturity "debtmat" debt_maturity MATURITY_RANGE, Exact, "Fiscal loop: the debt's average maturity, years.";
        LoopStrength "loop" loop_strength STRENGTH_RANGE, Exact, "Fiscal loop: the toy model's loop strength.";
        LoopBought "bought" loop_bought_pct (0.0, 100.0), Exact, "Fiscal loop: the share of the selling the central bank takes on, %.";
    }
    optional {
        Demand "demand" auction_demand DEMAND_RANGE, "Auction machine: demand, bids over the amount offered.";
        Dispersion "dispersion" auction_dispersion DISPERSION_RANGE, "Auction machine: the spread of bids (yen for JGBs, bp for Treasuries).";
        WhenIssued "wi" auction_wi WI_RANGE, "Auction machine: the when-issued yield of a Treasury auction, %.";
    }
    choices {
        LabViewP "labview" lab_view LabView, "Yield lab: the chart, price against yield or every maturity.";
        RiskP "risk" risk RiskView, "Risk table: the markets shown.";
        JgbRangeP "jgbrange" jgb_range JgbRange, "JGB yields chart: the period.";
        BasisP "basis" boj_basis BojBasis, "Holdings: the denominator of the Bank of Japan's share.";
        AuctionP "auction" auction AuctionId, "Auction machine: the auction loaded.";
        BojPathP "bojpath" boj_path BojPath, "Policy paths: where yields go from here.";
        BojRespP "bojresp" boj_response BojResponse, "Policy paths: the Bank of Japan's response.";
        FedRespP "fedresp" fed_response FedResponse, "Policy paths: the Fed's response.";
    }
}

/// The parameters with their own syntax, read and written by `url_state` itself.
pub fn special_rows() -> Vec<Row> {
    use super::risk::RiskRowId;
    use super::widgets::Widget;
    let ids = |ids: Vec<&str>| {
        ids.iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let row = |key, about, allowed: String, default: &str| Row {
        key,
        about,
        allowed,
        default: default.to_string(),
    };
    vec![
        row("v", "The link format's version.", "`1`".into(), "`1`"),
        row(
            "lang",
            "The language; any `zh-*` tag opens Traditional Chinese.",
            "`en`, `zh-Hant`".into(),
            "the page's (or the browser's)",
        ),
        row(
            "embed",
            "Shows one widget alone, for embedding.",
            ids(Widget::ALL.iter().map(|w| w.id()).collect()),
            "the whole lesson",
        ),
        row(
            "shock",
            "Yield lab: the yield change in basis points, followed by every widget that uses it.",
            "-200 to 300, whole".into(),
            "`100`",
        ),
        row(
            "riskrow",
            "Risk table: a row to highlight.",
            ids(RiskRowId::ALL.iter().map(|r| r.id()).collect()),
            "none",
        ),
        row(
            "jgbtenors",
            "JGB yields chart: the maturities shown, comma-separated.",
            "`10`, `20`, `30`, `40`".into(),
            "`10,40`",
        ),
        row(
            "path",
            "Fiscal loop: the reader's own yield path, ten whole bp values, comma-separated.",
            "-200 to 300 each".into(),
            "none (the lab's change held)",
        ),
    ]
}

/// The README's parameter table, as Markdown.
pub fn readme_table() -> String {
    let mut out =
        String::from("| Parameter | What it sets | Allowed | Default |\n|---|---|---|---|\n");
    for r in special_rows().into_iter().chain(declared_rows()) {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            r.key, r.about, r.allowed, r.default
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The README's table is the declarations' table: a parameter without its row (or a row
    /// without its parameter) fails here. Run with `SELLOFF_LAB_WRITE_README=1` to rewrite it.
    #[test]
    fn the_readme_lists_every_link_parameter() {
        crate::readme::check_section("link-params", &readme_table());
    }

    #[test]
    fn declared_setters_clamp_and_step() {
        let mut s = UrlState::default();
        Num::Tenor.set(&mut s, 12.3);
        assert_eq!(s.tenor_years, 12.5);
        Num::Cut.set(&mut s, 1e9);
        assert_eq!(s.cut_bn, CUT_RANGE.1);
        Num::Yield.set(&mut s, f64::NAN);
        assert!(s.yield_pct.is_finite());
        Opt::Demand.set(&mut s, Some(-5.0));
        assert_eq!(s.auction_demand, Some(DEMAND_RANGE.0));
        assert_eq!(read(&mut s, "nope", "1"), None);
        assert_eq!(
            read(&mut s, "basis", "bogus"),
            Some(Err(IgnoreReason::InvalidValue))
        );
        assert_eq!(read(&mut s, "loop", "9"), Some(Err(IgnoreReason::Clamped)));
    }
}

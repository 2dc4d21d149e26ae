//! The lesson's market data: dated figures from the world, each with its publisher. The values
//! live in `dataset.rs`, written by the data step (src/data_step.rs) from the shared data.

use super::dataset::FACTS;
pub use super::dataset::{BOJ_SHARE_HISTORY, JGB_CURVE_2024_05_22, JGB_CURVE_2025_05_22, SOURCES};

/// Where a figure comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub publisher: &'static str,
    pub url: &'static str,
    /// What a reader should know before trusting the figure; empty when nothing.
    pub caveat: &'static str,
}

/// One figure from the world, as published.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fact {
    pub id: &'static str,
    pub value: f64,
    /// ISO date, month or fiscal year the figure is as of.
    pub date: &'static str,
    pub source: &'static str,
}

impl Fact {
    pub fn source(&self) -> &'static Source {
        source(self.source)
    }
}

/// A source by id. The data step refuses facts that cite an unknown source, so every cited id
/// exists; an unknown id here is a programming error caught by the tests below.
pub fn source(id: &str) -> &'static Source {
    SOURCES.iter().find(|s| s.id == id).unwrap_or(&SOURCES[0])
}

/// A fact by id. Ids are constants of this crate, all checked by `every_fact_id_exists`.
pub fn fact(id: &str) -> &'static Fact {
    FACTS
        .iter()
        .find(|f| f.id == id)
        .unwrap_or_else(|| FACTS.first().expect("dataset has facts"))
}

/// Every fact id the lesson uses, so a test can prove they all exist.
pub const USED_FACT_IDS: &[&str] = &[
    "jgb10y_2025_05_22",
    "jgb20y_2025_05_22",
    "jgb30y_2025_05_22",
    "jgb40y_2025_05_22",
    "ust10y_2025_05_21",
    "ust20y_2025_05_21",
    "ust30y_2025_05_21",
    "jgb20y_auction_may_btc",
    "jgb20y_auction_may_tail",
    "jgb20y_auction_april_btc",
    "jgb20y_auction_april_tail",
    "ust20y_auction_btc",
    "ust20y_auction_high_yield",
    "ust20y_auction_pct_at_high",
    "ust20y_auction_dealer_pct",
    "ust20y_auction_indirect_pct",
    "ust10y_auction_indirect_pct",
    "boj_share_excl_2024_03",
    "boj_amount_excl_2024_03",
    "fed_ust_holdings_tn",
    "ust_marketable_tn",
    "jgb40y_news_peak",
    "boj_share_incl_2024_03",
    "boj_share_incl_2025_03",
    "jgb_outstanding_excl_2024_03",
    "boj_share_2013_03",
    "boj_share_record_2023_09",
    "boj_purchases_2024_07_tn",
    "boj_taper_cut_bn",
    "boj_taper_cut_2026_bn",
    "boj_purchases_2026_q1_tn",
    "japan_debt_tn",
    "japan_interest_tn",
    "japan_debt_service_tn",
];

/// The Fed's share of marketable Treasuries, computed from the two published amounts.
pub fn fed_share_pct() -> f64 {
    fact("fed_ust_holdings_tn").value / fact("ust_marketable_tn").value * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_fact_id_exists_and_cites_a_known_source() {
        for id in USED_FACT_IDS {
            assert!(FACTS.iter().any(|f| f.id == *id), "missing fact {id}");
        }
        for f in FACTS {
            assert!(
                SOURCES.iter().any(|s| s.id == f.source),
                "{} cites {}",
                f.id,
                f.source
            );
            assert!(f.value.is_finite());
            assert!(!f.date.is_empty());
        }
        for s in SOURCES {
            assert!(
                !s.publisher.is_empty() && s.url.starts_with("https://"),
                "{}",
                s.id
            );
        }
    }

    #[test]
    fn figures_match_the_article_and_sources() {
        assert_eq!(fact("jgb40y_2025_05_22").value, 3.336);
        assert_eq!(fact("jgb10y_2025_05_22").value, 1.573);
        assert_eq!(fact("jgb20y_auction_may_btc").value, 2.50);
        assert_eq!(fact("jgb20y_auction_may_tail").value, 1.14);
        assert_eq!(fact("ust20y_auction_high_yield").value, 5.047);
        assert_eq!(fact("ust20y_auction_pct_at_high").value, 41.02);
        assert_eq!(fact("boj_share_excl_2024_03").value, 53.25);
        assert!((fed_share_pct() - 14.555).abs() < 0.01);
    }

    #[test]
    fn curves_cover_one_to_forty_years() {
        for curve in [JGB_CURVE_2025_05_22, JGB_CURVE_2024_05_22] {
            assert_eq!(curve.first().map(|p| p.0), Some(1.0));
            assert_eq!(curve.last().map(|p| p.0), Some(40.0));
            assert!(curve.windows(2).all(|w| w[0].0 < w[1].0));
        }
    }
}

/// Which market a bond preset belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Market {
    Jgb,
    Ust,
}

/// A par bond at a published yield of May 2025.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BondPreset {
    pub id: &'static str,
    pub market: Market,
    pub tenor_years: f64,
    pub yield_fact: &'static str,
}

impl BondPreset {
    pub fn yield_pct(&self) -> f64 {
        fact(self.yield_fact).value
    }
}

/// The yield lab's presets: JGBs at the MOF yields of 2025-05-22, Treasuries at the par yields of
/// 2025-05-21 (the day of the weak 20-year auction).
pub const BOND_PRESETS: &[BondPreset] = &[
    BondPreset {
        id: "jgb10",
        market: Market::Jgb,
        tenor_years: 10.0,
        yield_fact: "jgb10y_2025_05_22",
    },
    BondPreset {
        id: "jgb20",
        market: Market::Jgb,
        tenor_years: 20.0,
        yield_fact: "jgb20y_2025_05_22",
    },
    BondPreset {
        id: "jgb30",
        market: Market::Jgb,
        tenor_years: 30.0,
        yield_fact: "jgb30y_2025_05_22",
    },
    BondPreset {
        id: "jgb40",
        market: Market::Jgb,
        tenor_years: 40.0,
        yield_fact: "jgb40y_2025_05_22",
    },
    BondPreset {
        id: "ust10",
        market: Market::Ust,
        tenor_years: 10.0,
        yield_fact: "ust10y_2025_05_21",
    },
    BondPreset {
        id: "ust20",
        market: Market::Ust,
        tenor_years: 20.0,
        yield_fact: "ust20y_2025_05_21",
    },
    BondPreset {
        id: "ust30",
        market: Market::Ust,
        tenor_years: 30.0,
        yield_fact: "ust30y_2025_05_21",
    },
];

/// The preset a bond matches, if any (par bond at the preset's yield).
pub fn matching_preset(
    tenor_years: f64,
    coupon_pct: f64,
    yield_pct: f64,
) -> Option<&'static BondPreset> {
    BOND_PRESETS.iter().find(|p| {
        p.tenor_years == tenor_years && p.yield_pct() == coupon_pct && p.yield_pct() == yield_pct
    })
}

#[cfg(test)]
mod preset_tests {
    use super::*;

    #[test]
    fn presets_are_par_bonds_at_published_yields() {
        let p = matching_preset(40.0, 3.336, 3.336).unwrap();
        assert_eq!(p.id, "jgb40");
        assert_eq!(matching_preset(40.0, 3.0, 3.336), None);
        assert_eq!(
            BOND_PRESETS
                .iter()
                .filter(|p| p.market == Market::Ust)
                .count(),
            3
        );
        assert!(BOND_PRESETS
            .iter()
            .all(|p| USED_FACT_IDS.contains(&p.yield_fact)));
    }
}

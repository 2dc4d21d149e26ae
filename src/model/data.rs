//! The lesson's market data: dated figures from the world, each with its publisher. The values
//! live in `dataset.rs`, written by the data step (src/data_step/) from the shared data; ids are
//! enums there, so every figure the lesson names exists.

pub use super::dataset::{
    Fact, FactId, Source, SourceId, BOJ_SHARE_HISTORY, FACTS, JGB_CURVE_2024_05_22,
    JGB_CURVE_2025_05_22, MOF_INTEREST_PLUS_1PT, SOURCES,
};

impl Fact {
    pub fn source(&self) -> &'static Source {
        self.source.get()
    }
}

/// A fact by id.
pub fn fact(id: FactId) -> &'static Fact {
    id.get()
}

/// A fact's value.
pub fn value(id: FactId) -> f64 {
    id.get().value
}

/// The Fed's share of marketable Treasuries, computed from the two published amounts.
pub fn fed_share_pct() -> f64 {
    value(FactId::FedUstHoldingsTn) / value(FactId::UstMarketableTn) * 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_indexed_by_their_ids() {
        for (i, f) in FACTS.iter().enumerate() {
            assert_eq!(f.id as usize, i, "{}", f.key);
            assert_eq!(fact(f.id), f);
            assert!(f.value.is_finite(), "{}", f.key);
            assert!(!f.date.is_empty(), "{}", f.key);
        }
        for (i, s) in SOURCES.iter().enumerate() {
            assert_eq!(s.id as usize, i, "{}", s.key);
            assert!(
                !s.publisher.is_empty() && s.url.starts_with("https://"),
                "{}",
                s.key
            );
        }
    }

    #[test]
    fn figures_match_the_article_and_sources() {
        assert_eq!(value(FactId::Jgb40y20250522), 3.336);
        assert_eq!(value(FactId::Jgb10y20250522), 1.573);
        assert_eq!(value(FactId::Jgb20yAuctionMayBtc), 2.50);
        assert_eq!(value(FactId::Jgb20yAuctionMayTail), 1.14);
        assert_eq!(value(FactId::Ust20yAuctionHighYield), 5.047);
        assert_eq!(value(FactId::Ust20yAuctionPctAtHigh), 41.02);
        assert_eq!(value(FactId::BojShareExcl202403), 53.25);
        assert_eq!(value(FactId::Jgb40yNewsFall20250527Bp), -26.5);
        assert_eq!(value(FactId::Jgb40yNews20250527), 3.285);
        assert_eq!(value(FactId::MofAvgMaturityYears), 9.0);
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

    #[test]
    fn the_ministry_estimate_covers_nine_fiscal_years() {
        assert_eq!(MOF_INTEREST_PLUS_1PT.first(), Some(&(2025, 0.8)));
        assert_eq!(MOF_INTEREST_PLUS_1PT.len(), 9);
        assert_eq!(MOF_INTEREST_PLUS_1PT.last(), Some(&(2033, 8.7)));
    }
}

/// Every source address the page shows lies on a domain reviewed in the data step.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod reviewed_links {
    use super::*;
    use crate::data_step::is_reviewed;
    use crate::model::dataset::JGB_AUCTIONS_2025;

    #[test]
    fn every_source_link_is_on_a_reviewed_domain() {
        for s in SOURCES {
            assert!(is_reviewed(s.url), "{} links to {}", s.key, s.url);
        }
        for a in JGB_AUCTIONS_2025 {
            assert!(
                is_reviewed(a.source_url),
                "{} links to {}",
                a.date,
                a.source_url
            );
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
    pub yield_fact: FactId,
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
        yield_fact: FactId::Jgb10y20250522,
    },
    BondPreset {
        id: "jgb20",
        market: Market::Jgb,
        tenor_years: 20.0,
        yield_fact: FactId::Jgb20y20250522,
    },
    BondPreset {
        id: "jgb30",
        market: Market::Jgb,
        tenor_years: 30.0,
        yield_fact: FactId::Jgb30y20250522,
    },
    BondPreset {
        id: "jgb40",
        market: Market::Jgb,
        tenor_years: 40.0,
        yield_fact: FactId::Jgb40y20250522,
    },
    BondPreset {
        id: "ust10",
        market: Market::Ust,
        tenor_years: 10.0,
        yield_fact: FactId::Ust10y20250521,
    },
    BondPreset {
        id: "ust20",
        market: Market::Ust,
        tenor_years: 20.0,
        yield_fact: FactId::Ust20y20250521,
    },
    BondPreset {
        id: "ust30",
        market: Market::Ust,
        tenor_years: 30.0,
        yield_fact: FactId::Ust30y20250521,
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
    }
}

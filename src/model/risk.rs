//! The JGB/UST risk table (outline section 10) as data: five questions, a cell per market with a
//! severity, and the evidence behind each cell. Evidence figures are fact ids or figures the
//! lesson computes, so the table shows the same numbers as the rest of the page. The model names
//! no text: `i18n` turns rows, cells and figures into words.

use crate::model::data::FactId;

/// How bad a cell is. Ordered, so tests can compare the two markets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Low,
    Moderate,
    High,
    Severe,
}

impl Severity {
    /// A level count for the visual gauge (1–4), told by shape and text as well as colour.
    pub fn level(self) -> u8 {
        match self {
            Severity::Low => 1,
            Severity::Moderate => 2,
            Severity::High => 3,
            Severity::Severe => 4,
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Moderate => "moderate",
            Severity::High => "high",
            Severity::Severe => "severe",
        }
    }
}

/// The two markets the table compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Market {
    Jgb,
    Ust,
}

impl Market {
    pub fn id(self) -> &'static str {
        match self {
            Market::Jgb => "jgb",
            Market::Ust => "ust",
        }
    }
}

/// Where an evidence figure comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// A published figure in the dataset.
    Fact(FactId),
    /// The Fed's share of marketable Treasuries, computed from two published amounts.
    FedShare,
    /// The price change (%) of a par bond of this tenor at a published yield, for the lesson's
    /// current yield shock.
    ShockLoss {
        tenor_years: f64,
        yield_fact: FactId,
    },
    /// The average bid-to-cover of the US auctions of one tenor, 2022–2025.
    UsAverageBtc(u8),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evidence {
    pub figure: Figure,
    pub decimals: usize,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub severity: Severity,
    /// The lesson section that holds this market's evidence for the row.
    pub section: u8,
    pub evidence: &'static [Evidence],
}

/// The risk table's rows, by the id used in links (`riskrow=`) and element ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RiskRowId {
    AuctionDemand,
    /// How fast buyers step back as yields rise (the id of the old "price sensitivity" row stays,
    /// so links keep working).
    PriceSensitivity,
    SecondaryMarket,
    CentralBankShare,
    MarketRisk,
}

impl RiskRowId {
    pub const ALL: [RiskRowId; 5] = [
        RiskRowId::AuctionDemand,
        RiskRowId::PriceSensitivity,
        RiskRowId::SecondaryMarket,
        RiskRowId::CentralBankShare,
        RiskRowId::MarketRisk,
    ];
    pub fn id(self) -> &'static str {
        match self {
            RiskRowId::AuctionDemand => "auction-demand",
            RiskRowId::PriceSensitivity => "price-sensitivity",
            RiskRowId::SecondaryMarket => "secondary-market",
            RiskRowId::CentralBankShare => "central-bank-share",
            RiskRowId::MarketRisk => "market-risk",
        }
    }
    pub fn parse(s: &str) -> Option<RiskRowId> {
        RiskRowId::ALL.into_iter().find(|r| r.id() == s)
    }
    /// The row of the table.
    pub fn row(self) -> &'static Row {
        &ROWS[self as usize]
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Row {
    pub id: RiskRowId,
    pub jgb: Cell,
    pub ust: Cell,
}

impl Row {
    pub fn cell(&self, market: Market) -> &Cell {
        match market {
            Market::Jgb => &self.jgb,
            Market::Ust => &self.ust,
        }
    }
}

const fn ev(id: FactId, decimals: usize) -> Evidence {
    Evidence {
        figure: Figure::Fact(id),
        decimals,
    }
}

const fn shock(tenor_years: f64, yield_fact: FactId) -> Evidence {
    Evidence {
        figure: Figure::ShockLoss {
            tenor_years,
            yield_fact,
        },
        decimals: 1,
    }
}

/// Indexed by `RiskRowId as usize`.
pub const ROWS: [Row; 5] = [
    Row {
        id: RiskRowId::AuctionDemand,
        jgb: Cell {
            severity: Severity::Severe,
            section: 2,
            evidence: &[
                ev(FactId::Jgb20yAuctionMayBtc, 2),
                ev(FactId::Jgb20yAuction12mAvgBtc, 2),
                ev(FactId::Jgb20yAuctionMayTail, 2),
            ],
        },
        ust: Cell {
            severity: Severity::Moderate,
            section: 6,
            evidence: &[
                ev(FactId::Ust20yAuctionBtc, 2),
                Evidence {
                    figure: Figure::UsAverageBtc(20),
                    decimals: 2,
                },
                ev(FactId::Ust20yAuctionIndirectPct, 1),
            ],
        },
    },
    // How fast buyers step back when yields rise: the auctions of a month apart, and like
    // maturities' prices for the lesson's shock.
    Row {
        id: RiskRowId::PriceSensitivity,
        jgb: Cell {
            severity: Severity::Severe,
            section: 2,
            evidence: &[
                ev(FactId::Jgb20yAuctionAprilBtc, 2),
                ev(FactId::Jgb20yAuctionMayBtc, 2),
                ev(FactId::Jgb20yAuctionAprilTail, 2),
                ev(FactId::Jgb20yAuctionMayTail, 2),
                shock(30.0, FactId::Jgb30y20250522),
            ],
        },
        ust: Cell {
            severity: Severity::Moderate,
            section: 6,
            evidence: &[
                ev(FactId::Ust20yAuctionTailBp, 1),
                ev(FactId::Ust10yAuctionTailBp, 1),
                shock(30.0, FactId::Ust30y20250521),
            ],
        },
    },
    Row {
        id: RiskRowId::SecondaryMarket,
        jgb: Cell {
            severity: Severity::High,
            section: 3,
            evidence: &[ev(FactId::Jgb40y20250522, 3), ev(FactId::Jgb40yNewsPeak, 3)],
        },
        ust: Cell {
            severity: Severity::Moderate,
            section: 7,
            evidence: &[ev(FactId::Ust10y20250521, 2), ev(FactId::Ust30y20250521, 2)],
        },
    },
    Row {
        id: RiskRowId::CentralBankShare,
        jgb: Cell {
            severity: Severity::High,
            section: 4,
            evidence: &[
                ev(FactId::BojShareExcl202403, 2),
                ev(FactId::BojShareIncl202503, 1),
            ],
        },
        ust: Cell {
            severity: Severity::Low,
            section: 4,
            evidence: &[Evidence {
                figure: Figure::FedShare,
                decimals: 1,
            }],
        },
    },
    Row {
        id: RiskRowId::MarketRisk,
        jgb: Cell {
            severity: Severity::Severe,
            section: 5,
            evidence: &[
                ev(FactId::Jgb20yAuctionMayTail, 2),
                ev(FactId::BojShareExcl202403, 2),
            ],
        },
        ust: Cell {
            severity: Severity::Moderate,
            section: 8,
            evidence: &[
                ev(FactId::Ust20yAuctionHighYield, 3),
                ev(FactId::Ust20yAuctionDealerPct, 1),
            ],
        },
    },
];

/// The value of an evidence figure, given the lesson's current shock in basis points.
pub fn figure_value(figure: Figure, shock_bp: i32) -> Option<f64> {
    use crate::model::{auction::average_btc, bond::Bond, data};
    match figure {
        Figure::Fact(id) => Some(data::value(id)),
        Figure::FedShare => Some(data::fed_share_pct()),
        Figure::UsAverageBtc(tenor) => average_btc(tenor),
        Figure::ShockLoss {
            tenor_years,
            yield_fact,
        } => {
            let y = data::value(yield_fact) / 100.0;
            let bond = Bond::new(tenor_years, y).ok()?;
            bond.shock(y, f64::from(shock_bp) / 1e4)
                .ok()
                .map(|s| s.exact_pct)
        }
    }
}

/// Whether a figure moves with the lesson's shock (a cell showing one must re-render with it).
pub fn follows_shock(figure: Figure) -> bool {
    matches!(figure, Figure::ShockLoss { .. })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_rows_each_with_both_markets_and_evidence() {
        assert_eq!(ROWS.len(), 5);
        for (i, row) in ROWS.iter().enumerate() {
            assert_eq!(row.id as usize, i);
            assert_eq!(row.id.row(), row);
            assert_eq!(RiskRowId::parse(row.id.id()), Some(row.id));
            for cell in [row.jgb, row.ust] {
                assert!(!cell.evidence.is_empty(), "{:?}", row.id);
                assert!((1..=11).contains(&cell.section));
                for e in cell.evidence {
                    assert!(figure_value(e.figure, 100).is_some_and(f64::is_finite));
                }
            }
        }
    }

    #[test]
    fn the_table_rates_jgbs_as_the_more_dangerous_market() {
        for row in ROWS {
            assert!(row.jgb.severity >= row.ust.severity, "{:?}", row.id);
        }
        let jgb: u32 = ROWS.iter().map(|r| u32::from(r.jgb.severity.level())).sum();
        let ust: u32 = ROWS.iter().map(|r| u32::from(r.ust.severity.level())).sum();
        assert!(jgb > ust);
    }

    #[test]
    fn evidence_links_go_to_each_markets_own_section() {
        let row = RiskRowId::AuctionDemand.row();
        assert_eq!((row.jgb.section, row.ust.section), (2, 6));
        let row = RiskRowId::SecondaryMarket.row();
        assert_eq!((row.jgb.section, row.ust.section), (3, 7));
    }

    #[test]
    fn shock_evidence_follows_the_shock() {
        let f = Figure::ShockLoss {
            tenor_years: 40.0,
            yield_fact: FactId::Jgb40y20250522,
        };
        assert!(follows_shock(f));
        assert_eq!(figure_value(f, 0), Some(0.0));
        let loss = figure_value(f, 100).unwrap();
        assert!((loss - -18.9).abs() < 0.05, "{loss}");
        assert!(figure_value(f, -100).unwrap() > 0.0);
    }

    #[test]
    fn like_maturities_compare_like_bonds() {
        // The 30-year in both markets: the longer JGB duration is not the story here.
        let jgb = figure_value(
            RiskRowId::PriceSensitivity.row().jgb.evidence[4].figure,
            100,
        )
        .unwrap();
        let ust = figure_value(
            RiskRowId::PriceSensitivity.row().ust.evidence[2].figure,
            100,
        )
        .unwrap();
        assert!(jgb < 0.0 && ust < 0.0);
    }
}

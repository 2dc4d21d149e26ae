//! The JGB/UST risk table (outline section 10) as data: five questions, a cell per market with a
//! severity, and the evidence behind each cell. Texts are catalogue keys; figures are fact ids or
//! figures the lesson computes, so the table shows the same numbers as the rest of the page.

use crate::i18n::T;
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

/// Where an evidence figure comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Figure {
    /// A published figure in the dataset, by id.
    Fact(FactId),
    /// The Fed's share of marketable Treasuries, computed from two published amounts.
    FedShare,
    /// The price change of a par bond (tenor, yield fact) for the lesson's current yield shock.
    ShockLoss {
        tenor_years: f64,
        yield_fact: FactId,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evidence {
    pub label: T,
    pub figure: Figure,
    pub decimals: usize,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub severity: Severity,
    pub summary: T,
    pub evidence: &'static [Evidence],
}

/// The risk table's rows, by the id used in links (`riskrow=`) and element ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RiskRowId {
    AuctionDemand,
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
    pub title: T,
    /// The lesson section that explains this row (1–11).
    pub section: u8,
    pub jgb: Cell,
    pub ust: Cell,
}

const fn ev(label: T, id: FactId, decimals: usize) -> Evidence {
    Evidence {
        label,
        figure: Figure::Fact(id),
        decimals,
    }
}

/// Indexed by `RiskRowId as usize`.
pub const ROWS: [Row; 5] = [
    Row {
        id: RiskRowId::AuctionDemand,
        title: T::RowAuction,
        section: 2,
        jgb: Cell {
            severity: Severity::Severe,
            summary: T::CellAuctionJgb,
            evidence: &[
                ev(T::EvJgbBtc, FactId::Jgb20yAuctionMayBtc, 2),
                ev(T::EvJgbBtcApril, FactId::Jgb20yAuctionAprilBtc, 2),
                ev(T::EvJgbTail, FactId::Jgb20yAuctionMayTail, 2),
            ],
        },
        ust: Cell {
            severity: Severity::Moderate,
            summary: T::CellAuctionUst,
            evidence: &[
                ev(T::EvUstBtc, FactId::Ust20yAuctionBtc, 2),
                ev(T::EvUstIndirect, FactId::Ust20yAuctionIndirectPct, 1),
            ],
        },
    },
    Row {
        id: RiskRowId::PriceSensitivity,
        title: T::RowPrice,
        section: 3,
        jgb: Cell {
            severity: Severity::Severe,
            summary: T::CellPriceJgb,
            evidence: &[Evidence {
                label: T::EvJgb40Shock,
                figure: Figure::ShockLoss {
                    tenor_years: 40.0,
                    yield_fact: FactId::Jgb40y20250522,
                },
                decimals: 1,
            }],
        },
        ust: Cell {
            severity: Severity::Moderate,
            summary: T::CellPriceUst,
            evidence: &[
                ev(T::EvUstAtHigh, FactId::Ust20yAuctionPctAtHigh, 2),
                Evidence {
                    label: T::EvUst10Shock,
                    figure: Figure::ShockLoss {
                        tenor_years: 10.0,
                        yield_fact: FactId::Ust10y20250521,
                    },
                    decimals: 1,
                },
            ],
        },
    },
    Row {
        id: RiskRowId::SecondaryMarket,
        title: T::RowSecondary,
        section: 7,
        jgb: Cell {
            severity: Severity::High,
            summary: T::CellSecondaryJgb,
            evidence: &[
                ev(T::EvJgb40, FactId::Jgb40y20250522, 3),
                ev(T::EvJgb40News, FactId::Jgb40yNewsPeak, 3),
            ],
        },
        ust: Cell {
            severity: Severity::Moderate,
            summary: T::CellSecondaryUst,
            evidence: &[ev(T::EvUst10, FactId::Ust10y20250521, 2)],
        },
    },
    Row {
        id: RiskRowId::CentralBankShare,
        title: T::RowCbShare,
        section: 4,
        jgb: Cell {
            severity: Severity::High,
            summary: T::CellCbJgb,
            evidence: &[ev(T::EvBojShare, FactId::BojShareExcl202403, 2)],
        },
        ust: Cell {
            severity: Severity::Low,
            summary: T::CellCbUst,
            evidence: &[Evidence {
                label: T::EvFedShare,
                figure: Figure::FedShare,
                decimals: 1,
            }],
        },
    },
    Row {
        id: RiskRowId::MarketRisk,
        title: T::RowMarketRisk,
        section: 5,
        jgb: Cell {
            severity: Severity::Severe,
            summary: T::CellRiskJgb,
            evidence: &[
                ev(T::EvJgbTail, FactId::Jgb20yAuctionMayTail, 2),
                ev(T::EvBojShare, FactId::BojShareExcl202403, 2),
            ],
        },
        ust: Cell {
            severity: Severity::Moderate,
            summary: T::CellRiskUst,
            evidence: &[
                ev(T::EvUst20, FactId::Ust20yAuctionHighYield, 3),
                ev(T::EvUstDealers, FactId::Ust20yAuctionDealerPct, 1),
            ],
        },
    },
];

/// The value of an evidence figure, given the lesson's current shock in basis points.
pub fn figure_value(figure: Figure, shock_bp: i32) -> Option<f64> {
    use crate::model::{bond::Bond, data};
    match figure {
        Figure::Fact(id) => Some(data::fact(id).value),
        Figure::FedShare => Some(data::fed_share_pct()),
        Figure::ShockLoss {
            tenor_years,
            yield_fact,
        } => {
            let y = data::fact(yield_fact).value / 100.0;
            let bond = Bond::new(tenor_years, y).ok()?;
            bond.shock(y, f64::from(shock_bp) / 1e4)
                .ok()
                .map(|s| s.exact_pct)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_rows_each_with_both_markets_and_evidence() {
        assert_eq!(ROWS.len(), 5);
        for row in ROWS {
            for cell in [row.jgb, row.ust] {
                assert!(!cell.evidence.is_empty(), "{:?}", row.id);
                assert!(!cell.summary.en().is_empty() && !cell.summary.zh().is_empty());
                for e in cell.evidence {
                    assert!(figure_value(e.figure, 100).is_some_and(f64::is_finite));
                }
            }
            assert!((1..=11).contains(&row.section));
            assert_eq!(row.id.row(), &row);
            assert_eq!(RiskRowId::parse(row.id.id()), Some(row.id));
        }
    }

    #[test]
    fn evidence_labels_take_at_most_the_shock() {
        for row in ROWS {
            for cell in [row.jgb, row.ust] {
                for e in cell.evidence {
                    assert!(
                        e.label.args().iter().all(|a| *a == "shock"),
                        "{:?}",
                        e.label
                    );
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
    fn shock_evidence_follows_the_shock() {
        let f = Figure::ShockLoss {
            tenor_years: 40.0,
            yield_fact: FactId::Jgb40y20250522,
        };
        assert_eq!(figure_value(f, 0), Some(0.0));
        let loss = figure_value(f, 100).unwrap();
        assert!((loss - -18.9).abs() < 0.05, "{loss}");
        assert!(figure_value(f, -100).unwrap() > 0.0);
    }
}

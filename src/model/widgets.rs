//! The lesson's interactive pieces, by the id used in links (`?embed=<id>`) and `data-widget`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Widget {
    YieldLab,
    JgbYields,
    UstCandles,
    May2025,
    YieldCurve,
    Auction,
    Holdings,
    Taper,
    FiscalLoop,
    Scenarios,
    RiskTable,
}

impl Widget {
    pub const ALL: [Widget; 11] = [
        Widget::YieldLab,
        Widget::JgbYields,
        Widget::UstCandles,
        Widget::May2025,
        Widget::YieldCurve,
        Widget::Auction,
        Widget::Holdings,
        Widget::Taper,
        Widget::FiscalLoop,
        Widget::Scenarios,
        Widget::RiskTable,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Widget::YieldLab => "yield-lab",
            Widget::JgbYields => "jgb-yields",
            Widget::UstCandles => "ust-candles",
            Widget::May2025 => "may-2025",
            Widget::YieldCurve => "yield-curve",
            Widget::Auction => "auction",
            Widget::Holdings => "holdings",
            Widget::Taper => "taper",
            Widget::FiscalLoop => "fiscal-loop",
            Widget::Scenarios => "scenarios",
            Widget::RiskTable => "risk-table",
        }
    }

    pub fn from_id(id: &str) -> Option<Widget> {
        Widget::ALL.into_iter().find(|w| w.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for w in Widget::ALL {
            assert_eq!(Widget::from_id(w.id()), Some(w));
        }
        let mut ids: Vec<_> = Widget::ALL.iter().map(|w| w.id()).collect();
        ids.dedup();
        assert_eq!(ids.len(), 11);
        assert_eq!(Widget::from_id("nope"), None);
    }
}

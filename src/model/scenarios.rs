//! The central banks' dilemmas (outline sections 5, 8 and 9) as choices with consequences: the
//! Bank of Japan's two paths and three responses, the Fed's three responses. The consequences are
//! the ones the article names, each with a severity.

use super::risk::Severity;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BojPath {
    /// Yields stop rising.
    #[default]
    Calm,
    /// Yields keep rising.
    Rising,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BojResponse {
    /// Keep cutting purchases as planned.
    #[default]
    KeepTapering,
    /// Stop tightening and buy somewhat more.
    PauseAndBuy,
    /// Buy heavily.
    BuyHeavily,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum FedResponse {
    Ease,
    #[default]
    Hold,
    Tighten,
}

macro_rules! ids {
    ($t:ty { $($v:ident => $id:literal),* $(,)? }) => {
        impl $t {
            pub const ALL: &'static [$t] = &[$(<$t>::$v),*];
            pub fn id(self) -> &'static str { match self { $(<$t>::$v => $id),* } }
            pub fn parse(s: &str) -> Option<Self> { Self::ALL.iter().copied().find(|x| x.id() == s) }
        }
    };
}
ids!(BojPath { Calm => "calm", Rising => "rising" });
ids!(BojResponse { KeepTapering => "taper", PauseAndBuy => "pause", BuyHeavily => "buy" });
ids!(FedResponse { Ease => "ease", Hold => "hold", Tighten => "tighten" });

/// What follows from a choice, as the article names it (`i18n` words each).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    CalmTaper,
    CalmPause,
    CalmBuy,
    RisingTaper,
    RisingPause,
    RisingBuy,
    FedEase,
    FedHold,
    FedTighten,
}

/// What follows for Japan from a path and a response.
pub fn boj_outcome(path: BojPath, response: BojResponse) -> (Outcome, Severity) {
    use BojPath::*;
    use BojResponse::*;
    match (path, response) {
        (Calm, KeepTapering) => (Outcome::CalmTaper, Severity::Low),
        (Calm, PauseAndBuy) => (Outcome::CalmPause, Severity::Moderate),
        (Calm, BuyHeavily) => (Outcome::CalmBuy, Severity::High),
        (Rising, KeepTapering) => (Outcome::RisingTaper, Severity::Severe),
        (Rising, PauseAndBuy) => (Outcome::RisingPause, Severity::High),
        (Rising, BuyHeavily) => (Outcome::RisingBuy, Severity::High),
    }
}

/// What follows for the United States from the Fed's response.
pub fn fed_outcome(response: FedResponse) -> (Outcome, Severity) {
    match response {
        FedResponse::Ease => (Outcome::FedEase, Severity::High),
        FedResponse::Hold => (Outcome::FedHold, Severity::Moderate),
        FedResponse::Tighten => (Outcome::FedTighten, Severity::Severe),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_its_own_consequence() {
        let mut seen = Vec::new();
        for p in BojPath::ALL {
            for r in BojResponse::ALL {
                seen.push(boj_outcome(*p, *r).0);
            }
            assert_eq!(BojPath::parse(p.id()), Some(*p));
        }
        for r in FedResponse::ALL {
            seen.push(fed_outcome(*r).0);
            assert_eq!(FedResponse::parse(r.id()), Some(*r));
        }
        let n = seen.len();
        seen.dedup();
        assert_eq!(seen.len(), n);
    }

    #[test]
    fn the_article_s_worst_cases_are_the_most_severe() {
        assert_eq!(
            boj_outcome(BojPath::Rising, BojResponse::KeepTapering).1,
            Severity::Severe
        );
        assert_eq!(fed_outcome(FedResponse::Tighten).1, Severity::Severe);
        assert_eq!(
            boj_outcome(BojPath::Calm, BojResponse::KeepTapering).1,
            Severity::Low
        );
    }
}

//! The central banks' dilemmas (outline sections 5, 8 and 9) as choices with consequences: the
//! Bank of Japan's two paths and three responses, the Fed's three responses. The consequences are
//! the ones the article names, each with a severity.

use super::risk::Severity;
use crate::i18n::T;

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

/// What follows for Japan from a path and a response.
pub fn boj_outcome(path: BojPath, response: BojResponse) -> (T, Severity) {
    use BojPath::*;
    use BojResponse::*;
    match (path, response) {
        (Calm, KeepTapering) => (T::OutCalmTaper, Severity::Low),
        (Calm, PauseAndBuy) => (T::OutCalmPause, Severity::Moderate),
        (Calm, BuyHeavily) => (T::OutCalmBuy, Severity::High),
        (Rising, KeepTapering) => (T::OutRisingTaper, Severity::Severe),
        (Rising, PauseAndBuy) => (T::OutRisingPause, Severity::High),
        (Rising, BuyHeavily) => (T::OutRisingBuy, Severity::High),
    }
}

/// What follows for the United States from the Fed's response.
pub fn fed_outcome(response: FedResponse) -> (T, Severity) {
    match response {
        FedResponse::Ease => (T::OutFedEase, Severity::High),
        FedResponse::Hold => (T::OutFedHold, Severity::Moderate),
        FedResponse::Tighten => (T::OutFedTighten, Severity::Severe),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_has_a_consequence_in_both_languages() {
        for p in BojPath::ALL {
            for r in BojResponse::ALL {
                let (t, _) = boj_outcome(*p, *r);
                assert!(!t.en().is_empty() && !t.zh().is_empty());
            }
            assert_eq!(BojPath::parse(p.id()), Some(*p));
        }
        for r in FedResponse::ALL {
            assert!(!fed_outcome(*r).0.en().is_empty());
            assert_eq!(FedResponse::parse(r.id()), Some(*r));
        }
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

//! Predictions and the closing check as data: each prompt's choices, and its correct answer and
//! figures computed from the model or the dataset, never typed in. `i18n` words them.

use super::auction::{run, ust_verdict, AuctionId, Verdict};
use super::bond::Bond;
use super::checks::{may_comparison, qt, ust10_band};
use super::data::{fact, FactId};
use super::dataset::JGB_RECORDS_2025_05_22 as JGB_RECORDS;
use super::fiscal::{held, interest_bill, Loop, MATURITY_DEFAULT};
use super::holdings::BojBasis;
use super::risk::ROWS;

/// What the prompts read from the lesson: the yield lab's bond and shock, and the holdings basis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Inputs {
    pub tenor_years: f64,
    pub coupon_pct: f64,
    pub yield_pct: f64,
    pub shock_bp: i32,
    pub boj_basis: BojBasis,
}

impl Default for Inputs {
    /// The article's case: a 40-year par JGB at its 22 May 2025 yield, +100 bp.
    fn default() -> Inputs {
        let y = fact(FactId::Jgb40y20250522).value;
        Inputs {
            tenor_years: 40.0,
            coupon_pct: y,
            yield_pct: y,
            shock_bp: 100,
            boj_basis: BojBasis::ExclBills,
        }
    }
}

/// A prompt's correct choice and the figures its answer quotes.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    pub correct: usize,
    pub figures: Vec<f64>,
}

/// The index of the value in `choices` nearest to `x`.
fn nearest(choices: &[f64], x: f64) -> usize {
    choices
        .iter()
        .enumerate()
        .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
        .map_or(0, |(i, _)| i)
}

/// The exact % price change of a par bond at a published yield for a shock in bp.
fn par_change(tenor: f64, yield_pct: f64, shock_bp: i32) -> f64 {
    let y = yield_pct / 100.0;
    Bond::new(tenor, y)
        .and_then(|b| b.shock(y, f64::from(shock_bp) / 1e4))
        .map_or(f64::NAN, |s| s.exact_pct)
}

/// The lab's bond and shock, exactly as the yield lab reads them.
fn lab_change(i: &Inputs) -> f64 {
    let y = i.yield_pct / 100.0;
    Bond::new(i.tenor_years, i.coupon_pct / 100.0)
        .and_then(|b| b.shock(y, f64::from(i.shock_bp) / 1e4))
        .map_or(f64::NAN, |s| s.exact_pct)
}

/// The prompts that ask the reader to guess before the lesson shows the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PredictionId {
    SelloffYields,
    FewerBidders,
    FortyYear,
    TenVsForty,
    BojShare,
    LoopRunaway,
    UstTail,
    Band,
    FedHoldings,
    Riskier,
}

/// Percent losses a reader picks from for the lab's bond.
pub const LOSS_CHOICES: [f64; 3] = [4.0, 10.0, 20.0];
/// How many times the 40-year's loss is the 10-year's.
pub const RATIO_CHOICES: [f64; 3] = [1.0, 2.0, 4.0];
/// Yen of every ¥100 of JGBs at the Bank of Japan.
pub const SHARE_CHOICES: [f64; 3] = [10.0, 25.0, 50.0];
/// Loop strengths, with the central bank buying nothing.
pub const STRENGTH_CHOICES: [f64; 3] = [0.6, 0.9, 1.2];
/// The demand the "fewer bidders" prompt runs the May auction at.
pub const FEWER_BIDDERS_DEMAND: f64 = 2.0;

impl PredictionId {
    pub const ALL: [PredictionId; 10] = [
        PredictionId::SelloffYields,
        PredictionId::FewerBidders,
        PredictionId::FortyYear,
        PredictionId::TenVsForty,
        PredictionId::BojShare,
        PredictionId::LoopRunaway,
        PredictionId::UstTail,
        PredictionId::Band,
        PredictionId::FedHoldings,
        PredictionId::Riskier,
    ];
    pub fn id(self) -> &'static str {
        match self {
            PredictionId::SelloffYields => "selloff-yields",
            PredictionId::FewerBidders => "fewer-bidders",
            PredictionId::FortyYear => "forty-year",
            PredictionId::TenVsForty => "ten-vs-forty",
            PredictionId::BojShare => "boj-share",
            PredictionId::LoopRunaway => "loop-runaway",
            PredictionId::UstTail => "ust-tail",
            PredictionId::Band => "band",
            PredictionId::FedHoldings => "fed-holdings",
            PredictionId::Riskier => "riskier",
        }
    }
    pub fn parse(s: &str) -> Option<PredictionId> {
        PredictionId::ALL.into_iter().find(|p| p.id() == s)
    }
    /// The section the prompt sits in.
    pub fn section(self) -> u8 {
        match self {
            PredictionId::SelloffYields => 1,
            PredictionId::FewerBidders => 2,
            PredictionId::FortyYear | PredictionId::TenVsForty => 3,
            PredictionId::BojShare | PredictionId::LoopRunaway => 4,
            PredictionId::UstTail => 6,
            PredictionId::Band => 7,
            PredictionId::FedHoldings => 9,
            PredictionId::Riskier => 10,
        }
    }
    /// Whether the answer follows the holdings basis (the prompt re-renders with it); the others
    /// answer from the data alone.
    ///
    /// The bond prompts ask about the lab's opening case (+100 bp on the 40-year), not its live
    /// state: a reader who had already moved the lab to +300 bp, or to 0, was asked whether the
    /// price moves about 4, 10 or 20%, with no right choice, and a fall explained for a rise.
    pub fn follows_lesson(self) -> bool {
        matches!(self, PredictionId::BojShare)
    }
    pub fn choices(self) -> usize {
        match self {
            PredictionId::UstTail
            | PredictionId::Band
            | PredictionId::FedHoldings
            | PredictionId::Riskier => 2,
            _ => 3,
        }
    }

    /// The correct choice and the figures the answer quotes.
    pub fn answer(self, i: &Inputs) -> Answer {
        match self {
            PredictionId::SelloffYields => {
                let c = may_comparison();
                let (jgb, ust) = c.map_or((f64::NAN, f64::NAN), |c| (c.jgb40.bp(), c.ust30.bp()));
                // Choices: up, down, unchanged.
                let correct = if jgb > 0.0 {
                    0
                } else if jgb < 0.0 {
                    1
                } else {
                    2
                };
                Answer {
                    correct,
                    figures: vec![jgb, ust],
                }
            }
            PredictionId::FewerBidders => {
                let p = AuctionId::Jgb20yMay.preset();
                let cal = p.calibrated();
                let tail = |demand: Option<f64>| {
                    run(&p, &cal, demand, None, None, None)
                        .jgb
                        .map_or(f64::NAN, |j| j.tail)
                };
                let (published, fewer) = (tail(None), tail(Some(FEWER_BIDDERS_DEMAND)));
                // Choices: longer, shorter, the same.
                let correct = if fewer > published + 0.005 {
                    0
                } else if fewer < published - 0.005 {
                    1
                } else {
                    2
                };
                Answer {
                    correct,
                    figures: vec![published, fewer, p.btc, FEWER_BIDDERS_DEMAND],
                }
            }
            PredictionId::FortyYear => {
                let pct = lab_change(i);
                Answer {
                    correct: nearest(&LOSS_CHOICES, pct.abs()),
                    figures: vec![pct, i.tenor_years, i.yield_pct, f64::from(i.shock_bp)],
                }
            }
            PredictionId::TenVsForty => {
                let shock = if i.shock_bp == 0 { 100 } else { i.shock_bp };
                let l40 = par_change(40.0, fact(FactId::Jgb40y20250522).value, shock);
                let l10 = par_change(10.0, fact(FactId::Jgb10y20250522).value, shock);
                let ratio = l40 / l10;
                Answer {
                    correct: nearest(&RATIO_CHOICES, ratio),
                    figures: vec![l40, l10, ratio, f64::from(shock)],
                }
            }
            PredictionId::BojShare => {
                let share = i.boj_basis.share_pct();
                Answer {
                    correct: nearest(&SHARE_CHOICES, share),
                    figures: vec![share],
                }
            }
            PredictionId::LoopRunaway => {
                let shock = f64::from(i.shock_bp.max(1));
                let runs: Vec<bool> = STRENGTH_CHOICES
                    .iter()
                    .map(|s| {
                        Loop {
                            shock_bp: shock,
                            strength: *s,
                            bought: 0.0,
                        }
                        .run()
                        .settles_at
                        .is_none()
                    })
                    .collect();
                let correct = runs.iter().position(|r| *r).unwrap_or(0);
                Answer {
                    correct,
                    figures: vec![STRENGTH_CHOICES[correct]],
                }
            }
            PredictionId::UstTail => {
                let tail = fact(FactId::Ust20yAuctionTailBp).value;
                let high = fact(FactId::Ust20yAuctionHighYield).value;
                // Choices: a tail, a stop-through.
                let correct = usize::from(
                    ust_verdict(fact(FactId::Ust20yAuctionBtc).value, tail) == Verdict::Firm,
                );
                Answer {
                    correct,
                    figures: vec![high, high - tail / 100.0, tail],
                }
            }
            PredictionId::Band => {
                let b = ust10_band();
                let inside = b.is_some_and(|b| b.may_inside());
                let f = b.map_or(vec![], |b| vec![b.low, b.high, b.may_low, b.may_high]);
                // Choices: stayed inside, broke out.
                Answer {
                    correct: usize::from(!inside),
                    figures: f,
                }
            }
            PredictionId::FedHoldings => {
                let q = qt();
                // Choices: more, fewer.
                Answer {
                    correct: usize::from(q.fed_change_bn() < 0.0),
                    figures: vec![q.fed.0, q.fed.1, q.fed_change_bn()],
                }
            }
            PredictionId::Riskier => {
                let sum = |jgb: bool| -> f64 {
                    ROWS.iter()
                        .map(|r| {
                            f64::from(if jgb {
                                r.jgb.severity.level()
                            } else {
                                r.ust.severity.level()
                            })
                        })
                        .sum()
                };
                let (j, u) = (sum(true), sum(false));
                // Choices: JGBs, Treasuries.
                Answer {
                    correct: usize::from(u > j),
                    figures: vec![j, u],
                }
            }
        }
    }
}

/// The closing check's questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuizId {
    PriceYield,
    DurationMisses,
    BidToCover,
    JgbTail,
    UstTail,
    Denominator,
    BillGradual,
    LoopSettles,
    Records,
    TreasuryBuyers,
}

/// The hypothetical offering and bids of the bid-to-cover question, bn yen.
pub const QUIZ_OFFERING_BN: f64 = 2000.0;
pub const QUIZ_BIDS_BN: f64 = 5000.0;
/// Shares the central bank buys in the loop question, with a loop strength of 1.2.
pub const QUIZ_LOOP_STRENGTH: f64 = 1.2;
pub const QUIZ_BOUGHT_CHOICES: [f64; 3] = [0.0, 10.0, 25.0];

impl QuizId {
    pub const ALL: [QuizId; 10] = [
        QuizId::PriceYield,
        QuizId::DurationMisses,
        QuizId::BidToCover,
        QuizId::JgbTail,
        QuizId::UstTail,
        QuizId::Denominator,
        QuizId::BillGradual,
        QuizId::LoopSettles,
        QuizId::Records,
        QuizId::TreasuryBuyers,
    ];
    pub fn id(self) -> &'static str {
        match self {
            QuizId::PriceYield => "price-yield",
            QuizId::DurationMisses => "duration-misses",
            QuizId::BidToCover => "bid-to-cover",
            QuizId::JgbTail => "jgb-tail",
            QuizId::UstTail => "ust-tail",
            QuizId::Denominator => "denominator",
            QuizId::BillGradual => "bill-gradual",
            QuizId::LoopSettles => "loop-settles",
            QuizId::Records => "records",
            QuizId::TreasuryBuyers => "treasury-buyers",
        }
    }
    /// The section the feedback links back to.
    pub fn section(self) -> u8 {
        match self {
            QuizId::PriceYield | QuizId::DurationMisses | QuizId::Records => 3,
            QuizId::BidToCover | QuizId::JgbTail => 2,
            QuizId::UstTail | QuizId::TreasuryBuyers => 6,
            QuizId::Denominator | QuizId::BillGradual | QuizId::LoopSettles => 4,
        }
    }
    pub fn choices(self) -> usize {
        match self {
            QuizId::UstTail => 2,
            _ => 3,
        }
    }

    /// The correct choice and the figures the question and its feedback quote.
    pub fn answer(self) -> Answer {
        match self {
            QuizId::PriceYield => {
                // A 10-year par JGB, yields +50 bp. Choices: falls, rises, unchanged.
                let pct = par_change(10.0, fact(FactId::Jgb10y20250522).value, 50);
                let correct = if pct < 0.0 {
                    0
                } else if pct > 0.0 {
                    1
                } else {
                    2
                };
                Answer {
                    correct,
                    figures: vec![pct],
                }
            }
            QuizId::DurationMisses => {
                // The 40-year par JGB, +200 bp. Choices: too big a loss, exact, too small a loss.
                let y = fact(FactId::Jgb40y20250522).value / 100.0;
                let s = Bond::new(40.0, y).and_then(|b| b.shock(y, 0.02));
                let (exact, duration) =
                    s.map_or((f64::NAN, f64::NAN), |s| (s.exact_pct, s.duration_pct));
                let correct = if duration < exact - 0.05 {
                    0
                } else if duration > exact + 0.05 {
                    2
                } else {
                    1
                };
                Answer {
                    correct,
                    figures: vec![exact, duration],
                }
            }
            QuizId::BidToCover => {
                let btc = QUIZ_BIDS_BN / QUIZ_OFFERING_BN;
                let choices = [
                    QUIZ_OFFERING_BN / QUIZ_BIDS_BN,
                    btc,
                    QUIZ_BIDS_BN - QUIZ_OFFERING_BN,
                ];
                Answer {
                    correct: nearest(&choices, btc),
                    figures: choices.to_vec(),
                }
            }
            QuizId::JgbTail => {
                // Choices: average minus lowest accepted price, high yield minus when-issued,
                // the share filled at the stop.
                let tail = fact(FactId::Jgb20yAuctionMayTail).value;
                Answer {
                    correct: 0,
                    figures: vec![tail],
                }
            }
            QuizId::UstTail => {
                // +1 bp against when-issued. Choices: a tail, a stop-through.
                Answer {
                    correct: usize::from(ust_verdict(2.5, 1.0) == Verdict::Firm),
                    figures: vec![1.0],
                }
            }
            QuizId::Denominator => {
                let (excl, incl) = (
                    fact(FactId::BojShareExcl202403).value,
                    fact(FactId::BojShareIncl202403).value,
                );
                // Choices: bigger denominator, the bank sold bonds, different dates.
                Answer {
                    correct: 0,
                    figures: vec![excl, incl],
                }
            }
            QuizId::BillGradual => {
                let bill = interest_bill(MATURITY_DEFAULT, &held(100.0));
                let extra = |y: usize| bill.get(y).map_or(f64::NAN, |b| b.shocked - b.baseline);
                let (first, fifth, tenth) = (extra(0), extra(4), extra(9));
                // Choices: all at once, year by year, not at all.
                let correct = if first < fifth && fifth < tenth { 1 } else { 0 };
                Answer {
                    correct,
                    figures: vec![first, fifth, tenth],
                }
            }
            QuizId::LoopSettles => {
                let settles = |b: f64| {
                    Loop {
                        shock_bp: 100.0,
                        strength: QUIZ_LOOP_STRENGTH,
                        bought: b / 100.0,
                    }
                    .run()
                    .settles_at
                    .is_some()
                };
                let correct = QUIZ_BOUGHT_CHOICES
                    .iter()
                    .position(|b| settles(*b))
                    .unwrap_or(0);
                // The least share that settles the loop: g = s(1 − b) < 1.
                Answer {
                    correct,
                    figures: vec![100.0 * (1.0 - 1.0 / QUIZ_LOOP_STRENGTH)],
                }
            }
            QuizId::Records => {
                // Choices: the 30- and 40-year, the 20-, 30- and 40-year, only the 40-year.
                let tenors: Vec<u8> = JGB_RECORDS.iter().map(|(t, _)| *t).collect();
                let correct = match tenors.as_slice() {
                    [30, 40] => 0,
                    [20, 30, 40] => 1,
                    _ => 2,
                };
                Answer {
                    correct,
                    figures: tenors.iter().map(|t| f64::from(*t)).collect(),
                }
            }
            QuizId::TreasuryBuyers => {
                let tail = fact(FactId::Ust20yAuctionTailBp).value;
                let indirect = fact(FactId::Ust20yAuctionIndirectPct).value;
                let dealers = fact(FactId::Ust20yAuctionDealerPct).value;
                // Choices: a better price but bought, stayed away, dealers took it all. Buyers
                // came (most of it went to others than dealers) but asked a higher yield.
                let correct = if tail > 0.0 && dealers < 50.0 {
                    0
                } else if dealers >= 50.0 {
                    2
                } else {
                    1
                };
                Answer {
                    correct,
                    figures: vec![tail, indirect, dealers],
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_prompt_has_a_valid_computed_answer() {
        let i = Inputs::default();
        for p in PredictionId::ALL {
            let a = p.answer(&i);
            assert!(a.correct < p.choices(), "{p:?}");
            assert!(a.figures.iter().all(|f| f.is_finite()), "{p:?} {a:?}");
            assert_eq!(PredictionId::parse(p.id()), Some(p));
        }
        for q in QuizId::ALL {
            let a = q.answer();
            assert!(a.correct < q.choices(), "{q:?}");
            assert!(a.figures.iter().all(|f| f.is_finite()), "{q:?} {a:?}");
        }
        let sections: std::collections::BTreeSet<u8> =
            PredictionId::ALL.iter().map(|p| p.section()).collect();
        assert_eq!(
            sections.into_iter().collect::<Vec<_>>(),
            vec![1, 2, 3, 4, 6, 7, 9, 10]
        );
    }

    #[test]
    fn the_forty_year_answer_is_computed_for_the_bond_it_is_given() {
        // The page asks about the lab's opening case only (see `follows_lesson`).
        assert!(!PredictionId::FortyYear.follows_lesson());
        assert!(!PredictionId::TenVsForty.follows_lesson());
        let i = Inputs::default();
        let a = PredictionId::FortyYear.answer(&i);
        assert!((a.figures[0] - -18.916).abs() < 0.01, "{a:?}");
        assert_eq!(a.correct, 2, "about 20%");
        // Change the lab: a 10-year bond at the same shock loses about 10%.
        let ten = Inputs {
            tenor_years: 10.0,
            coupon_pct: 1.573,
            yield_pct: 1.573,
            ..i
        };
        let b = PredictionId::FortyYear.answer(&ten);
        assert!(b.figures[0] > -10.0 && b.figures[0] < -8.0, "{b:?}");
        assert_eq!(b.correct, 1);
        // A smaller shock: the answer follows.
        let small = Inputs { shock_bp: 25, ..i };
        assert_eq!(PredictionId::FortyYear.answer(&small).correct, 0);
    }

    #[test]
    fn the_data_answers_the_other_prompts() {
        let i = Inputs::default();
        assert_eq!(PredictionId::SelloffYields.answer(&i).correct, 0);
        assert_eq!(
            PredictionId::FewerBidders.answer(&i).correct,
            0,
            "fewer bidders, longer tail"
        );
        assert_eq!(
            PredictionId::TenVsForty.answer(&i).correct,
            1,
            "about twice"
        );
        assert_eq!(PredictionId::BojShare.answer(&i).correct, 2);
        let incl = Inputs {
            boj_basis: BojBasis::InclBills2025,
            ..i
        };
        assert_eq!(PredictionId::BojShare.answer(&incl).figures[0], 46.0);
        assert_eq!(PredictionId::LoopRunaway.answer(&i).correct, 2);
        assert_eq!(PredictionId::UstTail.answer(&i).correct, 0);
        assert_eq!(PredictionId::Band.answer(&i).correct, 0);
        assert_eq!(PredictionId::FedHoldings.answer(&i).correct, 1);
        assert_eq!(PredictionId::Riskier.answer(&i).correct, 0);
    }

    #[test]
    fn the_quiz_answers_come_from_the_model() {
        assert_eq!(QuizId::PriceYield.answer().correct, 0);
        assert_eq!(QuizId::DurationMisses.answer().correct, 0);
        assert_eq!(QuizId::BidToCover.answer().figures[1], 2.5);
        assert_eq!(QuizId::BillGradual.answer().correct, 1);
        assert_eq!(QuizId::LoopSettles.answer().correct, 2);
        assert!((QuizId::LoopSettles.answer().figures[0] - 16.67).abs() < 0.01);
        assert_eq!(QuizId::Records.answer().correct, 0);
        assert_eq!(QuizId::TreasuryBuyers.answer().correct, 0);
    }
}

//! The words of the predictions and the closing check, their figures filled from the answers
//! the model computes (`model::teach`).

use super::{billions, num, signed, tr, Lang, T};
use crate::model::checks::FED_DECIMALS;
use crate::model::data::{fact, FactId};
use crate::model::teach::{
    Answer, Inputs, PredictionId, QuizId, LOSS_CHOICES, QUIZ_BIDS_BN, QUIZ_BOUGHT_CHOICES,
    QUIZ_LOOP_STRENGTH, QUIZ_OFFERING_BN, RATIO_CHOICES, SHARE_CHOICES, STRENGTH_CHOICES,
};
use crate::model::widgets::Widget;

/// A prompt in words.
pub struct PromptText {
    pub question: String,
    pub choices: Vec<String>,
    pub answer: String,
    pub why: T,
    /// Where the answer shows: an anchor and its name.
    pub place: (String, String),
}

fn fig(a: &Answer, i: usize) -> f64 {
    a.figures.get(i).copied().unwrap_or(f64::NAN)
}

fn widget_place(w: Widget, lang: Lang) -> (String, String) {
    (
        format!("#{}", w.id()),
        super::widget_title(w).get(lang).to_string(),
    )
}

fn texts(ts: &[T], lang: Lang) -> Vec<String> {
    ts.iter().map(|t| t.get(lang).to_string()).collect()
}

pub fn prediction_text(id: PredictionId, a: &Answer, i: &Inputs, lang: Lang) -> PromptText {
    let f = |k: usize| fig(a, k);
    let (question, choices, answer, why, place) = match id {
        PredictionId::SelloffYields => (
            T::PrQSelloff.get(lang).to_string(),
            texts(&[T::PrCUp, T::PrCDown, T::PrCFlat], lang),
            tr::PrASelloff {
                jgb: &signed(f(0), 0),
                ust: &signed(f(1), 0),
            }
            .text(lang),
            T::PrWSelloff,
            widget_place(Widget::May2025, lang),
        ),
        PredictionId::FewerBidders => (
            tr::PrQFewer {
                btc: &num(f(2), 2),
                demand: &num(f(3), 1),
            }
            .text(lang),
            texts(&[T::PrCLonger, T::PrCShorter, T::PrCSame], lang),
            tr::PrAFewer {
                fewer: &num(f(1), 2),
                published: &num(f(0), 2),
            }
            .text(lang),
            T::PrWFewer,
            widget_place(Widget::Auction, lang),
        ),
        PredictionId::FortyYear => (
            tr::PrQForty {
                tenor: &num(i.tenor_years, 0),
                yield_pct: &num(i.yield_pct, 3),
                shock: &num(f64::from(i.shock_bp), 0),
            }
            .text(lang),
            LOSS_CHOICES
                .iter()
                .map(|p| tr::PrCPct { pct: &num(*p, 0) }.text(lang))
                .collect(),
            tr::PrAForty {
                tenor: &num(f(1), 0),
                yield_pct: &num(f(2), 3),
                shock: &signed(f(3), 0),
                pct: &signed(f(0), 1),
            }
            .text(lang),
            T::PrWForty,
            widget_place(Widget::YieldLab, lang),
        ),
        PredictionId::TenVsForty => (
            tr::PrQTen {
                shock: &signed(f(3), 0),
            }
            .text(lang),
            RATIO_CHOICES
                .iter()
                .map(|r| match *r {
                    1.0 => T::PrCSameSize.get(lang).to_string(),
                    r => tr::PrCTimes { times: &num(r, 0) }.text(lang),
                })
                .collect(),
            tr::PrATen {
                ratio: &num(f(2), 1),
                l40: &signed(f(0), 1),
                l10: &signed(f(1), 1),
            }
            .text(lang),
            T::PrWTen,
            widget_place(Widget::YieldLab, lang),
        ),
        PredictionId::BojShare => (
            T::PrQShare.get(lang).to_string(),
            SHARE_CHOICES
                .iter()
                .map(|y| tr::PrCYen { yen: &num(*y, 0) }.text(lang))
                .collect(),
            tr::PrAShare {
                share: &num(f(0), 1),
                date: fact(i.boj_basis.fact_id()).date,
            }
            .text(lang),
            T::PrWShare,
            widget_place(Widget::Holdings, lang),
        ),
        PredictionId::LoopRunaway => (
            T::PrQLoop.get(lang).to_string(),
            STRENGTH_CHOICES
                .iter()
                .map(|s| {
                    tr::PrCStrength {
                        strength: &num(*s, 1),
                    }
                    .text(lang)
                })
                .collect(),
            tr::PrALoop {
                strength: &num(f(0), 1),
            }
            .text(lang),
            T::PrWLoop,
            widget_place(Widget::FiscalLoop, lang),
        ),
        PredictionId::UstTail => (
            tr::PrQUstTail {
                high: &num(f(0), 3),
                wi: &num(f(1), 3),
            }
            .text(lang),
            texts(&[T::PrCTail, T::PrCStop], lang),
            tr::PrAUstTail {
                tail: &num(f(2), 0),
            }
            .text(lang),
            T::PrWUstTail,
            widget_place(Widget::Auction, lang),
        ),
        PredictionId::Band => (
            T::PrQBand.get(lang).to_string(),
            texts(&[T::PrCInside, T::PrCOut], lang),
            tr::PrABand {
                may_low: &num(f(2), 2),
                may_high: &num(f(3), 2),
                low: &num(f(0), 2),
                high: &num(f(1), 2),
            }
            .text(lang),
            T::PrWBand,
            widget_place(Widget::UstCandles, lang),
        ),
        PredictionId::FedHoldings => {
            let change = billions(lang, f(2), 1);
            let change = if change.starts_with('−') {
                change
            } else {
                format!("+{change}")
            };
            (
                T::PrQFed.get(lang).to_string(),
                texts(&[T::PrCAdding, T::PrCShrinking], lang),
                tr::PrAFed {
                    from: &num(f(0), FED_DECIMALS),
                    from_date: fact(FactId::FedUstHoldings20250430).date,
                    to: &num(f(1), FED_DECIMALS),
                    to_date: fact(FactId::FedUstHoldings20250521).date,
                    change: &tr::LossAmountUsd { amount: &change }.text(lang),
                }
                .text(lang),
                T::PrWFed,
                ("#qt".to_string(), T::QtPlace.get(lang).to_string()),
            )
        }
        PredictionId::Riskier => (
            T::PrQRisk.get(lang).to_string(),
            texts(&[T::PrCJgb, T::PrCUst], lang),
            tr::PrARisk {
                jgb: &num(f(0), 0),
                ust: &num(f(1), 0),
            }
            .text(lang),
            T::PrWRisk,
            widget_place(Widget::RiskTable, lang),
        ),
    };
    PromptText {
        question,
        choices,
        answer,
        why,
        place,
    }
}

/// A closing-check question in words.
pub struct QuestionText {
    pub question: String,
    pub choices: Vec<String>,
    pub feedback: String,
}

pub fn quiz_text(id: QuizId, a: &Answer, lang: Lang) -> QuestionText {
    let f = |k: usize| fig(a, k);
    let (question, choices, feedback) = match id {
        QuizId::PriceYield => (
            T::QzQPrice.get(lang).to_string(),
            texts(&[T::QzCFalls, T::QzCRises, T::QzCUnchanged], lang),
            tr::QzFPrice {
                pct: &signed(f(0), 2),
            }
            .text(lang),
        ),
        QuizId::DurationMisses => (
            T::QzQDuration.get(lang).to_string(),
            texts(&[T::QzCTooBig, T::QzCExact, T::QzCTooSmall], lang),
            tr::QzFDuration {
                duration: &signed(f(1), 1),
                exact: &signed(f(0), 1),
            }
            .text(lang),
        ),
        QuizId::BidToCover => {
            let yen = |bn: f64| super::yen_bn(lang, bn, 0);
            (
                tr::QzQBtc {
                    bids: &yen(QUIZ_BIDS_BN),
                    offering: &yen(QUIZ_OFFERING_BN),
                }
                .text(lang),
                vec![
                    tr::QzCRatio {
                        value: &num(f(0), 1),
                    }
                    .text(lang),
                    tr::QzCRatio {
                        value: &num(f(1), 1),
                    }
                    .text(lang),
                    tr::QzCRatioGap { value: &yen(f(2)) }.text(lang),
                ],
                tr::QzFBtc { btc: &num(f(1), 1) }.text(lang),
            )
        }
        QuizId::JgbTail => (
            T::QzQJgbTail.get(lang).to_string(),
            texts(&[T::QzCAvgLow, T::QzCYieldGap, T::QzCFilled], lang),
            tr::QzFJgbTail {
                tail: &num(f(0), 2),
            }
            .text(lang),
        ),
        QuizId::UstTail => (
            T::QzQUstTail.get(lang).to_string(),
            texts(&[T::PrCTail, T::PrCStop], lang),
            T::QzFUstTail.get(lang).to_string(),
        ),
        QuizId::Denominator => (
            tr::QzQDenominator {
                excl: &num(f(0), 2),
                incl: &num(f(1), 1),
            }
            .text(lang),
            texts(&[T::QzCBiggerBase, T::QzCSold, T::QzCDates], lang),
            T::QzFDenominator.get(lang).to_string(),
        ),
        QuizId::BillGradual => (
            T::QzQBill.get(lang).to_string(),
            texts(&[T::QzCAtOnce, T::QzCGradual, T::QzCNoChange], lang),
            tr::QzFBill {
                first: &num(f(0), 1),
                fifth: &num(f(1), 1),
                tenth: &num(f(2), 1),
            }
            .text(lang),
        ),
        QuizId::LoopSettles => (
            tr::QzQLoop {
                strength: &num(QUIZ_LOOP_STRENGTH, 1),
            }
            .text(lang),
            QUIZ_BOUGHT_CHOICES
                .iter()
                .map(|b| tr::QzCShare { value: &num(*b, 0) }.text(lang))
                .collect(),
            tr::QzFLoop {
                answer: &num(QUIZ_BOUGHT_CHOICES[a.correct], 0),
                threshold: &num(f(0), 1),
            }
            .text(lang),
        ),
        QuizId::Records => (
            T::QzQRecords.get(lang).to_string(),
            texts(&[T::QzC3040, T::QzC203040, T::QzC40], lang),
            T::QzFRecords.get(lang).to_string(),
        ),
        QuizId::TreasuryBuyers => (
            T::QzQBuyers.get(lang).to_string(),
            texts(
                &[T::QzCBetterPrice, T::QzCStayedAway, T::QzCDealersAll],
                lang,
            ),
            tr::QzFBuyers {
                tail: &num(f(0), 0),
                indirect: &num(f(1), 0),
                dealers: &num(f(2), 1),
            }
            .text(lang),
        ),
    };
    QuestionText {
        question,
        choices,
        feedback,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_prompt_and_question_has_words_for_each_choice_in_both_languages() {
        let i = Inputs::default();
        for lang in [Lang::En, Lang::ZhHant] {
            for p in PredictionId::ALL {
                let a = p.answer(&i);
                let t = prediction_text(p, &a, &i, lang);
                assert_eq!(t.choices.len(), p.choices(), "{p:?}");
                assert!(
                    !t.answer.contains('{') && !t.question.contains('{'),
                    "{p:?}"
                );
            }
            for q in QuizId::ALL {
                let t = quiz_text(q, &q.answer(), lang);
                assert_eq!(t.choices.len(), q.choices(), "{q:?}");
                assert!(!t.feedback.contains('{'), "{q:?}");
            }
        }
    }

    #[test]
    fn the_forty_year_answer_quotes_the_lab() {
        let i = Inputs::default();
        let a = PredictionId::FortyYear.answer(&i);
        let t = prediction_text(PredictionId::FortyYear, &a, &i, Lang::En);
        assert!(
            t.answer.contains("changes −18.9% for +100 bp"),
            "{}",
            t.answer
        );
        let other = Inputs { shock_bp: 200, ..i };
        let b = PredictionId::FortyYear.answer(&other);
        assert!(
            prediction_text(PredictionId::FortyYear, &b, &other, Lang::En)
                .answer
                .contains("+200 bp")
        );
    }
}

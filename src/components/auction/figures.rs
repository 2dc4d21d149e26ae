//! What one run of the machine reports: the figures the newspapers quote, a sentence that reads
//! them, and a verdict against thresholds the page states.

use yew::prelude::*;

use super::super::use_lang;
use crate::components::readout::readout;
use crate::i18n::{bn_in_billions, num, signed, tr, verdict_text, word_space, yen_gap, Lang, T};
use crate::model::auction::{
    calm_summer_tails, jgb_verdict, ust_verdict, Run, Verdict, JGB_FIRM_BTC, JGB_FIRM_TAIL,
    JGB_WEAK_BTC, JGB_WEAK_TAIL, UST_TAIL_BAND_BP,
};
use crate::model::data::{fact, FactId};

pub struct Figures {
    pub readouts: Html,
    pub explain: String,
    pub verdict: Verdict,
    /// The chart's reference line: average accepted price (JGB) or when-issued yield (UST).
    pub reference: f64,
    pub decimals: usize,
}

/// An undersubscribed auction is said so, whatever the ratio card shows.
fn undersold(r: &Run, lang: Lang) -> Option<String> {
    let o = &r.outcome;
    o.undersubscribed().then(|| {
        tr::AuctionUndersold {
            pct: &num(100.0 * o.tendered / o.offering, 0),
            unsold: &bn_in_billions(lang, o.unsold(), 0, r.jgb.is_some()),
        }
        .text(lang)
    })
}

pub fn figures(r: &Run, lang: Lang) -> Option<Figures> {
    let rd =
        |testid, label, value, shown| readout(lang, testid, label, value, shown, Html::default());
    if let Some(j) = r.jgb {
        let explain = tr::AuctionExplainJgb {
            btc: &num(j.bid_to_cover, 2),
            lowest: &num(j.lowest_price, 2),
            tail: &yen_gap(lang, j.tail, 2),
            average: &num(j.average_price, 2),
        };
        return Some(Figures {
            // No yield card: the price level is illustrative, so a yield read from it would
            // compare April and May the wrong way round.
            readouts: html! { <>
                { rd("btc", T::RBtc, j.bid_to_cover, num(j.bid_to_cover, 2)) }
                { rd("tail", T::RTailYen, j.tail, yen_gap(lang, j.tail, 2)) }
                { rd("avg-price", T::RAvgPrice, j.average_price, num(j.average_price, 2)) }
                { rd("lowest-price", T::RLowPrice, j.lowest_price, num(j.lowest_price, 2)) }
                { rd("pct-at-high", T::RPctLow, j.pct_at_lowest, format!("{}%", num(j.pct_at_lowest, 1))) }
            </> },
            explain: undersold(r, lang).unwrap_or_else(|| explain.text(lang)),
            verdict: jgb_verdict(j.bid_to_cover, j.tail),
            reference: j.average_price,
            decimals: 2,
        });
    }
    let u = r.ust?;
    let word = if u.tail_bp > 0.0 {
        T::TailWord
    } else {
        T::StopThroughWord
    };
    let price = u.price.unwrap_or(f64::NAN);
    let explain = tr::AuctionExplainUst {
        btc: &num(u.bid_to_cover, 2),
        high_yield: &num(u.high_yield, 3),
        pct_at_high: &num(u.pct_at_high, 2),
        tail: &signed(u.tail_bp, 1),
    };
    Some(Figures {
        readouts: html! { <>
            { rd("btc", T::RBtc, u.bid_to_cover, num(u.bid_to_cover, 2)) }
            { rd("tail", T::RTailBp, u.tail_bp, tr::ValueWithWord { value: &signed(u.tail_bp, 1), word: word.get(lang) }.text(lang)) }
            { rd("high-yield", T::RHighYield, u.high_yield, format!("{}%", num(u.high_yield, 3))) }
            { rd("indirect", T::RIndirect, u.indirect_pct, format!("{}%", num(u.indirect_pct, 1))) }
            { rd("dealers", T::RDealers, u.dealer_pct, format!("{}%", num(u.dealer_pct, 1))) }
            { rd("pct-at-high", T::RPctHigh, u.pct_at_high, format!("{}%", num(u.pct_at_high, 2))) }
            { rd("avg-price", T::RPriceAtHigh, price, num(price, 3)) }
        </> },
        explain: undersold(r, lang).unwrap_or_else(|| explain.text(lang)),
        verdict: ust_verdict(u.bid_to_cover, u.tail_bp),
        reference: u.high_yield - u.tail_bp / 100.0,
        decimals: 3,
    })
}

/// The verdict and the rule it follows, both stated on the page.
/// The verdict, the rule behind it, and for a weak JGB auction which figure made it weak. With
/// plenty of bids the tail can stay long because the bids are spread: the verdict says so, or a
/// reader pushing demand to six times the offering sees "weak" and no reason.
pub fn verdict_view(
    lang: Lang,
    jgb: bool,
    verdict: Verdict,
    jgb_figures: Option<(f64, f64)>,
) -> Html {
    let why = match (verdict, jgb_figures) {
        (Verdict::Failed, _) => Some(T::VerdictWhyUnsold.get(lang).to_string()),
        (Verdict::Weak, Some((btc, tail))) => {
            let mut parts = Vec::new();
            if btc < JGB_WEAK_BTC {
                parts.push(
                    tr::VerdictWhyBtc {
                        btc: &num(btc, 2),
                        limit: &num(JGB_WEAK_BTC, 1),
                    }
                    .text(lang),
                );
            }
            if tail > JGB_WEAK_TAIL {
                parts.push(
                    tr::VerdictWhyTail {
                        tail: &num(tail, 2),
                        limit: &num(JGB_WEAK_TAIL, 2),
                    }
                    .text(lang),
                );
                if btc >= JGB_WEAK_BTC {
                    parts.push(T::VerdictSpreadHint.get(lang).to_string());
                }
            }
            Some(parts.join(word_space(lang)))
        }
        _ => None,
    };
    let rule = if jgb {
        let (lo, hi) = calm_summer_tails().unwrap_or((f64::NAN, f64::NAN));
        tr::VerdictRuleJgb {
            avg: &num(fact(FactId::Jgb20yAuction12mAvgBtc).value, 2),
            calm_low: &num(lo, 2),
            calm_high: &num(hi, 2),
            weak_btc: &num(JGB_WEAK_BTC, 1),
            weak_tail: &num(JGB_WEAK_TAIL, 2),
            firm_btc: &num(JGB_FIRM_BTC, 1),
            firm_tail: &num(JGB_FIRM_TAIL, 2),
        }
        .text(lang)
    } else {
        tr::VerdictRuleUst {
            band: &num(UST_TAIL_BAND_BP, 1),
        }
        .text(lang)
    };
    html! {
        <>
            <p class="reactive verdict" data-testid="auction-verdict" data-verdict={verdict.id()}>
                <strong>{ verdict_text(jgb, verdict).get(lang) }</strong>
                if let Some(why) = why { { word_space(lang) }<span class="why" data-testid="verdict-why">{ why }</span> }
            </p>
            <p class="hint">{ rule }</p>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub jgb: bool,
    pub yours: bool,
}

#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    crate::counted!("AuctionLegend");
    let lang = use_lang();
    let jgb = props.jgb;
    html! {
        <ul class="legend">
            <li><span class="swatch block accepted"></span>{ T::LegendAccepted.get(lang) }</li>
            <li><span class="swatch block rejected"></span>{ T::LegendRejected.get(lang) }</li>
            <li><span class="swatch vline"></span>{ T::LegendOffering.get(lang) }</li>
            <li><span class="swatch line duration"></span>{ (if jgb { T::LegendLowest } else { T::LegendHigh }).get(lang) }</li>
            <li><span class="swatch dashed convexity"></span>{ (if jgb { T::LegendAverage } else { T::LegendWi }).get(lang) }</li>
            if props.yours {
                <li><span class="swatch block yours"></span>{ T::LegendYours.get(lang) }</li>
            }
        </ul>
    }
}

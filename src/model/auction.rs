//! Government bond auctions, run the way each issuer runs them.
//!
//! - Multiple-price (the Ministry of Finance's 20-year JGB): price bids are filled from the highest
//!   price down; each winner pays its own price; bids at the lowest accepted price share what is
//!   left pro rata. Tail = average accepted price − lowest accepted price (yen per 100 yen).
//! - Single-price (the US Treasury, and the MOF's 40-year "Dutch" auction): yield bids are filled
//!   from the lowest yield up; everyone gets the highest accepted (stop-out) yield; bids at that
//!   yield share what is left pro rata. Tail = high yield − when-issued yield (bp).
//!
//! A deterministic generator builds realistic books from a few parameters, and a calibration finds
//! the parameters that reproduce a real auction's published figures exactly.

use super::bond::Bond;
use super::data::FactId;

/// Who bid (Treasury categories; JGB books use `Competitive`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Bidder {
    PrimaryDealer,
    Direct,
    Indirect,
    /// A JGB bidder (the MOF does not publish classes).
    Competitive,
    /// Filled in full at the auction's result before competitive bids.
    NonCompetitive,
    /// The reader's own bid.
    Reader,
}

/// One bid: an amount and a level (a price per 100 face in price auctions, a yield in % in yield
/// auctions; ignored for non-competitive bids).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bid {
    pub amount: f64,
    pub level: f64,
    pub bidder: Bidder,
}

/// What one bid received.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fill {
    pub bid: Bid,
    pub accepted: f64,
    /// The price per 100 it pays (price auctions) or the yield it gets (yield auctions).
    pub pays: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub offering: f64,
    pub tendered: f64,
    pub accepted: f64,
    /// Tendered / offered, as the lesson defines it. Publishers divide by the amount accepted,
    /// which is the amount offered whenever bids cover it; when they fall short, dividing by
    /// what was accepted would read 1.00 for an auction half its size in bids.
    pub bid_to_cover: f64,
    /// Lowest accepted price (price auctions) or high yield in % (yield auctions).
    pub stop: f64,
    /// Amount-weighted average accepted price or yield.
    pub average: f64,
    /// Share of the bids at the stop that was filled, in %.
    pub pct_at_stop: f64,
    pub fills: Vec<Fill>,
}

impl Outcome {
    /// The amount offered that no bid took (an undersubscribed auction).
    pub fn unsold(&self) -> f64 {
        (self.offering - self.accepted).max(0.0)
    }
    /// Whether bids fell short of the offering by more than rounding.
    pub fn undersubscribed(&self) -> bool {
        self.unsold() > self.offering * 1e-6
    }
    /// Accepted amount by bidder class, as % of competitive accepted.
    pub fn class_share(&self, bidder: Bidder) -> f64 {
        let comp: f64 = self
            .fills
            .iter()
            .filter(|f| f.bid.bidder != Bidder::NonCompetitive)
            .map(|f| f.accepted)
            .sum();
        let mine: f64 = self
            .fills
            .iter()
            .filter(|f| f.bid.bidder == bidder)
            .map(|f| f.accepted)
            .sum();
        if comp > 0.0 {
            mine / comp * 100.0
        } else {
            0.0
        }
    }
}

fn valid(b: &Bid) -> bool {
    b.amount.is_finite() && b.amount > 0.0 && b.level.is_finite()
}

/// Fills competitive bids best-first until `available` is used; bids at the stop level share
/// the remainder pro rata. `better` orders two levels (best first). Result: fills in the given
/// order of `bids`, stop level, % filled at the stop.
fn allocate(
    bids: &[Bid],
    available: f64,
    better: impl Fn(f64, f64) -> std::cmp::Ordering,
) -> (Vec<f64>, Option<f64>, f64) {
    let mut order: Vec<usize> = (0..bids.len()).collect();
    // Sort by level only (stable on the index), so the result never depends on bid order.
    order.sort_by(|&a, &b| better(bids[a].level, bids[b].level).then(a.cmp(&b)));
    let mut accepted = vec![0.0; bids.len()];
    let mut left = available.max(0.0);
    let mut stop = None;
    let mut pct_at_stop = 0.0;
    let mut i = 0;
    while i < order.len() && left > 0.0 {
        // All bids at this level form one group.
        let level = bids[order[i]].level;
        let mut j = i;
        while j < order.len() && bids[order[j]].level == level {
            j += 1;
        }
        let group: f64 = order[i..j].iter().map(|&k| bids[k].amount).sum();
        let share = if group <= left { 1.0 } else { left / group };
        for &k in &order[i..j] {
            accepted[k] = bids[k].amount * share;
        }
        stop = Some(level);
        pct_at_stop = share * 100.0;
        if share < 1.0 {
            // The offering is used up inside this group: it is the stop, whatever rounding left.
            break;
        }
        left -= group;
        i = j;
    }
    (accepted, stop, pct_at_stop)
}

/// A multiple-price auction over price bids.
pub fn multiple_price(bids: &[Bid], offering: f64) -> Outcome {
    let comp: Vec<Bid> = bids.iter().copied().filter(valid).collect();
    let tendered: f64 = comp.iter().map(|b| b.amount).sum();
    let (acc, stop, pct) = allocate(&comp, offering, |a, b| b.total_cmp(&a));
    let accepted: f64 = acc.iter().sum();
    let paid: f64 = comp.iter().zip(&acc).map(|(b, a)| b.level * a).sum();
    Outcome {
        offering,
        tendered,
        accepted,
        bid_to_cover: ratio(tendered, offering),
        stop: stop.unwrap_or(f64::NAN),
        average: if accepted > 0.0 {
            paid / accepted
        } else {
            f64::NAN
        },
        pct_at_stop: pct,
        fills: comp
            .iter()
            .zip(acc)
            .map(|(b, a)| Fill {
                bid: *b,
                accepted: a,
                pays: b.level,
            })
            .collect(),
    }
}

/// A single-price auction over yield bids; non-competitive bids are filled first.
pub fn single_price(bids: &[Bid], offering: f64) -> Outcome {
    let noncomp: Vec<Bid> = bids
        .iter()
        .copied()
        .filter(|b| b.bidder == Bidder::NonCompetitive && b.amount.is_finite() && b.amount > 0.0)
        .collect();
    let comp: Vec<Bid> = bids
        .iter()
        .copied()
        .filter(|b| b.bidder != Bidder::NonCompetitive && valid(b))
        .collect();
    let nc_total: f64 = noncomp.iter().map(|b| b.amount).sum();
    let nc_share = if nc_total > offering && nc_total > 0.0 {
        offering / nc_total
    } else {
        1.0
    };
    let nc_accepted = nc_total * nc_share;
    let (acc, stop, pct) = allocate(&comp, offering - nc_accepted, |a, b| a.total_cmp(&b));
    let stop = stop.unwrap_or(f64::NAN);
    let accepted = nc_accepted + acc.iter().sum::<f64>();
    let tendered = nc_total + comp.iter().map(|b| b.amount).sum::<f64>();
    let mut fills: Vec<Fill> = noncomp
        .iter()
        .map(|b| Fill {
            bid: *b,
            accepted: b.amount * nc_share,
            pays: stop,
        })
        .collect();
    fills.extend(comp.iter().zip(acc).map(|(b, a)| Fill {
        bid: *b,
        accepted: a,
        pays: stop,
    }));
    Outcome {
        offering,
        tendered,
        accepted,
        bid_to_cover: ratio(tendered, offering),
        stop,
        average: stop,
        pct_at_stop: pct,
        fills,
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 {
        a / b
    } else {
        0.0
    }
}

/// The parameters a generated book is built from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BookParams {
    pub offering: f64,
    /// Total competitive bids ÷ offering.
    pub demand: f64,
    /// Spread of bid levels: yen of price (JGB) or bp of yield (UST), the logistic scale.
    pub dispersion: f64,
    /// Where bids centre: a price (JGB) or a yield in % (UST).
    pub center: f64,
    /// Shares of indirect, direct and dealer bids (UST; they need not sum to 1).
    pub mix: [f64; 3],
}

/// Bids that cover the offering in a generated JGB book (each is 1/16 of it); the bids below
/// the price that sells the last of it follow on the same grid.
const JGB_ACCEPTED_BIDS: usize = 16;
/// Treasury yields are bid to 0.001% (0.1 bp).
pub const UST_TICK: f64 = 0.001;
const UST_TICKS: i32 = 150;

/// The logistic quantile function with unit scale.
fn logistic_quantile(p: f64) -> f64 {
    (p / (1.0 - p)).ln()
}

fn logistic_cdf(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// A JGB price book: bids of equal size at evenly spaced logistic quantiles around the centre
/// price, on a grid whose lines fall exactly where the offering runs out (the top 1/demand of
/// the bids). So the lowest accepted price and the average move smoothly with demand, and the
/// tail shrinks as demand grows, as the lesson says: with a grid fixed in place, the stop stuck
/// on one bid while the average rose, and the tail grew with demand in about a third of the
/// slider's steps. Scaling the dispersion scales every distance from the centre, so the tail
/// grows in proportion to it.
pub fn jgb_book(p: &BookParams) -> Vec<Bid> {
    let demand = p.demand.max(0.0);
    let total = p.offering * demand;
    if total <= 0.0 {
        return Vec::new();
    }
    // The share of the bids one bid holds: 1/16 of the offering, or of all bids when they fall
    // short of it (then every bid is accepted).
    let m = JGB_ACCEPTED_BIDS as f64;
    let width = 1.0 / (m * demand.max(1.0));
    let cut = 1.0 - 1.0 / demand.max(1.0);
    // (Kept inside (0, 1): a demand so large that the cut rounds to 1 would put bids at infinity.)
    let level =
        |q: f64| p.center + p.dispersion.max(0.0) * logistic_quantile(q.clamp(1e-12, 1.0 - 1e-12));
    // A whole slice's amount, written so that sixteen of them make exactly the offering (or all
    // the bids): a sum a hair short would let the next bid down set the lowest price.
    let slice = total.min(p.offering) / m;
    let bid = |lo: f64, hi: f64, amount: f64| Bid {
        amount,
        level: level((lo + hi) / 2.0),
        bidder: Bidder::Competitive,
    };
    // Accepted: the slices above the cut. Below it: whole slices down from the cut, and what is
    // left at the bottom as one smaller bid.
    let mut bids: Vec<Bid> = (0..JGB_ACCEPTED_BIDS)
        .map(|j| bid(cut + j as f64 * width, cut + (j + 1) as f64 * width, slice))
        .collect();
    // (A demand far beyond the slider's, from a test or a typed link, leaves the rest in the one
    // bid at the bottom rather than in a vector of millions.)
    let below = ((cut / width + 1e-9).floor()).min(1024.0) as usize;
    bids.extend(
        (0..below).map(|j| bid(cut - (j + 1) as f64 * width, cut - j as f64 * width, slice)),
    );
    let rest = cut - below as f64 * width;
    if rest > width * 1e-6 {
        bids.push(bid(0.0, rest, total * rest));
    }
    bids
}

/// A Treasury yield book on the 0.1 bp grid: amounts at each tick from a logistic density around
/// the centre (scale = dispersion in bp), each tick split among indirect, direct and dealers.
pub fn ust_book(p: &BookParams) -> Vec<Bid> {
    let total = p.offering * p.demand.max(0.0);
    let scale = p.dispersion.max(1e-6);
    let mix_sum: f64 = p.mix.iter().map(|m| m.max(0.0)).sum();
    let mix = if mix_sum > 0.0 {
        p.mix.map(|m| m.max(0.0) / mix_sum)
    } else {
        [1.0 / 3.0; 3]
    };
    let classes = [Bidder::Indirect, Bidder::Direct, Bidder::PrimaryDealer];
    let center_tick = (p.center / UST_TICK).round();
    let edge = |k: f64| logistic_cdf((k - 0.5) * 0.1 / scale);
    let norm = edge(f64::from(UST_TICKS) + 1.0) - edge(f64::from(-UST_TICKS));
    let mut bids = Vec::new();
    for k in -UST_TICKS..=UST_TICKS {
        let k = f64::from(k);
        let weight = (edge(k + 1.0) - edge(k)) / norm;
        let amount = total * weight;
        if amount <= total * 1e-9 {
            continue;
        }
        let level = ((center_tick + k) * UST_TICK * 1e6).round() / 1e6;
        for (c, share) in classes.iter().zip(mix) {
            if share > 0.0 {
                bids.push(Bid {
                    amount: amount * share,
                    level,
                    bidder: *c,
                });
            }
        }
    }
    // Scale so the book holds exactly the demanded total (the far tails were left out).
    let sum: f64 = bids.iter().map(|b| b.amount).sum();
    if sum > 0.0 {
        for b in &mut bids {
            b.amount *= total / sum;
        }
    }
    bids
}

/// The JGB auction's headline figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct JgbResult {
    pub bid_to_cover: f64,
    pub lowest_price: f64,
    pub average_price: f64,
    /// Average − lowest accepted price, yen per 100 yen.
    pub tail: f64,
    pub lowest_price_yield: Option<f64>,
    pub average_price_yield: Option<f64>,
    pub pct_at_lowest: f64,
}

pub fn jgb_result(o: &Outcome, tenor_years: f64, coupon_pct: f64) -> JgbResult {
    let bond = Bond::new(tenor_years, coupon_pct / 100.0).ok();
    let y = |price: f64| {
        bond.and_then(|b| b.yield_from_price(price).ok())
            .map(|y| y * 100.0)
    };
    JgbResult {
        bid_to_cover: o.bid_to_cover,
        lowest_price: o.stop,
        average_price: o.average,
        tail: o.average - o.stop,
        lowest_price_yield: y(o.stop),
        average_price_yield: y(o.average),
        pct_at_lowest: o.pct_at_stop,
    }
}

/// Finds the dispersion that gives a JGB book the published tail (bid-to-cover is the demand).
pub fn calibrate_jgb(offering: f64, btc: f64, tail: f64, center: f64) -> BookParams {
    let unit = BookParams {
        offering,
        demand: btc,
        dispersion: 1.0,
        center,
        mix: [0.0; 3],
    };
    let unit_tail = {
        let o = multiple_price(&jgb_book(&unit), offering);
        o.average - o.stop
    };
    BookParams {
        dispersion: if unit_tail > 0.0 {
            tail / unit_tail
        } else {
            0.0
        },
        ..unit
    }
}

/// Finds the dispersion whose book fills the published share at the high yield, then places the
/// centre so the high yield is the published one.
pub fn calibrate_ust(
    offering: f64,
    btc: f64,
    pct_at_high: f64,
    high_yield: f64,
    mix: [f64; 3],
) -> BookParams {
    let make = |d: f64, center: f64| BookParams {
        offering,
        demand: btc,
        dispersion: d,
        center,
        mix,
    };
    let run = |d: f64| single_price(&ust_book(&make(d, 0.0)), offering);
    // Scan dispersions; within a run with the same stop tick the filled share moves continuously,
    // so bisect the first bracket that contains the target.
    let grid: Vec<f64> = (0..=400).map(|i| 0.2 + i as f64 * 0.02).collect();
    let mut best = grid[0];
    let mut best_err = f64::INFINITY;
    for w in grid.windows(2) {
        let (a, b) = (run(w[0]), run(w[1]));
        let err = (a.pct_at_stop - pct_at_high).abs();
        if err < best_err {
            best_err = err;
            best = w[0];
        }
        if a.stop == b.stop && (a.pct_at_stop - pct_at_high) * (b.pct_at_stop - pct_at_high) <= 0.0
        {
            let (mut lo, mut hi) = (w[0], w[1]);
            let rising = b.pct_at_stop > a.pct_at_stop;
            for _ in 0..80 {
                let mid = 0.5 * (lo + hi);
                let m = run(mid);
                if (m.pct_at_stop < pct_at_high) == rising {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            best = 0.5 * (lo + hi);
            break;
        }
    }
    let stop = run(best).stop;
    make(best, high_yield - stop)
}

/// The Treasury auction's headline figures.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct UstResult {
    pub bid_to_cover: f64,
    pub high_yield: f64,
    pub pct_at_high: f64,
    /// High yield − when-issued yield, bp: positive = tail, negative = stop-through.
    pub tail_bp: f64,
    pub indirect_pct: f64,
    pub direct_pct: f64,
    pub dealer_pct: f64,
    /// Price per 100 at the high yield for a coupon set at the high yield rounded down to ⅛%.
    pub price: Option<f64>,
}

pub fn ust_result(o: &Outcome, when_issued: f64, tenor_years: f64) -> UstResult {
    let coupon = (o.stop / 0.125).floor() * 0.125;
    let price = Bond::new(tenor_years, coupon.max(0.0) / 100.0)
        .ok()
        .and_then(|b| b.price(o.stop / 100.0).ok());
    UstResult {
        bid_to_cover: o.bid_to_cover,
        high_yield: o.stop,
        pct_at_high: o.pct_at_stop,
        tail_bp: ((o.stop - when_issued) * 1e4).round() / 100.0,
        indirect_pct: o.class_share(Bidder::Indirect),
        direct_pct: o.class_share(Bidder::Direct),
        dealer_pct: o.class_share(Bidder::PrimaryDealer),
        price,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bid(amount: f64, level: f64) -> Bid {
        Bid {
            amount,
            level,
            bidder: Bidder::Competitive,
        }
    }

    #[test]
    fn multiple_price_fills_from_the_top_and_prorates_the_stop() {
        let bids = [
            bid(40.0, 99.5),
            bid(30.0, 100.2),
            bid(20.0, 99.8),
            bid(20.0, 99.8),
            bid(50.0, 99.0),
        ];
        let o = multiple_price(&bids, 80.0);
        assert_eq!(o.accepted, 80.0);
        assert_eq!(o.stop, 99.5);
        // 30 + 20 + 20 above the stop, 10 of 40 at it.
        assert_eq!(o.pct_at_stop, 25.0);
        assert_eq!(o.fills[0].accepted, 10.0);
        assert_eq!(o.fills[4].accepted, 0.0);
        let avg = (30.0 * 100.2 + 40.0 * 99.8 + 10.0 * 99.5) / 80.0;
        assert!((o.average - avg).abs() < 1e-12);
        assert_eq!(o.bid_to_cover, 160.0 / 80.0);
    }

    #[test]
    fn single_price_fills_noncompetitive_first_and_all_pay_the_high_yield() {
        let bids = [
            Bid {
                amount: 10.0,
                level: 0.0,
                bidder: Bidder::NonCompetitive,
            },
            Bid {
                amount: 50.0,
                level: 5.00,
                bidder: Bidder::Indirect,
            },
            Bid {
                amount: 50.0,
                level: 5.05,
                bidder: Bidder::PrimaryDealer,
            },
            Bid {
                amount: 30.0,
                level: 5.02,
                bidder: Bidder::Direct,
            },
        ];
        let o = single_price(&bids, 100.0);
        assert_eq!(o.accepted, 100.0);
        assert_eq!(o.stop, 5.05);
        assert!((o.pct_at_stop - 20.0).abs() < 1e-12);
        assert!(o.fills.iter().all(|f| f.pays == 5.05));
        assert!((o.class_share(Bidder::PrimaryDealer) - 10.0 / 90.0 * 100.0).abs() < 1e-9);
        let r = ust_result(&o, 5.04, 20.0);
        assert!((r.tail_bp - 1.0).abs() < 1e-9);
    }

    #[test]
    fn an_uncovered_auction_accepts_every_bid() {
        let o = multiple_price(&[bid(30.0, 99.0), bid(20.0, 98.0)], 100.0);
        assert_eq!(o.accepted, 50.0);
        // Bids of half the offering: a ratio of 0.5, not the 1.0 of bids over what was sold.
        assert_eq!(o.bid_to_cover, 0.5);
        assert_eq!(o.pct_at_stop, 100.0);
        let empty = multiple_price(&[], 100.0);
        assert_eq!(empty.accepted, 0.0);
        assert!(empty.stop.is_nan());
    }

    #[test]
    fn bad_bids_are_ignored() {
        let o = multiple_price(
            &[
                bid(f64::NAN, 99.0),
                bid(-5.0, 99.0),
                bid(10.0, f64::INFINITY),
                bid(10.0, 99.0),
            ],
            5.0,
        );
        assert_eq!(o.tendered, 10.0);
        assert_eq!(o.accepted, 5.0);
    }

    #[test]
    fn calibration_reproduces_the_may_2025_20_year_jgb() {
        let p = calibrate_jgb(1000.0, 2.50, 1.14, 99.0);
        let o = multiple_price(&jgb_book(&p), 1000.0);
        let r = jgb_result(&o, 20.0, 2.5);
        assert!((r.bid_to_cover - 2.50).abs() < 1e-12, "{}", r.bid_to_cover);
        assert!((r.tail - 1.14).abs() < 1e-9, "{}", r.tail);
        // April: 2.96 and 0.34.
        let p = calibrate_jgb(1000.0, 2.96, 0.34, 99.0);
        let r = jgb_result(&multiple_price(&jgb_book(&p), 1000.0), 20.0, 2.5);
        assert!((r.bid_to_cover - 2.96).abs() < 1e-12 && (r.tail - 0.34).abs() < 1e-9);
    }

    #[test]
    fn calibration_reproduces_the_may_2025_treasury_auctions() {
        for (btc, pct, high, mix) in [
            (2.46, 41.02, 5.047, [69.0, 14.1, 16.9]),
            (2.60, 92.86, 4.342, [71.2, 19.9, 8.9]),
        ] {
            let p = calibrate_ust(16.0, btc, pct, high, mix);
            let o = single_price(&ust_book(&p), 16.0);
            let r = ust_result(&o, high - 0.01, 20.0);
            assert!((r.bid_to_cover - btc).abs() < 1e-9, "{}", r.bid_to_cover);
            assert!(
                (r.pct_at_high - pct).abs() < 1e-6,
                "{} vs {pct}",
                r.pct_at_high
            );
            assert!((r.high_yield - high).abs() < 1e-9, "{}", r.high_yield);
            assert!((r.dealer_pct - mix[2]).abs() < 1e-6);
            assert!((r.indirect_pct - mix[0]).abs() < 1e-6);
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn book() -> impl Strategy<Value = Vec<Bid>> {
        proptest::collection::vec(
            (1u32..100, 9500u32..10100).prop_map(|(a, l)| Bid {
                amount: f64::from(a),
                level: f64::from(l) / 100.0,
                bidder: Bidder::Competitive,
            }),
            0..40,
        )
    }

    proptest! {
        #[test]
        fn accepted_never_exceeds_the_offering_and_equals_it_when_covered(bids in book(), offering in 1.0..2000.0f64) {
            for o in [multiple_price(&bids, offering), single_price(&bids, offering)] {
                prop_assert!(o.accepted <= offering * (1.0 + 1e-12));
                if o.tendered >= offering {
                    prop_assert!((o.accepted - offering).abs() < 1e-9 * offering);
                } else {
                    prop_assert!((o.accepted - o.tendered).abs() < 1e-9);
                }
            }
        }

        #[test]
        fn pro_rata_is_exact_at_the_stop(bids in book(), offering in 1.0..2000.0f64) {
            let o = multiple_price(&bids, offering);
            let at_stop: Vec<&Fill> = o.fills.iter().filter(|f| f.bid.level == o.stop).collect();
            for f in &at_stop {
                prop_assert!((f.accepted / f.bid.amount * 100.0 - o.pct_at_stop).abs() < 1e-9);
            }
            for f in o.fills.iter().filter(|f| f.bid.level > o.stop) {
                prop_assert_eq!(f.accepted, f.bid.amount);
            }
            for f in o.fills.iter().filter(|f| f.bid.level < o.stop) {
                prop_assert_eq!(f.accepted, 0.0);
            }
        }

        #[test]
        fn results_do_not_depend_on_bid_order(bids in book(), offering in 1.0..2000.0f64, seed in any::<u64>()) {
            let mut shuffled = bids.clone();
            // A deterministic shuffle from the seed.
            let n = shuffled.len();
            let mut s = seed | 1;
            for i in (1..n).rev() {
                s ^= s << 13; s ^= s >> 7; s ^= s << 17;
                shuffled.swap(i, (s % (i as u64 + 1)) as usize);
            }
            for (a, b) in [(multiple_price(&bids, offering), multiple_price(&shuffled, offering)), (single_price(&bids, offering), single_price(&shuffled, offering))] {
                prop_assert!((a.accepted - b.accepted).abs() < 1e-9);
                prop_assert!(a.stop == b.stop || (a.stop.is_nan() && b.stop.is_nan()));
                prop_assert!((a.pct_at_stop - b.pct_at_stop).abs() < 1e-9);
                prop_assert!((a.average - b.average).abs() < 1e-9 || (a.average.is_nan() && b.average.is_nan()));
            }
        }

        #[test]
        fn a_more_dispersed_book_never_shortens_the_tail(demand in 1.05..5.0f64, d1 in 0.0..3.0f64, extra in 0.0..3.0f64) {
            let p1 = BookParams { offering: 1000.0, demand, dispersion: d1, center: 99.0, mix: [0.0; 3] };
            let p2 = BookParams { dispersion: d1 + extra, ..p1 };
            let t = |p: &BookParams| { let o = multiple_price(&jgb_book(p), 1000.0); o.average - o.stop };
            prop_assert!(t(&p2) >= t(&p1) - 1e-9);
        }

        #[test]
        fn generators_never_panic(demand in any::<f64>(), d in any::<f64>(), c in -10.0..200.0f64) {
            let p = BookParams { offering: 100.0, demand, dispersion: d, center: c, mix: [1.0, 1.0, 1.0] };
            let _ = multiple_price(&jgb_book(&p), 100.0);
            let _ = single_price(&ust_book(&p), 100.0);
        }
    }
}

/// The auctions the reader can load, each calibrated to its published figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum AuctionId {
    #[default]
    Jgb20yMay,
    Jgb20yApril,
    Ust20yMay,
    Ust10yMay,
}

impl AuctionId {
    pub const ALL: [AuctionId; 4] = [
        AuctionId::Jgb20yMay,
        AuctionId::Jgb20yApril,
        AuctionId::Ust20yMay,
        AuctionId::Ust10yMay,
    ];
    pub fn id(self) -> &'static str {
        match self {
            AuctionId::Jgb20yMay => "jgb-20y-2025-05-20",
            AuctionId::Jgb20yApril => "jgb-20y-2025-04",
            AuctionId::Ust20yMay => "ust-20y-2025-05-21",
            AuctionId::Ust10yMay => "ust-10y-2025-05-06",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        AuctionId::ALL.into_iter().find(|a| a.id() == s)
    }
    pub fn is_jgb(self) -> bool {
        matches!(self, AuctionId::Jgb20yMay | AuctionId::Jgb20yApril)
    }
    /// The published figures it is calibrated to.
    pub fn preset(self) -> Preset {
        use super::data::fact;
        let f = |id: FactId| fact(id).value;
        match self {
            AuctionId::Jgb20yMay => Preset::jgb(
                self,
                f(FactId::Jgb20yAuctionMayBtc),
                f(FactId::Jgb20yAuctionMayTail),
                "2025-05-20",
            ),
            AuctionId::Jgb20yApril => Preset::jgb(
                self,
                f(FactId::Jgb20yAuctionAprilBtc),
                f(FactId::Jgb20yAuctionAprilTail),
                "2025-04",
            ),
            AuctionId::Ust20yMay => Preset::ust(
                self,
                ("2025-05-21", 20.0),
                UstFacts {
                    offering: FactId::Ust20yAuctionOfferingBn,
                    btc: FactId::Ust20yAuctionBtc,
                    tail: FactId::Ust20yAuctionTailBp,
                    pct_at_high: FactId::Ust20yAuctionPctAtHigh,
                    high_yield: FactId::Ust20yAuctionHighYield,
                    indirect: FactId::Ust20yAuctionIndirectPct,
                    dealers: FactId::Ust20yAuctionDealerPct,
                },
                &[
                    FactId::Ust20yAuctionBtc,
                    FactId::Ust20yAuctionHighYield,
                    FactId::Ust20yAuctionPctAtHigh,
                    FactId::Ust20yAuctionDealerPct,
                ],
            ),
            AuctionId::Ust10yMay => Preset::ust(
                self,
                ("2025-05-06", 10.0),
                UstFacts {
                    offering: FactId::Ust10yAuctionOfferingBn,
                    btc: FactId::Ust10yAuctionBtc,
                    tail: FactId::Ust10yAuctionTailBp,
                    pct_at_high: FactId::Ust10yAuctionPctAtHigh,
                    high_yield: FactId::Ust10yAuctionHighYield,
                    indirect: FactId::Ust10yAuctionIndirectPct,
                    dealers: FactId::Ust10yAuctionDealerPct,
                },
                &[
                    FactId::Ust10yAuctionBtc,
                    FactId::Ust10yAuctionHighYield,
                    FactId::Ust10yAuctionPctAtHigh,
                    FactId::Ust10yAuctionIndirectPct,
                ],
            ),
        }
    }
}

/// A real auction's published figures and the setting the lesson runs it in.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub id: AuctionId,
    pub date: &'static str,
    pub tenor_years: f64,
    /// bn yen (JGB) or bn dollars (UST).
    pub offering: f64,
    pub btc: f64,
    /// Yen per 100 (JGB) or bp against when-issued (UST).
    pub tail: f64,
    pub pct_at_high: f64,
    pub high_yield: f64,
    pub mix: [f64; 3],
    /// The coupon the lesson gives the JGB (illustrative; the MOF sets it near the market yield).
    pub coupon_pct: f64,
    pub facts: &'static [FactId],
}

/// The JGB auction's price level is illustrative: the coupon is the MOF 20-year yield of
/// 2025-05-20 rounded to 0.1% and bids centre at par. Only the ratio and the tail are published.
pub const JGB_COUPON_PCT: f64 = 2.5;
pub const JGB_OFFERING_BN: f64 = 1000.0;

/// Where a Treasury auction's published figures live in the dataset.
struct UstFacts {
    offering: FactId,
    btc: FactId,
    tail: FactId,
    pct_at_high: FactId,
    high_yield: FactId,
    indirect: FactId,
    dealers: FactId,
}

impl Preset {
    fn ust(
        id: AuctionId,
        (date, tenor_years): (&'static str, f64),
        ids: UstFacts,
        facts: &'static [FactId],
    ) -> Preset {
        let f = |id: FactId| super::data::fact(id).value;
        let (indirect, dealers) = (f(ids.indirect), f(ids.dealers));
        Preset {
            id,
            date,
            tenor_years,
            offering: f(ids.offering),
            btc: f(ids.btc),
            tail: f(ids.tail),
            pct_at_high: f(ids.pct_at_high),
            high_yield: f(ids.high_yield),
            // Indirect bidders, direct bidders (the rest), primary dealers.
            mix: [indirect, 100.0 - indirect - dealers, dealers],
            coupon_pct: 0.0,
            facts,
        }
    }

    fn jgb(id: AuctionId, btc: f64, tail: f64, date: &'static str) -> Preset {
        Preset {
            id,
            date,
            tenor_years: 20.0,
            offering: JGB_OFFERING_BN,
            btc,
            tail,
            pct_at_high: f64::NAN,
            high_yield: f64::NAN,
            mix: [0.0; 3],
            coupon_pct: JGB_COUPON_PCT,
            facts: if matches!(id, AuctionId::Jgb20yMay) {
                &[FactId::Jgb20yAuctionMayBtc, FactId::Jgb20yAuctionMayTail]
            } else {
                &[
                    FactId::Jgb20yAuctionAprilBtc,
                    FactId::Jgb20yAuctionAprilTail,
                ]
            },
        }
    }

    /// The when-issued yield implied by the published tail (UST).
    pub fn when_issued(&self) -> f64 {
        self.high_yield - self.tail / 100.0
    }

    /// Book parameters that reproduce the published figures.
    pub fn calibrated(&self) -> BookParams {
        if self.id.is_jgb() {
            calibrate_jgb(self.offering, self.btc, self.tail, 100.0)
        } else {
            calibrate_ust(
                self.offering,
                self.btc,
                self.pct_at_high,
                self.high_yield,
                self.mix,
            )
        }
    }
}

/// The reader's own bid: a JGB price per ¥100, a Treasury yield (%), an amount in bn. A typed
/// 1e308 is brought into range rather than drawn (an infinite axis would hang the chart).
pub const BID_PRICE_RANGE: (f64, f64) = (50.0, 150.0);
pub const BID_YIELD_RANGE: (f64, f64) = (0.0, 15.0);
pub const BID_AMOUNT_RANGE: (f64, f64) = (0.0, 100_000.0);

/// The reader's bid brought into its ranges, and whether anything was changed; `None` for a
/// value that is not a number.
pub fn clamp_bid(jgb: bool, level: f64, amount: f64) -> Option<((f64, f64), bool)> {
    if !(level.is_finite() && amount.is_finite()) {
        return None;
    }
    let range = if jgb {
        BID_PRICE_RANGE
    } else {
        BID_YIELD_RANGE
    };
    let clamped = (
        level.clamp(range.0, range.1),
        amount.clamp(BID_AMOUNT_RANGE.0, BID_AMOUNT_RANGE.1),
    );
    Some((clamped, clamped != (level, amount)))
}

/// Demand and dispersion the reader may set.
pub const DEMAND_RANGE: (f64, f64) = (0.5, 6.0);
pub const DISPERSION_RANGE: (f64, f64) = (0.05, 10.0);
pub const WI_RANGE: (f64, f64) = (0.0, 15.0);

/// Everything the widget shows for one run.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub params: BookParams,
    pub outcome: Outcome,
    pub jgb: Option<JgbResult>,
    pub ust: Option<UstResult>,
    /// The reader's bid, if any, and what it got.
    pub reader: Option<Fill>,
}

/// Runs a preset with the reader's settings and (optionally) the reader's own bid.
pub fn run(
    preset: &Preset,
    calibrated: &BookParams,
    demand: Option<f64>,
    dispersion: Option<f64>,
    when_issued: Option<f64>,
    reader_bid: Option<(f64, f64)>,
) -> Run {
    let clamp = |x: Option<f64>, base: f64, (lo, hi): (f64, f64)| {
        x.filter(|v| v.is_finite())
            .map_or(base, |v| v.clamp(lo, hi))
    };
    let params = BookParams {
        demand: clamp(demand, calibrated.demand, DEMAND_RANGE),
        dispersion: clamp(dispersion, calibrated.dispersion, DISPERSION_RANGE),
        ..*calibrated
    };
    let mut bids = if preset.id.is_jgb() {
        jgb_book(&params)
    } else {
        ust_book(&params)
    };
    let reader_bid = reader_bid
        .and_then(|(l, a)| clamp_bid(preset.id.is_jgb(), l, a))
        .map(|(bid, _)| bid);
    if let Some((level, amount)) = reader_bid.filter(|(_, a)| *a > 0.0) {
        bids.push(Bid {
            amount,
            level,
            bidder: Bidder::Reader,
        });
    }
    let outcome = if preset.id.is_jgb() {
        multiple_price(&bids, preset.offering)
    } else {
        single_price(&bids, preset.offering)
    };
    let reader = outcome
        .fills
        .iter()
        .find(|f| f.bid.bidder == Bidder::Reader)
        .copied();
    let (jgb, ust) = if preset.id.is_jgb() {
        (
            Some(jgb_result(&outcome, preset.tenor_years, preset.coupon_pct)),
            None,
        )
    } else {
        let wi = clamp(when_issued, preset.when_issued(), WI_RANGE);
        (None, Some(ust_result(&outcome, wi, preset.tenor_years)))
    };
    Run {
        params,
        outcome,
        jgb,
        ust,
        reader,
    }
}

/// Bid-to-cover of the US 10/20/30-year auctions: the average per tenor.
pub fn average_btc(tenor: u8) -> Option<f64> {
    let v: Vec<f64> = super::dataset::US_AUCTIONS
        .iter()
        .filter(|a| a.tenor_years == tenor)
        .map(|a| a.bid_to_cover)
        .collect();
    (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
}

/// The date of the last US auction in the history (its as-of date).
pub fn auction_history_as_of() -> String {
    super::dataset::US_AUCTIONS
        .last()
        .map(|a| super::series::iso(a.date))
        .unwrap_or_default()
}

#[cfg(test)]
mod preset_tests {
    use super::*;

    /// The lesson's claim, at every step of the demand slider: more bids, a shorter tail (and a
    /// higher lowest price), for every JGB auction the machine loads.
    #[test]
    fn more_demand_never_lengthens_the_tail() {
        for id in AuctionId::ALL.into_iter().filter(|id| id.is_jgb()) {
            let p = id.preset();
            let cal = p.calibrated();
            let mut last: Option<(f64, f64)> = None;
            let mut d = DEMAND_RANGE.0;
            while d <= DEMAND_RANGE.1 + 1e-9 {
                let j = run(&p, &cal, Some(d), None, None, None)
                    .jgb
                    .expect("a JGB result");
                if let Some((tail, stop)) = last {
                    assert!(
                        j.tail <= tail + 1e-9,
                        "{id:?} at {d:.2}: tail {tail} -> {}",
                        j.tail
                    );
                    assert!(j.lowest_price >= stop - 1e-9, "{id:?} at {d:.2}: stop fell");
                }
                last = Some((j.tail, j.lowest_price));
                d += 0.01;
            }
        }
    }

    #[test]
    fn every_preset_reproduces_its_published_figures() {
        for id in AuctionId::ALL {
            let p = id.preset();
            let r = run(&p, &p.calibrated(), None, None, None, None);
            assert!((r.outcome.bid_to_cover - p.btc).abs() < 1e-9, "{id:?} btc");
            if let Some(j) = r.jgb {
                assert!((j.tail - p.tail).abs() < 1e-9, "{id:?} tail {}", j.tail);
            }
            if let Some(u) = r.ust {
                assert!((u.high_yield - p.high_yield).abs() < 1e-9, "{id:?}");
                assert!((u.pct_at_high - p.pct_at_high).abs() < 1e-6, "{id:?}");
                assert!(
                    (u.tail_bp - p.tail).abs() < 1e-9,
                    "{id:?} tail {}",
                    u.tail_bp
                );
                assert!((u.dealer_pct - p.mix[2]).abs() < 1e-6);
            }
            assert_eq!(AuctionId::parse(id.id()), Some(id));
        }
    }

    #[test]
    fn lower_demand_and_wider_spread_mean_a_weaker_auction() {
        let p = AuctionId::Jgb20yApril.preset();
        let c = p.calibrated();
        let base = run(&p, &c, None, None, None, None).jgb.unwrap();
        let weak = run(&p, &c, Some(1.5), Some(c.dispersion * 3.0), None, None)
            .jgb
            .unwrap();
        assert!(weak.bid_to_cover < base.bid_to_cover);
        assert!(weak.tail > base.tail);
    }

    #[test]
    fn the_reader_s_bid_is_filled_when_it_is_good_enough() {
        let p = AuctionId::Ust20yMay.preset();
        let c = p.calibrated();
        let low = run(&p, &c, None, None, None, Some((4.9, 0.5)))
            .reader
            .unwrap();
        assert_eq!(low.accepted, 0.5);
        assert!(
            (low.pays - 5.047).abs() < 1e-9,
            "everyone gets the high yield"
        );
        let high = run(&p, &c, None, None, None, Some((5.2, 0.5)))
            .reader
            .unwrap();
        assert_eq!(high.accepted, 0.0);
        let jp = AuctionId::Jgb20yMay.preset();
        let jc = jp.calibrated();
        let mine = run(&jp, &jc, None, None, None, Some((101.0, 10.0)))
            .reader
            .unwrap();
        assert_eq!(
            (mine.accepted, mine.pays),
            (10.0, 101.0),
            "each winner pays its own price"
        );
    }

    #[test]
    fn averages_of_the_us_history() {
        for t in [10, 20, 30] {
            let a = average_btc(t).unwrap();
            assert!((2.0..3.0).contains(&a), "{t}: {a}");
        }
        assert_eq!(average_btc(7), None);
    }
}

/// What an auction's figures say about demand, against thresholds the page states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// JGB: a low ratio or a long tail. UST: a tail against when-issued.
    Weak,
    /// JGB only: neither weak nor firm.
    Softer,
    /// JGB: a high ratio and a short tail. UST: a stop-through.
    Firm,
    /// UST only: the high yield close to when-issued.
    AsExpected,
    /// Either market: bids short of the amount offered, whatever the tail.
    Failed,
}

impl Verdict {
    pub fn id(self) -> &'static str {
        match self {
            Verdict::Weak => "weak",
            Verdict::Softer => "softer",
            Verdict::Firm => "firm",
            Verdict::AsExpected => "as-expected",
            Verdict::Failed => "failed",
        }
    }
}

/// A 20-year JGB auction is weak below this bid-to-cover or above this tail (yen per ¥100), firm
/// at or above the firm ratio with a tail at or below the firm tail. The Ministry's 12-month
/// average ratio (3.31) and the calm summer 2025 tails (¥0.13–0.28) are the reference.
pub const JGB_WEAK_BTC: f64 = 2.8;
pub const JGB_WEAK_TAIL: f64 = 0.60;
pub const JGB_FIRM_BTC: f64 = 3.2;
pub const JGB_FIRM_TAIL: f64 = 0.30;
/// A Treasury auction's high yield this far (bp) above when-issued is a tail, this far below a
/// stop-through; in between, about as expected.
pub const UST_TAIL_BAND_BP: f64 = 0.5;

/// Bid-to-cover is tendered over offered: under 1, the bids fell short.
pub fn jgb_verdict(bid_to_cover: f64, tail: f64) -> Verdict {
    if bid_to_cover < 1.0 {
        Verdict::Failed
    } else if bid_to_cover < JGB_WEAK_BTC || tail > JGB_WEAK_TAIL {
        Verdict::Weak
    } else if bid_to_cover >= JGB_FIRM_BTC && tail <= JGB_FIRM_TAIL {
        Verdict::Firm
    } else {
        Verdict::Softer
    }
}

pub fn ust_verdict(bid_to_cover: f64, tail_bp: f64) -> Verdict {
    if bid_to_cover < 1.0 {
        Verdict::Failed
    } else if tail_bp > UST_TAIL_BAND_BP {
        Verdict::Weak
    } else if tail_bp < -UST_TAIL_BAND_BP {
        Verdict::Firm
    } else {
        Verdict::AsExpected
    }
}

/// The lowest and highest tails of the 20-year JGB auctions from June to August 2025, the calm
/// months after the selloff.
pub fn calm_summer_tails() -> Option<(f64, f64)> {
    super::dataset::JGB_AUCTIONS_2025
        .iter()
        .filter(|a| a.tenor_years == 20 && ("2025-06".."2025-09").contains(&a.date))
        .filter_map(|a| a.tail_yen)
        .fold(None, |acc, t| match acc {
            None => Some((t, t)),
            Some((lo, hi)) => Some((f64::min(lo, t), f64::max(hi, t))),
        })
}

/// The levels (price or yield) a preset's published run spans: its bids, stop and reference.
fn preset_levels(id: AuctionId) -> (f64, f64) {
    let p = id.preset();
    let r = run(&p, &p.calibrated(), None, None, None, None);
    let reference = match (r.jgb, r.ust) {
        (Some(j), _) => j.average_price,
        (_, Some(u)) => u.high_yield - u.tail_bp / 100.0,
        _ => f64::NAN,
    };
    r.outcome
        .fills
        .iter()
        .map(|f| f.bid.level)
        .chain([r.outcome.stop, reference])
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), v| {
            (a.min(v), b.max(v))
        })
}

/// The chart's level axis for an auction, fixed while the reader compares: both 20-year JGB
/// presets share one scale, so April's tail and May's compare by eye; a Treasury auction keeps
/// its own published run's scale. The chart widens it only if the reader's settings go further.
pub fn fixed_levels(id: AuctionId) -> (f64, f64) {
    use std::sync::OnceLock;
    static JGB: OnceLock<(f64, f64)> = OnceLock::new();
    if id.is_jgb() {
        *JGB.get_or_init(|| {
            let (a, b) = (
                preset_levels(AuctionId::Jgb20yMay),
                preset_levels(AuctionId::Jgb20yApril),
            );
            (a.0.min(b.0), a.1.max(b.1))
        })
    } else {
        preset_levels(id)
    }
}

#[cfg(test)]
mod verdict_tests {
    use super::*;

    fn published(id: AuctionId) -> Verdict {
        let p = id.preset();
        let r = run(&p, &p.calibrated(), None, None, None, None);
        match (r.jgb, r.ust) {
            (Some(j), _) => jgb_verdict(j.bid_to_cover, j.tail),
            (_, Some(u)) => ust_verdict(u.bid_to_cover, u.tail_bp),
            _ => unreachable!(),
        }
    }

    #[test]
    fn april_is_softer_than_usual_and_may_is_weak() {
        assert_eq!(published(AuctionId::Jgb20yApril), Verdict::Softer);
        assert_eq!(published(AuctionId::Jgb20yMay), Verdict::Weak);
    }

    #[test]
    fn treasuries_are_judged_by_the_tail_against_when_issued() {
        assert_eq!(published(AuctionId::Ust20yMay), Verdict::Weak);
        assert_eq!(published(AuctionId::Ust10yMay), Verdict::Firm);
        assert_eq!(ust_verdict(2.5, 0.2), Verdict::AsExpected);
        assert_eq!(ust_verdict(0.5, -3.0), Verdict::Failed);
        assert_eq!(jgb_verdict(0.8, 0.1), Verdict::Failed);
    }

    #[test]
    fn the_verdict_follows_the_numbers() {
        assert_eq!(jgb_verdict(3.75, 0.2), Verdict::Firm);
        assert_eq!(jgb_verdict(3.75, 0.9), Verdict::Weak);
        assert_eq!(jgb_verdict(3.0, 0.5), Verdict::Softer);
        assert_eq!(calm_summer_tails(), Some((0.13, 0.28)));
    }

    #[test]
    fn both_jgb_presets_share_one_scale_that_holds_both_runs() {
        let shared = fixed_levels(AuctionId::Jgb20yMay);
        assert_eq!(shared, fixed_levels(AuctionId::Jgb20yApril));
        for id in [AuctionId::Jgb20yMay, AuctionId::Jgb20yApril] {
            let own = preset_levels(id);
            assert!(shared.0 <= own.0 && own.1 <= shared.1);
        }
        let (lo, hi) = fixed_levels(AuctionId::Ust20yMay);
        assert!(lo < 5.047 && 5.047 <= hi);
    }
}

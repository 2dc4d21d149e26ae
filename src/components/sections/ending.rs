//! The ending's figures: five takeaways, what happened next and what to watch, all from the
//! model and the data.

use yew::prelude::*;

use super::Ctx;
use crate::i18n::{num, signed, tr, yen_bn, Lang, T};
use crate::model::bond::Bond;
use crate::model::checks::{interest_comparison, jgb40_later_peak};
use crate::model::data::{fact, FactId};
use crate::model::dataset::{JGB_AUCTIONS_2025, JGB_MONTHLY};
use crate::model::fiscal::{held, interest_bill, MATURITY_DEFAULT};
use crate::model::holdings::fed_share;
use crate::model::series::{iso, pct};
use crate::model::widgets::Widget;

fn par_loss(tenor: f64, id: FactId) -> f64 {
    let y = fact(id).value / 100.0;
    Bond::new(tenor, y)
        .and_then(|b| b.shock(y, 0.01))
        .map_or(f64::NAN, |s| s.exact_pct)
}

pub fn takeaways(lang: Lang) -> Vec<String> {
    let f = |id: FactId, d: usize| num(fact(id).value, d);
    let model5 = interest_bill(MATURITY_DEFAULT, &held(100.0))
        .get(4)
        .map_or(f64::NAN, |y| y.shocked - y.baseline);
    let mof9 = interest_comparison(MATURITY_DEFAULT)
        .last()
        .map_or(f64::NAN, |y| y.ministry);
    vec![
        tr::Take1 {
            loss40: &signed(par_loss(40.0, FactId::Jgb40y20250522), 1),
            loss10: &signed(par_loss(10.0, FactId::Jgb10y20250522), 1),
        }
        .text(lang),
        tr::Take2 {
            btc: &f(FactId::Jgb20yAuctionMayBtc, 2),
            tail: &f(FactId::Jgb20yAuctionMayTail, 2),
            btc_april: &f(FactId::Jgb20yAuctionAprilBtc, 2),
            tail_april: &f(FactId::Jgb20yAuctionAprilTail, 2),
        }
        .text(lang),
        tr::Take3 {
            boj: &f(FactId::BojShareExcl202403, 1),
            fed: &num(fed_share(), 1),
        }
        .text(lang),
        tr::Take4 {
            model5: &num(model5, 1),
            mof9: &num(mof9, 1),
        }
        .text(lang),
        tr::Take5 {
            tail: &f(FactId::Ust20yAuctionTailBp, 0),
        }
        .text(lang),
    ]
}

/// The 20-year auctions after May 2025, in date order (June to August).
fn summer_auctions() -> Vec<&'static crate::model::series::JgbAuction> {
    JGB_AUCTIONS_2025
        .iter()
        .filter(|a| a.tenor_years == 20 && ("2025-06".."2025-09").contains(&a.date))
        .collect()
}

pub fn what_next(lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let summer = summer_auctions();
    if let (Some(first), Some(last)) = (summer.first(), summer.last()) {
        let btcs = summer.iter().map(|a| a.bid_to_cover);
        let (lo, hi) = btcs.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), b| {
            (l.min(b), h.max(b))
        });
        out.push(
            tr::NextAuctions {
                btc_low: &num(lo, 2),
                btc_high: &num(hi, 2),
                first_tail: &first.tail_yen.map_or_else(String::new, |t| num(t, 2)),
                last_tail: &last.tail_yen.map_or_else(String::new, |t| num(t, 2)),
                last_date: last.date,
            }
            .text(lang),
        );
    }
    let latest = JGB_MONTHLY
        .iter()
        .rev()
        .find_map(|m| pct(m.end[3]).map(|v| (m.last_day, v)));
    if let (Some((date, max)), Some((last_day, last))) = (jgb40_later_peak(), latest) {
        out.push(
            tr::NextYields {
                max: &num(max, 3),
                date: &iso(date),
                last: &num(last, 3),
                last_date: &iso(last_day),
            }
            .text(lang),
        );
    }
    let cut = yen_bn(lang, fact(FactId::BojTaperCut2026Bn).value, 0);
    out.push(tr::NextTaper { cut_2026: &cut }.text(lang));
    out
}

/// The ending of section 11: takeaways, what happened next, what to watch.
pub fn ending(cx: &Ctx) -> Html {
    let lang = cx.lang;
    let watch = [
        (T::WatchAuctions, Widget::Auction),
        (T::WatchTaper, Widget::Taper),
        (T::WatchFed, Widget::Holdings),
    ];
    html! {
        <>
            <h3>{ T::TakeawaysTitle.get(lang) }</h3>
            <ol class="takeaways" data-testid="takeaways">
                { for takeaways(lang).into_iter().map(|t| html! { <li>{ cx.linked(&t) }</li> }) }
            </ol>
            <h3>{ T::NextTitle.get(lang) }</h3>
            <ul data-testid="what-next">{ for what_next(lang).into_iter().map(|t| html! { <li>{ cx.linked(&t) }</li> }) }</ul>
            <h3>{ T::WatchTitle.get(lang) }</h3>
            <ul data-testid="what-to-watch">
                { for watch.iter().map(|(t, w)| html! {
                    <li><a href={format!("#{}", w.id())}>{ t.get(lang) }</a></li>
                }) }
            </ul>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ending_quotes_the_data() {
        let t = takeaways(Lang::En);
        assert_eq!(t.len(), 5);
        assert!(t[0].contains("−18.9%"), "{}", t[0]);
        assert!(t[3].contains("¥8.7 tn by FY2033"), "{}", t[3]);
        let next = what_next(Lang::En);
        assert!(
            next[0].contains("between 3.09 and 3.15")
                && next[0].contains("¥0.28 to ¥0.13 by 2025-08-19"),
            "{}",
            next[0]
        );
        assert!(next[1].contains("4.043% on 2026-05-19"), "{}", next[1]);
    }
}

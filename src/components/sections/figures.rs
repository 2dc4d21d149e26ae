//! The sentences of the prose that state or compare figures, computed from the data.

use crate::i18n::{billions, num, signed, tr, Lang, T};
use crate::model::auction::average_btc;
use crate::model::checks::{jgb40_later_peak, may_comparison, qt, Move, FED_DECIMALS};
use crate::model::data::{fact, FactId};
use crate::model::dataset::{JGB_DAILY_2025, JGB_MONTHLY};
use crate::model::series::{highest_since, iso, pct, peak_until, Since};

use super::f;

/// The JGB peak day of May 2025.
const PEAK: u32 = 20250522;

fn at(tenor: usize) -> Option<f64> {
    JGB_DAILY_2025
        .iter()
        .find(|d| d.date == PEAK)
        .and_then(|d| pct(d.values[tenor]))
}

/// "Highest since" for the 10- and 40-year on the peak day (section 3).
pub fn since_sentences(lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    let since = |tenor: usize, day: u32| highest_since(JGB_DAILY_2025, JGB_MONTHLY, tenor, day);
    if let (Some(v10), Some(since10), Some((peak_day, peak))) =
        (at(0), since(0, PEAK), peak_until(JGB_DAILY_2025, 0, PEAK))
    {
        if let Some(since_peak) = since(0, peak_day) {
            out.push(
                tr::SinceSentence10 {
                    value: &num(v10, 3),
                    date: &iso(PEAK),
                    since: &since10.text(),
                    peak: &num(peak, 3),
                    peak_date: &iso(peak_day),
                    peak_since: &since_peak.text(),
                }
                .text(lang),
            );
        }
    }
    if let (Some(v40), Some(since40)) = (at(3), since(3, PEAK)) {
        let (value, date, since) = (num(v40, 3), iso(PEAK), since40.text());
        out.push(match since40 {
            Since::FirstInData(_) => tr::SinceSentence40 {
                value: &value,
                date: &date,
                since: &since,
            }
            .text(lang),
            _ => tr::SinceSentence40Day {
                value: &value,
                date: &date,
                since: &since,
            }
            .text(lang),
        });
    }
    out
}

/// The 40-year went higher after the record (section 3).
pub fn later_higher(lang: Lang) -> Option<String> {
    let (date, max) = jgb40_later_peak()?;
    Some(
        tr::LaterHigher {
            may_value: &num(at(3)?, 3),
            max: &num(max, 3),
            date: &iso(date),
        }
        .text(lang),
    )
}

/// Both central banks' bonds at two dates (section 4).
pub fn qt_figures(lang: Lang) -> String {
    let q = qt();
    let date = |id: FactId| fact(id).date;
    let fed_change = tr::LossAmountUsd {
        amount: &signed_billions(lang, q.fed_change_bn()),
    }
    .text(lang);
    tr::QtFigures {
        boj_from: &num(q.boj.0, 2),
        boj_from_date: date(FactId::BojJgbBook202503),
        boj_to: &num(q.boj.1, 2),
        boj_to_date: date(FactId::BojJgbBook202507),
        boj_change: &signed(q.boj_change_tn(), 2),
        boj_pct: &signed(q.boj_change_pct(), 1),
        fed_from: &num(q.fed.0, FED_DECIMALS),
        fed_from_date: date(FactId::FedUstHoldings20250430),
        fed_to: &num(q.fed.1, FED_DECIMALS),
        fed_to_date: date(FactId::FedUstHoldings20250521),
        fed_change: &fed_change,
    }
    .text(lang)
}

fn signed_billions(lang: Lang, bn: f64) -> String {
    let text = billions(lang, bn, 1);
    if text.starts_with('−') {
        text
    } else {
        format!("+{text}")
    }
}

/// The Fed's own QT (section 9).
pub fn fed_qt(lang: Lang) -> String {
    let q = qt();
    tr::S9Qt {
        fed_from: &num(q.fed.0, FED_DECIMALS),
        fed_from_date: fact(FactId::FedUstHoldings20250430).date,
        fed_to: &num(q.fed.1, FED_DECIMALS),
        fed_to_date: fact(FactId::FedUstHoldings20250521).date,
    }
    .text(lang)
}

/// The 20-year Treasury auction read by its tail, its indirect share as a proxy, and dealers
/// against the month's other auctions (section 6).
pub fn s6_figures(lang: Lang) -> String {
    tr::S6Figures {
        date: fact(FactId::Ust20yAuctionHighYield).date,
        high_yield: &f(FactId::Ust20yAuctionHighYield, 3),
        tail: &f(FactId::Ust20yAuctionTailBp, 0),
        btc: &f(FactId::Ust20yAuctionBtc, 2),
        avg_btc: &average_btc(20).map_or_else(String::new, |v| num(v, 2)),
        indirect: &f(FactId::Ust20yAuctionIndirectPct, 0),
        dealers: &f(FactId::Ust20yAuctionDealerPct, 1),
        dealers10: &f(FactId::Ust10yAuctionDealerPct, 1),
        dealers30: &f(FactId::Ust30yAuctionDealerPct, 1),
    }
    .text(lang)
}

/// The 10-year of 6 May: a stop-through (section 6).
pub fn s6_counter(lang: Lang) -> String {
    tr::S6Counter {
        date: fact(FactId::Ust10yAuctionTailBp).date,
        stop: &num(-fact(FactId::Ust10yAuctionTailBp).value, 1),
        indirect: &f(FactId::Ust10yAuctionIndirectPct, 1),
    }
    .text(lang)
}

pub fn s6_fill_note(lang: Lang) -> String {
    tr::S6FillNote {
        pct20: &f(FactId::Ust20yAuctionPctAtHigh, 2),
        pct10: &f(FactId::Ust10yAuctionPctAtHigh, 2),
    }
    .text(lang)
}

/// Moves within 10 bp of each other count as alike.
const ALIKE_BP: f64 = 10.0;

/// The 30-year Treasury against the 40-year JGB in May and over the year (section 7).
pub fn may_compare(lang: Lang) -> Option<String> {
    let c = may_comparison()?;
    let bp = |m: &Move| signed(m.bp(), 0);
    let lead = if (c.ust30.bp() - c.jgb40.bp()).abs() <= ALIKE_BP {
        T::MayAlike
    } else {
        T::MayApart
    };
    Some(
        tr::MayCompare {
            lead: lead.get(lang),
            ust_bp: &bp(&c.ust30),
            ust_from: &iso(c.ust30.from),
            ust_to: &iso(c.ust30.to),
            jgb_bp: &bp(&c.jgb40),
            jgb_from: &iso(c.jgb40.from),
            jgb_to: &iso(c.jgb40.to),
            year_from: &iso(c.jgb40_year.from),
            ust_year: &bp(&c.ust30_year),
            jgb_year: &bp(&c.jgb40_year),
            ust_since: &c.ust30_since.text(),
        }
        .text(lang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_may_comparison_names_both_moves_from_the_data() {
        let en = may_compare(Lang::En).unwrap();
        assert!(
            en.starts_with("In May alone the two markets moved alike"),
            "{en}"
        );
        assert!(
            en.contains("moved +42 bp from 2025-04-30 to 2025-05-21"),
            "{en}"
        );
        assert!(en.contains("+40 bp from 2025-04-30 to 2025-05-22"), "{en}");
        assert!(en.contains("since 2023-10"), "{en}");
        let zh = may_compare(Lang::ZhHant).unwrap();
        assert!(zh.contains("變動 +42 個基點"), "{zh}");
    }

    #[test]
    fn qt_figures_come_from_the_banks_books() {
        let en = qt_figures(Lang::En);
        assert!(
            en.contains("¥575.93 tn (2025-03-31) to ¥567.22 tn (2025-07-20)"),
            "{en}"
        );
        assert!(en.contains("−8.71 tn yen or −1.5%"), "{en}");
        assert!(en.contains("−4.2 bn dollars"), "{en}");
        assert!(qt_figures(Lang::ZhHant).contains("−42 億美元"));
        // To the tenth of a billion, so the two levels differ by the change quoted (−4.2 bn).
        assert!(fed_qt(Lang::En).contains("$4.2176 tn on 2025-04-30 to $4.2134 tn on 2025-05-21"));
    }

    #[test]
    fn section_6_reads_the_tail_the_proxy_and_the_counter_example() {
        let s = s6_figures(Lang::En);
        assert!(s.contains("about 1 bp above its when-issued yield"), "{s}");
        assert!(s.contains("took 69%") && s.contains("rough proxy"), "{s}");
        assert!(
            s.contains("16.9%, against 8.9% at the 10-year and 13.9% at the 30-year"),
            "{s}"
        );
        let c = s6_counter(Lang::En);
        assert!(c.contains("1.2 bp below") && c.contains("71.2%"), "{c}");
        assert!(s6_figures(Lang::ZhHant).contains("粗略的替代指標"));
    }

    #[test]
    fn the_later_peak_is_named() {
        assert!(later_higher(Lang::En)
            .unwrap()
            .contains("went higher later"));
    }
}

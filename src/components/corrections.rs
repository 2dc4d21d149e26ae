//! "Changes to figures": what this edition changed in figures a teacher may have printed, with
//! the old figure, the new one (from the data where it is one) and why.

use yew::prelude::*;

use super::use_lang;
use crate::charts::ladder_rows;
use crate::i18n::{num, signed, tr, T};
use crate::model::data::{fact, FactId};
use crate::model::dataset::{JGB_CURVE_2025_05_22, JGB_DAILY_2025};
use crate::model::fiscal::{held, interest_bill, interest_share_of_debt_service, MATURITY_DEFAULT};
use crate::model::risk::{figure_value, Figure, Market, RiskRowId};
use crate::model::series::day_change_bp;

/// The date of this edition's corrections (the latest change in the list).
pub const CORRECTIONS_DATE: &str = "2026-12-07";

/// Each correction in words, its new figures filled from the data.
pub fn corrections(lang: crate::i18n::Lang) -> Vec<String> {
    let v = |id: FactId| fact(id).value;
    let ladder40 = ladder_rows(JGB_CURVE_2025_05_22, 0.01)
        .last()
        .map_or(f64::NAN, |r| r.change_pct);
    let worry = interest_bill(MATURITY_DEFAULT, &held(100.0))
        .get(4)
        .map_or(f64::NAN, interest_share_of_debt_service);
    // The May comparison's windows: the JGB's from the first May close before, from April's
    // last close now, like the Treasury's.
    let may = crate::model::checks::may_comparison();
    let jgb40_from_may_1 = crate::model::checks::Move {
        from: 20250501,
        to: 20250522,
        from_pct: crate::model::checks::on(JGB_DAILY_2025, 3, 20250501).unwrap_or(f64::NAN),
        to_pct: crate::model::checks::on(JGB_DAILY_2025, 3, 20250522).unwrap_or(f64::NAN),
    };
    vec![
        tr::CorrFall {
            fall: &num(-v(FactId::Jgb40yNewsFall20250527Bp), 1),
            level: &num(v(FactId::Jgb40yNews20250527), 3),
            cm: &signed(
                day_change_bp(JGB_DAILY_2025, 3, 20250527).unwrap_or(f64::NAN),
                1,
            ),
        }
        .text(lang),
        tr::CorrLadder {
            now: &signed(ladder40, 1),
        }
        .text(lang),
        T::CorrPriceRow.get(lang).to_string(),
        tr::CorrPriceSame {
            jgb: &num(price_30y(Market::Jgb), 1),
            ust: &num(price_30y(Market::Ust), 1),
        }
        .text(lang),
        tr::CorrWorry {
            now: &num(worry, 1),
        }
        .text(lang),
        T::CorrScenario.get(lang).to_string(),
        T::CorrRecords.get(lang).to_string(),
        T::CorrTaper.get(lang).to_string(),
        tr::CorrBojHalf {
            excl: &num(v(FactId::BojShareExcl202403), 1),
            incl: &num(v(FactId::BojShareIncl202503), 0),
        }
        .text(lang),
        T::CorrVerdict.get(lang).to_string(),
        T::CorrSources.get(lang).to_string(),
        tr::CorrMayWindow {
            before: &signed(jgb40_from_may_1.bp(), 0),
            jgb: &signed(may.as_ref().map_or(f64::NAN, |c| c.jgb40.bp()), 0),
            ust: &signed(may.as_ref().map_or(f64::NAN, |c| c.ust30.bp()), 0),
        }
        .text(lang),
    ]
}

/// A 30-year bond's price change at +100 bp in one market, as the risk table's evidence gives it.
fn price_30y(market: Market) -> f64 {
    RiskRowId::PriceSensitivity
        .row()
        .cell(market)
        .evidence
        .iter()
        .find(|e| matches!(e.figure, Figure::ShockLoss { tenor_years, .. } if tenor_years == 30.0))
        .and_then(|e| figure_value(e.figure, 100))
        .unwrap_or(f64::NAN)
}

/// The list, in the footer: one click away from every page, and printed with the handout.
#[function_component(Corrections)]
pub fn corrections_list() -> Html {
    crate::counted!("Corrections");
    let lang = use_lang();
    html! {
        <details class="corrections" data-testid="corrections">
            <summary>{ T::CorrectionsTitle.get(lang) }</summary>
            <p>{ tr::CorrectionsIntro { date: CORRECTIONS_DATE }.text(lang) }</p>
            <ul>{ for corrections(lang).into_iter().map(|c| html! { <li>{ c }</li> }) }</ul>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn each_correction_gives_the_new_figure_from_the_data() {
        let en = corrections(Lang::En);
        assert!(
            en[0].contains("now 26.5 bp to 3.285%") && en[0].contains("−17.8 bp"),
            "{}",
            en[0]
        );
        assert!(en[1].contains("now −18.9%"), "{}", en[1]);
        let may = en.last().unwrap();
        assert!(
            may.contains("(+39 bp)") && may.contains("JGB +40 bp, the Treasury +42 bp"),
            "{may}"
        );
        assert_eq!(en.len(), corrections(Lang::ZhHant).len());
    }

    /// The README lists the same corrections as the footer, in English.
    #[test]
    fn the_readme_lists_the_corrections() {
        let list: String = corrections(Lang::En)
            .iter()
            .map(|c| format!("- {c}\n"))
            .collect();
        crate::readme::check_section("corrections", &list);
    }
}

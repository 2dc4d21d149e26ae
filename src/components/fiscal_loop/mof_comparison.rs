//! The lesson's interest-bill model set beside the Ministry of Finance's own estimate, year by
//! year at rates one point higher, and a sentence on where and why the two part.

use yew::prelude::*;

use super::super::source_note::SourceNote;
use super::super::use_lang;
use crate::i18n::{num, tr, word_space, Lang, T};
use crate::model::checks::{interest_comparison, Gap, InterestYear};
use crate::model::data::{FactId, SourceId};

#[derive(Properties, PartialEq)]
pub struct MofComparisonProps {
    /// The reader's average maturity, years.
    pub maturity: f64,
}

/// Where the model stands against the Ministry in the first and the last year, and why.
fn why(lang: Lang, first: &InterestYear, last: &InterestYear) -> String {
    let first_reason = match first.gap() {
        Gap::Ahead => T::MofFirstAhead,
        Gap::Close => T::MofFirstClose,
        Gap::Behind => T::MofFirstBehind,
    };
    let last_reason = match last.gap() {
        Gap::Ahead => T::MofLastAhead,
        Gap::Close => T::MofLastClose,
        Gap::Behind => T::MofLastBehind,
    };
    let figures = tr::MofFigures {
        first_year: &first.fiscal_year.to_string(),
        first_model: &num(first.model, 1),
        first_mof: &num(first.ministry, 1),
        last_year: &last.fiscal_year.to_string(),
        last_model: &num(last.model, 1),
        last_mof: &num(last.ministry, 1),
    };
    [
        figures.text(lang).as_str(),
        first_reason.get(lang),
        last_reason.get(lang),
    ]
    .join(word_space(lang))
}

#[function_component(MofComparison)]
pub fn mof_comparison(props: &MofComparisonProps) -> Html {
    crate::counted!("MofComparison");
    let lang = use_lang();
    let rows = interest_comparison(props.maturity);
    let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
        return html! {};
    };
    let last_year = last.fiscal_year;
    html! {
        <div class="mof-compare">
            <h4>{ T::MofTitle.get(lang) }</h4>
            // Scrolls sideways inside itself on the narrowest screens, never the page.
            <div class="table-wide">
                <table data-testid="mof-comparison" class="compact">
                        <thead><tr>
                            <th scope="col">{ T::ColFiscalYear.get(lang) }</th>
                            <th scope="col">{ T::ColThisModel.get(lang) }</th>
                            <th scope="col">{ T::ColMinistry.get(lang) }</th>
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|r| html! {
                                <tr>
                                    <th scope="row">{ tr::FiscalYear { year: &r.fiscal_year.to_string() }.text(lang) }</th>
                                    <td>{ num(r.model, 1) }</td>
                                    if r.fiscal_year == last_year {
                                        <td data-testid="mof-interest-9y" data-value={r.ministry.to_string()}>{ num(r.ministry, 1) }</td>
                                    } else {
                                        <td>{ num(r.ministry, 1) }</td>
                                    }
                                </tr>
                            }) }
                        </tbody>
                </table>
            </div>
            <p class="reactive" data-testid="mof-why">{ why(lang, first, last) }</p>
            <SourceNote facts={vec![FactId::MofAvgMaturityYears]} series={vec![(SourceId::MofInterest, "2024-11-29".to_string())]} />
        </div>
    }
}

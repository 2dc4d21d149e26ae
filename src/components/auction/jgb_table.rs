//! The super-long JGB auctions of 2025 from news reports of the Ministry's results: the
//! reference a 20-year auction is judged against, and the 40-year's missing tail explained.

use yew::prelude::*;

use super::super::source_note::SourceNote;
use super::super::use_lang;
use crate::i18n::{num, tr, word_space, T};
use crate::model::data::{fact, FactId, SourceId};
use crate::model::dataset::JGB_AUCTIONS_2025;

#[function_component(JgbAuctionTable)]
pub fn jgb_auction_table() -> Html {
    crate::counted!("JgbAuctionTable");
    let lang = use_lang();
    let last = JGB_AUCTIONS_2025.last().map(|a| a.date).unwrap_or_default();
    let quoted = tr::QuotedClaims {
        btc: &num(fact(FactId::Jgb20yAuctionMayBtc).value, 2),
        tail: &num(fact(FactId::Jgb20yAuctionMayTail).value, 2),
    };
    html! {
        <>
            <h4>{ T::JgbTableTitle.get(lang) }</h4>
            // Four columns fit a phone: the date links to its report.
            // Scrolls sideways inside itself on the narrowest screens, never the page.
            <div class="table-wide">
                <table data-testid="jgb-auctions-table" class="compact">
                    <thead><tr>
                        <th scope="col">{ T::ColAuctionDate.get(lang) }</th>
                        <th scope="col">{ T::ColTenor.get(lang) }</th>
                        <th scope="col">{ T::RBtc.get(lang) }</th>
                        <th scope="col">{ T::ColTail.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for JGB_AUCTIONS_2025.iter().map(|a| html! {
                            <tr>
                                <th scope="row"><a href={a.source_url} rel="noopener noreferrer" target="_blank">{ a.date }</a></th>
                                <td>{ tr::YearsShort { years: &a.tenor_years.to_string() }.text(lang) }</td>
                                <td>{ num(a.bid_to_cover, 2) }</td>
                                <td>{ a.tail_yen.map(|t| num(t, 2)).unwrap_or_else(|| "–".into()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="hint">{ T::JgbTableLinks.get(lang) }{ word_space(lang) }{ T::Jgb40SinglePrice.get(lang) }</p>
            <p class="hint">{ quoted.text(lang) }</p>
            <SourceNote series={vec![(SourceId::JgbAuctions2025, last.to_string())]} />
        </>
    }
}

//! Sections 6 to 9: Treasury auctions, the Treasury secondary market, why demand dipped, and
//! the Fed's dilemma.

use yew::prelude::*;

use super::figures::{fed_qt, may_compare, s6_counter, s6_figures, s6_fill_note};
use super::{Ctx, Section};
use crate::components::risk_table::RiskRowLink;
use crate::components::source_note::SourceNote;
use crate::i18n::{Lang, T};
use crate::model::auction::AuctionId;
use crate::model::data::{FactId, SourceId};
use crate::model::risk::RiskRowId;
use crate::model::teach::PredictionId;
use crate::model::widgets::Widget;

/// A link that loads an auction into the machine and goes there. It is static prose: the page's
/// script loads the auction on click (`data-load-auction`).
fn load_auction(lang: Lang, auction: AuctionId, label: T) -> Html {
    html! {
        <a class="see-risk" href="#auction" data-testid={format!("load-{}", auction.id())}
            data-load-auction={auction.id()}>
            { label.get(lang) }
        </a>
    }
}

pub fn s6(cx: Ctx) -> Section {
    let lang = cx.lang;
    let facts = vec![
        FactId::Ust20yAuctionHighYield,
        FactId::Ust20yAuctionTailBp,
        FactId::Ust10yAuctionTailBp,
    ];
    let body = html! {
        <>
            { cx.p(T::S6Body) }
            { cx.predict(PredictionId::UstTail) }
            <p data-testid="s6-figures">{ cx.linked(&s6_figures(lang)) }</p>
            <p data-testid="s6-counter">{ cx.linked(&s6_counter(lang)) }</p>
            <p class="article-vs-data" data-testid="s6-fill-note">{ cx.linked(&s6_fill_note(lang)) }</p>
            <SourceNote {facts} />
            { load_auction(lang, AuctionId::Ust20yMay, T::RunInMachine) }
            <RiskRowLink row={RiskRowId::AuctionDemand} />
        </>
    };
    Section {
        n: 6,
        title: T::S6Title,
        body,
    }
}

pub fn s7(cx: Ctx) -> Section {
    let lang = cx.lang;
    let series = vec![
        (SourceId::UstYields, "2025-05-21".to_string()),
        (SourceId::MofYields, "2025-05-22".to_string()),
    ];
    let body = html! {
        <>
            { cx.p(T::S7Body) }
            { cx.predict(PredictionId::Band) }
            { cx.widget(Widget::UstCandles) }
            if let Some(t) = may_compare(lang) {
                <p class="article-vs-data" data-testid="may-compare">{ cx.linked(&t) }</p>
                <SourceNote {series} />
            }
            <RiskRowLink row={RiskRowId::SecondaryMarket} />
        </>
    };
    Section {
        n: 7,
        title: T::S7Title,
        body,
    }
}

pub fn s8(cx: Ctx) -> Section {
    Section {
        n: 8,
        title: T::S8Title,
        body: cx.p(T::S8Body),
    }
}

pub fn s9(cx: Ctx) -> Section {
    let lang = cx.lang;
    let body = html! {
        <>
            { cx.p(T::S9Body) }
            { cx.predict(PredictionId::FedHoldings) }
            <p data-testid="fed-qt">{ cx.linked(&fed_qt(lang)) }</p>
            <SourceNote facts={vec![FactId::FedUstHoldings20250430, FactId::FedUstHoldings20250521]} />
            <a class="see-risk" href="#scenarios">{ T::SeeScenarios.get(lang) }</a>
        </>
    };
    Section {
        n: 9,
        title: T::S9Title,
        body,
    }
}

//! Sections 2 to 5: Japan's auctions, its secondary market, why it is weak, and the Bank of
//! Japan's exam.

use yew::prelude::*;

use super::figures::{later_higher, qt_figures, since_sentences};
use super::{f, Ctx, Section};
use crate::components::risk_table::RiskRowLink;
use crate::components::source_note::SourceNote;
use crate::i18n::{tr, T};
use crate::model::data::{fact, FactId};
use crate::model::risk::RiskRowId;
use crate::model::teach::PredictionId;
use crate::model::widgets::Widget;

pub fn s2(cx: Ctx) -> Section {
    let lang = cx.lang;
    let figures = tr::S2Figures {
        date: fact(FactId::Jgb20yAuctionMayBtc).date,
        btc: &f(FactId::Jgb20yAuctionMayBtc, 2),
        btc_april: &f(FactId::Jgb20yAuctionAprilBtc, 2),
        tail: &f(FactId::Jgb20yAuctionMayTail, 2),
        tail_april: &f(FactId::Jgb20yAuctionAprilTail, 2),
    };
    let body = html! {
        <>
            { cx.p(T::S2Body) }
            <p>{ cx.linked(&figures.text(lang)) }</p>
            <p class="article-vs-data">{ cx.linked(&tr::ArticleTailNote { tail: &f(FactId::Jgb20yAuctionMayTail, 2) }.text(lang)) }</p>
            <SourceNote facts={vec![FactId::Jgb20yAuctionMayBtc, FactId::Jgb20yAuctionAprilBtc]} />
            <RiskRowLink row={RiskRowId::AuctionDemand} />
            { cx.predict(PredictionId::FewerBidders) }
            { cx.widget(Widget::Auction) }
        </>
    };
    Section {
        n: 2,
        title: T::S2Title,
        body,
    }
}

pub fn s3(cx: Ctx) -> Section {
    let lang = cx.lang;
    let figures = tr::S3Figures {
        yield10: &f(FactId::Jgb10y20250522, 3),
        yield40: &f(FactId::Jgb40y20250522, 3),
        news_peak: &f(FactId::Jgb40yNewsPeak, 3),
    };
    let body = html! {
        <>
            { cx.p(T::S3Body) }
            { cx.predict(PredictionId::FortyYear) }
            <p>{ cx.linked(&figures.text(lang)) }</p>
            { for since_sentences(lang).into_iter().map(|t| html! { <p class="reactive" data-testid="since-sentence">{ t }</p> }) }
            <SourceNote facts={vec![FactId::Jgb40y20250522, FactId::Jgb40yNewsPeak]} />
            { cx.widget(Widget::JgbYields) }
            if let Some(t) = later_higher(lang) { <p data-testid="later-higher">{ t }</p> }
            { cx.predict(PredictionId::TenVsForty) }
            { cx.widget(Widget::YieldLab) }
            <RiskRowLink row={RiskRowId::PriceSensitivity} />
        </>
    };
    Section {
        n: 3,
        title: T::S3Title,
        body,
    }
}

pub fn s4(cx: Ctx) -> Section {
    let lang = cx.lang;
    let body = html! {
        <>
            { cx.p(T::S4Buyer) }
            { cx.predict(PredictionId::BojShare) }
            { cx.widget(Widget::Holdings) }
            { cx.widget(Widget::Taper) }
            <div class="qt" id="qt" data-testid="qt">
                // The heading the fed-holdings prompt's "see it in" link names.
                <h4>{ T::QtPlace.get(lang) }</h4>
                { cx.p(T::QtWhat) }
                <p>{ cx.linked(&qt_figures(lang)) }</p>
                <SourceNote facts={vec![FactId::BojJgbBook202503, FactId::BojJgbBook202507, FactId::FedUstHoldings20250430]} />
            </div>
            <RiskRowLink row={RiskRowId::CentralBankShare} />
            { cx.p(T::S4Fiscal) }
            { cx.predict(PredictionId::LoopRunaway) }
            { cx.widget(Widget::FiscalLoop) }
            { cx.p(T::S4Inflation) }
            { cx.widget(Widget::YieldCurve) }
        </>
    };
    Section {
        n: 4,
        title: T::S4Title,
        body,
    }
}

pub fn s5(cx: Ctx) -> Section {
    let body = html! {
        <>{ cx.p(T::S5Body) }{ cx.widget(Widget::Scenarios) }<RiskRowLink row={RiskRowId::MarketRisk} /></>
    };
    Section {
        n: 5,
        title: T::S5Title,
        body,
    }
}

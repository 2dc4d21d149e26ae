//! The lesson itself: the article's eleven sections in the lesson's own words, with each
//! interactive piece in its slot. Figures in the prose are filled in from the dataset.

use yew::prelude::*;

use super::auction::Auction;
use super::fiscal_loop::FiscalLoop;
use super::holdings::Holdings;
use super::jgb_yields::JgbYields;
use super::may_2025::{event_texts, May2025, EVENTS, EVENT_FACTS};
use super::risk_table::{RiskRowLink, RiskTable};
use super::scenarios::Scenarios;
use super::source_note::SourceNote;
use super::taper::Taper;
use super::use_lesson;
use super::ust_candles::UstCandles;
use super::widget_slot::WidgetSlot;
use super::yield_curve::YieldCurve;
use super::yield_lab::YieldLab;
use crate::i18n::{num, Lang, T};
use crate::model::auction::AuctionId;
use crate::model::data::fact;
use crate::model::data::FactId;
use crate::model::dataset::{JGB_DAILY_2025, JGB_MONTHLY};
use crate::model::risk::RiskRowId;
use crate::model::series::{highest_since, iso, peak_until, Since};
use crate::model::url_state::UrlState;
use crate::model::widgets::Widget;
use crate::state::Action;

/// Renders the widget for an id: the full lesson and embed mode both go through here. Widgets
/// get only the link fields they use, so a slider elsewhere does not re-render them.
pub fn widget_view(widget: Widget, url: &UrlState) -> Html {
    let body = match widget {
        Widget::YieldLab => html! { <YieldLab /> },
        Widget::RiskTable => html! {
            <RiskTable view={url.risk} highlighted={url.risk_row} shock_bp={url.shock_bp} />
        },
        Widget::Holdings => html! {
            <Holdings basis={url.boj_basis} boj_duration={url.boj_duration}
                fed_duration={url.fed_duration} shock_bp={url.shock_bp} />
        },
        Widget::Auction => html! {
            <Auction auction={url.auction} demand={url.auction_demand}
                dispersion={url.auction_dispersion} wi={url.auction_wi} />
        },
        Widget::FiscalLoop => html! {
            <FiscalLoop shock_bp={url.shock_bp} debt_maturity={url.debt_maturity} fiscal_path={url.fiscal_path}
                loop_strength={url.loop_strength} loop_bought_pct={url.loop_bought_pct}
                auction={url.auction} auction_demand={url.auction_demand} />
        },
        Widget::Scenarios => html! {
            <Scenarios boj_path={url.boj_path} boj_response={url.boj_response} fed_response={url.fed_response}
                shock_bp={url.shock_bp} boj_basis={url.boj_basis} debt_maturity={url.debt_maturity}
                fiscal_path={url.fiscal_path} />
        },
        Widget::Taper => html! { <Taper cut_bn={url.cut_bn} cut_2026_bn={url.cut_2026_bn} /> },
        Widget::JgbYields => html! { <JgbYields range={url.jgb_range} tenors={url.jgb_tenors} /> },
        Widget::UstCandles => html! { <UstCandles /> },
        Widget::May2025 => html! { <May2025 /> },
        Widget::YieldCurve => html! { <YieldCurve /> },
    };
    html! { <WidgetSlot {widget}>{ body }</WidgetSlot> }
}

fn f(id: FactId, decimals: usize) -> String {
    num(fact(id).value, decimals)
}

/// "Highest since" sentences for section 3, computed from the data, not typed in.
fn since_sentences(lang: Lang) -> Vec<String> {
    let day = 20250522;
    let at = |tenor: usize| -> Option<f64> {
        JGB_DAILY_2025
            .iter()
            .find(|d| d.date == day)
            .and_then(|d| crate::model::series::pct(d.values[tenor]))
    };
    let mut out = Vec::new();
    if let (Some(v10), Some(since10), Some((peak_day, peak))) = (
        at(0),
        highest_since(JGB_DAILY_2025, JGB_MONTHLY, 0, day),
        peak_until(JGB_DAILY_2025, 0, day),
    ) {
        if let Some(since_peak) = highest_since(JGB_DAILY_2025, JGB_MONTHLY, 0, peak_day) {
            out.push(T::SinceSentence10.fill(
                lang,
                &[
                    &num(v10, 3),
                    &iso(day),
                    &since10.text(),
                    &num(peak, 3),
                    &iso(peak_day),
                    &since_peak.text(),
                ],
            ));
        }
    }
    if let (Some(v40), Some(since40)) = (at(3), highest_since(JGB_DAILY_2025, JGB_MONTHLY, 3, day))
    {
        let key = match since40 {
            Since::FirstInData(_) => T::SinceSentence40,
            _ => T::SinceSentence40Day,
        };
        out.push(key.fill(lang, &[&num(v40, 3), &iso(day), &since40.text()]));
    }
    out
}

/// Loads an auction into the machine and goes there.
#[derive(Properties, PartialEq)]
struct LoadAuctionProps {
    auction: AuctionId,
    label: T,
}

#[function_component(LoadAuction)]
fn load_auction(props: &LoadAuctionProps) -> Html {
    let lang = super::use_lang();
    let dispatch = super::use_dispatch();
    let id = props.auction;
    html! {
        <a class="see-risk" href="#auction" data-testid={format!("load-{}", id.id())}
            onclick={Callback::from(move |_| dispatch.dispatch(Action::SetAuction(id)))}>
            { props.label.get(lang) }
        </a>
    }
}

struct Section {
    n: u8,
    title: T,
    body: Html,
}

fn sections(lang: Lang, url: &UrlState) -> Vec<Section> {
    let p = |t: T| html! { <p>{ t.get(lang) }</p> };
    let timeline = html! {
        <>
            <h3>{ T::TimelineTitle.get(lang) }</h3>
            <ol class="timeline" data-testid="timeline">
                { for EVENTS.iter().zip(event_texts(lang)).map(|(d, t)| html! {
                    <li><time datetime={iso(*d)}>{ iso(*d) }</time>{ t }</li>
                }) }
            </ol>
            <SourceNote facts={EVENT_FACTS.to_vec()} />
        </>
    };
    vec![
        Section {
            n: 1,
            title: T::S1Title,
            body: html! { <>{ p(T::S1Body) }{ timeline }{ widget_view(Widget::May2025, url) }</> },
        },
        Section {
            n: 2,
            title: T::S2Title,
            body: html! { <>
                { p(T::S2Body) }
                <p>{ T::S2Figures.fill(lang, &["2025-05-20", &f(FactId::Jgb20yAuctionMayBtc, 2),
                    &f(FactId::Jgb20yAuctionAprilBtc, 2), &f(FactId::Jgb20yAuctionMayTail, 2),
                    &f(FactId::Jgb20yAuctionAprilTail, 2)]) }</p>
                <SourceNote facts={vec![FactId::Jgb20yAuctionMayBtc, FactId::Jgb20yAuctionAprilBtc]} />
                <RiskRowLink row={RiskRowId::AuctionDemand} />
                { widget_view(Widget::Auction, url) }
            </> },
        },
        Section {
            n: 3,
            title: T::S3Title,
            body: html! { <>
                { p(T::S3Body) }
                <p>{ T::S3Figures.fill(lang, &[&f(FactId::Jgb10y20250522, 3), &f(FactId::Jgb40y20250522, 3),
                    &f(FactId::Jgb40yNewsPeak, 3)]) }</p>
                { for since_sentences(lang).into_iter().map(|t| html! { <p class="reactive" data-testid="since-sentence">{ t }</p> }) }
                <SourceNote facts={vec![FactId::Jgb40y20250522, FactId::Jgb40yNewsPeak]} />
                { widget_view(Widget::JgbYields, url) }
                { widget_view(Widget::YieldLab, url) }
                <RiskRowLink row={RiskRowId::PriceSensitivity} />
            </> },
        },
        Section {
            n: 4,
            title: T::S4Title,
            body: html! { <>
                { p(T::S4Buyer) }
                { widget_view(Widget::Holdings, url) }
                { widget_view(Widget::Taper, url) }
                <RiskRowLink row={RiskRowId::CentralBankShare} />
                { p(T::S4Fiscal) }
                { widget_view(Widget::FiscalLoop, url) }
                { p(T::S4Inflation) }
                { widget_view(Widget::YieldCurve, url) }
            </> },
        },
        Section {
            n: 5,
            title: T::S5Title,
            body: html! { <>{ p(T::S5Body) }{ widget_view(Widget::Scenarios, url) }<RiskRowLink row={RiskRowId::MarketRisk} /></> },
        },
        Section {
            n: 6,
            title: T::S6Title,
            body: html! { <>
                { p(T::S6Body) }
                <p>{ T::S6Figures.fill(lang, &["2025-05-21", &f(FactId::Ust20yAuctionHighYield, 3),
                    &f(FactId::Ust20yAuctionBtc, 2), &f(FactId::Ust20yAuctionPctAtHigh, 2),
                    &f(FactId::Ust20yAuctionDealerPct, 1)]) }</p>
                <SourceNote facts={vec![FactId::Ust20yAuctionHighYield]} />
                <LoadAuction auction={AuctionId::Ust20yMay} label={T::RunInMachine} />
            </> },
        },
        Section {
            n: 7,
            title: T::S7Title,
            body: html! { <>{ p(T::S7Body) }{ widget_view(Widget::UstCandles, url) }<RiskRowLink row={RiskRowId::SecondaryMarket} /></> },
        },
        Section {
            n: 8,
            title: T::S8Title,
            body: p(T::S8Body),
        },
        Section {
            n: 9,
            title: T::S9Title,
            body: html! { <>{ p(T::S9Body) }<a class="see-risk" href="#scenarios">{ T::SeeScenarios.get(lang) }</a></> },
        },
        Section {
            n: 10,
            title: T::S10Title,
            body: html! { <>{ p(T::S10Body) }{ widget_view(Widget::RiskTable, url) }</> },
        },
        Section {
            n: 11,
            title: T::S11Title,
            body: html! { <>{ p(T::S11Body) }<p class="disclaimer">{ T::Disclaimer.get(lang) }</p></> },
        },
    ]
}

#[function_component(Lesson)]
pub fn lesson() -> Html {
    let lesson = use_lesson();
    let lang = lesson.lang;
    let all = sections(lang, &lesson.url);
    html! {
        <>
            <nav class="toc" aria-label={T::Contents.get(lang)}>
                <h2>{ T::Contents.get(lang) }</h2>
                <ol>
                    { for all.iter().map(|s| html! {
                        <li><a href={format!("#s{}", s.n)}>{ s.title.get(lang) }</a></li>
                    }) }
                </ol>
            </nav>
            { for all.into_iter().map(|s| html! {
                <section class="lesson-section" id={format!("s{}", s.n)} aria-labelledby={format!("s{}-title", s.n)}>
                    <h2 id={format!("s{}-title", s.n)}>{ s.title.get(lang) }</h2>
                    { s.body }
                </section>
            }) }
        </>
    }
}

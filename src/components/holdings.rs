//! The central banks side by side: of every 100 yen of JGBs and 100 dollars of Treasuries, how
//! much sits at the central bank (on a denominator the reader picks), the Bank of Japan's share
//! over time, and what the lesson's yield shock does to each bank's book.

use yew::prelude::*;

use super::announce::Announce;
use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::number_field::NumberField;
use super::readout::readout;
use super::source_note::SourceNote;
use super::toggle_group::{toggle_group, Choice};
use super::{use_dispatch, use_lang};
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{billions, num, signed, tr, Lang, T};
use crate::model::data::FactId;
use crate::model::data::{fact, BOJ_SHARE_HISTORY};
use crate::model::holdings::{book_change, fed_share, squares, BojBasis, DURATION_RANGE};
use crate::model::link_params::Num;
use crate::model::series::{days_since_epoch, iso};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HoldingsProps {
    pub basis: BojBasis,
    pub boj_duration: f64,
    pub fed_duration: f64,
    pub shock_bp: i32,
}

#[derive(Properties, PartialEq)]
struct HundredProps {
    filled: u32,
    class: &'static str,
    label: AttrValue,
}

/// A hundred squares, `filled` of them shaded: "this many of every 100", drawn as full rows and
/// a part row over a grid (two elements, not a hundred). Its own component, so a yield shock
/// (which re-renders the losses below) does not touch it.
#[function_component(Hundred)]
fn hundred(props: &HundredProps) -> Html {
    crate::counted!("Hundred");
    let filled = props.filled.min(100);
    let (rows, cols) = (filled / 10, filled % 10);
    html! {
        <div class={classes!("hundred", props.class)} role="img" aria-label={props.label.clone()}
            data-filled={filled.to_string()}>
            <span class={classes!("fill", format!("rows-{rows}"))}></span>
            if cols > 0 {
                <span class={classes!("fill", format!("at-{rows}"), format!("cols-{cols}"))}></span>
            }
        </div>
    }
}

fn basis_label(b: BojBasis) -> T {
    match b {
        BojBasis::ExclBills => T::BasisExcl,
        BojBasis::InclBills => T::BasisIncl,
        BojBasis::InclBills2025 => T::BasisIncl2025,
    }
}

#[function_component(Holdings)]
pub fn holdings(props: &HoldingsProps) -> Html {
    crate::counted!("Holdings");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let boj = props.basis.share_pct();
    let fed = fed_share();
    // One decimal, as for the Fed: yen have no cents to show.
    let boj_text = tr::BojOf100 {
        share: &num(boj, 1),
    }
    .text(lang);
    let fed_text = tr::FedOf100 {
        share: &num(fed, 1),
    }
    .text(lang);
    html! {
        <div class="data-widget holdings">
            <p>{ T::HoldingsIntro.get(lang) }</p>
            { toggle_group(
                lang,
                (T::BasisLabel, true),
                BojBasis::ALL.into_iter().map(|b| Choice::new(b, basis_label(b)).testid(format!("basis-{}", b.id()))).collect(),
                props.basis,
                &dispatch,
                Action::SetBojBasis,
            ) }
            <div class="pair">
                <figure>
                    <Hundred filled={squares(boj)} class="boj" label={boj_text.clone()} />
                    <figcaption>
                        <strong data-testid="boj-share" data-value={boj.to_string()}>{ boj_text }</strong>
                        if props.basis == BojBasis::ExclBills {
                            <span class="sub">{ tr::BojAmount { held: &num(fact(FactId::BojAmountExcl202403).value, 0), outstanding: &num(fact(FactId::JgbOutstandingExcl202403).value, 0) }.text(lang) }</span>
                        }
                    </figcaption>
                </figure>
                <figure>
                    <Hundred filled={squares(fed)} class="fed" label={fed_text.clone()} />
                    <figcaption>
                        <strong data-testid="fed-share" data-value={fed.to_string()}>{ fed_text }</strong>
                        <span class="sub">{ tr::FedAmount { held: &num(fact(FactId::FedUstHoldingsTn).value, 4), outstanding: &num(fact(FactId::UstMarketableTn).value, 2) }.text(lang) }</span>
                        <span class="sub article-says">{ T::ArticleSays.get(lang) }</span>
                    </figcaption>
                </figure>
            </div>
            <p class="reactive" data-testid="denominator-note">{ tr::DenominatorNote { excl: &num(BojBasis::ExclBills.share_pct(), 2), incl: &num(BojBasis::InclBills.share_pct(), 1), incl2025: &num(BojBasis::InclBills2025.share_pct(), 1), fed: &num(fed, 1) }.text(lang) }</p>
            <SourceNote facts={vec![props.basis.fact_id(), FactId::BojAmountExcl202403, FactId::FedUstHoldingsTn, FactId::UstMarketableTn]} />
            <ShareHistory />
            <BookLosses boj_duration={props.boj_duration} fed_duration={props.fed_duration} shock_bp={props.shock_bp} />
        </div>
    }
}

/// The Bank of Japan's share of JGBs (excluding T-bills) from the dated points in the data.
#[function_component(ShareHistory)]
fn share_history() -> Html {
    crate::counted!("ShareHistory");
    let lang = use_lang();
    let rows: Vec<ChartRow> = BOJ_SHARE_HISTORY
        .iter()
        .map(|(d, share)| ChartRow {
            x: days_since_epoch(*d) as f64,
            label: iso(*d),
            values: vec![Some(*share)],
            ranges: vec![],
        })
        .collect();
    let mut column = Column::new(
        "boj",
        T::BojShareLabel.get(lang).into(),
        SeriesColor::Red,
        true,
    );
    column.markers = true;
    let events = vec![
        (days_since_epoch(20130404) as f64, "A".to_string()),
        (days_since_epoch(20160921) as f64, "B".to_string()),
        (days_since_epoch(20240731) as f64, "C".to_string()),
    ];
    let start = rows.len().saturating_sub(1);
    html! {
        <>
            <h4>{ T::ShareHistoryTitle.get(lang) }</h4>
            <LineChartPanel testid="boj-share-history" title={T::ShareHistoryTitle.get(lang)}
                x_axis={XAxis::Years} columns={vec![column]} {rows} {events} {start}
                first_column={T::ColQuarter.get(lang)} cursor_label={T::MoveCursor.get(lang)}
                y_label={tr::AxisPct { label: T::BojShareLabel.get(lang) }.text(lang)} decimals={2} aspect={45} />
            <p class="hint">{ T::ShareHistoryNote.get(lang) }</p>
            <SourceNote facts={vec![FactId::BojShare201303, FactId::BojShareRecord202309, FactId::BojShareExcl202403]} />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct BookLossesProps {
    boj_duration: f64,
    fed_duration: f64,
    shock_bp: i32,
}

/// The Fed's change in dollars: bn in English, 億 in Chinese.
fn usd_bn_text(lang: Lang, bn: f64) -> String {
    let amount = billions(lang, bn, 1);
    let signed = if amount.starts_with('−') || bn == 0.0 {
        amount
    } else {
        format!("+{amount}")
    };
    tr::LossAmountUsd { amount: &signed }.text(lang)
}

#[function_component(BookLosses)]
fn book_losses(props: &BookLossesProps) -> Html {
    crate::counted!("BookLosses");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let shock = f64::from(props.shock_bp);
    let boj_holdings = fact(FactId::BojAmountExcl202403).value;
    let jgb_market = fact(FactId::JgbOutstandingExcl202403).value;
    let fed_holdings = fact(FactId::FedUstHoldingsTn).value;
    let ust_market = fact(FactId::UstMarketableTn).value;
    let boj = book_change(boj_holdings, props.boj_duration, shock);
    let fed = book_change(fed_holdings, props.fed_duration, shock);
    let pct = |x: f64, of: f64| x / of * 100.0;
    let row = |who: T,
               testid: &'static str,
               value: f64,
               amount: String,
               of_holdings: f64,
               of_market: f64,
               bills_out: bool| {
        // The Bank of Japan's market is counted without T-bills, whichever basis the share
        // toggle above shows: the card says so.
        let market = if bills_out {
            tr::OfMarketNoBills {
                pct: &signed(of_market, 2),
            }
            .text(lang)
        } else {
            tr::OfMarket {
                pct: &signed(of_market, 2),
            }
            .text(lang)
        };
        let subs = html! {
            <>
                <span class="sub">{ tr::OfHoldings { pct: &signed(of_holdings, 1) }.text(lang) }</span>
                <span class="sub" data-testid={format!("{testid}-market-pct")} data-value={of_market.to_string()}>
                    { market }</span>
            </>
        };
        readout(lang, testid, who, value, amount, subs)
    };
    let set = |make: fn(f64) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |x: f64| dispatch.dispatch(make(x)))
    };
    let (boj_of_market, fed_of_market) = (pct(boj, jgb_market), pct(fed, ust_market));
    let (shock_text, boj_text, fed_text) = (
        signed(shock, 0),
        signed(boj_of_market, 2),
        signed(fed_of_market, 2),
    );
    // The usual reading (the larger owner carries more) holds at the lesson's durations; a
    // reader who lengthens the Fed's or shortens the Bank of Japan's can turn it round, and the
    // sentence then says why instead of contradicting its own numbers.
    let fed_more = fed_of_market.abs() > boj_of_market.abs()
        && boj_holdings / jgb_market > fed_holdings / ust_market;
    let loss_sentence = if fed_more {
        tr::LossSentenceFedMore {
            shock: &shock_text,
            boj: &boj_text,
            fed: &fed_text,
        }
        .text(lang)
    } else {
        tr::LossSentence {
            shock: &shock_text,
            boj: &boj_text,
            fed: &fed_text,
        }
        .text(lang)
    };
    html! {
        <>
            <h4>{ T::LossTitle.get(lang) }</h4>
            <p>{ tr::LossIntro { shock: &signed(shock, 0) }.text(lang) }</p>
            <div class="lab-controls two">
                <NumberField id="boj-duration" label={T::BojDuration.get(lang)} value={props.boj_duration}
                    min={DURATION_RANGE.0} max={DURATION_RANGE.1} step={0.5} decimals={0}
                    onchange={set(|x| Action::SetNumber(Num::BojDuration, x))} testid="boj-duration" />
                <NumberField id="fed-duration" label={T::FedDuration.get(lang)} value={props.fed_duration}
                    min={DURATION_RANGE.0} max={DURATION_RANGE.1} step={0.5} decimals={0}
                    onchange={set(|x| Action::SetNumber(Num::FedDuration, x))} testid="fed-duration" />
            </div>
            <dl class="readouts two">
                { row(T::BojLoss, "boj-loss", boj, tr::LossAmountYen { amount: &signed(boj, 1) }.text(lang),
                    pct(boj, boj_holdings), pct(boj, jgb_market), true) }
                { row(T::FedLoss, "fed-loss", fed, usd_bn_text(lang, fed * 1000.0),
                    pct(fed, fed_holdings), pct(fed, ust_market), false) }
            </dl>
            <p class="reactive" data-testid="loss-sentence">{ loss_sentence.clone() }</p>
            <p class="hint" data-testid="loss-basis">{ tr::LossBasis {
                boj_date: fact(FactId::BojAmountExcl202403).date,
                fed_date: fact(FactId::FedUstHoldingsTn).date,
            }.text(lang) }</p>
            <Announce text={loss_sentence} />
        </>
    }
}

//! The auction machine: load a real JGB or Treasury auction (calibrated to its published
//! figures), change demand and dispersion, place your own bid, and see bid-to-cover and the tail
//! move, with a verdict against stated thresholds. Treasury auctions bring the US bid-to-cover
//! history with them; JGB auctions, the 2025 super-long JGB auctions.

mod figures;
mod jgb_table;
mod us_history;
mod your_bid;

use yew::prelude::*;

use super::announce::Announce;
use super::canvas_chart::CanvasChart;
use super::range_field::{Param, ParamSlider};
use super::source_note::SourceNote;
use super::{use_dispatch, use_lang};
use crate::charts::{staircase_steps, ChartSpec, StaircaseChart};
use crate::i18n::{auction_preset_title, num, tr, units_per_billion, word_space, yen_gap, Lang, T};
use crate::model::auction::{fixed_levels, run, AuctionId, JGB_COUPON_PCT};
use crate::model::link_params::Opt;
use crate::state::Action;
use figures::{figures, verdict_view, Legend};
use jgb_table::JgbAuctionTable;
use us_history::UsAuctionHistory;
use your_bid::{reader_bid, use_bid_text, YourBid};

#[derive(Properties, PartialEq)]
pub struct AuctionProps {
    pub auction: AuctionId,
    pub demand: Option<f64>,
    pub dispersion: Option<f64>,
    pub wi: Option<f64>,
}

#[function_component(Auction)]
pub fn auction(props: &AuctionProps) -> Html {
    crate::counted!("Auction");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let preset = props.auction.preset();
    // Calibration searches many books: once per auction, not on every slider move.
    let calibrated = use_memo(props.auction, |id| id.preset().calibrated());
    let bid_text = use_bid_text();
    let jgb = preset.id.is_jgb();
    let bid = reader_bid(&bid_text, lang);
    let r = run(
        &preset,
        &calibrated,
        props.demand,
        props.dispersion,
        props.wi,
        bid,
    );
    let Some(fig) = figures(&r, lang) else {
        return html! {};
    };
    let spec = ChartSpec::Staircase(StaircaseChart {
        steps: staircase_steps(&r.outcome, jgb),
        offering: preset.offering,
        stop: r.outcome.stop,
        reference: fig.reference,
        x_label: (if jgb { T::AmountBnYen } else { T::AmountBnUsd })
            .get(lang)
            .into(),
        y_label: (if jgb { T::PriceAxis } else { T::ChartYield })
            .get(lang)
            .into(),
        decimals: fig.decimals,
        fixed_levels: fixed_levels(props.auction),
        amount_scale: units_per_billion(lang),
    });
    let on_preset = {
        let (dispatch, bid_text) = (dispatch.clone(), bid_text.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(a) = AuctionId::parse(&select.value()) {
                bid_text.clear();
                dispatch.dispatch(Action::SetAuction(a));
            }
        })
    };
    let reset = {
        let (dispatch, id) = (dispatch.clone(), props.auction);
        Callback::from(move |_| dispatch.dispatch(Action::SetAuction(id)))
    };
    let disp_label = if jgb {
        T::DispersionJgb
    } else {
        T::DispersionUst
    };
    let disp = r.params.dispersion;
    let wi = props.wi.unwrap_or(preset.when_issued());
    html! {
        <div class="data-widget auction">
            <p>{ T::AuctionIntro.get(lang) }</p>
            <div class="field wide">
                <label for="auction-preset">{ T::AuctionPick.get(lang) }</label>
                <select id="auction-preset" data-testid="auction-preset" onchange={on_preset}>
                    { for AuctionId::ALL.iter().map(|a| html! {
                        <option value={a.id()} selected={*a == props.auction}>{ auction_preset_title(*a).get(lang) }</option>
                    }) }
                </select>
            </div>
            <div class="lab-controls sliders">
                <ParamSlider id="auction-demand" param={Param::Opt(Opt::Demand)} label={T::DemandLabel}
                    value={r.params.demand} step={0.01} shown={num(r.params.demand, 2)} typed={Some(2)} />
                <ParamSlider id="auction-dispersion" param={Param::Opt(Opt::Dispersion)} label={disp_label}
                    value={disp} step={0.01} shown={if jgb { yen_gap(lang, disp, 2) } else { num(disp, 2) }} typed={Some(2)} />
                if !jgb {
                    <ParamSlider id="auction-wi" param={Param::Opt(Opt::WhenIssued)} label={T::WiLabel} value={wi} step={0.001}
                        range={Some((preset.high_yield - 0.3, preset.high_yield + 0.3))} shown={format!("{}%", num(wi, 3))} />
                }
            </div>
            <p class="hint" data-testid="dispersion-hint">{ dispersion_hint(lang, jgb, disp) }</p>
            <button type="button" class="small" onclick={reset}>{ T::ResetAuction.get(lang) }</button>
            <Legend {jgb} yours={bid.is_some()} />
            <CanvasChart {spec} label={T::WAuction.get(lang)} testid="auction-canvas" aspect={55} />
            if jgb { <p class="hint">{ T::JgbScaleNote.get(lang) }</p> }
            <dl class="readouts">{ fig.readouts }</dl>
            <p class="reactive" data-testid="auction-explain">{ fig.explain.clone() }</p>
            { verdict_view(lang, jgb, fig.verdict, r.jgb.map(|j| (j.bid_to_cover, j.tail))) }
            <Announce text={fig.explain} />
            <YourBid {jgb} text={bid_text} reader={r.reader} stop={r.outcome.stop} decimals={fig.decimals} />
            <p class="hint">{ T::AuctionTwoMeanings.get(lang) }</p>
            <p class="hint">{ T::AuctionCalibrated.get(lang) }
                if jgb { { word_space(lang) }{ tr::JgbPriceNote { coupon: &num(JGB_COUPON_PCT, 1) }.text(lang) } }</p>
            <SourceNote facts={preset.facts.to_vec()} />
            if jgb { <JgbAuctionTable /> } else { <UsAuctionHistory /> }
        </div>
    }
}

/// What the spread setting means: the bids' prices (yields) follow a logistic spread, whose
/// quartiles lie ln 3 × the setting either side of the middle.
fn dispersion_hint(lang: Lang, jgb: bool, dispersion: f64) -> String {
    let quartile = dispersion * 3f64.ln();
    if jgb {
        tr::DispersionHintJgb {
            setting: &yen_gap(lang, dispersion, 2),
            half: &yen_gap(lang, quartile, 2),
        }
        .text(lang)
    } else {
        tr::DispersionHintUst {
            setting: &num(dispersion, 2),
            half: &num(quartile, 2),
        }
        .text(lang)
    }
}

//! The auction machine: load a real JGB or Treasury auction (calibrated to its published
//! figures), change demand and dispersion, place your own bid, and see bid-to-cover and the tail
//! move; with the US bid-to-cover history and the 2025 super-long JGB auctions from the data.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::announce::Announce;
use super::canvas_chart::CanvasChart;
use super::line_chart_panel::{ChartRow, Column, LineChartPanel};
use super::range_field::action_slider;
use super::source_note::SourceNote;
use super::{use_dispatch, use_lang};
use crate::charts::{staircase_steps, ChartSpec, SeriesColor, StaircaseChart, XAxis};
use crate::i18n::{num, signed, tr, Lang, T};
use crate::model::auction::{
    auction_history_as_of, average_btc, clamp_bid, run, AuctionId, Preset, BID_AMOUNT_RANGE,
    BID_PRICE_RANGE, BID_YIELD_RANGE, DEMAND_RANGE, DISPERSION_RANGE, JGB_COUPON_PCT,
};
use crate::model::data::SourceId;
use crate::model::dataset::{JGB_AUCTIONS_2025, US_AUCTIONS};
use crate::model::series::{days_since_epoch, iso};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct AuctionProps {
    pub auction: AuctionId,
    pub demand: Option<f64>,
    pub dispersion: Option<f64>,
    pub wi: Option<f64>,
}

fn preset_label(p: &Preset, lang: Lang) -> String {
    match p.id {
        AuctionId::Jgb20yMay => tr::PresetJgbMay {
            btc: &num(p.btc, 2),
            tail: &num(p.tail, 2),
        }
        .text(lang),
        AuctionId::Jgb20yApril => tr::PresetJgbApril {
            btc: &num(p.btc, 2),
            tail: &num(p.tail, 2),
        }
        .text(lang),
        AuctionId::Ust20yMay => tr::PresetUst20 {
            high_yield: &num(p.high_yield, 3),
            btc: &num(p.btc, 2),
        }
        .text(lang),
        AuctionId::Ust10yMay => tr::PresetUst10 {
            high_yield: &num(p.high_yield, 3),
            btc: &num(p.btc, 2),
        }
        .text(lang),
    }
}

fn parse(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}

#[function_component(Auction)]
pub fn auction(props: &AuctionProps) -> Html {
    crate::counted!("Auction");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let preset = props.auction.preset();
    // Calibration searches many books: once per auction, not on every slider move.
    let calibrated = use_memo(props.auction, |id| id.preset().calibrated());
    let my_level = use_state(String::new);
    let my_amount = use_state(String::new);
    let reader_bid = parse(&my_level).zip(parse(&my_amount));
    let jgb = preset.id.is_jgb();
    // A typed 1e308 is brought into range (and said so), never drawn.
    let bid_clamped = reader_bid
        .and_then(|(l, a)| clamp_bid(jgb, l, a))
        .is_some_and(|(_, changed)| changed);
    let r = run(
        &preset,
        &calibrated,
        props.demand,
        props.dispersion,
        props.wi,
        reader_bid,
    );

    let on_preset = {
        let dispatch = dispatch.clone();
        let (my_level, my_amount) = (my_level.clone(), my_amount.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(a) = AuctionId::parse(&select.value()) {
                my_level.set(String::new());
                my_amount.set(String::new());
                dispatch.dispatch(Action::SetAuction(a));
            }
        })
    };
    let text_input = |id: &'static str, label: T, state: &UseStateHandle<String>| {
        let state = state.clone();
        let value = (*state).clone();
        html! {
            <div class="field">
                <label for={id}>{ label.get(lang) }</label>
                <input id={id} type="number" inputmode="decimal" step="any" value={value} data-testid={id}
                    oninput={Callback::from(move |e: InputEvent| {
                        // Every keystroke, so the state never lags what the field shows.
                        let input: HtmlInputElement = e.target_unchecked_into();
                        state.set(input.value());
                    })} />
            </div>
        }
    };
    let readout = |testid: &'static str, label: T, value: f64, shown: String| {
        html! {
            <div class="readout" data-testid={testid} data-value={value.to_string()}>
                <dt>{ label.get(lang) }</dt>
                <dd><span class="value">{ shown }</span></dd>
            </div>
        }
    };

    let (readouts, explain, steps_better_high, y_label, reference, decimals) = if let Some(j) =
        r.jgb
    {
        let low_yield = j.lowest_price_yield.unwrap_or(f64::NAN);
        (
            html! { <>
                { readout("btc", T::RBtc, j.bid_to_cover, num(j.bid_to_cover, 2)) }
                { readout("tail", T::RTailYen, j.tail, format!("¥{}", num(j.tail, 2))) }
                { readout("avg-price", T::RAvgPrice, j.average_price, num(j.average_price, 2)) }
                { readout("lowest-price", T::RLowPrice, j.lowest_price, num(j.lowest_price, 2)) }
                { readout("high-yield", T::RYieldAtLow, low_yield, format!("{}%", num(low_yield, 3))) }
                { readout("pct-at-high", T::RPctLow, j.pct_at_lowest, format!("{}%", num(j.pct_at_lowest, 1))) }
            </> },
            tr::AuctionExplainJgb {
                btc: &num(j.bid_to_cover, 2),
                lowest: &num(j.lowest_price, 2),
                tail: &format!("¥{}", num(j.tail, 2)),
                average: &num(j.average_price, 2),
            }
            .text(lang),
            true,
            T::PriceAxis,
            j.average_price,
            2,
        )
    } else if let Some(u) = r.ust {
        let word = if u.tail_bp > 0.0 {
            T::TailWord
        } else {
            T::StopThroughWord
        };
        let price = u.price.unwrap_or(f64::NAN);
        (
            html! { <>
                { readout("btc", T::RBtc, u.bid_to_cover, num(u.bid_to_cover, 2)) }
                { readout("tail", T::RTailBp, u.tail_bp, format!("{} ({})", signed(u.tail_bp, 1), word.get(lang))) }
                { readout("high-yield", T::RHighYield, u.high_yield, format!("{}%", num(u.high_yield, 3))) }
                { readout("pct-at-high", T::RPctHigh, u.pct_at_high, format!("{}%", num(u.pct_at_high, 2))) }
                { readout("avg-price", T::RPriceAtHigh, price, num(price, 3)) }
                <div class="readout" data-testid="lowest-price" data-value={price.to_string()} hidden=true></div>
                { readout("dealers", T::RDealers, u.dealer_pct, format!("{}%", num(u.dealer_pct, 1))) }
                { readout("indirect", T::RIndirect, u.indirect_pct, format!("{}%", num(u.indirect_pct, 1))) }
            </> },
            tr::AuctionExplainUst {
                btc: &num(u.bid_to_cover, 2),
                high_yield: &num(u.high_yield, 3),
                pct_at_high: &num(u.pct_at_high, 2),
                tail: &signed(u.tail_bp, 1),
            }
            .text(lang),
            false,
            T::ChartYield,
            u.high_yield - u.tail_bp / 100.0,
            3,
        )
    } else {
        return html! {};
    };

    let spec = ChartSpec::Staircase(StaircaseChart {
        steps: staircase_steps(&r.outcome, steps_better_high),
        offering: preset.offering,
        stop: r.outcome.stop,
        reference,
        x_label: (if jgb { T::AmountBnYen } else { T::AmountBnUsd })
            .get(lang)
            .into(),
        y_label: y_label.get(lang).into(),
        decimals,
    });
    let mine = match (r.reader, reader_bid) {
        (Some(f), Some((_, amount))) if f.accepted > 0.0 => {
            let text = if jgb {
                tr::YourResultJgb {
                    got: &num(f.accepted, 1),
                    bid: &num(amount, 1),
                    price: &num(f.pays, 2),
                }
                .text(lang)
            } else {
                tr::YourResultUst {
                    got: &num(f.accepted, 2),
                    bid: &num(amount, 2),
                    high_yield: &num(f.pays, 3),
                }
                .text(lang)
            };
            html! { <p class="reactive" data-testid="my-fill" data-value={f.accepted.to_string()}>{ text }</p> }
        }
        (Some(_), Some(_)) => html! {
            <p class="reactive" data-testid="my-fill" data-value="0">
                { tr::YourRejected { stop: &format!("{}{}", num(r.outcome.stop, decimals), if jgb { "" } else { "%" }) }.text(lang) }
            </p>
        },
        _ => html! {},
    };
    let reset = {
        let dispatch = dispatch.clone();
        let id = props.auction;
        Callback::from(move |_| dispatch.dispatch(Action::SetAuction(id)))
    };
    let (disp_label, disp_unit) = if jgb {
        (T::DispersionJgb, "¥")
    } else {
        (T::DispersionUst, "")
    };

    html! {
        <div class="data-widget auction">
            <p>{ T::AuctionIntro.get(lang) }</p>
            <div class="field wide">
                <label for="auction-preset">{ T::AuctionPick.get(lang) }</label>
                <select id="auction-preset" data-testid="auction-preset" onchange={on_preset}>
                    { for AuctionId::ALL.iter().map(|a| html! {
                        <option value={a.id()} selected={*a == props.auction}>{ preset_label(&a.preset(), lang) }</option>
                    }) }
                </select>
            </div>
            <div class="lab-controls sliders">
                { action_slider(&dispatch, lang, "auction-demand", T::DemandLabel, r.params.demand, DEMAND_RANGE, 0.01,
                    Action::SetAuctionDemand, num(r.params.demand, 2)) }
                { action_slider(&dispatch, lang, "auction-dispersion", disp_label, r.params.dispersion, DISPERSION_RANGE, 0.01,
                    Action::SetAuctionDispersion, format!("{disp_unit}{}", num(r.params.dispersion, 2))) }
                if !jgb {
                    { action_slider(&dispatch, lang, "auction-wi", T::WiLabel, props.wi.unwrap_or(preset.when_issued()),
                        (preset.high_yield - 0.3, preset.high_yield + 0.3), 0.001, Action::SetAuctionWi,
                        format!("{}%", num(props.wi.unwrap_or(preset.when_issued()), 3))) }
                }
            </div>
            <button type="button" class="small" onclick={reset}>{ T::ResetAuction.get(lang) }</button>
            <ul class="legend">
                <li><span class="swatch block accepted"></span>{ T::LegendAccepted.get(lang) }</li>
                <li><span class="swatch block rejected"></span>{ T::LegendRejected.get(lang) }</li>
                <li><span class="swatch vline"></span>{ T::LegendOffering.get(lang) }</li>
                <li><span class="swatch line duration"></span>{ (if jgb { T::LegendLowest } else { T::LegendHigh }).get(lang) }</li>
                <li><span class="swatch dashed convexity"></span>{ (if jgb { T::LegendAverage } else { T::LegendWi }).get(lang) }</li>
                if reader_bid.is_some() {
                    <li><span class="swatch block yours"></span>{ T::LegendYours.get(lang) }</li>
                }
            </ul>
            <CanvasChart {spec} label={T::WAuction.get(lang)} testid="auction-canvas" aspect={55} />
            <dl class="readouts">{ readouts }</dl>
            <p class="reactive" data-testid="auction-explain">{ explain.clone() }</p>
            <Announce text={explain} />
            <h4>{ T::YourBidTitle.get(lang) }</h4>
            <div class="lab-controls two">
                { text_input("my-level", if jgb { T::YourPrice } else { T::YourYield }, &my_level) }
                { text_input("my-amount", T::YourAmount, &my_amount) }
            </div>
            if bid_clamped {
                <p class="field-msg" role="alert" data-testid="bid-clamped">{ {
                    let (lo, hi) = if jgb { BID_PRICE_RANGE } else { BID_YIELD_RANGE };
                    tr::BidClamped { min: &num(lo, 0), max: &num(hi, 0), amount: &num(BID_AMOUNT_RANGE.1, 0) }.text(lang)
                } }</p>
            }
            { mine }
            <p class="hint">{ T::AuctionTwoMeanings.get(lang) }</p>
            <p class="hint">{ T::AuctionCalibrated.get(lang) }
                if jgb { { " " }{ tr::JgbPriceNote { coupon: &num(JGB_COUPON_PCT, 1) }.text(lang) } }</p>
            if jgb { <p class="hint">{ T::QuotedClaims.get(lang) }</p> }
            <SourceNote facts={preset.facts.to_vec()} />
            <AuctionHistory />
        </div>
    }
}

/// US bid-to-cover history with each maturity's average, and the 2025 super-long JGB auctions.
#[function_component(AuctionHistory)]
fn auction_history() -> Html {
    crate::counted!("AuctionHistory");
    let lang = use_lang();
    let tenors = [10u8, 20, 30];
    let avgs: Vec<Option<f64>> = tenors.iter().map(|t| average_btc(*t)).collect();
    let rows: Vec<ChartRow> = US_AUCTIONS
        .iter()
        .map(|a| {
            let mut values: Vec<Option<f64>> = tenors
                .iter()
                .map(|t| (a.tenor_years == *t).then_some(a.bid_to_cover))
                .collect();
            values.extend(avgs.iter().copied());
            ChartRow {
                x: days_since_epoch(a.date) as f64,
                label: format!(
                    "{} {}",
                    iso(a.date),
                    tr::YearsShort {
                        years: &a.tenor_years.to_string()
                    }
                    .text(lang)
                ),
                values,
                ranges: vec![],
            }
        })
        .collect();
    let colors = [SeriesColor::Blue, SeriesColor::Red, SeriesColor::Green];
    let ul = |t: u8| {
        tr::UstTenor {
            years: &t.to_string(),
        }
        .text(lang)
    };
    let mut columns: Vec<Column> = tenors
        .iter()
        .zip(colors)
        .map(|(t, c)| {
            let mut col = Column::new(
                ["ust10", "ust20", "ust30"][(*t / 10 - 1) as usize],
                ul(*t),
                c,
                false,
            );
            col.markers = true;
            col
        })
        .collect();
    columns.extend(tenors.iter().zip(colors).map(|(t, c)| {
        Column::new(
            ["avg10", "avg20", "avg30"][(*t / 10 - 1) as usize],
            tr::AvgLabel { series: &ul(*t) }.text(lang),
            c,
            true,
        )
    }));
    let avg_text = |i: usize| avgs[i].map(|v| num(v, 2)).unwrap_or_default();
    let start = rows.len().saturating_sub(1);
    html! {
        <>
            <h4>{ T::HistoryTitle.get(lang) }</h4>
            <LineChartPanel testid="btc-history" title={T::HistoryTitle.get(lang)} x_axis={XAxis::Years}
                {columns} {rows} {start} first_column={T::ColAuctionDate.get(lang)}
                cursor_label={T::MoveCursor.get(lang)} y_label={T::BtcAxis.get(lang)}
                decimals={2} suffix="" aspect={50} connect_gaps=true />
            <p class="hint" data-testid="btc-averages">{ tr::HistoryNote { avg10: &avg_text(0), avg20: &avg_text(1), avg30: &avg_text(2) }.text(lang) }</p>
            <SourceNote series={vec![(SourceId::UstAuctions, auction_history_as_of())]} />
            <h4>{ T::JgbTableTitle.get(lang) }</h4>
            <div class="table-scroll">
                <table data-testid="jgb-auctions-table">
                    <thead><tr>
                        <th scope="col">{ T::ColAuctionDate.get(lang) }</th>
                        <th scope="col">{ T::ColTenor.get(lang) }</th>
                        <th scope="col">{ T::RBtc.get(lang) }</th>
                        <th scope="col">{ T::ColTail.get(lang) }</th>
                        <th scope="col">{ T::SourceButton.get(lang) }</th>
                    </tr></thead>
                    <tbody>
                        { for JGB_AUCTIONS_2025.iter().map(|a| html! {
                            <tr>
                                <th scope="row">{ a.date }</th>
                                <td>{ tr::YearsShort { years: &a.tenor_years.to_string() }.text(lang) }</td>
                                <td>{ num(a.bid_to_cover, 2) }</td>
                                <td>{ a.tail_yen.map(|t| num(t, 2)).unwrap_or_else(|| "–".into()) }</td>
                                <td><a href={a.source_url} rel="noopener noreferrer" target="_blank">{ T::SourceButton.get(lang) }</a></td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <SourceNote series={vec![(SourceId::JgbAuctions2025, "2025-08-19".to_string())]} />
        </>
    }
}

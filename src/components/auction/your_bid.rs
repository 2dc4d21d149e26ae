//! The reader's own bid: a price (JGB) or a yield (Treasury) and an amount, filled like any other
//! bid. What is typed is kept as text, so a re-render never races the reader's keystrokes.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::super::use_lang;
use crate::i18n::{bn_in_billions, num, tr, units_per_billion, Lang, T};
use crate::model::auction::{clamp_bid, Fill, BID_AMOUNT_RANGE, BID_PRICE_RANGE, BID_YIELD_RANGE};

/// What the reader typed, each field in its own state so two quick edits never overwrite
/// each other.
#[derive(Clone, PartialEq)]
pub struct BidText {
    pub level: UseStateHandle<String>,
    pub amount: UseStateHandle<String>,
}

impl BidText {
    pub fn clear(&self) {
        self.level.set(String::new());
        self.amount.set(String::new());
    }
}

#[hook]
pub fn use_bid_text() -> BidText {
    BidText {
        level: use_state(String::new),
        amount: use_state(String::new),
    }
}

fn parse(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The typed bid as numbers (amount in bn), if both fields hold one. Chinese readers type the
/// amount in 億, a tenth of a billion.
pub fn reader_bid(text: &BidText, lang: Lang) -> Option<(f64, f64)> {
    parse(&text.level).zip(parse(&text.amount).map(|a| a / units_per_billion(lang)))
}

#[derive(Properties, PartialEq)]
pub struct YourBidProps {
    pub jgb: bool,
    pub text: BidText,
    pub reader: Option<Fill>,
    /// The auction's stop: lowest price or high yield.
    pub stop: f64,
    pub decimals: usize,
}

#[function_component(YourBid)]
pub fn your_bid(props: &YourBidProps) -> Html {
    crate::counted!("YourBid");
    let lang = use_lang();
    let jgb = props.jgb;
    let bid = reader_bid(&props.text, lang);
    // A typed 1e308 is brought into range (and said so, with what was used), never drawn.
    let used = bid.and_then(|(l, a)| clamp_bid(jgb, l, a));
    let clamped = used.is_some_and(|(_, changed)| changed);
    let used = used.map(|(b, _)| b);
    let level_text = |level: f64, decimals: usize| {
        format!("{}{}", num(level, decimals), if jgb { "" } else { "%" })
    };
    let field = |id: &'static str, label: String, level: bool| {
        let state = if level {
            props.text.level.clone()
        } else {
            props.text.amount.clone()
        };
        let value = (*state).clone();
        let oninput = Callback::from(move |e: InputEvent| {
            // Every keystroke, so the state never lags what the field shows.
            state.set(e.target_unchecked_into::<HtmlInputElement>().value());
        });
        html! {
            <div class="field">
                <label for={id}>{ label }</label>
                <input id={id} type="number" inputmode="decimal" step="any" {value} data-testid={id} {oninput} />
            </div>
        }
    };
    let result = match (props.reader, used) {
        (Some(f), Some((_, amount))) if f.accepted > 0.0 => {
            let text = if jgb {
                tr::YourResultJgb {
                    got: &bn_in_billions(lang, f.accepted, 1, true),
                    bid: &bn_in_billions(lang, amount, 1, true),
                    price: &num(f.pays, 2),
                }
                .text(lang)
            } else {
                tr::YourResultUst {
                    got: &bn_in_billions(lang, f.accepted, 2, false),
                    bid: &bn_in_billions(lang, amount, 2, false),
                    high_yield: &num(f.pays, 3),
                }
                .text(lang)
            };
            html! { <p class="reactive" data-testid="my-fill" data-value={f.accepted.to_string()}>{ text }</p> }
        }
        (Some(_), Some((level, _))) => {
            // A bid a hair past the stop would read the same at the usual decimals ("covered at
            // 100.43" beside a bid of 100.43): the stop gets the decimals that tell them apart.
            let mut decimals = props.decimals;
            while decimals < 6 && num(props.stop, decimals) == num(level, decimals) {
                decimals += 1;
            }
            html! {
                <p class="reactive" data-testid="my-fill" data-value="0">
                    { tr::YourRejected { stop: &level_text(props.stop, decimals) }.text(lang) }
                </p>
            }
        }
        _ => html! {},
    };
    let (lo, hi) = if jgb {
        BID_PRICE_RANGE
    } else {
        BID_YIELD_RANGE
    };
    html! {
        <>
            <h4>{ T::YourBidTitle.get(lang) }</h4>
            <div class="lab-controls two">
                { field("my-level", (if jgb { T::YourPrice } else { T::YourYield }).get(lang).to_string(), true) }
                { field("my-amount", tr::YourAmount { unit: (if jgb { T::UnitBnYen } else { T::UnitBnUsd }).get(lang) }.text(lang), false) }
            </div>
            if let (true, Some((level, amount))) = (clamped, used) {
                <p class="field-msg" role="alert" data-testid="bid-clamped">
                    { tr::BidClamped {
                        min: &num(lo, 0),
                        max: &num(hi, 0),
                        // Both amounts in one unit (億 in Chinese), whole where they are whole.
                        amount: &bn_in_billions(lang, BID_AMOUNT_RANGE.1, 0, jgb),
                        level: &level_text(level, props.decimals),
                        used_amount: &bn_in_billions(lang, amount, usize::from(amount.fract() != 0.0), jgb),
                    }.text(lang) }
                </p>
            }
            { result }
        </>
    }
}

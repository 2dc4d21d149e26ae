//! The yield lab's controls: the bond (a preset or its own fields) and the yield change, which
//! sits apart so that on a phone it stays in view while the reader scrolls to what it moves.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::super::number_field::NumberField;
use super::super::{use_dispatch, use_lang};
use crate::i18n::{num, signed, tr, Lang, T};
use crate::model::data::{self, Market, BOND_PRESETS};
use crate::model::link_params::Num;
use crate::model::url_state::{COUPON_RANGE, SHOCK_RANGE, TENOR_RANGE, YIELD_RANGE};
use crate::state::Action;

const CUSTOM: &str = "custom";

fn preset_label(p: &data::BondPreset, lang: Lang) -> String {
    let f = data::fact(p.yield_fact);
    let (tenor, yield_pct) = (p.tenor_years.to_string(), num(f.value, 3));
    let (tenor, yield_pct, date) = (tenor.as_str(), yield_pct.as_str(), f.date);
    match p.market {
        Market::Jgb => tr::PresetJgb {
            tenor,
            yield_pct,
            date,
        }
        .text(lang),
        Market::Ust => tr::PresetUst {
            tenor,
            yield_pct,
            date,
        }
        .text(lang),
    }
}

#[derive(Properties, PartialEq)]
pub struct BondControlsProps {
    pub tenor_years: f64,
    pub coupon_pct: f64,
    pub yield_pct: f64,
}

#[function_component(BondControls)]
pub fn bond_controls(props: &BondControlsProps) -> Html {
    crate::counted!("BondControls");
    let lang = use_lang();
    let store = use_dispatch();
    let on_preset = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(p) = BOND_PRESETS.iter().find(|p| p.id == select.value()) {
                let (tenor_years, coupon_pct, yield_pct) =
                    (p.tenor_years, p.yield_pct(), p.yield_pct());
                store.dispatch(Action::SetBond {
                    tenor_years,
                    coupon_pct,
                    yield_pct,
                });
            }
        })
    };
    let preset = data::matching_preset(props.tenor_years, props.coupon_pct, props.yield_pct);
    let preset_id = preset.map_or(CUSTOM, |p| p.id);
    html! {
        <div class="lab-controls">
            <div class="field wide">
                <label for="lab-preset">{ T::LabPreset.get(lang) }</label>
                <select id="lab-preset" onchange={on_preset} data-testid="lab-preset">
                    { for BOND_PRESETS.iter().map(|p| html! {
                        <option value={p.id} selected={p.id == preset_id}>{ preset_label(p, lang) }</option>
                    }) }
                    <option value={CUSTOM} selected={preset_id == CUSTOM}>{ T::LabCustom.get(lang) }</option>
                </select>
                // The presets are par bonds; a bond of the reader's own may not be.
                <p class="hint">{ (if preset.is_some() { T::LabPresetHint } else { T::LabCustomHint }).get(lang) }</p>
            </div>
            <NumberField id="lab-tenor" label={T::LabTenor.get(lang)} value={props.tenor_years}
                min={TENOR_RANGE.0} max={TENOR_RANGE.1} step={0.5} decimals={1}
                onchange={store.callback(|x| Action::SetNumber(Num::Tenor, x))} testid="lab-tenor" />
            <NumberField id="lab-coupon" label={T::LabCoupon.get(lang)} value={props.coupon_pct}
                min={COUPON_RANGE.0} max={COUPON_RANGE.1} step={0.001} decimals={0}
                onchange={store.callback(|x| Action::SetNumber(Num::Coupon, x))} testid="lab-coupon" />
            <NumberField id="lab-yield" label={T::LabYield.get(lang)} value={props.yield_pct}
                min={YIELD_RANGE.0} max={YIELD_RANGE.1} step={0.001} decimals={0}
                onchange={store.callback(|x| Action::SetNumber(Num::Yield, x))} testid="lab-yield" />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShockBarProps {
    pub shock_bp: i32,
}

#[function_component(ShockBar)]
pub fn shock_bar(props: &ShockBarProps) -> Html {
    crate::counted!("ShockBar");
    let lang = use_lang();
    let store = use_dispatch();
    let on_slider = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<f64>() {
                // A drag fires many inputs per frame: they coalesce (`Store::dispatch_in_frame`).
                store.dispatch_in_frame(Action::SetShock(v.round() as i32));
            }
        })
    };
    // Page Up/Down move a quarter point; arrows keep the browser's 1 bp step.
    let on_key = {
        let store = store.clone();
        Callback::from(move |e: KeyboardEvent| {
            let step = match e.key().as_str() {
                "PageUp" => 25,
                "PageDown" => -25,
                _ => return,
            };
            e.prevent_default();
            store.dispatch(Action::NudgeShock(step));
        })
    };
    let shock = f64::from(props.shock_bp);
    html! {
        <div class="shock-bar">
            <div class="field shock">
                <label for="lab-shock">{ T::LabShock.get(lang) }</label>
                <div class="shock-row">
                    <input id="lab-shock" type="range" min={SHOCK_RANGE.0.to_string()}
                        max={SHOCK_RANGE.1.to_string()} step="1" value={props.shock_bp.to_string()}
                        oninput={on_slider} onkeydown={on_key} data-testid="shock-slider"
                        aria-describedby="lab-shock-hint" aria-valuetext={tr::BpValue { bp: &signed(shock, 0) }.text(lang)} />
                    <NumberField id="lab-shock-exact" label={T::LabShock.get(lang)} value={shock}
                        min={f64::from(SHOCK_RANGE.0)} max={f64::from(SHOCK_RANGE.1)} step={1.0} decimals={0}
                        onchange={store.callback(|x: f64| Action::SetShock(x.round() as i32))} testid="shock-input" hide_label=true />
                    <button type="button" class="small" onclick={store.callback(|_| Action::SetShock(0))}>
                        { T::LabResetShock.get(lang) }</button>
                </div>
                <p class="hint" id="lab-shock-hint">{ T::LabShockHint.get(lang) }</p>
            </div>
        </div>
    }
}

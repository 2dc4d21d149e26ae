//! A labelled range slider that shows its current value: the reusable slider of the auction
//! machine and the fiscal loop (after yew's boids example).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::number_field::NumberField;
use crate::i18n::T;
use crate::model::link_params::{Num, Opt};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct RangeFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// The value as the reader should read it (units included).
    pub shown: AttrValue,
    pub onchange: Callback<f64>,
    /// A number box beside the slider, with this many decimals: for a slider whose steps are
    /// finer than a finger can pick on a phone (the auction's demand: 550 steps).
    #[prop_or_default]
    pub typed: Option<usize>,
}

#[function_component(RangeField)]
pub fn range_field(props: &RangeFieldProps) -> Html {
    crate::counted!("RangeField");
    let lang = super::use_lang();
    let oninput = {
        let cb = props.onchange.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().trim().parse::<f64>() {
                if v.is_finite() {
                    cb.emit(v);
                }
            }
        })
    };
    html! {
        <div class="field wide">
            // The value is shown in the label but kept out of the slider's name: a screen reader
            // hears it once, as the slider's value (aria-valuetext), not twice.
            <label for={props.id.clone()}>{ &props.label }{ T::LabelSep.get(lang) }<b aria-hidden="true">{ &props.shown }</b></label>
            <div class="range-row">
                <input id={props.id.clone()} type="range" class="wide-range" min={props.min.to_string()}
                    max={props.max.to_string()} step={props.step.to_string()} value={props.value.to_string()}
                    aria-valuetext={props.shown.clone()} data-testid={props.id.clone()} {oninput} />
                if let Some(decimals) = props.typed {
                    // Shown to the box's decimals: a calibrated 0.947440… reads 0.95.
                    <NumberField id={format!("{}-typed", props.id)} label={props.label.clone()}
                        value={(props.value * 10f64.powi(decimals as i32)).round() / 10f64.powi(decimals as i32)}
                        min={props.min} max={props.max} step={props.step} {decimals} onchange={props.onchange.clone()}
                        testid={Some(AttrValue::from(format!("{}-typed", props.id)))} hide_label=true />
                }
            </div>
        </div>
    }
}

/// A declared link parameter a slider sets.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Param {
    Num(Num),
    Opt(Opt),
}

impl Param {
    fn range(self) -> (f64, f64) {
        match self {
            Param::Num(p) => p.range(),
            Param::Opt(p) => p.range(),
        }
    }
    fn action(self, x: f64) -> Action {
        match self {
            Param::Num(p) => Action::SetNumber(p, x),
            Param::Opt(p) => Action::SetOptional(p, x),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ParamSliderProps {
    pub id: AttrValue,
    pub param: Param,
    pub label: T,
    pub value: f64,
    pub step: f64,
    /// The value as the reader should read it (units included).
    pub shown: AttrValue,
    /// A narrower range than the parameter's own (a Treasury auction's when-issued yield).
    #[prop_or_default]
    pub range: Option<(f64, f64)>,
    /// See `RangeFieldProps::typed`.
    #[prop_or_default]
    pub typed: Option<usize>,
}

/// A slider for one declared parameter: its range comes from the declaration, and each move
/// reaches the shared state once a frame.
#[function_component(ParamSlider)]
pub fn param_slider(props: &ParamSliderProps) -> Html {
    crate::counted!("ParamSlider");
    let lang = super::use_lang();
    let store = super::use_dispatch();
    let param = props.param;
    let (min, max) = props.range.unwrap_or(param.range());
    html! {
        <RangeField id={props.id.clone()} label={props.label.get(lang)} value={props.value} {min} {max}
            step={props.step} shown={props.shown.clone()} typed={props.typed} onchange={store.frame_callback(move |x| param.action(x))} />
    }
}

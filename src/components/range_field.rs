//! A labelled range slider that shows its current value: the reusable slider of the auction
//! machine and the fiscal loop (after yew's boids example).

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::T;

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
            <label for={props.id.clone()}>{ &props.label }{ T::LabelSep.get(lang) }<b>{ &props.shown }</b></label>
            <input id={props.id.clone()} type="range" class="wide-range" min={props.min.to_string()}
                max={props.max.to_string()} step={props.step.to_string()} value={props.value.to_string()}
                aria-valuetext={props.shown.clone()} data-testid={props.id.clone()} {oninput} />
        </div>
    }
}

/// A `RangeField` that sends `make(value)` to the shared state on every move.
#[allow(clippy::too_many_arguments)]
pub fn action_slider(
    dispatch: &crate::state::Store,
    lang: crate::i18n::Lang,
    id: &'static str,
    label: crate::i18n::T,
    value: f64,
    (min, max): (f64, f64),
    step: f64,
    make: fn(f64) -> crate::state::Action,
    shown: String,
) -> Html {
    html! {
        <RangeField {id} label={label.get(lang)} {value} {min} {max} {step} {shown}
            onchange={dispatch.frame_callback(make)} />
    }
}

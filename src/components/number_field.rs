//! A labelled number input that checks what is typed: a value outside the range is clamped and
//! explained, text that is not a number keeps the previous value and says so.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::use_lang;
use crate::i18n::{num, tr, T};

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: f64,
    pub min: f64,
    pub max: f64,
    pub step: f64,
    pub decimals: usize,
    pub onchange: Callback<f64>,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Keep the label for screen readers only (when a visible label already sits nearby).
    #[prop_or_default]
    pub hide_label: bool,
}

#[function_component(NumberField)]
pub fn number_field(props: &NumberFieldProps) -> Html {
    crate::counted!("NumberField");
    let lang = use_lang();
    let message = use_state(|| None::<String>);
    let onchange = {
        let (cb, message) = (props.onchange.clone(), message.clone());
        let (min, max, decimals) = (props.min, props.max, props.decimals);
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            match input.value().trim().parse::<f64>() {
                Ok(x) if x.is_finite() => {
                    let clamped = x.clamp(min, max);
                    message.set((clamped != x).then(|| {
                        tr::InputRange {
                            min: &num(min, decimals),
                            max: &num(max, decimals),
                        }
                        .text(lang)
                    }));
                    cb.emit(clamped);
                }
                _ => message.set(Some(T::InputNotNumber.get(lang).to_string())),
            }
        })
    };
    let msg_id = format!("{}-msg", props.id);
    html! {
        <div class="field">
            <label for={props.id.clone()} class={classes!(props.hide_label.then_some("sr-only"))}>{ &props.label }</label>
            <input id={props.id.clone()} type="number" inputmode="decimal"
                min={props.min.to_string()} max={props.max.to_string()} step={props.step.to_string()}
                value={props.value.to_string()} {onchange}
                data-testid={props.testid.clone()}
                aria-describedby={message.is_some().then(|| msg_id.clone())} />
            if let Some(m) = &*message {
                <p class="field-msg" id={msg_id} role="alert">{ m }</p>
            }
        </div>
    }
}

//! The reader's own yield path, year by year: a checkbox with a fixed label (its state shows in
//! the box and the chart) and, when ticked, one field per year.

use yew::prelude::*;

use super::super::number_field::NumberField;
use super::super::{use_dispatch, use_lang};
use crate::i18n::{tr, T};
use crate::model::fiscal::YEARS;
use crate::model::url_state::SHOCK_RANGE;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct OwnPathProps {
    pub own: bool,
    /// The path in use: the reader's, or the lab's change held.
    pub path: [f64; YEARS],
}

#[function_component(OwnPath)]
pub fn own_path(props: &OwnPathProps) -> Html {
    crate::counted!("OwnPath");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let own = props.own;
    let toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |_| dispatch.dispatch(Action::UseOwnPath(!own)))
    };
    html! {
        <>
            <div class="field">
                <label class="check">
                    <input type="checkbox" checked={own} onchange={toggle} data-testid="own-path" />
                    { T::PathCustom.get(lang) }
                </label>
                <p class="hint">{ T::PathHint.get(lang) }</p>
            </div>
            if own {
                <div class="path-grid">
                    { for (0..YEARS).map(|i| {
                        let dispatch = dispatch.clone();
                        html! {
                            <NumberField id={format!("path-{i}")} label={tr::PathYear { year: &(i + 1).to_string() }.text(lang)}
                                value={props.path[i]} min={f64::from(SHOCK_RANGE.0)} max={f64::from(SHOCK_RANGE.1)} step={1.0}
                                decimals={0} onchange={Callback::from(move |v: f64| dispatch.dispatch(Action::SetPathYear(i, v)))}
                                testid={format!("path-{i}")} />
                        }
                    }) }
                </div>
            }
        </>
    }
}

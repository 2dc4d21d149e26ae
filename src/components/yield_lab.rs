//! The yield shock lab: pick a bond, move the yield, read the exact price change next to the
//! duration and duration-plus-convexity estimates, on a chart and in words.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::announce::Announce;
use super::canvas_chart::CanvasChart;
use super::number_field::NumberField;
use super::source_note::SourceNote;
use super::{use_dispatch, use_lang};
use crate::charts::{ladder_rows, ChartSpec, LadderChart, PriceYieldChart};
use crate::i18n::{num, signed, tr, Lang, T};
use crate::model::bond::{Bond, ShockResult};
use crate::model::data::FactId;
use crate::model::data::{self, Market, BOND_PRESETS};
use crate::model::dataset::JGB_CURVE_2025_05_22;
use crate::model::url_state::{LabView, COUPON_RANGE, SHOCK_RANGE, TENOR_RANGE, YIELD_RANGE};
use crate::state::Action;

const CUSTOM: &str = "custom";

fn preset_label(p: &data::BondPreset, lang: Lang) -> String {
    let f = data::fact(p.yield_fact);
    let (tenor, yield_pct) = (p.tenor_years.to_string(), num(f.value, 3));
    match p.market {
        Market::Jgb => tr::PresetJgb {
            tenor: &tenor,
            yield_pct: &yield_pct,
            date: f.date,
        }
        .text(lang),
        Market::Ust => tr::PresetUst {
            tenor: &tenor,
            yield_pct: &yield_pct,
            date: f.date,
        }
        .text(lang),
    }
}

/// The exact and estimated effect of `shock_bp` on a par bond at a published yield.
fn par_shock(yield_fact: FactId, tenor: f64, shock_bp: i32) -> Option<ShockResult> {
    let y = data::fact(yield_fact).value / 100.0;
    Bond::new(tenor, y)
        .ok()?
        .shock(y, f64::from(shock_bp) / 1e4)
        .ok()
}

#[derive(Properties, PartialEq)]
pub struct YieldLabProps {
    pub tenor_years: f64,
    pub coupon_pct: f64,
    pub yield_pct: f64,
    pub shock_bp: i32,
    pub view: LabView,
}

#[function_component(YieldLab)]
pub fn yield_lab(props: &YieldLabProps) -> Html {
    crate::counted!("YieldLab");
    let lang = use_lang();
    let lesson = use_dispatch();
    let u = props;
    let result = Bond::new(u.tenor_years, u.coupon_pct / 100.0)
        .and_then(|b| b.shock(u.yield_pct / 100.0, f64::from(u.shock_bp) / 1e4));

    let dispatch = |make: fn(f64) -> Action| {
        let lesson = lesson.clone();
        Callback::from(move |x: f64| lesson.dispatch(make(x)))
    };
    let on_preset = {
        let lesson = lesson.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Some(p) = BOND_PRESETS.iter().find(|p| p.id == select.value()) {
                lesson.dispatch(Action::SetBond {
                    tenor_years: p.tenor_years,
                    coupon_pct: p.yield_pct(),
                    yield_pct: p.yield_pct(),
                });
            }
        })
    };
    let on_slider = {
        let lesson = lesson.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<f64>() {
                // A drag fires many inputs per frame: only the last reaches the lesson.
                lesson.dispatch_in_frame(Action::SetShock(v.round() as i32));
            }
        })
    };
    // Page Up/Down move a quarter point; arrows keep the browser's 1 bp step.
    let on_slider_key = {
        let lesson = lesson.clone();
        Callback::from(move |e: KeyboardEvent| {
            let step = match e.key().as_str() {
                "PageUp" => 25,
                "PageDown" => -25,
                _ => return,
            };
            e.prevent_default();
            lesson.dispatch(Action::NudgeShock(step));
        })
    };
    let view_button = |view: LabView, label: T| {
        let lesson = lesson.clone();
        let pressed = u.view == view;
        html! {
            <button type="button" aria-pressed={pressed.to_string()}
                onclick={Callback::from(move |_| lesson.dispatch(Action::SetLabView(view)))}>
                { label.get(lang) }
            </button>
        }
    };
    let reset = {
        let lesson = lesson.clone();
        Callback::from(move |_| lesson.dispatch(Action::SetShock(0)))
    };

    let preset = data::matching_preset(u.tenor_years, u.coupon_pct, u.yield_pct);
    let preset_id = preset.map_or(CUSTOM, |p| p.id);

    let controls = html! {
        <div class="lab-controls">
            <div class="field wide">
                <label for="lab-preset">{ T::LabPreset.get(lang) }</label>
                <select id="lab-preset" onchange={on_preset} data-testid="lab-preset">
                    { for BOND_PRESETS.iter().map(|p| html! {
                        <option value={p.id} selected={p.id == preset_id}>{ preset_label(p, lang) }</option>
                    }) }
                    <option value={CUSTOM} selected={preset_id == CUSTOM}>{ T::LabCustom.get(lang) }</option>
                </select>
                <p class="hint">{ T::LabPresetHint.get(lang) }</p>
            </div>
            <NumberField id="lab-tenor" label={T::LabTenor.get(lang)} value={u.tenor_years}
                min={TENOR_RANGE.0} max={TENOR_RANGE.1} step={0.5} decimals={1}
                onchange={dispatch(Action::SetTenor)} testid="lab-tenor" />
            <NumberField id="lab-coupon" label={T::LabCoupon.get(lang)} value={u.coupon_pct}
                min={COUPON_RANGE.0} max={COUPON_RANGE.1} step={0.001} decimals={0}
                onchange={dispatch(Action::SetCoupon)} testid="lab-coupon" />
            <NumberField id="lab-yield" label={T::LabYield.get(lang)} value={u.yield_pct}
                min={YIELD_RANGE.0} max={YIELD_RANGE.1} step={0.001} decimals={0}
                onchange={dispatch(Action::SetYield)} testid="lab-yield" />
        </div>
    };
    // The shock sits apart from the bond's fields: on a phone it stays in view (sticky) while
    // the reader scrolls to the readouts and the chart it moves.
    let shock_bar = html! {
        <div class="shock-bar">
            <div class="field shock">
                <label for="lab-shock">{ T::LabShock.get(lang) }</label>
                <div class="shock-row">
                    <input id="lab-shock" type="range" min={SHOCK_RANGE.0.to_string()}
                        max={SHOCK_RANGE.1.to_string()} step="1" value={u.shock_bp.to_string()}
                        oninput={on_slider} onkeydown={on_slider_key} data-testid="shock-slider"
                        aria-describedby="lab-shock-hint"
                        aria-valuetext={tr::BpValue { bp: &signed(f64::from(u.shock_bp), 0) }.text(lang)} />
                    <NumberField id="lab-shock-exact" label={T::LabShock.get(lang)}
                        value={f64::from(u.shock_bp)} min={f64::from(SHOCK_RANGE.0)}
                        max={f64::from(SHOCK_RANGE.1)} step={1.0} decimals={0}
                        onchange={{
                            let lesson = lesson.clone();
                            Callback::from(move |x: f64| lesson.dispatch(Action::SetShock(x.round() as i32)))
                        }} testid="shock-input" hide_label=true />
                    <button type="button" class="small" onclick={reset}>{ T::LabResetShock.get(lang) }</button>
                </div>
                <p class="hint" id="lab-shock-hint">{ T::LabShockHint.get(lang) }</p>
            </div>
        </div>
    };

    let Ok(s) = result else {
        return html! {
            <div class="yield-lab">
                { controls }
                { shock_bar }
                <p class="error" role="alert">{ T::LabCannotPrice.get(lang) }</p>
            </div>
        };
    };

    let readout = |testid: &'static str, label: T, value: f64, shown: String, extra: Html| {
        html! {
            <div class="readout" data-testid={testid} data-value={value.to_string()}>
                <dt>{ label.get(lang) }</dt>
                <dd><span class="value">{ shown }</span>{ extra }</dd>
            </div>
        }
    };
    let small = |t: String| html! { <span class="sub">{ t }</span> };
    let readouts = html! {
        <dl class="readouts">
            { readout("price-before", T::PriceBefore, s.before.price, num(s.before.price, 3), small(T::PerFace.get(lang).into())) }
            { readout("price-after", T::PriceAfter, s.price_after, num(s.price_after, 3), small(T::PerFace.get(lang).into())) }
            { readout("price-change-pct", T::ExactChange, s.exact_pct, format!("{}%", signed(s.exact_pct, 2)), html!{}) }
            { readout("duration-estimate-pct", T::DurationEstimate, s.duration_pct, format!("{}%", signed(s.duration_pct, 2)),
                small(tr::EstimateError { points: &signed(s.duration_error_pct, 2) }.text(lang))) }
            { readout("convexity-estimate-pct", T::ConvexityEstimate, s.convexity_pct, format!("{}%", signed(s.convexity_pct, 2)),
                small(tr::EstimateError { points: &signed(s.convexity_error_pct, 2) }.text(lang))) }
            { readout("mod-duration", T::ModDuration, s.before.modified_duration, num(s.before.modified_duration, 2), small(T::UnitYears.get(lang).into())) }
            { readout("convexity", T::Convexity, s.before.convexity, num(s.before.convexity, 1), small(T::UnitYearsSq.get(lang).into())) }
            { readout("dv01", T::Dv01, s.before.dv01, num(s.before.dv01, 4), small(T::Dv01Hint.get(lang).into())) }
        </dl>
    };

    let tenor_text = num(
        u.tenor_years,
        if u.tenor_years.fract() == 0.0 { 0 } else { 1 },
    );
    let sentence = tr::LabSentence {
        shock: &signed(f64::from(u.shock_bp), 0),
        tenor: &tenor_text,
        before: &num(s.before.price, 2),
        after: &num(s.price_after, 2),
        exact: &signed(s.exact_pct, 1),
        duration: &signed(s.duration_pct, 1),
        convexity: &signed(s.convexity_pct, 1),
    }
    .text(lang);
    let compare = match (
        par_shock(FactId::Jgb40y20250522, 40.0, u.shock_bp),
        par_shock(FactId::Jgb10y20250522, 10.0, u.shock_bp),
    ) {
        (Some(a), Some(b)) => tr::LabCompare {
            shock: &signed(f64::from(u.shock_bp), 0),
            yield40: &num(data::fact(FactId::Jgb40y20250522).value, 3),
            exact40: &signed(a.exact_pct, 1),
            yield10: &num(data::fact(FactId::Jgb10y20250522).value, 3),
            exact10: &signed(b.exact_pct, 1),
            duration40: &signed(a.duration_pct, 1),
            duration10: &signed(b.duration_pct, 1),
        }
        .text(lang),
        _ => String::new(),
    };

    let (spec, alt, legend) = match u.view {
        LabView::Curve => {
            let tangent_price = s.before.price * (1.0 + s.duration_pct / 100.0);
            let alt = tr::ChartAltCurve {
                tenor: &tenor_text,
                yield_pct: &num(u.yield_pct, 3),
                price: &num(s.before.price, 2),
                shock: &signed(f64::from(u.shock_bp), 0),
                yield_after: &num(s.yield_after * 100.0, 3),
                price_after: &num(s.price_after, 2),
                tangent: &num(tangent_price, 2),
                miss: &num(s.price_after - tangent_price, 2),
            }
            .text(lang);
            let spec = ChartSpec::PriceYield(PriceYieldChart {
                tenor_years: u.tenor_years,
                coupon: u.coupon_pct / 100.0,
                yield_now: u.yield_pct / 100.0,
                shock: f64::from(u.shock_bp) / 1e4,
                x_label: T::ChartYield.get(lang).into(),
                y_label: T::ChartPrice.get(lang).into(),
            });
            let legend = html! {
                <ul class="legend">
                    <li><span class="swatch line exact"></span>{ T::LegendExact.get(lang) }</li>
                    <li><span class="swatch line duration"></span>{ T::LegendDuration.get(lang) }</li>
                    <li><span class="swatch dashed convexity"></span>{ T::LegendConvexity.get(lang) }</li>
                    <li><span class="swatch band"></span>{ T::LegendGap.get(lang) }</li>
                    <li><span class="swatch dot now"></span>{ T::LegendNow.get(lang) }</li>
                    <li><span class="swatch dot shocked"></span>{ T::LegendShocked.get(lang) }</li>
                </ul>
            };
            (spec, alt, legend)
        }
        LabView::Ladder => {
            // Each maturity at its own par yield on the Ministry's curve of 22 May 2025.
            let rows = ladder_rows(JGB_CURVE_2025_05_22, f64::from(u.shock_bp) / 1e4);
            let labels: Vec<String> = rows
                .iter()
                .map(|r| {
                    tr::YearsShort {
                        years: &r.tenor_years.to_string(),
                    }
                    .text(lang)
                })
                .collect();
            let list = rows
                .iter()
                .zip(&labels)
                .map(|(r, l)| format!("{l} {}%", signed(r.change_pct, 1)))
                .collect::<Vec<_>>()
                .join(T::ListSep.get(lang));
            let yields = rows
                .iter()
                .zip(&labels)
                .map(|(r, l)| format!("{l} {}%", num(r.yield_now * 100.0, 3)))
                .collect::<Vec<_>>()
                .join(T::ListSep.get(lang));
            let alt = tr::ChartAltLadder {
                shock: &signed(f64::from(u.shock_bp), 0),
                list: &list,
            }
            .text(lang);
            let legend = html! {
                <p class="hint" data-testid="ladder-note">{ tr::LadderNote { yields: &yields }.text(lang) }</p>
            };
            let spec = ChartSpec::Ladder(LadderChart {
                rows,
                y_label: T::LadderAxis.get(lang).into(),
                tenor_labels: labels,
            });
            (spec, alt, legend)
        }
    };

    let source_facts: Vec<FactId> = BOND_PRESETS.iter().map(|p| p.yield_fact).collect();
    html! {
        <div class="yield-lab">
            <p>{ T::LabIntro.get(lang) }</p>
            { controls }
            { shock_bar }
            { readouts }
            <p class="reactive" data-testid="lab-sentence">{ sentence.clone() }</p>
            <Announce text={sentence} />
            <div class="lab-chart">
                <div class="toggle" role="group" aria-label={T::ChartViewLabel.get(lang)}>
                    { view_button(LabView::Curve, T::ViewCurve) }
                    { view_button(LabView::Ladder, T::ViewLadder) }
                </div>
                <CanvasChart {spec} label={widget_label(lang)} testid="lab-canvas" />
                { legend }
                <p class="sr-only" data-testid="lab-chart-alt">{ alt }</p>
            </div>
            <p class="reactive" data-testid="lab-compare">{ compare }</p>
            <SourceNote facts={source_facts} />
        </div>
    }
}

fn widget_label(lang: Lang) -> String {
    T::WYieldLab.get(lang).to_string()
}

//! The toy model of the loop: how strong the feedback is and how much the central bank absorbs
//! decide whether yields settle or run away.

use yew::prelude::*;

use super::super::line_chart_panel::{ChartRow, Column, LineChartPanel, Missing};
use super::super::range_field::{Param, ParamSlider};
use super::super::use_lang;
use crate::charts::{SeriesColor, XAxis};
use crate::i18n::{num, signed, tr, T};
use crate::model::fiscal::{Loop, PREMIUM_CAP, ROUNDS};
use crate::model::link_params::Num;

/// Where a link to the toy loop itself lands (the teachers' runaway link).
pub const TOY_LOOP_ANCHOR: &str = "toy-loop";
#[derive(Properties, PartialEq)]
pub struct ToyLoopProps {
    pub shock_bp: i32,
    pub strength: f64,
    pub bought_pct: f64,
}

#[function_component(ToyLoop)]
pub fn toy_loop(props: &ToyLoopProps) -> Html {
    crate::counted!("ToyLoop");
    let lang = use_lang();
    let toy = Loop {
        shock_bp: f64::from(props.shock_bp),
        strength: props.strength,
        bought: props.bought_pct / 100.0,
    }
    .run();
    let last = toy.premiums[ROUNDS];
    // Exactly 1 adds the same amount each round; more than 1, more each round.
    let steady = num(toy.gain, 2) == num(1.0, 2);
    // Only a runaway loop is cut off at the cap: one that settles, however slowly, or grows
    // steadily is drawn to the end, as its sentence describes it.
    let capped = (toy.settles_at.is_none() && !steady)
        .then(|| toy.capped_round())
        .flatten();
    let (gain, level, rounds) = (num(toy.gain, 2), num(last, 0), ROUNDS.to_string());
    let outcome = match toy.settles_at {
        // A fall in yields does not set a fiscal-worry loop off.
        _ if props.shock_bp <= 0 => T::LoopNeedsRise.get(lang).to_string(),
        Some(settled) => tr::LoopSettles {
            gain: &gain,
            level: &signed(settled, 0),
            after: &signed(last, 0),
            rounds: &rounds,
        }
        .text(lang),
        None if capped.is_some() => tr::LoopPassesCap {
            gain: &gain,
            cap: &num(PREMIUM_CAP, 0),
            round: &capped.unwrap_or(ROUNDS).to_string(),
        }
        .text(lang),
        None if steady => tr::LoopGrowsSteadily {
            gain: &gain,
            level: &level,
            rounds: &rounds,
        }
        .text(lang),
        None => tr::LoopRunsAway {
            gain: &gain,
            level: &level,
            rounds: &rounds,
        }
        .text(lang),
    };
    let rows: Vec<ChartRow> = toy
        .premiums
        .iter()
        .enumerate()
        .map(|(n, p)| ChartRow {
            x: n as f64,
            label: format!("{} {n}", T::LoopRound.get(lang)),
            // Past the cap the premium is not drawn: a flat line there would look settled.
            values: vec![(capped.is_none_or(|c| n <= c)).then_some(*p)],
            ranges: vec![],
        })
        .collect();
    let columns = vec![Column::new(
        "premium",
        T::LoopAxis.get(lang).into(),
        SeriesColor::Red,
        false,
    )];
    let runs_away = toy.settles_at.is_none() && props.shock_bp > 0;
    html! {
        <>
            <h4 id={TOY_LOOP_ANCHOR}>{ T::LoopToyTitle.get(lang) }</h4>
            <p>{ T::LoopToyIntro.get(lang) }</p>
            <p class="equation"><code>{ T::LoopEquation.get(lang) }</code></p>
            <div class="lab-controls two">
                <ParamSlider id="loop-strength" param={Param::Num(Num::LoopStrength)} label={T::LoopStrength}
                    value={props.strength} step={0.05} shown={num(props.strength, 2)} />
                <ParamSlider id="loop-bought" param={Param::Num(Num::LoopBought)} label={T::LoopBought}
                    value={props.bought_pct} step={5.0} shown={format!("{}%", num(props.bought_pct, 0))} />
            </div>
            <p class={classes!("reactive", runs_away.then_some("alarm"))} data-testid="loop-outcome"
                data-value={last.to_string()} data-state={if runs_away { "runs-away" } else { "settles" }}>
                { outcome }
            </p>
            if runs_away { <p class="hint" data-testid="loop-runaway-context">{ T::LoopRunawayContext.get(lang) }</p> }
            <LineChartPanel testid="loop-toy" title={T::LoopToyTitle.get(lang)} x_axis={XAxis::Count}
                {columns} {rows} start={capped.unwrap_or(ROUNDS)} first_column={T::LoopRound.get(lang)}
                cursor_label={T::MoveCursorPlain.get(lang)} y_label={T::LoopAxis.get(lang)} decimals={0} suffix="" aspect={40}
                missing={Missing::PastChart} />
        </>
    }
}

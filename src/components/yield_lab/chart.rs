//! The yield lab's chart: the price–yield curve of the lab's bond, or the same change across
//! maturities, each with its legend and a text alternative.

use yew::prelude::*;

use super::super::canvas_chart::CanvasChart;
use super::super::{use_dispatch, use_lang};
use crate::charts::{ladder_rows, ChartSpec, LadderChart, PriceYieldChart};
use crate::components::toggle_group::{toggle_group, Choice};
use crate::i18n::{num, rounded, signed, tr, Lang, T};
use crate::model::bond::ShockResult;
use crate::model::dataset::JGB_CURVE_2025_05_22;
use crate::model::url_state::LabView;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct LabChartProps {
    pub s: ShockResult,
    pub tenor_years: f64,
    pub coupon_pct: f64,
    pub yield_pct: f64,
    pub shock_bp: i32,
    pub view: LabView,
}

fn curve(p: &LabChartProps, lang: Lang) -> (ChartSpec, String, Html) {
    let s = &p.s;
    let tangent_price = s.before.price * (1.0 + s.duration_pct / 100.0);
    let alt = tr::ChartAltCurve {
        tenor: &num(
            p.tenor_years,
            if p.tenor_years.fract() == 0.0 { 0 } else { 1 },
        ),
        yield_pct: &num(p.yield_pct, 3),
        price: &num(s.before.price, 2),
        shock: &signed(f64::from(p.shock_bp), 0),
        yield_after: &num(s.yield_after * 100.0, 3),
        price_after: &num(s.price_after, 2),
        tangent: &num(tangent_price, 2),
        // Between the prices as shown, as the cards and the worked example take their gaps.
        miss: &num(rounded(s.price_after, 2) - rounded(tangent_price, 2), 2),
    }
    .text(lang);
    let spec = ChartSpec::PriceYield(PriceYieldChart {
        tenor_years: p.tenor_years,
        coupon: p.coupon_pct / 100.0,
        yield_now: p.yield_pct / 100.0,
        shock: f64::from(p.shock_bp) / 1e4,
        x_label: T::ChartYield.get(lang).into(),
        y_label: T::ChartPrice.get(lang).into(),
    });
    let item = |class: &str, t: T| html! { <li><span class={classes!("swatch", class.to_string())}></span>{ t.get(lang) }</li> };
    let legend = html! {
        <ul class="legend">
            { item("line exact", T::LegendExact) }
            { item("line duration", T::LegendDuration) }
            { item("dashed convexity", T::LegendConvexity) }
            { item("band", T::LegendGap) }
            { item("dot now", T::LegendNow) }
            { item("dot shocked", T::LegendShocked) }
        </ul>
    };
    (spec, alt, legend)
}

fn ladder(p: &LabChartProps, lang: Lang) -> (ChartSpec, String, Html) {
    // Each maturity at its own par yield on the Ministry's curve of 22 May 2025.
    let rows = ladder_rows(JGB_CURVE_2025_05_22, f64::from(p.shock_bp) / 1e4);
    let labels: Vec<String> = rows
        .iter()
        .map(|r| {
            tr::YearsShort {
                years: &r.tenor_years.to_string(),
            }
            .text(lang)
        })
        .collect();
    let join = |f: &dyn Fn(&crate::charts::LadderRow) -> String| {
        rows.iter()
            .zip(&labels)
            .map(|(r, l)| format!("{l} {}", f(r)))
            .collect::<Vec<_>>()
            .join(T::ListSep.get(lang))
    };
    let list = join(&|r| format!("{}%", signed(r.change_pct, 1)));
    let yields = join(&|r| format!("{}%", num(r.yield_now * 100.0, 3)));
    let alt = tr::ChartAltLadder {
        shock: &signed(f64::from(p.shock_bp), 0),
        list: &list,
    }
    .text(lang);
    let legend = html! { <p class="hint" data-testid="ladder-note">{ tr::LadderNote { yields: &yields }.text(lang) }</p> };
    let value_labels = rows.iter().map(|r| num(r.change_pct, 1)).collect();
    let spec = ChartSpec::Ladder(LadderChart {
        rows,
        y_label: T::LadderAxis.get(lang).into(),
        tenor_labels: labels,
        value_labels,
    });
    (spec, alt, legend)
}

#[function_component(LabChart)]
pub fn lab_chart(props: &LabChartProps) -> Html {
    crate::counted!("LabChart");
    let lang = use_lang();
    let store = use_dispatch();
    let (spec, alt, legend) = match props.view {
        LabView::Curve => curve(props, lang),
        LabView::Ladder => ladder(props, lang),
    };
    html! {
        <div class="lab-chart">
            { toggle_group(
                lang,
                (T::ChartViewLabel, false),
                vec![Choice::new(LabView::Curve, T::ViewCurve), Choice::new(LabView::Ladder, T::ViewLadder)],
                props.view,
                &store,
                Action::SetLabView,
            ) }
            <CanvasChart {spec} label={T::WYieldLab.get(lang)} testid="lab-canvas" />
            { legend }
            <p class="sr-only" data-testid="lab-chart-alt">{ alt }</p>
        </div>
    }
}

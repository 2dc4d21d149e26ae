//! The keyboard and touch side of a chart's cursor: a range input over the chart's points, and
//! the helper that picks the point nearest a pointer's axis value.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CursorSliderProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// The chart it moves over: added to the slider's name for a screen reader, where several
    /// sliders are otherwise all called "Move the cursor".
    #[prop_or_default]
    pub chart: AttrValue,
    pub len: usize,
    /// The first point the slider reaches (a chart that draws only some of its points, like
    /// the weekly candles on a phone, keeps its cursor on the ones it drew).
    #[prop_or(0)]
    pub min: usize,
    pub index: usize,
    /// What a screen reader announces for the current point.
    pub value_text: AttrValue,
    pub onchange: Callback<usize>,
}

#[function_component(CursorSlider)]
pub fn cursor_slider(props: &CursorSliderProps) -> Html {
    crate::counted!("CursorSlider");
    let lang = super::use_lang();
    let oninput = {
        let cb = props.onchange.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(i) = input.value().parse::<usize>() {
                cb.emit(i);
            }
        })
    };
    html! {
        <div class="cursor-slider">
            <label for={props.id.clone()}>{ &props.label }
                if !props.chart.is_empty() {
                    <span class="sr-only">{ crate::i18n::T::LabelSep.get(lang) }{ &props.chart }</span>
                }
            </label>
            <input id={props.id.clone()} type="range" min={props.min.to_string()} max={props.len.saturating_sub(1).to_string()}
                step="1" value={props.index.to_string()} {oninput}
                aria-valuetext={props.value_text.clone()} data-testid={props.id.clone()} />
        </div>
    }
}

/// The index of the x nearest to `target` (0 for no points).
pub fn nearest(xs: &[f64], target: f64) -> usize {
    xs.iter()
        .enumerate()
        .min_by(|a, b| (a.1 - target).abs().total_cmp(&(b.1 - target).abs()))
        .map_or(0, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn a_value_maps_to_the_nearest_point() {
        let xs = [0.0, 10.0, 20.0, 40.0];
        assert_eq!(nearest(&xs, -5.0), 0);
        assert_eq!(nearest(&xs, 11.0), 1);
        assert_eq!(nearest(&xs, 36.0), 3);
        assert_eq!(nearest(&xs, 700.0), 3);
        assert_eq!(nearest(&[], 0.5), 0);
    }

    #[test]
    fn a_pointer_picks_only_points_the_chart_drew() {
        use crate::components::canvas_chart::Pointed;
        let xs = [0.0, 1.0, 2.0, 3.0];
        // The chart drew 0..=2 (its right edge at 2.5): the edge picks 2, not 3.
        let p = Pointed {
            value: 2.5,
            shown: (-0.5, 2.5),
        };
        assert_eq!(p.nearest(&xs), 2);
        let p = Pointed {
            value: 2.9,
            shown: (-0.5, 2.5),
        };
        assert_eq!(p.nearest(&xs), 2);
        let all = Pointed {
            value: 2.9,
            shown: (-0.5, 3.5),
        };
        assert_eq!(all.nearest(&xs), 3);
    }
}

//! The keyboard and touch side of a chart's cursor: a range input over the chart's points, and
//! the helper that maps a pointer position to the nearest point.

use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CursorSliderProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub len: usize,
    pub index: usize,
    /// What a screen reader announces for the current point.
    pub value_text: AttrValue,
    pub onchange: Callback<usize>,
}

#[function_component(CursorSlider)]
pub fn cursor_slider(props: &CursorSliderProps) -> Html {
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
            <label for={props.id.clone()}>{ &props.label }</label>
            <input id={props.id.clone()} type="range" min="0" max={props.len.saturating_sub(1).to_string()}
                step="1" value={props.index.to_string()} {oninput}
                aria-valuetext={props.value_text.clone()} data-testid={props.id.clone()} />
        </div>
    }
}

/// The index of the x nearest to `x0 + frac·(x1 − x0)`, where x0 and x1 are the first and last x.
pub fn nearest_index(xs: &[f64], frac: f64) -> usize {
    let (Some(first), Some(last)) = (xs.first(), xs.last()) else {
        return 0;
    };
    let target = first + frac.clamp(0.0, 1.0) * (last - first);
    xs.iter()
        .enumerate()
        .min_by(|a, b| (a.1 - target).abs().total_cmp(&(b.1 - target).abs()))
        .map_or(0, |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::nearest_index;

    #[test]
    fn pointer_fraction_maps_to_the_nearest_point() {
        let xs = [0.0, 10.0, 20.0, 40.0];
        assert_eq!(nearest_index(&xs, 0.0), 0);
        assert_eq!(nearest_index(&xs, 0.26), 1);
        assert_eq!(nearest_index(&xs, 0.9), 3);
        assert_eq!(nearest_index(&xs, 7.0), 3);
        assert_eq!(nearest_index(&[], 0.5), 0);
    }
}

//! The one component that owns a canvas: it sizes the canvas to its box × devicePixelRatio (crisp
//! on HiDPI), redraws when the box resizes, the colour scheme changes or the spec changes, and
//! hands the drawing to `charts::draw`. Nothing here runs during render.

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlCanvasElement, PointerEvent, ResizeObserver};
use yew::prelude::*;

use crate::charts::{self, ChartSpec, Palette, Style, PLOT_LEFT_CSS, PLOT_RIGHT_CSS};

#[derive(Properties, PartialEq)]
pub struct CanvasChartProps {
    pub spec: ChartSpec,
    /// Short accessible name; the full text alternative sits beside the chart.
    pub label: AttrValue,
    pub testid: AttrValue,
    /// Height as a share of width.
    #[prop_or(0.62)]
    pub aspect: f64,
    /// Called with the pointer's position across the plot area (0 = left edge, 1 = right edge)
    /// when the reader points, drags or taps on a dated chart.
    #[prop_or_default]
    pub on_pointer: Option<Callback<f64>>,
}

/// CSS width of the canvas box, device pixel ratio, dark mode.
#[derive(Clone, Copy, PartialEq, Default)]
struct Surface {
    css_width: f64,
    dpr: f64,
    dark: bool,
}

#[function_component(CanvasChart)]
pub fn canvas_chart(props: &CanvasChartProps) -> Html {
    let canvas_ref = use_node_ref();
    let surface = use_state(Surface::default);
    // Off-screen charts skip drawing (a slider elsewhere redraws only what the reader sees) and
    // catch up when they scroll into view.
    let visible = use_state(|| false);
    {
        let (canvas_ref, visible) = (canvas_ref.clone(), visible.clone());
        use_effect_with((), move |_| {
            let on_change =
                Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
                    if let Some(entry) = entries
                        .iter()
                        .last()
                        .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
                    {
                        visible.set(entry.is_intersecting());
                    }
                });
            let observer =
                web_sys::IntersectionObserver::new(on_change.as_ref().unchecked_ref()).ok();
            if let (Some(obs), Some(canvas)) = (&observer, canvas_ref.cast::<HtmlCanvasElement>()) {
                obs.observe(&canvas);
            }
            move || {
                if let Some(obs) = observer {
                    obs.disconnect();
                }
                drop(on_change);
            }
        });
    }

    // Watch the box's width and the colour scheme.
    {
        let (canvas_ref, surface) = (canvas_ref.clone(), surface.clone());
        use_effect_with((), move |_| {
            let measure = {
                let canvas_ref = canvas_ref.clone();
                move || {
                    let window = web_sys::window()?;
                    let canvas = canvas_ref.cast::<HtmlCanvasElement>()?;
                    let parent = canvas.parent_element()?;
                    let dark = window
                        .match_media("(prefers-color-scheme: dark)")
                        .ok()
                        .flatten()
                        .is_some_and(|m| m.matches());
                    Some(Surface {
                        css_width: f64::from(parent.client_width()).max(200.0),
                        dpr: window.device_pixel_ratio().clamp(1.0, 4.0),
                        dark,
                    })
                }
            };
            if let Some(s) = measure() {
                surface.set(s);
            }
            let on_resize = {
                let surface = surface.clone();
                Closure::<dyn FnMut()>::new(move || {
                    if let Some(s) = measure() {
                        if s != *surface {
                            surface.set(s);
                        }
                    }
                })
            };
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(obs), Some(parent)) = (
                &observer,
                canvas_ref
                    .cast::<HtmlCanvasElement>()
                    .and_then(|c| c.parent_element()),
            ) {
                obs.observe(&parent);
            }
            move || {
                if let Some(obs) = observer {
                    obs.disconnect();
                }
                drop(on_resize);
            }
        });
    }

    // Draw whenever the spec or the surface changes.
    {
        let canvas_ref = canvas_ref.clone();
        let aspect = props.aspect;
        use_effect_with(
            (props.spec.clone(), *surface, *visible),
            move |(spec, surface, visible)| {
                if surface.css_width > 0.0 {
                    if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                        let css_h = (surface.css_width * aspect).clamp(180.0, 520.0);
                        canvas.set_width((surface.css_width * surface.dpr).round() as u32);
                        canvas.set_height((css_h * surface.dpr).round() as u32);
                        let _ = canvas.style().set_property("height", &format!("{css_h}px"));
                        if !*visible {
                            return;
                        }
                        if let Some(backend) = CanvasBackend::with_canvas_object(canvas) {
                            let root = backend.into_drawing_area();
                            let style = Style {
                                palette: if surface.dark {
                                    Palette::DARK
                                } else {
                                    Palette::LIGHT
                                },
                                scale: surface.dpr,
                            };
                            let _ = charts::draw(spec, &root, &style);
                            let _ = root.present();
                        }
                    }
                }
            },
        );
    }

    let pointer = props.on_pointer.clone().map(|cb| {
        Callback::from(move |e: PointerEvent| {
            let Some(target) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlCanvasElement>().ok())
            else {
                return;
            };
            let rect = target.get_bounding_client_rect();
            let inner = rect.width() - PLOT_LEFT_CSS - PLOT_RIGHT_CSS;
            if inner > 0.0 {
                let frac = (f64::from(e.client_x()) - rect.left() - PLOT_LEFT_CSS) / inner;
                cb.emit(frac.clamp(0.0, 1.0));
            }
        })
    });
    html! {
        <div class="chart-box">
            <canvas ref={canvas_ref} role="img" aria-label={props.label.clone()}
                data-testid={props.testid.clone()}
                onpointermove={pointer.clone()} onpointerdown={pointer}
                class={classes!(props.on_pointer.is_some().then_some("pointable"))} />
        </div>
    }
}

//! The one component that owns a chart: two stacked canvases, the base layer (axes, curves,
//! data) and the overlay (what a slider or the cursor moves), so a move redraws only the overlay.
//!
//! - Crisp at every pixel ratio: the backing store is the box's size × the device pixel ratio,
//!   at least 2×, so curves and lines look smooth even on ordinary screens; fonts and strokes
//!   scale with it and keep their CSS size.
//! - Never blank: until the wasm has drawn, the box shows the chart's pre-rendered image (same
//!   chart code, SVG); a chart off screen skips drawing and catches up when it scrolls into view;
//!   a resize, a change of theme and printing redraw it.
//! - Nothing here runs during render except building the markup.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlCanvasElement, HtmlElement, PointerEvent};
use yew::prelude::*;

use super::{use_lang, use_site, Mode};

/// Whether the page is printing: charts that start then must draw at once.
#[cfg(target_arch = "wasm32")]
fn printing() -> bool {
    crate::web::printing()
}
#[cfg(not(target_arch = "wasm32"))]
fn printing() -> bool {
    false
}
use crate::charts::{self, ChartSpec, Layer, Palette, Style, XMap};

#[derive(Properties, PartialEq)]
pub struct CanvasChartProps {
    pub spec: ChartSpec,
    /// Short accessible name; the full text alternative sits beside the chart.
    pub label: AttrValue,
    /// Also names the chart's pre-rendered images.
    pub testid: AttrValue,
    /// Height as a percentage of width (a CSS class `aspect-N` gives the box its shape).
    #[prop_or(62)]
    pub aspect: u8,
    /// Called with the axis value under the pointer when the reader points, drags or taps.
    #[prop_or_default]
    pub on_pointer: Option<Callback<Pointed>>,
    /// Called with the axis range the base layer drew, each time it is drawn (a chart that
    /// shows only some of its points tells its cursor which).
    #[prop_or_default]
    pub on_drawn: Option<Callback<(f64, f64)>>,
}

/// Where the reader points: the axis value, and the axis range the chart drew (a chart that
/// shows only some of its points, like the weekly candles on a narrow screen, draws less than
/// its data).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pointed {
    pub value: f64,
    pub shown: (f64, f64),
}

impl Pointed {
    /// The index of the drawn x nearest the pointer (`xs` in axis units).
    pub fn nearest(&self, xs: &[f64]) -> usize {
        let (lo, hi) = (
            self.shown.0.min(self.shown.1),
            self.shown.0.max(self.shown.1),
        );
        xs.iter()
            .enumerate()
            .filter(|(_, x)| (lo..=hi).contains(*x))
            .min_by(|a, b| {
                (a.1 - self.value)
                    .abs()
                    .total_cmp(&(b.1 - self.value).abs())
            })
            .map_or_else(|| super::chart_cursor::nearest(xs, self.value), |(i, _)| i)
    }
}

/// Height of a chart box for a width, in CSS px: the CSS gives boxes the same bounds.
pub fn box_height(width: f64, aspect: u8) -> f64 {
    (width * f64::from(aspect) / 100.0).clamp(180.0, 520.0)
}

/// The widths the pre-rendered images are drawn at (narrow screens, the rest).
pub const IMAGE_WIDTHS: [(&str, u32); 2] = [("narrow", 360), ("wide", 760)];

/// Where a chart's pre-rendered image lives, relative to the site root.
pub fn image_path(lang: &str, testid: &str, width: &str, theme: &str) -> String {
    format!("charts/{lang}/{testid}-{width}-{theme}.svg")
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The charts rendered natively, so the pre-rendering draws each one's image from the very
    /// spec the page renders.
    static RECORDED: RefCell<Vec<(String, ChartSpec, u8)>> = const { RefCell::new(Vec::new()) };
}

/// The charts rendered since the last call (native pre-rendering only).
#[cfg(not(target_arch = "wasm32"))]
pub fn take_recorded() -> Vec<(String, ChartSpec, u8)> {
    RECORDED.with(|r| std::mem::take(&mut *r.borrow_mut()))
}

/// The overlay canvas's largest pixel scale.
const OVERLAY_MAX_SCALE: f64 = 2.0;

/// Size, pixel scale and theme of the box.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
struct Surface {
    css_w: f64,
    css_h: f64,
    scale: f64,
    dark: bool,
}

impl Surface {
    fn measure(el: &HtmlElement) -> Option<Surface> {
        let window = web_sys::window()?;
        let media = |q: &str| {
            window
                .match_media(q)
                .ok()
                .flatten()
                .is_some_and(|m| m.matches())
        };
        let (w, h) = (f64::from(el.client_width()), f64::from(el.client_height()));
        (w > 0.0 && h > 0.0).then(|| Surface {
            css_w: w,
            css_h: h,
            // At least 2×: plotters rounds to whole pixels, so a finer grid keeps lines smooth.
            scale: window.device_pixel_ratio().clamp(2.0, 4.0),
            dark: media("(prefers-color-scheme: dark)") && !media("print"),
        })
    }
    fn style(&self) -> Style {
        Style {
            palette: if self.dark {
                Palette::DARK
            } else {
                Palette::LIGHT
            },
            scale: self.scale,
        }
    }
    /// The overlay's: the same look, at most 2× (see `Drawer::sync`).
    fn overlay_style(&self) -> Style {
        Style {
            scale: self.scale.min(OVERLAY_MAX_SCALE),
            ..self.style()
        }
    }
}

/// Draws whichever layer is out of date, when the chart is on screen (or always, for print).
struct Drawer {
    base: NodeRef,
    overlay: NodeRef,
    boxed: NodeRef,
    spec: Option<ChartSpec>,
    surface: Option<Surface>,
    visible: bool,
    drawn_base: Option<(ChartSpec, Surface)>,
    drawn_overlay: Option<(ChartSpec, Surface)>,
    xmap: Option<XMap>,
    /// What the print image shows (see `snapshot_for_print`).
    printed: Option<(ChartSpec, Surface)>,
    on_drawn: Option<Callback<(f64, f64)>>,
}

impl Drawer {
    /// Brings the canvases up to date; true once the base has been drawn.
    fn sync(&mut self, force: bool) -> bool {
        let (Some(spec), Some(surface)) = (self.spec.clone(), self.surface) else {
            return false;
        };
        if !(self.visible || force) {
            return self.drawn_base.is_some();
        }
        let (Some(base), Some(overlay)) = (
            self.base.cast::<HtmlCanvasElement>(),
            self.overlay.cast::<HtmlCanvasElement>(),
        ) else {
            return false;
        };
        let size = |scale: f64| {
            (
                (surface.css_w * scale).round() as u32,
                (surface.css_h * scale).round() as u32,
            )
        };
        let (w, h) = size(surface.scale);
        // The overlay is redrawn and sent to the compositor on every move: at most 2× keeps
        // that copy small on 3× phones (4/9 of the pixels), and 2× is still smooth there.
        let overlay_style = surface.overlay_style();
        let (ow, oh) = size(overlay_style.scale);
        // Setting a canvas's size clears it, even to the same size: only on a real change.
        for (c, w, h) in [(&base, w, h), (&overlay, ow, oh)] {
            if c.width() != w || c.height() != h {
                c.set_width(w);
                c.set_height(h);
                self.drawn_base = None;
                self.drawn_overlay = None;
            }
        }
        let style = surface.style();
        let base_spec = spec.base();
        if self.drawn_base.as_ref() != Some(&(base_spec.clone(), surface)) {
            self.xmap = draw_layer(&base, &spec, &style, Layer::Base);
            self.drawn_base = Some((base_spec, surface));
            if let (Some(cb), Some(x)) = (self.on_drawn.clone(), self.xmap) {
                // Later, once this drawer is no longer borrowed: a listener that touches the
                // chart again at once would otherwise borrow it twice (a panic in wasm).
                wasm_bindgen_futures::spawn_local(async move { cb.emit((x.v0, x.v1)) });
            }
            self.drawn_overlay = None;
            if let (Some(x), Some(el)) = (self.xmap, self.boxed.cast::<HtmlElement>()) {
                // Where the plot area runs, for tests that point at a chart's points.
                let _ = el.set_attribute("data-plot-x0", &(x.px0 / surface.scale).to_string());
                let _ = el.set_attribute("data-plot-x1", &(x.px1 / surface.scale).to_string());
                // And the axis values at those ends.
                let _ = el.set_attribute("data-plot-v0", &x.v0.to_string());
                let _ = el.set_attribute("data-plot-v1", &x.v1.to_string());
            }
            if let Some(el) = self.boxed.cast::<HtmlElement>() {
                // A printed page is wider than a phone: the print stylesheet keeps the chart at
                // the width it was drawn for, so its text prints at its size, not stretched.
                let _ = el
                    .style()
                    .set_property("--drawn-w", &format!("{}px", surface.css_w));
            }
        }
        if self.drawn_overlay.as_ref() != Some(&(spec.clone(), surface)) {
            if let Some(ctx) = context(&overlay) {
                ctx.clear_rect(0.0, 0.0, f64::from(ow), f64::from(oh));
            }
            draw_layer(&overlay, &spec, &overlay_style, Layer::Overlay);
            self.drawn_overlay = Some((spec, surface));
        }
        true
    }

    /// For print: the chart as it stands, both layers in the light palette, as an image in the
    /// box that the print stylesheet shows instead of the canvases. A canvas drawn during
    /// `beforeprint` can print blank in Chromium (a chart whose island caught up with the lesson
    /// only then), and a dark theme's canvas prints as a black panel; an image made from a fresh
    /// light drawing prints as drawn. The canvases on screen are left as they are.
    fn snapshot_for_print(&mut self) {
        let (Some(spec), Some(surface), Some(boxed)) = (
            self.spec.clone(),
            self.surface,
            self.boxed.cast::<HtmlElement>(),
        ) else {
            return;
        };
        let light = Surface {
            dark: false,
            ..surface
        };
        if self.printed.as_ref() == Some(&(spec.clone(), light)) {
            return;
        }
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(canvas) = doc
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<HtmlCanvasElement>().ok())
        else {
            return;
        };
        canvas.set_width((light.css_w * light.scale).round() as u32);
        canvas.set_height((light.css_h * light.scale).round() as u32);
        let style = light.style();
        draw_layer(&canvas, &spec, &style, Layer::Base);
        draw_layer(&canvas, &spec, &style, Layer::Overlay);
        let Ok(url) = canvas.to_data_url() else {
            return;
        };
        let img = match boxed.query_selector(":scope > img.print-snapshot") {
            Ok(Some(img)) => img,
            _ => {
                let Ok(img) = doc.create_element("img") else {
                    return;
                };
                let _ = img.set_attribute("class", "print-snapshot");
                // The canvas carries the chart's name; the image is its printed stand-in.
                let _ = img.set_attribute("alt", "");
                let _ = boxed.append_child(&img);
                img
            }
        };
        let _ = img.set_attribute("src", &url);
        self.printed = Some((spec, light));
    }

    /// After printing: the image and its data go, and the next print makes a fresh one.
    fn drop_print_snapshot(&mut self) {
        if let Some(img) = self.boxed.cast::<HtmlElement>().and_then(|b| {
            b.query_selector(":scope > img.print-snapshot")
                .ok()
                .flatten()
        }) {
            img.remove();
        }
        self.printed = None;
    }
}

fn context(canvas: &HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}

fn draw_layer(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    style: &Style,
    layer: Layer,
) -> Option<XMap> {
    let root = CanvasBackend::with_canvas_object(canvas.clone())?.into_drawing_area();
    let drawn = charts::draw(spec, &root, style, layer);
    let _ = root.present();
    match drawn {
        Ok(x) => x,
        Err(_e) => {
            #[cfg(debug_assertions)]
            web_sys::console::warn_1(&format!("chart draw failed: {_e:?}").into());
            None
        }
    }
}

#[function_component(CanvasChart)]
pub fn canvas_chart(props: &CanvasChartProps) -> Html {
    crate::counted!("CanvasChart");
    let lang = use_lang();
    let site = use_site();
    let (base, overlay, boxed) = (use_node_ref(), use_node_ref(), use_node_ref());
    let drawer = {
        let (base, overlay, boxed) = (base.clone(), overlay.clone(), boxed.clone());
        use_mut_ref(move || Drawer {
            base,
            overlay,
            boxed,
            spec: None,
            surface: None,
            visible: false,
            drawn_base: None,
            drawn_overlay: None,
            xmap: None,
            printed: None,
            on_drawn: None,
        })
    };
    // Kept current for the drawing code, which runs outside render.
    if let Ok(mut d) = drawer.try_borrow_mut() {
        d.on_drawn = props.on_drawn.clone();
    }
    // Once drawn, the pre-rendered image steps aside.
    let drawn = use_state(|| false);

    #[cfg(not(target_arch = "wasm32"))]
    RECORDED.with(|r| {
        r.borrow_mut()
            .push((props.testid.to_string(), props.spec.clone(), props.aspect))
    });

    {
        let (drawer, drawn) = (drawer.clone(), drawn.clone());
        use_effect_with(props.spec.clone(), move |spec| {
            let mut d = drawer.borrow_mut();
            d.spec = Some(spec.clone());
            // While printing, an island catching up with the lesson redraws its chart at once.
            let ok = d.sync(printing());
            if printing() {
                d.snapshot_for_print();
            }
            if ok && !*drawn {
                drawn.set(true);
            }
        });
    }
    {
        let (drawer, drawn, boxed) = (drawer.clone(), drawn.clone(), boxed.clone());
        use_effect_with((), move |_| watch(drawer, drawn, boxed));
    }

    let pointer = props.on_pointer.clone().map(|cb| {
        let drawer = drawer.clone();
        Callback::from(move |e: PointerEvent| {
            let d = drawer.borrow();
            let (Some(xmap), Some(surface), Some(el)) =
                (d.xmap, d.surface, d.boxed.cast::<HtmlElement>())
            else {
                return;
            };
            let rect = el.get_bounding_client_rect();
            let px = (f64::from(e.client_x()) - rect.left()) * surface.scale;
            cb.emit(Pointed {
                value: xmap.value_at(px),
                shown: (xmap.v0, xmap.v1),
            });
        })
    });
    let picture = (site.mode == Mode::Pages).then(|| {
        let src = |width: &str, theme: &str| {
            format!(
                "{}{}",
                site.base,
                image_path(lang.tag(), &props.testid, width, theme)
            )
        };
        let narrow = "(max-width: 600px)";
        html! {
            <picture class="chart-image">
                <source media={format!("(prefers-color-scheme: dark) and {narrow}")} srcset={src("narrow", "dark")} />
                <source media="(prefers-color-scheme: dark)" srcset={src("wide", "dark")} />
                <source media={narrow} srcset={src("narrow", "light")} />
                <img src={src("wide", "light")} alt="" loading="lazy" decoding="async" />
            </picture>
        }
    });
    html! {
        <div ref={boxed} class={classes!("chart-box", format!("aspect-{}", props.aspect), drawn.then_some("drawn"),
                props.on_pointer.is_some().then_some("pointable"))}
            onpointermove={pointer.clone()} onpointerdown={pointer}>
            { picture.unwrap_or_default() }
            <canvas ref={base} class="layer-base" role="img" aria-label={props.label.clone()}
                data-testid={props.testid.clone()} />
            <canvas ref={overlay} class="layer-overlay" aria-hidden="true" data-testid={format!("{}-overlay", props.testid)} />
        </div>
    }
}

/// Watches the box's size, visibility, theme and printing, redrawing as needed. Returns the
/// clean-up.
fn watch(
    drawer: Rc<RefCell<Drawer>>,
    drawn: UseStateHandle<bool>,
    boxed: NodeRef,
) -> impl FnOnce() {
    let after = {
        let drawn = drawn.clone();
        move |ok: bool| {
            if ok && !*drawn {
                drawn.set(true);
            }
        }
    };
    let measure = {
        let (drawer, boxed, after) = (drawer.clone(), boxed.clone(), after.clone());
        move |force: bool| {
            let Some(el) = boxed.cast::<HtmlElement>() else {
                return;
            };
            let print_media = web_sys::window()
                .and_then(|w| w.match_media("print").ok().flatten())
                .is_some_and(|m| m.matches());
            // In print the box is scaled, not redrawn: its bitmap stays.
            if !print_media {
                if let Some(s) = Surface::measure(&el) {
                    drawer.borrow_mut().surface = Some(s);
                }
            }
            let ok = drawer.borrow_mut().sync(force);
            // Forced only for printing (`beforeprint`, or a chart that starts while printing).
            if force {
                drawer.borrow_mut().snapshot_for_print();
            }
            after(ok);
        }
    };
    // A chart that starts while the page prints (its island hydrated for the handout) draws now.
    measure(printing());
    let on_resize = {
        let measure = measure.clone();
        Closure::<dyn FnMut()>::new(move || measure(false))
    };
    let resize = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
    let on_visible = {
        let (drawer, after) = (drawer.clone(), after.clone());
        Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            if let Some(entry) = entries
                .iter()
                .last()
                .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
            {
                drawer.borrow_mut().visible = entry.is_intersecting();
                let ok = drawer.borrow_mut().sync(false);
                after(ok);
            }
        })
    };
    let visible = web_sys::IntersectionObserver::new(on_visible.as_ref().unchecked_ref()).ok();
    if let Some(el) = boxed.cast::<web_sys::Element>() {
        if let Some(o) = &resize {
            o.observe(&el);
        }
        if let Some(o) = &visible {
            o.observe(&el);
        }
    }
    let window = web_sys::window();
    // Printing draws every chart as it stands, on screen or not.
    let print = window.as_ref().map(|w| {
        let measure = measure.clone();
        gloo::events::EventListener::new(w, "beforeprint", move |_| measure(true))
    });
    let printed = window.as_ref().map(|w| {
        let drawer = drawer.clone();
        gloo::events::EventListener::new(w, "afterprint", move |_| {
            if let Ok(mut d) = drawer.try_borrow_mut() {
                d.drop_print_snapshot();
            }
        })
    });
    let theme = window
        .as_ref()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .map(|mq| gloo::events::EventListener::new(&mq, "change", move |_| measure(false)));
    move || {
        if let Some(o) = resize {
            o.disconnect();
        }
        if let Some(o) = visible {
            o.disconnect();
        }
        drop((on_resize, on_visible, print, printed, theme));
    }
}

//! A root of the page: the whole page in the single-file lesson, or one island of a served page
//! (a widget, the header, the link notice, the embed bar). It holds the state it renders, kept in
//! step with the shared store, and provides the language, the store, the site and the
//! "hydrated" flag to what it renders.
//!
//! On a served page every island is first rendered with the page's default state (what the
//! server rendered), so hydration finds exactly the pre-rendered markup; the store's state (the
//! link's) arrives in the first effect. An island off screen does not re-render on changes; it
//! catches up when it comes near the viewport.

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use super::header::{EmbedBar, Header};
use super::lesson::widget_view;
use super::share::WidgetLink;
use super::teach::prediction::Prediction;
use super::teach::quiz::Quiz;
use super::url_notice::UrlNotice;
use super::{Live, Site};
use crate::i18n::{Lang, T};
use crate::model::teach::{Inputs, PredictionId};
use crate::model::widgets::Widget;
use crate::state::{Lesson, Store};

/// What a root renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The whole page (single-file lesson, tests).
    Page,
    Header,
    Notice,
    EmbedBar,
    Widget(Widget),
    /// A "predict, then reveal" prompt in the prose.
    Prediction(PredictionId),
    /// The closing check.
    Quiz,
}

impl Part {
    /// The id of the island's element (`data-island`).
    pub fn id(self) -> String {
        match self {
            Part::Page => "page".into(),
            Part::Header => "header".into(),
            Part::Notice => "notice".into(),
            Part::EmbedBar => "embed-bar".into(),
            Part::Widget(w) => format!("widget-{}", w.id()),
            Part::Prediction(p) => format!("prediction-{}", p.id()),
            Part::Quiz => "quiz".into(),
        }
    }

    pub fn from_id(id: &str) -> Option<Part> {
        match id {
            "page" => Some(Part::Page),
            "header" => Some(Part::Header),
            "notice" => Some(Part::Notice),
            "embed-bar" => Some(Part::EmbedBar),
            "quiz" => Some(Part::Quiz),
            _ => id
                .strip_prefix("widget-")
                .and_then(Widget::from_id)
                .map(Part::Widget)
                .or_else(|| {
                    id.strip_prefix("prediction-")
                        .and_then(PredictionId::parse)
                        .map(Part::Prediction)
                }),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    pub store: Store,
    /// The state the server rendered this part in.
    pub initial: Rc<Lesson>,
    pub site: Site,
    pub part: Part,
}

/// Renders one part from a state: the same function on the server and in the browser.
pub fn part_view(part: Part, lesson: &Lesson, live: bool) -> Html {
    match part {
        Part::Page => whole_page(lesson),
        Part::Header => html! { <Header url={lesson.url.clone()} /> },
        Part::Notice => html! {
            <UrlNotice ignored={lesson.ignored.clone()} open={lesson.notice_open} />
        },
        Part::EmbedBar => html! { <EmbedBar url={lesson.url.clone()} /> },
        Part::Prediction(p) => live_part(
            lesson.lang,
            live,
            html! {
                <Prediction id={p} inputs={prediction_inputs(p, lesson)} />
            },
        ),
        Part::Quiz => live_part(lesson.lang, live, html! { <Quiz /> }),
        Part::Widget(w) => html! {
            <>
                <fieldset class="widget-body" disabled={!live}>
                    { widget_view(w, lesson) }
                    // Embedded, the widget already links to the full lesson.
                    if lesson.url.embed.is_none() {
                        <WidgetLink widget={w} url={lesson.url.clone()} />
                    }
                </fieldset>
                if !live {
                    <p class="loading-hint" role="status">{ T::LoadingInteractive.get(lesson.lang) }</p>
                }
            </>
        },
    }
}

/// The whole page, rendered in place: the single-file lesson (and tests) only.
#[cfg(not(any(feature = "pages-en", feature = "pages-zh")))]
fn whole_page(lesson: &Lesson) -> Html {
    use super::lesson::Page;
    html! { <Page lang={lesson.lang} embed={lesson.url.embed} /> }
}

/// A served page's wasm never renders the whole page (it is pre-rendered), so the prose
/// components stay out of it.
#[cfg(any(feature = "pages-en", feature = "pages-zh"))]
fn whole_page(_: &Lesson) -> Html {
    Html::default()
}

/// What a prompt's answer reads from the lesson: only the prompts that follow the lab or the
/// holdings basis get the live values, so the others never re-render.
fn prediction_inputs(p: PredictionId, lesson: &Lesson) -> Inputs {
    if !p.follows_lesson() {
        return Inputs::default();
    }
    let u = &lesson.url;
    Inputs {
        tenor_years: u.tenor_years,
        coupon_pct: u.coupon_pct,
        yield_pct: u.yield_pct,
        shock_bp: u.shock_bp,
        boj_basis: u.boj_basis,
    }
}

/// A part whose controls wait for the wasm: disabled, with a note, until it is live.
fn live_part(lang: Lang, live: bool, body: Html) -> Html {
    html! {
        <>
            <fieldset class="widget-body" disabled={!live}>{ body }</fieldset>
            if !live {
                <p class="loading-hint" role="status">{ T::LoadingInteractive.get(lang) }</p>
            }
        </>
    }
}

#[function_component(Root)]
pub fn root(props: &RootProps) -> Html {
    crate::counted!("Root");
    let state = use_state(|| props.initial.clone());
    let live = use_state(|| false);
    let anchor = use_node_ref();
    {
        let (store, state, live, anchor) = (
            props.store.clone(),
            state.clone(),
            live.clone(),
            anchor.clone(),
        );
        let deferrable = props.part != Part::Page;
        use_effect_with((), move |_| {
            // Near the viewport (or not deferrable): apply changes at once; else on arrival.
            let near = Rc::new(Cell::new(true));
            let behind = Rc::new(Cell::new(false));
            let subscription = {
                let (state, near, behind, anchor) =
                    (state.clone(), near.clone(), behind.clone(), anchor.clone());
                store.subscribe(Callback::from(move |next: Rc<Lesson>| {
                    // Printing shows every island as it stands, seen or not.
                    if near.get() || next.printing {
                        state.set(next);
                    } else if !behind.replace(true) {
                        // Marked on the island (once), so a test or a reader's tools can tell.
                        if let Some(host) = host_of(&anchor) {
                            let _ = host.set_attribute("data-behind", "");
                        }
                    }
                }))
            };
            let interaction = if deferrable {
                watch_interaction(
                    &anchor,
                    near.clone(),
                    behind.clone(),
                    state.clone(),
                    store.clone(),
                )
            } else {
                Vec::new()
            };
            let observer = deferrable
                .then(|| watch_nearness(&anchor, near, behind, state.clone(), store.clone()))
                .flatten();
            let now = store.get();
            if now != *state {
                state.set(now);
            }
            live.set(true);
            // Marked on the island, for tests and a reader's tools: it answers now.
            if let Some(host) = host_of(&anchor) {
                let _ = host.set_attribute("data-live", "");
            }
            move || {
                drop(subscription);
                drop(interaction);
                if let Some((obs, closure)) = observer {
                    obs.disconnect();
                    drop(closure);
                }
            }
        });
    }
    // Caught up with the store: the island is no longer behind.
    {
        let (store, anchor) = (props.store.clone(), anchor.clone());
        use_effect_with(state.clone(), move |state| {
            if **state == store.get() {
                if let Some(host) = host_of(&anchor) {
                    let _ = host.remove_attribute("data-behind");
                }
            }
        });
    }
    let lesson: &Lesson = &state;
    let body = part_view(props.part, lesson, *live);
    // The whole page hands each part the state through context (see `lesson::InlinePart`).
    let body = if props.part == Part::Page {
        html! { <ContextProvider<Rc<Lesson>> context={Rc::clone(&state)}>{ body }</ContextProvider<Rc<Lesson>>> }
    } else {
        body
    };
    html! {
        <ContextProvider<Lang> context={lesson.lang}>
            <ContextProvider<Store> context={props.store.clone()}>
                <ContextProvider<Site> context={props.site.clone()}>
                    <ContextProvider<Live> context={Live(*live)}>
                        <span ref={anchor} class="island-anchor" hidden=true></span>
                        { body }
                    </ContextProvider<Live>>
                </ContextProvider<Site>>
            </ContextProvider<Store>>
        </ContextProvider<Lang>>
    }
}

/// The island's element: the parent of the root's hidden anchor.
fn host_of(anchor: &NodeRef) -> Option<web_sys::Element> {
    anchor
        .cast::<web_sys::Element>()
        .and_then(|a| a.parent_element())
}

type Observer = (
    web_sys::IntersectionObserver,
    Closure<dyn FnMut(js_sys::Array)>,
);

/// Watches whether the island is near the viewport; on arrival it catches up with
/// the store if it fell behind.
fn watch_nearness(
    anchor: &NodeRef,
    near: Rc<Cell<bool>>,
    behind: Rc<Cell<bool>>,
    state: UseStateHandle<Rc<Lesson>>,
    store: Store,
) -> Option<Observer> {
    // The anchor is hidden; its parent, the island element, is what scrolls.
    let target = host_of(anchor)?;
    let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        let Some(entry) = entries
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<web_sys::IntersectionObserverEntry>().ok())
        else {
            return;
        };
        near.set(entry.is_intersecting());
        if entry.is_intersecting() && behind.replace(false) {
            state.set(store.get());
        }
    });
    let options = web_sys::IntersectionObserverInit::new();
    // A quarter screen ahead: enough to catch up before the island is seen.
    options.set_root_margin("25% 0px");
    let observer = web_sys::IntersectionObserver::new_with_options(
        on_change.as_ref().unchecked_ref(),
        &options,
    )
    .ok()?;
    observer.observe(&target);
    Some((observer, on_change))
}

/// A reader working a control inside the island is looking at it, whatever the observer has
/// reported so far (a jump to a control can act before the next intersection report).
fn watch_interaction(
    anchor: &NodeRef,
    near: Rc<Cell<bool>>,
    behind: Rc<Cell<bool>>,
    state: UseStateHandle<Rc<Lesson>>,
    store: Store,
) -> Vec<gloo::events::EventListener> {
    let Some(host) = host_of(anchor) else {
        return Vec::new();
    };
    // Capture phase: this runs before the control's own handler sends its action.
    let options = gloo::events::EventListenerOptions::run_in_capture_phase();
    [
        "focusin",
        "pointerdown",
        "input",
        "change",
        "click",
        "keydown",
    ]
    .into_iter()
    .map(|kind| {
        let (near, behind, state, store) =
            (near.clone(), behind.clone(), state.clone(), store.clone());
        gloo::events::EventListener::new_with_options(&host, kind, options, move |_| {
            near.set(true);
            if behind.replace(false) {
                state.set(store.get());
            }
        })
    })
    .collect()
}

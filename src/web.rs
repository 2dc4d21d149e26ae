//! What only the browser entry point does: read the page and the link, start the shared store,
//! hydrate the pre-rendered islands one by one (nearest the viewport first) or, in the
//! single-file lesson, render the page in place; and keep the address bar, `<html lang>`, an
//! embedding host and the page's static links in step with the store.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, Window};
use yew::Callback;

use crate::components::app::{App, AppProps};
use crate::components::root::{Part, Root, RootProps};
use crate::components::{Mode, Site};
use crate::i18n::{Lang, T};
use crate::model::auction::AuctionId;
use crate::model::risk::RiskRowId;
use crate::model::widgets::Widget;
use crate::state::{Action, Lesson, Store, Subscription};

/// Turns a panic into a visible message on the page (in both languages) and the console, so a
/// failure never leaves a blank page. A panic in wasm stops the whole app, so the message says
/// to reload.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Selloff Lab stopped: {info}").into());
        show_failure();
    }));
}

/// Puts the failure message at the top of the page, once.
pub fn show_failure() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    if doc.get_element_by_id("panic-message").is_some() {
        return;
    }
    if let Ok(el) = doc.create_element("div") {
        el.set_id("panic-message");
        let _ = el.set_attribute("role", "alert");
        let _ = el.set_attribute("data-testid", "panic-message");
        // Both languages, whatever the page's wasm holds (`get` reads only its own).
        let text = format!("{}\n{}", T::PanicMessage.zh(), T::PanicMessage.en());
        el.set_text_content(Some(&text));
        let _ = body.prepend_with_node_1(&el);
    }
}

/// What the page says about itself on `#app`: `data-mode` (`pages` or `single`), `data-base`
/// (the way to the site root) and `data-embed` (the widget of an embed page); its language is
/// `<html lang>`.
pub struct PageConfig {
    pub site: Site,
    pub lang: Lang,
    pub embed: Option<Widget>,
}

pub fn read_config(doc: &Document, root: &Element) -> PageConfig {
    let attr = |name: &str| root.get_attribute(name).unwrap_or_default();
    let mode = if attr("data-mode") == "pages" {
        Mode::Pages
    } else {
        Mode::SingleFile
    };
    let lang = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or_default();
    PageConfig {
        site: Site {
            mode,
            base: attr("data-base").into(),
        },
        lang,
        embed: Widget::from_id(&attr("data-embed")),
    }
}

fn browser_languages(window: &Window) -> Vec<String> {
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

pub fn start() {
    install_panic_hook();
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(doc) = window.document() else { return };
    let Some(root) = doc.get_element_by_id("app") else {
        return;
    };
    let query = window.location().search().unwrap_or_default();
    let languages = browser_languages(&window);
    let config = read_config(&doc, &root);
    match config.site.mode {
        Mode::SingleFile => {
            let store = Store::new(Lesson::from_link(&query, &languages));
            let connections = connect(&store, &config.site);
            yew::Renderer::<App>::with_root_and_props(
                root,
                AppProps {
                    store,
                    site: config.site,
                },
            )
            .render();
            std::mem::forget(connections);
        }
        Mode::Pages => {
            // Islands hydrate from the page's own default state (what the server rendered); the
            // link's state is in the store already and reaches each island right after.
            let initial = Rc::new(Lesson::page_default(config.lang, config.embed));
            let mut link = Lesson::from_link(&query, &languages);
            link.lang = config.lang;
            link.url.embed = config.embed;
            let store = Store::new((*initial).clone());
            let row = link.url.risk_row;
            store.dispatch(Action::Replace(Box::new(link)));
            // A link to a risk-table row lands on it (the row is in the static page already),
            // unless it names a place of its own or the page is embedded.
            if let (Some(row), None) = (row, config.embed) {
                if window.location().hash().unwrap_or_default().is_empty() {
                    if let Some(el) = doc.get_element_by_id(&format!("risk-row-{}", row.id())) {
                        el.scroll_into_view();
                    }
                }
            }
            let connections = connect(&store, &config.site);
            std::mem::forget(connections);
            if config.embed.is_none() {
                land_on_fragment();
            }
            // The first island waits for a task of its own too: the module's start stays short.
            let doc = doc.clone();
            gloo::timers::callback::Timeout::new(0, move || {
                hydrate_islands(&doc, store, initial, config.site)
            })
            .forget();
        }
    }
    if let Some(el) = doc.document_element() {
        let _ = el.class_list().add_1("wasm");
    }
}

/// An observer and the closure it calls, kept alive together.
type Observer = (
    web_sys::IntersectionObserver,
    Closure<dyn FnMut(js_sys::Array)>,
);

/// Hydrates the page's islands: those near the viewport at once, one per task so no task blocks
/// the page for long; the others when they come near (or all at once before printing).
struct Hydrator {
    store: Store,
    initial: Rc<Lesson>,
    site: Site,
    /// Islands due now, nearest first.
    due: RefCell<VecDeque<(Element, Part)>>,
    /// Islands further away, each with the section it sits in, hydrated when that section
    /// comes near. The section is what is watched: an element inside a section the browser
    /// skips (content-visibility) is not reliably reported as it scrolls into view.
    waiting: RefCell<Vec<(Element, Part, Element)>>,
    scheduled: std::cell::Cell<bool>,
    observer: RefCell<Option<Observer>>,
}

thread_local! {
    static HYDRATOR: RefCell<Option<Rc<Hydrator>>> = const { RefCell::new(None) };
}

fn hydrate_islands(doc: &Document, store: Store, initial: Rc<Lesson>, site: Site) {
    let Ok(list) = doc.query_selector_all("[data-island]") else {
        return;
    };
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    let mut islands: Vec<(f64, Element, Part, Element)> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|el| {
            let part = Part::from_id(&el.get_attribute("data-island")?)?;
            // Measure the island's section, never the island itself: inside a section the
            // browser skips (content-visibility), measuring would force its layout.
            let outer = el
                .closest(".lesson-section, main")
                .ok()
                .flatten()
                .unwrap_or_else(|| el.clone());
            let r = outer.get_bounding_client_rect();
            let distance = if r.bottom() < 0.0 {
                -r.bottom()
            } else {
                (r.top() - height).max(0.0)
            };
            Some((distance, el, part, outer))
        })
        .collect();
    islands.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (near, far): (Vec<_>, Vec<_>) = islands.into_iter().partition(|i| i.0 <= height);
    let hydrator = Rc::new(Hydrator {
        store,
        initial,
        site,
        due: RefCell::new(near.into_iter().map(|(_, el, p, _)| (el, p)).collect()),
        waiting: RefCell::new(far.into_iter().map(|(_, el, p, o)| (el, p, o)).collect()),
        scheduled: std::cell::Cell::new(false),
        observer: RefCell::new(None),
    });
    hydrator.watch_waiting();
    hydrator.schedule();
    HYDRATOR.with(|h| *h.borrow_mut() = Some(hydrator));
}

/// Hydrates every island not yet hydrated, now (before printing, so the handout shows the
/// lesson's state everywhere).
pub fn hydrate_all_now() {
    let hydrator = HYDRATOR.with(|h| h.borrow().clone());
    if let Some(h) = hydrator {
        let waiting: Vec<_> = h
            .waiting
            .borrow_mut()
            .drain(..)
            .map(|(el, part, _)| (el, part))
            .collect();
        h.due.borrow_mut().extend(waiting);
        while let Some((el, part)) = h.due.borrow_mut().pop_front() {
            h.hydrate(el, part);
        }
    }
}

impl Hydrator {
    /// Hydrates the next due island in a task of its own.
    fn schedule(self: &Rc<Self>) {
        if self.scheduled.get() || self.due.borrow().is_empty() {
            return;
        }
        self.scheduled.set(true);
        let this = self.clone();
        gloo::timers::callback::Timeout::new(0, move || {
            this.scheduled.set(false);
            let next = this.due.borrow_mut().pop_front();
            if let Some((el, part)) = next {
                this.hydrate(el, part);
            }
            this.schedule();
        })
        .forget();
    }

    fn hydrate(&self, el: Element, part: Part) {
        if el.has_attribute("data-hydrated") {
            return;
        }
        let _ = el.set_attribute("data-hydrated", "");
        let props = RootProps {
            store: self.store.clone(),
            initial: self.initial.clone(),
            site: self.site.clone(),
            part,
        };
        // Each island's hydration shows in a performance trace by name.
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark(&format!("hydrate {}", part.id()));
        }
        yew::Renderer::<Root>::with_root_and_props(el, props).hydrate();
    }

    /// Moves far islands to the due queue as they come within a screen of the viewport.
    fn watch_waiting(self: &Rc<Self>) {
        if self.waiting.borrow().is_empty() {
            return;
        }
        let this = Rc::downgrade(self);
        let on_change = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Some(this) = this.upgrade() else { return };
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<web_sys::IntersectionObserverEntry>() else {
                    continue;
                };
                if !entry.is_intersecting() {
                    continue;
                }
                let target = entry.target();
                if let Some((obs, _)) = &*this.observer.borrow() {
                    obs.unobserve(&target);
                }
                // Every island of the section that came near, in page order.
                let mut waiting = this.waiting.borrow_mut();
                let (now, later): (Vec<_>, Vec<_>) = waiting
                    .drain(..)
                    .partition(|(_, _, outer)| *outer == target);
                *waiting = later;
                this.due
                    .borrow_mut()
                    .extend(now.into_iter().map(|(el, part, _)| (el, part)));
            }
            this.schedule();
        });
        let options = web_sys::IntersectionObserverInit::new();
        options.set_root_margin("100% 0px");
        if let Ok(obs) = web_sys::IntersectionObserver::new_with_options(
            on_change.as_ref().unchecked_ref(),
            &options,
        ) {
            for (_, _, outer) in self.waiting.borrow().iter() {
                // Observing a section twice is harmless: the browser keeps one entry.
                obs.observe(outer);
            }
            *self.observer.borrow_mut() = Some((obs, on_change));
        }
    }
}

/// Everything the page keeps in step with the store; dropping it disconnects.
pub struct Connections {
    _subscriptions: Vec<Subscription>,
    _listeners: Vec<gloo::events::EventListener>,
    _resize: Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)>,
}

/// How long the address bar waits after the last change before it is rewritten.
const LINK_DELAY_MS: u32 = 150;

/// Connects the page to the store: the address bar follows the state, `<html lang>` and the
/// title follow the language, static links in the prose act on the store, and an embedded
/// widget tells its host its height.
pub fn connect(store: &Store, site: &Site) -> Connections {
    let mut subscriptions = Vec::new();
    let mut listeners = Vec::new();

    // The address bar follows the state, a moment after the last change (a dragged slider would
    // otherwise rewrite it dozens of times a second). The fragment stays.
    let address = crate::settle::Settle::new(LINK_DELAY_MS);
    subscriptions.push(store.subscribe(Callback::from(move |lesson: Rc<Lesson>| {
        let write = move || {
            // Built when the timer fires, not on every move of a slider.
            let query = format!("?{}", lesson.url.to_query());
            let Some(w) = web_sys::window() else { return };
            let loc = w.location();
            if loc.search().unwrap_or_default() == query {
                return;
            }
            let hash = loc.hash().unwrap_or_default();
            if let Ok(history) = w.history() {
                let _ = history.replace_state_with_url(
                    &JsValue::NULL,
                    "",
                    Some(&format!("{query}{hash}")),
                );
            }
        };
        address.after_quiet(write);
    })));

    // In the single file the language changes in place: <html lang> and the title follow it
    // (only on a change of language: setting `lang` on the root re-styles the whole document).
    if site.mode == Mode::SingleFile {
        let shown = Rc::new(RefCell::new(None::<Lang>));
        let apply = move |lang: Lang| {
            if *shown.borrow() == Some(lang) {
                return;
            }
            *shown.borrow_mut() = Some(lang);
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                if let Some(root) = doc.document_element() {
                    let _ = root.set_attribute("lang", lang.tag());
                }
                doc.set_title(T::PageTitle.get(lang));
            }
        };
        apply(store.get().lang);
        subscriptions.push(store.subscribe(Callback::from(move |l: Rc<Lesson>| apply(l.lang))));
    }

    // Static links in the prose: load an auction, highlight a risk-table row.
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        let store = store.clone();
        listeners.push(gloo::events::EventListener::new(&doc, "click", move |e| {
            let Some(link) = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| {
                    t.closest("[data-load-auction], [data-risk-row]")
                        .ok()
                        .flatten()
                })
            else {
                return;
            };
            if let Some(a) = link
                .get_attribute("data-load-auction")
                .and_then(|id| AuctionId::parse(&id))
            {
                store.dispatch(Action::SetAuction(a));
            }
            if let Some(row) = link
                .get_attribute("data-risk-row")
                .and_then(|id| RiskRowId::parse(&id))
            {
                store.dispatch(Action::HighlightRiskRow(Some(row)));
            }
        }));
    }

    listeners.extend(print_handout(store));
    listeners.extend(in_page_jumps(store, site));
    listeners.extend(history_moves(store, site));

    Connections {
        _subscriptions: subscriptions,
        _listeners: listeners,
        _resize: store.get().url.embed.and_then(report_height),
    }
}

/// In-page links (contents, "see the risk table", evidence) go through `scrollIntoView`, which
/// lands exactly even where sections not yet shown have only an estimated height; each jump is a
/// new history entry, and a button offers the way back to where the reader was.
///
/// In an embed nothing scrolls (it would scroll the host page too): a link to a place outside the
/// widget opens the full lesson there, in a new tab.
fn in_page_jumps(store: &Store, site: &Site) -> Vec<gloo::events::EventListener> {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    let (store, site) = (store.clone(), site.clone());
    let jump = gloo::events::EventListener::new_with_options(&doc, "click", options, move |e| {
        let Some(link) = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|t| t.closest("a[href^='#']").ok().flatten())
        else {
            return;
        };
        let href = link.get_attribute("href").unwrap_or_default();
        let Some(w) = web_sys::window() else { return };
        let target = w.document().and_then(|d| d.get_element_by_id(&href[1..]));
        let lesson = store.get();
        if lesson.url.embed.is_some() {
            e.prevent_default();
            if target.is_none() {
                let full =
                    crate::components::header::full_lesson_href(&site, &lesson.url, lesson.lang);
                let _ = w.open_with_url_and_target_and_features(
                    &format!("{full}{href}"),
                    "_blank",
                    "noopener",
                );
            }
            return;
        }
        let Some(target) = target else { return };
        e.prevent_default();
        remember_return_focus(&link);
        let loc = w.location();
        if let Ok(history) = w.history() {
            let url = format!("{}{href}", loc.search().unwrap_or_default());
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&url));
        }
        land_on(&target);
        show_back_button(true);
    });
    let back = doc.get_element_by_id("back-to").map(|button| {
        gloo::events::EventListener::new(&button, "click", |_| {
            if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = history.back();
            }
        })
    });
    std::iter::once(jump).chain(back).collect()
}

thread_local! {
    /// Where the keyboard goes back to after "back to where you were" (or the browser's Back).
    static RETURN_FOCUS: RefCell<Option<web_sys::HtmlElement>> = const { RefCell::new(None) };
}

/// Before a jump: the link to return the keyboard to, or, for a link inside a glossary popover,
/// the term that opened it. The popover closes: left open it stayed over the glossary it had
/// jumped to, and came back with the reader.
fn remember_return_focus(link: &Element) {
    let doc = link.owner_document();
    let from = match link.closest("[popover]").ok().flatten() {
        Some(pop) => {
            if let Ok(pop) = pop.clone().dyn_into::<web_sys::HtmlElement>() {
                let _ = pop.hide_popover();
            }
            doc.and_then(|d| {
                d.query_selector(&format!("button.term[popovertarget='{}']", pop.id()))
                    .ok()
                    .flatten()
            })
        }
        None => Some(link.clone()),
    };
    RETURN_FOCUS.with(|r| *r.borrow_mut() = from.and_then(|e| e.dyn_into().ok()));
}

/// After going back: the keyboard returns to what took the reader away, without scrolling (the
/// browser puts the page back where it was).
fn restore_return_focus() {
    if let Some(el) = RETURN_FOCUS.with(|r| r.borrow_mut().take()) {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// The "back to where you were" button, offered after an in-page jump.
fn show_back_button(on: bool) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("back-to"))
    {
        if on {
            let _ = el.remove_attribute("hidden");
        } else {
            let _ = el.set_attribute("hidden", "");
        }
    }
}

/// Back and Forward: the page takes the state its address shows (the page's own language and
/// widget stay; a notice is not raised again).
fn history_moves(store: &Store, site: &Site) -> Vec<gloo::events::EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let (store, mode) = (store.clone(), site.mode);
    vec![gloo::events::EventListener::new(
        &window,
        "popstate",
        move |_| {
            let Some(w) = web_sys::window() else { return };
            let query = w.location().search().unwrap_or_default();
            let now = store.get();
            let mut next = Lesson::from_link(&query, &browser_languages(&w));
            if mode == Mode::Pages {
                next.lang = now.lang;
                next.url.embed = now.url.embed;
            }
            next.ignored.clear();
            next.notice_open = false;
            store.dispatch(Action::Replace(Box::new(next)));
            show_back_button(false);
            restore_return_focus();
        },
    )]
}

/// Scrolls an element into view and moves the keyboard there too.
fn land_on(target: &Element) {
    target.scroll_into_view();
    if let Ok(el) = target.clone().dyn_into::<web_sys::HtmlElement>() {
        if !el.has_attribute("tabindex") {
            let _ = el.set_attribute("tabindex", "-1");
        }
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = el.focus_with_options(&options);
    }
}

/// The link's fragment, once the page has started: the browser's own jump at load can land
/// short where sections not yet shown have only an estimated height.
pub fn land_on_fragment() {
    let Some(w) = web_sys::window() else { return };
    let hash = w.location().hash().unwrap_or_default();
    if hash.len() > 1 {
        if let Some(target) = w.document().and_then(|d| d.get_element_by_id(&hash[1..])) {
            target.scroll_into_view();
        }
    }
}

thread_local! {
    /// Between beforeprint and afterprint: charts that start now draw at once, on screen or not.
    pub static PRINTING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the page is being printed (charts mounted now draw at once).
pub fn printing() -> bool {
    PRINTING.with(|p| p.get())
}

/// Before printing: every island hydrated, charts drawn as they stand, evidence shown (the source
/// notes, the footer and the worksheet are static/print.js's, which works before the wasm loads).
fn print_handout(store: &Store) -> Vec<gloo::events::EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let before = {
        let store = store.clone();
        gloo::events::EventListener::new(&window, "beforeprint", move |_| {
            PRINTING.with(|p| p.set(true));
            hydrate_all_now();
            store.dispatch(Action::SetPrinting(true));
        })
    };
    let store = store.clone();
    let after = gloo::events::EventListener::new(&window, "afterprint", move |_| {
        PRINTING.with(|p| p.set(false));
        store.dispatch(Action::SetPrinting(false));
    });
    vec![before, after]
}

/// In an embed, tells the host page the widget's own height whenever it changes, growing and
/// shrinking (the page's scroll height never drops below the frame's).
fn report_height(widget: Widget) -> Option<(web_sys::ResizeObserver, Closure<dyn FnMut()>)> {
    let doc = web_sys::window()?.document()?;
    let main = doc.query_selector("main").ok()??;
    let id = widget.id();
    let post = {
        let main = main.clone();
        Closure::<dyn FnMut()>::new(move || {
            let Some(w) = web_sys::window() else { return };
            let rect = main.get_bounding_client_rect();
            let scroll = w.scroll_y().unwrap_or(0.0);
            let height = (rect.bottom() + scroll).ceil() + 8.0;
            let msg = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&msg, &"type".into(), &"selloff-lab:height".into());
            let _ = js_sys::Reflect::set(&msg, &"widget".into(), &id.into());
            let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
            if let Ok(Some(parent)) = w.parent() {
                let _ = parent.post_message(&msg, "*");
            }
        })
    };
    let obs = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()).ok()?;
    obs.observe(&main);
    Some((obs, post))
}

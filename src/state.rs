//! The one shared lesson state: a yield shock set anywhere shows everywhere it matters. It is
//! the link state plus what only lives on the page, held in a [`Store`] that every Yew root
//! subscribes to: the whole page in the single-file lesson, or each pre-rendered island of the
//! served pages. Roots hand each widget only the fields it reads, so a widget whose inputs did
//! not change is skipped.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::Callback;

use crate::i18n::Lang;
use crate::model::auction::AuctionId;
use crate::model::fiscal::held;
use crate::model::holdings::BojBasis;
use crate::model::link_params::{Num, Opt};
use crate::model::scenarios::{BojPath, BojResponse, FedResponse};
use crate::model::url_state::{self, Ignored, JgbRange, LabView, RiskView, UrlState, SHOCK_RANGE};

#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// Everything a link can carry.
    pub url: UrlState,
    /// The language in use: from the link, else from the browser.
    pub lang: Lang,
    /// What the opening link could not use.
    pub ignored: Vec<Ignored>,
    pub notice_open: bool,
    /// The page is being printed: what opens on demand (evidence) is shown for the handout.
    pub printing: bool,
}

impl Lesson {
    /// The state a pre-rendered page is rendered in: the defaults, in the page's language, showing
    /// one widget or the whole lesson. Hydration starts from exactly this; the link's own state
    /// is applied right after.
    pub fn page_default(lang: Lang, embed: Option<crate::model::widgets::Widget>) -> Lesson {
        Lesson {
            url: UrlState {
                embed,
                ..UrlState::default()
            },
            lang,
            ignored: Vec::new(),
            notice_open: false,
            printing: false,
        }
    }

    /// The state a page opens with, from its query string and the browser's languages.
    pub fn from_link(query: &str, browser_languages: &[String]) -> Lesson {
        let parsed = url_state::parse(query);
        let lang = parsed
            .state
            .lang
            .unwrap_or_else(|| Lang::from_browser(browser_languages));
        Lesson {
            notice_open: !parsed.ignored.is_empty(),
            url: parsed.state,
            lang,
            ignored: parsed.ignored,
            printing: false,
        }
    }
}

#[derive(Debug)]
pub enum Action {
    /// Everything an opening link (or Back and Forward) sets at once.
    Replace(Box<Lesson>),
    SetLang(Lang),
    /// A bond from the presets or the custom fields: tenor (years), coupon and yield (%).
    SetBond {
        tenor_years: f64,
        coupon_pct: f64,
        yield_pct: f64,
    },
    /// Any declared numeric parameter, clamped and stepped by its declaration.
    SetNumber(Num, f64),
    /// A parameter that stays unset until the reader changes it.
    SetOptional(Opt, f64),
    SetShock(i32),
    /// Move the shock by a step from wherever it is now (keyboard), so quick presses never act
    /// on a value from an older render.
    NudgeShock(i32),
    SetLabView(LabView),
    SetRisk(RiskView),
    HighlightRiskRow(Option<crate::model::risk::RiskRowId>),
    SetJgbRange(JgbRange),
    SetBojBasis(BojBasis),
    /// Load an auction: its calibrated book, with the reader's changes cleared.
    SetAuction(AuctionId),
    /// Start or stop the reader's own yield path (starting from the held shock).
    UseOwnPath(bool),
    SetPathYear(usize, f64),
    SetBojPath(BojPath),
    SetBojResponse(BojResponse),
    SetFedResponse(FedResponse),
    /// Switch one JGB maturity on or off (the last one stays on).
    ToggleJgbTenor(usize),
    DismissNotice,
    SetPrinting(bool),
}

impl Action {
    /// True when `next` sets what this action sets, so a frame need only apply `next`: the
    /// same kind of action on the same parameter (demand and dispersion typed in one frame
    /// are two changes, not one).
    fn replaces(&self, next: &Action) -> bool {
        match (self, next) {
            (Action::SetNumber(a, _), Action::SetNumber(b, _)) => a == b,
            (Action::SetOptional(a, _), Action::SetOptional(b, _)) => a == b,
            (Action::SetPathYear(a, _), Action::SetPathYear(b, _)) => a == b,
            _ => std::mem::discriminant(self) == std::mem::discriminant(next),
        }
    }
}

fn clamp(x: f64, (lo, hi): (f64, f64)) -> f64 {
    if x.is_finite() {
        x.clamp(lo, hi)
    } else {
        lo.max(0.0).min(hi)
    }
}

impl Lesson {
    /// The state after an action; `None` when nothing changes (so nothing re-renders).
    pub fn reduce(&self, action: Action) -> Option<Lesson> {
        let mut next = self.clone();
        let u = &mut next.url;
        match action {
            Action::Replace(lesson) => next = *lesson,
            Action::SetLang(lang) => {
                next.lang = lang;
                next.url.lang = Some(lang);
            }
            Action::SetBond {
                tenor_years,
                coupon_pct,
                yield_pct,
            } => {
                Num::Tenor.set(u, tenor_years);
                Num::Coupon.set(u, coupon_pct);
                Num::Yield.set(u, yield_pct);
            }
            Action::SetNumber(p, x) => p.set(u, x),
            Action::SetOptional(p, x) => p.set(u, Some(x)),
            Action::SetShock(s) => u.shock_bp = s.clamp(SHOCK_RANGE.0, SHOCK_RANGE.1),
            Action::NudgeShock(d) => {
                u.shock_bp = u
                    .shock_bp
                    .saturating_add(d)
                    .clamp(SHOCK_RANGE.0, SHOCK_RANGE.1)
            }
            Action::SetLabView(v) => u.lab_view = v,
            Action::SetRisk(r) => u.risk = r,
            Action::HighlightRiskRow(row) => u.risk_row = row,
            Action::SetJgbRange(r) => u.jgb_range = r,
            Action::SetBojBasis(b) => u.boj_basis = b,
            Action::SetAuction(a) => {
                u.auction = a;
                u.auction_demand = None;
                u.auction_dispersion = None;
                u.auction_wi = None;
            }
            Action::UseOwnPath(on) => {
                u.fiscal_path = on.then(|| held(f64::from(u.shock_bp)));
            }
            Action::SetPathYear(i, v) => {
                let mut path = u.fiscal_path.unwrap_or_else(|| held(f64::from(u.shock_bp)));
                if let Some(slot) = path.get_mut(i) {
                    *slot = clamp(v, (f64::from(SHOCK_RANGE.0), f64::from(SHOCK_RANGE.1))).round();
                }
                u.fiscal_path = Some(path);
            }
            Action::SetBojPath(p) => u.boj_path = p,
            Action::SetBojResponse(r) => u.boj_response = r,
            Action::SetFedResponse(r) => u.fed_response = r,
            Action::ToggleJgbTenor(i) => {
                if let Some(flag) = u.jgb_tenors.get_mut(i) {
                    *flag = !*flag;
                }
                if !u.jgb_tenors.iter().any(|f| *f) {
                    u.jgb_tenors = self.url.jgb_tenors;
                }
            }
            Action::DismissNotice => next.notice_open = false,
            Action::SetPrinting(on) => next.printing = on,
        }
        (next != *self).then_some(next)
    }
}

/// The shared state and who listens to it. Cloning shares it; two handles are equal when they
/// share one state, so holding a store in props never triggers a re-render by itself.
#[derive(Clone)]
pub struct Store(Rc<StoreInner>);

struct StoreInner {
    state: RefCell<Rc<Lesson>>,
    listeners: RefCell<Vec<(u64, Callback<Rc<Lesson>>)>>,
    next_id: Cell<u64>,
    /// A slider's latest value waiting for the next frame (only the last one per frame counts).
    pending: RefCell<Option<Action>>,
    frame: RefCell<Option<gloo::render::AnimationFrame>>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Store").field(&self.get()).finish()
    }
}

/// Keeps a listener attached; dropping it detaches.
pub struct Subscription {
    store: std::rc::Weak<StoreInner>,
    id: u64,
}

impl Drop for Subscription {
    fn drop(&mut self) {
        if let Some(inner) = self.store.upgrade() {
            inner
                .listeners
                .borrow_mut()
                .retain(|(id, _)| *id != self.id);
        }
    }
}

impl Store {
    pub fn new(lesson: Lesson) -> Store {
        Store(Rc::new(StoreInner {
            state: RefCell::new(Rc::new(lesson)),
            listeners: RefCell::new(Vec::new()),
            next_id: Cell::new(0),
            pending: RefCell::new(None),
            frame: RefCell::new(None),
        }))
    }

    /// The state now.
    pub fn get(&self) -> Rc<Lesson> {
        self.0.state.borrow().clone()
    }

    /// Applies an action and tells every listener, unless nothing changed. A slider value still
    /// waiting for its frame goes first, so actions keep their order.
    pub fn dispatch(&self, action: Action) {
        self.flush();
        self.apply(action);
    }

    /// A slider's value. The first since the last frame applies at once, in the input's own task,
    /// so the frame it asks for has only style, layout and paint left to do; later ones wait for
    /// the next frame, where only the last of a kind counts: one update is applied at each frame
    /// at most, besides the one that opened it. (Chromium sends a drag's input once a frame; other
    /// browsers may send several, and then the frame that follows renders twice, not per input.)
    pub fn dispatch_in_frame(&self, action: Action) {
        // No frame asked for means nothing waits (a waiting value always has its frame).
        if self.0.frame.borrow().is_none() {
            self.apply(action);
            self.hold_until_next_frame();
            return;
        }
        let mut pending = self.0.pending.borrow_mut();
        let same_kind = pending.as_ref().is_some_and(|p| p.replaces(&action));
        if let (false, Some(earlier)) = (same_kind, pending.take()) {
            drop(pending);
            self.apply(earlier);
            pending = self.0.pending.borrow_mut();
        }
        *pending = Some(action);
    }

    /// Until the next frame, slider values wait. At that frame the last one waiting is applied,
    /// and values wait again for the frame after; with none waiting, the next applies at once.
    fn hold_until_next_frame(&self) {
        let store = self.clone();
        let frame = gloo::render::request_animation_frame(move |_| {
            store.0.frame.borrow_mut().take();
            let waiting = store.0.pending.borrow_mut().take();
            if let Some(action) = waiting {
                store.apply(action);
                store.hold_until_next_frame();
            }
        });
        *self.0.frame.borrow_mut() = Some(frame);
    }

    /// Applies the slider value waiting for its frame, if any.
    pub fn flush(&self) {
        let pending = self.0.pending.borrow_mut().take();
        if let Some(action) = pending {
            self.apply(action);
        }
    }

    fn apply(&self, action: Action) {
        let next = self.0.state.borrow().reduce(action);
        if let Some(next) = next {
            let next = Rc::new(next);
            *self.0.state.borrow_mut() = next.clone();
            // Listeners may dispatch or subscribe in turn: call them from a copy of the list.
            let listeners: Vec<_> = self
                .0
                .listeners
                .borrow()
                .iter()
                .map(|(_, cb)| cb.clone())
                .collect();
            for cb in listeners {
                cb.emit(next.clone());
            }
        }
    }

    /// Calls `listener` with every new state until the subscription is dropped.
    pub fn subscribe(&self, listener: Callback<Rc<Lesson>>) -> Subscription {
        let id = self.0.next_id.get();
        self.0.next_id.set(id + 1);
        self.0.listeners.borrow_mut().push((id, listener));
        Subscription {
            store: Rc::downgrade(&self.0),
            id,
        }
    }

    /// A callback that sends `make(value)` to the store: the one helper every control uses.
    pub fn callback<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let store = self.clone();
        Callback::from(move |value: T| store.dispatch(make(value)))
    }

    /// Like [`Store::callback`], for a slider: inputs coalesce per frame ([`Store::dispatch_in_frame`]).
    pub fn frame_callback<T: 'static>(&self, make: impl Fn(T) -> Action + 'static) -> Callback<T> {
        let store = self.clone();
        Callback::from(move |value: T| store.dispatch_in_frame(make(value)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_frame_keeps_the_last_value_of_each_parameter() {
        use crate::model::link_params::{Num, Opt};
        let demand = Action::SetOptional(Opt::Demand, 3.0);
        assert!(demand.replaces(&Action::SetOptional(Opt::Demand, 3.5)));
        assert!(!demand.replaces(&Action::SetOptional(Opt::Dispersion, 0.2)));
        assert!(!Action::SetNumber(Num::Cut, 1.0).replaces(&Action::SetNumber(Num::Cut2026, 1.0)));
        assert!(!Action::SetPathYear(1, 0.0).replaces(&Action::SetPathYear(2, 0.0)));
        assert!(Action::SetShock(1).replaces(&Action::SetShock(2)));
    }

    #[test]
    fn link_language_beats_browser_language() {
        let l = Lesson::from_link("?lang=en", &["zh-TW".into()]);
        assert_eq!(l.lang, Lang::En);
        let l = Lesson::from_link("", &["zh-TW".into()]);
        assert_eq!(l.lang, Lang::ZhHant);
        assert_eq!(l.url.lang, None);
    }

    #[test]
    fn reducer_clamps_and_skips_no_ops() {
        let l = Lesson::from_link("", &[]);
        assert_eq!(l.reduce(Action::SetShock(100)), None);
        let moved = l.reduce(Action::SetShock(9999)).unwrap();
        assert_eq!(moved.url.shock_bp, 300);
        let nan = l.reduce(Action::SetNumber(Num::Yield, f64::NAN)).unwrap();
        assert_eq!(nan.url.yield_pct, 0.0);
        assert_eq!(moved.reduce(Action::NudgeShock(25)), None);
        let down = moved.reduce(Action::NudgeShock(-25)).unwrap();
        assert_eq!(down.url.shock_bp, 275);
        let t = l.reduce(Action::SetNumber(Num::Tenor, 7.3)).unwrap();
        assert_eq!(t.url.tenor_years, 7.5);
    }

    #[test]
    fn bad_link_opens_the_notice() {
        let l = Lesson::from_link("?shock=abc", &[]);
        assert!(l.notice_open);
        let closed = l.reduce(Action::DismissNotice).unwrap();
        assert!(!closed.notice_open);
    }

    #[test]
    fn the_store_tells_listeners_of_changes_only_until_they_leave() {
        let store = Store::new(Lesson::from_link("", &[]));
        let seen = Rc::new(Cell::new(0));
        let sub = {
            let seen = seen.clone();
            store.subscribe(Callback::from(move |l: Rc<Lesson>| {
                seen.set(l.url.shock_bp)
            }))
        };
        store.dispatch(Action::SetShock(42));
        assert_eq!(seen.get(), 42);
        // A no-op tells nobody.
        seen.set(0);
        store.dispatch(Action::SetShock(42));
        assert_eq!(seen.get(), 0);
        drop(sub);
        store.dispatch(Action::SetShock(7));
        assert_eq!(seen.get(), 0);
        assert_eq!(store.get().url.shock_bp, 7);
        assert_eq!(store.clone(), store);
    }
}

/// Every number a reader can type or slide ends inside its documented range, whatever it was.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod clamping {
    use super::*;
    use crate::model::auction::{clamp_bid, BID_AMOUNT_RANGE, BID_PRICE_RANGE, BID_YIELD_RANGE};
    use proptest::prelude::*;

    fn any_number() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<f64>(),
            Just(f64::NAN),
            Just(f64::INFINITY),
            Just(f64::NEG_INFINITY),
            Just(1.7e308),
            Just(-0.0),
            -1e6..1e6f64,
        ]
    }

    fn within(x: f64, (lo, hi): (f64, f64)) -> bool {
        x.is_finite() && lo <= x && x <= hi
    }

    proptest! {
        #[test]
        fn typed_numbers_stay_in_range(x in any_number()) {
            let l = Lesson::from_link("", &[]);
            let after = |a: Action| l.reduce(a).unwrap_or_else(|| l.clone());
            // Every declared number, from its own declaration.
            for p in Num::ALL {
                prop_assert!(within(p.get(&after(Action::SetNumber(*p, x)).url), p.range()), "{:?}", p);
            }
            for p in Opt::ALL {
                let v = p.get(&after(Action::SetOptional(*p, x)).url);
                prop_assert!(v.is_some_and(|v| within(v, p.range())), "{:?}", p);
            }
            let path = after(Action::SetPathYear(3, x)).url.fiscal_path.unwrap();
            let shock = (f64::from(SHOCK_RANGE.0), f64::from(SHOCK_RANGE.1));
            prop_assert!(path.iter().all(|v| within(*v, shock)));
            let typed = if x.is_finite() { x.clamp(-1e9, 1e9).round() as i32 } else { 0 };
            let s = after(Action::SetShock(typed)).url.shock_bp;
            prop_assert!((SHOCK_RANGE.0..=SHOCK_RANGE.1).contains(&s));
        }

        #[test]
        fn a_readers_bid_stays_in_range(level in any_number(), amount in any_number(), jgb in any::<bool>()) {
            match clamp_bid(jgb, level, amount) {
                None => prop_assert!(!(level.is_finite() && amount.is_finite())),
                Some(((l, a), _)) => {
                    let range = if jgb { BID_PRICE_RANGE } else { BID_YIELD_RANGE };
                    prop_assert!(within(l, range));
                    prop_assert!(within(a, BID_AMOUNT_RANGE));
                }
            }
        }
    }
}

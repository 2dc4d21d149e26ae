//! Work that waits until things have been still for a moment (the address bar, the live region),
//! on one timer whose deadline each change pushes back. A dragged slider changes the lesson on
//! every frame; making and clearing a timer each time was garbage for every frame to collect.

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};

use gloo::timers::callback::Timeout;

/// Runs the last action given once `delay_ms` have passed with no newer one.
pub struct Settle(Rc<Inner>);

struct Inner {
    delay_ms: f64,
    /// When the last action is due, in the page's monotonic clock (milliseconds).
    due: Cell<f64>,
    /// That clock, found at the first action (never while rendering on a server).
    clock: OnceCell<Option<web_sys::Performance>>,
    action: RefCell<Option<Box<dyn FnOnce()>>>,
    timer: RefCell<Option<Timeout>>,
}

impl Settle {
    pub fn new(delay_ms: u32) -> Settle {
        Settle(Rc::new(Inner {
            delay_ms: f64::from(delay_ms),
            due: Cell::new(0.0),
            clock: OnceCell::new(),
            action: RefCell::new(None),
            timer: RefCell::new(None),
        }))
    }

    /// Replaces what is waiting with `action`, due `delay_ms` from now. A timer already running
    /// is kept: when it fires early it waits out the rest.
    pub fn after_quiet(&self, action: impl FnOnce() + 'static) {
        *self.0.action.borrow_mut() = Some(Box::new(action));
        self.0.due.set(self.0.now() + self.0.delay_ms);
        if self.0.timer.borrow().is_none() {
            arm(&self.0, self.0.delay_ms);
        }
    }
}

impl Inner {
    fn now(&self) -> f64 {
        self.clock
            .get_or_init(|| web_sys::window().and_then(|w| w.performance()))
            .as_ref()
            .map_or_else(js_sys::Date::now, web_sys::Performance::now)
    }
}

fn arm(inner: &Rc<Inner>, ms: f64) {
    let weak: Weak<Inner> = Rc::downgrade(inner);
    let timeout = Timeout::new(ms.ceil() as u32, move || {
        // Dropped with its owner (a component unmounted): nothing left to do.
        let Some(inner) = weak.upgrade() else { return };
        inner.timer.borrow_mut().take();
        let left = inner.due.get() - inner.now();
        if left > 0.5 {
            arm(&inner, left);
            return;
        }
        // Taken out first: the action may give the next one.
        let action = inner.action.borrow_mut().take();
        if let Some(action) = action {
            action();
        }
    });
    *inner.timer.borrow_mut() = Some(timeout);
}

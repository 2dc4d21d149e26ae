//! The one shared lesson state: every widget reads it, so a yield shock set anywhere shows
//! everywhere it matters. It is the link state plus what only lives on the page.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::model::auction::{AuctionId, DEMAND_RANGE, DISPERSION_RANGE, WI_RANGE};
use crate::model::fiscal::{held, MATURITY_RANGE, STRENGTH_RANGE};
use crate::model::holdings::{BojBasis, CUT_RANGE, DURATION_RANGE};
use crate::model::scenarios::{BojPath, BojResponse, FedResponse};
use crate::model::url_state::{
    self, Ignored, JgbRange, LabView, RiskView, UrlState, COUPON_RANGE, SHOCK_RANGE, TENOR_RANGE,
    YIELD_RANGE,
};

#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// Everything a link can carry.
    pub url: UrlState,
    /// The language in use: from the link, else from the browser.
    pub lang: Lang,
    /// What the opening link could not use.
    pub ignored: Vec<Ignored>,
    pub notice_open: bool,
}

impl Lesson {
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
        }
    }
}

pub enum Action {
    SetLang(Lang),
    /// A bond from the presets or the custom fields: tenor (years), coupon and yield (%).
    SetBond {
        tenor_years: f64,
        coupon_pct: f64,
        yield_pct: f64,
    },
    SetTenor(f64),
    SetCoupon(f64),
    SetYield(f64),
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
    SetAuctionDemand(f64),
    SetAuctionDispersion(f64),
    SetAuctionWi(f64),
    SetDebtMaturity(f64),
    /// Start or stop the reader's own yield path (starting from the held shock).
    UseOwnPath(bool),
    SetPathYear(usize, f64),
    SetLoopStrength(f64),
    SetLoopBought(f64),
    SetBojPath(BojPath),
    SetBojResponse(BojResponse),
    SetFedResponse(FedResponse),
    SetCut(f64),
    SetCut2026(f64),
    SetBojDuration(f64),
    SetFedDuration(f64),
    /// Switch one JGB maturity on or off (the last one stays on).
    ToggleJgbTenor(usize),
    DismissNotice,
}

fn clamp(x: f64, (lo, hi): (f64, f64)) -> f64 {
    if x.is_finite() {
        x.clamp(lo, hi)
    } else {
        lo.max(0.0).min(hi)
    }
}

impl Reducible for Lesson {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let u = &mut next.url;
        match action {
            Action::SetLang(lang) => {
                next.lang = lang;
                next.url.lang = Some(lang);
            }
            Action::SetBond {
                tenor_years,
                coupon_pct,
                yield_pct,
            } => {
                u.tenor_years = (clamp(tenor_years, TENOR_RANGE) * 2.0).round() / 2.0;
                u.coupon_pct = clamp(coupon_pct, COUPON_RANGE);
                u.yield_pct = clamp(yield_pct, YIELD_RANGE);
            }
            Action::SetTenor(t) => u.tenor_years = (clamp(t, TENOR_RANGE) * 2.0).round() / 2.0,
            Action::SetCoupon(c) => u.coupon_pct = clamp(c, COUPON_RANGE),
            Action::SetYield(y) => u.yield_pct = clamp(y, YIELD_RANGE),
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
            Action::SetAuctionDemand(d) => u.auction_demand = Some(clamp(d, DEMAND_RANGE)),
            Action::SetAuctionDispersion(d) => {
                u.auction_dispersion = Some(clamp(d, DISPERSION_RANGE))
            }
            Action::SetAuctionWi(w) => u.auction_wi = Some(clamp(w, WI_RANGE)),
            Action::SetDebtMaturity(m) => u.debt_maturity = clamp(m, MATURITY_RANGE),
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
            Action::SetLoopStrength(k) => u.loop_strength = clamp(k, STRENGTH_RANGE),
            Action::SetLoopBought(b) => u.loop_bought_pct = clamp(b, (0.0, 100.0)),
            Action::SetBojPath(p) => u.boj_path = p,
            Action::SetBojResponse(r) => u.boj_response = r,
            Action::SetFedResponse(r) => u.fed_response = r,
            Action::SetCut(c) => u.cut_bn = clamp(c, CUT_RANGE).round(),
            Action::SetCut2026(c) => u.cut_2026_bn = clamp(c, CUT_RANGE).round(),
            Action::SetBojDuration(d) => u.boj_duration = clamp(d, DURATION_RANGE),
            Action::SetFedDuration(d) => u.fed_duration = clamp(d, DURATION_RANGE),
            Action::ToggleJgbTenor(i) => {
                if let Some(flag) = u.jgb_tenors.get_mut(i) {
                    *flag = !*flag;
                }
                if !u.jgb_tenors.iter().any(|f| *f) {
                    u.jgb_tenors = self.url.jgb_tenors;
                }
            }
            Action::DismissNotice => next.notice_open = false,
        }
        // Returning the same Rc tells Yew nothing changed, so skip re-rendering on no-ops.
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

pub type LessonContext = UseReducerHandle<Lesson>;

#[cfg(test)]
mod tests {
    use super::*;

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
        let l = Rc::new(Lesson::from_link("", &[]));
        let same = l.clone().reduce(Action::SetShock(100));
        assert!(Rc::ptr_eq(&l, &same));
        let moved = l.clone().reduce(Action::SetShock(9999));
        assert_eq!(moved.url.shock_bp, 300);
        let nan = l.clone().reduce(Action::SetYield(f64::NAN));
        assert_eq!(nan.url.yield_pct, 0.0);
        let nudged = moved.clone().reduce(Action::NudgeShock(25));
        assert_eq!(nudged.url.shock_bp, 300);
        let down = nudged.reduce(Action::NudgeShock(-25));
        assert_eq!(down.url.shock_bp, 275);
        let t = l.reduce(Action::SetTenor(7.3));
        assert_eq!(t.url.tenor_years, 7.5);
    }

    #[test]
    fn bad_link_opens_the_notice() {
        let l = Lesson::from_link("?shock=abc", &[]);
        assert!(l.notice_open);
        let closed = Rc::new(l).reduce(Action::DismissNotice);
        assert!(!closed.notice_open);
    }
}

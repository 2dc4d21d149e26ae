//! Versioned link state (`v=1`): every control of the lesson can be set from the query string,
//! so a teacher can share an exact view. Parsing never fails: whatever cannot be used falls back
//! to its default and is reported, so the page can say which part of the link it ignored.

use super::data::{fact, FactId};
use super::lang::Lang;
use super::link_params;
use crate::model::auction::AuctionId;
use crate::model::fiscal::{MATURITY_DEFAULT, YEARS};
use crate::model::holdings::{BojBasis, BOJ_DURATION_DEFAULT, FED_DURATION_DEFAULT};
use crate::model::risk::RiskRowId;
use crate::model::scenarios::{BojPath, BojResponse, FedResponse};
use crate::model::widgets::Widget;

/// The link format this build writes and reads.
pub const VERSION: &str = "1";
/// Links longer than this are cut before parsing; nothing a control needs comes near it.
pub const MAX_QUERY_LEN: usize = 2048;
/// Ignored keys are echoed back to the reader, so keep them short.
const MAX_ECHO_CHARS: usize = 24;

/// Parameters that social sites, newsletters and ad networks add to shared links: dropped
/// silently, never echoed back to the reader.
pub const TRACKING_KEYS: &[&str] = &[
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "ref",
    "ref_src",
];

/// Whether a key is a tracking parameter (any `utm_*` too).
pub fn is_tracking(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    key.starts_with("utm_") || TRACKING_KEYS.contains(&key.as_str())
}

/// Allowed ranges of the numeric controls.
pub const TENOR_RANGE: (f64, f64) = (0.5, 50.0);
pub const COUPON_RANGE: (f64, f64) = (0.0, 20.0);
pub const YIELD_RANGE: (f64, f64) = (-1.0, 25.0);
pub const SHOCK_RANGE: (i32, i32) = (-200, 300);

/// Which picture the yield lab shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum LabView {
    /// Price against yield for the chosen bond.
    #[default]
    Curve,
    /// The same shock across maturities.
    Ladder,
}

impl LabView {
    pub const ALL: [LabView; 2] = [LabView::Curve, LabView::Ladder];
    pub fn id(self) -> &'static str {
        match self {
            LabView::Curve => "curve",
            LabView::Ladder => "ladder",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "curve" => Some(LabView::Curve),
            "ladder" => Some(LabView::Ladder),
            _ => None,
        }
    }
}

/// Which markets the risk table shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum RiskView {
    Jgb,
    Ust,
    #[default]
    Both,
}

impl RiskView {
    pub const ALL: [RiskView; 3] = [RiskView::Jgb, RiskView::Ust, RiskView::Both];
    pub fn id(self) -> &'static str {
        match self {
            RiskView::Jgb => "jgb",
            RiskView::Ust => "ust",
            RiskView::Both => "both",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        RiskView::ALL.into_iter().find(|v| v.id() == s)
    }
    pub fn shows_jgb(self) -> bool {
        self != RiskView::Ust
    }
    pub fn shows_ust(self) -> bool {
        self != RiskView::Jgb
    }
}

/// The period the JGB yield chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum JgbRange {
    #[default]
    Since2007,
    Since2022,
    May2025,
}

impl JgbRange {
    pub const ALL: [JgbRange; 3] = [JgbRange::Since2007, JgbRange::Since2022, JgbRange::May2025];
    pub fn id(self) -> &'static str {
        match self {
            JgbRange::Since2007 => "2007",
            JgbRange::Since2022 => "2022",
            JgbRange::May2025 => "may2025",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        JgbRange::ALL.into_iter().find(|r| r.id() == s)
    }
}

/// The JGB maturities the chart can show, in the order of the `jgb_tenors` flags.
pub const JGB_TENORS: [u8; 4] = [10, 20, 30, 40];
/// As in the article: the 10-year and the 40-year.
pub const DEFAULT_JGB_TENORS: [bool; 4] = [true, false, false, true];

/// Everything a link can set. Yields and coupons are in percent, the shock in basis points.
#[derive(Clone, Debug, PartialEq)]
pub struct UrlState {
    pub lang: Option<Lang>,
    pub embed: Option<Widget>,
    pub tenor_years: f64,
    pub coupon_pct: f64,
    pub yield_pct: f64,
    pub shock_bp: i32,
    pub lab_view: LabView,
    pub risk: RiskView,
    /// A risk-table row to highlight, by its id.
    pub risk_row: Option<RiskRowId>,
    pub jgb_range: JgbRange,
    /// Which of 10/20/30/40-year the JGB chart shows.
    pub jgb_tenors: [bool; 4],
    /// The denominator of the Bank of Japan's share.
    pub boj_basis: BojBasis,
    /// The BOJ's cut in monthly purchases each quarter (bn yen), to March 2026 and from April 2026.
    pub cut_bn: f64,
    pub cut_2026_bn: f64,
    /// Assumed average modified durations of the two books (years).
    pub boj_duration: f64,
    pub fed_duration: f64,
    /// The auction loaded in the auction machine, and the reader's changes to it (none = the
    /// calibrated values that reproduce the published figures).
    pub auction: AuctionId,
    pub auction_demand: Option<f64>,
    pub auction_dispersion: Option<f64>,
    pub auction_wi: Option<f64>,
    /// Average maturity of Japan's debt in the interest-bill model (years).
    pub debt_maturity: f64,
    /// The reader's own yield path (bp a year); none = the lab's shock held.
    pub fiscal_path: Option<[f64; YEARS]>,
    /// The toy loop: strength and the share of selling the central bank buys (%).
    pub loop_strength: f64,
    pub loop_bought_pct: f64,
    pub boj_path: BojPath,
    pub boj_response: BojResponse,
    pub fed_response: FedResponse,
}

impl Default for UrlState {
    /// The 40-year JGB at its 2025-05-22 MOF yield, hit by +100 bp: the article's sharpest case.
    fn default() -> Self {
        UrlState {
            lang: None,
            embed: None,
            tenor_years: 40.0,
            coupon_pct: fact(FactId::Jgb40y20250522).value,
            yield_pct: fact(FactId::Jgb40y20250522).value,
            shock_bp: 100,
            lab_view: LabView::Curve,
            risk: RiskView::Both,
            risk_row: None,
            jgb_range: JgbRange::Since2007,
            jgb_tenors: DEFAULT_JGB_TENORS,
            boj_basis: BojBasis::ExclBills,
            cut_bn: fact(FactId::BojTaperCutBn).value,
            cut_2026_bn: fact(FactId::BojTaperCut2026Bn).value,
            boj_duration: BOJ_DURATION_DEFAULT,
            fed_duration: FED_DURATION_DEFAULT,
            auction: AuctionId::Jgb20yMay,
            auction_demand: None,
            auction_dispersion: None,
            auction_wi: None,
            debt_maturity: MATURITY_DEFAULT,
            fiscal_path: None,
            loop_strength: 0.6,
            loop_bought_pct: 0.0,
            boj_path: BojPath::Calm,
            boj_response: BojResponse::KeepTapering,
            fed_response: FedResponse::Hold,
        }
    }
}

/// Why part of a link was not used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IgnoreReason {
    /// A key this version does not know.
    UnknownKey,
    /// A value that is not one of the allowed ones (or not a finite number).
    InvalidValue,
    /// A number outside its range: the nearest allowed value was used.
    Clamped,
    /// A number between the allowed steps (a shock of 50.7 bp): the nearest step was used.
    Rounded,
    /// A link version this build cannot read; the rest was read as version 1.
    UnknownVersion,
    /// The same key twice: the first one was used.
    Repeated,
    /// The link was longer than any real one; the rest was cut.
    TooLong,
}

/// One ignored or adjusted part of a link, safe to show (short, control characters removed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ignored {
    pub key: String,
    /// The value as the link gave it (none for a bare key or a cut link).
    pub value: Option<String>,
    pub reason: IgnoreReason,
    /// For a number clamped or rounded: the value the lesson uses instead.
    pub used: Option<String>,
}

/// The parsed state and what was ignored on the way.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Parsed {
    pub state: UrlState,
    pub ignored: Vec<Ignored>,
}

/// Reads a query string (with or without its leading `?`). Never panics.
pub fn parse(query: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY_LEN {
        let mut cut = MAX_QUERY_LEN;
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        query = &query[..cut];
        out.ignored.push(Ignored {
            key: "…".into(),
            value: None,
            reason: IgnoreReason::TooLong,
            used: None,
        });
    }
    let mut seen: Vec<String> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let given = pair.contains('=');
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let key = percent_decode(raw_key);
        if is_tracking(&key) {
            continue;
        }
        let value = percent_decode(raw_value);
        let value = value.trim();
        let given = given.then_some(value);
        if seen.contains(&key) {
            out.note(&key, given, IgnoreReason::Repeated);
            continue;
        }
        seen.push(key.clone());
        let s = &mut out.state;
        let result = match key.as_str() {
            "v" => (value == VERSION)
                .then_some(())
                .ok_or(IgnoreReason::UnknownVersion),
            "lang" => Lang::from_tag(value)
                .map(|l| s.lang = Some(l))
                .ok_or(IgnoreReason::InvalidValue),
            "embed" => Widget::from_id(value)
                .map(|w| s.embed = Some(w))
                .ok_or(IgnoreReason::InvalidValue),
            "shock" => set_number(
                value,
                (f64::from(SHOCK_RANGE.0), f64::from(SHOCK_RANGE.1)),
                |x| s.shock_bp = x.round() as i32,
            )
            .and_then(|()| {
                let x: f64 = value.parse().unwrap_or_default();
                if x == x.round() {
                    Ok(())
                } else {
                    Err(IgnoreReason::Rounded)
                }
            }),
            "riskrow" => RiskRowId::parse(value)
                .map(|row| s.risk_row = Some(row))
                .ok_or(IgnoreReason::InvalidValue),
            "jgbtenors" => parse_tenors(value)
                .map(|t| s.jgb_tenors = t)
                .ok_or(IgnoreReason::InvalidValue),
            "path" => parse_path(value)
                .map(|p| s.fiscal_path = Some(p))
                .ok_or(IgnoreReason::InvalidValue),
            // Every other parameter is declared once, in `link_params`.
            key => link_params::read(s, key, value).unwrap_or(Err(IgnoreReason::UnknownKey)),
        };
        match result {
            Ok(()) => {}
            Err(reason) => out.note(&key, given, reason),
        }
    }
    out
}

impl Parsed {
    fn note(&mut self, key: &str, value: Option<&str>, reason: IgnoreReason) {
        let used = matches!(reason, IgnoreReason::Clamped | IgnoreReason::Rounded)
            .then(|| number_of(&self.state, key))
            .flatten()
            .map(|x| x.to_string());
        self.ignored.push(Ignored {
            key: echo_safe(key),
            value: value.map(|v| {
                if v.is_empty() {
                    String::new()
                } else {
                    echo_safe(v)
                }
            }),
            reason,
            used,
        });
    }
}

/// A number setting's value in the state, by its link key.
fn number_of(s: &UrlState, key: &str) -> Option<f64> {
    if key == "shock" {
        return Some(f64::from(s.shock_bp));
    }
    link_params::number(s, key)
}

/// "10,40" → flags for 10/20/30/40; at least one, each known, none twice.
fn parse_tenors(value: &str) -> Option<[bool; 4]> {
    let mut flags = [false; 4];
    for part in value.split(',') {
        let i = JGB_TENORS.iter().position(|t| t.to_string() == part)?;
        if flags[i] {
            return None;
        }
        flags[i] = true;
    }
    flags.iter().any(|f| *f).then_some(flags)
}

/// Ten whole basis-point changes, one a year, each within the shock range.
fn parse_path(value: &str) -> Option<[f64; YEARS]> {
    let parts: Vec<&str> = value.split(',').collect();
    if parts.len() != YEARS {
        return None;
    }
    let mut out = [0.0; YEARS];
    for (slot, part) in out.iter_mut().zip(parts) {
        let v: i32 = part.trim().parse().ok()?;
        if !(SHOCK_RANGE.0..=SHOCK_RANGE.1).contains(&v) {
            return None;
        }
        *slot = f64::from(v);
    }
    Some(out)
}

/// Sets a finite number, clamped to its range; a clamp is applied and reported.
fn set_number(
    value: &str,
    (lo, hi): (f64, f64),
    set: impl FnOnce(f64),
) -> Result<(), IgnoreReason> {
    let x: f64 = value.parse().map_err(|_| IgnoreReason::InvalidValue)?;
    if !x.is_finite() {
        return Err(IgnoreReason::InvalidValue);
    }
    let clamped = x.clamp(lo, hi);
    set(clamped);
    if clamped == x {
        Ok(())
    } else {
        Err(IgnoreReason::Clamped)
    }
}

impl UrlState {
    /// The query string for this state: `v=1` first, then only what differs from the defaults
    /// (plus the language when one was chosen), so links stay short.
    pub fn to_query(&self) -> String {
        let d = UrlState::default();
        let mut parts = vec![format!("v={VERSION}")];
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.tag()));
        }
        if let Some(w) = self.embed {
            parts.push(format!("embed={}", w.id()));
        }
        if self.shock_bp != d.shock_bp {
            parts.push(format!("shock={}", self.shock_bp));
        }
        if let Some(row) = self.risk_row {
            parts.push(format!("riskrow={}", row.id()));
        }
        if let Some(path) = &self.fiscal_path {
            let list: Vec<String> = path
                .iter()
                .map(|v| format!("{}", v.round() as i32))
                .collect();
            parts.push(format!("path={}", list.join(",")));
        }
        if self.jgb_tenors != d.jgb_tenors {
            let list: Vec<String> = JGB_TENORS
                .iter()
                .zip(self.jgb_tenors)
                .filter(|(_, on)| *on)
                .map(|(t, _)| t.to_string())
                .collect();
            parts.push(format!("jgbtenors={}", list.join(",")));
        }
        link_params::write(self, &mut parts);
        parts.join("&")
    }
}

/// Decodes `%XX` escapes and `+`; invalid escapes stay as they are, invalid UTF-8 is replaced.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Characters that change how text around them reads without showing themselves: bidi controls,
/// zero-width and other invisible formatting characters, tag characters.
fn invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
}

/// A key as it may be shown back to the reader: printable, visible, and short.
fn echo_safe(key: &str) -> String {
    let clean: String = key
        .chars()
        .filter(|c| !c.is_control() && !invisible(*c))
        .collect();
    if clean.chars().count() > MAX_ECHO_CHARS {
        let cut: String = clean.chars().take(MAX_ECHO_CHARS).collect();
        format!("{cut}…")
    } else if clean.is_empty() {
        "(empty)".into()
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each link is ignored as one item and leaves every default in place.
    fn each_ignored_alone(links: &[&str]) {
        for link in links {
            let p = parse(link);
            assert_eq!(p.ignored.len(), 1, "{link}");
            assert_eq!(p.state, UrlState::default(), "{link}");
        }
    }

    #[test]
    fn empty_query_is_the_default_with_no_notice() {
        for q in ["", "?", "?v=1", "v=1&"] {
            let p = parse(q);
            assert_eq!(p.state, UrlState::default(), "{q}");
            assert!(p.ignored.is_empty(), "{q}");
        }
    }

    #[test]
    fn reads_the_yield_lab_link() {
        let p = parse("?v=1&lang=en&tenor=40&coupon=3.336&yield=3.336&shock=100");
        assert!(p.ignored.is_empty());
        assert_eq!(p.state.lang, Some(Lang::En));
        assert_eq!(p.state.tenor_years, 40.0);
        assert_eq!(p.state.shock_bp, 100);
    }

    #[test]
    fn clamps_and_says_so() {
        let p = parse("tenor=80&shock=-999&yield=-5");
        assert_eq!(p.state.tenor_years, 50.0);
        assert_eq!(p.state.shock_bp, -200);
        assert_eq!(p.state.yield_pct, -1.0);
        assert_eq!(p.ignored.len(), 3);
        assert!(p.ignored.iter().all(|i| i.reason == IgnoreReason::Clamped));
    }

    #[test]
    fn hostile_values_fall_back_to_defaults() {
        let p = parse("tenor=NaN&coupon=1e309&yield=inf&shock=<script>alert(1)</script>&lang=xx&embed=../../etc");
        let d = UrlState::default();
        assert_eq!(p.state, d);
        assert_eq!(p.ignored.len(), 6);
        assert!(p
            .ignored
            .iter()
            .all(|i| i.reason == IgnoreReason::InvalidValue));
    }

    #[test]
    fn unknown_keys_and_versions_and_repeats_are_named() {
        let p = parse("v=2&foo=1&shock=5&shock=7&%3Cscript%3E=1");
        assert_eq!(p.state.shock_bp, 5);
        let keys: Vec<_> = p
            .ignored
            .iter()
            .map(|i| (i.key.as_str(), i.reason))
            .collect();
        assert_eq!(
            keys,
            vec![
                ("v", IgnoreReason::UnknownVersion),
                ("foo", IgnoreReason::UnknownKey),
                ("shock", IgnoreReason::Repeated),
                ("<script>", IgnoreReason::UnknownKey),
            ]
        );
    }

    #[test]
    fn tracking_parameters_are_dropped_silently() {
        let p = parse("utm_source=x&UTM_Medium=y&fbclid=z&gclid=1&shock=42&ref=hn&_ga=2");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert_eq!(p.state.shock_bp, 42);
    }

    #[test]
    fn echoed_keys_lose_bidi_and_invisible_characters() {
        let p = parse("%E2%80%AEevil%E2%80%8B%EF%BB%BFkey=1");
        assert_eq!(p.ignored[0].key, "evilkey");
        let p = parse("%E2%80%AE%E2%81%A6=1");
        assert_eq!(p.ignored[0].key, "(empty)");
    }

    #[test]
    fn very_long_links_are_cut_and_reported() {
        let q = format!("shock=50&x={}", "é".repeat(5000));
        let p = parse(&q);
        assert_eq!(p.state.shock_bp, 50);
        assert!(p.ignored.iter().any(|i| i.reason == IgnoreReason::TooLong));
        assert!(p
            .ignored
            .iter()
            .all(|i| i.key.chars().count() <= MAX_ECHO_CHARS + 1));
    }

    #[test]
    fn jgb_chart_settings() {
        let p = parse("jgbrange=may2025&jgbtenors=20,30");
        assert!(p.ignored.is_empty());
        assert_eq!(p.state.jgb_range, JgbRange::May2025);
        assert_eq!(p.state.jgb_tenors, [false, true, true, false]);
        each_ignored_alone(&[
            "jgbtenors=",
            "jgbtenors=10,10",
            "jgbtenors=15",
            "jgbrange=1999",
        ]);
    }

    /// A value between the steps is rounded and the notice says so (a shock of 50.7 was
    /// silently read as 51).
    #[test]
    fn values_between_steps_are_rounded_and_named() {
        let p = parse("shock=50.7&tenor=9.3");
        assert_eq!(p.state.shock_bp, 51);
        assert_eq!(p.state.tenor_years, 9.5);
        let reasons: Vec<_> = p
            .ignored
            .iter()
            .map(|i| (i.key.as_str(), i.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("shock", IgnoreReason::Rounded),
                ("tenor", IgnoreReason::Rounded)
            ]
        );
        assert!(parse("shock=51&tenor=9.5").ignored.is_empty());
        // The notice can say what the link gave and what is used instead.
        let used: Vec<_> = p
            .ignored
            .iter()
            .map(|i| (i.value.as_deref(), i.used.as_deref()))
            .collect();
        assert_eq!(
            used,
            [(Some("50.7"), Some("51")), (Some("9.3"), Some("9.5"))]
        );
    }

    /// A clamped number names the value used; a value not allowed keeps the default, which the
    /// reason says, so no value is named; a bare key has no value to show.
    #[test]
    fn ignored_parts_carry_the_value_given_and_the_value_used() {
        let p = parse("shock=99999&lang=xx&tenor=-5&demand");
        let parts: Vec<_> = p
            .ignored
            .iter()
            .map(|i| (i.key.as_str(), i.value.as_deref(), i.used.as_deref()))
            .collect();
        assert_eq!(
            parts,
            [
                ("shock", Some("99999"), Some("300")),
                ("lang", Some("xx"), None),
                ("tenor", Some("-5"), Some("0.5")),
                ("demand", None, None),
            ]
        );
    }

    #[test]
    fn central_bank_settings() {
        let p = parse("basis=incl&cut=600&cut2026=100&bojdur=9.5&feddur=5");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert_eq!(p.state.boj_basis, BojBasis::InclBills);
        assert_eq!((p.state.cut_bn, p.state.cut_2026_bn), (600.0, 100.0));
        assert_eq!((p.state.boj_duration, p.state.fed_duration), (9.5, 5.0));
        let p = parse("cut=-5&bojdur=1e9&basis=all");
        assert_eq!(p.state.cut_bn, 0.0);
        assert_eq!(p.state.boj_duration, 20.0);
        assert_eq!(p.ignored.len(), 3);
    }

    #[test]
    fn auction_settings() {
        let p = parse("auction=ust-20y-2025-05-21&demand=1.8&dispersion=2&wi=5.02");
        assert!(p.ignored.is_empty());
        assert_eq!(p.state.auction, AuctionId::Ust20yMay);
        assert_eq!(p.state.auction_demand, Some(1.8));
        let p = parse("auction=jgb-1987&demand=99");
        assert_eq!(p.state.auction, AuctionId::Jgb20yMay);
        assert_eq!(p.state.auction_demand, Some(6.0));
        assert_eq!(p.ignored.len(), 2);
    }

    #[test]
    fn fiscal_and_scenario_settings() {
        let p = parse("debtmat=5&path=0,50,100,100,100,100,100,100,100,100&loop=1.2&bought=30&bojpath=rising&bojresp=buy&fedresp=tighten");
        assert!(p.ignored.is_empty(), "{:?}", p.ignored);
        assert_eq!(p.state.fiscal_path.unwrap()[1], 50.0);
        assert_eq!(p.state.boj_response, BojResponse::BuyHeavily);
        each_ignored_alone(&[
            "path=1,2,3",
            "path=0,0,0,0,0,0,0,0,0,9999",
            "path=a,b,c,d,e,f,g,h,i,j",
            "bojpath=panic",
        ]);
    }

    #[test]
    fn tenor_snaps_to_half_years() {
        assert_eq!(parse("tenor=7.3").state.tenor_years, 7.5);
    }

    #[test]
    fn writes_only_what_differs() {
        assert_eq!(UrlState::default().to_query(), "v=1");
        let s = UrlState {
            lang: Some(Lang::ZhHant),
            shock_bp: -25,
            risk: RiskView::Jgb,
            ..UrlState::default()
        };
        assert_eq!(s.to_query(), "v=1&lang=zh-Hant&shock=-25&risk=jgb");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%zz%"), "%zz%");
        assert_eq!(percent_decode("%E6%97%A5"), "\u{65e5}");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_state() -> impl Strategy<Value = UrlState> {
        let lab = (
            prop_oneof![Just(None), Just(Some(Lang::En)), Just(Some(Lang::ZhHant))],
            proptest::option::of(proptest::sample::select(Widget::ALL.to_vec())),
            (1u32..=100).prop_map(|n| f64::from(n) / 2.0),
            (0u32..=2000).prop_map(|n| f64::from(n) / 100.0),
            (-1000i32..=25000).prop_map(|n| f64::from(n) / 1000.0),
            SHOCK_RANGE.0..=SHOCK_RANGE.1,
            prop_oneof![Just(LabView::Curve), Just(LabView::Ladder)],
            proptest::sample::select(RiskView::ALL.to_vec()),
            proptest::option::of(proptest::sample::select(RiskRowId::ALL.to_vec())),
        );
        let jgb = (
            proptest::sample::select(JgbRange::ALL.to_vec()),
            (1u8..16).prop_map(|m| [m & 1 != 0, m & 2 != 0, m & 4 != 0, m & 8 != 0]),
        );
        let banks = (
            proptest::sample::select(BojBasis::ALL.to_vec()),
            (0u32..=20).prop_map(|n| f64::from(n * 50)),
            (0u32..=20).prop_map(|n| f64::from(n * 50)),
            (10u32..=200).prop_map(|n| f64::from(n) / 10.0),
            (10u32..=200).prop_map(|n| f64::from(n) / 10.0),
        );
        let auctions = (
            proptest::sample::select(AuctionId::ALL.to_vec()),
            proptest::option::of((5u32..=60).prop_map(|n| f64::from(n) / 10.0)),
            proptest::option::of((1u32..=100).prop_map(|n| f64::from(n) / 10.0)),
            proptest::option::of((0u32..=150).prop_map(|n| f64::from(n) / 10.0)),
        );
        let fiscal = (
            (2u32..=60).prop_map(|n| f64::from(n) / 2.0),
            proptest::option::of(
                proptest::array::uniform10(SHOCK_RANGE.0..=SHOCK_RANGE.1)
                    .prop_map(|a| a.map(f64::from)),
            ),
            (0u32..=15).prop_map(|n| f64::from(n) / 10.0),
            (0u32..=100).prop_map(f64::from),
            proptest::sample::select(BojPath::ALL.to_vec()),
            proptest::sample::select(BojResponse::ALL.to_vec()),
            proptest::sample::select(FedResponse::ALL.to_vec()),
        );
        (lab, jgb, banks, auctions, fiscal).prop_map(
            |(
                (
                    lang,
                    embed,
                    tenor_years,
                    coupon_pct,
                    yield_pct,
                    shock_bp,
                    lab_view,
                    risk,
                    risk_row,
                ),
                (jgb_range, jgb_tenors),
                (boj_basis, cut_bn, cut_2026_bn, boj_duration, fed_duration),
                (auction, auction_demand, auction_dispersion, auction_wi),
                (
                    debt_maturity,
                    fiscal_path,
                    loop_strength,
                    loop_bought_pct,
                    boj_path,
                    boj_response,
                    fed_response,
                ),
            )| {
                UrlState {
                    lang,
                    embed,
                    tenor_years,
                    coupon_pct,
                    yield_pct,
                    shock_bp,
                    lab_view,
                    risk,
                    risk_row,
                    jgb_range,
                    jgb_tenors,
                    boj_basis,
                    cut_bn,
                    cut_2026_bn,
                    boj_duration,
                    fed_duration,
                    auction,
                    auction_demand,
                    auction_dispersion,
                    auction_wi,
                    debt_maturity,
                    fiscal_path,
                    loop_strength,
                    loop_bought_pct,
                    boj_path,
                    boj_response,
                    fed_response,
                }
            },
        )
    }

    proptest! {
        #[test]
        fn any_string_parses_without_panic(q in any::<String>()) {
            let p = parse(&q);
            prop_assert!(p.state.yield_pct.is_finite());
            prop_assert!(p.ignored.iter().all(|i| i.key.chars().count() <= MAX_ECHO_CHARS + 1));
        }

        #[test]
        fn query_like_strings_parse_without_panic(q in "[a-z=&%0-9.+<>\\-]{0,200}") {
            let _ = parse(&q);
        }

        #[test]
        fn known_keys_round_trip(s in any_state()) {
            let p = parse(&s.to_query());
            prop_assert!(p.ignored.is_empty(), "{:?}", p.ignored);
            prop_assert_eq!(p.state, s);
        }
    }
}

//! The translation catalogue. Every user-visible string of the lesson is a [`T`] key with an
//! English and a Traditional Chinese (Taiwan usage) text; the `catalogue!` macro will not compile
//! an entry that lacks either language, and the tests below check the texts themselves.

mod catalogue;
mod glossary;
mod money;
mod prose;
mod teach;

pub use catalogue::{tr, T};
pub use glossary::{link_terms, Segment, Term};
pub use money::{bn_in_billions, usd_bn, yen_bn, yen_gap};
pub use prose::*;
pub use teach::{prediction_text, quiz_text, PromptText, QuestionText};

pub use crate::model::lang::Lang;

impl T {
    /// The text in one language.
    pub fn get(self, lang: Lang) -> &'static str {
        match served(lang) {
            Lang::En => self.en(),
            Lang::ZhHant => self.zh(),
        }
    }

    /// The text with named placeholders filled, for a key chosen at run time (its `args()` say
    /// which names it takes; the typed `tr::` structs are the checked way for a known key).
    pub fn fill_named(self, lang: Lang, args: &[(&str, &str)]) -> String {
        fill_named(self.get(lang), args)
    }
}

/// The language a text is read in: the asked one, except in a served page's wasm, which holds
/// its page's language only (Cargo features `pages-en`, `pages-zh`), so the other language's
/// texts are left out of it. Such a page is never in the other language: that is another page.
#[inline(always)]
fn served(lang: Lang) -> Lang {
    if cfg!(feature = "pages-en") {
        Lang::En
    } else if cfg!(feature = "pages-zh") {
        Lang::ZhHant
    } else {
        lang
    }
}

/// What goes between two sentences or a label and its text: a space in English; nothing in
/// Chinese, which runs on after full-width punctuation.
pub fn word_space(lang: Lang) -> &'static str {
    match lang {
        Lang::En => " ",
        Lang::ZhHant => "",
    }
}

/// Replaces each `{name}` with its value; a placeholder without a value stays visible as it is,
/// so a mistake shows up in tests instead of vanishing.
pub fn fill_named(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    close_cjk_gaps(&out)
}

/// Chinese sets a space between a number or Latin word and a character ("20 年"), never between
/// two characters. A value that ends or starts with a character ("2025 年 5 月 22 日",
/// "第 1 年") leaves one such space where the template spaced out its placeholder
/// ("{date} 的"): it is taken out.
fn close_cjk_gaps(text: &str) -> String {
    if !text.contains(' ') || !text.chars().any(is_cjk) {
        return text.to_string();
    }
    // A slider's sentences are filled on every move: one pass, no buffer of characters.
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let mut before = None;
    while let Some(c) = chars.next() {
        let between_characters = c == ' '
            && before.is_some_and(is_cjk)
            && chars.peek().is_some_and(|&next| is_cjk(next));
        if !between_characters {
            out.push(c);
        }
        before = Some(c);
    }
    out
}

/// A Chinese character or full-width punctuation.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{2014}' | '\u{2026}' | '\u{3000}'..='\u{303F}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{FF00}'..='\u{FFEF}')
}

/// Whether `text`'s placeholders are exactly `args`: each `{name}` declared, each declared name
/// used. A `const fn`, so the catalogue checks every entry while it compiles.
pub const fn placeholders_are(text: &str, args: &[&str]) -> bool {
    let b = text.as_bytes();
    let mut used = [false; 16];
    if args.len() > used.len() {
        return false;
    }
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'{' {
            let start = i + 1;
            let mut end = start;
            while end < b.len() && b[end] != b'}' {
                end += 1;
            }
            if end == b.len() {
                return false;
            }
            let mut found = false;
            let mut a = 0;
            while a < args.len() {
                if same(b, start, end, args[a].as_bytes()) {
                    used[a] = true;
                    found = true;
                }
                a += 1;
            }
            if !found {
                return false;
            }
            i = end;
        }
        i += 1;
    }
    let mut a = 0;
    while a < args.len() {
        if !used[a] {
            return false;
        }
        a += 1;
    }
    true
}

/// Whether `text[start..end]` is `name`.
const fn same(text: &[u8], start: usize, end: usize, name: &[u8]) -> bool {
    if end - start != name.len() {
        return false;
    }
    let mut k = 0;
    while k < name.len() {
        if text[start + k] != name[k] {
            return false;
        }
        k += 1;
    }
    true
}

/// A number rounded as `num` shows it (halves away from zero on the number as written), for
/// sums a reader checks on the page: the gap between two shown figures is the shown gap.
pub fn rounded(x: f64, decimals: usize) -> f64 {
    let magnitude: f64 = round_half_away(x.abs(), decimals)
        .parse()
        .unwrap_or(f64::NAN);
    if x < 0.0 {
        -magnitude
    } else {
        magnitude
    }
}

/// A number with a fixed count of decimals, thousands grouped and a true minus sign. Halves
/// round away from zero on the number as written (53.25 → 53.3, 2.675 → 2.68), as a reader
/// rounding the published figure by hand would; `format!` rounds the binary value half to even
/// (53.2, 2.67).
pub fn num(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    // Thousands grouped in both languages ("1,323.7", 「1,323.7 兆日圓」), as the charts do.
    // Most figures are smaller (a slider's readouts run this on every move): no second pass.
    let s = round_half_away(x.abs(), decimals);
    let s = if x.abs() < 999.5 { s } else { grouped(&s) };
    // A value that rounds to zero reads as zero, never as a negative zero.
    if x < 0.0 && !s.chars().all(|c| c == '0' || c == '.') {
        format!("−{s}")
    } else {
        s
    }
}

/// `x` (not negative) to `decimals` places, rounding its shortest decimal form half away from
/// zero.
fn round_half_away(x: f64, decimals: usize) -> String {
    // Display gives the shortest decimal that reads back as `x`, never in exponent form.
    let shortest = x.to_string();
    let (int, frac) = shortest.split_once('.').unwrap_or((&shortest, ""));
    let mut digits: Vec<u8> = int
        .bytes()
        .chain(frac.bytes().chain(std::iter::repeat(b'0')).take(decimals))
        .collect();
    if frac.as_bytes().get(decimals).is_some_and(|&d| d >= b'5') {
        // Add one in the last kept place, carrying leftwards.
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let split = digits.len() - decimals;
    let (whole, part) = digits.split_at(split);
    let whole = String::from_utf8_lossy(whole);
    if decimals == 0 {
        whole.into_owned()
    } else {
        format!("{whole}.{}", String::from_utf8_lossy(part))
    }
}

/// Billions in the reader's unit: "bn" in English; in Chinese 億 (a hundred million), so the
/// figure is ten times larger.
pub fn billions(lang: Lang, bn: f64, decimals: usize) -> String {
    match lang {
        Lang::En => num(bn, decimals),
        Lang::ZhHant => num(bn * 10.0, decimals.saturating_sub(1)),
    }
}

/// A formatted number with its whole part in groups of three ("50,000.5"), as amounts are
/// written in both languages (`num` groups its output with it; a grouped string is left as is).
pub fn grouped(formatted: &str) -> String {
    let (sign, rest) = match formatted.strip_prefix(['−', '+']) {
        Some(rest) => (&formatted[..formatted.len() - rest.len()], rest),
        None => ("", formatted),
    };
    let (whole, fraction) = rest.split_at(rest.find('.').unwrap_or(rest.len()));
    if !whole.chars().all(|c| c.is_ascii_digit()) {
        return formatted.to_string();
    }
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("{sign}{out}{fraction}")
}

/// How many of the reader's units make a billion: 1 (bn) or 10 (億).
pub fn units_per_billion(lang: Lang) -> f64 {
    match lang {
        Lang::En => 1.0,
        Lang::ZhHant => 10.0,
    }
}

/// Like [`num`] but always signed (+1.2 / −1.2), for changes.
pub fn signed(x: f64, decimals: usize) -> String {
    let s = num(x, decimals);
    if s.starts_with('−') || s.chars().all(|c| c == '0' || c == '.') {
        s
    } else {
        format!("+{s}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_half_away_from_zero_as_written() {
        assert_eq!(num(53.25, 1), "53.3");
        assert_eq!(num(2.675, 2), "2.68");
        assert_eq!(num(-0.125, 2), "−0.13");
        assert_eq!(num(9.995, 2), "10.00");
        assert_eq!(num(99.96, 1), "100.0");
        assert_eq!(num(0.5, 0), "1");
        assert_eq!(num(3.336, 3), "3.336");
        assert_eq!(num(3.3, 3), "3.300");
        assert_eq!(num(-18.9249, 2), "−18.92");
        assert_eq!(num(-0.004, 2), "0.00");
        assert_eq!(num(1234567.0, 0), "1,234,567");
        assert_eq!(num(1e-7, 2), "0.00");
        assert_eq!(num(f64::NAN, 2), "–");
        assert_eq!(signed(0.25, 1), "+0.3");
    }

    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(billions(Lang::En, 5000.0, 0), "5,000");
        assert_eq!(billions(Lang::ZhHant, 5000.0, 0), "50,000");
        assert_eq!(billions(Lang::En, -1234.5, 1), "−1,234.5");
        assert_eq!(billions(Lang::En, 999.0, 0), "999");
        assert_eq!(grouped("–"), "–");
    }

    fn has_cjk(s: &str) -> bool {
        s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    }

    /// Texts without words to translate (names, symbols, pure punctuation).
    const SAME_IN_BOTH: &[T] = &[
        T::LangNameEn,
        T::LangNameZh,
        T::Dv01,
        T::SiteName,
        T::CursorReadout,
        T::LabelSep,
        T::SourceItem,
        T::ListSep,
        T::ValueWithRange,
        T::ValueWithWord,
        T::AxisPct,
    ];

    /// Every Rust file of the crate except the catalogue itself and this module (whose tests
    /// name keys without using them).
    fn code_outside_the_catalogue() -> String {
        fn walk(dir: &std::path::Path, out: &mut String) {
            for entry in std::fs::read_dir(dir).unwrap().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("i18n/catalogue.rs")
                    && !path.ends_with("i18n/mod.rs")
                {
                    out.push_str(&std::fs::read_to_string(&path).unwrap());
                }
            }
        }
        let mut code = String::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut code,
        );
        code
    }

    #[test]
    fn every_catalogue_entry_is_used() {
        let code = code_outside_the_catalogue();
        let unused: Vec<String> = T::ALL
            .iter()
            .map(|t| format!("{t:?}"))
            .filter(|name| {
                // A key is used as `T::Name` or, with placeholders, as `tr::Name {`; the
                // glossary's table names its keys bare (`GlYield GlDefYield`).
                let as_key = format!("T::{name}");
                let as_struct = format!("tr::{name} ");
                let in_glossary = name.starts_with("Gl") && code.contains(&format!(" {name} "));
                !(contains_word(&code, &as_key) || code.contains(&as_struct) || in_glossary)
            })
            .collect();
        assert!(
            unused.is_empty(),
            "catalogue entries no code uses: {unused:?}"
        );
    }

    fn contains_word(code: &str, word: &str) -> bool {
        code.match_indices(word).any(|(i, _)| {
            !code[i + word.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    }

    #[test]
    fn every_entry_is_complete_in_both_languages() {
        for t in T::ALL {
            let (en, zh) = (t.en(), t.zh());
            assert!(!en.trim().is_empty(), "{t:?} has no English");
            assert!(!zh.trim().is_empty(), "{t:?} has no Chinese");
            assert!(placeholders_are(en, t.args()), "{t:?} English placeholders");
            assert!(placeholders_are(zh, t.args()), "{t:?} Chinese placeholders");
            if !SAME_IN_BOTH.contains(t) {
                assert!(has_cjk(zh), "{t:?}: Chinese text has no Chinese: {zh}");
                assert!(!has_cjk(en), "{t:?}: English text has Chinese: {en}");
            }
        }
    }

    #[test]
    fn chinese_uses_taiwan_terms_and_traditional_characters() {
        // Mainland terms and simplified characters that must not appear.
        const FORBIDDEN: &[&str] = &[
            "收益率",
            "口徑",
            "數列",
            "一級市場",
            "玩具模型",
            "十億日圓",
            "十億美元",
            "美联储",
            "联准会",
            "国债",
            "债券",
            "央行购债计划",
            "价格",
            "数据",
            "这",
            "为",
            "们",
            "说",
            "时",
            "发",
            "实",
            "现",
            "场",
            "买",
            "卖",
            "银",
            "经",
            "线",
            "图",
            "测",
            "变",
            "动",
            "风险",
            "货",
            "币",
            "网",
            "页",
            "链",
            "设",
            "认",
        ];
        for t in T::ALL {
            for bad in FORBIDDEN {
                assert!(!t.zh().contains(bad), "{t:?} uses {bad:?}: {}", t.zh());
            }
        }
        assert!(T::S4Buyer.zh().contains("日本央行") && T::S4Buyer.zh().contains("聯準會"));
        assert!(T::S3Body.zh().contains("殖利率") && T::S4Buyer.zh().contains("公債"));
    }

    #[test]
    fn chinese_uses_full_width_punctuation() {
        for t in T::ALL {
            if SAME_IN_BOTH.contains(t) && *t != T::CursorReadout {
                continue;
            }
            for c in [',', ';', ':', '(', ')'] {
                assert!(!t.zh().contains(c), "{t:?} has ASCII {c:?}: {}", t.zh());
            }
        }
    }

    #[test]
    fn no_space_between_two_chinese_characters() {
        for t in T::ALL {
            assert_eq!(
                close_cjk_gaps(t.zh()),
                t.zh(),
                "{t:?} spaces two characters apart"
            );
        }
        assert_eq!(
            fill_named("{offering} 的債券", &[("offering", "20,000 億日圓")]),
            "20,000 億日圓的債券"
        );
        assert_eq!(
            fill_named(
                "期間 {from} 至 {to}",
                &[("from", "第 1 年"), ("to", "2025")]
            ),
            "期間第 1 年至 2025"
        );
        assert_eq!(fill_named("a {x} b", &[("x", "1")]), "a 1 b");
        assert_eq!(grouped("+120000"), "+120,000");
        assert_eq!(grouped("−6000.5"), "−6,000.5");
    }

    #[test]
    fn placeholders_are_checked_by_name() {
        assert!(placeholders_are("a {x} b {y} {x}", &["x", "y"]));
        assert!(
            !placeholders_are("a {x}", &["x", "y"]),
            "a declared name unused"
        );
        assert!(!placeholders_are("a {x} {z}", &["x"]), "an undeclared name");
        assert!(!placeholders_are("a {x", &["x"]), "unclosed");
        assert!(placeholders_are("no placeholders", &[]));
        assert_eq!(
            tr::AsOf { date: "2025-05-22" }.text(Lang::En),
            "as of 2025-05-22"
        );
    }

    #[test]
    fn fill_and_numbers() {
        assert_eq!(
            fill_named("a {x} b {y}", &[("x", "1"), ("y", "2")]),
            "a 1 b 2"
        );
        assert_eq!(num(-18.94, 1), "−18.9");
        assert_eq!(num(-0.01, 1), "0.0");
        assert_eq!(signed(1.2, 1), "+1.2");
        assert_eq!(signed(-1.2, 1), "−1.2");
        assert_eq!(signed(0.0, 1), "0.0");
        assert_eq!(num(f64::NAN, 2), "–");
    }

    #[test]
    fn browser_languages_pick_the_default() {
        assert_eq!(Lang::from_browser(&["zh-TW", "en"]), Lang::ZhHant);
        assert_eq!(Lang::from_browser(&["zh-CN"]), Lang::ZhHant);
        assert_eq!(Lang::from_browser(&["ZH"]), Lang::ZhHant);
        assert_eq!(Lang::from_browser(&["en-US", "zh-TW"]), Lang::En);
        assert_eq!(Lang::from_browser::<&str>(&[]), Lang::En);
        for tag in [
            "zh-Hant",
            "zh-hant",
            "zh-TW",
            "zh-HK",
            "zh-Hant-TW",
            "zh-CN",
            "zh-Hans",
            "zh",
            "ZH",
        ] {
            assert_eq!(Lang::from_tag(tag), Some(Lang::ZhHant), "{tag}");
        }
        for tag in ["en", "EN", "en-US", "en_GB"] {
            assert_eq!(Lang::from_tag(tag), Some(Lang::En), "{tag}");
        }
        for tag in ["", "fr", "english", "zhx", "e"] {
            assert_eq!(Lang::from_tag(tag), None, "{tag}");
        }
    }
}

//! The translation catalogue. Every user-visible string of the lesson is a [`T`] key with an
//! English and a Traditional Chinese (Taiwan usage) text; the `catalogue!` macro will not compile
//! an entry that lacks either language, and the tests below check the texts themselves.

mod catalogue;
mod prose;

pub use catalogue::T;
pub use prose::*;

/// The lesson's two languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    ZhHant,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::ZhHant, Lang::En];

    /// The BCP 47 tag used in links and `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// Reads a link's `lang` value, in any case: `en` and `en-*` are English; `zh` and every
    /// `zh-*` (Taiwan, Hong Kong, Hant, and Hans too) open the Traditional Chinese lesson, the
    /// only Chinese one.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        match primary {
            "en" => Some(Lang::En),
            "zh" => Some(Lang::ZhHant),
            _ => None,
        }
    }

    /// The first of the browser's languages decides: any `zh*` is Traditional Chinese, anything
    /// else (or nothing) English.
    pub fn from_browser<S: AsRef<str>>(languages: &[S]) -> Lang {
        match languages.first() {
            Some(l) if l.as_ref().to_ascii_lowercase().starts_with("zh") => Lang::ZhHant,
            _ => Lang::En,
        }
    }
}

impl T {
    /// The text in one language.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en(),
            Lang::ZhHant => self.zh(),
        }
    }

    /// The text with `{0}`, `{1}`, … replaced by `args`.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        fill(self.get(lang), args)
    }
}

/// Replaces `{i}` with `args[i]`; a placeholder without an argument stays visible as it is, so a
/// mistake shows up in tests instead of vanishing.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_string();
    for (i, a) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), a);
    }
    out
}

/// A number with a fixed count of decimals and a true minus sign.
pub fn num(x: f64, decimals: usize) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let s = format!("{:.*}", decimals, x);
    // "-0.0" reads as a negative zero: show it as zero.
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        return s[1..].to_string();
    }
    s.replacen('-', "−", 1)
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

    fn placeholders(s: &str) -> Vec<String> {
        let mut v: Vec<String> = (0..10)
            .map(|i| format!("{{{i}}}"))
            .filter(|p| s.contains(p.as_str()))
            .collect();
        v.sort();
        v
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
        T::SourceSep,
        T::SourceItem,
    ];

    #[test]
    fn every_entry_is_complete_in_both_languages() {
        for t in T::ALL {
            let (en, zh) = (t.en(), t.zh());
            assert!(!en.trim().is_empty(), "{t:?} has no English");
            assert!(!zh.trim().is_empty(), "{t:?} has no Chinese");
            assert_eq!(
                placeholders(en),
                placeholders(zh),
                "{t:?} placeholders differ"
            );
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
    fn fill_and_numbers() {
        assert_eq!(fill("a {0} b {1}", &["x", "y"]), "a x b y");
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

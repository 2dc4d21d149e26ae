//! The lesson's two languages, as the link and the browser name them. The model knows which
//! language a reader asked for; `i18n` holds the words.

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

//! Pre-rendering (native only): every page the site serves, written as static HTML that the
//! wasm hydrates, and every chart's default view drawn to SVG by the same chart code.
//!
//! A page is a static shell (the prose, rendered once per language) with empty islands, each
//! filled with its part rendered hydratably from the page's default state. The browser hydrates
//! the islands one by one; the prose is never touched again.
//!
//! Pages: `index.html` (Traditional Chinese, the article's language), `en/` and `zh-Hant/`, and
//! `{lang}/embed/{widget}/` for every widget. The single-file lesson's template is written too;
//! `scripts/postbuild.mjs` fills it and adds each page's Content Security Policy.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use yew::prelude::*;

use crate::charts::{render_svg_styled, Palette, Style};
use crate::components::canvas_chart::{box_height, image_path, take_recorded, IMAGE_WIDTHS};
use crate::components::lesson::Page;
use crate::components::root::{Part, Root, RootProps};
use crate::components::{Mode, Site};
use crate::i18n::{tr, widget_title, Lang, T};
use crate::model::teach::PredictionId;
use crate::model::widgets::Widget;
use crate::state::{Lesson, Store};

/// The built files a page links to (hashed names).
#[derive(Clone, Debug, Default)]
pub struct Assets {
    pub css: String,
    /// Trunk's JS glue and wasm: both languages and the whole-page rendering (the single file's).
    pub glue: String,
    pub wasm: String,
    pub icon: String,
    /// Each language's own glue and wasm for the served pages (`selloff-lab-en-…`, built by
    /// `scripts/postbuild.sh` with the `pages-en`/`pages-zh` features), when built.
    pub pages: Vec<(Lang, String, String)>,
}

impl Assets {
    /// Finds the hashed files Trunk and the post-build step wrote into `dist`.
    pub fn find(dist: &Path) -> std::io::Result<Assets> {
        let mut a = Assets::default();
        let mut names: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(dist)? {
            names.push(entry?.file_name().to_string_lossy().to_string());
        }
        names.sort();
        for name in &names {
            let per_lang = Lang::ALL
                .iter()
                .find(|l| name.starts_with(&format!("selloff-lab-{}-", Self::file_tag(**l))));
            if let Some(lang) = per_lang {
                if let Some(stem) = name.strip_suffix("_bg.wasm") {
                    a.pages.push((*lang, format!("{stem}.js"), name.clone()));
                }
            } else if name.ends_with("_bg.wasm") {
                a.wasm = name.clone();
            } else if name.starts_with("selloff-lab") && name.ends_with(".js") {
                a.glue = name.clone();
            } else if name.starts_with("style") && name.ends_with(".css") {
                a.css = name.clone();
            } else if name.starts_with("favicon") && name.ends_with(".svg") {
                a.icon = name.clone();
            }
        }
        let has_code = !(a.wasm.is_empty() || a.glue.is_empty()) || a.pages.len() == 2;
        if !has_code || a.css.is_empty() {
            return Err(std::io::Error::other(format!(
                "{}: no Trunk build here (found {a:?})",
                dist.display()
            )));
        }
        Ok(a)
    }

    /// The tag in a language's file names (`selloff-lab-en-…`, `selloff-lab-zh-…`).
    pub fn file_tag(lang: Lang) -> &'static str {
        match lang {
            Lang::En => "en",
            Lang::ZhHant => "zh",
        }
    }

    /// The glue and wasm a page in `lang` loads: its language's own build, or Trunk's.
    pub fn code_for(&self, lang: Lang) -> (&str, &str) {
        self.pages
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|(_, glue, wasm)| (glue.as_str(), wasm.as_str()))
            .unwrap_or((&self.glue, &self.wasm))
    }
}

/// Which page: the root (Chinese), a language's lesson, or a language's embed of one widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageKind {
    Root,
    Lesson(Lang),
    Embed(Lang, Widget),
}

impl PageKind {
    pub fn lang(self) -> Lang {
        match self {
            PageKind::Root => Lang::ZhHant,
            PageKind::Lesson(l) | PageKind::Embed(l, _) => l,
        }
    }
    pub fn embed(self) -> Option<Widget> {
        match self {
            PageKind::Embed(_, w) => Some(w),
            _ => None,
        }
    }
    /// The page's folder under the site root.
    pub fn dir(self) -> String {
        match self {
            PageKind::Root => String::new(),
            PageKind::Lesson(l) => format!("{}/", l.tag()),
            PageKind::Embed(l, w) => format!("{}/embed/{}/", l.tag(), w.id()),
        }
    }
    /// From the page back to the site root.
    pub fn base(self) -> &'static str {
        match self {
            PageKind::Root => "",
            PageKind::Lesson(_) => "../",
            PageKind::Embed(..) => "../../../",
        }
    }
    fn id(self) -> &'static str {
        match self {
            PageKind::Root => "root",
            PageKind::Lesson(_) => "lesson",
            PageKind::Embed(..) => "embed",
        }
    }
    /// Every page the site serves.
    pub fn all() -> Vec<PageKind> {
        let mut v = vec![PageKind::Root];
        for lang in Lang::ALL {
            v.push(PageKind::Lesson(lang));
            v.extend(Widget::ALL.iter().map(|w| PageKind::Embed(lang, *w)));
        }
        v
    }
}

fn render<C: BaseComponent>(props: C::Properties, hydratable: bool) -> String {
    futures::executor::block_on(
        yew::LocalServerRenderer::<C>::with_props(props)
            .hydratable(hydratable)
            .render(),
    )
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    lang: Lang,
    embed: Option<Widget>,
    site: Site,
}

/// The static page around the islands.
#[function_component(Shell)]
fn shell(props: &ShellProps) -> Html {
    html! {
        <ContextProvider<Lang> context={props.lang}>
            <ContextProvider<Site> context={props.site.clone()}>
                <Page lang={props.lang} embed={props.embed} islands=true />
            </ContextProvider<Site>>
        </ContextProvider<Lang>>
    }
}

/// The parts a page's islands hold.
fn parts(embed: Option<Widget>) -> Vec<Part> {
    match embed {
        Some(w) => vec![Part::EmbedBar, Part::Notice, Part::Widget(w)],
        None => [Part::Header, Part::Notice]
            .into_iter()
            .chain(Widget::ALL.iter().map(|w| Part::Widget(*w)))
            .chain(PredictionId::ALL.iter().map(|p| Part::Prediction(*p)))
            .chain([Part::Quiz])
            .collect(),
    }
}

/// The inside of `#app` for a served page: the static shell with every island filled.
pub fn render_app(lang: Lang, embed: Option<Widget>, base: &str) -> String {
    let site = Site {
        mode: Mode::Pages,
        base: base.to_string().into(),
    };
    let mut html = render::<Shell>(
        ShellProps {
            lang,
            embed,
            site: site.clone(),
        },
        false,
    );
    let initial = Lesson::page_default(lang, embed);
    for part in parts(embed) {
        let island = render::<Root>(
            RootProps {
                store: Store::new(initial.clone()),
                initial: Rc::new(initial.clone()),
                site: site.clone(),
                part,
            },
            true,
        );
        html = fill_island(&html, &part.id(), &island);
    }
    html
}

/// Renders widgets in states other than the page's default, only to record the charts that
/// appear there (the Treasury auctions bring the US bid-to-cover history), so every chart a
/// reader can reach has its image.
fn record_other_states(lang: Lang) {
    let mut state = Lesson::page_default(lang, None);
    state.url.auction = crate::model::auction::AuctionId::Ust20yMay;
    let _ = render::<Root>(
        RootProps {
            store: Store::new(state.clone()),
            initial: Rc::new(state),
            site: Site {
                mode: Mode::Pages,
                base: "".into(),
            },
            part: Part::Widget(Widget::Auction),
        },
        true,
    );
}

/// Puts an island's markup inside its empty element in the shell.
fn fill_island(shell: &str, id: &str, island: &str) -> String {
    let at = shell
        .find(&format!("data-island=\"{id}\""))
        .unwrap_or_else(|| panic!("no island {id} in the shell"));
    let close = at
        + shell[at..]
            .find("></div>")
            .unwrap_or_else(|| panic!("island {id} is not empty in the shell"));
    format!("{}>{island}{}", &shell[..close], &shell[close + 1..])
}

/// The whole lesson, not hydratable, as the single file shows it before its wasm starts.
pub fn render_single(lang: Lang) -> String {
    let site = Site::default();
    let initial = Lesson::page_default(lang, None);
    render::<Root>(
        RootProps {
            store: Store::new(initial.clone()),
            initial: Rc::new(initial),
            site,
            part: Part::Page,
        },
        false,
    )
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The script first in every page's `<head>`: the language and embed redirect, then the printed
/// handout (plain script, so it works before the wasm loads).
pub const HEAD_SCRIPT: &str = concat!(
    include_str!("../static/redirect.js"),
    include_str!("../static/print.js")
);

/// Where the site lives, if the build was told (`SITE_URL`, ending in `/`): link previews need
/// absolute addresses; without it they stay relative.
pub fn site_url() -> String {
    std::env::var("SITE_URL")
        .ok()
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .map(|u| if u.ends_with('/') { u } else { format!("{u}/") })
        .unwrap_or_default()
}

/// The link-preview image of a language, relative to the site root (committed under static/og/).
pub fn preview_image(lang: Lang) -> String {
    format!("og/selloff-lab-{}.png", lang.tag())
}

/// Open Graph and Twitter card tags: title, description, address and a 1200×630 image.
fn preview_tags(
    kind: PageKind,
    title: &str,
    description: &str,
    base: &str,
    canonical: &str,
) -> String {
    let lang = kind.lang();
    let site = site_url();
    // Absolute with SITE_URL; else relative to this page.
    let at = |path: &str| {
        if site.is_empty() {
            format!("{base}{path}")
        } else {
            format!("{site}{path}")
        }
    };
    let locale = match lang {
        Lang::En => "en_US",
        Lang::ZhHant => "zh_TW",
    };
    format!(
        "<meta property=\"og:type\" content=\"website\">\n<meta property=\"og:site_name\" content=\"{name}\">\n\
<meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:description\" content=\"{description}\">\n\
<meta property=\"og:url\" content=\"{url}\">\n<meta property=\"og:locale\" content=\"{locale}\">\n\
<meta property=\"og:image\" content=\"{image}\">\n<meta property=\"og:image:width\" content=\"1200\">\n\
<meta property=\"og:image:height\" content=\"630\">\n<meta property=\"og:image:alt\" content=\"{title}\">\n\
<meta name=\"twitter:card\" content=\"summary_large_image\">\n<meta name=\"twitter:title\" content=\"{title}\">\n\
<meta name=\"twitter:description\" content=\"{description}\">\n<meta name=\"twitter:image\" content=\"{image}\">\n",
        name = escape(T::SiteName.get(lang)),
        title = escape(title),
        description = escape(description),
        url = at(canonical),
        image = at(&preview_image(lang)),
    )
}

/// A whole served page.
pub fn page_html(kind: PageKind, assets: &Assets) -> String {
    let lang = kind.lang();
    let base = kind.base();
    let app = render_app(lang, kind.embed(), base);
    let title = match kind.embed() {
        Some(w) => format!("{} · {}", widget_title(w).get(lang), T::SiteName.get(lang)),
        None => T::PageTitle.get(lang).to_string(),
    };
    let alternates: String = Lang::ALL
        .iter()
        .map(|l| {
            let dir = match kind.embed() {
                Some(w) => PageKind::Embed(*l, w).dir(),
                None => PageKind::Lesson(*l).dir(),
            };
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{base}{dir}\">",
                l.tag()
            )
        })
        .collect();
    let canonical = match kind {
        PageKind::Root => PageKind::Lesson(Lang::ZhHant).dir(),
        other => other.dir(),
    };
    let embeds: Vec<&str> = Widget::ALL.iter().map(|w| w.id()).collect();
    let embed_id = kind.embed().map(|w| w.id()).unwrap_or_default();
    format!(
        "<!doctype html>\n<html lang=\"{lang_tag}\" data-page=\"{page}\" data-base=\"{base}\" data-embed=\"{embed_id}\" data-embeds=\"{embeds}\">\n<head>\n\
<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"__CSP__\">\n<meta name=\"color-scheme\" content=\"light dark\">\n\
<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">\n\
<script>{head_script}</script>\n<title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n\
<link rel=\"canonical\" href=\"{canonical_href}\">\n{alternates}<link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}\">\n{previews}\
<link rel=\"icon\" href=\"{base}{icon}\">\n<link rel=\"stylesheet\" href=\"{base}{css}\">\n\
</head>\n<body>\n\
<div id=\"app\" data-mode=\"pages\" data-base=\"{base}\" data-embed=\"{embed_id}\" data-glue=\"{glue}\" data-wasm=\"{wasm}\">{app}</div>\n\
<script>__BOOT__</script>\n</body>\n</html>\n",
        lang_tag = lang.tag(),
        page = kind.id(),
        embeds = embeds.join(" "),
        title = escape(&title),
        description = escape(T::MetaDescription.get(lang)),
        icon = assets.icon,
        css = assets.css,
        glue = assets.code_for(lang).0,
        wasm = assets.code_for(lang).1,
        head_script = HEAD_SCRIPT.trim(),
        canonical_href = if site_url().is_empty() { format!("{base}{canonical}") } else { format!("{}{canonical}", site_url()) },
        previews = preview_tags(kind, &title, T::MetaDescription.get(lang), base, &canonical),
    )
}

/// Today as YYYY-MM-DD (the build date the single file states), or `SOURCE_DATE_EPOCH`'s day
/// for a reproducible build.
pub fn build_date() -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = secs.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The last day the dataset's yield series reach, as "JGBs …, Treasuries …".
fn data_as_of() -> (String, String) {
    use crate::model::dataset::{JGB_MONTHLY, UST_MONTHLY};
    use crate::model::series::iso;
    (
        JGB_MONTHLY
            .last()
            .map(|m| iso(m.last_day))
            .unwrap_or_default(),
        UST_MONTHLY
            .last()
            .map(|m| iso(m.last_day))
            .unwrap_or_default(),
    )
}

/// The single-file lesson's page, with `__STYLE__` and `__SCRIPT__` for the post-build step to
/// fill (the CSS, and the JS glue with the compressed wasm).
pub fn single_file_template() -> String {
    let lang = Lang::ZhHant;
    let (jgb, ust) = data_as_of();
    let stamp: Vec<String> = Lang::ALL
        .iter()
        .map(|l| {
            tr::SingleFileStamp {
                built: &build_date(),
                jgb_as_of: &jgb,
                ust_as_of: &ust,
            }
            .text(*l)
        })
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"__CSP__\">\n<meta name=\"color-scheme\" content=\"light dark\">\n\
<title>{}</title>\n<meta name=\"description\" content=\"{}\">\n<link rel=\"icon\" href=\"data:,\">\n\
<style>__STYLE__</style>\n</head>\n<body>\n<div id=\"app\" data-mode=\"single\">{}</div>\n\
<p class=\"site-footer small\" data-testid=\"single-file-stamp\">{}</p>\n__SCRIPT__\n</body>\n</html>\n",
        lang.tag(),
        escape(T::PageTitle.get(lang)),
        escape(T::MetaDescription.get(lang)),
        render_single(lang),
        escape(&stamp.join(" / ")),
    )
}

/// A chart's image in one width and theme.
pub fn chart_svg(spec: &crate::charts::ChartSpec, aspect: u8, width: u32, dark: bool) -> String {
    let h = box_height(f64::from(width), aspect).round() as u32;
    let style = Style {
        palette: if dark { Palette::DARK } else { Palette::LIGHT },
        scale: 1.0,
    };
    render_svg_styled(spec, width, h, &style)
}

/// Writes every page and chart image into `dist`.
pub fn write_site(dist: &Path) -> std::io::Result<Vec<PathBuf>> {
    let assets = Assets::find(dist)?;
    let mut written = Vec::new();
    let mut write = |rel: String, text: String| -> std::io::Result<()> {
        let path = dist.join(&rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(&path, text)?;
        written.push(path);
        Ok(())
    };
    for kind in PageKind::all() {
        take_recorded();
        let html = page_html(kind, &assets);
        write(format!("{}index.html", kind.dir()), html)?;
        // The lesson pages hold every chart; draw each one's default view once per language.
        if let PageKind::Lesson(lang) = kind {
            record_other_states(lang);
            let mut done = Vec::new();
            for (testid, spec, aspect) in take_recorded() {
                if done.contains(&testid) {
                    continue;
                }
                for (name, width) in IMAGE_WIDTHS {
                    for (theme, dark) in [("light", false), ("dark", true)] {
                        let svg = chart_svg(&spec, aspect, width, dark);
                        write(image_path(lang.tag(), &testid, name, theme), svg)?;
                    }
                }
                done.push(testid);
            }
        }
    }
    write("selloff-lab.template.html".into(), single_file_template())?;
    Ok(written)
}

//! The page: the article's eleven sections in the lesson's own words, with each interactive
//! piece in its slot. The prose depends only on the language and the data, never on the reader's
//! state, so on a served page it is static HTML and only the slots are hydrated. Figures in the
//! prose are filled in from the dataset.

use std::rc::Rc;

use yew::prelude::*;

use super::auction::Auction;
use super::corrections::Corrections;
use super::fiscal_loop::FiscalLoop;
use super::holdings::Holdings;
use super::jgb_yields::JgbYields;
use super::may_2025::May2025;
use super::risk_table::RiskTable;
use super::root::{part_view, Part};
use super::scenarios::Scenarios;
use super::taper::Taper;
use super::teach::glossary::glossary;
use super::teach::teacher::teacher;
use super::ust_candles::UstCandles;
use super::widget_slot::WidgetSlot;
use super::yield_curve::YieldCurve;
use super::yield_lab::YieldLab;
use super::{use_live, use_site, Mode, Site};
use crate::i18n::{word_space, Lang, T};
use crate::model::widgets::Widget;
use crate::state::Lesson as LessonState;

/// Renders the widget for an id: the full lesson, islands and embeds all go through here.
/// Widgets get only the fields they use, so a slider elsewhere does not re-render them.
pub fn widget_view(widget: Widget, lesson: &LessonState) -> Html {
    let url = &lesson.url;
    match widget {
        Widget::YieldLab => html! {
            <YieldLab tenor_years={url.tenor_years} coupon_pct={url.coupon_pct} yield_pct={url.yield_pct}
                shock_bp={url.shock_bp} view={url.lab_view} />
        },
        Widget::RiskTable => html! {
            <RiskTable view={url.risk} highlighted={url.risk_row} shock_bp={url.shock_bp} printing={lesson.printing} />
        },
        Widget::Holdings => html! {
            <Holdings basis={url.boj_basis} boj_duration={url.boj_duration}
                fed_duration={url.fed_duration} shock_bp={url.shock_bp} />
        },
        Widget::Auction => html! {
            <Auction auction={url.auction} demand={url.auction_demand}
                dispersion={url.auction_dispersion} wi={url.auction_wi} />
        },
        Widget::FiscalLoop => html! {
            <FiscalLoop shock_bp={url.shock_bp} debt_maturity={url.debt_maturity} fiscal_path={url.fiscal_path}
                loop_strength={url.loop_strength} loop_bought_pct={url.loop_bought_pct}
                auction={url.auction} auction_demand={url.auction_demand} />
        },
        Widget::Scenarios => html! {
            <Scenarios boj_path={url.boj_path} boj_response={url.boj_response} fed_response={url.fed_response}
                shock_bp={url.shock_bp} boj_basis={url.boj_basis} debt_maturity={url.debt_maturity}
                fiscal_path={url.fiscal_path} />
        },
        Widget::Taper => html! { <Taper cut_bn={url.cut_bn} cut_2026_bn={url.cut_2026_bn} /> },
        Widget::JgbYields => html! { <JgbYields range={url.jgb_range} tenors={url.jgb_tenors} /> },
        Widget::UstCandles => html! { <UstCandles /> },
        Widget::May2025 => html! { <May2025 /> },
        Widget::YieldCurve => html! { <YieldCurve /> },
    }
}

/// Where a part of the page goes: on a served page an empty element that the pre-rendering fills
/// and the browser hydrates; in the single-file lesson the part itself.
pub fn slot(part: Part, islands: bool) -> Html {
    if islands {
        html! { <div class="island" data-island={part.id()}></div> }
    } else {
        html! { <InlinePart {part} /> }
    }
}

/// What a reader without JavaScript, or whose browser cannot start WebAssembly, is told. The
/// page's scripts show the right one (`html.js`, `#no-wasm`).
fn delivery_notes(lang: Lang, site: &Site) -> Html {
    let other = match lang {
        Lang::En => Lang::ZhHant,
        Lang::ZhHant => Lang::En,
    };
    let other_name = match other {
        Lang::En => T::LangNameEn,
        Lang::ZhHant => T::LangNameZh,
    };
    let pages = site.mode == Mode::Pages;
    html! {
        <>
            <p class="nojs-note" role="note">
                { T::NeedsJs.get(lang) }
                if pages {
                    { word_space(lang) }<a href={format!("{}{}/", site.base, other.tag())} lang={other.tag()} hreflang={other.tag()}>{ other_name.get(other) }</a>
                }
            </p>
            <p id="no-wasm" class="no-wasm-note" role="status" hidden=true>
                <span id="no-wasm-why">{ T::NeedsWasm.get(lang) }</span>
                if pages {
                    <span id="no-wasm-sandbox" hidden=true>{ T::EmbedNeedsSameOrigin.get(lang) }</span>
                }
                if pages {
                    { word_space(lang) }<a id="no-wasm-offline" href={format!("{}selloff-lab.html", site.base)} download="selloff-lab.html" hidden=true>
                        { T::DownloadOffline.get(lang) }</a>
                }
            </p>
        </>
    }
}

/// A template with markup in its named places (`{address}`), for text around live elements. An
/// unknown name is left as written.
pub fn fill_html(template: &str, args: Vec<(&str, Html)>) -> Html {
    let mut out = Vec::new();
    let mut rest = template;
    let mut args: Vec<(&str, Option<Html>)> = args.into_iter().map(|(n, h)| (n, Some(h))).collect();
    while let Some(open) = rest.find('{') {
        let close = rest[open..].find('}').map(|c| open + c);
        let arg = close.and_then(|c| {
            let name = &rest[open + 1..c];
            args.iter_mut()
                .find(|(n, _)| *n == name)
                .and_then(|(_, h)| h.take())
        });
        match (close, arg) {
            (Some(c), Some(html)) => {
                out.push(html! { { &rest[..open] } });
                out.push(html);
                rest = &rest[c + 1..];
            }
            _ => {
                out.push(html! { { &rest[..=open] } });
                rest = &rest[open + 1..];
            }
        }
    }
    out.push(html! { { rest } });
    out.into_iter().collect()
}

/// Printed at the end: where the handout came from (with its state) and when, filled in by the
/// page's script as it prints.
fn print_note(lang: Lang) -> Html {
    html! {
        <p class="print-note" aria-hidden="true">
            { fill_html(T::PrintedFrom.get(lang), vec![
                ("address", html! { <span class="print-url"></span> }),
                ("date", html! { <span class="print-date"></span> }),
            ]) }
        </p>
    }
}

/// A widget in its frame: heading, anchor for links and embeds, and the live part.
pub fn widget_slot(widget: Widget, islands: bool) -> Html {
    html! { <WidgetSlot {widget}>{ slot(Part::Widget(widget), islands) }</WidgetSlot> }
}

#[derive(Properties, PartialEq)]
struct InlinePartProps {
    part: Part,
}

/// A part rendered in place, from the state its root provides (single-file lesson).
#[function_component(InlinePart)]
fn inline_part(props: &InlinePartProps) -> Html {
    crate::counted!("InlinePart");
    let lesson = use_context::<Rc<LessonState>>();
    let live = use_live();
    match lesson {
        Some(lesson) => part_view(props.part, &lesson, live),
        None => html! {},
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn templates_take_markup_in_their_places() {
        let html = fill_html(
            "a {second} b {first} c {x}",
            vec![
                ("first", html! { <i>{ "0" }</i> }),
                ("second", html! { <b>{ "1" }</b> }),
            ],
        );
        let text = futures::executor::block_on(
            yew::LocalServerRenderer::<Probe>::with_props(ProbeProps { html })
                .hydratable(false)
                .render(),
        );
        assert_eq!(text, "a <b>1</b> b <i>0</i> c {x}");
    }

    #[derive(Properties, PartialEq)]
    struct ProbeProps {
        html: Html,
    }

    #[function_component(Probe)]
    fn probe(props: &ProbeProps) -> Html {
        props.html.clone()
    }
}

#[derive(Properties, PartialEq)]
pub struct PageProps {
    pub lang: Lang,
    /// The widget shown alone (`?embed=` or an embed page), or the whole lesson.
    #[prop_or_default]
    pub embed: Option<Widget>,
    /// Leave the interactive parts as empty islands (served pages) instead of rendering them.
    #[prop_or_default]
    pub islands: bool,
}

/// The whole page for a language: header, notice, contents, the eleven sections and the footer;
/// or one widget with its embed bar. Re-renders only when the language or the embed changes.
#[function_component(Page)]
pub fn page(props: &PageProps) -> Html {
    crate::counted!("Page");
    let (lang, islands) = (props.lang, props.islands);
    let site = use_site();
    if let Some(widget) = props.embed {
        return html! {
            <main class="embed" id="lesson" tabindex="-1">
                { slot(Part::EmbedBar, islands) }
                { delivery_notes(lang, &site) }
                { slot(Part::Notice, islands) }
                { widget_slot(widget, islands) }
                <p class="disclaimer small">{ T::Disclaimer.get(lang) }</p>
                { print_note(lang) }
            </main>
        };
    }
    let all = super::sections::sections(lang, islands);
    html! {
        <>
            { slot(Part::Header, islands) }
            <main id="lesson" tabindex="-1">
                { delivery_notes(lang, &site) }
                { slot(Part::Notice, islands) }
                <button type="button" id="back-to" class="back-to" hidden=true>{ T::BackToWhereYouWere.get(lang) }</button>
                <nav class="toc" aria-label={T::Contents.get(lang)}>
                    <h2>{ T::Contents.get(lang) }</h2>
                    <ol>
                        { for all.iter().map(|s| html! {
                            <li><a href={format!("#s{}", s.n)}>{ s.title.get(lang) }</a></li>
                        }) }
                        <li class="extra"><a href="#glossary">{ T::GlossaryTitle.get(lang) }</a></li>
                        <li class="extra"><a href="#teacher">{ T::TeacherTitle.get(lang) }</a></li>
                    </ol>
                </nav>
                { for all.into_iter().map(|s| html! {
                    <section class="lesson-section" id={format!("s{}", s.n)} aria-labelledby={format!("s{}-title", s.n)}>
                        <h2 id={format!("s{}-title", s.n)}>{ s.title.get(lang) }</h2>
                        { s.body }
                    </section>
                }) }
                { glossary(lang) }
                { teacher(lang) }
            </main>
            <footer class="site-footer">
                <p>{ T::Footer.get(lang) }</p>
                <Corrections />
                if site.mode == Mode::Pages {
                    <p class="offline">
                        <a href={format!("{}selloff-lab.html", site.base)} download="selloff-lab.html" data-testid="download-offline">
                            { T::DownloadOffline.get(lang) }</a>{ word_space(lang) }{ T::OfflineHow.get(lang) }
                    </p>
                }
                { print_note(lang) }
            </footer>
        </>
    }
}

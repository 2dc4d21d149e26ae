//! For teachers: goals, a 45-minute plan, reading times, prepared links, discussion questions,
//! a printable worksheet, the answer keys (behind a click) and how to cite the lesson. Static
//! prose: it prints on its own and the single-file lesson carries it.

use yew::prelude::*;

use super::super::corrections::CORRECTIONS_DATE;
use super::super::fiscal_loop::TOY_LOOP_ANCHOR;
use crate::i18n::{quiz_text, tr, word_space, Lang, T};
use crate::model::auction::AuctionId;
use crate::model::data::{fact, FactId};
use crate::model::teach::QuizId;
use crate::model::url_state::UrlState;
use crate::model::widgets::Widget;

/// Minutes to read and try each section, 1 to 11.
const READING_MINUTES: [u8; 11] = [3, 6, 6, 9, 3, 4, 4, 2, 2, 3, 8];

const SECTION_TITLES: [T; 11] = [
    T::S1Title,
    T::S2Title,
    T::S3Title,
    T::S4Title,
    T::S5Title,
    T::S6Title,
    T::S7Title,
    T::S8Title,
    T::S9Title,
    T::S10Title,
    T::S11Title,
];

/// Links that open the lesson with a widget in a prepared state.
fn prepared_links(lang: Lang) -> Vec<(T, String)> {
    // Each opens at its widget, or at the part of it the link is about.
    let link = |edit: &dyn Fn(&mut UrlState), anchor: &str| {
        let mut s = UrlState {
            lang: Some(lang),
            ..UrlState::default()
        };
        edit(&mut s);
        format!("?{}#{anchor}", s.to_query())
    };
    let y40 = fact(FactId::Jgb40y20250522).value;
    vec![
        (
            T::TLinkForty,
            link(
                &|s| {
                    s.tenor_years = 40.0;
                    s.coupon_pct = y40;
                    s.yield_pct = y40;
                    s.shock_bp = 100;
                },
                Widget::YieldLab.id(),
            ),
        ),
        (
            T::TLinkAuction,
            link(&|s| s.auction = AuctionId::Jgb20yMay, Widget::Auction.id()),
        ),
        (
            T::TLinkApril,
            link(
                &|s| s.auction = AuctionId::Jgb20yApril,
                Widget::Auction.id(),
            ),
        ),
        (
            T::TLinkTreasury,
            link(&|s| s.auction = AuctionId::Ust20yMay, Widget::Auction.id()),
        ),
        (
            T::TLinkTaper,
            link(
                &|s| {
                    s.cut_bn = 0.0;
                    s.cut_2026_bn = 0.0;
                },
                Widget::Taper.id(),
            ),
        ),
        (
            T::TLinkRunaway,
            link(
                &|s| {
                    s.loop_strength = 1.2;
                    s.loop_bought_pct = 0.0;
                },
                TOY_LOOP_ANCHOR,
            ),
        ),
    ]
}

fn list(lang: Lang, items: &[T]) -> Html {
    html! { <ul>{ for items.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ul> }
}

/// The teachers' section, after the glossary.
pub fn teacher(lang: Lang) -> Html {
    let discussion = [T::TDisc1, T::TDisc2, T::TDisc3, T::TDisc4];
    let answers = [T::TAns1, T::TAns2, T::TAns3, T::TAns4];
    let work = [
        T::TWork1,
        T::TWork2,
        T::TWork3,
        T::TWork4,
        T::TWork5,
        T::TWork6,
        T::TWork7,
    ];
    let total_minutes: u32 = READING_MINUTES.iter().map(|&m| u32::from(m)).sum();
    html! {
        <section class="lesson-section teacher" id="teacher" aria-labelledby="teacher-title" data-testid="teacher">
            <h2 id="teacher-title">{ T::TeacherTitle.get(lang) }</h2>
            <p>{ T::TeacherIntro.get(lang) }</p>
            <button type="button" class="small print-part-button" data-print-part="teacher" data-testid="print-teacher">{ T::TeacherPrintPages.get(lang) }</button>
            <h3>{ T::TeacherGoalsTitle.get(lang) }</h3>
            { list(lang, &[T::TGoal1, T::TGoal2, T::TGoal3, T::TGoal4]) }
            <h3>{ T::TeacherPlanTitle.get(lang) }</h3>
            { list(lang, &[T::TPlan1, T::TPlan2, T::TPlan3, T::TPlan4, T::TPlan5]) }
            <h3>{ T::TeacherTimesTitle.get(lang) }</h3>
            <p>{ tr::TTimesNote { total: &total_minutes.to_string() }.text(lang) }</p>
            <table class="compact reading-times" data-testid="reading-times">
                <tbody>
                    { for SECTION_TITLES.iter().zip(READING_MINUTES).enumerate().map(|(i, (t, m))| html! {
                        <tr><th scope="row"><a href={format!("#s{}", i + 1)}>{ t.get(lang) }</a></th>
                            <td>{ tr::TMinutes { minutes: &m.to_string() }.text(lang) }</td></tr>
                    }) }
                </tbody>
                <tfoot>
                    <tr><th scope="row">{ T::TTimesTotal.get(lang) }</th>
                        <td>{ tr::TMinutes { minutes: &total_minutes.to_string() }.text(lang) }</td></tr>
                </tfoot>
            </table>
            <h3>{ T::TeacherLinksTitle.get(lang) }</h3>
            <ul data-testid="teacher-links">
                { for prepared_links(lang).into_iter().map(|(t, href)| html! { <li><a {href}>{ t.get(lang) }</a></li> }) }
            </ul>
            <h3>{ T::TeacherDiscussTitle.get(lang) }</h3>
            <ol>{ for discussion.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ol>
            <details class="answer-key" data-testid="answer-key">
                <summary>{ T::TeacherShowAnswers.get(lang) }</summary>
                <h4>{ T::TeacherAnswersTitle.get(lang) }</h4>
                <ol>{ for answers.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ol>
                <h4>{ T::TeacherQuizKey.get(lang) }</h4>
                <ol>
                    { for QuizId::ALL.iter().map(|q| {
                        let a = q.answer();
                        let text = quiz_text(*q, &a, lang);
                        html! { <li>{ &text.question }{ word_space(lang) }<b>{ text.choices.get(a.correct).cloned().unwrap_or_default() }</b></li> }
                    }) }
                </ol>
            </details>
            <div class="worksheet" id="worksheet" data-testid="worksheet">
                <h3>{ T::TeacherWorksheetTitle.get(lang) }</h3>
                <button type="button" class="small print-part-button" data-print-part="worksheet">{ T::TeacherPrintWorksheet.get(lang) }</button>
                <p class="name-line">{ T::TWorkName.get(lang) }</p>
                <p>{ T::TWorkIntro.get(lang) }</p>
                <ol>{ for work.iter().map(|t| html! { <li>{ t.get(lang) }</li> }) }</ol>
            </div>
            <h3>{ T::TeacherCiteTitle.get(lang) }</h3>
            <p data-testid="cite">{ tr::TCite { edition: CORRECTIONS_DATE }.text(lang) }</p>
            <p data-testid="licence">{ T::TLicence.get(lang) }</p>
        </section>
    }
}

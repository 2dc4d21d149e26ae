//! The page header: title, the language switch and the share panel.

use yew::prelude::*;

use super::share::SharePanel;
use super::use_lesson;
use crate::i18n::{Lang, T};
use crate::state::Action;

#[function_component(LangSwitch)]
pub fn lang_switch() -> Html {
    let lesson = use_lesson();
    let lang = lesson.lang;
    html! {
        <div class="lang-switch" role="group" aria-label={T::LanguageLabel.get(lang)}>
            { for Lang::ALL.iter().map(|&l| {
                let lesson = lesson.clone();
                let name = match l { Lang::En => T::LangNameEn, Lang::ZhHant => T::LangNameZh };
                html! {
                    <button type="button" lang={l.tag()} aria-pressed={(l == lang).to_string()}
                        data-testid={format!("lang-{}", l.tag())}
                        onclick={Callback::from(move |_| lesson.dispatch(Action::SetLang(l)))}>
                        { name.get(l) }
                    </button>
                }
            }) }
        </div>
    }
}

#[function_component(Header)]
pub fn header() -> Html {
    let lang = use_lesson().lang;
    html! {
        <header class="site-header">
            <a class="skip" href="#lesson">{ T::SkipToContent.get(lang) }</a>
            <div class="bar">
                <p class="site-name">{ T::SiteName.get(lang) }</p>
                <LangSwitch />
            </div>
            <h1 data-testid="title">{ T::PageTitle.get(lang) }</h1>
            <p class="lede">{ T::Lede.get(lang) }</p>
            <p class="disclaimer" data-testid="disclaimer">{ T::Disclaimer.get(lang) }</p>
            <SharePanel />
        </header>
    }
}

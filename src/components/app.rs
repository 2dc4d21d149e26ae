//! The whole lesson as one Yew app: the single-file lesson and the browser tests mount this.
//! The served pages hydrate islands instead (see `web.rs`); both render the same parts.

use yew::prelude::*;

use super::root::{Part, Root};
use super::Site;
use crate::state::Store;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    pub store: Store,
    #[prop_or_default]
    pub site: Site,
}

#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    crate::counted!("App");
    let initial = use_memo((), {
        let store = props.store.clone();
        move |_| store.get()
    });
    html! {
        <Root store={props.store.clone()} initial={(*initial).clone()} site={props.site.clone()} part={Part::Page} />
    }
}

//! A live region that speaks once the reader stops. A slider's readouts change on every step of a
//! drag; a screen reader should hear where it settled, not every step on the way.

use yew::prelude::*;

use crate::settle::Settle;

/// How long the text must stay the same before it is announced.
const SETTLE_MS: u32 = 600;

#[derive(Properties, PartialEq)]
pub struct AnnounceProps {
    /// What to say once it stops changing.
    pub text: AttrValue,
}

#[function_component(Announce)]
pub fn announce(props: &AnnounceProps) -> Html {
    crate::counted!("Announce");
    // Empty at first: the page's own text is read in place; only changes are announced.
    let said = use_state(AttrValue::default);
    let first = use_mut_ref(|| Some(props.text.clone()));
    let settle = use_memo((), |_| Settle::new(SETTLE_MS));
    {
        let (said, first, settle) = (said.clone(), first.clone(), settle.clone());
        use_effect_with(props.text.clone(), move |text| {
            if first.borrow_mut().take().as_ref() == Some(text) {
                return;
            }
            let (said, text) = (said.clone(), text.clone());
            settle.after_quiet(move || said.set(text));
        });
    }
    html! { <p class="sr-only" aria-live="polite" aria-atomic="true" data-testid="announce">{ &*said }</p> }
}

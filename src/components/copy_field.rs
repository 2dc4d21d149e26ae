//! A read-only field with a copy button that tells the truth: "Copied" only once the clipboard
//! took the text; where there is no clipboard (plain http, old browsers) or it refused, the text
//! is selected and a hint says to press Ctrl/⌘+C.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::use_lang;
use crate::i18n::T;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Copy {
    Idle,
    Copied,
    Manual,
}

#[derive(Properties, PartialEq)]
pub struct CopyFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// A text area for longer text (an embed snippet).
    #[prop_or_default]
    pub multiline: bool,
}

#[function_component(CopyField)]
pub fn copy_field(props: &CopyFieldProps) -> Html {
    crate::counted!("CopyField");
    let lang = use_lang();
    let state = use_state(|| Copy::Idle);
    let field = use_node_ref();
    // A new text is not copied yet.
    {
        let state = state.clone();
        use_effect_with(props.value.clone(), move |_| state.set(Copy::Idle));
    }
    let onclick = {
        let (state, field, text) = (state.clone(), field.clone(), props.value.to_string());
        Callback::from(move |_| copy(&text, &field, state.clone()))
    };
    let hint_id = format!("{}-hint", props.id);
    let input = if props.multiline {
        html! { <textarea ref={field} id={props.id.clone()} readonly=true rows="3" value={props.value.clone()}
        data-testid={props.id.clone()} aria-describedby={hint_id.clone()} /> }
    } else {
        html! { <input ref={field} id={props.id.clone()} type="text" readonly=true value={props.value.clone()}
        data-testid={props.id.clone()} aria-describedby={hint_id.clone()} /> }
    };
    html! {
        <>
            <label for={props.id.clone()}>{ &props.label }</label>
            <div class="copy-row">
                { input }
                <button type="button" class="small" {onclick} data-testid={format!("{}-copy", props.id)}>
                    { if *state == Copy::Copied { T::Copied.get(lang) } else { T::Copy.get(lang) } }
                </button>
            </div>
            <p class="hint" id={hint_id} role="status">
                if *state == Copy::Manual { { T::CopyByHand.get(lang) } }
            </p>
        </>
    }
}

/// Copies through the clipboard where there is one; otherwise selects the text for the reader.
fn copy(text: &str, field: &NodeRef, state: UseStateHandle<Copy>) {
    let select = {
        let field = field.clone();
        move || {
            if let Some(el) = field.cast::<HtmlInputElement>() {
                el.select();
            } else if let Some(el) = field.cast::<web_sys::HtmlTextAreaElement>() {
                el.select();
            }
        }
    };
    let clipboard = web_sys::window()
        .filter(|w| w.is_secure_context())
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        select();
        state.set(Copy::Manual);
        return;
    };
    let promise = clipboard.write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(_) => state.set(Copy::Copied),
            Err(_) => {
                select();
                state.set(Copy::Manual);
            }
        }
    });
}

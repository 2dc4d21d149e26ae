//! The frame every interactive piece sits in: `data-widget` for embedding and tests, an anchor
//! for links, and a heading.

use yew::prelude::*;

use super::use_lang;
use crate::i18n::widget_title;
use crate::model::widgets::Widget;

#[derive(Properties, PartialEq)]
pub struct WidgetSlotProps {
    pub widget: Widget,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(WidgetSlot)]
pub fn widget_slot(props: &WidgetSlotProps) -> Html {
    crate::counted!("WidgetSlot");
    let lang = use_lang();
    let title = widget_title(props.widget).get(lang);
    let heading_id = format!("{}-title", props.widget.id());
    html! {
        <section class="widget" data-widget={props.widget.id()} id={props.widget.id()}
            aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ title }</h3>
            { props.children.clone() }
        </section>
    }
}

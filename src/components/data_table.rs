//! "Show the data as a table": a disclosure that renders its rows only once opened, so the page
//! carries a dated series as one chart and a few words until a reader asks for every number.

use yew::prelude::*;

use super::{use_disclosure, use_lang, use_live};
use crate::i18n::T;

/// A table's rows: the row's label and its cells, as text.
pub type Rows = Vec<(String, Vec<String>)>;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    pub testid: AttrValue,
    /// The first column's heading, then one per value column.
    pub headers: Vec<AttrValue>,
    /// Builds the rows, called only while the table is open.
    pub rows: Callback<(), Rows>,
}

#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    crate::counted!("DataTable");
    let lang = use_lang();
    let live = use_live();
    let details = use_disclosure();
    let table = if details.open {
        let rows = props.rows.emit(());
        html! {
            <div class="table-scroll">
                <table data-testid={format!("{}-table", props.testid)}>
                    <thead><tr>
                        { for props.headers.iter().map(|h| html! { <th scope="col">{ h }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for rows.into_iter().map(|(label, cells)| html! {
                            <tr>
                                <th scope="row">{ label }</th>
                                { for cells.into_iter().map(|c| html! { <td>{ c }</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    } else if !live {
        html! { <p class="hint">{ T::TableNeedsScript.get(lang) }</p> }
    } else {
        html! {}
    };
    html! {
        <details ref={details.node} class="data-table" ontoggle={details.ontoggle}>
            <summary>{ T::ShowData.get(lang) }</summary>
            { table }
        </details>
    }
}

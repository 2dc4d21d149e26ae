//! The JGB/UST risk table: a real table on wide screens, stacked cards on narrow ones, a toggle
//! for the markets shown, severities told by words and shape as well as colour, and cells that
//! open onto the figures behind them.

use yew::prelude::*;

use super::severity_gauge::severity_gauge;
use super::source_note::SourceNote;
use super::toggle_group::{choices, toggle_group};
use super::{use_dispatch, use_lang};
use crate::i18n::{figure_label, num, risk_row_title, risk_summary, signed, tr, T};
use crate::model::auction::auction_history_as_of;
use crate::model::data::{FactId, SourceId};
use crate::model::risk::{figure_value, follows_shock, Cell, Figure, Market, RiskRowId, Row, ROWS};
use crate::model::url_state::RiskView;
use crate::state::Action;

/// A market's column heading.
fn market_title(market: Market) -> T {
    match market {
        Market::Jgb => T::RiskJgb,
        Market::Ust => T::RiskUst,
    }
}

#[derive(Properties, PartialEq)]
pub struct RiskTableProps {
    pub view: RiskView,
    pub highlighted: Option<RiskRowId>,
    pub shock_bp: i32,
    /// Printing shows every cell's evidence.
    #[prop_or_default]
    pub printing: bool,
}

#[function_component(RiskTable)]
pub fn risk_table(props: &RiskTableProps) -> Html {
    crate::counted!("RiskTable");
    let lang = use_lang();
    let dispatch = use_dispatch();
    let view = props.view;
    let highlighted = props.highlighted;

    let markets: Vec<Market> = [Market::Jgb, Market::Ust]
        .into_iter()
        .filter(|m| match m {
            Market::Jgb => view.shows_jgb(),
            Market::Ust => view.shows_ust(),
        })
        .collect();

    html! {
        <div class="risk" data-testid="risk-table">
            { toggle_group(
                lang,
                (T::RiskShow, false),
                choices(
                    &[(RiskView::Jgb, T::RiskJgb), (RiskView::Ust, T::RiskUst), (RiskView::Both, T::RiskBoth)],
                    |v| format!("risk-toggle-{}", v.id()),
                ),
                view,
                &dispatch,
                Action::SetRisk,
            ) }
            <table class={classes!("risk-table", (markets.len() == 1).then_some("single"))}>
                <caption class="sr-only">{ T::WRiskTable.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ T::RiskItem.get(lang) }</th>
                        { for markets.iter().map(|m| html! {
                            <th scope="col" data-testid={format!("risk-col-{}", m.id())}>{ market_title(*m).get(lang) }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for ROWS.iter().map(|row| html! {
                        <tr id={format!("risk-row-{}", row.id.id())}
                            class={classes!((highlighted == Some(row.id)).then_some("highlight"))}>
                            <th scope="row">{ risk_row_title(row.id).get(lang) }</th>
                            { for markets.iter().map(|m| {
                                // Only cells that show a shock-dependent figure need the shock.
                                let uses_shock = row.cell(*m).evidence.iter().any(|e| follows_shock(e.figure));
                                html! { <RiskCell {row} market={*m} shock_bp={if uses_shock { props.shock_bp } else { 0 }} printing={props.printing} /> }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
            <p class="verdict">{ T::RiskVerdict.get(lang) }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RiskCellProps {
    row: &'static Row,
    market: Market,
    shock_bp: i32,
    printing: bool,
}

/// One market's cell: severity told by words and shape, a summary, and evidence behind a toggle.
#[function_component(RiskCell)]
fn risk_cell(props: &RiskCellProps) -> Html {
    crate::counted!(format!(
        "RiskCell:{}-{}",
        props.row.id.id(),
        props.market.id()
    ));
    let lang = use_lang();
    let open = use_state(|| false);
    let (row, market) = (props.row, props.market);
    let cell: &Cell = row.cell(market);
    let is_open = *open;
    let region_id = format!("evidence-{}-{}", row.id.id(), market.id());
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let sev = cell.severity;
    let facts: Vec<FactId> = cell
        .evidence
        .iter()
        .flat_map(|e| match e.figure {
            Figure::Fact(id) => vec![id],
            Figure::FedShare => vec![FactId::FedUstHoldingsTn, FactId::UstMarketableTn],
            Figure::ShockLoss { yield_fact, .. } => vec![yield_fact],
            Figure::UsAverageBtc(_) => vec![],
        })
        .collect();
    let series: Vec<(SourceId, String)> = cell
        .evidence
        .iter()
        .filter(|e| matches!(e.figure, Figure::UsAverageBtc(_)))
        .map(|_| (SourceId::UstAuctions, auction_history_as_of()))
        .collect();
    let shock = props.shock_bp;
    html! {
        <td data-testid={format!("risk-cell-{}-{}", row.id.id(), market.id())}
            data-label={market_title(market).get(lang)} class={classes!("risk-cell", sev.id())}>
            { severity_gauge(lang, sev) }
            <p>{ risk_summary(row.id, market, lang) }</p>
            // Ten buttons read "Evidence": the name says whose (it starts with the visible word).
            <button type="button" class="small" aria-expanded={is_open.to_string()}
                aria-label={tr::EvidenceFor { row: risk_row_title(row.id).get(lang), market: market_title(market).get(lang) }.text(lang)}
                aria-controls={region_id.clone()} onclick={on_toggle}
                data-testid={format!("risk-expand-{}-{}", row.id.id(), market.id())}>
                { T::ShowEvidence.get(lang) }
            </button>
            <div id={region_id} class="evidence" hidden={!is_open}>
                // The figures are built only once asked for: a closed cell carries none.
                if is_open || props.printing {
                    <ul>
                        { for cell.evidence.iter().enumerate().map(|(i, e)| {
                            let value = figure_value(e.figure, shock).unwrap_or(f64::NAN);
                            let label = figure_label(e.figure).fill_named(lang, &[("shock", &signed(f64::from(shock), 0))]);
                            // A price change for the lab's move carries its sign (a gain reads "+").
                            let shown = if follows_shock(e.figure) { signed(value, e.decimals) } else { num(value, e.decimals) };
                            html! {
                                <li>
                                    { label }{ T::LabelSep.get(lang) }
                                    <strong data-testid={format!("evidence-{}-{}-{i}", row.id.id(), market.id())}
                                        data-value={value.to_string()}>{ shown }</strong>
                                    if !matches!(e.figure, Figure::Fact(_)) {
                                        <span class="sub">{ " " }{ T::ComputedFrom.get(lang) }</span>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                    <SourceNote {facts} {series} />
                    <a href={format!("#s{}", cell.section)}>{ tr::EvidenceGoTo { section: &cell.section.to_string() }.text(lang) }</a>

                }
            </div>
        </td>
    }
}

/// A link that lands on one row of the risk table and highlights it. Static prose: the page's
/// script highlights the row (`data-risk-row`).
#[derive(Properties, PartialEq)]
pub struct RiskRowLinkProps {
    pub row: RiskRowId,
}

#[function_component(RiskRowLink)]
pub fn risk_row_link(props: &RiskRowLinkProps) -> Html {
    crate::counted!("RiskRowLink");
    let lang = use_lang();
    let id = props.row.id();
    html! {
        <a class="see-risk" href={format!("#risk-row-{id}")} data-risk-row={id}>{ T::SeeRiskRow.get(lang) }</a>
    }
}

//! Dated figures from the world, one group per input file: yields on the peak days, auction
//! results, central-bank holdings, and figures quoted from the key-facts and estimate files (each
//! checked against the text it is quoted from, so a value is typed once).

use std::fmt::Write as _;

use super::sources::{camel, SourceOut};
use super::{parse_cell, DataError, Inputs, Result, Table};

/// A fact as written into the dataset.
#[derive(Debug)]
pub struct FactOut {
    pub key: String,
    pub value: f64,
    pub date: String,
    pub source: &'static str,
}

fn out(key: &str, value: f64, date: &str, source: &'static str) -> FactOut {
    FactOut {
        key: key.to_string(),
        value,
        date: date.to_string(),
        source,
    }
}

/// Every fact, in a fixed order.
pub fn facts(inputs: &Inputs) -> Result<Vec<FactOut>> {
    let mut all = yield_facts(inputs)?;
    all.extend(auction_facts(inputs)?);
    all.extend(holdings_facts(&inputs.holdings)?);
    all.extend(quoted_facts(&inputs.key_facts)?);
    all.extend(estimate_facts(&inputs.interest)?);
    Ok(all)
}

/// The yields of the peak days: JGBs on 2025-05-22 (MOF), Treasuries on 2025-05-21 (par curve).
pub fn yield_facts(inputs: &Inputs) -> Result<Vec<FactOut>> {
    let mut v = Vec::new();
    for (key, col) in [
        ("jgb10y_2025_05_22", "10Y"),
        ("jgb20y_2025_05_22", "20Y"),
        ("jgb30y_2025_05_22", "30Y"),
        ("jgb40y_2025_05_22", "40Y"),
    ] {
        let value = inputs.mof.required("Date", "2025/5/22", col)?;
        v.push(out(key, value, "2025-05-22", "mof_yields"));
    }
    for (key, col) in [
        ("ust10y_2025_05_21", "10 Yr"),
        ("ust20y_2025_05_21", "20 Yr"),
        ("ust30y_2025_05_21", "30 Yr"),
    ] {
        let value = inputs.ust_par.required("Date", "2025-05-21", col)?;
        v.push(out(key, value, "2025-05-21", "ust_yields"));
    }
    Ok(v)
}

/// The 20-year JGB auctions of April and May 2025, the 12-month average ratio quoted in June, and
/// the three long Treasury auctions of May 2025.
pub fn auction_facts(inputs: &Inputs) -> Result<Vec<FactOut>> {
    let jgb = &inputs.jgb_auctions;
    let mut v = Vec::new();
    for (prefix, row, date) in [
        ("jgb20y_auction_may", "2025-05-20", "2025-05-20"),
        (
            "jgb20y_auction_april",
            "2025-04-(date not captured)",
            "2025-04",
        ),
    ] {
        v.push(out(
            &format!("{prefix}_btc"),
            jgb.required("auction_date", row, "bid_to_cover")?,
            date,
            "jgb_auction_20y",
        ));
        v.push(out(
            &format!("{prefix}_tail"),
            jgb.required("auction_date", row, "tail_yen")?,
            date,
            "jgb_auction_20y",
        ));
    }
    let (line, row) = jgb.row("auction_date", "2025-06-24")?;
    let detail = &row[jgb.col("other_detail")?];
    v.push(quote(
        detail,
        "12-month average BTC 3.31",
        &format!("{}:{line}", jgb.file),
        out(
            "jgb20y_auction_12m_avg_btc",
            3.31,
            "2025-06-24",
            "jgb_auction_june",
        ),
    )?);

    let us = &inputs.ust_may;
    for (prefix, date) in [
        ("ust10y_auction", "2025-05-06"),
        ("ust30y_auction", "2025-05-08"),
        ("ust20y_auction", "2025-05-21"),
    ] {
        for (suffix, col) in [
            ("high_yield", "high_yield_pct"),
            ("btc", "bid_to_cover"),
            ("tail_bp", "tail_bp_vs_WI"),
            ("indirect_pct", "indirect_pct"),
            ("dealer_pct", "primary_dealer_pct"),
            ("pct_at_high", "pct_allotted_at_high"),
            ("offering_bn", "offering_usd_bn"),
        ] {
            // The 20-year's tail is reported only as "about +1": kept as +1, with the caveat.
            let (line, row) = us.row("auction_date", date)?;
            let cell = row[us.col(col)?].trim().trim_start_matches("about ");
            let value = parse_cell(cell).ok().flatten().ok_or_else(|| {
                DataError(format!(
                    "{}:{line}: {col} is not a number: {cell:?}",
                    us.file
                ))
            })?;
            v.push(out(
                &format!("{prefix}_{suffix}"),
                value,
                date,
                "ust_auction_may",
            ));
        }
    }
    Ok(v)
}

/// One number from the holdings file, by date, measure and column.
fn pick(t: &Table, date: &str, measure: &str, col: &str) -> Result<f64> {
    let (d, m, c) = (t.col("date")?, t.col("measure")?, t.col(col)?);
    let (line, row) = t
        .rows
        .iter()
        .find(|(_, r)| r[d] == date && r[m] == measure)
        .ok_or_else(|| DataError(format!("{}: no {measure} on {date}", t.file)))?;
    parse_cell(&row[c])
        .ok()
        .flatten()
        .ok_or_else(|| DataError(format!("{}:{line}: {col} is not a number", t.file)))
}

const EXCL: &str = "JGBs excl. T-bills held";
const INCL: &str = "JGBs incl. T-bills held";
const BOOK: &str = "Japanese government securities on BOJ balance sheet (book value)";
const SOMA: &str = "U.S. Treasury securities held outright (Wednesday level)";
const SOMA_AVG: &str = "U.S. Treasury securities held outright (week avg)";

/// The central banks' holdings: shares on each basis, amounts, and the 2025 paths that show QT.
pub fn holdings_facts(t: &Table) -> Result<Vec<FactOut>> {
    let specs: [(&str, &str, &str, &str, &str, &'static str); 15] = [
        (
            "boj_share_excl_2024_03",
            "2024-03-31",
            EXCL,
            "share_pct",
            "2024-03-31",
            "boj_flow_of_funds",
        ),
        (
            "boj_amount_excl_2024_03",
            "2024-03-31",
            EXCL,
            "amount",
            "2024-03-31",
            "boj_flow_of_funds",
        ),
        (
            "jgb_outstanding_excl_2024_03",
            "2024-03-31",
            EXCL,
            "denominator",
            "2024-03-31",
            "boj_flow_of_funds",
        ),
        (
            "boj_share_incl_2024_03",
            "2024-03-31",
            INCL,
            "share_pct",
            "2024-03-31",
            "boj_flow_of_funds_incl",
        ),
        (
            "boj_share_incl_2025_03",
            "2025-03-31",
            INCL,
            "share_pct",
            "2025-03-31",
            "boj_flow_of_funds_2025",
        ),
        (
            "boj_share_record_2023_09",
            "2023-09-30",
            EXCL,
            "share_pct",
            "2023-09-30",
            "boj_flow_of_funds",
        ),
        (
            "boj_share_2013_03",
            "2013-03-31",
            EXCL,
            "share_pct",
            "2013-03-31",
            "boj_flow_of_funds",
        ),
        (
            "boj_jgb_book_2025_03",
            "2025-03-31",
            BOOK,
            "amount",
            "2025-03-31",
            "boj_accounts",
        ),
        (
            "boj_jgb_book_2025_07",
            "2025-07-20",
            BOOK,
            "amount",
            "2025-07-20",
            "boj_accounts",
        ),
        (
            "fed_ust_holdings_tn",
            "2025-05-28",
            SOMA,
            "amount",
            "2025-05-28",
            "fed_h41",
        ),
        (
            "ust_marketable_tn",
            "2025-05-28",
            SOMA,
            "denominator",
            "2025-05",
            "ust_marketable",
        ),
        (
            "fed_ust_holdings_2025_04_30",
            "2025-04-30",
            SOMA_AVG,
            "amount",
            "2025-04-30",
            "fed_h41_archive",
        ),
        (
            "fed_ust_holdings_2025_05_21",
            "2025-05-21",
            SOMA_AVG,
            "amount",
            "2025-05-21",
            "fed_h41_archive",
        ),
        (
            "boj_amount_incl_2024_03",
            "2024-03-31",
            INCL,
            "amount",
            "2024-03-31",
            "boj_flow_of_funds_incl",
        ),
        (
            "boj_amount_incl_2025_03",
            "2025-03-31",
            INCL,
            "amount",
            "2025-03-31",
            "boj_flow_of_funds_2025",
        ),
    ];
    specs
        .iter()
        .map(|(key, date, measure, col, as_of, source)| {
            Ok(out(key, pick(t, date, measure, col)?, as_of, source))
        })
        .collect()
}

/// A fact quoted from prose: the text must contain `needle`, and `needle` the value, so the
/// number is typed once and checked against its source.
fn quote(text: &str, needle: &str, place: &str, fact: FactOut) -> Result<FactOut> {
    if !text.contains(needle) {
        return Err(DataError(format!(
            "{place}: expected {needle:?} in {text:?}"
        )));
    }
    if !numbers_in(needle).contains(&fact.value) {
        return Err(DataError(format!(
            "{}: {} is not in the quoted text {needle:?}",
            fact.key, fact.value
        )));
    }
    Ok(fact)
}

/// The numbers written in a text ("-26.5bp to 3.285%" → −26.5 and 3.285); a minus sign counts
/// only where it does not join two words ("Q1-2026" holds 1 and 2026).
fn numbers_in(text: &str) -> Vec<f64> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let digits: String = chars[start..i].iter().collect();
            let negative = start > 0
                && chars[start - 1] == '-'
                && (start < 2 || !chars[start - 2].is_alphanumeric());
            if let Ok(v) = digits.trim_end_matches('.').parse::<f64>() {
                out.push(if negative { -v } else { v });
            }
        } else {
            i += 1;
        }
    }
    out
}

/// Figures quoted from `key_facts_may2025.csv`, whose values are prose.
pub fn quoted_facts(t: &Table) -> Result<Vec<FactOut>> {
    let specs: [(&str, &str, &str, f64, &str, &'static str); 11] = [
        (
            "Japan central govt debt (JGBs+borrowings+FBs)",
            "1323.7155",
            "japan_debt_tn",
            1323.7155,
            "2025-03-31",
            "mof_debt",
        ),
        (
            "Japan FY2025 initial budget debt-servicing costs",
            "28.2179",
            "japan_debt_service_tn",
            28.2179,
            "FY2025",
            "budget_debt_service",
        ),
        (
            "Japan FY2025 budget interest payments (within debt service)",
            "10.5",
            "japan_interest_tn",
            10.5,
            "FY2025",
            "budget_interest",
        ),
        (
            "Super-long JGB record peaks (benchmark-issue market quotes)",
            "40Y 3.675%",
            "jgb40y_news_peak",
            3.675,
            "2025-05-22",
            "news_peaks",
        ),
        (
            "Super-long JGB record peaks (benchmark-issue market quotes)",
            "30Y 3.185%",
            "jgb30y_news_peak",
            3.185,
            "2025-05-22",
            "news_peaks",
        ),
        (
            "40Y JGB drop on MOF issuance-cut report",
            "-26.5bp to 3.285%",
            "jgb40y_news_fall_2025_05_27_bp",
            -26.5,
            "2025-05-27",
            "news_peaks",
        ),
        (
            "40Y JGB drop on MOF issuance-cut report",
            "-26.5bp to 3.285%",
            "jgb40y_news_2025_05_27",
            3.285,
            "2025-05-27",
            "news_peaks",
        ),
        (
            "BOJ taper path",
            "Jul 2024 ~5.7tn",
            "boj_purchases_2024_07_tn",
            5.7,
            "2024-07",
            "boj_taper_plan",
        ),
        (
            "BOJ taper path",
            "cut ~400bn yen per quarter",
            "boj_taper_cut_bn",
            400.0,
            "2024-07-31",
            "boj_taper_plan",
        ),
        (
            "BOJ taper path",
            "actual Q1-2026 ~2.9tn",
            "boj_purchases_2026_q1_tn",
            2.9,
            "2026-01",
            "boj_taper_plan",
        ),
        (
            "BOJ June-2025 interim review",
            "~200bn yen per quarter from April 2026",
            "boj_taper_cut_2026_bn",
            200.0,
            "2025-06-17",
            "boj_taper_review",
        ),
    ];
    let value_col = t.col("value")?;
    specs
        .iter()
        .map(|(row_name, needle, key, value, date, source)| {
            let (line, row) = t.row("fact", row_name)?;
            quote(
                &row[value_col],
                needle,
                &format!("{}:{line}", t.file),
                out(key, *value, date, source),
            )
        })
        .collect()
}

/// The Ministry's own assumption behind its interest estimate: issuance of about 9 years.
pub fn estimate_facts(t: &Table) -> Result<Vec<FactOut>> {
    let (line, row) = t
        .rows
        .first()
        .ok_or_else(|| DataError(format!("{}: no rows", t.file)))?;
    let note = &row[t.col("note")?];
    Ok(vec![quote(
        note,
        "average maturity of issuance about 9 years",
        &format!("{}:{line}", t.file),
        out("mof_avg_maturity_years", 9.0, "2024-11-29", "mof_interest"),
    )?])
}

/// Every fact cites a known source.
pub fn check_sources(facts: &[FactOut], sources: &[SourceOut]) -> Result<()> {
    for f in facts {
        if !sources.iter().any(|s| s.key == f.source) {
            return Err(DataError(format!(
                "{} cites unknown source {}",
                f.key, f.source
            )));
        }
    }
    Ok(())
}

/// The `FactId` enum and the `FACTS` table, indexed by it.
pub fn facts_rs(facts: &[FactOut]) -> String {
    let n = facts.len();
    let mut s = String::from(
        "\n/// A figure from the world, by name: an unknown or misspelt id does not compile.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum FactId {\n",
    );
    for f in facts {
        let _ = writeln!(s, "    {},", camel(&f.key));
    }
    let _ = write!(
        s,
        "}}\n\nimpl FactId {{\n    pub const ALL: [FactId; {n}] = ["
    );
    for f in facts {
        let _ = write!(s, "FactId::{}, ", camel(&f.key));
    }
    s.push_str("];\n    /// The fact's record.\n    pub fn get(self) -> &'static Fact {\n        &FACTS[self as usize]\n    }\n}\n\n");
    s.push_str(
        "/// One figure as published: value, the date (day, month or fiscal year) it is as of, and its source.\n\
         #[derive(Clone, Copy, Debug, PartialEq)]\npub struct Fact {\n    pub id: FactId,\n    pub key: &'static str,\n    pub value: f64,\n    pub date: &'static str,\n    pub source: SourceId,\n}\n\n",
    );
    let _ = writeln!(
        s,
        "/// Indexed by `FactId as usize`.\npub const FACTS: [Fact; {n}] = ["
    );
    for f in facts {
        let _ = writeln!(
            s,
            "    Fact {{ id: FactId::{}, key: {:?}, value: {:?}, date: {:?}, source: SourceId::{} }},",
            camel(&f.key),
            f.key,
            f.value,
            f.date,
            camel(f.source)
        );
    }
    s.push_str("];\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_values_must_appear_in_their_text() {
        let ok = quote(
            "x 40Y 3.675% y",
            "40Y 3.675%",
            "f:2",
            out("a", 3.675, "d", "s"),
        );
        assert!(ok.is_ok());
        let wrong_value = quote(
            "x 40Y 3.675% y",
            "40Y 3.675%",
            "f:2",
            out("a", 3.67, "d", "s"),
        );
        assert!(wrong_value.is_err());
        let missing = quote(
            "x 40Y 3.5% y",
            "40Y 3.675%",
            "f:2",
            out("a", 3.675, "d", "s"),
        );
        assert!(missing.unwrap_err().0.contains("f:2"));
    }

    #[test]
    fn numbers_are_read_whole_with_their_sign() {
        assert_eq!(numbers_in("-26.5bp to 3.285%"), vec![-26.5, 3.285]);
        assert_eq!(numbers_in("actual Q1-2026 ~2.9tn"), vec![1.0, 2026.0, 2.9]);
        assert_eq!(numbers_in("40Y 3.675%"), vec![40.0, 3.675]);
    }

    #[test]
    fn holdings_are_picked_by_date_and_measure() {
        let t = Table::parse(
            "h.csv",
            "date,measure,amount,denominator,share_pct\n2024-03-31,JGBs excl. T-bills held,576.18,1082.05,53.25\n",
            0,
        )
        .unwrap();
        assert_eq!(pick(&t, "2024-03-31", EXCL, "share_pct").unwrap(), 53.25);
        assert!(pick(&t, "2025-03-31", EXCL, "share_pct").is_err());
    }
}

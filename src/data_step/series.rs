//! The yield series (monthly since 2007, daily for 2025, the 10-year Treasury daily since 2022),
//! the JGB curves, the auction histories, the Bank of Japan's share over time and the Ministry's
//! interest estimate.

use std::fmt::Write as _;
use std::path::Path;

use super::csv::mof_date;
use super::sources::check_url;
use super::{csv, parse_cell, DataError, Result, Table, JGB_DAILY_FILE, UST_DAILY_FILE};

/// Thousandths of a percent in an i16 (exact for the 2- and 3-decimal source data); `NA` = missing.
fn milli(value: Option<f64>, file: &str, line: usize) -> Result<String> {
    match value {
        None => Ok("NA".into()),
        Some(v) => {
            let m = (v * 1000.0).round();
            if (m - v * 1000.0).abs() > 1e-6 || !(-30000.0..=30000.0).contains(&m) {
                return Err(DataError(format!(
                    "{file}:{line}: {v} does not fit the dataset's 0.001% grid"
                )));
            }
            Ok(format!("{}", m as i16))
        }
    }
}

fn date_number(iso: &str, file: &str, line: usize) -> Result<u32> {
    let digits: String = iso.chars().filter(|c| c.is_ascii_digit()).collect();
    let ok = iso.len() == 10 && digits.len() == 8;
    digits
        .parse()
        .ok()
        .filter(|_| ok)
        .ok_or_else(|| DataError(format!("{file}:{line}: bad date {iso:?}")))
}

/// One row of a daily file: source line, YYYYMMDD date, values (missing kept missing).
pub type DailyRow = (usize, u32, Vec<Option<f64>>);

/// A daily yield file: dates (checked for order) and the listed columns, missing kept missing.
pub fn daily(dir: &Path, name: &str, cols: &[&str]) -> Result<Vec<DailyRow>> {
    let t = csv::read(dir, name, 0)?;
    let idx: Vec<usize> = cols.iter().map(|c| t.col(c)).collect::<Result<_>>()?;
    let mut rows = Vec::with_capacity(t.rows.len());
    let mut dates = Vec::with_capacity(t.rows.len());
    for (line, r) in &t.rows {
        let date = date_number(&r[0], name, *line)?;
        let mut values = Vec::with_capacity(idx.len());
        for &i in &idx {
            values.push(parse_cell(&r[i]).map_err(|_| {
                DataError(format!(
                    "{name}:{line}: column {} is not a number: {:?}",
                    t.header[i], r[i]
                ))
            })?);
        }
        dates.push((*line, r[0].clone()));
        rows.push((*line, date, values));
    }
    super::check_order(name, &dates)?;
    Ok(rows)
}

/// Month-end close, high and low per column, from daily rows. A month with no value in a column
/// keeps that column missing.
fn monthly(rows: &[DailyRow], file: &str) -> Result<String> {
    let n = rows.first().map_or(0, |r| r.2.len());
    let mut out = String::new();
    let mut i = 0;
    while i < rows.len() {
        let month = rows[i].1 / 100;
        let mut j = i;
        while j < rows.len() && rows[j].1 / 100 == month {
            j += 1;
        }
        let chunk = &rows[i..j];
        let line = chunk[0].0;
        let mut end = Vec::new();
        let mut high = Vec::new();
        let mut low = Vec::new();
        for c in 0..n {
            let vals: Vec<f64> = chunk.iter().filter_map(|r| r.2[c]).collect();
            end.push(milli(chunk.iter().rev().find_map(|r| r.2[c]), file, line)?);
            high.push(milli(vals.iter().cloned().reduce(f64::max), file, line)?);
            low.push(milli(vals.iter().cloned().reduce(f64::min), file, line)?);
        }
        let _ = writeln!(
            out,
            "    Month {{ month: {month}, last_day: {}, end: [{}], high: [{}], low: [{}] }},",
            chunk[chunk.len() - 1].1,
            end.join(", "),
            high.join(", "),
            low.join(", ")
        );
        i = j;
    }
    Ok(out)
}

fn days(rows: &[DailyRow], file: &str, from: u32, to: u32) -> Result<String> {
    let mut out = String::new();
    for (line, date, values) in rows.iter().filter(|r| (from..=to).contains(&r.1)) {
        let v: Vec<String> = values
            .iter()
            .map(|v| milli(*v, file, *line))
            .collect::<Result<_>>()?;
        let _ = writeln!(
            out,
            "    Day {{ date: {date}, values: [{}] }},",
            v.join(", ")
        );
    }
    Ok(out)
}

/// The yield series: monthly since 2007 for charts over years, daily for 2025, and the 10-year
/// Treasury daily since 2022 for the weekly candles the model builds.
pub fn series_rs(jgb: &[DailyRow], ust: &[DailyRow]) -> Result<String> {
    let (jgb_file, ust_file) = (JGB_DAILY_FILE, UST_DAILY_FILE);
    let mut out = String::new();
    out.push_str("\n// Yields in thousandths of a percent (1573 = 1.573%); NA = not published.\n");
    out.push_str("// JGB 10Y, 20Y, 30Y, 40Y: Ministry of Finance Japan (SourceId::MofYields).\n");
    out.push_str("pub const JGB_MONTHLY: &[Month<4>] = &[\n");
    out.push_str(&monthly(jgb, jgb_file)?);
    out.push_str("];\n\npub const JGB_DAILY_2025: &[Day<4>] = &[\n");
    out.push_str(&days(jgb, jgb_file, 20250101, 20251231)?);
    out.push_str("];\n\n// UST 10Y, 20Y, 30Y: U.S. Treasury and Federal Reserve H.15 (SourceId::UstYields).\n");
    out.push_str("pub const UST_MONTHLY: &[Month<3>] = &[\n");
    out.push_str(&monthly(ust, ust_file)?);
    out.push_str("];\n\npub const UST_DAILY_2025: &[Day<3>] = &[\n");
    out.push_str(&days(ust, ust_file, 20250101, 20251231)?);
    out.push_str("];\n\npub const UST10_DAILY_SINCE_2022: &[Day<1>] = &[\n");
    let ust10: Vec<_> = ust.iter().map(|(l, d, v)| (*l, *d, vec![v[0]])).collect();
    out.push_str(&days(&ust10, ust_file, 20220101, 20251231)?);
    out.push_str("];\n");
    out.push_str(&later_peak(jgb, jgb_file)?);
    Ok(out)
}

/// The 40-year JGB's highest close after its May 2025 record, from the whole daily file (which
/// runs past the daily series the page carries): a record at the time was not the top.
fn later_peak(jgb: &[DailyRow], file: &str) -> Result<String> {
    let mut best: Option<(u32, f64, usize)> = None;
    for (line, date, values) in jgb.iter().filter(|r| r.1 > 20250522) {
        if let Some(v) = values[3] {
            if best.is_none_or(|(_, b, _)| v > b) {
                best = Some((*date, v, *line));
            }
        }
    }
    let (date, v, line) =
        best.ok_or_else(|| DataError(format!("{file}: no 40-year closes after 2025-05-22")))?;
    Ok(format!(
        "\n// The 40-year JGB's highest close after 2025-05-22 (SourceId::MofYields): (date, value).\n\
pub const JGB40_PEAK_AFTER_2025_05_22: (u32, i16) = ({date}, {});\n",
        milli(Some(v), file, line)?
    ))
}

/// US 10/20/30-year auctions 2022–2025 (Fiscal Data).
pub fn us_auctions_rs(us: &Table) -> Result<String> {
    let us_file = us.file.as_str();
    let (d, t, r, hy, btc) = (
        us.col("auction_date")?,
        us.col("tenor_years")?,
        us.col("reopening")?,
        us.col("high_yield_pct")?,
        us.col("bid_to_cover")?,
    );
    let mut out = String::from("\n// U.S. Treasury Fiscal Data (SourceId::UstAuctions).\npub const US_AUCTIONS: &[UsAuction] = &[\n");
    let mut dates = Vec::new();
    for (line, row) in &us.rows {
        let date = date_number(&row[d], us_file, *line)?;
        let num = |i: usize| {
            parse_cell(&row[i]).ok().flatten().ok_or_else(|| {
                DataError(format!(
                    "{us_file}:{line}: column {} is not a number: {:?}",
                    us.header[i], row[i]
                ))
            })
        };
        let tenor = num(t)?;
        if ![10.0, 20.0, 30.0].contains(&tenor) {
            return Err(DataError(format!(
                "{us_file}:{line}: unexpected tenor {tenor}"
            )));
        }
        let _ = writeln!(
            out,
            "    UsAuction {{ date: {date}, tenor_years: {}, reopening: {}, high_yield: {:?}, bid_to_cover: {:?} }},",
            tenor as u8,
            row[r].starts_with("yes"),
            num(hy)?,
            num(btc)?
        );
        dates.push((*line, date));
    }
    // Several auctions can share a day; dates must never go back.
    if let Some(w) = dates.windows(2).find(|w| w[1].1 < w[0].1) {
        return Err(DataError(format!("{us_file}:{}: date goes back", w[1].0)));
    }
    out.push_str("];\n");
    Ok(out)
}

/// The 2025 super-long JGB auctions (news reports and the Ministry's pages), each row with the
/// address it was read from, checked against the reviewed domains.
pub fn jgb_auctions_rs(jp: &Table) -> Result<String> {
    let jp_file = jp.file.as_str();
    let (d, t, b, tail, url) = (
        jp.col("auction_date")?,
        jp.col("tenor_years")?,
        jp.col("bid_to_cover")?,
        jp.col("tail_yen")?,
        jp.col("source_url")?,
    );
    let mut out = String::from("\n// News reports and pages of Ministry of Finance results (SourceId::JgbAuctions2025).\npub const JGB_AUCTIONS_2025: &[JgbAuction] = &[\n");
    for (line, row) in &jp.rows {
        let bad = |c: usize| {
            DataError(format!(
                "{jp_file}:{line}: column {} is not a number: {:?}",
                jp.header[c], row[c]
            ))
        };
        let tenor = parse_cell(&row[t]).ok().flatten().ok_or_else(|| bad(t))?;
        let btc = parse_cell(&row[b]).ok().flatten().ok_or_else(|| bad(b))?;
        let tail_yen = parse_cell(&row[tail]).map_err(|_| bad(tail))?;
        // "2025-04-(date not captured)" keeps its month only.
        let date: String = row[d]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '-')
            .collect();
        let date = date.trim_end_matches('-').to_string();
        let place = format!("{jp_file}:{line}");
        let address =
            super::best_url(&row[url]).ok_or_else(|| DataError(format!("{place}: no address")))?;
        check_url(&address, &place)?;
        let _ = writeln!(
            out,
            "    JgbAuction {{ date: {date:?}, tenor_years: {}, bid_to_cover: {btc:?}, tail_yen: {tail_yen:?}, source_url: {address:?} }},",
            tenor as u8
        );
    }
    out.push_str("];\n");
    Ok(out)
}

/// The JGB constant-maturity curve on the peak day and a year earlier.
pub fn curves_rs(mof: &Table) -> Result<String> {
    let mut curves = String::from(
        "\n// JGB constant-maturity curve (years, % a year), Ministry of Finance Japan (SourceId::MofYields).\n",
    );
    for (name, date) in [
        ("JGB_CURVE_2025_05_22", "2025/5/22"),
        ("JGB_CURVE_2024_05_22", "2024/5/22"),
    ] {
        let _ = write!(curves, "pub const {name}: &[(f64, f64)] = &[");
        for t in CURVE_TENORS {
            let years: f64 = t.trim_end_matches('Y').parse().unwrap_or(0.0);
            let y = mof.required("Date", date, t)?;
            let _ = write!(curves, "({years:?}, {y:?}), ");
        }
        curves.push_str("];\n");
    }
    Ok(curves)
}

/// JGB curve tenors in the MOF file, as written in its header.
const CURVE_TENORS: &[&str] = &[
    "1Y", "2Y", "3Y", "4Y", "5Y", "6Y", "7Y", "8Y", "9Y", "10Y", "15Y", "20Y", "25Y", "30Y", "40Y",
];

/// The Bank of Japan's share of JGBs excluding T-bills, every dated point.
pub fn boj_share_rs(holdings: &Table) -> Result<String> {
    let mut history = String::from(
        "\n// BOJ share of JGBs excluding T-bills, % (SourceId::BojFlowOfFunds).\npub const BOJ_SHARE_HISTORY: &[(u32, f64)] = &[\n",
    );
    let (dc, mc, sc) = (
        holdings.col("date")?,
        holdings.col("measure")?,
        holdings.col("share_pct")?,
    );
    let mut points = Vec::new();
    for (line, row) in holdings
        .rows
        .iter()
        .filter(|(_, r)| r[mc] == "JGBs excl. T-bills held")
    {
        let date = date_number(&row[dc], &holdings.file, *line)?;
        let share = parse_cell(&row[sc]).ok().flatten().ok_or_else(|| {
            DataError(format!(
                "{}:{line}: share_pct is not a number",
                holdings.file
            ))
        })?;
        if !(0.0..=100.0).contains(&share) {
            return Err(DataError(format!(
                "{}:{line}: share {share} outside 0–100",
                holdings.file
            )));
        }
        points.push((*line, date, share));
    }
    if let Some(w) = points.windows(2).find(|w| w[1].1 <= w[0].1) {
        return Err(DataError(format!(
            "{}:{}: date does not rise",
            holdings.file, w[1].0
        )));
    }
    for (_, date, share) in points {
        let _ = writeln!(history, "    ({date}, {share:?}),");
    }
    history.push_str("];\n");
    Ok(history)
}

/// The Ministry of Finance's estimate of extra interest (tn yen) by fiscal year if rates are one
/// point above its baseline from FY2025.
pub fn interest_rs(t: &Table) -> Result<String> {
    let (fy, v) = (t.col("fiscal_year")?, t.col("interest_increase_tn_yen")?);
    let mut out = String::from(
        "\n// Extra interest (tn yen) by fiscal year at rates 1 point higher, Ministry of Finance (SourceId::MofInterest).\npub const MOF_INTEREST_PLUS_1PT: &[(u16, f64)] = &[\n",
    );
    let mut last = 0u16;
    for (line, row) in &t.rows {
        let year: u16 = row[fy]
            .trim()
            .parse()
            .ok()
            .filter(|y| (2000..2100).contains(y) && *y > last)
            .ok_or_else(|| {
                DataError(format!(
                    "{}:{line}: bad or out-of-order year {:?}",
                    t.file, row[fy]
                ))
            })?;
        let value = parse_cell(&row[v]).ok().flatten().ok_or_else(|| {
            DataError(format!(
                "{}:{line}: interest_increase_tn_yen is not a number",
                t.file
            ))
        })?;
        let _ = writeln!(out, "    ({year}, {value:?}),");
        last = year;
    }
    out.push_str("];\n");
    Ok(out)
}

/// Which super-long JGB maturities closed at a record on the peak day (2025-05-22): the highest
/// close in the Ministry's whole series up to then, and the day each series begins. The 20-year
/// was far higher around 1990, so only the 30- and 40-year qualify; the lesson's claim of
/// "records" is computed here rather than typed in.
pub fn records_rs(mof: &Table) -> Result<String> {
    let peak = "2025/5/22";
    let mut out = String::from(
        "\n// Super-long JGB maturities whose 2025-05-22 close was the highest in the Ministry's whole\n\
// constant-maturity series so far: (years, the series' first date). Ministry of Finance Japan\n\
// (SourceId::MofYields).\npub const JGB_RECORDS_2025_05_22: &[(u8, &str)] = &[",
    );
    for tenor in ["20Y", "30Y", "40Y"] {
        let col = mof.col(tenor)?;
        let on_peak = mof.required("Date", peak, tenor)?;
        let mut first: Option<String> = None;
        let mut highest_before = f64::NEG_INFINITY;
        for (line, row) in &mof.rows {
            if row[0] == peak {
                break;
            }
            let Some(v) = parse_cell(&row[col])
                .map_err(|_| DataError(format!("{}:{line}: {tenor} is not a number", mof.file)))?
            else {
                continue;
            };
            if first.is_none() {
                first = mof_date(&row[0]);
            }
            highest_before = highest_before.max(v);
        }
        let first = first.ok_or_else(|| DataError(format!("{}: no {tenor} data", mof.file)))?;
        if on_peak > highest_before {
            let years = tenor.trim_end_matches('Y');
            let _ = write!(out, "({years}, {first:?}), ");
        }
    }
    out.push_str("];\n");
    Ok(out)
}

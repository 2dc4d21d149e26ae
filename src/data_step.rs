//! The data step: reads the shared market data (see its SOURCES.md) and writes the project's own
//! compact dataset as Rust source (`src/model/dataset.rs`), which is committed and compiled into
//! the page. The page never reads the shared folder. Run it with
//! `cargo run --bin build-data -- ../shared/data`.
//!
//! It fails loudly, naming file and line, on anything it cannot read; missing values stay missing.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// A read error with its place.
#[derive(Debug)]
pub struct DataError(pub String);

impl std::fmt::Display for DataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

type Result<T> = std::result::Result<T, DataError>;

/// One CSV table: header names and rows, each row with the line number it came from.
#[derive(Debug)]
pub struct Table {
    pub file: String,
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

impl Table {
    /// Parses CSV text (quoted fields, CRLF tolerated). `skip` lines come before the header.
    pub fn parse(file: &str, text: &str, skip: usize) -> Result<Table> {
        let mut lines = text.lines().enumerate().skip(skip);
        let (_, header) = lines
            .next()
            .ok_or_else(|| DataError(format!("{file}: no header line")))?;
        let header: Vec<String> = split_csv(header.trim_end_matches('\r'))
            .ok_or_else(|| DataError(format!("{file}:{}: malformed header", skip + 1)))?;
        let mut rows = Vec::new();
        for (i, line) in lines {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() {
                continue;
            }
            let fields = split_csv(line)
                .ok_or_else(|| DataError(format!("{file}:{}: unbalanced quotes", i + 1)))?;
            if fields.len() != header.len() {
                return Err(DataError(format!(
                    "{file}:{}: {} fields, header has {}",
                    i + 1,
                    fields.len(),
                    header.len()
                )));
            }
            rows.push((i + 1, fields));
        }
        Ok(Table {
            file: file.to_string(),
            header,
            rows,
        })
    }

    fn col(&self, name: &str) -> Result<usize> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| DataError(format!("{}: no column {name:?}", self.file)))
    }

    /// The row whose `key` column equals `value`.
    fn row(&self, key: &str, value: &str) -> Result<(usize, &Vec<String>)> {
        let k = self.col(key)?;
        self.rows
            .iter()
            .find(|(_, r)| r[k] == value)
            .map(|(line, r)| (*line, r))
            .ok_or_else(|| DataError(format!("{}: no row with {key} = {value}", self.file)))
    }

    /// A number from the row whose `key` is `value`; `None` where the cell is blank or `-`.
    fn number_at(&self, key: &str, value: &str, column: &str) -> Result<Option<f64>> {
        let (line, row) = self.row(key, value)?;
        let cell = row[self.col(column)?].trim();
        parse_cell(cell).map_err(|_| {
            DataError(format!(
                "{}:{line}: column {column} is not a number: {cell:?}",
                self.file
            ))
        })
    }

    fn required(&self, key: &str, value: &str, column: &str) -> Result<f64> {
        self.number_at(key, value, column)?.ok_or_else(|| {
            DataError(format!(
                "{}: {column} is missing for {key} = {value}",
                self.file
            ))
        })
    }
}

/// A cell that should hold a number but does not.
#[derive(Debug, PartialEq, Eq)]
pub struct NotANumber;

/// A number, or `None` for a missing value (blank or `-`): missing is never zero.
pub fn parse_cell(cell: &str) -> std::result::Result<Option<f64>, NotANumber> {
    let cell = cell.trim();
    if cell.is_empty() || cell == "-" {
        return Ok(None);
    }
    // Cells like "2.60 (2.604)" carry a rounded figure first; take that.
    let first = cell.split_whitespace().next().unwrap_or(cell);
    let x: f64 = first
        .trim_start_matches('+')
        .parse()
        .map_err(|_| NotANumber)?;
    if x.is_finite() {
        Ok(Some(x))
    } else {
        Err(NotANumber)
    }
}

fn split_csv(line: &str) -> Option<Vec<String>> {
    let mut fields = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut cur)),
            _ => cur.push(c),
        }
    }
    if quoted {
        return None;
    }
    fields.push(cur);
    Some(fields)
}

/// MOF dates are `YYYY/M/D`; the dataset uses ISO `YYYY-MM-DD`.
pub fn mof_date(s: &str) -> Option<String> {
    let mut it = s.split('/');
    let (y, m, d) = (it.next()?, it.next()?, it.next()?);
    let (y, m, d): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1900..2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// Dates must rise strictly down a series.
pub fn check_order(file: &str, dates: &[(usize, String)]) -> Result<()> {
    for w in dates.windows(2) {
        if w[1].1 <= w[0].1 {
            return Err(DataError(format!(
                "{file}:{}: date {} does not come after {}",
                w[1].0, w[1].1, w[0].1
            )));
        }
    }
    Ok(())
}

fn read(dir: &Path, name: &str, skip: usize) -> Result<Table> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| DataError(format!("{}: {e}", path.display())))?;
    Table::parse(name, &text, skip)
}

/// A fact as written into the dataset.
struct FactOut {
    id: &'static str,
    value: f64,
    date: String,
    source: &'static str,
}

/// The sources the dataset names, by id: (publisher, address, caveat).
const SOURCES: &[(&str, &str, &str, &str)] = &[
    (
        "mof",
        "Ministry of Finance Japan, JGB interest rates (constant maturity)",
        "https://www.mof.go.jp/english/policy/jgbs/reference/interest_rate/index.htm",
        "End-of-day constant-maturity yields; in May 2025 they sit below the benchmark-bond quotes news reported (40Y 3.336% here vs a 3.675% peak in Reuters).",
    ),
    (
        "ust_par",
        "U.S. Department of the Treasury, daily par yield curve",
        "https://home.treasury.gov/resource-center/data-chart-center/interest-rates",
        "",
    ),
    (
        "jgb_auction_news",
        "Bloomberg via Business Times, citing Ministry of Finance results",
        "https://sglatestnews.biz/japans-20-year-bond-auction-gets-weakest-demand-since-2012",
        "News report of MOF results; 'lowest since 2012' and 'largest since 1987' are the report's claims.",
    ),
    (
        "jgb_auction_april",
        "GMT Eight, citing Ministry of Finance results",
        "https://gmteight.com/latest/detail/305145",
        "Secondary: April figures as quoted as 'previous' in May reports.",
    ),
    (
        "ust_auction",
        "U.S. Treasury Fiscal Data (amounts) and Reuters-based reports (bidder shares)",
        "https://fiscaldata.treasury.gov/datasets/treasury-securities-auctions-data/",
        "Bidder shares and tails come from news reports of the results.",
    ),
    (
        "boj_fof",
        "Bank of Japan, Flow of Funds (market value), via Reuters/Jiji reports",
        "https://nordot.app/1178858201235538584?c=768367547562557440",
        "No 2025 figure on the excluding-T-bills basis was found.",
    ),
    (
        "boj_fof_2025",
        "Bank of Japan, Flow of Funds (preliminary), via MNI",
        "https://www.mnimarkets.com/articles/mni-brief-japan-hhold-assets-at-jpy2195-trln-end-march-1750983155234",
        "Including T-bills only.",
    ),
    (
        "fed_h41",
        "Federal Reserve Board, H.4.1 (2025-05-29 release)",
        "https://www.federalreserve.gov/releases/h41/",
        "",
    ),
    (
        "ust_marketable",
        "U.S. Treasury marketable debt, May 2025, via a secondary site",
        "https://news.mixedtimes.com/6TSk",
        "Secondary source; check against the Monthly Statement of the Public Debt for 2025-05-31.",
    ),
    (
        "mof_debt",
        "Ministry of Finance Japan, central government debt (secondary summary)",
        "https://dev-news.uto.ai/en-US/news/REPORT_20250509_140216_4647a557",
        "",
    ),
    (
        "budget_fy2025",
        "Japan FY2025 initial budget, via Jiji and NHK",
        "https://japannews.yomiuri.co.jp/politics/politics-government/20241227-230070/",
        "Interest within debt service is about 10.5 tn yen (secondary quote of NHK).",
    ),
    (
        "mof_daily",
        "Ministry of Finance Japan, JGB interest rates (constant maturity), daily",
        "https://www.mof.go.jp/english/policy/jgbs/reference/interest_rate/index.htm",
        "Constant-maturity yields from end-of-day reference quotes. In the super-long sector in May 2025 they sit below the benchmark-bond quotes news reported (2025-05-22: 30Y 2.999% and 40Y 3.336% here; Reuters reported peaks of 3.185% and 3.675%). The 40-year series starts on 2007-11-06.",
    ),
    (
        "ust_daily",
        "U.S. Department of the Treasury (daily par yield curve, 2021 to 2025-07-11) and Federal Reserve H.15 via FRED (before and after)",
        "https://home.treasury.gov/resource-center/data-chart-center/interest-rates",
        "The two publishers agree exactly where they overlap. The 20-year series has no values after 2025-07-11.",
    ),
    (
        "ust_auctions_fiscaldata",
        "U.S. Treasury Fiscal Data, Treasury Securities Auctions Data",
        "https://fiscaldata.treasury.gov/datasets/treasury-securities-auctions-data/",
        "Reopenings are flagged; bid-to-cover is competitive and non-competitive tenders over the amount accepted.",
    ),
    (
        "jgb_auctions_news",
        "News reports of Ministry of Finance auction results (Reuters, Bloomberg, MINKABU), one address per auction",
        "https://www.mof.go.jp/english/policy/jgbs/auction/past_auction_results/index.html",
        "Compiled from news reports, not the Ministry's own pages; the April 2025 date was not captured.",
    ),
    (
        "boj_taper",
        "Bank of Japan purchase-reduction plan (July 2024) and interim review (June 2025), via Jiji, Reuters and China Daily reports",
        "https://www.businesstimes.com.sg/companies-markets/banking-finance/boj-cuts-monthly-bond-purchase-amount-400-billion-yen",
        "News reports of the plan: about 400 bn yen less each quarter to about 3 tn yen a month in January–March 2026 (about 2.9 tn in practice); from April 2026, 200 bn yen less each quarter.",
    ),
    (
        "moodys",
        "Moody's Ratings",
        "https://www.moodys.com/web/en/us/about-us/usrating.html",
        "",
    ),
    (
        "news_peaks",
        "Reuters via CNA",
        "https://www.channelnewsasia.com/business/super-long-jgb-yields-rise-3-week-lows-ahead-40-year-bond-auction-5156416",
        "Benchmark-bond market quotes, not the MOF constant-maturity series.",
    ),
];

/// JGB curve tenors in the MOF file, as written in its header.
const CURVE_TENORS: &[&str] = &[
    "1Y", "2Y", "3Y", "4Y", "5Y", "6Y", "7Y", "8Y", "9Y", "10Y", "15Y", "20Y", "25Y", "30Y", "40Y",
];

/// Builds the dataset's Rust source from the shared data folder.
pub fn generate(dir: &Path) -> Result<String> {
    let mof = read(dir, "raw/mof_jgbcme_all.csv", 1)?;
    let ust_par = read(dir, "raw/ust_par_yield_curve_2021_2025.csv", 0)?;
    let jgb_auctions = read(dir, "jgb_auctions_superlong_2025_compiled.csv", 0)?;
    let ust_may = read(dir, "us_auctions_may2025_key.csv", 0)?;
    let holdings = read(dir, "central_bank_holdings_points.csv", 0)?;

    // Check MOF dates parse and rise; a bad date names its line.
    let mut mof_dates = Vec::with_capacity(mof.rows.len());
    for (line, row) in &mof.rows {
        let iso = mof_date(&row[0])
            .ok_or_else(|| DataError(format!("{}:{line}: bad date {:?}", mof.file, row[0])))?;
        mof_dates.push((*line, iso));
    }
    check_order(&mof.file, &mof_dates)?;

    let mut facts = Vec::new();
    let mut fact = |id, value, date: &str, source| {
        facts.push(FactOut {
            id,
            value,
            date: date.to_string(),
            source,
        })
    };

    for (id, col) in [
        ("jgb10y_2025_05_22", "10Y"),
        ("jgb20y_2025_05_22", "20Y"),
        ("jgb30y_2025_05_22", "30Y"),
        ("jgb40y_2025_05_22", "40Y"),
    ] {
        fact(
            id,
            mof.required("Date", "2025/5/22", col)?,
            "2025-05-22",
            "mof",
        );
    }
    for (id, col) in [
        ("ust10y_2025_05_21", "10 Yr"),
        ("ust20y_2025_05_21", "20 Yr"),
        ("ust30y_2025_05_21", "30 Yr"),
    ] {
        fact(
            id,
            ust_par.required("Date", "2025-05-21", col)?,
            "2025-05-21",
            "ust_par",
        );
    }

    let jgb_may = "2025-05-20";
    fact(
        "jgb20y_auction_may_btc",
        jgb_auctions.required("auction_date", jgb_may, "bid_to_cover")?,
        jgb_may,
        "jgb_auction_news",
    );
    fact(
        "jgb20y_auction_may_tail",
        jgb_auctions.required("auction_date", jgb_may, "tail_yen")?,
        jgb_may,
        "jgb_auction_news",
    );
    let april = "2025-04-(date not captured)";
    fact(
        "jgb20y_auction_april_btc",
        jgb_auctions.required("auction_date", april, "bid_to_cover")?,
        "2025-04",
        "jgb_auction_april",
    );
    fact(
        "jgb20y_auction_april_tail",
        jgb_auctions.required("auction_date", april, "tail_yen")?,
        "2025-04",
        "jgb_auction_april",
    );

    for (prefix, date) in [
        ("ust20y_auction", "2025-05-21"),
        ("ust10y_auction", "2025-05-06"),
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
            let id: &'static str = Box::leak(format!("{prefix}_{suffix}").into_boxed_str());
            // The 20Y's tail is reported only as "about +1": kept as +1 with the caveat.
            let value = if col == "tail_bp_vs_WI" {
                let (_, row) = ust_may.row("auction_date", date)?;
                let cell = &row[ust_may.col(col)?];
                let cell = cell.trim_start_matches("about ");
                parse_cell(cell)
                    .ok()
                    .flatten()
                    .ok_or_else(|| DataError(format!("{}: tail for {date}", ust_may.file)))?
            } else {
                ust_may.required("auction_date", date, col)?
            };
            fact(id, value, date, "ust_auction");
        }
    }

    // Holdings: pick each point by date and measure.
    let pick = |date: &str, measure: &str, col: &str| -> Result<f64> {
        let (d, m, c) = (
            holdings.col("date")?,
            holdings.col("measure")?,
            holdings.col(col)?,
        );
        let (line, row) = holdings
            .rows
            .iter()
            .find(|(_, r)| r[d] == date && r[m] == measure)
            .ok_or_else(|| DataError(format!("{}: no {measure} on {date}", holdings.file)))?;
        parse_cell(&row[c])
            .ok()
            .flatten()
            .ok_or_else(|| DataError(format!("{}:{line}: {col} is not a number", holdings.file)))
    };
    let excl = "JGBs excl. T-bills held";
    let incl = "JGBs incl. T-bills held";
    fact(
        "boj_share_excl_2024_03",
        pick("2024-03-31", excl, "share_pct")?,
        "2024-03-31",
        "boj_fof",
    );
    fact(
        "boj_amount_excl_2024_03",
        pick("2024-03-31", excl, "amount")?,
        "2024-03-31",
        "boj_fof",
    );
    fact(
        "jgb_outstanding_excl_2024_03",
        pick("2024-03-31", excl, "denominator")?,
        "2024-03-31",
        "boj_fof",
    );
    fact(
        "boj_share_incl_2024_03",
        pick("2024-03-31", incl, "share_pct")?,
        "2024-03-31",
        "boj_fof",
    );
    fact(
        "boj_share_incl_2025_03",
        pick("2025-03-31", incl, "share_pct")?,
        "2025-03-31",
        "boj_fof_2025",
    );
    fact(
        "boj_share_record_2023_09",
        pick("2023-09-30", excl, "share_pct")?,
        "2023-09-30",
        "boj_fof",
    );
    fact(
        "boj_share_2013_03",
        pick("2013-03-31", excl, "share_pct")?,
        "2013-03-31",
        "boj_fof",
    );
    let soma = "U.S. Treasury securities held outright (Wednesday level)";
    fact(
        "fed_ust_holdings_tn",
        pick("2025-05-28", soma, "amount")?,
        "2025-05-28",
        "fed_h41",
    );
    fact(
        "ust_marketable_tn",
        pick("2025-05-28", soma, "denominator")?,
        "2025-05",
        "ust_marketable",
    );

    // The BOJ's share of JGBs excluding T-bills over time, every dated point.
    let mut history = String::from(
        "\n// BOJ share of JGBs excluding T-bills, % (source id boj_fof).\npub const BOJ_SHARE_HISTORY: &[(u32, f64)] = &[\n",
    );
    {
        let (dc, mc, sc) = (
            holdings.col("date")?,
            holdings.col("measure")?,
            holdings.col("share_pct")?,
        );
        let mut points = Vec::new();
        for (line, row) in holdings.rows.iter().filter(|(_, r)| r[mc] == excl) {
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
    }
    history.push_str("];\n");

    // Dated facts typed from key_facts_may2025.csv (its values are prose, so each is checked
    // against the text it comes from).
    let key_facts = read(dir, "key_facts_may2025.csv", 0)?;
    let key = |fact_name: &str, needle: &str| -> Result<()> {
        let (line, row) = key_facts.row("fact", fact_name)?;
        if row[1].contains(needle) {
            Ok(())
        } else {
            Err(DataError(format!(
                "{}:{line}: expected {needle:?} in {:?}",
                key_facts.file, row[1]
            )))
        }
    };
    // A fact quoted from that file: the row must say `needle`, and `needle` must contain the
    // value, so the number is typed once here and checked against its source text.
    let mut quoted = |fact_name: &str,
                      needle: &str,
                      id: &'static str,
                      value: f64,
                      date: &str,
                      source: &'static str|
     -> Result<()> {
        key(fact_name, needle)?;
        if !needle.contains(&value.to_string()) {
            return Err(DataError(format!(
                "{id}: {value} is not in the quoted text {needle:?}"
            )));
        }
        fact(id, value, date, source);
        Ok(())
    };
    quoted(
        "Japan central govt debt (JGBs+borrowings+FBs)",
        "1323.7155",
        "japan_debt_tn",
        1323.7155,
        "2025-03-31",
        "mof_debt",
    )?;
    quoted(
        "Japan FY2025 initial budget debt-servicing costs",
        "28.2179",
        "japan_debt_service_tn",
        28.2179,
        "FY2025",
        "budget_fy2025",
    )?;
    quoted(
        "Japan FY2025 budget interest payments (within debt service)",
        "10.5",
        "japan_interest_tn",
        10.5,
        "FY2025",
        "budget_fy2025",
    )?;
    quoted(
        "Super-long JGB record peaks (benchmark-issue market quotes)",
        "40Y 3.675%",
        "jgb40y_news_peak",
        3.675,
        "2025-05-22",
        "news_peaks",
    )?;
    quoted(
        "Super-long JGB record peaks (benchmark-issue market quotes)",
        "30Y 3.185%",
        "jgb30y_news_peak",
        3.185,
        "2025-05-22",
        "news_peaks",
    )?;

    quoted(
        "BOJ taper path",
        "Jul 2024 ~5.7tn",
        "boj_purchases_2024_07_tn",
        5.7,
        "2024-07",
        "boj_taper",
    )?;
    quoted(
        "BOJ taper path",
        "cut ~400bn yen per quarter",
        "boj_taper_cut_bn",
        400.0,
        "2024-07-31",
        "boj_taper",
    )?;
    quoted(
        "BOJ taper path",
        "actual Q1-2026 ~2.9tn",
        "boj_purchases_2026_q1_tn",
        2.9,
        "2026-01",
        "boj_taper",
    )?;
    quoted(
        "BOJ June-2025 interim review",
        "~200bn yen per quarter from April 2026",
        "boj_taper_cut_2026_bn",
        200.0,
        "2025-06-17",
        "boj_taper",
    )?;

    // The JGB curve on the peak day and a year earlier.
    let mut curves = String::new();
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

    let series = series_source(dir)?;
    let auctions = auctions_source(dir)?;

    let mut out = String::new();
    out.push_str(
        "// @generated by `cargo run --bin build-data -- ../shared/data` (src/data_step.rs).\n\
         // Do not edit by hand: change the data step and run it again.\n\n\
         use super::data::{Fact, Source};\n\
         use super::series::{Day, Month, UsAuction, JgbAuction, NA};\n\n",
    );
    out.push_str("pub const SOURCES: &[Source] = &[\n");
    for (id, publisher, url, caveat) in SOURCES {
        let _ = writeln!(
            out,
            "    Source {{ id: {id:?}, publisher: {publisher:?}, url: {url:?}, caveat: {caveat:?} }},"
        );
    }
    out.push_str("];\n\npub const FACTS: &[Fact] = &[\n");
    let used: BTreeMap<&str, ()> = facts.iter().map(|f| (f.source, ())).collect();
    for s in used.keys() {
        if !SOURCES.iter().any(|(id, ..)| id == s) {
            return Err(DataError(format!("fact cites unknown source {s}")));
        }
    }
    for f in &facts {
        let _ = writeln!(
            out,
            "    Fact {{ id: {:?}, value: {:?}, date: {:?}, source: {:?} }},",
            f.id, f.value, f.date, f.source
        );
    }
    out.push_str(
        "];\n\n// JGB constant-maturity curve (years, % a year), Ministry of Finance Japan.\n",
    );
    out.push_str(&curves);
    out.push_str(&series);
    out.push_str(&auctions);
    out.push_str(&history);
    Ok(out)
}

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
type DailyRow = (usize, u32, Vec<Option<f64>>);

/// A daily yield file: dates (checked for order) and the listed columns, missing kept missing.
fn daily(dir: &Path, name: &str, cols: &[&str]) -> Result<Vec<DailyRow>> {
    let t = read(dir, name, 0)?;
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
    check_order(name, &dates)?;
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
fn series_source(dir: &Path) -> Result<String> {
    let jgb_file = "jgb_yields_daily_2007_2026_mof.csv";
    let ust_file = "ust_yields_daily_2007_2025.csv";
    let jgb = daily(dir, jgb_file, &["jgb10y", "jgb20y", "jgb30y", "jgb40y"])?;
    let ust = daily(dir, ust_file, &["ust10y", "ust20y", "ust30y"])?;
    let mut out = String::new();
    out.push_str("\n// Yields in thousandths of a percent (1573 = 1.573%); NA = not published.\n");
    out.push_str("// JGB 10Y, 20Y, 30Y, 40Y: Ministry of Finance Japan (source id mof_daily).\n");
    out.push_str("pub const JGB_MONTHLY: &[Month<4>] = &[\n");
    out.push_str(&monthly(&jgb, jgb_file)?);
    out.push_str("];\n\npub const JGB_DAILY_2025: &[Day<4>] = &[\n");
    out.push_str(&days(&jgb, jgb_file, 20250101, 20251231)?);
    out.push_str("];\n\n// UST 10Y, 20Y, 30Y: U.S. Treasury and Federal Reserve H.15 (source id ust_daily).\n");
    out.push_str("pub const UST_MONTHLY: &[Month<3>] = &[\n");
    out.push_str(&monthly(&ust, ust_file)?);
    out.push_str("];\n\npub const UST_DAILY_2025: &[Day<3>] = &[\n");
    out.push_str(&days(&ust, ust_file, 20250101, 20251231)?);
    out.push_str("];\n\npub const UST10_DAILY_SINCE_2022: &[Day<1>] = &[\n");
    let ust10: Vec<_> = ust.iter().map(|(l, d, v)| (*l, *d, vec![v[0]])).collect();
    out.push_str(&days(&ust10, ust_file, 20220101, 20251231)?);
    out.push_str("];\n");
    Ok(out)
}

/// Auction results: US 10/20/30-year 2022–2025 (Fiscal Data) and the 2025 super-long JGB auctions
/// (news reports of MOF results).
fn auctions_source(dir: &Path) -> Result<String> {
    let us_file = "us_auctions_10y20y30y_2022_2025.csv";
    let us = read(dir, us_file, 0)?;
    let (d, t, r, hy, btc) = (
        us.col("auction_date")?,
        us.col("tenor_years")?,
        us.col("reopening")?,
        us.col("high_yield_pct")?,
        us.col("bid_to_cover")?,
    );
    let mut out = String::from("\n// U.S. Treasury Fiscal Data (source id ust_auctions_fiscaldata).\npub const US_AUCTIONS: &[UsAuction] = &[\n");
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

    let jp_file = "jgb_auctions_superlong_2025_compiled.csv";
    let jp = read(dir, jp_file, 0)?;
    let (d, t, b, tail, url) = (
        jp.col("auction_date")?,
        jp.col("tenor_years")?,
        jp.col("bid_to_cover")?,
        jp.col("tail_yen")?,
        jp.col("source_url")?,
    );
    out.push_str("\n// News reports of Ministry of Finance results (source id jgb_auctions_news).\npub const JGB_AUCTIONS_2025: &[JgbAuction] = &[\n");
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
        let _ = writeln!(
            out,
            "    JgbAuction {{ date: {date:?}, tenor_years: {}, bid_to_cover: {btc:?}, tail_yen: {tail_yen:?}, source_url: {:?} }},",
            tenor as u8, row[url]
        );
    }
    out.push_str("];\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_layouts() {
        let mof = "Interest Rate,,(Unit : %)\r\nDate,1Y,10Y\r\n2025/5/22,0.56,1.573\r\n2025/5/23,-,1.5\r\n";
        let t = Table::parse("mof.csv", mof, 1).unwrap();
        assert_eq!(
            t.number_at("Date", "2025/5/22", "10Y").unwrap(),
            Some(1.573)
        );
        assert_eq!(t.number_at("Date", "2025/5/23", "1Y").unwrap(), None);
        let ust = "Date,10 Yr,20 Yr\n2025-05-21,4.58,5.08\n2025-05-20,,5.01\n";
        let t = Table::parse("ust.csv", ust, 0).unwrap();
        assert_eq!(t.number_at("Date", "2025-05-20", "10 Yr").unwrap(), None);
        assert_eq!(t.required("Date", "2025-05-21", "20 Yr").unwrap(), 5.08);
    }

    #[test]
    fn missing_values_stay_missing_and_bad_ones_name_the_line() {
        assert_eq!(parse_cell("-"), Ok(None));
        assert_eq!(parse_cell(""), Ok(None));
        assert_eq!(parse_cell("2.60 (2.604)"), Ok(Some(2.60)));
        assert_eq!(parse_cell("+2.6"), Ok(Some(2.6)));
        assert!(parse_cell("abc").is_err());
        assert!(parse_cell("NaN").is_err());
        let t = Table::parse("x.csv", "Date,10Y\n2025/5/22,1.5\n2025/5/23,oops\n", 0).unwrap();
        let e = t.number_at("Date", "2025/5/23", "10Y").unwrap_err();
        assert!(e.0.contains("x.csv:3"), "{}", e.0);
    }

    #[test]
    fn malformed_rows_fail_loudly() {
        let e = Table::parse("y.csv", "a,b\n1,2\n3\n", 0).unwrap_err();
        assert!(e.0.contains("y.csv:3"), "{}", e.0);
        let e = Table::parse("z.csv", "a,b\n\"1,2\n", 0).unwrap_err();
        assert!(e.0.contains("z.csv:2"), "{}", e.0);
    }

    #[test]
    fn dates_must_rise() {
        assert_eq!(mof_date("2025/5/22").as_deref(), Some("2025-05-22"));
        assert_eq!(mof_date("2025/13/1"), None);
        let dates = vec![(2, "2025-05-22".into()), (3, "2025-05-21".into())];
        let e = check_order("d.csv", &dates).unwrap_err();
        assert!(e.0.contains("d.csv:3"));
    }

    /// The committed dataset is what the data step makes of the shared data (where it is present).
    #[test]
    fn committed_dataset_is_up_to_date() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data");
        if !dir.exists() {
            eprintln!("skipped: no shared data beside the project");
            return;
        }
        let fresh = generate(&dir).unwrap();
        let committed = include_str!("model/dataset.rs");
        assert!(
            fresh == committed,
            "src/model/dataset.rs is stale: run `cargo run --bin build-data -- ../shared/data`"
        );
    }
}

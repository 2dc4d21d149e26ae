//! The sources the dataset names: a publisher and one address each. Addresses come from the shared
//! files wherever they give one, and must lie on a domain reviewed by hand.

use std::fmt::Write as _;

use super::{best_url, DataError, Inputs, Result};

/// Domains a source link may point to: the publishers, and the outlets carrying the original
/// reports (Jiji, Kyodo, Reuters, Bloomberg, MNI). Reviewed by hand; the data step refuses any
/// other, and a test checks the generated dataset against this list.
pub const REVIEWED_DOMAINS: &[&str] = &[
    "mof.go.jp",
    "boj.or.jp",
    "federalreserve.gov",
    "fraser.stlouisfed.org",
    "home.treasury.gov",
    "fiscaldata.treasury.gov",
    "moodys.com",
    "nippon.com",
    "japannews.yomiuri.co.jp",
    "brecorder.com",
    "channelnewsasia.com",
    "japantimes.co.jp",
    "businesstimes.com.sg",
    "mnimarkets.com",
];

/// The host of an https address, without a leading `www.`.
pub fn domain(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    Some(host.strip_prefix("www.").unwrap_or(host)).filter(|h| !h.is_empty())
}

/// Whether an address is https and on a reviewed domain.
pub fn is_reviewed(url: &str) -> bool {
    domain(url).is_some_and(|d| {
        REVIEWED_DOMAINS
            .iter()
            .any(|r| d == *r || d.ends_with(&format!(".{r}")))
    })
}

/// Refuses an address outside the reviewed domains, naming where it came from.
pub fn check_url(url: &str, place: &str) -> Result<()> {
    if is_reviewed(url) {
        Ok(())
    } else {
        Err(DataError(format!(
            "{place}: {url} is not on a reviewed domain (add it to REVIEWED_DOMAINS only after checking it)"
        )))
    }
}

/// Where a source's address comes from.
enum UrlFrom {
    /// No shared file carries it (the yield files are the publishers' own downloads).
    Fixed(&'static str),
    /// `key_facts_may2025.csv`, the row with this `fact`.
    KeyFact(&'static str),
    /// `central_bank_holdings_points.csv`, the row with this date and measure.
    Holdings(&'static str, &'static str),
    /// `jgb_auctions_superlong_2025_compiled.csv`, the row with this auction date.
    JgbAuction(&'static str),
    /// `us_auctions_may2025_key.csv`, the row with this auction date.
    UsMay(&'static str),
    /// `mof_interest_sensitivity_plus1pct.csv`.
    Interest,
}

/// One source: its key (also the enum variant, in CamelCase), the publisher's proper name, and
/// where its address comes from. Descriptions and caveats live in the translation catalogue.
const SPECS: &[(&str, &str, UrlFrom)] = &[
    (
        "mof_yields",
        "Ministry of Finance Japan",
        UrlFrom::Fixed(
            "https://www.mof.go.jp/english/policy/jgbs/reference/interest_rate/index.htm",
        ),
    ),
    (
        "ust_yields",
        "U.S. Department of the Treasury",
        UrlFrom::Fixed(
            "https://home.treasury.gov/resource-center/data-chart-center/interest-rates",
        ),
    ),
    (
        "jgb_auction_20y",
        "Reuters via Business Recorder",
        UrlFrom::JgbAuction("2025-05-20"),
    ),
    (
        "jgb_auction_june",
        "Ministry of Finance Japan",
        UrlFrom::JgbAuction("2025-06-24"),
    ),
    (
        "ust_auction_may",
        "U.S. Treasury Fiscal Data",
        UrlFrom::UsMay("2025-05-21"),
    ),
    (
        "ust_auctions",
        "U.S. Treasury Fiscal Data",
        UrlFrom::Fixed(
            "https://fiscaldata.treasury.gov/datasets/treasury-securities-auctions-data/",
        ),
    ),
    (
        "jgb_auctions_2025",
        "Ministry of Finance Japan",
        UrlFrom::Fixed(
            "https://www.mof.go.jp/english/policy/jgbs/auction/past_auction_results/index.html",
        ),
    ),
    (
        "boj_flow_of_funds",
        "Bank of Japan",
        UrlFrom::Holdings("2024-03-31", "JGBs excl. T-bills held"),
    ),
    (
        "boj_flow_of_funds_incl",
        "Bank of Japan",
        UrlFrom::Holdings("2024-03-31", "JGBs incl. T-bills held"),
    ),
    (
        "boj_flow_of_funds_2025",
        "MNI Market News",
        UrlFrom::Holdings("2025-03-31", "JGBs incl. T-bills held"),
    ),
    (
        "boj_accounts",
        "Bank of Japan",
        UrlFrom::Holdings(
            "2025-03-31",
            "Japanese government securities on BOJ balance sheet (book value)",
        ),
    ),
    (
        "fed_h41",
        "Federal Reserve Board",
        UrlFrom::Holdings(
            "2025-05-28",
            "U.S. Treasury securities held outright (Wednesday level)",
        ),
    ),
    (
        "fed_h41_archive",
        "Federal Reserve Board (FRASER archive)",
        UrlFrom::Holdings(
            "2025-05-21",
            "U.S. Treasury securities held outright (week avg)",
        ),
    ),
    (
        "ust_marketable",
        "U.S. Department of the Treasury",
        UrlFrom::KeyFact("US total marketable Treasury debt"),
    ),
    (
        "mof_debt",
        "Ministry of Finance Japan",
        UrlFrom::KeyFact("Japan central govt debt (JGBs+borrowings+FBs)"),
    ),
    (
        "budget_debt_service",
        "Jiji Press via The Japan News",
        UrlFrom::KeyFact("Japan FY2025 initial budget debt-servicing costs"),
    ),
    (
        "budget_interest",
        "Ministry of Finance Japan",
        UrlFrom::KeyFact("Japan FY2025 budget interest payments (within debt service)"),
    ),
    (
        "boj_taper_plan",
        "Bank of Japan",
        UrlFrom::KeyFact("BOJ taper path"),
    ),
    (
        "boj_taper_review",
        "Bank of Japan",
        UrlFrom::KeyFact("BOJ June-2025 interim review"),
    ),
    (
        "moodys",
        "Moody's Ratings",
        UrlFrom::KeyFact("Moody's downgrades US long-term issuer rating"),
    ),
    (
        "news_peaks",
        "Reuters via CNA",
        UrlFrom::KeyFact("Super-long JGB record peaks (benchmark-issue market quotes)"),
    ),
    (
        "mof_interest",
        "Ministry of Finance Japan (Fiscal System Council)",
        UrlFrom::Interest,
    ),
];

/// A source as written into the dataset.
pub struct SourceOut {
    pub key: &'static str,
    pub publisher: &'static str,
    pub url: String,
}

/// `jgb_auction_20y` → `JgbAuction20y`.
pub fn camel(key: &str) -> String {
    key.split('_')
        .map(|part| {
            let mut c = part.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn url_of(inputs: &Inputs, from: &UrlFrom) -> Result<(String, String)> {
    let cell =
        |table: &super::Table, key: &str, value: &str, col: &str| -> Result<(String, String)> {
            let (line, row) = table.row(key, value)?;
            Ok((
                row[table.col(col)?].clone(),
                format!("{}:{line}", table.file),
            ))
        };
    let (text, place) = match from {
        UrlFrom::Fixed(url) => return Ok((url.to_string(), "src/data_step/sources.rs".into())),
        UrlFrom::KeyFact(name) => cell(&inputs.key_facts, "fact", name, "source_url")?,
        UrlFrom::JgbAuction(date) => {
            cell(&inputs.jgb_auctions, "auction_date", date, "source_url")?
        }
        UrlFrom::UsMay(date) => cell(&inputs.ust_may, "auction_date", date, "sources")?,
        UrlFrom::Interest => {
            let t = &inputs.interest;
            let (line, row) = t
                .rows
                .first()
                .ok_or_else(|| DataError(format!("{}: no rows", t.file)))?;
            (row[t.col("url")?].clone(), format!("{}:{line}", t.file))
        }
        UrlFrom::Holdings(date, measure) => {
            let t = &inputs.holdings;
            let (d, m, u) = (t.col("date")?, t.col("measure")?, t.col("source_url")?);
            let (line, row) = t
                .rows
                .iter()
                .find(|(_, r)| r[d] == *date && r[m] == *measure)
                .ok_or_else(|| DataError(format!("{}: no {measure} on {date}", t.file)))?;
            (row[u].clone(), format!("{}:{line}", t.file))
        }
    };
    let url =
        best_url(&text).ok_or_else(|| DataError(format!("{place}: no address in {text:?}")))?;
    Ok((url, place))
}

/// Every source with its address, each checked against the reviewed domains.
pub fn sources(inputs: &Inputs) -> Result<Vec<SourceOut>> {
    SPECS
        .iter()
        .map(|(key, publisher, from)| {
            let (url, place) = url_of(inputs, from)?;
            check_url(&url, &place)?;
            Ok(SourceOut {
                key,
                publisher,
                url,
            })
        })
        .collect()
}

/// The `SourceId` enum and the `SOURCES` table, indexed by it.
pub fn sources_rs(sources: &[SourceOut]) -> String {
    let n = sources.len();
    let mut out = String::from(
        "\n/// Who published a figure. Each has a description and any caveat in the translation catalogue.\n\
         #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]\npub enum SourceId {\n",
    );
    for s in sources {
        let _ = writeln!(out, "    {},", camel(s.key));
    }
    let _ = write!(
        out,
        "}}\n\nimpl SourceId {{\n    pub const ALL: [SourceId; {n}] = ["
    );
    for s in sources {
        let _ = write!(out, "SourceId::{}, ", camel(s.key));
    }
    out.push_str("];\n    /// The source's record.\n    pub fn get(self) -> &'static Source {\n        &SOURCES[self as usize]\n    }\n}\n\n");
    out.push_str(
        "/// A source: the publisher's proper name and the address a reader can check.\n\
         #[derive(Clone, Copy, Debug, PartialEq)]\npub struct Source {\n    pub id: SourceId,\n    pub key: &'static str,\n    pub publisher: &'static str,\n    pub url: &'static str,\n}\n\n",
    );
    let _ = writeln!(
        out,
        "/// Indexed by `SourceId as usize`.\npub const SOURCES: [Source; {n}] = ["
    );
    for s in sources {
        let _ = writeln!(
            out,
            "    Source {{ id: SourceId::{}, key: {:?}, publisher: {:?}, url: {:?} }},",
            camel(s.key),
            s.key,
            s.publisher,
            s.url
        );
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domains_and_review() {
        assert_eq!(domain("https://www.mof.go.jp/a"), Some("mof.go.jp"));
        assert_eq!(
            domain("https://fiscaldata.treasury.gov/x?y"),
            Some("fiscaldata.treasury.gov")
        );
        assert_eq!(domain("http://mof.go.jp/"), None);
        assert!(is_reviewed("https://www.boj.or.jp/en/"));
        assert!(!is_reviewed("https://sglatestnews.biz/japans-20-year"));
        assert!(!is_reviewed("https://mof.go.jp.evil.example/"));
        assert!(check_url("https://news.mixedtimes.com/6TSk", "here").is_err());
    }

    #[test]
    fn camel_case_keys() {
        assert_eq!(camel("jgb_auction_20y"), "JgbAuction20y");
        assert_eq!(camel("jgb40y_2025_05_22"), "Jgb40y20250522");
    }
}

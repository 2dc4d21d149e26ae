//! Reading the shared CSV files: quoted fields, CRLF, missing cells kept missing, and every
//! error naming its file and line.

use std::path::Path;

use super::{DataError, Result};

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

    pub fn col(&self, name: &str) -> Result<usize> {
        self.header
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| DataError(format!("{}: no column {name:?}", self.file)))
    }

    /// The row whose `key` column equals `value`.
    pub fn row(&self, key: &str, value: &str) -> Result<(usize, &Vec<String>)> {
        let k = self.col(key)?;
        self.rows
            .iter()
            .find(|(_, r)| r[k] == value)
            .map(|(line, r)| (*line, r))
            .ok_or_else(|| DataError(format!("{}: no row with {key} = {value}", self.file)))
    }

    /// A number from the row whose `key` is `value`; `None` where the cell is blank or `-`.
    pub fn number_at(&self, key: &str, value: &str, column: &str) -> Result<Option<f64>> {
        let (line, row) = self.row(key, value)?;
        let cell = row[self.col(column)?].trim();
        parse_cell(cell).map_err(|_| {
            DataError(format!(
                "{}:{line}: column {column} is not a number: {cell:?}",
                self.file
            ))
        })
    }

    pub fn required(&self, key: &str, value: &str, column: &str) -> Result<f64> {
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

pub fn read(dir: &Path, name: &str, skip: usize) -> Result<Table> {
    let path = dir.join(name);
    let text = std::fs::read_to_string(&path)
        .map_err(|e| DataError(format!("{}: {e}", path.display())))?;
    Table::parse(name, &text, skip)
}

/// The publishers' own domains: where a cell lists several addresses, theirs wins.
const PRIMARY_DOMAINS: &[&str] = &[
    "mof.go.jp",
    "boj.or.jp",
    "federalreserve.gov",
    "treasury.gov",
    "moodys.com",
];

/// The address to cite from a cell that may hold several ("a ; b", "a (note)"): the publisher's
/// own page where the cell gives one, else the first address.
pub fn best_url(cell: &str) -> Option<String> {
    let urls: Vec<&str> = cell
        .split_whitespace()
        .filter(|w| w.starts_with("https://"))
        .map(|w| w.trim_end_matches([',', ';', ')']))
        .collect();
    let primary = urls.iter().find(|u| {
        super::domain(u).is_some_and(|d| {
            PRIMARY_DOMAINS
                .iter()
                .any(|p| d == *p || d.ends_with(&format!(".{p}")))
        })
    });
    primary.or(urls.first()).map(|u| u.to_string())
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
    fn best_url_prefers_the_publisher() {
        assert_eq!(
            best_url(
                "https://www.nippon.com/a.html ; https://www.boj.or.jp/en/statistics/sj/index.htm"
            )
            .as_deref(),
            Some("https://www.boj.or.jp/en/statistics/sj/index.htm")
        );
        assert_eq!(
            best_url("https://www.brecorder.com/x (Reuters)").as_deref(),
            Some("https://www.brecorder.com/x")
        );
        assert_eq!(best_url("H.4.1 May 29 2025"), None);
    }

    #[test]
    fn dates_must_rise() {
        assert_eq!(mof_date("2025/5/22").as_deref(), Some("2025-05-22"));
        assert_eq!(mof_date("2025/13/1"), None);
        let dates = vec![(2, "2025-05-22".into()), (3, "2025-05-21".into())];
        let e = check_order("d.csv", &dates).unwrap_err();
        assert!(e.0.contains("d.csv:3"));
    }
}

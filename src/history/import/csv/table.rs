//! What every CSV dialect shares: the file read into a [`Table`] of string rows (bounded in size),
//! the rows read from it and the rows refused, with their messages. A leaf of `csv`: the root
//! dispatches to the dialects, and both use this.

use crate::history::import::text::lowercase;
use crate::history::import::ImportError;
use crate::history::Activity;

/// One activity read from a CSV row, with the activity file the row points to (Strava's
/// `Filename` column), if any.
#[derive(Clone, Debug)]
pub struct CsvRow {
    pub activity: Activity,
    pub filename: Option<String>,
}

/// What a CSV gave: the rows it could read and an error for each row it could not (the first
/// [`MAX_ROW_ERRORS`], then one error counting the rest).
#[derive(Clone, Debug, Default)]
pub struct CsvImport {
    pub rows: Vec<CsvRow>,
    pub row_errors: Vec<ImportError>,
    /// Rows refused beyond the first [`MAX_ROW_ERRORS`] (counted, not listed).
    more_row_errors: usize,
}

/// How many refused rows a CSV lists one by one.
pub const MAX_ROW_ERRORS: usize = 50;

/// The most cells a CSV may hold (about 30,000 activities of a Strava export): reading one
/// cell costs ~40 bytes, so this bounds what a file may make the parser allocate.
pub const MAX_CELLS: usize = 3_000_000;

/// The most columns a CSV may have (Strava's export has about 90).
pub const MAX_COLUMNS: usize = 1000;

/// How much of a cell an error message quotes.
const QUOTED_CHARS: usize = 40;

impl CsvImport {
    /// Refuses data row `index` (0-based) of `file` with its reason.
    pub(crate) fn refuse(&mut self, file: &str, index: usize, detail: impl Into<String>) {
        if self.row_errors.len() < MAX_ROW_ERRORS {
            self.row_errors.push(row_error(file, index, detail));
        } else {
            self.more_row_errors += 1;
        }
    }

    /// Ends the import: the rows refused beyond the listed ones become one error.
    pub(super) fn finish(mut self, file: &str) -> Self {
        if self.more_row_errors > 0 {
            self.row_errors.push(ImportError::MoreBadRows {
                file: file.to_string(),
                count: self.more_row_errors,
            });
        }
        self
    }
}

/// A cell's text as an error message quotes it: at most [`QUOTED_CHARS`] characters.
pub(crate) fn quoted(text: &str) -> String {
    match text.char_indices().nth(QUOTED_CHARS) {
        Some((end, _)) => format!("\"{}...\"", &text[..end]),
        None => format!("\"{text}\""),
    }
}

/// A CSV file read into a header and string rows.
pub(crate) struct Table {
    /// Header names, trimmed and lowercased.
    pub headers: Vec<String>,
    /// Header names as written (for error messages).
    pub raw_headers: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// All column indexes whose header is one of `names` (lowercase), in file order.
    pub fn cols(&self, names: &[&str]) -> Vec<usize> {
        self.headers
            .iter()
            .enumerate()
            .filter(|(_, h)| names.contains(&h.as_str()))
            .map(|(i, _)| i)
            .collect()
    }
    /// The first column whose header is one of `names`.
    pub fn col(&self, names: &[&str]) -> Option<usize> {
        self.cols(names).into_iter().next()
    }
}

/// The cell at `col` of `row`, or "" when the row is short or the column absent.
pub(crate) fn cell(row: &[String], col: Option<usize>) -> &str {
    col.and_then(|c| row.get(c))
        .map(String::as_str)
        .unwrap_or("")
}

/// Reads a CSV (comma, semicolon or tab separated; UTF-8 with or without BOM) into a table.
pub(crate) fn read_table(file: &str, bytes: &[u8]) -> Result<Table, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first_line = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let count = |c: u8| first_line.iter().filter(|b| **b == c).count();
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|c| count(*c))
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(false)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => {
            return Err(ImportError::BadCsv {
                file: file.to_string(),
                detail: e.to_string(),
            })
        }
        None => {
            return Err(ImportError::Empty {
                file: file.to_string(),
            })
        }
    };
    let text = |f: &[u8]| String::from_utf8_lossy(f).trim().to_string();
    let too_big = |detail: String| ImportError::BadCsv {
        file: file.to_string(),
        detail,
    };
    if header.len() > MAX_COLUMNS {
        return Err(too_big(format!(
            "it has {} columns; an activities list has at most {MAX_COLUMNS}",
            header.len()
        )));
    }
    let raw_headers: Vec<String> = header.iter().map(text).collect();
    let headers = raw_headers.iter().map(|h| lowercase(h)).collect();
    let width = raw_headers.len().max(1);
    let mut rows = Vec::new();
    let mut cells = 0usize;
    for record in records {
        let record = record.map_err(|e| too_big(e.to_string()))?;
        // Cells beyond the header's columns have no name, so nothing reads them.
        let row: Vec<String> = record.iter().take(width).map(text).collect();
        if row.iter().all(String::is_empty) {
            continue;
        }
        cells += row.len();
        if cells > MAX_CELLS {
            return Err(too_big(format!(
                "it is too large: over {MAX_CELLS} cells; export a shorter period or split the file"
            )));
        }
        rows.push(row);
    }
    Ok(Table {
        headers,
        raw_headers,
        rows,
    })
}

/// A row error for `file` at 1-based data row `index + 2` (the header is row 1).
fn row_error(file: &str, index: usize, detail: impl Into<String>) -> ImportError {
    ImportError::BadRow {
        file: file.to_string(),
        row: index + 2,
        detail: detail.into(),
    }
}

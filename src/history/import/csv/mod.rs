//! CSV activity lists: Strava's `activities.csv`, Garmin Connect's activities export, and the
//! simple template (see [`template`]). The kind is told apart by the header row.

mod garmin;
mod strava;
mod table;
pub mod template;

use super::text::lowercase;
use super::ImportError;
use table::read_table;
pub use table::{CsvImport, CsvRow, MAX_CELLS, MAX_COLUMNS, MAX_ROW_ERRORS};

/// Whether the bytes look like a CSV we know (by its header), for format detection.
pub fn looks_like_csv(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let first = bytes.split(|b| *b == b'\n').next().unwrap_or(&[]);
    let line = lowercase(&String::from_utf8_lossy(first));
    (line.contains(',') || line.contains(';') || line.contains('\t'))
        && (line.contains("date") || line.contains("datum") || line.contains("activity"))
}

/// Reads any supported activities CSV.
pub fn import(file: &str, bytes: &[u8]) -> Result<CsvImport, ImportError> {
    let table = read_table(file, bytes)?;
    if strava::matches(&table) {
        Ok(strava::import(file, &table).finish(file))
    } else if garmin::matches(&table) {
        Ok(garmin::import(file, &table).finish(file))
    } else if template::matches(&table) {
        Ok(template::import(file, &table).finish(file))
    } else {
        Err(ImportError::UnknownCsvColumns {
            file: file.to_string(),
            found: table.raw_headers,
        })
    }
}

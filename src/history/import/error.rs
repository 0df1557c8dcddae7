//! Why a file could not be imported, in words a runner understands. Every error names its file.

use thiserror::Error;

/// A file (or one row or zip entry of it) that could not be turned into activities.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ImportError {
    #[error("{file}: not a FIT file (it does not start with a FIT header)")]
    NotFit { file: String },
    #[error("{file}: the file is truncated ({detail}); try exporting or downloading it again")]
    Truncated { file: String, detail: String },
    #[error("{file}: CRC mismatch: the file is damaged (checksum {expected:#06x}, computed {computed:#06x})")]
    CrcMismatch {
        file: String,
        expected: u32,
        computed: u32,
    },
    #[error("{file}: the FIT file is damaged: {detail}")]
    BadFit { file: String, detail: String },
    #[error("{file}: no timestamps, so there is no telling when this activity happened")]
    NoTimestamps { file: String },
    #[error("{file}: no activity in this file (it holds {what})")]
    NoActivity { file: String, what: String },
    #[error("{file}: not valid XML: {detail}")]
    BadXml { file: String, detail: String },
    #[error("{file}: unknown CSV columns (found: {}); expected a Strava activities.csv, a Garmin Connect export, or the template date,sport,distance_km,duration", found.join(", "))]
    UnknownCsvColumns { file: String, found: Vec<String> },
    #[error("{file}: the CSV cannot be read: {detail}")]
    BadCsv { file: String, detail: String },
    #[error("{file}, row {row}: {detail}")]
    BadRow {
        file: String,
        row: usize,
        detail: String,
    },
    #[error("{file}: {count} more rows could not be read (only the first ones are listed)")]
    MoreBadRows { file: String, count: usize },
    #[error("{file}: the archive is damaged: {detail}")]
    BadArchive { file: String, detail: String },
    #[error("{file}: too large once unpacked (over {limit_mb} MB)")]
    TooLarge { file: String, limit_mb: u64 },
    #[error("{file}: not unpacked: this import already unpacked {limit_mb} MB, the most one import may (import the rest separately)")]
    OverBudget { file: String, limit_mb: u64 },
    #[error("{file}: the file is empty")]
    Empty { file: String },
    #[error("{file}: implausible activity ({detail}); check the file's units")]
    Implausible { file: String, detail: String },
    #[error("{file}: unsupported format; Periodize reads .fit, .gpx, .tcx, .csv, their .gz versions, and Strava export .zip files")]
    Unsupported { file: String },
}

impl ImportError {
    /// The file (or "archive.zip/entry", or "file row N") the error is about.
    pub fn file(&self) -> &str {
        match self {
            ImportError::NotFit { file }
            | ImportError::Truncated { file, .. }
            | ImportError::CrcMismatch { file, .. }
            | ImportError::BadFit { file, .. }
            | ImportError::NoTimestamps { file }
            | ImportError::NoActivity { file, .. }
            | ImportError::BadXml { file, .. }
            | ImportError::UnknownCsvColumns { file, .. }
            | ImportError::BadCsv { file, .. }
            | ImportError::BadRow { file, .. }
            | ImportError::MoreBadRows { file, .. }
            | ImportError::BadArchive { file, .. }
            | ImportError::TooLarge { file, .. }
            | ImportError::OverBudget { file, .. }
            | ImportError::Implausible { file, .. }
            | ImportError::Empty { file }
            | ImportError::Unsupported { file } => file,
        }
    }
}

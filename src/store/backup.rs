//! JSON backups of the whole document: writing one, and reading one back with a preview of
//! what restoring it would replace. Pure: the UI does the file download and upload.

use chrono::NaiveDate;

use super::migrate::{decode, encode, encode_pretty, DecodeError};
use super::schema::{DateRange, Document};

/// Why a backup file cannot be restored (the same reasons a stored document can be unreadable).
pub type BackupError = DecodeError;

/// A backup that can be restored, with the figures a "this will replace..." preview shows.
#[derive(Clone, Debug, PartialEq)]
pub struct BackupPreview {
    /// The backed-up document, migrated to the current version.
    pub document: Document,
    /// The schema version the backup was written in.
    pub from_version: u32,
    /// How many races it holds.
    pub races: usize,
    /// How many activities it holds.
    pub activities: usize,
    /// How many readiness check-ins it holds.
    pub checkins: usize,
    /// The first and last date among its races, activities and check-ins.
    pub date_range: Option<DateRange>,
    /// The size of the backup file, in bytes.
    pub file_bytes: usize,
    /// The size it takes once stored (compact JSON), in bytes.
    pub stored_bytes: usize,
}

/// Whether a backup fits in the browser's storage, before anything is replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// It fits in the room there is (in bytes of stored text).
    Fits { room: usize },
    /// It does not: `room` is all the namespace's document may take.
    TooLarge { room: usize },
    /// Storage is unavailable or its room unknown: restoring keeps it in this tab only.
    Unknown,
}

impl BackupPreview {
    /// Whether the backup fits in `room` bytes of stored text (see `store::room`).
    pub fn fit(&self, room: Option<usize>) -> Fit {
        match room {
            Some(room) if self.stored_bytes <= room => Fit::Fits { room },
            Some(room) => Fit::TooLarge { room },
            None => Fit::Unknown,
        }
    }
}

/// A size in bytes as a runner reads it: `850 bytes`, `12.3 KB`, `50.0 MB` (1 MB = 10^6 bytes).
pub fn size_text(bytes: usize) -> String {
    match bytes {
        0..=999 => format!("{bytes} bytes"),
        1_000..=999_999 => format!("{:.1} KB", bytes as f64 / 1e3),
        _ => format!("{:.1} MB", bytes as f64 / 1e6),
    }
}

/// The whole document as an indented JSON backup, with its version and `"app": "periodize"`.
pub fn to_json(doc: &Document) -> String {
    encode_pretty(doc)
}

/// A file name for a backup made on `today`, e.g. `periodize-backup-2026-03-01.json`.
pub fn file_name(today: NaiveDate) -> String {
    format!("periodize-backup-{}.json", today)
}

/// Reads a backup file (of this or any earlier version) and summarizes what it holds.
pub fn parse(text: &str) -> Result<BackupPreview, BackupError> {
    let decoded = decode(text)?;
    let doc = decoded.doc;
    Ok(BackupPreview {
        file_bytes: text.len(),
        stored_bytes: encode(&doc).len(),
        races: doc.races.len(),
        activities: doc.activities.len(),
        checkins: doc.checkins.len(),
        date_range: doc.date_range(),
        from_version: decoded.from,
        document: doc,
    })
}

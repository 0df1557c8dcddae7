//! JSON backups of the whole document: writing one, and reading one back with a preview of
//! what restoring it would replace. Pure: the UI does the file download and upload.

use chrono::NaiveDate;

use super::migrate::{decode, encode_pretty, DecodeError};
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
        races: doc.races.len(),
        activities: doc.activities.len(),
        checkins: doc.checkins.len(),
        date_range: doc.date_range(),
        from_version: decoded.from,
        document: doc,
    })
}

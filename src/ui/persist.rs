//! The UI's doorway to `store`: loading at start, saving on change, other tabs' edits.
//! Components never touch localStorage; they go through these functions.

use crate::store::{self, Document};

/// What the app found in storage at start.
pub enum Loaded {
    /// Nothing stored yet: first run.
    Empty,
    /// A readable document.
    Ready(Document),
    /// A stored document that could not be read; it is kept under `backup_key`.
    Corrupt {
        raw: String,
        backup_key: String,
        error: String,
    },
}

/// Why a save failed, in words for the banner.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveProblem {
    /// The browser's storage is full.
    Quota,
    /// Storage is switched off or unavailable (private mode, policies).
    Unavailable,
    /// Anything else, with the message.
    Other(String),
}

/// Loads the namespace's document.
pub fn load(namespace: &str) -> Loaded {
    match store::load(namespace) {
        Some(doc) => Loaded::Ready(doc),
        None => Loaded::Empty,
    }
}

/// Saves the document.
pub fn save(namespace: &str, doc: &Document) -> Result<(), SaveProblem> {
    store::save(namespace, doc).map_err(SaveProblem::Other)
}

/// Forgets a kept corrupt document (the runner chose "start fresh").
pub fn discard_corrupt(_namespace: &str, _backup_key: &str) {}

/// Starts listening for the document being changed in another tab; the handle stops it on drop.
pub fn watch(
    _namespace: &str,
    _on_change: impl Fn(Document) + 'static,
) -> Option<Box<dyn std::any::Any>> {
    None
}

/// Merges another tab's document into ours, given the last document both agreed on.
pub fn merge(_local: &Document, remote: &Document, _base: &Document) -> Document {
    remote.clone()
}

/// The whole state as JSON backup text.
pub fn backup_json(doc: &Document) -> String {
    serde_json::to_string_pretty(doc).unwrap_or_default()
}

/// Counts shown before a restore replaces the current state.
#[derive(Clone, Debug, PartialEq)]
pub struct BackupPreview {
    pub doc: Document,
    pub races: usize,
    pub activities: usize,
    pub checkins: usize,
}

/// Reads a backup file; the error says why it cannot be restored.
pub fn parse_backup(text: &str) -> Result<BackupPreview, String> {
    let doc: Document = serde_json::from_str(text).map_err(|e| e.to_string())?;
    Ok(BackupPreview {
        races: doc.races.len(),
        activities: 0,
        checkins: doc.checkins.len(),
        doc,
    })
}

//! The UI's doorway to `store`: loading at start, saving on change, other tabs' edits, backups.
//! Components never touch localStorage; they go through these functions.

use crate::store::{self, Document, StoreError};

pub use crate::store::backup::BackupPreview;
pub use crate::store::Loaded;

/// Why a save failed, in words for the banner.
pub type SaveProblem = StoreError;

/// Loads the namespace's document (migrating an older one, keeping an unreadable one).
pub fn load(namespace: &str) -> Loaded {
    store::load(namespace)
}

/// Saves `local` (edited from `base`), merging in whatever another tab stored since `base`;
/// returns the document now stored.
pub fn save(namespace: &str, local: &Document, base: &Document) -> Result<Document, SaveProblem> {
    store::save_merged(namespace, local, base)
}

/// Forgets a kept unreadable document (the runner chose "start fresh").
pub fn discard_corrupt(namespace: &str, backup_key: &str) {
    store::discard_corrupt(namespace, backup_key)
}

/// Listens for the document being changed in another tab; listening stops when the handle drops.
pub fn watch(namespace: &str, on_change: impl Fn(Document) + 'static) -> store::Watch {
    store::watch(namespace, on_change)
}

/// Merges another tab's document into ours, given the last document both agreed on.
pub fn merge(local: &Document, remote: &Document, base: &Document) -> Document {
    store::merge(local, remote, base)
}

/// The whole state as JSON backup text.
pub fn backup_json(doc: &Document) -> String {
    store::backup::to_json(doc)
}

/// The file name of a backup made on `today`.
pub fn backup_file_name(today: chrono::NaiveDate) -> String {
    store::backup::file_name(today)
}

/// Reads a backup file; the error says why it cannot be restored.
pub fn parse_backup(text: &str) -> Result<BackupPreview, String> {
    store::backup::parse(text).map_err(|e| e.to_string())
}

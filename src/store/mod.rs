//! localStorage persistence: the one versioned document holding the runner's inputs.
//! This is the only module that touches browser storage.

use gloo_storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};

use crate::plan::{Baseline, Checkin, Race, Settings};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the runner entered, as stored.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub version: u32,
    pub races: Vec<Race>,
    pub settings: Settings,
    pub baseline: Baseline,
    #[serde(default)]
    pub checkins: Vec<Checkin>,
}

/// The storage key of the document in a namespace (widgets on one page use different ones).
pub fn key(namespace: &str) -> String {
    format!("{namespace}:document")
}

/// Saves the document under the namespace.
pub fn save(namespace: &str, doc: &Document) -> Result<(), String> {
    LocalStorage::set(key(namespace), doc).map_err(|e| e.to_string())
}

/// Loads the document, if one is stored and readable.
pub fn load(namespace: &str) -> Option<Document> {
    LocalStorage::get(key(namespace)).ok()
}

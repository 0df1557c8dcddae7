//! The localStorage keys of a namespace: its document and the copies kept beside it.

use super::schema::SCHEMA_VERSION;

/// The namespace the app uses when it is not embedded with its own.
pub const DEFAULT_NAMESPACE: &str = "periodize";

/// The storage key of the document in a namespace (widgets on one page use different ones).
pub fn key(namespace: &str) -> String {
    format!("{namespace}:document")
}

/// The prefix of the keys unreadable documents are copied to (`{namespace}:corrupt:1`, ...).
pub fn corrupt_prefix(namespace: &str) -> String {
    format!("{namespace}:corrupt:")
}

/// The prefix of the keys a document of an older version is copied to before it is migrated.
pub fn migrated_prefix(namespace: &str, from: u32) -> String {
    format!("{namespace}:before-v{SCHEMA_VERSION}-from-v{from}:")
}

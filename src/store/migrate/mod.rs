//! Encoding the document and decoding any earlier schema version into the current one.
//!
//! The stored text is a JSON object: `{"app": "periodize", "version": N, ...fields of version N}`.
//! Each earlier version has a frozen struct here and a conversion to the next version:
//! - version 1 (also written as 0 by the first build's `Default`): races without ids, a manual
//!   baseline, check-ins. Migrated to 2 by numbering the races 1..=n in stored order,
//!   `baseline_source: manual`, no activities, default preferences ([`v1`]).
//! - version 2: races with ids, the baseline source, activities, preferences. Migrated to 3 by
//!   marking the races named `Example: ...` as the example season ([`v2`]).
//! - version 3: example races carry `"example": true`. Migrated to 4 with an empty season
//!   that starts when the runner next plans ([`v3`]).
//! - version 4: the current [`Document`]: the `season` (start, marks, hand edits).
//!
//! In every version a last screen (`prefs.last_view`) that names no screen of this build is
//! read as none: it is a preference, and a newer build's screen must not make the document
//! unreadable.

use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::error::Category;
use serde_json::Value;

use super::json_path;
use super::schema::{Document, SCHEMA_VERSION};

mod defaults;
mod indent;
mod v1;
mod v2;
mod v3;

/// The marker every Periodize document and backup carries in its `app` field.
pub const APP_MARKER: &str = "periodize";

/// Why a stored document or backup file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The text is not JSON at all.
    #[error("This is not a JSON file ({message}).")]
    NotJson {
        /// 1-based line of the first error.
        line: usize,
        /// 1-based column of the first error.
        column: usize,
        /// What the JSON parser found wrong.
        message: String,
    },
    /// Valid JSON, but not something Periodize wrote.
    #[error("This file is not a Periodize backup.")]
    NotPeriodize,
    /// Written by a newer Periodize than this one.
    #[error("This backup comes from a newer version of Periodize (data format {found}; this app reads up to {supported}). Update the app, then try again.")]
    TooNew {
        /// The version found in the file.
        found: u64,
        /// The newest version this build reads.
        supported: u32,
    },
    /// A Periodize document with a missing or wrong value.
    #[error("{} is not valid: {message}.", describe_path(.path))]
    InvalidField {
        /// Where the problem is, e.g. `races[2].race.date` (`.` for the top level).
        path: String,
        /// What is wrong with it.
        message: String,
    },
}

/// Names a field path for a runner: `the value at races[2].race.date`, or `the file` for the top.
fn describe_path(path: &str) -> String {
    if path == "." || path.is_empty() {
        "The file".into()
    } else {
        format!("The value at `{path}`")
    }
}

/// A decoded document and the schema version it was stored in.
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    /// The document, migrated to the current version and normalized.
    pub doc: Document,
    /// The version the text was written in (0 and 1 are both version 1).
    pub from: u32,
}

/// The stored form: marker, version, the lineage (localStorage only), then the document's
/// own fields.
#[derive(Serialize)]
struct Envelope<'a> {
    app: &'static str,
    version: u32,
    #[serde(skip_serializing_if = "<[u64]>::is_empty")]
    lineage: &'a [u64],
    #[serde(flatten)]
    doc: &'a Document,
}

fn envelope<'a>(doc: &'a Document, lineage: &'a [u64]) -> Envelope<'a> {
    Envelope {
        app: APP_MARKER,
        version: SCHEMA_VERSION,
        lineage,
        doc,
    }
}

/// The document as compact JSON text in the current version, without a lineage.
pub fn encode(doc: &Document) -> String {
    encode_stored(doc, &[])
}

/// The document as compact JSON text in the current version with its `lineage` (its own
/// revision first, then its ancestors': what localStorage holds, see `store::lineage`).
pub fn encode_stored(doc: &Document, lineage: &[u64]) -> String {
    serde_json::to_string(&envelope(doc, lineage)).unwrap_or_else(|_| String::from("{}"))
}

/// The document as indented JSON text in the current version (what a backup file holds).
pub fn encode_pretty(doc: &Document) -> String {
    indent::indent(&encode(doc))
}

/// The few top-level fields read before the document itself, to pick its version.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    app: Option<Value>,
    #[serde(default)]
    version: Option<Value>,
    #[serde(default)]
    races: Option<IgnoredAny>,
    #[serde(default)]
    lineage: Option<Value>,
}

/// Reads a stored document or backup of any known version and migrates it to the current one.
pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    decode_stored(text).map(|(decoded, _)| decoded)
}

/// [`decode`], with the stored lineage (empty when the text has none or it is not a list of
/// whole numbers: a lineage never makes a document unreadable).
pub fn decode_stored(text: &str) -> Result<(Decoded, Vec<u64>), DecodeError> {
    // First pass: syntax of the whole text, marker and version (other fields are skipped).
    let header: Header = serde_json::from_str(text).map_err(|e| match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => DecodeError::NotJson {
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        },
        Category::Data => DecodeError::NotPeriodize,
    })?;
    match &header.app {
        Some(Value::String(s)) if s == APP_MARKER => {}
        // Version 1 documents carried no marker: accept an object that looks like one.
        None if header.version.is_some() && header.races.is_some() => {}
        _ => return Err(DecodeError::NotPeriodize),
    }
    let version = match &header.version {
        Some(v) => v.as_u64().ok_or_else(|| DecodeError::InvalidField {
            path: "version".into(),
            message: format!("expected a whole number, found {v}"),
        })?,
        None => {
            return Err(DecodeError::InvalidField {
                path: "version".into(),
                message: "missing".into(),
            })
        }
    };
    // Second pass: the document of that version, straight from the text.
    let (doc, from) = match version {
        0 | 1 => (typed::<v1::Document>(text)?.into(), 1),
        2 => (v3::to_v4(v2::to_v3(typed::<Document>(text)?)), 2),
        3 => (v3::to_v4(typed::<Document>(text)?), 3),
        4 => (typed::<Document>(text)?, 4),
        found => {
            return Err(DecodeError::TooNew {
                found,
                supported: SCHEMA_VERSION,
            })
        }
    };
    let lineage = match header.lineage {
        Some(Value::Array(revs)) => revs.iter().map_while(Value::as_u64).collect(),
        _ => Vec::new(),
    };
    Ok((
        Decoded {
            doc: doc.normalized(),
            from,
        },
        lineage,
    ))
}

/// Deserializes the text, reporting the path of the first bad field.
fn typed<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, DecodeError> {
    serde_json::from_str(text).map_err(|e| DecodeError::InvalidField {
        path: json_path::at(text, json_path::offset(text, e.line(), e.column())),
        message: e.to_string(),
    })
}

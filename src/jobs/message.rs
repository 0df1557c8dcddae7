//! The messages between the app and the import module: a [`Request`] (with the files alongside
//! it, not in it), then [`Reply::Progress`] any number of times, then one final reply.
//! Both directions travel as JSON text.

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use crate::history::Activity;
use crate::plan::{Plan, Units};

/// What the app asks of the import module.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Read the files sent with the request; `names` are their names, in the same order.
    Import { names: Vec<String> },
    /// Write `plan` as a file in `format`, distances in `units`.
    Export {
        format: ExportFormat,
        plan: Box<Plan>,
        units: Units,
    },
    /// Write the watch workouts (FIT workouts + schedule, one zip) of `weeks` weeks of `plan`
    /// from `from` on, distances in `units`.
    Workouts {
        plan: Box<Plan>,
        from: NaiveDate,
        weeks: u32,
        units: Units,
    },
}

/// The plan's file formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ExportFormat {
    /// An iCalendar file for calendar apps.
    Ics,
    /// A spreadsheet.
    Csv,
}

/// What the import module answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// How far an import got (not final).
    Progress(Progress),
    /// The import's result, one report per file in the order sent (final).
    Imported(Vec<FileReport>),
    /// The exported file's text (final).
    Exported(String),
    /// The exported file's bytes (final): the watch workouts' zip.
    ExportedBytes(Vec<u8>),
    /// The job could not be done at all (final).
    Failed(String),
}

impl Reply {
    /// Whether this reply ends the job.
    pub fn is_final(&self) -> bool {
        !matches!(self, Reply::Progress(_))
    }
}

/// How far an import got.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The file being read (from 0).
    pub file: usize,
    /// How many files the import reads.
    pub files: usize,
    /// The file's name.
    pub name: String,
    /// Inside an archive: activity files read so far, and how many it holds.
    pub entries: Option<(usize, usize)>,
}

/// What one file gave.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileReport {
    /// The file's name.
    pub name: String,
    /// Its activities (not yet merged with the document's), or why none could be read.
    pub outcome: Result<Vec<Activity>, String>,
    /// Rows or archive entries skipped while others were read, each with its reason.
    pub skipped: Vec<String>,
}

impl Reply {
    /// The reply as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_else(|e| format!(r#"{{"Failed":"the reply could not be encoded: {e}"}}"#))
    }

    /// Reads a reply; damaged text becomes a [`Reply::Failed`].
    pub fn from_json(text: &str) -> Reply {
        serde_json::from_str(text).unwrap_or_else(|e| {
            Reply::Failed(format!("the import module's answer was unreadable: {e}"))
        })
    }
}

impl Request {
    /// The request as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a request.
    pub fn from_json(text: &str) -> Result<Request, String> {
        serde_json::from_str(text).map_err(|e| format!("the request was unreadable: {e}"))
    }
}

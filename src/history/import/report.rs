//! What an import reports and what it carries from file to file. A leaf of `import`: the root
//! dispatches to `archive`, and both use these (the archive reads its entries back through the
//! [`ReadEntry`] the root hands it, so it does not import the root).

use super::budget::Budget;
use super::error::ImportError;
use crate::history::Activity;

/// A file, row or zip entry that was not imported, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Skipped {
    /// The file name (for zip entries `export.zip/activities/1.fit.gz`; for CSV rows the CSV).
    pub file: String,
    pub error: ImportError,
}

/// What an import took and what it skipped.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportReport {
    /// Imported activities, oldest first, with duplicates across files merged.
    pub activities: Vec<Activity>,
    pub skipped: Vec<Skipped>,
}

/// What one import carries from file to file: its decompression budget, and who hears how
/// far it got inside an archive.
pub struct Job<'a> {
    /// What is left of the import's decompression allowance.
    pub budget: Budget,
    /// Hears `(activity files read, activity files in the archive)` after each entry.
    pub on_entry: &'a mut dyn FnMut(usize, usize),
}

impl Job<'_> {
    /// Runs `f` with a fresh job (the per-import budget) whose progress nobody hears.
    pub fn quiet<T>(f: impl FnOnce(&mut Job) -> T) -> T {
        let mut ignore = |_: usize, _: usize| {};
        f(&mut Job {
            budget: Budget::per_import(),
            on_entry: &mut ignore,
        })
    }
}

/// Reads one file (or archive entry) of `depth` into the report: the root's `import_into`,
/// handed to the archive reader so nested files go through the same checks.
pub type ReadEntry = fn(&str, &[u8], u8, &mut Job, &mut ImportReport);

//! Importers: activity files in, [`Activity`] values out. The format is told by content
//! first (FIT signature, gzip and zip magic, XML root, CSV header) and by name second.
//!
//! Supported: FIT, GPX 1.1, TCX, CSV (Strava `activities.csv`, Garmin Connect, and the
//! [`csv::template`]), single gzip files (`run.fit.gz`), and Strava bulk-export `.zip` files.

mod archive;
pub mod budget;
pub mod csv;
pub mod dated;
mod error;
mod fit;
mod gpx;
mod report;
pub mod source;
mod tcx;
pub mod text;
pub mod track;
mod unpack;
mod xml;

pub use budget::{Budget, MAX_UNPACKED_BYTES};
pub use error::ImportError;
pub use report::{ImportReport, Job, ReadEntry, Skipped};
pub use source::Source;

use super::Activity;

/// The supported formats, as detected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Fit,
    Gpx,
    Tcx,
    Csv,
    Gzip,
    Zip,
}

/// Detects the format of a file from its content, falling back to its name.
pub fn detect(name: &str, bytes: &[u8]) -> Option<Format> {
    let lower = text::lowercase(name);
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Some(Format::Gzip);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Some(Format::Zip);
    }
    if bytes.get(8..12) == Some(b".FIT") {
        return Some(Format::Fit);
    }
    let head = &bytes[..bytes.len().min(4096)];
    let head_text = String::from_utf8_lossy(head);
    let trimmed = head_text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.starts_with('<') {
        if head_text.contains("<gpx") || head_text.contains(":gpx") {
            return Some(Format::Gpx);
        }
        if head_text.contains("TrainingCenterDatabase") {
            return Some(Format::Tcx);
        }
    }
    let by_name = [
        (".fit", Format::Fit),
        (".gpx", Format::Gpx),
        (".tcx", Format::Tcx),
        (".csv", Format::Csv),
        (".gz", Format::Gzip),
        (".zip", Format::Zip),
    ];
    if let Some((_, f)) = by_name.iter().find(|(ext, _)| lower.ends_with(ext)) {
        return Some(*f);
    }
    csv::looks_like_csv(bytes).then_some(Format::Csv)
}

/// Imports one file. Fails when nothing in it could be read; rows or zip entries that fail
/// while others succeed are dropped here (use [`import_files`] to see them).
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Vec<Activity>, ImportError> {
    let mut report = ImportReport::default();
    Job::quiet(|job| import_into(name, bytes, 0, job, &mut report));
    if report.activities.is_empty() {
        if let Some(first) = report.skipped.into_iter().next() {
            return Err(first.error);
        }
    }
    Ok(report.activities)
}

/// Imports many files; one bad file (or zip entry, or CSV row) never stops the others.
/// Activities are returned oldest first with duplicates merged (see [`super::dedupe`]).
pub fn import_files(files: &[(String, Vec<u8>)]) -> ImportReport {
    let mut report = ImportReport::default();
    Job::quiet(|job| {
        for (name, bytes) in files {
            import_into(name, bytes, 0, job, &mut report);
        }
    });
    report.activities = super::dedupe::merge(&[], report.activities).activities;
    report
}

/// Imports one file read from `source` into `report` (duplicates not merged yet): a zip is read
/// from its directory at the end, then one wanted entry at a time, so memory stays bounded
/// whatever its size; any other file is read whole (up to [`budget::MAX_WHOLE_FILE_BYTES`]).
pub fn import_source(
    name: &str,
    source: &mut dyn Source,
    job: &mut Job,
    report: &mut ImportReport,
) {
    let skip = |report: &mut ImportReport, error: ImportError| {
        report.skipped.push(Skipped {
            file: name.to_string(),
            error,
        })
    };
    let head = match source.read(0, 4096) {
        Ok(head) => head,
        Err(detail) => return skip(report, read_error(name, detail)),
    };
    if !head.is_empty() && detect(name, &head) == Some(Format::Zip) {
        let start = report.activities.len();
        archive::import_zip(name, source, 0, job, report, import_into);
        return check_from(report, start);
    }
    if source.len() > budget::MAX_WHOLE_FILE_BYTES {
        let limit_mb = budget::MAX_WHOLE_FILE_BYTES / (1024 * 1024);
        return skip(
            report,
            ImportError::TooLarge {
                file: name.into(),
                limit_mb,
            },
        );
    }
    match source.read(0, source.len() as usize) {
        Ok(bytes) => import_into(name, &bytes, 0, job, report),
        Err(detail) => skip(report, read_error(name, detail)),
    }
}

fn read_error(name: &str, detail: String) -> ImportError {
    ImportError::Truncated {
        file: name.to_string(),
        detail,
    }
}

/// Imports one file into `report`; `depth` counts nested archives. Every activity it adds,
/// whatever the path (a file, a CSV row, a zip entry, a row merged with its file), passes
/// [`check`]; one that fails is skipped with its reason.
pub(crate) fn import_into(
    name: &str,
    bytes: &[u8],
    depth: u8,
    job: &mut Job,
    report: &mut ImportReport,
) {
    let start = report.activities.len();
    read_into(name, bytes, depth, job, report);
    check_from(report, start);
}

/// Passes every activity `report` gained after the first `start` through [`check`].
fn check_from(report: &mut ImportReport, start: usize) {
    let added: Vec<Activity> = report.activities.drain(start..).collect();
    for a in added {
        match check(a) {
            Ok(a) => report.activities.push(a),
            Err(error) => report.skipped.push(Skipped {
                file: error.file().to_string(),
                error,
            }),
        }
    }
}

/// Reads one file into `report`, unchecked (see [`import_into`]).
fn read_into(name: &str, bytes: &[u8], depth: u8, job: &mut Job, report: &mut ImportReport) {
    let skip = |report: &mut ImportReport, error: ImportError| {
        report.skipped.push(Skipped {
            file: name.to_string(),
            error,
        })
    };
    if bytes.is_empty() {
        return skip(report, ImportError::Empty { file: name.into() });
    }
    let result = match detect(name, bytes) {
        Some(Format::Fit) => fit::import(name, bytes),
        Some(Format::Gpx) => gpx::import(name, bytes).map(|a| vec![a]),
        Some(Format::Tcx) => tcx::import(name, bytes),
        Some(Format::Csv) => match csv::import(name, bytes) {
            Ok(c) => {
                for e in c.row_errors {
                    skip(report, e);
                }
                Ok(c.rows.into_iter().map(|r| r.activity).collect())
            }
            Err(e) => Err(e),
        },
        Some(Format::Gzip) if depth < 2 => match unpack::gunzip(name, bytes, &mut job.budget) {
            Ok(inner) => {
                let inner_name = strip_gz(name);
                return read_into(&inner_name, &inner, depth + 1, job, report);
            }
            Err(e) => Err(e),
        },
        Some(Format::Zip) if depth < 2 => {
            return archive::import_zip(name, &mut &bytes[..], depth, job, report, import_into)
        }
        _ => Err(ImportError::Unsupported { file: name.into() }),
    };
    match result {
        Ok(mut activities) => report.activities.append(&mut activities),
        Err(e) => skip(report, e),
    }
}

/// Longest distance one activity may have (m): beyond any multi-day ultra.
const MAX_DISTANCE_M: f64 = 5_000_000.0;
/// Longest time one activity may take (s): 30 days.
const MAX_DURATION_S: f64 = 30.0 * 86_400.0;

/// Rejects activities whose numbers cannot be real (infinite, negative, a 10,000 km run) and
/// drops optional values outside their physical range.
fn check(mut a: Activity) -> Result<Activity, ImportError> {
    let bad = |detail: String| ImportError::Implausible {
        file: a.source.clone(),
        detail,
    };
    if !(0.0..=MAX_DISTANCE_M).contains(&a.distance_m) {
        return Err(bad(format!("distance {} m", a.distance_m)));
    }
    for (what, v) in [("elapsed time", a.elapsed_s), ("moving time", a.moving_s)] {
        if !(0.0..=MAX_DURATION_S).contains(&v) {
            return Err(bad(format!("{what} {v} s")));
        }
    }
    let within = |v: Option<f64>, lo: f64, hi: f64| v.filter(|x| (lo..=hi).contains(x));
    a.avg_hr = within(a.avg_hr, 20.0, 250.0);
    a.max_hr = within(a.max_hr, 20.0, 250.0);
    a.rpe = within(a.rpe, 1.0, 10.0);
    a.elevation_gain_m = within(a.elevation_gain_m, 0.0, 100_000.0);
    Ok(a)
}

/// `run.fit.gz` -> `run.fit`; a name without `.gz` is kept.
fn strip_gz(name: &str) -> String {
    let lower = text::lowercase(name);
    if lower.ends_with(".gz") {
        name.get(..name.len() - 3).unwrap_or(name).to_string()
    } else {
        name.to_string()
    }
}

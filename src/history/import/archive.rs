//! Compressed inputs: single gzip files and Strava bulk-export zips (`activities.csv` plus an
//! `activities/` folder of `.fit.gz`, `.gpx.gz` and `.tcx.gz` files).

use super::csv;
use super::error::ImportError;
use super::report::{ImportReport, Job, ReadEntry, Skipped};
use super::source::Source;
use super::text::lowercase;
use super::unpack::zip_entries;
use crate::history::{Activity, Sport};
use std::collections::HashMap;

/// Whether a zip entry is worth reading: an activities CSV or an activity file.
fn wanted(path: &str) -> bool {
    let lower = lowercase(path);
    let base = lower.rsplit('/').next().unwrap_or(&lower);
    let base = base.strip_suffix(".gz").unwrap_or(base);
    base == "activities.csv"
        || (!lower.contains("__macosx/")
            && (base.ends_with(".fit") || base.ends_with(".gpx") || base.ends_with(".tcx")))
        || (!lower.contains('/') && base.ends_with(".csv"))
}

/// The file name at the end of a path, lowercased (how CSV rows and entries are matched).
fn basename(path: &str) -> String {
    lowercase(path.rsplit(['/', '\\']).next().unwrap_or(path))
}

/// Imports a zip: every activity file, and `activities.csv` rows merged with the file each
/// row names (the file gives the track, the row gives Strava's sport, title and effort).
/// Only the directory and the wanted entries are read from `source`, one entry at a time
/// (media and other files are never read); `job.on_entry` hears after each one.
pub fn import_zip(
    name: &str,
    source: &mut dyn Source,
    depth: u8,
    job: &mut Job,
    report: &mut ImportReport,
    import_into: ReadEntry,
) {
    let entries = match zip_entries(name, source) {
        Ok(e) => e,
        Err(error) => {
            return report.skipped.push(Skipped {
                file: name.to_string(),
                error,
            })
        }
    };
    let mut csv_rows: Vec<csv::CsvRow> = Vec::new();
    let mut by_file: HashMap<String, Vec<Activity>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    // The CSVs first, then the activity files (the count is of activity files).
    let mut chosen: Vec<_> = entries
        .iter()
        .filter(|e| !e.is_dir && wanted(&e.path))
        .collect();
    chosen.sort_by_key(|e| !basename(&e.path).ends_with(".csv"));
    let csvs = chosen
        .iter()
        .take_while(|e| basename(&e.path).ends_with(".csv"))
        .count();
    let total = chosen.len() - csvs;
    // Only the outermost archive reports (a nested one would restart the count).
    let tell = |job: &mut Job, done: usize| {
        if depth == 0 {
            (job.on_entry)(done, total)
        }
    };
    for (i, entry) in chosen.iter().enumerate() {
        tell(job, i.saturating_sub(csvs));
        let path = &entry.path;
        let file = format!("{name}/{path}");
        let data = match entry.read(source, &file, &mut job.budget) {
            Ok(d) => d,
            Err(error) => {
                report.skipped.push(Skipped { file, error });
                continue;
            }
        };
        if basename(path).ends_with(".csv") {
            match csv::import(&file, &data) {
                // Strava exports hold other CSVs (profile, gear, comments): not activities.
                Err(ImportError::UnknownCsvColumns { .. })
                    if basename(path) != "activities.csv" => {}
                Ok(c) => {
                    csv_rows.extend(c.rows);
                    report
                        .skipped
                        .extend(c.row_errors.into_iter().map(|error| Skipped {
                            file: file.clone(),
                            error,
                        }));
                }
                Err(error) => report.skipped.push(Skipped { file, error }),
            }
            continue;
        }
        let mut inner = ImportReport::default();
        import_into(&file, &data, depth + 1, job, &mut inner);
        report.skipped.append(&mut inner.skipped);
        let key = basename(path);
        order.push(key.clone());
        by_file.insert(key, inner.activities);
    }
    tell(job, total);
    if chosen.is_empty() {
        report.skipped.push(Skipped {
            file: name.to_string(),
            error: ImportError::NoActivity {
                file: name.to_string(),
                what: "no activities.csv and no .fit, .gpx or .tcx files".into(),
            },
        });
    }
    for row in csv_rows {
        let from_file = row
            .filename
            .as_deref()
            .map(basename)
            .and_then(|k| by_file.get_mut(&k))
            .filter(|acts| acts.len() == 1)
            .and_then(|acts| acts.pop());
        report.activities.push(match from_file {
            Some(file_activity) => enrich(file_activity, row.activity),
            None => row.activity,
        });
    }
    for key in order {
        if let Some(mut acts) = by_file.remove(&key) {
            report.activities.append(&mut acts);
        }
    }
}

/// The file's activity with what only the CSV row knows: Strava's sport, title and effort.
fn enrich(mut file: Activity, row: Activity) -> Activity {
    if row.sport != Sport::Other {
        file.sport = row.sport;
    }
    file.name = row.name.or(file.name);
    file.rpe = row.rpe.or(file.rpe);
    file.avg_hr = file.avg_hr.or(row.avg_hr);
    file.max_hr = file.max_hr.or(row.max_hr);
    file.elevation_gain_m = file.elevation_gain_m.or(row.elevation_gain_m);
    if file.distance_m <= 0.0 {
        file.distance_m = row.distance_m;
    }
    file
}

//! Compressed inputs: single gzip files and Strava bulk-export zips (`activities.csv` plus an
//! `activities/` folder of `.fit.gz`, `.gpx.gz` and `.tcx.gz` files).

use super::text::lowercase;
use super::unpack::zip_entries;
use super::{csv, import_into, ImportError, ImportReport, Skipped};
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
pub fn import_zip(name: &str, bytes: &[u8], depth: u8, report: &mut ImportReport) {
    let entries = match zip_entries(name, bytes) {
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
    let mut seen_any = false;
    for entry in &entries {
        let path = &entry.path;
        if entry.is_dir || !wanted(path) {
            continue;
        }
        seen_any = true;
        let file = format!("{name}/{path}");
        let data = match entry.read(&file) {
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
        import_into(&file, &data, depth + 1, &mut inner);
        report.skipped.append(&mut inner.skipped);
        let key = basename(path);
        order.push(key.clone());
        by_file.insert(key, inner.activities);
    }
    if !seen_any {
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

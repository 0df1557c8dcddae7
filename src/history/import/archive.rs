//! Compressed inputs: single gzip files and Strava bulk-export zips (`activities.csv` plus an
//! `activities/` folder of `.fit.gz`, `.gpx.gz` and `.tcx.gz` files).

use super::{csv, import_into, ImportError, ImportReport, Skipped, MAX_UNPACKED_BYTES};
use crate::history::{Activity, Sport};
use std::collections::HashMap;
use std::io::{Cursor, Read};

/// Unpacks a gzip file, refusing output larger than [`MAX_UNPACKED_BYTES`].
pub fn gunzip(file: &str, bytes: &[u8]) -> Result<Vec<u8>, ImportError> {
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    read_limited(file, decoder)
}

/// Reads all of `reader` up to the unpack limit.
fn read_limited(file: &str, reader: impl Read) -> Result<Vec<u8>, ImportError> {
    let mut out = Vec::new();
    match reader.take(MAX_UNPACKED_BYTES + 1).read_to_end(&mut out) {
        Ok(_) if out.len() as u64 > MAX_UNPACKED_BYTES => Err(ImportError::TooLarge {
            file: file.to_string(),
            limit_mb: MAX_UNPACKED_BYTES / (1024 * 1024),
        }),
        Ok(_) => Ok(out),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => Err(ImportError::Truncated {
            file: file.to_string(),
            detail: "the compressed data ends early".into(),
        }),
        Err(e) => Err(ImportError::BadArchive {
            file: file.to_string(),
            detail: e.to_string(),
        }),
    }
}

/// Whether a zip entry is worth reading: an activities CSV or an activity file.
fn wanted(path: &str) -> bool {
    let lower = path.to_lowercase();
    let base = lower.rsplit('/').next().unwrap_or(&lower);
    let base = base.strip_suffix(".gz").unwrap_or(base);
    base == "activities.csv"
        || (!lower.contains("__macosx/")
            && (base.ends_with(".fit") || base.ends_with(".gpx") || base.ends_with(".tcx")))
        || (!lower.contains('/') && base.ends_with(".csv"))
}

/// The file name at the end of a path, lowercased (how CSV rows and entries are matched).
fn basename(path: &str) -> String {
    path.rsplit(['/', '\\'])
        .next()
        .unwrap_or(path)
        .to_lowercase()
}

/// Imports a zip: every activity file, and `activities.csv` rows merged with the file each
/// row names (the file gives the track, the row gives Strava's sport, title and effort).
pub fn import_zip(name: &str, bytes: &[u8], depth: u8, report: &mut ImportReport) {
    let mut archive = match zip::ZipArchive::new(Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => {
            return report.skipped.push(Skipped {
                file: name.to_string(),
                error: ImportError::BadArchive {
                    file: name.to_string(),
                    detail: e.to_string(),
                },
            })
        }
    };
    let mut csv_rows: Vec<csv::CsvRow> = Vec::new();
    let mut by_file: HashMap<String, Vec<Activity>> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    let mut seen_any = false;
    for i in 0..archive.len() {
        let mut entry = match archive.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                let file = format!("{name}/entry {}", i + 1);
                report.skipped.push(Skipped {
                    file: file.clone(),
                    error: ImportError::BadArchive {
                        file,
                        detail: e.to_string(),
                    },
                });
                continue;
            }
        };
        let path = match entry.name() {
            Ok(n) => n.into_owned(),
            Err(_) => format!("entry {}", i + 1),
        };
        if entry.is_dir() || !wanted(&path) {
            continue;
        }
        seen_any = true;
        let file = format!("{name}/{path}");
        let data = if entry.size() > MAX_UNPACKED_BYTES {
            Err(ImportError::TooLarge {
                file: file.clone(),
                limit_mb: MAX_UNPACKED_BYTES / (1024 * 1024),
            })
        } else {
            read_limited(&file, &mut entry)
        };
        let data = match data {
            Ok(d) => d,
            Err(error) => {
                report.skipped.push(Skipped { file, error });
                continue;
            }
        };
        if basename(&path).ends_with(".csv") {
            match csv::import(&file, &data) {
                // Strava exports hold other CSVs (profile, gear, comments): not activities.
                Err(ImportError::UnknownCsvColumns { .. })
                    if basename(&path) != "activities.csv" => {}
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
        let key = basename(&path);
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

//! `periodize import`: activity files in, activities + skipped files + baseline out.

use chrono::NaiveDate;
use periodize::history::import::{import_files, ImportReport};
use periodize::history::{self, Activity};
use periodize::plan::Baseline;
use serde::Serialize;

/// One activity as printed.
#[derive(Serialize)]
struct ActivityOut<'a> {
    start: String,
    sport: history::Sport,
    distance_m: f64,
    duration_s: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    elevation_gain_m: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    avg_hr: Option<f64>,
    source: &'a str,
}

/// One skipped file as printed.
#[derive(Serialize)]
struct SkippedOut<'a> {
    file: &'a str,
    error: String,
}

/// The whole output document.
#[derive(Serialize)]
struct Output<'a> {
    activities: Vec<ActivityOut<'a>>,
    skipped: Vec<SkippedOut<'a>>,
    baseline: Baseline,
}

/// Reads every path; a file that cannot be read is reported like a file that cannot be parsed.
fn read_all(paths: &[String]) -> ImportReport {
    let mut files = Vec::new();
    let mut unreadable = Vec::new();
    for p in paths {
        match std::fs::read(p) {
            Ok(bytes) => files.push((p.clone(), bytes)),
            Err(e) => unreadable.push((p.clone(), e.to_string())),
        }
    }
    let mut report = import_files(&files);
    for (file, detail) in unreadable {
        let error = history::import::ImportError::BadArchive {
            file: file.clone(),
            detail: format!("cannot read the file: {detail}"),
        };
        report
            .skipped
            .push(history::import::Skipped { file, error });
    }
    report
}

/// Imports the files for `plan --history`: the activities, or why none could be read.
pub fn activities_from_files(paths: &[String]) -> Result<Vec<Activity>, String> {
    let report = read_all(paths);
    if report.activities.is_empty() {
        let why: Vec<String> = report.skipped.iter().map(|s| s.error.to_string()).collect();
        return Err(format!(
            "no activities could be read from the history files{}",
            if why.is_empty() {
                String::new()
            } else {
                format!(": {}", why.join("; "))
            }
        ));
    }
    Ok(report.activities)
}

/// Renders a report as the JSON document `periodize import` prints.
fn render(report: &ImportReport, today: NaiveDate) -> Result<String, String> {
    let out = Output {
        activities: report.activities.iter().map(activity_out).collect(),
        skipped: report
            .skipped
            .iter()
            .map(|s| SkippedOut {
                file: &s.file,
                error: s.error.to_string(),
            })
            .collect(),
        baseline: history::baseline(&report.activities, today),
    };
    serde_json::to_string_pretty(&out)
        .map(|s| s + "\n")
        .map_err(|e| e.to_string())
}

/// One activity in the output's shape.
fn activity_out(a: &Activity) -> ActivityOut<'_> {
    ActivityOut {
        start: a.start.to_rfc3339(),
        sport: a.sport,
        distance_m: (a.distance_m * 10.0).round() / 10.0,
        duration_s: a.duration_s().round(),
        elevation_gain_m: a.elevation_gain_m.map(|g| g.round()),
        avg_hr: a.avg_hr.map(|h| (h * 10.0).round() / 10.0),
        source: &a.source,
    }
}

/// Runs the `import` subcommand: `import FILE... [--format json] [--today YYYY-MM-DD]`.
pub fn run(args: &[String]) -> Result<String, String> {
    let mut paths = Vec::new();
    let mut today: Option<NaiveDate> = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--format" => match iter.next().map(String::as_str) {
                Some("json") => {}
                other => return Err(format!("import: unknown format {other:?} (only json)")),
            },
            "--today" => {
                let v = iter.next().ok_or("import: --today needs a date")?;
                today = Some(
                    NaiveDate::parse_from_str(v, "%Y-%m-%d")
                        .map_err(|_| format!("import: --today {v}: expected YYYY-MM-DD"))?,
                );
            }
            flag if flag.starts_with("--") => return Err(format!("import: unknown option {flag}")),
            path => paths.push(path.to_string()),
        }
    }
    if paths.is_empty() {
        return Err("usage: periodize import FILE... [--format json] [--today YYYY-MM-DD]".into());
    }
    // The baseline is "as of" today: the native CLI is the edge where the clock may be read.
    let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
    render(&read_all(&paths), today)
}

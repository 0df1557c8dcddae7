//! The import module's work, pure: files in (as [`Source`]s), replies out. It runs in the
//! worker, on the main thread where no worker can be started, and in native tests alike.

use super::message::{ExportFormat, FileReport, Progress, Reply, Request};
use crate::history::import::{import_source, Budget, ImportReport, Job, Source};
use chrono::NaiveDate;

use crate::plan::{Plan, Units};

/// Most progress replies one archive sends (a 3,000-activity export reports every 15th).
const PROGRESS_STEPS: usize = 200;

/// Does `request` with the files in `sources` (for an import; in the order of its names);
/// `progress` hears how an import goes. Returns the final reply.
pub fn handle(
    request: Request,
    sources: &mut [&mut dyn Source],
    progress: &mut dyn FnMut(Progress),
) -> Reply {
    match request {
        Request::Import { names } if names.len() != sources.len() => Reply::Failed(format!(
            "{} file names for {} files",
            names.len(),
            sources.len()
        )),
        Request::Import { names } => Reply::Imported(import(&names, sources, progress)),
        Request::Export {
            format,
            plan,
            units,
        } => Reply::Exported(export(format, &plan, units)),
        Request::Workouts {
            plan,
            from,
            weeks,
            units,
        } => match workouts(&plan, from, weeks, units) {
            Ok(zip) => Reply::ExportedBytes(zip),
            Err(e) => Reply::Failed(e),
        },
    }
}

/// Reads every file, one after the other, under one decompression budget.
pub fn import(
    names: &[String],
    sources: &mut [&mut dyn Source],
    progress: &mut dyn FnMut(Progress),
) -> Vec<FileReport> {
    let files = names.len();
    let mut budget = Budget::per_import();
    let mut reports = Vec::with_capacity(files);
    for (file, (name, source)) in names.iter().zip(sources.iter_mut()).enumerate() {
        let tell = |entries| Progress {
            file,
            files,
            name: name.clone(),
            entries,
        };
        progress(tell(None));
        let mut last_step = usize::MAX;
        let mut on_entry = |done: usize, total: usize| {
            let step = done * PROGRESS_STEPS / total.max(1);
            if step != last_step || done == total {
                last_step = step;
                progress(tell(Some((done, total))));
            }
        };
        let mut job = Job {
            budget,
            on_entry: &mut on_entry,
        };
        let mut report = ImportReport::default();
        import_source(name, &mut **source, &mut job, &mut report);
        budget = job.budget;
        reports.push(file_report(name, report));
    }
    reports
}

/// One file's report: its activities, or when it gave none, the first reason why.
fn file_report(name: &str, report: ImportReport) -> FileReport {
    let mut skipped: Vec<String> = report.skipped.iter().map(|s| s.error.to_string()).collect();
    let outcome = if report.activities.is_empty() && !skipped.is_empty() {
        Err(skipped.remove(0))
    } else {
        Ok(report.activities)
    };
    FileReport {
        name: name.to_string(),
        outcome,
        skipped,
    }
}

/// The plan as a file's text.
pub fn export(format: ExportFormat, plan: &Plan, units: Units) -> String {
    match format {
        ExportFormat::Ics => crate::export::ics::write(plan, units),
        ExportFormat::Csv => crate::export::csv::write(plan, units),
    }
}

/// The watch workouts of `weeks` weeks of `plan` from `from` on, as one zip (FIT workouts +
/// schedule): the one call into the FIT encoder, so the app never links it.
pub fn workouts(plan: &Plan, from: NaiveDate, weeks: u32, units: Units) -> Result<Vec<u8>, String> {
    let range = crate::export::watch::Range { from, weeks };
    crate::export::watch::workouts_zip(plan, range, units)
}

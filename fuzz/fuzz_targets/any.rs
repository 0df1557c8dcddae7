//! Fuzzes format detection and every importer it routes to, then the fitness model on
//! whatever was imported.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files = vec![("upload".to_string(), data.to_vec())];
    let report = periodize::history::import::import_files(&files);
    let today = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap_or_default();
    let _ = periodize::history::baseline(&report.activities, today);
    let _ = periodize::history::fitness::series(&report.activities, today, 60);
});

//! Fuzzes Strava-export zip reading, including entry-by-entry error reporting.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let files = vec![("export.zip".to_string(), data.to_vec())];
    let _ = periodize::history::import::import_files(&files);
});

//! Fuzzes the TCX importer: no input may panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = periodize::history::import::import_file("fuzz.tcx", data);
});

//! Fuzzes gzip unpacking (and whatever importer the unpacked bytes reach).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut gz = vec![0x1f, 0x8b];
    gz.extend_from_slice(data);
    let _ = periodize::history::import::import_file("fuzz.fit.gz", &gz);
});

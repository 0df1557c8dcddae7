#![cfg(not(target_arch = "wasm32"))]
//! What parsing may allocate (issue 12, defect 8): a small file must not make the importers
//! allocate without bound. A counting allocator measures the peak of each import.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use periodize::history::import::{import_file, ImportError};

/// The system allocator, counting the bytes live now and the most live at once.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
/// One test at a time: the counters see every thread's allocations.
static ONE: Mutex<()> = Mutex::new(());

/// Held for a whole test, so no other test allocates meanwhile.
fn alone() -> std::sync::MutexGuard<'static, ()> {
    ONE.lock().unwrap_or_else(|e| e.into_inner())
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Runs `f` and returns its result with the most bytes it had allocated at once.
fn peak<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let start = LIVE.load(Ordering::Relaxed);
    PEAK.store(start, Ordering::Relaxed);
    let out = f();
    (out, PEAK.load(Ordering::Relaxed).saturating_sub(start))
}

/// The FIT CRC-16.
fn crc16(bytes: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    let mut crc = 0u16;
    for &b in bytes {
        for nibble in [b & 0x0F, b >> 4] {
            let tmp = TABLE[(crc & 0x0F) as usize];
            crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ TABLE[nibble as usize];
        }
    }
    crc
}

/// A FIT file around `data` (14-byte header, both CRCs right).
fn fit(data: &[u8]) -> Vec<u8> {
    let mut out = vec![14, 0x20, 0x08, 0x08];
    out.extend((data.len() as u32).to_le_bytes());
    out.extend(b".FIT");
    let crc = crc16(&out);
    out.extend(crc.to_le_bytes());
    out.extend(data);
    let crc = crc16(&out);
    out.extend(crc.to_le_bytes());
    out
}

/// Definitions of `record` (global 20) as local 0 with no fields, and as local 1 with a
/// timestamp, then one timestamped record.
fn zero_field_record_definition() -> Vec<u8> {
    let mut d = vec![0x40, 0, 0, 20, 0, 0];
    d.extend([0x41, 0, 0, 20, 0, 1, 253, 4, 0x86]);
    d.push(0x01);
    d.extend(1_000_000_000u32.to_le_bytes());
    d
}

const MB: usize = 1 << 20;

#[test]
fn a_fit_message_without_fields_costs_nothing() {
    let _alone = alone();
    // Each byte 0x00 is a whole data message of local type 0, which has no fields: before the
    // fix each became a 32-byte message and a ~100-byte track point.
    let mut data = zero_field_record_definition();
    data.resize(data.len() + 4 * MB, 0x00);
    let file = fit(&data);
    let (result, used) = peak(|| import_file("zero.fit", &file));
    assert!(
        used < 2 * MB,
        "peak {used} bytes for a {} byte file",
        file.len()
    );
    // One real record: not an activity, but a clear answer.
    assert!(result.is_ok() || matches!(result, Err(ImportError::NoTimestamps { .. })));
}

#[test]
fn a_fit_file_of_more_messages_than_any_activity_is_refused() {
    let _alone = alone();
    // Compressed-timestamp headers (0x80: local 0, offset 0) each carry a time: one byte per
    // message. Past the message limit the file is refused, with the reason.
    let mut data = zero_field_record_definition();
    data.resize(data.len() + 3 * MB, 0x80);
    let file = fit(&data);
    let (result, used) = peak(|| import_file("compressed.fit", &file));
    let err = result.unwrap_err();
    assert!(matches!(err, ImportError::BadFit { .. }), "{err}");
    assert!(
        err.to_string().contains("more than 1000000 messages"),
        "{err}"
    );
    assert!(used < 160 * MB, "peak {} MB", used / MB);
}

#[test]
fn unreadable_csv_rows_are_counted_not_listed() {
    let _alone = alone();
    let mut csv = String::from("date,sport,distance_km,duration\n");
    for _ in 0..500_000 {
        csv.push_str("x,\n");
    }
    let (result, used) =
        peak(|| periodize::history::import::csv::import("rows.csv", csv.as_bytes()));
    let c = result.unwrap();
    assert!(c.rows.is_empty());
    assert_eq!(
        c.row_errors.len(),
        51,
        "the first 50, then one counting the rest"
    );
    let last = c.row_errors.last().unwrap().to_string();
    assert_eq!(
        last,
        "rows.csv: 499950 more rows could not be read (only the first ones are listed)"
    );
    // The table of rows costs ~39 bytes per input byte here (two cells per three bytes); one
    // listed error per row (as before the fix) brought it past 80.
    assert!(used < 48 * csv.len(), "peak {} MB", used / MB);
}

#[test]
fn a_quoted_cell_in_an_error_is_cut_short() {
    let _alone = alone();
    let csv = format!(
        "date,sport,distance_km,duration\n{},run,5,30:00\n",
        "y".repeat(100_000)
    );
    let c = periodize::history::import::csv::import("long.csv", csv.as_bytes()).unwrap();
    let e = c.row_errors[0].to_string();
    assert!(e.len() < 200, "{e}");
    assert!(e.contains("\"yyyy"), "{e}");
}

#[test]
fn a_csv_of_too_many_cells_or_columns_is_refused() {
    let _alone = alone();
    let header = "date,sport,distance_km,duration\n";
    let mut csv = String::from(header);
    let row = "2024-01-01,run,5,30:00\n";
    csv.push_str(&row.repeat(800_000));
    let err = periodize::history::import::csv::import("big.csv", csv.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("over 3000000 cells"), "{err}");
    let wide = format!("date,{}\n", "x,".repeat(2000));
    let err = periodize::history::import::csv::import("wide.csv", wide.as_bytes()).unwrap_err();
    assert!(err.to_string().contains("columns"), "{err}");
    // Cells past the header's columns are not kept.
    let ragged = format!("{header}2024-01-01,run,5,30:00{}\n", ",9".repeat(100_000));
    let (c, used) =
        peak(|| periodize::history::import::csv::import("ragged.csv", ragged.as_bytes()));
    assert_eq!(c.unwrap().rows.len(), 1);
    assert!(used < 4 * MB, "peak {used}");
}

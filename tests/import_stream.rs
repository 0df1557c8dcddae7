//! Archives read a range at a time (`Source`), under one decompression budget per import, and
//! zip bombs refused (issue 12 defect 7): overlapping entries, entries that unpack to more than
//! they say, nested archives, and many entries that together pass the budget.

mod history_support;

use history_support::{fixture, gpx, north_track};
use periodize::history::import::{import_source, Budget, ImportError, ImportReport, Job, Source};
use periodize::jobs::message::{Progress, Reply, Request};
use periodize::jobs::run;
use std::io::Write;
use zip::write::SimpleFileOptions;

fn zip_with(entries: &[(&str, Vec<u8>)], method: zip::CompressionMethod) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(method)
        .large_file(false);
    for (name, data) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn deflated(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    zip_with(entries, zip::CompressionMethod::Deflated)
}

fn a_run(start: &str) -> Vec<u8> {
    gpx(&[&north_track(start, 46.0, 3.0, 10, 120)], Some("running")).into_bytes()
}

/// A source that records what was read from it.
struct Counting<'a> {
    bytes: &'a [u8],
    read: u64,
    largest: usize,
}

impl Source for Counting<'_> {
    fn len(&self) -> u64 {
        self.bytes.len() as u64
    }
    fn read(&mut self, offset: u64, len: usize) -> Result<Vec<u8>, String> {
        let out = self.bytes.read(offset, len)?;
        self.read += out.len() as u64;
        self.largest = self.largest.max(out.len());
        Ok(out)
    }
}

fn import_with(name: &str, source: &mut dyn Source, budget: Budget) -> ImportReport {
    let mut report = ImportReport::default();
    let mut ignore = |_: usize, _: usize| {};
    let mut job = Job {
        budget,
        on_entry: &mut ignore,
    };
    import_source(name, source, &mut job, &mut report);
    report
}

#[test]
fn media_entries_are_never_read() {
    // 40 MB of stored "photos" around two activities.
    let media = vec![0xAB; 20 * 1024 * 1024];
    let bytes = zip_with(
        &[
            ("media/1.jpg", media.clone()),
            ("activities/1.gpx", a_run("2024-03-01T07:00:00Z")),
            ("media/2.mp4", media),
            ("activities/2.gpx", a_run("2024-03-02T07:00:00Z")),
        ],
        zip::CompressionMethod::Stored,
    );
    let mut source = Counting {
        bytes: &bytes,
        read: 0,
        largest: 0,
    };
    let report = import_with("export.zip", &mut source, Budget::per_import());
    assert_eq!(report.activities.len(), 2, "{:?}", report.skipped);
    assert!(
        source.read < 1024 * 1024,
        "read {} bytes of a {} byte archive",
        source.read,
        bytes.len()
    );
    assert!(
        source.largest < 512 * 1024,
        "largest read {}",
        source.largest
    );
}

/// `bytes` with a second central-directory record that points at the first entry's local
/// header under another name (the overlapping-entry trick of non-recursive zip bombs).
fn with_overlapping_entry(bytes: &[u8], alias: &str) -> Vec<u8> {
    let eocd = bytes.len() - 22;
    assert_eq!(&bytes[eocd..eocd + 4], b"PK\x05\x06");
    let dir_len = u32::from_le_bytes(bytes[eocd + 12..eocd + 16].try_into().unwrap()) as usize;
    let dir_at = u32::from_le_bytes(bytes[eocd + 16..eocd + 20].try_into().unwrap()) as usize;
    let first = &bytes[dir_at..];
    let name_len = u16::from_le_bytes([first[28], first[29]]) as usize;
    let extra_len = u16::from_le_bytes([first[30], first[31]]) as usize;
    let mut record = first[..46].to_vec();
    record[28..30].copy_from_slice(&(alias.len() as u16).to_le_bytes());
    record[30..32].copy_from_slice(&0u16.to_le_bytes());
    record[32..34].copy_from_slice(&0u16.to_le_bytes());
    record.extend_from_slice(alias.as_bytes());
    let _ = (name_len, extra_len);
    let mut out = bytes[..dir_at + dir_len].to_vec();
    out.extend_from_slice(&record);
    let mut end = bytes[eocd..].to_vec();
    let count = u16::from_le_bytes([end[10], end[11]]) + 1;
    end[8..10].copy_from_slice(&count.to_le_bytes());
    end[10..12].copy_from_slice(&count.to_le_bytes());
    end[12..16].copy_from_slice(&((dir_len + record.len()) as u32).to_le_bytes());
    out.extend_from_slice(&end);
    out
}

#[test]
fn overlapping_entries_are_refused_by_name() {
    let plain = deflated(&[("activities/1.gpx", a_run("2024-03-01T07:00:00Z"))]);
    let bomb = with_overlapping_entry(&plain, "activities/2.gpx");
    let mut source: &[u8] = &bomb;
    let report = import_with("bomb.zip", &mut source, Budget::per_import());
    assert_eq!(report.activities.len(), 1, "the first entry is still read");
    assert_eq!(report.skipped.len(), 1, "{:?}", report.skipped);
    let skip = &report.skipped[0];
    assert_eq!(skip.file, "bomb.zip/activities/2.gpx");
    assert!(
        matches!(&skip.error, ImportError::BadArchive { detail, .. } if detail.contains("overlaps")),
        "{}",
        skip.error
    );
}

#[test]
fn entries_past_the_import_budget_are_skipped_with_the_reason() {
    // Five entries of 4 MB of zeros (a few KB each compressed), a budget of 10 MB.
    let zeros = vec![0u8; 4 * 1024 * 1024];
    let names: Vec<String> = (1..=5).map(|i| format!("activities/{i}.gpx")).collect();
    let entries: Vec<(&str, Vec<u8>)> = names.iter().map(|n| (n.as_str(), zeros.clone())).collect();
    let bytes = deflated(&entries);
    assert!(bytes.len() < 200 * 1024);
    let mut source: &[u8] = &bytes;
    let report = import_with("bomb.zip", &mut source, Budget::new(10 * 1024 * 1024));
    let over: Vec<_> = report
        .skipped
        .iter()
        .filter(|s| matches!(s.error, ImportError::OverBudget { limit_mb: 10, .. }))
        .map(|s| s.file.as_str())
        .collect();
    assert_eq!(
        over,
        [
            "bomb.zip/activities/3.gpx",
            "bomb.zip/activities/4.gpx",
            "bomb.zip/activities/5.gpx"
        ]
    );
    let text = report.skipped.last().unwrap().error.to_string();
    assert!(text.contains("10 MB"), "{text}");
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

#[test]
fn gzip_files_inside_a_zip_share_its_budget() {
    let packed = gz(&vec![0u8; 6 * 1024 * 1024]);
    let names: Vec<String> = (1..=3).map(|i| format!("activities/{i}.gpx.gz")).collect();
    let entries: Vec<(&str, Vec<u8>)> =
        names.iter().map(|n| (n.as_str(), packed.clone())).collect();
    let bytes = deflated(&entries);
    let mut source: &[u8] = &bytes;
    let report = import_with("nest.zip", &mut source, Budget::new(16 * 1024 * 1024));
    let over: Vec<_> = report
        .skipped
        .iter()
        .filter(|s| matches!(s.error, ImportError::OverBudget { .. }))
        .map(|s| s.file.as_str())
        .collect();
    assert_eq!(
        over,
        ["nest.zip/activities/3.gpx.gz"],
        "{:?}",
        report.skipped
    );
}

#[test]
fn an_entry_that_unpacks_past_its_stated_size_is_refused() {
    let data = a_run("2024-03-01T07:00:00Z");
    let mut bytes = deflated(&[("activities/1.gpx", data.clone())]);
    // Shrink the stated size in the central directory (the local header is not used for it).
    let eocd = bytes.len() - 22;
    let dir_at = u32::from_le_bytes(bytes[eocd + 16..eocd + 20].try_into().unwrap()) as usize;
    bytes[dir_at + 24..dir_at + 28].copy_from_slice(&100u32.to_le_bytes());
    let mut source: &[u8] = &bytes;
    let report = import_with("lie.zip", &mut source, Budget::per_import());
    assert!(report.activities.is_empty());
    assert!(
        matches!(&report.skipped[0].error, ImportError::BadArchive { detail, .. } if detail.contains("stated size")),
        "{:?}",
        report.skipped
    );
}

#[test]
fn a_gzip_bomb_is_stopped_at_the_one_file_limit() {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let block = vec![0u8; 1024 * 1024];
    for _ in 0..80 {
        e.write_all(&block).unwrap();
    }
    let gz = e.finish().unwrap();
    let mut source: &[u8] = &gz;
    let report = import_with("bomb.fit.gz", &mut source, Budget::per_import());
    assert!(
        matches!(report.skipped[0].error, ImportError::TooLarge { .. }),
        "{:?}",
        report.skipped
    );
}

#[test]
fn the_job_reports_progress_per_file_and_entry_then_every_file() {
    let runs: Vec<(String, Vec<u8>)> = (1..=30)
        .map(|i| {
            (
                format!("activities/{i}.gpx"),
                a_run(&format!("2024-03-{:02}T07:00:00Z", i % 28 + 1)),
            )
        })
        .collect();
    let entries: Vec<(&str, Vec<u8>)> = runs.iter().map(|(n, d)| (n.as_str(), d.clone())).collect();
    let export = deflated(&entries);
    let fit = fixture("fit/hrv-activity.fit");
    let names = vec![
        "export.zip".to_string(),
        "run.fit".to_string(),
        "notes.txt".to_string(),
    ];
    let (mut a, mut b, mut c): (&[u8], &[u8], &[u8]) = (&export, &fit, b"hello");
    let mut sources: Vec<&mut dyn Source> = vec![&mut a, &mut b, &mut c];
    let mut heard: Vec<Progress> = Vec::new();
    let reply = run::handle(Request::Import { names }, &mut sources, &mut |p| {
        heard.push(p)
    });
    let Reply::Imported(reports) = reply else {
        panic!("{reply:?}")
    };
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0].outcome.as_ref().unwrap().len(), 30);
    assert_eq!(reports[1].outcome.as_ref().unwrap().len(), 1);
    assert!(reports[2]
        .outcome
        .as_ref()
        .unwrap_err()
        .contains("notes.txt"));
    let in_zip: Vec<_> = heard.iter().filter_map(|p| p.entries).collect();
    assert_eq!(in_zip.first(), Some(&(0, 30)));
    assert_eq!(in_zip.last(), Some(&(30, 30)));
    assert!(in_zip.windows(2).all(|w| w[0].0 <= w[1].0));
    assert_eq!(
        heard.iter().filter(|p| p.entries.is_none()).count(),
        3,
        "one per file"
    );
    assert!(heard.iter().all(|p| p.files == 3));
    // The reply survives its JSON trip (how it crosses from the worker).
    let back = Reply::from_json(&Reply::Imported(reports.clone()).to_json());
    assert_eq!(back, Reply::Imported(reports));
}

#[test]
fn a_zip_read_from_a_source_checks_every_activity() {
    let csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename\n\
1,\"Jan 5, 2024, 7:00:00 AM\",Far,Run,1800,1e306,\n\
2,\"Jan 6, 2024, 7:00:00 AM\",Fine,Run,1800,5.0,\n";
    let bytes = deflated(&[("activities.csv", csv.as_bytes().to_vec())]);
    let mut source: &[u8] = &bytes;
    let report = import_with("export.zip", &mut source, Budget::per_import());
    assert_eq!(report.activities.len(), 1, "{:?}", report.skipped);
    assert!(
        report
            .skipped
            .iter()
            .any(|s| matches!(s.error, ImportError::Implausible { .. })),
        "{:?}",
        report.skipped
    );
}

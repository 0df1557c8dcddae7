//! Compressed inputs: gzip files and Strava bulk-export zips, with bad entries reported
//! one by one.

mod history_support;

use history_support::{close, fixture};
use periodize::history::import::{import_file, import_files, ImportError};
use periodize::history::Sport;
use std::io::Write;
use zip::write::SimpleFileOptions;

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn zip_of(entries: &[(&str, Vec<u8>)]) -> Vec<u8> {
    zip_with(
        entries,
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated),
    )
}

fn zip_with(entries: &[(&str, Vec<u8>)], opts: SimpleFileOptions) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in entries {
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

const CSV: &str = "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename,Moving Time,Distance,Perceived Exertion\n\
1,\"May 27, 2018, 9:23:41 AM\",Triathlon run,Run,2851,9.81,activities/1.tcx.gz,2850,9805.9,8\n\
2,\"Jun 12, 2017, 4:09:22 PM\",Fenix ride,Ride,60,0.46,activities/2.fit.gz,60,459.5,\n\
3,\"Jan 5, 2024, 7:00:00 AM\",Lost file,Run,1800,5.0,activities/3.gpx.gz,1790,5000,\n\
4,\"Jan 7, 2024, 8:00:00 AM\",Treadmill,Run,2400,8.0,,2400,8000,5\n";

fn strava_zip() -> Vec<u8> {
    zip_of(&[
        ("activities.csv", CSV.as_bytes().to_vec()),
        (
            "profile.csv",
            b"Athlete ID,Email Address\n1,a@b.c\n".to_vec(),
        ),
        (
            "activities/1.tcx.gz",
            gz(&fixture("tcx/triathlon-run-leg.tcx")),
        ),
        (
            "activities/2.fit.gz",
            gz(&fixture("fit/garmin-fenix-5-bike.fit")),
        ),
        ("activities/3.gpx.gz", b"\x1f\x8b\x08\x00garbage".to_vec()),
        ("activities/9.gpx", fixture("gpx/cerknicko-jezero.gpx")),
        ("media/photo.jpg", vec![0xFF, 0xD8, 0xFF]),
    ])
}

#[test]
fn strava_export_merges_rows_with_their_files() {
    let report = import_files(&[("export.zip".to_string(), strava_zip())]);
    let acts = &report.activities;
    assert_eq!(acts.len(), 5, "{acts:#?}");
    // Oldest first: the ride (2017), the gpx (2010)... sorted by start.
    let run = acts
        .iter()
        .find(|a| a.name.as_deref() == Some("Triathlon run"))
        .unwrap();
    assert_eq!(run.source, "export.zip/activities/1.tcx");
    assert_eq!(run.rpe, Some(8.0), "effort comes from the CSV row");
    assert_eq!(run.avg_hr, Some(176.0), "heart rate comes from the file");
    assert!(close(run.distance_m, 9805.92, 0.01));
    let ride = acts
        .iter()
        .find(|a| a.name.as_deref() == Some("Fenix ride"))
        .unwrap();
    assert_eq!(ride.sport, Sport::Ride);
    assert_eq!(ride.start.to_rfc3339(), "2017-06-12T09:09:22-07:00");
    // The row whose file is damaged still counts, from the CSV.
    let lost = acts
        .iter()
        .find(|a| a.name.as_deref() == Some("Lost file"))
        .unwrap();
    assert_eq!(lost.distance_m, 5000.0);
    assert!(acts
        .iter()
        .any(|a| a.source == "export.zip/activities/9.gpx"));
    assert_eq!(report.skipped.len(), 1, "{:#?}", report.skipped);
    assert_eq!(report.skipped[0].file, "export.zip/activities/3.gpx.gz");
    let starts: Vec<i64> = acts.iter().map(|a| a.start.timestamp()).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]), "oldest first");
}

#[test]
fn one_bad_file_does_not_stop_the_others() {
    let files = vec![
        ("good.fit".to_string(), fixture("fit/hrv-activity.fit")),
        ("bad.fit".to_string(), b"garbage".to_vec()),
        ("empty.gpx".to_string(), Vec::new()),
        ("notes.txt".to_string(), b"just some notes".to_vec()),
        ("broken.zip".to_string(), b"PK\x03\x04 not really".to_vec()),
        ("run.tcx".to_string(), fixture("tcx/triathlon-run-leg.tcx")),
    ];
    let report = import_files(&files);
    assert_eq!(report.activities.len(), 2);
    let errors: Vec<(&str, &ImportError)> = report
        .skipped
        .iter()
        .map(|s| (s.file.as_str(), &s.error))
        .collect();
    assert_eq!(errors.len(), 4, "{errors:#?}");
    assert!(matches!(errors[0], ("bad.fit", ImportError::NotFit { .. })));
    assert!(matches!(
        errors[1],
        ("empty.gpx", ImportError::Empty { .. })
    ));
    assert!(matches!(
        errors[2],
        ("notes.txt", ImportError::Unsupported { .. })
    ));
    assert!(matches!(
        errors[3],
        ("broken.zip", ImportError::BadArchive { .. })
    ));
}

#[test]
fn the_same_file_twice_counts_once() {
    let bytes = fixture("fit/hrv-activity.fit");
    let report = import_files(&[
        ("a.fit".to_string(), bytes.clone()),
        ("copy.fit".to_string(), bytes),
    ]);
    assert_eq!(report.activities.len(), 1);
}

#[test]
fn truncated_gzip_is_reported() {
    let full = gz(&fixture("fit/Activity.fit"));
    let err = import_file("a.fit.gz", &full[..full.len() / 2]).unwrap_err();
    assert!(matches!(err, ImportError::Truncated { .. }), "{err}");
}

#[test]
fn zip_without_activities_says_so() {
    let z = zip_of(&[("readme.txt", b"hi".to_vec())]);
    let err = import_file("x.zip", &z).unwrap_err();
    assert!(matches!(err, ImportError::NoActivity { .. }), "{err}");
}

#[test]
fn stored_and_zip64_entries_are_read() {
    let files = [
        ("a.gpx", fixture("gpx/cerknicko-jezero.gpx")),
        ("b.tcx", fixture("tcx/triathlon-run-leg.tcx")),
    ];
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for opts in [
        stored,
        stored.large_file(true),
        SimpleFileOptions::default().large_file(true),
    ] {
        let report = import_files(&[("x.zip".to_string(), zip_with(&files, opts))]);
        assert_eq!(report.activities.len(), 2, "{:#?}", report.skipped);
        assert!(report.skipped.is_empty());
    }
}

#[test]
fn a_damaged_zip_entry_is_skipped_by_name() {
    let gpx = fixture("gpx/cerknicko-jezero.gpx");
    let stored = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut z = zip_with(&[("a.gpx", gpx.clone()), ("b.gpx", gpx)], stored);
    // Flip a byte inside the first entry's data (after its 30-byte header and name).
    z[30 + "a.gpx".len() + 200] ^= 0x20;
    let report = import_files(&[("x.zip".to_string(), z.clone())]);
    assert_eq!(report.skipped.len(), 1, "{:#?}", report.skipped);
    assert_eq!(report.skipped[0].file, "x.zip/a.gpx");
    assert!(matches!(
        report.skipped[0].error,
        ImportError::CrcMismatch { .. }
    ));
    assert_eq!(report.activities.len(), 1, "b.gpx is still read");
    // Cut before the directory: the whole archive is refused, with the reason.
    let err = import_file("x.zip", &z[..z.len() / 2]).unwrap_err();
    assert!(matches!(err, ImportError::BadArchive { .. }), "{err}");
}

#[test]
fn a_zip_rows_numbers_are_checked_like_any_file() {
    // Defect 1 of issue 12: a Distance of 1e306 km became an infinite distance, which was
    // stored as null and then refused every later save.
    let csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename\n\
1,\"Jan 5, 2024, 7:00:00 AM\",Huge,Run,1800,1e306,\n\
2,\"Jan 6, 2024, 7:00:00 AM\",Forever,Run,1e306,5.0,\n\
3,\"Jan 7, 2024, 7:00:00 AM\",Fine,Run,1800,5.0,\n";
    for bytes in [
        zip_of(&[("activities.csv", csv.as_bytes().to_vec())]),
        gz(csv.as_bytes()),
    ] {
        let name = if bytes.starts_with(b"PK") {
            "export.zip"
        } else {
            "activities.csv.gz"
        };
        let report = import_files(&[(name.to_string(), bytes)]);
        assert_eq!(report.activities.len(), 1, "{:#?}", report.activities);
        assert_eq!(report.activities[0].name.as_deref(), Some("Fine"));
        assert_eq!(report.skipped.len(), 2, "{:#?}", report.skipped);
        for s in &report.skipped {
            assert!(
                matches!(s.error, ImportError::Implausible { .. }),
                "{name}: {}",
                s.error
            );
            assert!(
                s.file.starts_with(name.trim_end_matches(".gz")),
                "{}",
                s.file
            );
        }
        let reasons: Vec<String> = report.skipped.iter().map(|s| s.error.to_string()).collect();
        assert!(reasons[0].contains("distance inf m"), "{reasons:?}");
        assert!(reasons[1].contains("elapsed time"), "{reasons:?}");
    }
}

#[test]
fn a_row_merged_with_its_file_is_checked_after_the_merge() {
    // The row's distance replaces a file's missing one (`enrich`): that value is checked too.
    let gpx = "<?xml version=\"1.0\"?><gpx version=\"1.1\" creator=\"t\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>\
<trkpt lat=\"46.0\" lon=\"14.0\"><time>2024-01-05T07:00:00Z</time></trkpt>\
<trkpt lat=\"46.0\" lon=\"14.0\"><time>2024-01-05T07:30:00Z</time></trkpt>\
</trkseg></trk></gpx>";
    let csv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename\n\
1,\"Jan 5, 2024, 7:00:00 AM\",Standing still,Run,1800,1e306,activities/1.gpx\n";
    let z = zip_of(&[
        ("activities.csv", csv.as_bytes().to_vec()),
        ("activities/1.gpx", gpx.as_bytes().to_vec()),
    ]);
    let report = import_files(&[("export.zip".to_string(), z)]);
    assert!(report.activities.is_empty(), "{:#?}", report.activities);
    assert_eq!(report.skipped.len(), 1, "{:#?}", report.skipped);
    assert!(matches!(
        report.skipped[0].error,
        ImportError::Implausible { .. }
    ));
    assert_eq!(report.skipped[0].file, "export.zip/activities/1.gpx");
}

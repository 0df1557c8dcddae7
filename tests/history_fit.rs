//! FIT import against real files; reference values from python-fitparse 1.2.0 (an
//! independent reader), see tests/fixtures/README.md.

use periodize::history::import::track::{summarize, TrackPoint};
use periodize::history::import::{import_file, ImportError};
use periodize::history::Sport;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/fit/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}

fn close(actual: f64, expected: f64, rel: f64) -> bool {
    (actual - expected).abs() <= rel * expected.abs()
}

#[test]
fn triathlon_has_one_activity_per_session_matching_fitparse() {
    let acts = import_file("tri.fit", &fixture("sample_mulitple_header.fit")).unwrap();
    let sports: Vec<Sport> = acts.iter().map(|a| a.sport).collect();
    assert_eq!(
        sports,
        [
            Sport::Swim,
            Sport::Other,
            Sport::Ride,
            Sport::Other,
            Sport::Run
        ]
    );
    // python-fitparse: run 9805.92 m, timer 2850.694 s; bike 40909.42 m, 4422.14 s.
    let run = &acts[4];
    assert!(close(run.distance_m, 9805.92, 0.01), "{}", run.distance_m);
    assert!(close(run.moving_s, 2850.694, 0.01));
    assert!(close(acts[2].distance_m, 40909.42, 0.01));
    assert!(close(acts[2].elapsed_s, 4422.14, 0.01));
    assert_eq!(run.avg_hr, Some(176.0));
    assert_eq!(run.max_hr, Some(187.0));
    // local_timestamp - timestamp = +2 h (python-fitparse), so the start is 11:23:41+02:00.
    assert_eq!(run.start.to_rfc3339(), "2018-05-27T11:23:41+02:00");
}

#[test]
fn offsets_come_from_the_activity_message() {
    let bike = &import_file("b.fit", &fixture("garmin-fenix-5-bike.fit")).unwrap()[0];
    assert_eq!(bike.start.to_rfc3339(), "2017-06-12T09:09:22-07:00");
    assert_eq!(bike.sport, Sport::Ride);
    assert!(close(bike.distance_m, 459.52, 0.01));
    assert_eq!(bike.avg_hr, Some(101.0));
    let run = &import_file("a.fit", &fixture("Activity.fit")).unwrap()[0];
    assert_eq!(run.start.to_rfc3339(), "2012-04-09T17:22:26-04:00");
}

#[test]
fn indoor_ride_times_match_fitparse() {
    let a = &import_file("hrv.fit", &fixture("hrv-activity.fit")).unwrap()[0];
    // python-fitparse: timer 1071.188 s, elapsed 1072.488 s, 6873.6 m, avg HR 156.
    assert!(close(a.moving_s, 1071.188, 0.01));
    assert!(close(a.elapsed_s, 1072.488, 0.01));
    assert!(close(a.distance_m, 6873.6, 0.01));
    assert_eq!(a.sport, Sport::Ride);
    assert_eq!(a.start.to_rfc3339(), "2022-02-07T17:47:52+01:00");
}

/// Our track summariser (used when a file has no session) over the run leg's records agrees
/// with the watch's own session totals within 1%.
#[test]
fn record_summary_agrees_with_the_watch_session() {
    let records = fitparser::from_bytes(&fixture("sample_mulitple_header.fit")).unwrap();
    let semi = 180.0 / 2_147_483_648.0;
    let mut points = Vec::new();
    let mut in_run = false;
    for r in &records {
        let get = |n: &str| {
            r.fields()
                .iter()
                .find(|f| f.name() == n)
                .map(|f| f.value().clone())
        };
        let num = |n: &str| match get(n) {
            Some(fitparser::Value::SInt32(v)) => Some(v as f64),
            Some(fitparser::Value::Float64(v)) => Some(v),
            Some(fitparser::Value::UInt8(v)) => Some(v as f64),
            _ => None,
        };
        if r.kind() != fitparser::profile::MesgNum::Record {
            continue;
        }
        let time = match get("timestamp") {
            Some(fitparser::Value::Timestamp(t)) => t.fixed_offset(),
            _ => continue,
        };
        // The run leg starts at 09:23:41Z (session start_time).
        if time.timestamp() >= 1_527_413_021 {
            in_run = true;
        }
        if in_run {
            points.push(TrackPoint {
                time: Some(time),
                position: num("position_lat")
                    .zip(num("position_long"))
                    .map(|(a, b)| (a * semi, b * semi)),
                elevation_m: num("enhanced_altitude"),
                heart_rate: num("heart_rate"),
                distance_m: None, // force the haversine path
            });
        }
    }
    let s = summarize(&points).unwrap();
    assert!(
        close(s.distance_m, 9805.92, 0.01),
        "haversine {}",
        s.distance_m
    );
    assert!(
        close(s.elapsed_s, 2850.694, 0.01),
        "elapsed {}",
        s.elapsed_s
    );
    assert!(close(s.avg_hr.unwrap(), 176.0, 0.01));
}

#[test]
fn settings_file_is_not_an_activity() {
    let err = import_file("Settings.fit", &fixture("Settings.fit")).unwrap_err();
    assert!(matches!(err, ImportError::NoActivity { .. }), "{err}");
    assert!(err.to_string().contains("Settings.fit"));
}

#[test]
fn damaged_files_get_typed_errors() {
    let good = fixture("Activity.fit");
    let err = import_file("x.fit", b"hello, this is not a fit file at all").unwrap_err();
    assert!(matches!(err, ImportError::NotFit { .. }), "{err}");

    let err = import_file("cut.fit", &good[..good.len() / 2]).unwrap_err();
    assert!(matches!(err, ImportError::Truncated { .. }), "{err}");
    assert!(err
        .to_string()
        .starts_with("cut.fit: the file is truncated"));

    let mut flipped = good.clone();
    let mid = flipped.len() / 2;
    flipped[mid] ^= 0x55;
    let err = import_file("crc.fit", &flipped).unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::CrcMismatch { .. } | ImportError::BadFit { .. }
        ),
        "{err}"
    );
    let mut last = good.clone();
    let n = last.len();
    last[n - 1] ^= 0xFF;
    let err = import_file("crc.fit", &last).unwrap_err();
    assert!(matches!(err, ImportError::CrcMismatch { .. }), "{err}");
    assert!(err.to_string().contains("CRC mismatch"));
}

#[test]
fn fit_gz_is_unpacked() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&fixture("garmin-fenix-5-bike.fit")).unwrap();
    let bytes = gz.finish().unwrap();
    let acts = import_file("ride.fit.gz", &bytes).unwrap();
    assert_eq!(acts.len(), 1);
    assert_eq!(acts[0].source, "ride.fit");
}

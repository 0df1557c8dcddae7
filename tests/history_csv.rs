//! CSV import: Strava activities.csv (English and German), Garmin Connect, the template.

mod history_support;

use history_support::fixture;
use periodize::history::import::{import_file, import_files, ImportError};
use periodize::history::Sport;

#[test]
fn strava_export_uses_the_metre_distance_column() {
    let acts = import_file("activities.csv", &fixture("csv/strava_activities.csv")).unwrap();
    assert_eq!(acts.len(), 5, "the row with a broken date is left out");
    let first = &acts[0];
    assert_eq!(first.start.to_rfc3339(), "2024-03-04T06:02:11+00:00");
    assert_eq!(first.sport, Sport::Run);
    assert_eq!(first.distance_m, 10021.7);
    assert_eq!(first.elapsed_s, 3121.0);
    assert_eq!(first.moving_s, 3050.0);
    assert_eq!(first.elevation_gain_m, Some(84.0));
    assert_eq!(first.avg_hr, Some(148.3));
    assert_eq!(first.name.as_deref(), Some("Morning Run"));
    assert_eq!(acts[1].start.to_rfc3339(), "2024-03-06T17:45:00+00:00");
    assert_eq!(acts[1].rpe, Some(7.0));
    assert_eq!(acts[2].sport, Sport::TrailRun);
    assert_eq!(acts[3].sport, Sport::Strength);
    assert_eq!(acts[4].sport, Sport::Swim);
    assert_eq!(
        acts[4].distance_m, 1500.0,
        "swims are in metres in the first column"
    );
}

#[test]
fn strava_row_errors_are_reported_with_the_row() {
    let report = import_files(&[(
        "activities.csv".to_string(),
        fixture("csv/strava_activities.csv"),
    )]);
    assert_eq!(report.activities.len(), 5);
    assert_eq!(report.skipped.len(), 1);
    let e = &report.skipped[0].error;
    assert!(matches!(e, ImportError::BadRow { row: 7, .. }), "{e}");
    assert!(e.to_string().contains("not a date"));
}

#[test]
fn german_strava_export_with_decimal_commas() {
    let acts = import_file("aktivitaeten.csv", &fixture("csv/strava_activities_de.csv")).unwrap();
    assert_eq!(acts.len(), 3);
    assert_eq!(acts[0].start.to_rfc3339(), "2024-03-04T06:02:11+00:00");
    assert_eq!(acts[0].sport, Sport::Run);
    assert!((acts[0].distance_m - 10_020.0).abs() < 0.01);
    assert_eq!(acts[1].start.to_rfc3339(), "2024-03-09T07:30:00+00:00");
    assert_eq!(acts[1].sport, Sport::TrailRun);
    assert!((acts[1].distance_m - 25_300.0).abs() < 0.01);
    assert_eq!(acts[2].start.to_rfc3339(), "2024-10-12T18:05:09+00:00");
    assert_eq!(acts[2].sport, Sport::Ride);
}

#[test]
fn garmin_connect_export() {
    let acts = import_file("Activities.csv", &fixture("csv/garmin_activities.csv")).unwrap();
    assert_eq!(acts.len(), 4);
    let run = &acts[0];
    assert_eq!(run.start.to_rfc3339(), "2024-03-04T07:02:11+00:00");
    assert_eq!(run.distance_m, 10_020.0);
    assert_eq!(run.elapsed_s, 3121.0);
    assert_eq!(run.moving_s, 3050.0);
    assert_eq!(run.avg_hr, Some(148.0));
    assert_eq!(run.elevation_gain_m, Some(84.0));
    assert_eq!(acts[1].sport, Sport::TrailRun);
    assert_eq!(acts[1].elapsed_s, 9020.0);
    let swim = &acts[2];
    assert_eq!(swim.sport, Sport::Swim);
    assert_eq!(swim.distance_m, 1500.0);
    assert_eq!(swim.moving_s, 1900.0);
    assert_eq!(swim.avg_hr, None, "-- is missing, not zero");
    assert_eq!(acts[3].sport, Sport::Strength);
}

#[test]
fn template_rows() {
    let report = import_files(&[("log.csv".to_string(), fixture("csv/template.csv"))]);
    let acts = &report.activities;
    assert_eq!(acts.len(), 5);
    assert_eq!(acts[0].distance_m, 10_000.0);
    assert_eq!(acts[0].elapsed_s, 3120.0);
    assert_eq!(acts[0].rpe, Some(4.0));
    assert_eq!(acts[1].start.to_rfc3339(), "2024-03-06T18:30:00+00:00");
    assert_eq!(acts[1].elapsed_s, 2400.0, "40:00 is minutes:seconds");
    assert_eq!(acts[3].sport, Sport::Strength);
    assert_eq!(acts[3].elapsed_s, 3600.0, "a bare number is minutes");
    assert_eq!(acts[4].sport, Sport::Swim);
    assert_eq!(
        report.skipped.len(),
        1,
        "the walk has neither distance nor duration"
    );
    assert!(matches!(
        report.skipped[0].error,
        ImportError::BadRow { row: 7, .. }
    ));
}

#[test]
fn template_with_semicolons_miles_and_decimal_commas() {
    let text = "date;sport;distance_mi;duration\n2024-03-04;Run;6,2;0:50:00\n";
    let acts = import_file("log.csv", text.as_bytes()).unwrap();
    assert!((acts[0].distance_m - 6.2 * 1609.344).abs() < 0.01);
}

#[test]
fn unknown_columns_are_listed() {
    let err = import_file("x.csv", b"when,what,how far\n2024-01-01,run,5\n").unwrap_err();
    match &err {
        ImportError::UnknownCsvColumns { found, .. } => {
            assert_eq!(found, &["when", "what", "how far"])
        }
        other => panic!("wrong error {other}"),
    }
    assert!(err.to_string().contains("when, what, how far"));
}

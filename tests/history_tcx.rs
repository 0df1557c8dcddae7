//! TCX import: a real recording (reference values from tcxreader 0.4.11) and generated files.

mod history_support;

use history_support::{close, fixture, north_track, tcx};
use periodize::history::import::{import_file, ImportError};
use periodize::history::Sport;

#[test]
fn real_run_matches_tcxreader() {
    let acts = import_file("run.tcx", &fixture("tcx/triathlon-run-leg.tcx")).unwrap();
    assert_eq!(acts.len(), 1);
    let a = &acts[0];
    // tcxreader: distance 9805.92 m, duration 2850 s, start 2018-05-27 09:23:41.
    assert!(close(a.distance_m, 9805.92, 0.01), "{}", a.distance_m);
    assert!(close(a.elapsed_s, 2850.0, 0.01), "{}", a.elapsed_s);
    assert!(close(a.moving_s, 2850.694, 0.01));
    assert_eq!(a.start.to_rfc3339(), "2018-05-27T09:23:41+00:00");
    assert_eq!(a.sport, Sport::Run);
    // tcxreader's mean of samples is 175.95; the lap's own average is 176.
    assert!(close(a.avg_hr.unwrap(), 175.95, 0.01));
    assert_eq!(a.max_hr, Some(187.0));
}

#[test]
fn track_only_tcx_without_heart_rate() {
    let pts = north_track("2024-03-01T06:00:00Z", 10.0, 3.2, 4, 901);
    let a = &import_file("t.tcx", tcx(&pts, "Running").as_bytes()).unwrap()[0];
    assert!(close(a.distance_m, 3.2 * 3600.0, 0.01), "{}", a.distance_m);
    assert!(close(a.elapsed_s, 3600.0, 0.001));
    assert_eq!(a.avg_hr, None);
    assert_eq!(a.sport, Sport::Run);
}

#[test]
fn biking_and_other_sports() {
    let pts = north_track("2024-03-01T06:00:00Z", 10.0, 8.0, 4, 301);
    assert_eq!(
        import_file("b.tcx", tcx(&pts, "Biking").as_bytes()).unwrap()[0].sport,
        Sport::Ride
    );
    // "Other" gets its sport from speed: 8 m/s is a ride.
    assert_eq!(
        import_file("o.tcx", tcx(&pts, "Other").as_bytes()).unwrap()[0].sport,
        Sport::Ride
    );
}

#[test]
fn several_activities_in_one_file() {
    let one = tcx(
        &north_track("2024-03-01T06:00:00Z", 10.0, 3.0, 5, 100),
        "Running",
    );
    let two = tcx(
        &north_track("2024-03-02T06:00:00Z", 10.0, 3.0, 5, 100),
        "Running",
    );
    let body = |s: &str| {
        let from = s.find("<Activity ").unwrap();
        let to = s.find("</Activities>").unwrap();
        s[from..to].to_string()
    };
    let both = one.replace(&body(&one), &(body(&one) + &body(&two)));
    let acts = import_file("two.tcx", both.as_bytes()).unwrap();
    assert_eq!(acts.len(), 2);
    assert_eq!(acts[1].start.to_rfc3339(), "2024-03-02T06:00:00+00:00");
}

#[test]
fn course_file_without_activity_is_explained() {
    let course = br#"<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Courses><Course><Name>Loop</Name></Course></Courses></TrainingCenterDatabase>"#;
    let err = import_file("course.tcx", course).unwrap_err();
    assert!(matches!(err, ImportError::NoActivity { .. }), "{err}");
    let notime = br#"<TrainingCenterDatabase><Activities><Activity Sport="Running"><Lap><Track><Trackpoint><DistanceMeters>5</DistanceMeters></Trackpoint></Track></Lap></Activity></Activities></TrainingCenterDatabase>"#;
    let err = import_file("nt.tcx", notime).unwrap_err();
    assert!(matches!(err, ImportError::NoTimestamps { .. }), "{err}");
}

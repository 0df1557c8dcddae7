//! GPX import: real files (reference values from gpxpy 1.6.2) and generated edge cases.

mod history_support;

use chrono::Duration;
use history_support::{close, fixture, gpx, north_track};
use periodize::history::import::{import_file, ImportError};
use periodize::history::Sport;

#[test]
fn real_track_matches_gpxpy() {
    let a = &import_file("c.gpx", &fixture("gpx/cerknicko-jezero.gpx")).unwrap()[0];
    // gpxpy length_2d() = 4580.1 m; time bounds 14:23:59 to 16:23:49 UTC = 7190 s.
    assert!(close(a.distance_m, 4580.1, 0.01), "{}", a.distance_m);
    assert!(close(a.elapsed_s, 7190.0, 0.01), "{}", a.elapsed_s);
    assert_eq!(a.start.to_rfc3339(), "2010-08-05T14:23:59+00:00");
    assert!(a.moving_s < a.elapsed_s, "the file has long stops");
    // gpxpy uphill 223.5 m with its own smoothing; ours has a 3 m noise band.
    let gain = a.elevation_gain_m.unwrap();
    assert!((180.0..=240.0).contains(&gain), "{gain}");
}

#[test]
fn car_track_is_guessed_as_a_ride() {
    let a = &import_file("v.gpx", &fixture("gpx/around-visnjan-with-car.gpx")).unwrap()[0];
    // gpxpy length_2d() = 2736.3 m, 514 s.
    assert!(close(a.distance_m, 2736.3, 0.01), "{}", a.distance_m);
    assert!(close(a.elapsed_s, 514.0, 0.01));
    assert_eq!(a.sport, Sport::Ride);
}

#[test]
fn track_without_times_is_refused() {
    let err = import_file("n.gpx", &fixture("gpx/cerknicko-without-times.gpx")).unwrap_err();
    assert!(matches!(err, ImportError::NoTimestamps { .. }), "{err}");
    assert!(err.to_string().starts_with("n.gpx: no timestamps"));
}

#[test]
fn empty_segment_is_harmless() {
    let a = &import_file("e.gpx", &fixture("gpx/track-with-empty-segment.gpx")).unwrap()[0];
    // gpxpy length_2d() = 85.9 m, 76 s.
    assert!(close(a.distance_m, 85.9, 0.01), "{}", a.distance_m);
    assert!(close(a.elapsed_s, 76.0, 0.01));
}

#[test]
fn pause_without_points_is_not_moving_time() {
    // 30 min at 3 m/s, a 10-minute gap (watch auto-pause), 30 min more.
    let first = north_track("2024-05-01T07:00:00Z", 45.0, 3.0, 5, 361);
    let mut second = north_track("2024-05-01T07:40:00Z", 0.0, 3.0, 5, 361);
    let shift = first.last().unwrap().lat;
    for p in &mut second {
        p.lat += shift;
    }
    let mut all = first.clone();
    all.extend(second);
    let a = &import_file("p.gpx", gpx(&[&all], Some("running")).as_bytes()).unwrap()[0];
    assert!(close(a.distance_m, 10_800.0, 0.01), "{}", a.distance_m);
    assert!(close(a.elapsed_s, 4200.0, 0.001));
    assert!(close(a.moving_s, 3600.0, 0.01), "moving {}", a.moving_s);
    assert_eq!(a.avg_hr, None, "no heart rate recorded");
}

#[test]
fn standing_still_is_not_moving_time() {
    let mut pts = north_track("2024-05-01T07:00:00Z", 45.0, 3.0, 5, 121);
    let stop = *pts.last().unwrap();
    for i in 1..=60 {
        let mut p = stop;
        p.time = Some(stop.time.unwrap() + Duration::seconds(5 * i));
        pts.push(p);
    }
    let a = &import_file("s.gpx", gpx(&[&pts], None).as_bytes()).unwrap()[0];
    assert!(close(a.elapsed_s, 900.0, 0.001));
    assert!(close(a.moving_s, 600.0, 0.01), "moving {}", a.moving_s);
    assert_eq!(a.sport, Sport::Run, "3 m/s without a type is a run");
}

#[test]
fn local_offsets_are_kept_and_midnight_crossing_stays_on_the_start_day() {
    // Starts 23:30 at +02:00 and runs 75 minutes into the next day.
    let pts = north_track("2024-06-30T23:30:00+02:00", 50.0, 2.8, 10, 451);
    let a = &import_file("m.gpx", gpx(&[&pts], Some("Run")).as_bytes()).unwrap()[0];
    assert_eq!(a.start.to_rfc3339(), "2024-06-30T23:30:00+02:00");
    assert_eq!(a.date().to_string(), "2024-06-30");
    assert!(close(a.elapsed_s, 4500.0, 0.001));
}

#[test]
fn hundred_mile_ultra_with_hills_and_heart_rate() {
    // 160.934 km at 1.49 m/s (about 30 h), a point every 30 s, 20 climbs of 400 m with
    // +-1 m sensor noise. Expected distance: along a meridian haversine is exact.
    let n = 3601;
    let mut pts = north_track(
        "2024-08-30T06:00:00-06:00",
        39.0,
        160_934.0 / 108_000.0,
        30,
        n,
    );
    for (i, p) in pts.iter_mut().enumerate() {
        let phase = (i as f64 / (n - 1) as f64) * 20.0;
        let hill = 200.0 * (1.0 - (phase * 2.0 * std::f64::consts::PI).cos());
        let noise = if i % 2 == 0 { 1.0 } else { -1.0 };
        p.ele = Some(2000.0 + hill + noise);
        p.hr = Some(if i % 3 == 0 { 130.0 } else { 136.0 });
    }
    let a = &import_file("ultra.gpx", gpx(&[&pts], Some("trail running")).as_bytes()).unwrap()[0];
    assert_eq!(a.sport, Sport::TrailRun);
    assert!(close(a.distance_m, 160_934.0, 0.01), "{}", a.distance_m);
    assert!(close(a.elapsed_s, 108_000.0, 0.001));
    assert!(
        close(a.elevation_gain_m.unwrap(), 8000.0, 0.02),
        "{:?}",
        a.elevation_gain_m
    );
    assert!(close(a.avg_hr.unwrap(), 134.0, 0.01));
    assert_eq!(a.date().to_string(), "2024-08-30");
}

#[test]
fn segments_do_not_bridge_the_gap() {
    let a_seg = north_track("2024-05-01T07:00:00Z", 45.0, 3.0, 5, 121);
    // The second segment starts 1 km further north: the gap must not count.
    let mut b_seg = north_track("2024-05-01T07:20:00Z", 0.0, 3.0, 5, 121);
    let shift = a_seg.last().unwrap().lat + 1000.0 / 111_195.0;
    for p in &mut b_seg {
        p.lat += shift;
    }
    let a = &import_file("g.gpx", gpx(&[&a_seg, &b_seg], None).as_bytes()).unwrap()[0];
    assert!(close(a.distance_m, 3600.0, 0.01), "{}", a.distance_m);
}

#[test]
fn broken_xml_names_the_file() {
    let err = import_file("bad.gpx", b"<gpx><trk><trkseg><trkpt lat=\"1\" lon=\"2\">").unwrap_err();
    assert!(
        matches!(
            err,
            ImportError::Truncated { .. } | ImportError::BadXml { .. }
        ),
        "{err}"
    );
    assert!(err.to_string().starts_with("bad.gpx"));
    let err = import_file("r.gpx", b"<?xml version=\"1.0\"?><gpx></gpx>").unwrap_err();
    assert!(matches!(err, ImportError::NoActivity { .. }), "{err}");
}

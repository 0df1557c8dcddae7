//! Helpers shared by the history integration tests: fixture loading and generated GPX/TCX.
#![allow(dead_code)]

use chrono::{DateTime, Duration, FixedOffset};

/// Reads `tests/fixtures/<path>`.
pub fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

/// Whether `actual` is within `rel` (fraction) of `expected`.
pub fn close(actual: f64, expected: f64, rel: f64) -> bool {
    (actual - expected).abs() <= rel * expected.abs()
}

/// One generated sample.
#[derive(Clone, Copy, Debug)]
pub struct Pt {
    pub time: Option<DateTime<FixedOffset>>,
    pub lat: f64,
    pub lon: f64,
    pub ele: Option<f64>,
    pub hr: Option<f64>,
}

/// A track heading due north from (`lat0`, 0) at `speed` m/s, one point every `step_s`
/// seconds, for `n` points, starting at `start`.
pub fn north_track(start: &str, lat0: f64, speed: f64, step_s: i64, n: usize) -> Vec<Pt> {
    let t0 = DateTime::parse_from_rfc3339(start).unwrap();
    let deg_per_m = 1.0 / (6_371_008.8_f64 * std::f64::consts::PI / 180.0);
    (0..n)
        .map(|i| Pt {
            time: Some(t0 + Duration::seconds(step_s * i as i64)),
            lat: lat0 + speed * (step_s * i as i64) as f64 * deg_per_m,
            lon: 0.0,
            ele: None,
            hr: None,
        })
        .collect()
}

/// Writes points as GPX 1.1 (one track, one segment per slice), with Garmin HR extensions.
pub fn gpx(segments: &[&[Pt]], kind: Option<&str>) -> String {
    let mut s = String::from(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
<trk><name>Generated</name>"#,
    );
    if let Some(k) = kind {
        s += &format!("<type>{k}</type>");
    }
    for seg in segments {
        s += "<trkseg>\n";
        for p in seg.iter() {
            s += &format!(r#"<trkpt lat="{:.7}" lon="{:.7}">"#, p.lat, p.lon);
            if let Some(e) = p.ele {
                s += &format!("<ele>{e:.1}</ele>");
            }
            if let Some(t) = p.time {
                s += &format!("<time>{}</time>", t.to_rfc3339());
            }
            if let Some(h) = p.hr {
                s += &format!("<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{h}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions>");
            }
            s += "</trkpt>\n";
        }
        s += "</trkseg>\n";
    }
    s + "</trk></gpx>\n"
}

/// Writes points as a TCX activity of `sport` with no lap totals (so the track is used).
pub fn tcx(points: &[Pt], sport: &str) -> String {
    let mut s = format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="{sport}"><Id>{}</Id><Lap StartTime="{}"><Track>
"#,
        points[0].time.unwrap().to_rfc3339(),
        points[0].time.unwrap().to_rfc3339()
    );
    for p in points {
        s += "<Trackpoint>";
        if let Some(t) = p.time {
            s += &format!("<Time>{}</Time>", t.to_rfc3339());
        }
        s += &format!(
            "<Position><LatitudeDegrees>{:.7}</LatitudeDegrees><LongitudeDegrees>{:.7}</LongitudeDegrees></Position>",
            p.lat, p.lon
        );
        if let Some(e) = p.ele {
            s += &format!("<AltitudeMeters>{e:.1}</AltitudeMeters>");
        }
        if let Some(h) = p.hr {
            s += &format!("<HeartRateBpm><Value>{h}</Value></HeartRateBpm>");
        }
        s += "</Trackpoint>\n";
    }
    s + "</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
}

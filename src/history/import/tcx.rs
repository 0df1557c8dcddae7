//! TCX (Garmin Training Center XML): one activity per `<Activity>`. Distance, moving time and
//! average heart rate come from the laps' own totals where present (as Garmin Connect shows
//! them), else from the track points; elapsed time and elevation gain come from the track.

use super::text::sport_from_label;
use super::track::{guess_sport, summarize, TrackPoint};
use super::xml::{as_text, attr, parent, walk, Step};
use super::ImportError;
use crate::history::{Activity, Sport};
use chrono::{DateTime, FixedOffset};

/// What one `<Activity>` element holds.
#[derive(Default)]
struct Draft {
    sport: Option<String>,
    id_time: Option<DateTime<FixedOffset>>,
    lap_starts: Vec<DateTime<FixedOffset>>,
    lap_time_s: f64,
    lap_distance_m: f64,
    lap_hr_weighted: f64,
    lap_hr_time: f64,
    lap_max_hr: Option<f64>,
    lap_seconds: f64,
    lap_hr: Option<f64>,
    points: Vec<TrackPoint>,
}

/// Reads a TCX file into its activities (usually one).
pub fn import(file: &str, bytes: &[u8]) -> Result<Vec<Activity>, ImportError> {
    let text = as_text(bytes);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut point: Option<TrackPoint> = None;
    let mut saw_root = false;
    walk(file, &text, |path, step| {
        let here = path.last().map(String::as_str).unwrap_or("");
        let parent = parent(path);
        match step {
            Step::Open(e) => match here {
                "TrainingCenterDatabase" => saw_root = true,
                "Activity" => drafts.push(Draft {
                    sport: attr(e, "Sport"),
                    ..Draft::default()
                }),
                "Lap" => {
                    if let Some(d) = drafts.last_mut() {
                        let start = attr(e, "StartTime");
                        if let Some(t) = start.and_then(|s| DateTime::parse_from_rfc3339(&s).ok()) {
                            d.lap_starts.push(t);
                        }
                        d.lap_seconds = 0.0;
                        d.lap_hr = None;
                    }
                }
                "Trackpoint" => point = Some(TrackPoint::default()),
                _ => {}
            },
            Step::Text(t) => {
                let Some(d) = drafts.last_mut() else { return };
                let num = t.parse::<f64>().ok().filter(|v| v.is_finite());
                if let Some(p) = point.as_mut() {
                    match (here, parent) {
                        ("Time", _) => p.time = DateTime::parse_from_rfc3339(t).ok(),
                        ("LatitudeDegrees", _) => {
                            p.position = num.map(|lat| (lat, p.position.map_or(f64::NAN, |q| q.1)))
                        }
                        ("LongitudeDegrees", _) => {
                            p.position = p.position.zip(num).map(|(q, lon)| (q.0, lon))
                        }
                        ("AltitudeMeters", _) => p.elevation_m = num,
                        ("DistanceMeters", _) => p.distance_m = num,
                        ("Value", Some("HeartRateBpm")) => p.heart_rate = num,
                        _ => {}
                    }
                    return;
                }
                match (here, parent) {
                    ("Id", Some("Activity")) => d.id_time = DateTime::parse_from_rfc3339(t).ok(),
                    ("TotalTimeSeconds", Some("Lap")) => {
                        let v = num.unwrap_or(0.0).max(0.0);
                        d.lap_time_s += v;
                        d.lap_seconds = v;
                    }
                    ("DistanceMeters", Some("Lap")) => {
                        d.lap_distance_m += num.unwrap_or(0.0).max(0.0)
                    }
                    ("Value", Some("AverageHeartRateBpm")) => d.lap_hr = num,
                    ("Value", Some("MaximumHeartRateBpm")) => {
                        d.lap_max_hr = num.into_iter().chain(d.lap_max_hr).reduce(f64::max)
                    }
                    _ => {}
                }
            }
            Step::Close => match here {
                "Trackpoint" => {
                    if let (Some(p), Some(d)) = (point.take(), drafts.last_mut()) {
                        d.points.push(p);
                    }
                }
                "Lap" => {
                    if let Some(d) = drafts.last_mut() {
                        if let Some(hr) = d.lap_hr.filter(|h| *h > 0.0) {
                            d.lap_hr_weighted += hr * d.lap_seconds;
                            d.lap_hr_time += d.lap_seconds;
                        }
                    }
                }
                _ => {}
            },
        }
    })?;
    if !saw_root {
        return Err(ImportError::Unsupported {
            file: file.to_string(),
        });
    }
    if drafts.is_empty() {
        return Err(ImportError::NoActivity {
            file: file.to_string(),
            what: "no <Activity>; courses and workouts are not training history".into(),
        });
    }
    drafts.into_iter().map(|d| finish(file, d)).collect()
}

/// Turns one `<Activity>` into an [`Activity`].
fn finish(file: &str, d: Draft) -> Result<Activity, ImportError> {
    let track = summarize(&d.points);
    let start = track
        .map(|s| s.start)
        .or(d.lap_starts.first().copied())
        .or(d.id_time)
        .ok_or_else(|| ImportError::NoTimestamps {
            file: file.to_string(),
        })?;
    let elapsed_s = track.map_or(d.lap_time_s, |s| s.elapsed_s.max(d.lap_time_s));
    let mut a = Activity::new(start, Sport::Other, 0.0, elapsed_s, file);
    a.distance_m = if d.lap_distance_m > 0.0 {
        d.lap_distance_m
    } else {
        track.map_or(0.0, |s| s.distance_m)
    };
    a.moving_s = if d.lap_time_s > 0.0 {
        d.lap_time_s
    } else {
        track.map_or(0.0, |s| s.moving_s)
    };
    a.elevation_gain_m = track.and_then(|s| s.elevation_gain_m);
    a.avg_hr = if d.lap_hr_time > 0.0 {
        Some(d.lap_hr_weighted / d.lap_hr_time)
    } else {
        track.and_then(|s| s.avg_hr)
    };
    a.max_hr = d.lap_max_hr.or(track.and_then(|s| s.max_hr));
    a.sport = match d.sport.as_deref() {
        Some("Biking") => Sport::Ride,
        Some("Other") | None => guess_sport(a.distance_m, a.moving_s),
        Some(label) => sport_from_label(label),
    };
    Ok(a)
}

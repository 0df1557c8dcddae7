//! GPX 1.1 (and 1.0) tracks: distance by haversine along each track segment, time from the
//! point timestamps, elevation gain with a noise band, heart rate from Garmin's
//! `TrackPointExtension`. All tracks of a file form one activity; a track without a `<type>`
//! gets its sport from its speed.

use super::text::sport_from_label;
use super::track::{guess_sport, summarize, TrackPoint};
use super::xml::{as_text, attr, parent, walk, Step};
use super::ImportError;
use crate::history::{Activity, Sport};
use chrono::DateTime;

/// Reads one GPX file into one activity.
pub fn import(file: &str, bytes: &[u8]) -> Result<Activity, ImportError> {
    let text = as_text(bytes);
    let mut points: Vec<TrackPoint> = Vec::new();
    let mut segments: Vec<usize> = Vec::new();
    let mut current: Option<TrackPoint> = None;
    let mut sport: Option<String> = None;
    let mut name: Option<String> = None;
    let mut saw_gpx = false;
    walk(file, &text, |path, step| {
        let here = path.last().map(String::as_str).unwrap_or("");
        let parent = parent(path);
        match step {
            Step::Open(e) => match here {
                "gpx" => saw_gpx = true,
                "trkseg" | "rte" => segments.push(points.len()),
                "trkpt" | "rtept" => {
                    let num = |n| attr(e, n).and_then(|v| v.trim().parse::<f64>().ok());
                    current = Some(TrackPoint {
                        position: num("lat").zip(num("lon")),
                        ..Default::default()
                    });
                }
                _ => {}
            },
            Step::Text(t) => {
                if let Some(p) = current.as_mut() {
                    match here {
                        "ele" => p.elevation_m = t.parse().ok(),
                        "time" => p.time = DateTime::parse_from_rfc3339(t).ok(),
                        "hr" => p.heart_rate = t.parse().ok(),
                        _ => {}
                    }
                } else if parent == Some("trk") && here == "type" {
                    sport = Some(t.to_string());
                } else if parent == Some("trk") && here == "name" && name.is_none() {
                    name = Some(t.to_string());
                }
            }
            Step::Close => {
                if matches!(here, "trkpt" | "rtept") {
                    if let Some(p) = current.take() {
                        points.push(p);
                    }
                }
            }
        }
    })?;
    if !saw_gpx {
        return Err(ImportError::Unsupported {
            file: file.to_string(),
        });
    }
    if points.is_empty() {
        return Err(ImportError::NoActivity {
            file: file.to_string(),
            what: "no track points".into(),
        });
    }
    // Summarise each segment on its own so the gap between segments adds no distance.
    segments.push(points.len());
    segments.dedup();
    let mut pieces = Vec::new();
    let mut begin = 0;
    for end in segments.into_iter().chain(std::iter::once(points.len())) {
        if end > begin {
            if let Some(s) = points.get(begin..end).and_then(summarize) {
                pieces.push(s);
            }
            begin = end;
        }
    }
    let whole = summarize(&points).ok_or_else(|| ImportError::NoTimestamps {
        file: file.to_string(),
    })?;
    let mut a = Activity::new(whole.start, Sport::Other, 0.0, whole.elapsed_s, file);
    a.distance_m = pieces.iter().map(|p| p.distance_m).sum();
    a.moving_s = pieces.iter().map(|p| p.moving_s).sum();
    a.sport = match sport {
        Some(label) => sport_from_label(&label),
        None => guess_sport(a.distance_m, a.moving_s),
    };
    a.elevation_gain_m = whole.elevation_gain_m;
    a.avg_hr = whole.avg_hr;
    a.max_hr = whole.max_hr;
    a.name = name;
    Ok(a)
}

//! Summarising a recorded track (GPX, TCX or FIT records) into distance, moving and elapsed
//! time, elevation gain and average heart rate.

use chrono::{DateTime, FixedOffset};

/// Mean Earth radius in metres (IUGG), for haversine distances.
const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// Slower than this between two points counts as stopped (m/s; a slow walk is ~1 m/s).
const MOVING_SPEED_MS: f64 = 0.5;
/// A gap longer than this with no position or distance counts as a pause (s).
const PAUSE_GAP_S: f64 = 60.0;
/// Elevation changes smaller than this are treated as noise (m).
const ELEVATION_HYSTERESIS_M: f64 = 3.0;
/// A jump faster than this between two fixes is a GPS glitch and is not counted (m/s).
const GLITCH_SPEED_MS: f64 = 100.0;

/// A position with the time it was recorded at, if any.
type Fix = ((f64, f64), Option<DateTime<FixedOffset>>);

/// One recorded sample.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TrackPoint {
    pub time: Option<DateTime<FixedOffset>>,
    /// Latitude and longitude in degrees.
    pub position: Option<(f64, f64)>,
    pub elevation_m: Option<f64>,
    pub heart_rate: Option<f64>,
    /// Distance from the start as recorded by the device (TCX, FIT), in metres.
    pub distance_m: Option<f64>,
}

/// What a track adds up to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrackSummary {
    pub start: DateTime<FixedOffset>,
    pub distance_m: f64,
    pub moving_s: f64,
    pub elapsed_s: f64,
    pub elevation_gain_m: Option<f64>,
    pub avg_hr: Option<f64>,
    pub max_hr: Option<f64>,
}

/// A sport guessed from moving speed, for tracks that do not say: faster than 23 km/h is a
/// ride, slower than 5 km/h a walk or hike, anything between a run.
pub fn guess_sport(distance_m: f64, moving_s: f64) -> crate::history::Sport {
    use crate::history::Sport;
    if distance_m <= 0.0 || moving_s <= 0.0 {
        return Sport::Other;
    }
    let speed = distance_m / moving_s;
    if speed > 6.4 {
        Sport::Ride
    } else if speed < 1.4 {
        Sport::WalkHike
    } else {
        Sport::Run
    }
}

/// Great-circle distance in metres between two (lat, lon) points in degrees.
pub fn haversine_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let dlat = lat2 - lat1;
    let dlon = (b.1 - a.1).to_radians();
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
}

/// Whether a position is a real coordinate.
fn valid(p: (f64, f64)) -> bool {
    p.0.is_finite() && p.1.is_finite() && p.0.abs() <= 90.0 && p.1.abs() <= 180.0
}

/// Summarises points in recording order; `None` when fewer than half the points have a time
/// (a route or a track stripped of times says nothing about when it was done).
pub fn summarize(points: &[TrackPoint]) -> Option<TrackSummary> {
    let timed = points.iter().filter(|p| p.time.is_some()).count();
    if timed == 0 || timed * 2 < points.len() {
        return None;
    }
    let first = points.iter().find_map(|p| p.time)?;
    let last = points.iter().rev().find_map(|p| p.time)?;
    let device_distance = device_distance(points);
    let mut gps_distance = 0.0;
    let mut moving_s = 0.0;
    let mut prev_pos: Option<Fix> = None;
    let mut prev: Option<&TrackPoint> = None;
    for p in points {
        let mut step_m: Option<f64> = None;
        if let Some(pos) = p.position.filter(|p| valid(*p)) {
            if let Some((pp, pt)) = prev_pos {
                let d = haversine_m(pp, pos);
                let dt = match (p.time, pt) {
                    (Some(a), Some(b)) => (a - b).num_milliseconds() as f64 / 1000.0,
                    _ => 0.0,
                };
                if dt <= 0.0 || d / dt <= GLITCH_SPEED_MS {
                    gps_distance += d;
                    step_m = Some(d);
                }
            }
            prev_pos = Some((pos, p.time));
        }
        let Some(t) = p.time else { continue };
        if let Some(q) = prev {
            let dt = q
                .time
                .map_or(0.0, |qt| (t - qt).num_milliseconds() as f64 / 1000.0);
            if dt > 0.0 {
                let step = match (p.distance_m, q.distance_m) {
                    (Some(a), Some(b)) if device_distance.is_some() => Some(a - b),
                    _ => step_m,
                };
                let moving = match step {
                    Some(d) => d / dt >= MOVING_SPEED_MS,
                    None => dt <= PAUSE_GAP_S,
                };
                if moving {
                    moving_s += dt;
                }
            }
        }
        prev = Some(p);
    }
    let elapsed_s = ((last - first).num_milliseconds() as f64 / 1000.0).max(0.0);
    let distance_m = device_distance.unwrap_or(gps_distance);
    moving_s = moving_s.min(elapsed_s);
    Some(TrackSummary {
        start: first,
        distance_m,
        moving_s,
        elapsed_s,
        elevation_gain_m: elevation_gain(points),
        avg_hr: average_hr(points),
        max_hr: points
            .iter()
            .filter_map(|p| p.heart_rate)
            .filter(|h| *h > 0.0 && *h < 255.0)
            .reduce(f64::max),
    })
}

/// The device's own cumulative distance (last minus first), when it recorded one.
fn device_distance(points: &[TrackPoint]) -> Option<f64> {
    let mut ds = points
        .iter()
        .filter_map(|p| p.distance_m)
        .filter(|d| d.is_finite());
    let first = ds.next()?;
    let max = ds.fold(first, f64::max);
    (max > first).then_some(max - first)
}

/// Total climb with a hysteresis band so that sensor noise does not add up.
pub fn elevation_gain(points: &[TrackPoint]) -> Option<f64> {
    let mut elevations = points
        .iter()
        .filter_map(|p| p.elevation_m)
        .filter(|e| e.is_finite() && e.abs() < 20_000.0);
    let mut reference = elevations.next()?;
    let mut gain = 0.0;
    for e in elevations {
        if e >= reference + ELEVATION_HYSTERESIS_M {
            gain += e - reference;
            reference = e;
        } else if e <= reference - ELEVATION_HYSTERESIS_M {
            reference = e;
        }
    }
    Some(gain)
}

/// Time-weighted mean heart rate (each sample counts until the next one, gaps capped), or the
/// plain mean when samples have no times.
fn average_hr(points: &[TrackPoint]) -> Option<f64> {
    let samples: Vec<(Option<DateTime<FixedOffset>>, f64)> = points
        .iter()
        .filter_map(|p| p.heart_rate.map(|h| (p.time, h)))
        .filter(|(_, h)| *h > 0.0 && *h < 255.0)
        .collect();
    if samples.is_empty() {
        return None;
    }
    let (mut sum, mut weight) = (0.0, 0.0);
    for pair in samples.windows(2) {
        if let [(Some(a), h), (Some(b), _)] = pair {
            let dt = ((*b - *a).num_milliseconds() as f64 / 1000.0).clamp(0.0, PAUSE_GAP_S);
            sum += h * dt;
            weight += dt;
        }
    }
    if weight > 0.0 {
        Some(sum / weight)
    } else {
        Some(samples.iter().map(|(_, h)| h).sum::<f64>() / samples.len() as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_one_degree_of_latitude() {
        let d = haversine_m((0.0, 0.0), (1.0, 0.0));
        assert!((d - 111_195.0).abs() < 10.0, "{d}");
    }

    #[test]
    fn hysteresis_ignores_noise_but_counts_climbs() {
        let pts: Vec<TrackPoint> = [100.0, 101.0, 99.5, 100.5, 110.0, 109.0, 120.0]
            .iter()
            .map(|e| TrackPoint {
                elevation_m: Some(*e),
                ..Default::default()
            })
            .collect();
        assert_eq!(elevation_gain(&pts), Some(20.0));
    }
}

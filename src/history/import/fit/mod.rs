//! FIT activity files (Garmin, Coros, Wahoo, Suunto...), read by a small decoder of our own
//! (`decode`) that keeps only the messages below (`profile`).
//!
//! Each `session` message becomes an activity (a triathlon has several); its totals are what
//! the watch itself shows. Files without sessions fall back to adding up their `lap`
//! messages, then to summarising the `record` messages. The UTC offset comes from the
//! `activity` message's `local_timestamp`.

mod decode;
mod profile;
#[cfg(test)]
mod tests;

use super::track::{summarize, TrackPoint, TrackSummary};
use super::ImportError;
use crate::history::{Activity, Sport};
use chrono::{DateTime, FixedOffset, Offset, Utc};
use decode::{Message, TIMESTAMP};
use profile::{lap, mesg, record, total};

/// Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).
const FIT_EPOCH: i64 = 631_065_600;
/// Degrees per FIT semicircle.
const DEG_PER_SEMICIRCLE: f64 = 180.0 / 2_147_483_648.0;
/// FIT times below this are seconds since the device powered on, not dates.
const MIN_DATE: f64 = 268_435_456.0;

/// Reads a FIT file into its activities.
pub fn import(file: &str, bytes: &[u8]) -> Result<Vec<Activity>, ImportError> {
    let messages = decode::decode(file, bytes)?;
    let of = |global: u16| messages.iter().filter(move |m| m.global == global);
    let file_type = of(mesg::FILE_ID).find_map(|m| m.get(0));
    if let Some(t) = file_type.filter(|t| *t != profile::FILE_TYPE_ACTIVITY) {
        if let Some(name) = profile::file_type_name(t) {
            return Err(ImportError::NoActivity {
                file: file.to_string(),
                what: format!("a FIT \"{name}\" file, not an activity"),
            });
        }
    }
    let points: Vec<TrackPoint> = of(mesg::RECORD).map(point).collect();
    let track = summarize(&points);
    let offset = utc_offset(of(mesg::ACTIVITY).next());
    let mut out: Vec<Activity> = of(mesg::SESSION)
        .filter_map(|s| from_totals(file, s, track, sport(s, total::SPORT, total::SUB_SPORT)))
        .map(|a| with_offset(a, offset))
        .collect();
    if !out.is_empty() {
        return Ok(out);
    }
    let file_sport = of(mesg::SPORT).next().map(|m| sport(m, 0, 1));
    if let Some(a) = from_laps(file, of(mesg::LAP).collect(), track, file_sport) {
        out.push(with_offset(a, offset));
        return Ok(out);
    }
    // No usable session or lap: fall back to the recorded points.
    let t = track.ok_or_else(|| ImportError::NoTimestamps {
        file: file.to_string(),
    })?;
    let sport = file_sport.unwrap_or_else(|| super::track::guess_sport(t.distance_m, t.moving_s));
    let mut a = Activity::new(t.start, sport, t.distance_m, t.elapsed_s, file);
    a.moving_s = t.moving_s;
    a.elevation_gain_m = t.elevation_gain_m;
    a.avg_hr = t.avg_hr;
    a.max_hr = t.max_hr;
    out.push(with_offset(a, offset));
    Ok(out)
}

/// An activity from a session's (or lap's) own totals, the track filling the gaps; None
/// without any start time.
fn from_totals(
    file: &str,
    s: &Message,
    track: Option<TrackSummary>,
    sport: Sport,
) -> Option<Activity> {
    let elapsed = s.get(total::ELAPSED).map(|v| v / 1000.0);
    let start = time(s, total::START_TIME)
        .or_else(|| {
            let end = time(s, TIMESTAMP)?;
            let ms = chrono::TimeDelta::try_milliseconds((elapsed? * 1000.0) as i64)?;
            end.checked_sub_signed(ms)
        })
        .or(track.map(|t| t.start.with_timezone(&Utc)))?;
    let elapsed = elapsed.or(track.map(|t| t.elapsed_s));
    let mut a = Activity::new(start.fixed_offset(), sport, 0.0, 0.0, file);
    a.elapsed_s = elapsed.unwrap_or(0.0).max(0.0);
    a.moving_s = s
        .get(total::TIMER)
        .map(|v| v / 1000.0)
        .or(track.map(|t| t.moving_s))
        .unwrap_or(a.elapsed_s)
        .max(0.0);
    a.distance_m = s
        .get(total::DISTANCE)
        .map(|v| v / 100.0)
        .or(track.map(|t| t.distance_m))
        .unwrap_or(0.0)
        .max(0.0);
    a.elevation_gain_m = s
        .get(total::ASCENT)
        .or(track.and_then(|t| t.elevation_gain_m));
    a.avg_hr = s.get(total::AVG_HR).or(track.and_then(|t| t.avg_hr));
    a.max_hr = s.get(total::MAX_HR).or(track.and_then(|t| t.max_hr));
    Some(a)
}

/// One activity adding up the laps of a file without sessions; None without laps or times.
fn from_laps(
    file: &str,
    laps: Vec<&Message>,
    track: Option<TrackSummary>,
    sport: Option<Sport>,
) -> Option<Activity> {
    let first = laps.first()?;
    let sum = |n: u8| -> Option<f64> { laps.iter().filter_map(|l| l.get(n)).reduce(|a, b| a + b) };
    // avg HR weighted by each lap's timer time.
    let weighted: Vec<(f64, f64)> = laps
        .iter()
        .filter_map(|l| Some((l.get(lap::AVG_HR)?, l.get(total::TIMER)?)))
        .collect();
    let hr_time: f64 = weighted.iter().map(|w| w.1).sum();
    let avg_hr = (hr_time > 0.0).then(|| weighted.iter().map(|w| w.0 * w.1).sum::<f64>() / hr_time);
    let mut totals = Message {
        global: mesg::LAP,
        fields: Vec::new(),
    };
    let mut put = |n: u8, v: Option<f64>| {
        if let Some(v) = v {
            totals.fields.push((n, v));
        }
    };
    put(total::START_TIME, first.get(total::START_TIME));
    put(TIMESTAMP, laps.last().and_then(|l| l.get(TIMESTAMP)));
    for n in [total::ELAPSED, total::TIMER, total::DISTANCE] {
        put(n, sum(n));
    }
    put(total::ASCENT, sum(lap::ASCENT));
    put(total::AVG_HR, avg_hr.map(f64::round));
    put(
        total::MAX_HR,
        laps.iter()
            .filter_map(|l| l.get(lap::MAX_HR))
            .reduce(f64::max),
    );
    let mut a = from_totals(file, &totals, track, Sport::Other)?;
    a.sport = sport.unwrap_or_else(|| super::track::guess_sport(a.distance_m, a.moving_s));
    Some(a)
}

/// The activity with its start shown in the file's UTC offset.
fn with_offset(mut a: Activity, offset: FixedOffset) -> Activity {
    a.start = a.start.with_timezone(&offset);
    a
}

/// A FIT date field in UTC; None for times relative to power-on or out of range.
fn time(m: &Message, num: u8) -> Option<DateTime<Utc>> {
    let secs = m
        .get(num)
        .filter(|s| *s >= MIN_DATE && *s <= f64::from(u32::MAX))?;
    DateTime::from_timestamp(FIT_EPOCH + secs as i64, 0)
}

/// The sport of a session or sport message, from its sport and sub_sport codes.
fn sport(m: &Message, sport: u8, sub_sport: u8) -> Sport {
    profile::sport(m.get(sport), m.get(sub_sport))
}

/// One `record` message as a track point.
fn point(r: &Message) -> TrackPoint {
    let lat = r.get(record::LAT).map(|v| v * DEG_PER_SEMICIRCLE);
    let lon = r.get(record::LON).map(|v| v * DEG_PER_SEMICIRCLE);
    let altitude = r.get(record::ENHANCED_ALTITUDE).or(r.get(record::ALTITUDE));
    TrackPoint {
        time: time(r, TIMESTAMP).map(|t| t.fixed_offset()),
        position: lat.zip(lon),
        elevation_m: altitude.map(|v| v / 5.0 - 500.0),
        heart_rate: r.get(record::HEART_RATE),
        distance_m: r.get(record::DISTANCE).map(|v| v / 100.0),
    }
}

/// The file's UTC offset: `local_timestamp - timestamp` of the activity message, rounded to a
/// quarter hour; UTC when absent or implausible.
fn utc_offset(activity: Option<&Message>) -> FixedOffset {
    let utc = Utc.fix();
    let Some((local, stamp)) =
        activity.and_then(|a| Some((a.get(profile::LOCAL_TIMESTAMP)?, a.get(TIMESTAMP)?)))
    else {
        return utc;
    };
    let quarters = ((local - stamp) / 900.0).round();
    if quarters.abs() > 14.0 * 4.0 {
        return utc;
    }
    FixedOffset::east_opt(quarters as i32 * 900).unwrap_or(utc)
}

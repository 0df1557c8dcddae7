//! FIT activity files (Garmin, Coros, Wahoo, Suunto...), decoded with `fitparser`.
//!
//! Each `session` message becomes an activity (a triathlon has several); its totals are what
//! the watch itself shows. Files without sessions fall back to summarising the `record`
//! messages. The UTC offset comes from the `activity` message's `local_timestamp`.

use super::text::sport_from_label;
use super::track::{summarize, TrackPoint};
use super::ImportError;
use crate::history::Activity;
use chrono::{DateTime, FixedOffset, Local, NaiveDate, Offset, TimeZone, Utc};
use fitparser::profile::MesgNum;
use fitparser::{ErrorKind, FitDataRecord, Value};

/// Seconds from the Unix epoch to the FIT epoch (1989-12-31T00:00:00Z).
const FIT_EPOCH: i64 = 631_065_600;
/// Degrees per FIT semicircle.
const DEG_PER_SEMICIRCLE: f64 = 180.0 / 2_147_483_648.0;

/// Reads a FIT file into its activities.
pub fn import(file: &str, bytes: &[u8]) -> Result<Vec<Activity>, ImportError> {
    check_header(file, bytes)?;
    let records = fitparser::from_bytes(bytes).map_err(|e| decode_error(file, *e))?;
    let file_type = records
        .iter()
        .filter(|r| r.kind() == MesgNum::FileId)
        .find_map(|r| field(r, "type"))
        .and_then(|v| match v {
            Value::String(s) => Some(s.clone()),
            _ => None,
        });
    if let Some(t) = file_type.as_deref().filter(|t| *t != "activity") {
        return Err(ImportError::NoActivity {
            file: file.to_string(),
            what: format!("a FIT \"{t}\" file, not an activity"),
        });
    }
    let points: Vec<TrackPoint> = records
        .iter()
        .filter(|r| r.kind() == MesgNum::Record)
        .map(point)
        .collect();
    let track = summarize(&points);
    let offset = utc_offset(&records);
    let mut out = Vec::new();
    for s in records.iter().filter(|r| r.kind() == MesgNum::Session) {
        let start = time(s, "start_time")
            .or_else(|| {
                let end = time(s, "timestamp")?;
                let secs = num(s, "total_elapsed_time")?;
                end.checked_sub_signed(chrono::TimeDelta::try_milliseconds((secs * 1000.0) as i64)?)
            })
            .or(track.map(|t| t.start.with_timezone(&Utc)));
        let Some(start) = start else { continue };
        let elapsed = num(s, "total_elapsed_time").or(track.map(|t| t.elapsed_s));
        let mut a = Activity::new(start.with_timezone(&offset), sport(s), 0.0, 0.0, file);
        a.elapsed_s = elapsed.unwrap_or(0.0).max(0.0);
        a.moving_s = num(s, "total_timer_time")
            .or(track.map(|t| t.moving_s))
            .unwrap_or(a.elapsed_s)
            .max(0.0);
        a.distance_m = num(s, "total_distance")
            .or(track.map(|t| t.distance_m))
            .unwrap_or(0.0)
            .max(0.0);
        a.elevation_gain_m = num(s, "total_ascent").or(track.and_then(|t| t.elevation_gain_m));
        a.avg_hr = num(s, "avg_heart_rate").or(track.and_then(|t| t.avg_hr));
        a.max_hr = num(s, "max_heart_rate").or(track.and_then(|t| t.max_hr));
        out.push(a);
    }
    if out.is_empty() {
        // No usable session: fall back to the recorded points.
        let t = track.ok_or_else(|| ImportError::NoTimestamps {
            file: file.to_string(),
        })?;
        let sport = records
            .iter()
            .find(|r| r.kind() == MesgNum::Sport)
            .map(sport)
            .unwrap_or_else(|| super::track::guess_sport(t.distance_m, t.moving_s));
        let mut a = Activity::new(
            t.start.with_timezone(&offset),
            sport,
            t.distance_m,
            t.elapsed_s,
            file,
        );
        a.moving_s = t.moving_s;
        a.elevation_gain_m = t.elevation_gain_m;
        a.avg_hr = t.avg_hr;
        a.max_hr = t.max_hr;
        out.push(a);
    }
    Ok(out)
}

/// Checks the 12- or 14-byte header: size, the `.FIT` signature and the announced length.
fn check_header(file: &str, bytes: &[u8]) -> Result<(), ImportError> {
    let header_len = bytes.first().copied().unwrap_or(0) as usize;
    let signature = bytes.get(8..12);
    if bytes.len() < 12 {
        // A real header starts with its size (12 or 14); anything else is not FIT at all.
        return if matches!(header_len, 12 | 14) && bytes.len() > 1 {
            Err(ImportError::Truncated {
                file: file.to_string(),
                detail: format!("only {} bytes", bytes.len()),
            })
        } else {
            Err(ImportError::NotFit {
                file: file.to_string(),
            })
        };
    }
    if signature != Some(b".FIT") || !(12..=14).contains(&header_len) {
        return Err(ImportError::NotFit {
            file: file.to_string(),
        });
    }
    let data_len = bytes
        .get(4..8)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)
        .unwrap_or(0) as usize;
    let expected = header_len + data_len + 2;
    if bytes.len() < expected {
        return Err(ImportError::Truncated {
            file: file.to_string(),
            detail: format!("{} of {} bytes", bytes.len(), expected),
        });
    }
    Ok(())
}

/// Maps a fitparser error to what a runner can act on.
fn decode_error(file: &str, e: ErrorKind) -> ImportError {
    let file = file.to_string();
    match e {
        ErrorKind::InvalidCrc((_, _, expected, computed)) => ImportError::CrcMismatch {
            file,
            expected,
            computed,
        },
        ErrorKind::UnexpectedEof(_) => ImportError::Truncated {
            file,
            detail: "it ends in the middle of a message".into(),
        },
        other => ImportError::BadFit {
            file,
            detail: other.to_string(),
        },
    }
}

/// The value of the field called `name`, if the message has it.
fn field<'a>(r: &'a FitDataRecord, name: &str) -> Option<&'a Value> {
    r.fields()
        .iter()
        .find(|f| f.name() == name)
        .map(|f| f.value())
}

/// A field as a finite number.
fn num(r: &FitDataRecord, name: &str) -> Option<f64> {
    let v = match field(r, name)? {
        Value::SInt8(v) => *v as f64,
        Value::UInt8(v) | Value::UInt8z(v) | Value::Byte(v) | Value::Enum(v) => *v as f64,
        Value::SInt16(v) => *v as f64,
        Value::UInt16(v) | Value::UInt16z(v) => *v as f64,
        Value::SInt32(v) => *v as f64,
        Value::UInt32(v) | Value::UInt32z(v) => *v as f64,
        Value::SInt64(v) => *v as f64,
        Value::UInt64(v) | Value::UInt64z(v) => *v as f64,
        Value::Float32(v) => *v as f64,
        Value::Float64(v) => *v,
        _ => return None,
    };
    v.is_finite().then_some(v)
}

/// A timestamp field in UTC.
fn time(r: &FitDataRecord, name: &str) -> Option<DateTime<Utc>> {
    match field(r, name)? {
        Value::Timestamp(t) => Some(t.with_timezone(&Utc)),
        _ => None,
    }
}

/// The sport of a session or sport message, from its `sport` and `sub_sport` names.
fn sport(r: &FitDataRecord) -> crate::history::Sport {
    let text = |n| match field(r, n) {
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    };
    sport_from_label(&format!("{} {}", text("sub_sport"), text("sport")))
}

/// One `record` message as a track point.
fn point(r: &FitDataRecord) -> TrackPoint {
    let lat = num(r, "position_lat").map(|v| v * DEG_PER_SEMICIRCLE);
    let lon = num(r, "position_long").map(|v| v * DEG_PER_SEMICIRCLE);
    TrackPoint {
        time: time(r, "timestamp").map(|t| t.fixed_offset()),
        position: lat.zip(lon),
        elevation_m: num(r, "enhanced_altitude").or(num(r, "altitude")),
        heart_rate: num(r, "heart_rate"),
        distance_m: num(r, "distance"),
    }
}

/// The file's UTC offset: `local_timestamp - timestamp` of the activity message, rounded to a
/// quarter hour; UTC when absent or implausible.
fn utc_offset(records: &[FitDataRecord]) -> FixedOffset {
    let utc = Utc.fix();
    let Some(activity) = records.iter().find(|r| r.kind() == MesgNum::Activity) else {
        return utc;
    };
    let (Some(Value::Timestamp(local)), Some(stamp)) = (
        field(activity, "local_timestamp"),
        time(activity, "timestamp"),
    ) else {
        return utc;
    };
    // fitparser anchors local timestamps at 1989-12-31 00:00 in the machine's time zone;
    // undo that to get the seconds the watch wrote.
    let machine = NaiveDate::from_ymd_opt(1989, 12, 31)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .and_then(|d| Local.offset_from_local_datetime(&d).single())
        .map_or(0, |o| o.local_minus_utc() as i64);
    let local_secs = local.timestamp() - FIT_EPOCH + machine;
    let utc_secs = stamp.timestamp() - FIT_EPOCH;
    let offset = ((local_secs - utc_secs) as f64 / 900.0).round() as i64 * 900;
    if offset.abs() > 14 * 3600 {
        return utc;
    }
    FixedOffset::east_opt(offset as i32).unwrap_or(utc)
}

//! The app's one vocabulary: how distances, durations, paces, race distances and dates read
//! ("12.5 km", "1 h 05 min", "4:50–5:10 /km", "Half marathon", "Sun 12 Apr 2026"), so the
//! core's messages, the files it writes and the UI word them alike.

use chrono::{Datelike, NaiveDate};

use super::kinds::PaceRange;
use super::model::{Distance, Units, KM_PER_MILE};

/// A distance in the runner's units with one decimal, e.g. "12.4 km".
pub fn dist(km: f64, units: Units) -> String {
    format!("{:.1} {}", units.from_km(km), units.label())
}

/// A whole-number distance in the runner's units, e.g. "42 km".
pub fn dist0(km: f64, units: Units) -> String {
    format!("{:.0} {}", units.from_km(km), units.label())
}

/// Seconds per km as "m:ss" per the runner's unit (no unit).
fn pace_number(s_per_km: f64, units: Units) -> String {
    let s = match units {
        Units::Km => s_per_km,
        Units::Mi => s_per_km * KM_PER_MILE,
    };
    let s = s.round().max(0.0) as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// Seconds per km as "m:ss /km" (or per mile).
pub fn pace(s_per_km: f64, units: Units) -> String {
    format!("{} /{}", pace_number(s_per_km, units), units.label())
}

fn pace_span(p: PaceRange, units: Units, dash: &str) -> String {
    format!(
        "{}{dash}{}",
        pace_number(p.fast_s_per_km, units),
        pace(p.slow_s_per_km, units)
    )
}

/// A pace range as people read it, e.g. "4:50–5:10 /km".
pub fn pace_range(p: PaceRange, units: Units) -> String {
    pace_span(p, units, "–")
}

/// A pace range in plain ASCII for files, e.g. "4:50-5:10 /km".
pub fn pace_range_ascii(p: PaceRange, units: Units) -> String {
    pace_span(p, units, "-")
}

/// Minutes as "1 h 05 min" or "45 min".
pub fn minutes(min: f64) -> String {
    let m = min.round().max(0.0) as u64;
    if m >= 60 {
        format!("{} h {:02} min", m / 60, m % 60)
    } else {
        format!("{m} min")
    }
}

/// A duration in seconds as "h:mm:ss" (or "m:ss" under an hour).
pub fn hms(secs: u32) -> String {
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// A duration in seconds in words, e.g. "3 h 30 min", "47 min 30 s", "1 h 02 min 05 s".
pub fn duration_words(secs: u32) -> String {
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    match (h, s) {
        (0, 0) => format!("{m} min"),
        (0, _) => format!("{m} min {s:02} s"),
        (_, 0) => format!("{h} h {m:02} min"),
        _ => format!("{h} h {m:02} min {s:02} s"),
    }
}

/// The name of a standard race distance ("5K", "Half marathon"); none for a custom one.
pub fn race_distance_name(d: Distance) -> Option<&'static str> {
    Some(match d {
        Distance::FiveK => "5K",
        Distance::TenK => "10K",
        Distance::Half => "Half marathon",
        Distance::Marathon => "Marathon",
        Distance::FiftyK => "50K",
        Distance::HundredK => "100K",
        Distance::Custom { .. } => return None,
    })
}

/// A race distance by name, or a custom one in the runner's units ("33.0 km").
pub fn race_distance(d: Distance, units: Units) -> String {
    match race_distance_name(d) {
        Some(name) => name.to_string(),
        None => dist(d.km(), units),
    }
}

/// English month name (empty for a month outside 1-12).
pub fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// The first three letters of a month's name, e.g. "Apr".
pub fn month_short(month: u32) -> &'static str {
    month_name(month).get(..3).unwrap_or("")
}

/// A date as "Sun 12 Apr 2026".
pub fn date_long(d: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        d.weekday(),
        d.day(),
        month_short(d.month()),
        d.year()
    )
}

/// A date as "12 Apr".
pub fn date_short(d: NaiveDate) -> String {
    format!("{} {}", d.day(), month_short(d.month()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_distances_paces_and_durations() {
        assert_eq!(dist(10.0, Units::Km), "10.0 km");
        assert_eq!(dist(KM_PER_MILE * 3.0, Units::Mi), "3.0 mi");
        assert_eq!(dist0(42.195, Units::Km), "42 km");
        let p = PaceRange {
            fast_s_per_km: 300.0,
            slow_s_per_km: 330.0,
        };
        assert_eq!(pace_range(p, Units::Km), "5:00–5:30 /km");
        assert_eq!(pace_range(p, Units::Mi), "8:03–8:51 /mi");
        assert_eq!(pace_range_ascii(p, Units::Km), "5:00-5:30 /km");
        assert_eq!(pace(300.0, Units::Km), "5:00 /km");
        assert_eq!(minutes(65.0), "1 h 05 min");
        assert_eq!(minutes(45.0), "45 min");
        assert_eq!(hms(12540), "3:29:00");
        assert_eq!(hms(2730), "45:30");
        assert_eq!(duration_words(12600), "3 h 30 min");
        assert_eq!(duration_words(2850), "47 min 30 s");
        assert_eq!(race_distance(Distance::Half, Units::Mi), "Half marathon");
        assert_eq!(
            race_distance(Distance::Custom { km: 33.0 }, Units::Km),
            "33.0 km"
        );
    }

    #[test]
    fn formats_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 12).unwrap();
        assert_eq!(date_long(d), "Sun 12 Apr 2026");
        assert_eq!(date_short(d), "12 Apr");
        assert_eq!(month_name(13), "");
    }
}

//! Weekly volume: running kilometres and minutes of all training per calendar week.

use super::Activity;
use crate::plan::WeekStart;
use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// One calendar week's totals.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekVolume {
    /// The first day of the week.
    pub start: NaiveDate,
    /// Kilometres run (runs and trail runs only).
    pub run_km: f64,
    /// Minutes of all training, every sport.
    pub all_minutes: f64,
}

/// The first day of the week containing `date`.
pub fn week_start_of(date: NaiveDate, week_start: WeekStart) -> NaiveDate {
    let back = (date.weekday().num_days_from_monday() + 7
        - week_start.weekday().num_days_from_monday())
        % 7;
    date.checked_sub_days(Days::new(back as u64))
        .unwrap_or(date)
}

/// The last `weeks` calendar weeks up to and including the one containing `today`, oldest
/// first. Activities after `today` are ignored.
pub fn weekly(
    activities: &[Activity],
    today: NaiveDate,
    weeks: usize,
    week_start: WeekStart,
) -> Vec<WeekVolume> {
    let weeks = weeks.min(5200);
    let this_week = week_start_of(today, week_start);
    let mut out: Vec<WeekVolume> = (0..weeks)
        .rev()
        .filter_map(|i| this_week.checked_sub_days(Days::new(7 * i as u64)))
        .map(|start| WeekVolume {
            start,
            run_km: 0.0,
            all_minutes: 0.0,
        })
        .collect();
    let Some(first) = out.first().map(|w| w.start) else {
        return out;
    };
    for a in activities {
        let d = a.date();
        if d < first || d > today {
            continue;
        }
        let index = ((week_start_of(d, week_start) - first).num_days() / 7) as usize;
        if let Some(w) = out.get_mut(index) {
            if a.sport.is_run() {
                w.run_km += a.distance_m / 1000.0;
            }
            w.all_minutes += a.duration_s() / 60.0;
        }
    }
    out
}

//! Fitness (CTL), fatigue (ATL) and form (TSB): exponentially weighted averages of daily load
//! with 42- and 7-day time constants; form is yesterday's fitness minus yesterday's fatigue.

use super::load::{daily_loads, LoadParams};
use super::Activity;
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// Time constant of fitness, in days.
pub const CTL_DAYS: f64 = 42.0;
/// Time constant of fatigue, in days.
pub const ATL_DAYS: f64 = 7.0;
/// How far before the requested window the averages start (older load has decayed away).
const WARM_UP_DAYS: u64 = 365;
/// The longest series served.
const MAX_DAYS: usize = 36_500;

/// One day of the performance-management series.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct DayFitness {
    pub date: NaiveDate,
    /// Training load that day.
    pub load: f64,
    /// Fitness: 42-day weighted average load, after this day.
    pub ctl: f64,
    /// Fatigue: 7-day weighted average load, after this day.
    pub atl: f64,
    /// Form going into this day: yesterday's CTL minus yesterday's ATL.
    pub tsb: f64,
}

/// The last `days` days ending `today` (oldest first), with load parameters estimated from
/// the history itself. Activities after `today` are ignored.
pub fn series(activities: &[Activity], today: NaiveDate, days: usize) -> Vec<DayFitness> {
    series_with(
        activities,
        today,
        days,
        &LoadParams::from_history(activities),
    )
}

/// [`series`] with explicit load parameters.
pub fn series_with(
    activities: &[Activity],
    today: NaiveDate,
    days: usize,
    params: &LoadParams,
) -> Vec<DayFitness> {
    let days = days.min(MAX_DAYS);
    if days == 0 {
        return Vec::new();
    }
    let loads = daily_loads(activities, params);
    let window_start = today
        .checked_sub_days(Days::new(days as u64 - 1))
        .unwrap_or(NaiveDate::MIN);
    let earliest = loads.keys().next().copied().unwrap_or(window_start);
    let floor = window_start
        .checked_sub_days(Days::new(WARM_UP_DAYS))
        .unwrap_or(NaiveDate::MIN);
    let start = earliest.clamp(floor, window_start);
    let (mut ctl, mut atl) = (0.0_f64, 0.0_f64);
    let mut out = Vec::with_capacity(days);
    for date in start.iter_days().take_while(|d| *d <= today) {
        let load = loads.get(&date).copied().unwrap_or(0.0);
        let tsb = ctl - atl;
        ctl += (load - ctl) / CTL_DAYS;
        atl += (load - atl) / ATL_DAYS;
        if date >= window_start {
            out.push(DayFitness {
                date,
                load,
                ctl,
                atl,
                tsb,
            });
        }
    }
    out
}

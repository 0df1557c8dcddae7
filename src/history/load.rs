//! Training load per activity and per day.
//!
//! Load is Banister's heart-rate TRIMP: minutes x HRr x 0.64 e^(1.92 HRr), where HRr is the
//! heart-rate reserve fraction (avg - rest) / (max - rest). Without heart rate, HRr is
//! estimated from perceived effort (RPE 1-10), or for runs from pace relative to the
//! runner's usual pace, or from a per-sport default, so every activity lands on one scale
//! (an easy hour is roughly 60-75, a hard hour 130-170).

use super::{Activity, Sport};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Heart-rate settings for TRIMP.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LoadParams {
    pub hr_rest: f64,
    pub hr_max: f64,
    /// The runner's usual running speed in m/s, for pace-based estimates.
    pub usual_run_speed: Option<f64>,
}

impl Default for LoadParams {
    fn default() -> Self {
        LoadParams {
            hr_rest: 60.0,
            hr_max: 190.0,
            usual_run_speed: None,
        }
    }
}

impl LoadParams {
    /// Parameters estimated from history: maximum heart rate from the highest recorded values
    /// (when plausible), usual pace from the median run speed.
    pub fn from_history(activities: &[Activity]) -> Self {
        let mut p = LoadParams::default();
        let top = activities
            .iter()
            .filter_map(|a| a.max_hr.or(a.avg_hr))
            .filter(|h| (150.0..=225.0).contains(h))
            .fold(0.0, f64::max);
        if top > 0.0 {
            p.hr_max = top.max(170.0);
        }
        let mut speeds: Vec<f64> = activities
            .iter()
            .filter(|a| a.sport.is_run() && a.distance_m > 1000.0 && a.duration_s() > 0.0)
            .map(|a| a.distance_m / a.duration_s())
            .filter(|s| s.is_finite())
            .collect();
        speeds.sort_by(f64::total_cmp);
        p.usual_run_speed = speeds.get(speeds.len() / 2).copied();
        p
    }
}

/// Banister TRIMP for `minutes` at heart-rate reserve fraction `hrr`: the planner's own load
/// function, so imported and planned training share one scale.
pub fn trimp(minutes: f64, hrr: f64) -> f64 {
    crate::plan::trimp(minutes, hrr)
}

/// The intensity (heart-rate reserve fraction) used for an activity's load.
pub fn intensity(a: &Activity, p: &LoadParams) -> f64 {
    if let Some(hr) = a.avg_hr.filter(|h| *h > 0.0) {
        if p.hr_max > p.hr_rest {
            return ((hr - p.hr_rest) / (p.hr_max - p.hr_rest)).clamp(0.0, 1.0);
        }
    }
    if let Some(rpe) = a.rpe {
        return (0.3 + 0.065 * rpe.clamp(1.0, 10.0)).min(0.95);
    }
    let default = match a.sport {
        Sport::Run | Sport::TrailRun => 0.6,
        Sport::Ride | Sport::Swim => 0.55,
        Sport::WalkHike => 0.35,
        Sport::Strength | Sport::Other => 0.45,
    };
    match (a.sport.is_run(), p.usual_run_speed) {
        (true, Some(usual)) if usual > 0.0 && a.distance_m > 0.0 && a.duration_s() > 0.0 => {
            let ratio = a.distance_m / a.duration_s() / usual;
            (default + 0.8 * (ratio - 1.0)).clamp(0.4, 0.95)
        }
        _ => default,
    }
}

/// The training load of one activity.
pub fn activity_load(a: &Activity, p: &LoadParams) -> f64 {
    let load = trimp(a.duration_s() / 60.0, intensity(a, p));
    if load.is_finite() {
        load
    } else {
        0.0
    }
}

/// Total load per local calendar day (days without training are absent).
pub fn daily_loads(activities: &[Activity], p: &LoadParams) -> BTreeMap<NaiveDate, f64> {
    let mut days = BTreeMap::new();
    for a in activities {
        *days.entry(a.date()).or_insert(0.0) += activity_load(a, p);
    }
    days
}

/// Daily load for every day from `from` to `to` inclusive (zeros on rest days).
pub fn daily_series(
    activities: &[Activity],
    from: NaiveDate,
    to: NaiveDate,
    p: &LoadParams,
) -> Vec<(NaiveDate, f64)> {
    let days = daily_loads(activities, p);
    from.iter_days()
        .take_while(|d| *d <= to)
        .map(|d| (d, days.get(&d).copied().unwrap_or(0.0)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trimp_matches_banister_formula() {
        // 60 min at HRr 0.6: 60 * 0.6 * 0.64 * e^(1.152) = 72.9
        assert!((trimp(60.0, 0.6) - 72.9).abs() < 0.1);
        assert_eq!(trimp(0.0, 0.8), 0.0);
    }
}

//! The planner's starting point, computed from history: recent weekly running volume, the
//! longest recent run, how consistently the runner has trained, fitness and fatigue, and the
//! most recent race-like effort.

use super::load::LoadParams;
use super::{fitness, Activity};
use crate::plan::{Baseline, RaceResult};
use chrono::{Days, NaiveDate};

/// Standard race distances a race-like effort is matched to (km).
const RACE_KM: [f64; 4] = [5.0, 10.0, 21.0975, 42.195];
/// A run within this fraction of a race distance counts as that distance.
const RACE_TOLERANCE: f64 = 0.03;
/// Race-like efforts older than this are not used for paces (days).
const RACE_LOOKBACK_DAYS: u64 = 180;
/// Words in a title that mark a race.
const RACE_WORDS: [&str; 8] = [
    "race",
    "parkrun",
    "marathon",
    "rennen",
    "wettkampf",
    "carrera",
    "gara",
    "wedstrijd",
];

/// Runs (and trail runs) started from `from` to `to` inclusive.
fn runs_between(
    activities: &[Activity],
    from: NaiveDate,
    to: NaiveDate,
) -> impl Iterator<Item = &Activity> {
    activities
        .iter()
        .filter(move |a| a.sport.is_run() && a.date() >= from && a.date() <= to)
}

/// `today` minus `n` days (saturating at the earliest date).
fn back(today: NaiveDate, n: u64) -> NaiveDate {
    today
        .checked_sub_days(Days::new(n))
        .unwrap_or(NaiveDate::MIN)
}

/// The baseline as of `today`: average weekly running km over the last 28 days, longest run
/// in the last 30 days, share of the last eight 7-day blocks with a run, CTL and ATL after
/// today, and the latest race-like effort of the last 180 days.
pub fn baseline(activities: &[Activity], today: NaiveDate) -> Baseline {
    let km = |a: &Activity| a.distance_m / 1000.0;
    let weekly_km = runs_between(activities, back(today, 27), today)
        .map(km)
        .fold(0.0, |s, k| s + k)
        / 4.0;
    let longest_run_km = runs_between(activities, back(today, 29), today)
        .map(km)
        .fold(0.0, f64::max);
    let active_weeks = (0..8)
        .filter(|w| {
            let end = back(today, 7 * w);
            runs_between(activities, back(end, 6), end).next().is_some()
        })
        .count();
    let has_history = activities.iter().any(|a| a.date() <= today);
    let params = LoadParams::from_history(activities);
    let today_fitness = fitness::series_with(activities, today, 1, &params)
        .last()
        .copied()
        .filter(|_| has_history);
    Baseline {
        weekly_km,
        longest_run_km,
        consistency: active_weeks as f64 / 8.0,
        ctl: today_fitness.map(|f| f.ctl),
        atl: today_fitness.map(|f| f.atl),
        recent_result: recent_race(activities, today, &params),
    }
}

/// The most recent run at a standard race distance that looks raced: titled as a race, run
/// clearly faster than usual, or at a high average heart rate.
pub fn recent_race(
    activities: &[Activity],
    today: NaiveDate,
    p: &LoadParams,
) -> Option<RaceResult> {
    runs_between(activities, back(today, RACE_LOOKBACK_DAYS), today)
        .filter_map(|a| {
            let km = a.distance_m / 1000.0;
            let standard = RACE_KM
                .into_iter()
                .find(|d| (km - d).abs() <= d * RACE_TOLERANCE)?;
            let time = if a.elapsed_s > 0.0 {
                a.elapsed_s
            } else {
                a.moving_s
            };
            if time <= 0.0 {
                return None;
            }
            let title = crate::history::import::text::lowercase(a.name.as_deref().unwrap_or(""));
            let titled = RACE_WORDS.iter().any(|w| title.contains(w));
            let fast = p
                .usual_run_speed
                .is_some_and(|u| a.distance_m / a.duration_s() >= 1.08 * u);
            let hard = a
                .avg_hr
                .is_some_and(|h| h >= p.hr_rest + 0.85 * (p.hr_max - p.hr_rest));
            (titled || fast || hard).then_some((a, standard, time))
        })
        .max_by_key(|(a, _, _)| a.start.timestamp())
        .map(|(a, standard, time)| RaceResult {
            date: a.date(),
            distance_km: standard,
            time_s: time.round().min(u32::MAX as f64) as u32,
        })
}

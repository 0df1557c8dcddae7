//! Input checks: every way a `PlanInput` can be unusable becomes a typed `PlanError`.

use super::error::PlanError;
use super::input::PlanInput;
use super::model::{Baseline, Race, Settings};
use super::science::MAX_DELOAD_DEPTH;

pub use super::horizon::{last_race_date, MAX_HORIZON_DAYS, MAX_HORIZON_YEARS};

/// Checks the input and returns the races sorted by date (stable, so ties keep input order).
pub fn validate(input: &PlanInput) -> Result<Vec<Race>, PlanError> {
    if input.races.is_empty() {
        return Err(PlanError::NoRaces);
    }
    let mut races = input.races.clone();
    races.sort_by_key(|r| r.date);
    for r in &races {
        check_race(input, r)?;
    }
    for pair in races.windows(2) {
        if let [a, b] = pair {
            if a.date == b.date {
                return Err(PlanError::TwoRacesOneDay {
                    first: a.name.clone(),
                    second: b.name.clone(),
                    date: a.date,
                });
            }
        }
    }
    check_settings(&input.settings)?;
    check_baseline(&input.baseline)?;
    Ok(races)
}

/// A race has a distance and lies between today and the horizon.
fn check_race(input: &PlanInput, r: &Race) -> Result<(), PlanError> {
    let km = r.distance.km();
    if !(km.is_finite() && km > 0.0) {
        return Err(PlanError::BadDistance {
            name: r.name.clone(),
        });
    }
    if r.date < input.today {
        return Err(PlanError::RaceInPast {
            name: r.name.clone(),
            date: r.date,
            today: input.today,
        });
    }
    if r.date > last_race_date(input.today) {
        return Err(PlanError::RaceTooFar {
            name: r.name.clone(),
            date: r.date,
        });
    }
    Ok(())
}

/// Available days, runs per week, maximum volume and deload depth are usable.
fn check_settings(s: &Settings) -> Result<(), PlanError> {
    let mut days = s.available_days.clone();
    days.sort_by_key(|d| d.num_days_from_monday());
    days.dedup();
    if days.is_empty() {
        return Err(PlanError::NoAvailableDay);
    }
    if s.runs_per_week == 0 || usize::from(s.runs_per_week) > days.len() {
        return Err(PlanError::BadRunsPerWeek {
            runs: s.runs_per_week,
            available: days.len(),
        });
    }
    if !(s.max_weekly_km.is_finite() && s.max_weekly_km > 0.0) {
        return Err(PlanError::BadMaxVolume);
    }
    if !(s.deload_depth.is_finite() && s.deload_depth > 0.0 && s.deload_depth <= MAX_DELOAD_DEPTH) {
        return Err(PlanError::BadDeloadDepth {
            percent: if s.deload_depth.is_finite() {
                s.deload_depth * 100.0
            } else {
                0.0
            },
        });
    }
    Ok(())
}

/// Every figure of the baseline is a number, zero or more.
fn check_baseline(b: &Baseline) -> Result<(), PlanError> {
    let checks = [
        (b.weekly_km, "weekly volume"),
        (b.longest_run_km, "longest run"),
        (b.consistency, "consistency"),
        (b.ctl.unwrap_or(0.0), "fitness"),
        (b.atl.unwrap_or(0.0), "fatigue"),
    ];
    for (value, what) in checks {
        if !(value.is_finite() && value >= 0.0) {
            return Err(PlanError::NegativeBaseline { what });
        }
    }
    Ok(())
}

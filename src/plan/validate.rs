//! Input checks: every way a `PlanInput` can be unusable becomes a typed `PlanError`.

use chrono::{Duration, NaiveDate};

use super::error::PlanError;
use super::model::{PlanInput, Race};
use super::science::MAX_DELOAD_DEPTH;

/// The furthest ahead a race may be, in years (keeps plans bounded in size).
pub const MAX_HORIZON_YEARS: i64 = 2;

/// The furthest ahead a race may be, in days: [`MAX_HORIZON_YEARS`] of 366 days.
pub const MAX_HORIZON_DAYS: i64 = MAX_HORIZON_YEARS * 366;

/// The last date a race may be on when planning from `today`.
pub fn last_race_date(today: NaiveDate) -> NaiveDate {
    today + Duration::days(MAX_HORIZON_DAYS)
}

/// Checks the input and returns the races sorted by date (stable, so ties keep input order).
pub fn validate(input: &PlanInput) -> Result<Vec<Race>, PlanError> {
    if input.races.is_empty() {
        return Err(PlanError::NoRaces);
    }
    let mut races = input.races.clone();
    races.sort_by_key(|r| r.date);
    for r in &races {
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
    let s = &input.settings;
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
    let b = &input.baseline;
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
    Ok(races)
}

//! The planning core: races + settings + baseline + today -> a periodized plan.
//!
//! Pure and deterministic: no clock, no I/O, no browser. The one entry point is [`generate`].

pub mod error;
pub mod model;
pub mod output;
pub mod reason;

pub use error::PlanError;
pub use model::*;
pub use output::*;
pub use reason::{Reason, Warning};

use chrono::Duration;

/// Turns everything the runner told us into a plan, or says why it cannot.
pub fn generate(input: &PlanInput) -> Result<Plan, PlanError> {
    let mut races = input.races.clone();
    races.sort_by(|a, b| a.date.cmp(&b.date));
    let Some(last) = races.last() else {
        return Err(PlanError::NoRaces);
    };
    if let Some(r) = races.iter().find(|r| r.date < input.today) {
        return Err(PlanError::RaceInPast {
            name: r.name.clone(),
            date: r.date,
            today: input.today,
        });
    }
    let ws = input.settings.week_start.weekday();
    let start = input.today - Duration::days(input.today.weekday().days_since(ws) as i64);
    let mut weeks = Vec::new();
    let mut week_start = start;
    while week_start <= last.date {
        let days = (0..7)
            .map(|i| {
                let date = week_start + Duration::days(i);
                let race = races.iter().position(|r| r.date == date);
                Day {
                    date,
                    kind: if race.is_some() {
                        WorkoutKind::Race
                    } else {
                        WorkoutKind::Rest
                    },
                    km: race.map(|i| races[i].distance.km()).unwrap_or(0.0),
                    minutes: 0.0,
                    effort: Effort::Rest,
                    pace: None,
                    race,
                }
            })
            .collect();
        weeks.push(Week {
            start: week_start,
            phase: Phase::Base,
            kind: WeekKind::Load,
            km: input.baseline.weekly_km,
            long_run_km: input.baseline.longest_run_km,
            reasons: vec![],
            days,
        });
        week_start += Duration::days(7);
    }
    Ok(Plan {
        weeks,
        warnings: vec![],
        projection: vec![],
        races,
    })
}

use chrono::Datelike;

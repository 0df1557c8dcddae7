//! `--previous PLAN.json`: an earlier JSON output of `periodize plan`, read back as the season's
//! frozen weeks (its days as they were planned) and the season's first day.
//!
//! The report holds what a runner sees, so what it lacks is rebuilt from the workout type: the
//! effort of each day, no pace, no reasons (the weeks keep their phase and kind).

use chrono::NaiveDate;
use serde::Deserialize;

use super::fields::{date, ScenarioError};
use crate::plan::kinds::{Phase, WeekKind, WorkoutKind};
use crate::plan::model::Units;
use crate::plan::output::{Day, Week};

#[derive(Deserialize)]
struct RawReport {
    units: Units,
    #[serde(default)]
    season_start: Option<String>,
    weeks: Vec<RawWeek>,
}

#[derive(Deserialize)]
struct RawWeek {
    start: String,
    phase: Phase,
    kind: WeekKind,
    days: Vec<RawDay>,
}

#[derive(Deserialize)]
struct RawDay {
    date: String,
    #[serde(rename = "type")]
    kind: String,
    volume: f64,
    minutes: f64,
    #[serde(default)]
    title: String,
}

/// The earlier plan: its season's first day (where it says) and its weeks as frozen weeks.
pub struct Previous {
    pub season_start: Option<NaiveDate>,
    pub weeks: Vec<Week>,
}

/// Reads an earlier JSON output of `periodize plan`.
pub fn parse_previous(json: &str) -> Result<Previous, ScenarioError> {
    let raw: RawReport = serde_json::from_str(json)
        .map_err(|e| ScenarioError::Json(format!("the previous plan: {e}")))?;
    let units = raw.units;
    let weeks = raw
        .weeks
        .into_iter()
        .map(|w| week(w, units))
        .collect::<Result<_, _>>()?;
    Ok(Previous {
        season_start: raw
            .season_start
            .as_deref()
            .map(|d| date("the previous plan's season_start", d))
            .transpose()?,
        weeks,
    })
}

fn week(w: RawWeek, units: Units) -> Result<Week, ScenarioError> {
    let days: Vec<Day> = w
        .days
        .into_iter()
        .map(|d| day(d, units))
        .collect::<Result<_, _>>()?;
    let km = days.iter().map(|d| d.km).sum();
    let long_run_km = days
        .iter()
        .filter(|d| d.kind == WorkoutKind::Long)
        .map(|d| d.km)
        .fold(0.0, f64::max);
    Ok(Week {
        start: date("a previous week's start", &w.start)?,
        phase: w.phase,
        kind: w.kind,
        km,
        long_run_km,
        reasons: Vec::new(),
        days,
        past: false,
        actual_km: None,
    })
}

fn day(d: RawDay, units: Units) -> Result<Day, ScenarioError> {
    let kind = WorkoutKind::from_label(&d.kind).ok_or(ScenarioError::BadWorkoutType(d.kind))?;
    let ok = |x: f64| x.is_finite() && x >= 0.0;
    if !ok(d.volume) || !ok(d.minutes) {
        return Err(ScenarioError::BadAmount {
            field: "a previous day's volume or minutes",
            value: if ok(d.volume) { d.minutes } else { d.volume },
        });
    }
    let race_name = (kind == WorkoutKind::Race).then(|| {
        d.title
            .strip_prefix("Race: ")
            .unwrap_or(&d.title)
            .to_string()
    });
    Ok(Day {
        date: date("a previous day's date", &d.date)?,
        kind,
        km: units.to_km(d.volume),
        minutes: d.minutes,
        effort: kind.usual_effort(),
        pace: None,
        race: None,
        hard_minutes: if kind == WorkoutKind::Race {
            d.minutes
        } else {
            0.0
        },
        note: None,
        race_name,
        status: Default::default(),
        actual: None,
        replaced: None,
        user_note: None,
        conflict: None,
    })
}

//! The season fields of SCENARIO.json: `season_start`, `log` (the runner's marks) and
//! `overrides` (hand edits of future days).
//!
//! ```json
//! {"season_start": "2027-01-04",
//!  "log": [{"date": "2027-01-05", "status": "done", "distance": 8, "minutes": 45},
//!          {"date": "2027-01-06", "status": "skipped"}],
//!  "overrides": [{"date": "2027-01-20", "type": "tempo", "volume": 10, "note": "with the club"},
//!                {"date": "2027-01-21", "move_to": "2027-01-22"}]}
//! ```

use serde::Deserialize;

use super::fields::{date, ScenarioError};
use crate::plan::kinds::WorkoutKind;
use crate::plan::model::Units;
use crate::plan::season::{Change, Mark, MarkStatus, Override};

/// One entry of `log`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawMark {
    date: String,
    status: String,
    #[serde(default)]
    distance: Option<f64>,
    #[serde(default)]
    minutes: Option<f64>,
}

/// One entry of `overrides`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOverride {
    date: String,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    volume: Option<f64>,
    #[serde(default)]
    minutes: Option<f64>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    move_to: Option<String>,
}

/// A distance or time of the season fields: a number, zero or more.
fn amount(field: &'static str, v: Option<f64>) -> Result<Option<f64>, ScenarioError> {
    match v {
        Some(x) if !(x.is_finite() && x >= 0.0) => {
            Err(ScenarioError::BadAmount { field, value: x })
        }
        other => Ok(other),
    }
}

/// A mark: done, partial or skipped, the distance in `units`.
pub(super) fn mark(m: RawMark, units: Units) -> Result<Mark, ScenarioError> {
    let status = match m.status.trim().to_ascii_lowercase().as_str() {
        "done" => MarkStatus::Done,
        "partial" => MarkStatus::Partial,
        "skipped" | "skip" => MarkStatus::Skipped,
        _ => return Err(ScenarioError::BadMarkStatus(m.status)),
    };
    Ok(Mark {
        date: date("a log date", &m.date)?,
        status,
        km: amount("a log distance", m.distance)?.map(|d| units.to_km(d)),
        minutes: amount("a log's minutes", m.minutes)?,
    })
}

/// An override: a workout (or rest), a move to another day, or only a note.
pub(super) fn edit(o: RawOverride, units: Units) -> Result<Override, ScenarioError> {
    let day = date("an override date", &o.date)?;
    let change = match (o.kind.as_deref(), o.move_to.as_deref()) {
        (Some(_), Some(_)) => return Err(ScenarioError::OverrideTypeAndMove(o.date)),
        (None, Some(to)) => Change::MoveTo {
            to: date("an override's move_to", to)?,
        },
        (Some(kind), None) => {
            let k = kind.trim().to_ascii_lowercase();
            let kind = WorkoutKind::from_label(&k)
                .filter(|k| *k != WorkoutKind::Race)
                .ok_or_else(|| ScenarioError::BadWorkoutType(kind.to_string()))?;
            Change::Workout {
                kind,
                km: amount("an override's volume", o.volume)?.map(|v| units.to_km(v)),
                minutes: amount("an override's minutes", o.minutes)?,
            }
        }
        (None, None) if o.note.is_some() => Change::Note,
        (None, None) => return Err(ScenarioError::EmptyOverride(o.date)),
    };
    Ok(Override {
        date: day,
        change,
        note: o.note.filter(|n| !n.trim().is_empty()),
    })
}

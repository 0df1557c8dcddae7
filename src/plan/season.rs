//! The season the plan belongs to: where it starts, the past weeks as they were planned, what the
//! runner marked, the runs actually done, and the hand edits. A leaf of input types: the planner
//! reads it through `PlanInput::season`.
//!
//! With no start the season begins today (a fresh plan on every call, as before seasons existed).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::kinds::WorkoutKind;
use super::output::Week;

/// How the runner marked a past day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkStatus {
    /// Done (as planned, or with the distance given).
    Done,
    /// Done in part (the distance given, else half the plan).
    Partial,
    /// Not done, on purpose.
    Skipped,
}

/// A quick mark on a past day, for runners who import nothing ("done as planned", "done: 8 km",
/// "skipped").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mark {
    pub date: NaiveDate,
    pub status: MarkStatus,
    /// Distance run in km, when the runner gave one.
    #[serde(default)]
    pub km: Option<f64>,
    /// Minutes run, when the runner gave them.
    #[serde(default)]
    pub minutes: Option<f64>,
}

/// One run actually done (from imported history): its local date, distance and time.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Run {
    pub date: NaiveDate,
    pub km: f64,
    pub minutes: f64,
}

/// What a hand edit does to its day.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// Another workout (a rest day with `Rest`); distance and minutes as given, else the plan's.
    Workout {
        kind: WorkoutKind,
        #[serde(default)]
        km: Option<f64>,
        #[serde(default)]
        minutes: Option<f64>,
    },
    /// Swap this day with another day of the same week.
    MoveTo { to: NaiveDate },
    /// Only a note; the plan's workout stays.
    Note,
}

/// A hand edit of one future day, kept through every re-plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Override {
    pub date: NaiveDate,
    pub change: Change,
    /// The runner's note on the day.
    #[serde(default)]
    pub note: Option<String>,
}

/// Everything the planner knows about the season beyond today's inputs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Season {
    /// The season's first day (set when the runner first planned it); none = today.
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// Weeks as they were planned (at least their days before today), kept exactly.
    #[serde(default)]
    pub frozen: Vec<Week>,
    /// The runner's marks on past days.
    #[serde(default)]
    pub marks: Vec<Mark>,
    /// Runs actually done (imported), several a day allowed.
    #[serde(default)]
    pub runs: Vec<Run>,
    /// The last day imported history covers: later past days are unknown, not zero.
    #[serde(default)]
    pub history_end: Option<NaiveDate>,
    /// Hand edits of future days.
    #[serde(default)]
    pub overrides: Vec<Override>,
}

impl Season {
    /// The season's first day as of `today`: the stored start, never after today.
    pub fn first_day(&self, today: NaiveDate) -> NaiveDate {
        self.start.map_or(today, |s| s.min(today))
    }
}

//! What became of a day: its status against the plan and what was actually run. A leaf.

use serde::{Deserialize, Serialize};

/// A day's status against its plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayStatus {
    /// Today or later: still to do.
    #[default]
    Planned,
    /// Past, with nothing imported or marked: counted as planned.
    Unknown,
    /// Past rest day with nothing run.
    Rest,
    /// Run (about) as planned.
    Done,
    /// Run, but well short of the plan.
    Partial,
    /// A planned run with no run on the day (history covers it).
    Missed,
    /// Marked skipped by the runner.
    Skipped,
    /// A run on a rest day, or well beyond the plan.
    Extra,
}

impl DayStatus {
    /// The status's label in output files and the UI ("done", "missed", ...).
    pub fn label(self) -> &'static str {
        match self {
            DayStatus::Planned => "planned",
            DayStatus::Unknown => "unknown",
            DayStatus::Rest => "rest",
            DayStatus::Done => "done",
            DayStatus::Partial => "partial",
            DayStatus::Missed => "missed",
            DayStatus::Skipped => "skipped",
            DayStatus::Extra => "extra",
        }
    }
}

/// What was actually run on a day: distance in km and minutes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Actual {
    pub km: f64,
    pub minutes: f64,
}

/// What the plan had on a day a hand edit replaced.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Replaced {
    pub kind: super::kinds::WorkoutKind,
    pub km: f64,
}

/// Why a hand edit no longer fits the plan around it (it is kept; the runner may revert it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Conflict {
    /// A race is now planned on the edited day.
    RaceDay,
    /// The week is now a taper, race, deload or recovery week and the edit is harder or longer
    /// than its plan.
    LighterWeek,
    /// A move to a day outside the edited day's week (not applied).
    MoveOutsideWeek,
    /// The edited day is outside the season's weeks (not applied).
    OutsideSeason,
}

impl Conflict {
    /// The conflict in words.
    pub fn text(self) -> &'static str {
        match self {
            Conflict::RaceDay => "a race is now planned on this day",
            Conflict::LighterWeek => {
                "this week is now lighter (taper, race, deload or recovery) and the edit asks for more"
            }
            Conflict::MoveOutsideWeek => "a day can only move within its week",
            Conflict::OutsideSeason => "the day is outside the season",
        }
    }
}

//! What `plan::generate` returns: weeks of days, each with its reasons, plus warnings and the
//! projected fitness/fatigue/form. Distances are kilometres; render with `Units`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use super::kinds::PaceRange;
use super::kinds::{Effort, Phase, WeekKind, WorkoutKind};
use super::reason::{Reason, Warning};
use super::status::{Actual, Conflict, DayStatus, Replaced};

/// One day of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Day {
    pub date: NaiveDate,
    pub kind: WorkoutKind,
    /// Planned running distance in km (0 for rest and cross-training).
    pub km: f64,
    /// Planned duration in minutes.
    pub minutes: f64,
    pub effort: Effort,
    /// Target pace, when a goal time or recent result allows one.
    pub pace: Option<PaceRange>,
    /// Index into `Plan::races` when this day is a race.
    pub race: Option<usize>,
    /// Minutes of the session at quality effort (tempo block, intervals, race pace, hills).
    #[serde(default)]
    pub hard_minutes: f64,
    /// Why the day looks the way it does, where that is not the week's normal pattern.
    #[serde(default)]
    pub note: Option<DayNote>,
    /// The race's name on race days (so a day can describe itself).
    #[serde(default)]
    pub race_name: Option<String>,
    /// Past days: what became of the plan (`Planned` from today on).
    #[serde(default)]
    pub status: DayStatus,
    /// Past days: what was run, where known (imported or marked).
    #[serde(default)]
    pub actual: Option<Actual>,
    /// A hand edit set this day: what the plan had there.
    #[serde(default)]
    pub replaced: Option<Replaced>,
    /// The runner's note on the day.
    #[serde(default)]
    pub user_note: Option<String>,
    /// The hand edit on this day no longer fits the plan (kept, with this warning).
    #[serde(default)]
    pub conflict: Option<Conflict>,
}

/// A day-level remark: what shaped this particular day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayNote {
    /// The day is before today: already lived, nothing planned.
    BeforeToday,
    /// An easy day in the recovery after a race.
    PostRace,
    /// The easy day (or days) just before a race.
    PreRace,
    /// The runner marked this weekday unavailable.
    Unavailable,
}

/// One week of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Week {
    pub start: NaiveDate,
    pub phase: Phase,
    pub kind: WeekKind,
    pub km: f64,
    pub long_run_km: f64,
    pub reasons: Vec<Reason>,
    /// Seven days, starting at `start`.
    pub days: Vec<Day>,
    /// The whole week lies before today (kept as it was planned).
    #[serde(default)]
    pub past: bool,
    /// Weeks begun before today: the running km counted as done on the days before today (what
    /// was run where known, the plan where unknown).
    #[serde(default)]
    pub actual_km: Option<f64>,
}

/// Projected fitness (CTL), fatigue (ATL) and form (TSB) on one day.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormPoint {
    pub date: NaiveDate,
    pub ctl: f64,
    pub atl: f64,
    pub tsb: f64,
}

/// The whole periodized season.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub weeks: Vec<Week>,
    pub warnings: Vec<Warning>,
    /// One point per plan day.
    pub projection: Vec<FormPoint>,
    /// The input races, sorted by date (days refer to them by index).
    pub races: Vec<super::model::Race>,
    /// The season's first day: weeks are counted from the week holding it.
    #[serde(default)]
    pub season_start: NaiveDate,
    /// The easy days after each race (index as `races`), sized from the plan's own weeks before
    /// it (`recovery::days_from_plan`).
    #[serde(default)]
    pub recovery_days: Vec<u32>,
}

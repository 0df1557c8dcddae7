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

/// What a hand edit does to its day. Written with its fields beside a `change` tag; read back
/// through [`ChangeFields`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case", try_from = "ChangeFields")]
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

/// A [`Change`] as its JSON holds it: the tag and every variant's fields, flat. Reading this
/// struct needs no buffering, where the reader derived for an internally tagged enum buffers
/// each value first (about 8 KB more of the app's wasm, before optimisation).
#[derive(Deserialize)]
struct ChangeFields {
    change: ChangeTag,
    #[serde(default)]
    kind: Option<WorkoutKind>,
    #[serde(default)]
    km: Option<f64>,
    #[serde(default)]
    minutes: Option<f64>,
    #[serde(default)]
    to: Option<NaiveDate>,
}

#[derive(Deserialize)]
#[serde(rename_all = "snake_case")]
enum ChangeTag {
    Workout,
    MoveTo,
    Note,
}

impl TryFrom<ChangeFields> for Change {
    type Error = &'static str;

    fn try_from(f: ChangeFields) -> Result<Self, Self::Error> {
        Ok(match f.change {
            ChangeTag::Workout => Change::Workout {
                kind: f.kind.ok_or("missing field `kind`")?,
                km: f.km,
                minutes: f.minutes,
            },
            ChangeTag::MoveTo => Change::MoveTo {
                to: f.to.ok_or("missing field `to`")?,
            },
            ChangeTag::Note => Change::Note,
        })
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_reads_back_what_it_writes_and_the_tagged_form() {
        let to = NaiveDate::from_ymd_opt(2027, 1, 7).unwrap();
        for change in [
            Change::Workout {
                kind: WorkoutKind::Tempo,
                km: Some(8.5),
                minutes: None,
            },
            Change::Workout {
                kind: WorkoutKind::Rest,
                km: None,
                minutes: Some(30.0),
            },
            Change::MoveTo { to },
            Change::Note,
        ] {
            let text = serde_json::to_string(&change).unwrap();
            assert_eq!(
                serde_json::from_str::<Change>(&text).unwrap(),
                change,
                "{text}"
            );
        }
        let read = |t: &str| serde_json::from_str::<Change>(t);
        assert_eq!(
            read(r#"{"kind":"easy","change":"workout"}"#).unwrap(),
            Change::Workout {
                kind: WorkoutKind::Easy,
                km: None,
                minutes: None
            }
        );
        assert_eq!(
            read(r#"{"change":"move_to","to":"2027-01-07"}"#).unwrap(),
            Change::MoveTo { to }
        );
        let missing = read(r#"{"change":"workout","km":5}"#).unwrap_err();
        assert!(
            missing.to_string().contains("missing field `kind`"),
            "{missing}"
        );
        assert!(read(r#"{"change":"move_to"}"#).is_err());
        assert!(read(r#"{"change":"sprint"}"#).is_err());
    }
}

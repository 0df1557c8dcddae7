//! Typed reasons (why a week is what it is) and warnings (where the plan is compromised).
//! The UI renders them with `text`, so numbers are formatted in the runner's units.

use serde::{Deserialize, Serialize};

use super::model::Units;

/// Why a week has the phase, kind and volume it has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// A normal training week in a phase leading to a race.
    Phase { race: String, weeks_to_race: u32 },
}

impl Reason {
    /// A one-line explanation a runner understands.
    pub fn text(&self, _units: Units) -> String {
        match self {
            Reason::Phase {
                race,
                weeks_to_race,
            } => format!("{weeks_to_race} weeks to {race}"),
        }
    }
}

/// A compromise in the plan the runner should know about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
pub enum Warning {
    /// Less time before an A race than its distance needs.
    ShortBuild {
        race: String,
        weeks: u32,
        recommended_weeks: u32,
    },
}

impl Warning {
    /// A one-line explanation a runner understands.
    pub fn text(&self, _units: Units) -> String {
        match self {
            Warning::ShortBuild {
                race,
                weeks,
                recommended_weeks,
            } => format!(
                "{race} is {weeks} weeks away; at least {recommended_weeks} weeks are recommended"
            ),
        }
    }
}

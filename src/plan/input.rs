//! The planner's one input value: what the runner told us, today's date and the season so far.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::{Baseline, Checkin, Race, Settings};
use super::season::Season;

/// Everything `plan::generate` needs, in one value. "Today" is a parameter: the core reads no clock.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanInput {
    pub today: NaiveDate,
    pub races: Vec<Race>,
    pub settings: Settings,
    pub baseline: Baseline,
    #[serde(default)]
    pub checkins: Vec<Checkin>,
    /// The season so far: its start, frozen weeks, marks, runs done and hand edits.
    #[serde(default)]
    pub season: Season,
}

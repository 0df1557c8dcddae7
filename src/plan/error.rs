//! Why a plan cannot be made, in words a runner understands.

use chrono::NaiveDate;
use thiserror::Error;

/// Input the planner cannot turn into a plan.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum PlanError {
    #[error("add at least one race to plan towards")]
    NoRaces,
    #[error(
        "the race \"{name}\" on {date} is before today ({today}); change its date or remove it"
    )]
    RaceInPast {
        name: String,
        date: NaiveDate,
        today: NaiveDate,
    },
}

//! Why a plan cannot be made, in words a runner understands.

use chrono::NaiveDate;
use thiserror::Error;

/// Input the planner cannot turn into a plan.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum PlanError {
    /// There is nothing to plan towards.
    #[error("add at least one race to plan towards")]
    NoRaces,
    /// A race lies before today.
    #[error(
        "the race \"{name}\" on {date} is before today ({today}); change its date or remove it"
    )]
    RaceInPast {
        name: String,
        date: NaiveDate,
        today: NaiveDate,
    },
    /// Two races share a date.
    #[error("\"{first}\" and \"{second}\" are both on {date}; a plan can hold one race per day")]
    TwoRacesOneDay {
        first: String,
        second: String,
        date: NaiveDate,
    },
    /// A race distance of zero, below zero or not a number.
    #[error("the race \"{name}\" needs a distance above zero")]
    BadDistance { name: String },
    /// A race too far away to plan sensibly.
    #[error(
        "the race \"{name}\" on {date} is more than {years} years away; plan a nearer race first",
        years = super::horizon::MAX_HORIZON_YEARS
    )]
    RaceTooFar { name: String, date: NaiveDate },
    /// No weekday is marked available for training.
    #[error("choose at least one weekday you can run on")]
    NoAvailableDay,
    /// Runs per week is zero or more than the available days.
    #[error("runs per week must be between 1 and your {available} available days (got {runs})")]
    BadRunsPerWeek { runs: u8, available: usize },
    /// The baseline has a negative or non-numeric figure.
    #[error("your current {what} cannot be negative")]
    NegativeBaseline { what: &'static str },
    /// The maximum weekly volume is zero, negative or not a number.
    #[error("the maximum weekly volume must be above zero")]
    BadMaxVolume,
    /// The deload depth lies outside 0-50%.
    #[error("a deload should cut between 0% and 50% of the volume (got {percent:.0}%)")]
    BadDeloadDepth { percent: f64 },
    /// A race in another sport than running.
    #[error("\"{name}\" is a {sport} race; Periodize plans running races only")]
    NotARunningRace { name: String, sport: String },
}

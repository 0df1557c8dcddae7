//! The season as the document stores it: its start date, the runner's marks on past days and
//! the hand edits of future days. Frozen past weeks are not stored: the planner replays them
//! from the start with the stored marks, runs and edits (the core supports that), so the
//! document stays small.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::plan::{Mark, Override};

/// The stored season (schema version 4 on).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredSeason {
    /// The season's first day: set when the runner first plans, moved only by "Start over".
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// The runner's marks on past days, at most one per date.
    #[serde(default)]
    pub marks: Vec<Mark>,
    /// Hand edits of days, at most one per date.
    #[serde(default)]
    pub overrides: Vec<Override>,
}

impl StoredSeason {
    /// Marks and overrides in date order, one of each per date (the last kept).
    pub fn normalize(&mut self) {
        let marks: BTreeMap<NaiveDate, Mark> = self.marks.drain(..).map(|m| (m.date, m)).collect();
        self.marks = marks.into_values().collect();
        let overrides: BTreeMap<NaiveDate, Override> =
            self.overrides.drain(..).map(|o| (o.date, o)).collect();
        self.overrides = overrides.into_values().collect();
    }

    /// The mark of `date`.
    pub fn mark(&self, date: NaiveDate) -> Option<&Mark> {
        self.marks.iter().find(|m| m.date == date)
    }

    /// The hand edit of `date`.
    pub fn override_on(&self, date: NaiveDate) -> Option<&Override> {
        self.overrides.iter().find(|o| o.date == date)
    }
}

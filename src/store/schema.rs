//! The stored document (schema version 4): everything the runner entered, in one serde value.
//!
//! Pure: no browser. The store keeps documents in a canonical order (see [`Document::normalize`])
//! so two documents with the same content compare equal.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::prefs::Prefs;
use super::season::StoredSeason;
use crate::history::{self, Activity};
use crate::plan::{Baseline, Checkin, PlanInput, Race, Season, Settings};

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = 4;

/// The largest race id the store hands out: 2^53 - 1, so ids stay exact when JavaScript reads them.
pub const MAX_RACE_ID: u64 = (1 << 53) - 1;

/// The stable id of a race inside a document.
pub type RaceId = u64;

/// A race with the stable id the store and UI use to edit, delete and merge it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StoredRace {
    /// Stable identity of the race, unique within a document (never reused for another race).
    pub id: RaceId,
    /// The race itself, as the planner reads it.
    pub race: Race,
    /// Whether the race belongs to the example season (cleared together; stored only when true).
    #[serde(default, skip_serializing_if = "is_false")]
    pub example: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Where the planner's baseline comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BaselineSource {
    /// The baseline the runner typed in by hand ([`Document::baseline`]).
    #[default]
    Manual,
    /// The baseline computed from the imported activities.
    History,
}

/// Everything the runner entered, as stored (schema version [`SCHEMA_VERSION`]).
///
/// The version number is not a field: it is written next to the fields by the encoder
/// (see `store::migrate`), so a value of this type is always the current version.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The races of the season, each with a stable id.
    pub races: Vec<StoredRace>,
    /// The runner's preferences and limits.
    pub settings: Settings,
    /// Whether the planner uses the manual baseline or the one computed from history.
    #[serde(default)]
    pub baseline_source: BaselineSource,
    /// The baseline typed in by hand.
    pub baseline: Baseline,
    /// Whether the runner said the typed baseline's figures are theirs (stored only when
    /// true). Until then a figure still at its default is an assumption, shown as one
    /// (`store::assumed`); a figure that differs from its default was typed.
    #[serde(default, skip_serializing_if = "is_false")]
    pub baseline_confirmed: bool,
    /// Imported (or typed-in) training sessions.
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// Readiness check-ins, at most one per date.
    #[serde(default)]
    pub checkins: Vec<Checkin>,
    /// Theme and last view.
    #[serde(default)]
    pub prefs: Prefs,
    /// The season: its start, the runner's marks and hand edits.
    #[serde(default)]
    pub season: StoredSeason,
}

/// The identity of an activity for merging and de-duplication: its start instant and sport.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct ActivityKey {
    /// Start instant, seconds since the Unix epoch (UTC).
    pub secs: i64,
    /// Sub-second part of the start instant.
    pub nanos: u32,
    /// The sport, as its position in `Sport`.
    pub sport: u8,
}

impl ActivityKey {
    /// The key of one activity.
    pub fn of(a: &Activity) -> Self {
        ActivityKey {
            secs: a.start.timestamp(),
            nanos: a.start.timestamp_subsec_nanos(),
            sport: a.sport as u8,
        }
    }
}

/// The first and last date a document mentions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    /// The earliest date.
    pub first: NaiveDate,
    /// The latest date.
    pub last: NaiveDate,
}

impl Document {
    /// The races alone, as the planner takes them.
    pub fn plan_races(&self) -> Vec<Race> {
        self.races.iter().map(|r| r.race.clone()).collect()
    }

    /// The planner's input for `today`: races, settings and check-ins, with the baseline the
    /// runner chose: the one computed from the imported activities (computed only then), or
    /// the typed one (also when history is chosen but nothing is imported); and the stored
    /// season (start, marks, hand edits) with the runs imported, so the plan stays put.
    ///
    /// A season with a start takes its history baseline on the day before the start, so the
    /// season's own runs never move its starting point (as `periodize plan --history` does).
    pub fn plan_input(&self, today: NaiveDate) -> PlanInput {
        let season = Season {
            start: self.season.start,
            frozen: self.season.frozen.clone(),
            marks: self.season.marks.clone(),
            runs: history::season::runs(&self.activities),
            history_end: history::season::history_end(&self.activities),
            overrides: self.season.overrides.clone(),
        };
        let baseline_day = match season.start {
            Some(_) => history::season::baseline_day(season.first_day(today)),
            None => today,
        };
        let from_history = match self.baseline_source {
            BaselineSource::History => self.history_baseline(baseline_day),
            BaselineSource::Manual => None,
        };
        PlanInput {
            today,
            races: self.plan_races(),
            settings: self.settings.clone(),
            baseline: from_history.unwrap_or_else(|| self.baseline.clone()),
            checkins: self.checkins.clone(),
            season,
        }
    }

    /// The baseline computed from the imported activities (none without activities).
    pub fn history_baseline(&self, today: NaiveDate) -> Option<Baseline> {
        (!self.activities.is_empty()).then(|| history::baseline(&self.activities, today))
    }

    /// Whether the example season is loaded (some race is an example race).
    pub fn has_example(&self) -> bool {
        self.races.iter().any(|r| r.example)
    }

    /// The race with this id.
    pub fn race(&self, id: u64) -> Option<&StoredRace> {
        self.races.iter().find(|r| r.id == id)
    }

    /// An id no race in this document uses, derived from `seed` (pass a random number so
    /// that two tabs adding a race at the same time pick different ids).
    pub fn unused_race_id(&self, seed: u64) -> u64 {
        let mut id = seed & MAX_RACE_ID;
        loop {
            if id != 0 && self.race(id).is_none() {
                return id;
            }
            id = if id >= MAX_RACE_ID { 1 } else { id + 1 };
        }
    }

    /// Puts the document in canonical order and removes duplicates:
    /// races by date then id (a repeated id gets a fresh one, nothing is dropped),
    /// activities by start time (one per [`ActivityKey`], the first kept),
    /// check-ins by date (one per date, the last kept), the season's marks and edits by date
    /// (one of each per date, the last kept).
    pub fn normalize(&mut self) {
        self.normalize_races();
        self.normalize_activities();
        self.normalize_checkins();
        self.season.normalize();
    }

    /// The races part of [`Document::normalize`].
    pub(crate) fn normalize_races(&mut self) {
        let mut seen = std::collections::BTreeSet::new();
        let mut repeated = Vec::new();
        for (i, r) in self.races.iter().enumerate() {
            if !seen.insert(r.id) {
                repeated.push(i);
            }
        }
        for i in repeated {
            let fresh = self
                .races
                .iter()
                .map(|r| r.id)
                .max()
                .unwrap_or(0)
                .saturating_add(1);
            let fresh = self.unused_race_id(fresh);
            if let Some(r) = self.races.get_mut(i) {
                r.id = fresh;
            }
        }
        self.races
            .sort_by(|a, b| a.race.date.cmp(&b.race.date).then(a.id.cmp(&b.id)));
    }

    /// The activities part of [`Document::normalize`].
    pub(crate) fn normalize_activities(&mut self) {
        let mut acts: BTreeMap<ActivityKey, Activity> = BTreeMap::new();
        for a in self.activities.drain(..) {
            acts.entry(ActivityKey::of(&a)).or_insert(a);
        }
        self.activities = acts.into_values().collect();
    }

    /// The check-ins part of [`Document::normalize`].
    pub(crate) fn normalize_checkins(&mut self) {
        let mut checks: BTreeMap<NaiveDate, Checkin> = BTreeMap::new();
        for c in self.checkins.drain(..) {
            checks.insert(c.date, c);
        }
        self.checkins = checks.into_values().collect();
    }

    /// The document in canonical order (see [`Document::normalize`]).
    pub fn normalized(mut self) -> Self {
        self.normalize();
        self
    }

    /// The first and last date among races, activities and check-ins, if there are any.
    pub fn date_range(&self) -> Option<DateRange> {
        let dates = self
            .races
            .iter()
            .map(|r| r.race.date)
            .chain(self.activities.iter().map(|a| start_date(&a.start)))
            .chain(self.checkins.iter().map(|c| c.date));
        dates.fold(None, |acc, d| match acc {
            None => Some(DateRange { first: d, last: d }),
            Some(r) => Some(DateRange {
                first: r.first.min(d),
                last: r.last.max(d),
            }),
        })
    }
}

/// The local calendar date an activity started on.
fn start_date(start: &DateTime<FixedOffset>) -> NaiveDate {
    start.date_naive()
}

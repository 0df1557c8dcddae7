//! Schema version 1, frozen as the first build wrote it, and its migration (through version 2,
//! which had no example races to mark since version 1 had none either) to the current one.

use serde::Deserialize;

use crate::plan::{Baseline, Checkin, Race, Settings};
use crate::store::prefs::Prefs;
use crate::store::schema::{self, BaselineSource, StoredRace};

/// The version-1 document (races had no ids; the baseline was always manual).
#[derive(Deserialize)]
pub struct Document {
    pub races: Vec<Race>,
    pub settings: Settings,
    pub baseline: Baseline,
    #[serde(default)]
    pub checkins: Vec<Checkin>,
}

impl From<Document> for schema::Document {
    /// Races are numbered 1..=n in stored order; the baseline stays manual; no activities.
    fn from(old: Document) -> Self {
        schema::Document {
            races: (1u64..)
                .zip(old.races)
                .map(|(id, race)| StoredRace {
                    id,
                    race,
                    example: false,
                })
                .collect(),
            settings: super::defaults::with_current_default_depth(old.settings),
            baseline_source: BaselineSource::Manual,
            baseline: old.baseline,
            baseline_confirmed: false,
            activities: Vec::new(),
            checkins: old.checkins,
            prefs: Prefs::default(),
            season: Default::default(),
        }
    }
}

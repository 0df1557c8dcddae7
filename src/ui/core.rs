//! The UI's one doorway into the core modules (plan, history, export, store).
//!
//! Components call these small functions instead of the modules directly, so the UI depends
//! on one narrow surface. Nothing here plans or parses by itself.

use chrono::NaiveDate;

use crate::history::fitness::DayFitness;
use crate::history::volume::WeekVolume;
use crate::history::{self, Activity};
use crate::plan::{self, Baseline, Plan, PlanError, PlanInput, Race, Units, WeekStart};
use crate::store::{self, BaselineSource, Document, StoredRace};

/// The stable id of a race inside the document.
pub type RaceId = u64;

/// The planner input the document describes, as of `today`.
pub fn plan_input(doc: &Document, today: NaiveDate) -> PlanInput {
    PlanInput {
        today,
        races: doc.plan_races(),
        settings: doc.settings.clone(),
        baseline: current_baseline(doc, today),
        checkins: doc.checkins.clone(),
    }
}

/// The baseline the planner starts from: from history when chosen and available, else typed.
pub fn current_baseline(doc: &Document, today: NaiveDate) -> Baseline {
    match (doc.baseline_source, doc.activities.is_empty()) {
        (BaselineSource::History, false) => history::baseline(&doc.activities, today),
        _ => doc.baseline.clone(),
    }
}

/// Plans the season (the only place the UI asks for a plan).
pub fn make_plan(input: &PlanInput) -> Result<Plan, PlanError> {
    plan::generate(input)
}

/// The races with their ids, in stored order.
pub fn races(doc: &Document) -> Vec<(RaceId, Race)> {
    doc.races.iter().map(|r| (r.id, r.race.clone())).collect()
}

/// Adds a race (id `None`) or replaces the race with that id.
pub fn upsert_race(doc: &mut Document, id: Option<RaceId>, race: Race) {
    match id.and_then(|id| doc.races.iter_mut().find(|r| r.id == id)) {
        Some(slot) => slot.race = race,
        None => {
            let id = store::new_race_id(doc);
            doc.races.push(StoredRace { id, race });
        }
    }
}

/// Removes the race with that id.
pub fn delete_race(doc: &mut Document, id: RaceId) {
    doc.races.retain(|r| r.id != id);
}

/// The .ics calendar text of a plan.
pub fn export_ics(plan: &Plan, units: Units) -> String {
    crate::export::ics::write(plan, units)
}

/// The .csv text of a plan.
pub fn export_csv(plan: &Plan, units: Units) -> String {
    crate::export::csv::write(plan, units)
}

/// When the plan brought a deload forward for the check-in's warning signs (in the week of
/// `today` or a later one), why, as text.
pub fn checkin_deload(plan: &Plan, today: NaiveDate, units: Units) -> Option<String> {
    plan.weeks
        .iter()
        .filter(|w| w.days.last().is_some_and(|d| d.date >= today))
        .take(2)
        .flat_map(|w| w.reasons.iter())
        .find(|r| matches!(r, plan::Reason::UnscheduledDeload { .. }))
        .map(|r| r.text(units))
}

/// The imported activities stored in the document.
pub fn activities(doc: &Document) -> Vec<Activity> {
    doc.activities.clone()
}

/// Replaces the stored activities.
pub fn set_activities(doc: &mut Document, activities: Vec<Activity>) {
    doc.activities = activities;
}

/// What one imported file added.
#[derive(Clone, Debug, PartialEq)]
pub struct FileOutcome {
    /// New activities.
    pub added: usize,
    /// Activities already known (skipped as duplicates).
    pub duplicates: usize,
}

/// Reads one file and merges its activities into `into`; the error says why it was skipped.
pub fn import_into(
    into: &mut Vec<Activity>,
    name: &str,
    bytes: &[u8],
) -> Result<FileOutcome, String> {
    let incoming = history::import::import_file(name, bytes).map_err(|e| e.to_string())?;
    let merged = history::dedupe::merge(into, incoming);
    *into = merged.activities;
    Ok(FileOutcome {
        added: merged.added,
        duplicates: merged.duplicates,
    })
}

/// Weekly running volume of the last `weeks` weeks.
pub fn weekly_volume(
    acts: &[Activity],
    today: NaiveDate,
    weeks: usize,
    ws: WeekStart,
) -> Vec<WeekVolume> {
    history::volume::weekly(acts, today, weeks, ws)
}

/// Daily fitness/fatigue/form of the last `days` days.
pub fn fitness(acts: &[Activity], today: NaiveDate, days: usize) -> Vec<DayFitness> {
    history::fitness::series(acts, today, days)
}

/// Where the runner stands according to their history (none without activities).
pub fn baseline_from_history(acts: &[Activity], today: NaiveDate) -> Option<Baseline> {
    (!acts.is_empty()).then(|| history::baseline(acts, today))
}

/// Whether the planner uses the history-derived baseline (true) or the typed one.
pub fn uses_history_baseline(doc: &Document) -> bool {
    doc.baseline_source == BaselineSource::History
}

/// Chooses the baseline source.
pub fn set_history_baseline(doc: &mut Document, on: bool) {
    doc.baseline_source = if on {
        BaselineSource::History
    } else {
        BaselineSource::Manual
    };
}

/// The baseline typed by hand.
pub fn manual_baseline(doc: &Document) -> Baseline {
    doc.baseline.clone()
}

/// Stores the baseline typed by hand.
pub fn set_manual_baseline(doc: &mut Document, b: Baseline) {
    doc.baseline = b;
}

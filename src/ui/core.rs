//! The UI's one doorway into the core modules (plan, history, export, store).
//!
//! Components call these small functions instead of the modules directly, so the UI depends
//! on one narrow surface. Nothing here plans or parses by itself.

use chrono::NaiveDate;

use crate::history::Activity;
use crate::plan::{self, Baseline, Plan, PlanError, PlanInput, Race, WeekStart};
use crate::store::Document;

/// The stable id of a race inside the document.
pub type RaceId = u64;

/// The planner input the document describes, as of `today`.
pub fn plan_input(doc: &Document, today: NaiveDate) -> PlanInput {
    PlanInput {
        today,
        races: doc.races.clone(),
        settings: doc.settings.clone(),
        baseline: doc.baseline.clone(),
        checkins: doc.checkins.clone(),
    }
}

/// Plans the season (the only place the UI asks for a plan).
pub fn make_plan(input: &PlanInput) -> Result<Plan, PlanError> {
    plan::generate(input)
}

/// The races with their ids, in stored order.
pub fn races(doc: &Document) -> Vec<(RaceId, Race)> {
    doc.races
        .iter()
        .enumerate()
        .map(|(i, r)| (i as RaceId, r.clone()))
        .collect()
}

/// Adds a race (id `None`) or replaces the race with that id.
pub fn upsert_race(doc: &mut Document, id: Option<RaceId>, race: Race) {
    match id.and_then(|i| doc.races.get_mut(i as usize)) {
        Some(slot) => *slot = race,
        None => doc.races.push(race),
    }
}

/// Removes the race with that id.
pub fn delete_race(doc: &mut Document, id: RaceId) {
    if (id as usize) < doc.races.len() {
        doc.races.remove(id as usize);
    }
}

/// The .ics calendar text of a plan.
pub fn export_ics(_plan: &Plan) -> String {
    String::new()
}

/// The .csv text of a plan.
pub fn export_csv(_plan: &Plan) -> String {
    String::new()
}

/// When the plan took an unscheduled deload for a check-in this week or next, why (as text).
pub fn checkin_deload(plan: &Plan, today: NaiveDate, units: crate::plan::Units) -> Option<String> {
    let week = plan.weeks.iter().find(|w| {
        w.days.iter().any(|d| d.date >= today) && w.kind == crate::plan::WeekKind::Deload
    })?;
    let text: Vec<String> = week.reasons.iter().map(|r| r.text(units)).collect();
    Some(text.join(" "))
}

/// The imported activities stored in the document.
pub fn activities(_doc: &Document) -> Vec<Activity> {
    Vec::new()
}

/// Replaces the stored activities.
pub fn set_activities(_doc: &mut Document, _activities: Vec<Activity>) {}

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
    let _ = (into, bytes);
    Err(format!(
        "{name}: importing files is not available in this build yet"
    ))
}

/// One week of past training for the history chart.
#[derive(Clone, Debug, PartialEq)]
pub struct PastWeek {
    pub start: NaiveDate,
    pub run_km: f64,
    pub minutes: f64,
}

/// One day of past fitness (CTL), fatigue (ATL) and form (TSB).
#[derive(Clone, Debug, PartialEq)]
pub struct PastDay {
    pub date: NaiveDate,
    pub ctl: f64,
    pub atl: f64,
    pub tsb: f64,
}

/// Weekly running volume of the last `weeks` weeks.
pub fn weekly_volume(
    _acts: &[Activity],
    _today: NaiveDate,
    _weeks: usize,
    _ws: WeekStart,
) -> Vec<PastWeek> {
    Vec::new()
}

/// Daily fitness/fatigue/form of the last `days` days.
pub fn fitness(_acts: &[Activity], _today: NaiveDate, _days: usize) -> Vec<PastDay> {
    Vec::new()
}

/// Where the runner stands according to their history.
pub fn baseline_from_history(_acts: &[Activity], _today: NaiveDate) -> Option<Baseline> {
    None
}

/// Whether the planner uses the history-derived baseline (true) or the typed one.
pub fn uses_history_baseline(_doc: &Document) -> bool {
    false
}

/// Chooses the baseline source.
pub fn set_history_baseline(_doc: &mut Document, _on: bool) {}

/// The baseline typed by hand.
pub fn manual_baseline(doc: &Document) -> Baseline {
    doc.baseline.clone()
}

/// Stores the baseline typed by hand.
pub fn set_manual_baseline(doc: &mut Document, b: Baseline) {
    doc.baseline = b;
}

//! The UI's one doorway into the core modules (plan, history, store). Files are read and
//! written by the import module instead (see `crate::jobs`): the importers, the .ics/.csv
//! writers and the watch workouts' FIT encoder, so the app never links them.
//!
//! Components call these small functions instead of the modules directly, so the UI depends
//! on one narrow surface. Nothing here plans or parses by itself.

use chrono::NaiveDate;

use crate::history::fitness::DayFitness;
use crate::history::volume::WeekVolume;
use crate::history::{self, Activity};
use crate::plan::{self, Plan, Units, WeekStart};

/// The steps of the plan's day on `date` in words, one line per step or repeat (empty for rest
/// and cross-training days).
pub fn day_steps(plan: &Plan, date: NaiveDate, units: Units) -> Vec<String> {
    plan::steps::for_date(plan, date)
        .and_then(|(_, s)| s)
        .map(|s| s.lines(units))
        .unwrap_or_default()
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

//! Every change a runner or a host page can make to the document, as data ([`Edit`]), and the
//! one pure function that makes it ([`apply`]), holding the rules: the race rules and the
//! planner's horizon, the limits settings are held to, one check-in per date, race ids, and
//! imported activities merged with the de-duplication of `history`.
//!
//! `apply` either makes the whole change or, with an [`EditError`], none of it. It reads no
//! clock: an edit that needs "today" carries it.

use chrono::{NaiveDate, Weekday};

use super::prefs::{Theme, View};
use super::schema::{ActivityKey, BaselineSource, Document, RaceId, StoredRace};
use crate::history::{dedupe, Activity};
use crate::plan::{
    Change, Checkin, DeloadCadence, Experience, Race, RaceResult, Units, Week, WeekStart,
};

mod finite;
pub mod limits;
pub mod race;
pub mod season;

pub use race::{RaceError, RaceField};
pub use season::{DayMark, SeasonError};

/// A change to the document.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Adds a race entered on `today`.
    AddRace { race: Race, today: NaiveDate },
    /// Replaces the race with `id` (an edited example race becomes the runner's own).
    ReplaceRace {
        id: RaceId,
        race: Race,
        today: NaiveDate,
    },
    /// Removes the race with `id`.
    DeleteRace(RaceId),
    /// Puts a deleted race back as it was, under its id (undoing [`Edit::DeleteRace`]); a race
    /// on the same day since then keeps its day, and the race is not put back.
    PutBackRace(StoredRace),
    /// Replaces every race (the iframe widget's `set-races`).
    SetRaces { races: Vec<Race>, today: NaiveDate },
    /// Adds the example season, relative to `today`.
    LoadExample { today: NaiveDate },
    /// Removes the example season's races (the runner's own stay).
    ClearExample,
    /// The unit distances are shown and typed in.
    SetUnits(Units),
    /// The first day of the week.
    SetWeekStart(WeekStart),
    /// Whether the runner can run on `day`.
    SetRunDay { day: Weekday, on: bool },
    /// Runs per week (held to [`limits::RUNS_PER_WEEK`]).
    SetRunsPerWeek(u8),
    /// The long-run day.
    SetLongRunDay(Weekday),
    /// The most the plan may ask for in a week, in km (held to [`limits::MAX_WEEKLY_KM`]).
    SetMaxWeeklyKm(f64),
    /// Training background.
    SetExperience(Experience),
    /// How often a deload week comes.
    SetDeloadCadence(DeloadCadence),
    /// The share of volume a deload removes (held to [`limits::DELOAD_DEPTH`]).
    SetDeloadDepth(f64),
    /// Whether the planner starts from the typed-in baseline or the imported history.
    SetBaselineSource(BaselineSource),
    /// Typed-in running km a week over the last four weeks.
    SetWeeklyKm(f64),
    /// Typed-in longest run of the last 30 days, in km.
    SetLongestRunKm(f64),
    /// Typed-in weeks with running, of the last [`limits::CONSISTENCY_WEEKS`] (rounded; more
    /// than those weeks is refused).
    SetRunningWeeks(f64),
    /// The runner says the typed baseline's figures are theirs: none is shown as assumed
    /// any more (see `store::assumed`).
    ConfirmBaseline,
    /// A recent race result, or one part of it (the other part kept); a new result is dated
    /// `today`.
    SetRecentResult {
        distance_km: Option<f64>,
        time_s: Option<u32>,
        today: NaiveDate,
    },
    /// The readiness check-in of a day (replacing that day's earlier one).
    RecordCheckin(Checkin),
    /// Imported activities, merged into the document's (the same session twice is kept once).
    ImportActivities(Vec<Activity>),
    /// Removes the imported activity with this key.
    DeleteActivity(ActivityKey),
    /// Removes every activity imported from the file named `source`.
    DeleteActivitiesFrom { source: String },
    /// Replaces the whole document with a backup's.
    Restore(Box<Document>),
    /// The colour theme.
    SetTheme(Theme),
    /// The screen open last.
    SetLastView(View),
    /// The runner's mark on a day ("done as planned", "done: 8 km", "skipped"), replacing that
    /// day's earlier mark.
    MarkDay { date: NaiveDate, mark: DayMark },
    /// A hand edit of a day (another workout or rest, a swap within its week, a note),
    /// replacing that day's earlier edit.
    SetOverride {
        date: NaiveDate,
        change: Change,
        note: Option<String>,
    },
    /// Back to the plan on a day: its hand edit and mark removed.
    RevertDay { date: NaiveDate },
    /// Starts the season on `today` if it has not started (the first plan, or the first after
    /// a migration); a started season is left alone.
    StartSeason { today: NaiveDate },
    /// "Start over from today" (the UI asks first): the season starts on `today`, the hand
    /// edits from today on go; the marks and past edits stay (and so in backups).
    StartOver { today: NaiveDate },
    /// Keeps the plan's days before `today` exactly as they were planned (the app sends its
    /// plan's past weeks when a day has passed); days frozen earlier stay as they are.
    FreezePast { today: NaiveDate, weeks: Vec<Week> },
}

/// What an edit did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applied {
    /// The document changed.
    Changed,
    /// The document already was that way: nothing to save or redraw.
    Unchanged,
    /// A race was added under this id.
    RaceAdded(RaceId),
    /// Activities were imported: how many were new and how many were already there.
    Imported { added: usize, duplicates: usize },
}

impl Applied {
    /// Whether the document changed.
    pub fn changed(self) -> bool {
        match self {
            Applied::Changed | Applied::RaceAdded(_) => true,
            Applied::Unchanged => false,
            Applied::Imported { added, duplicates } => added + duplicates > 0,
        }
    }
}

/// Why an edit was not made (the document is then unchanged).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum EditError {
    /// The race breaks a race rule.
    #[error("{0}")]
    Race(#[from] RaceError),
    /// One race of several breaks a race rule (numbered from 1).
    #[error("race {number}: {error}")]
    RaceInList { number: usize, error: RaceError },
    /// A figure that must be above zero is not.
    #[error("The {what} must be a number above zero.")]
    NotPositive { what: &'static str },
    /// A figure that cannot be negative is, or is not a number.
    #[error("The {what} must be a number, zero or more.")]
    Negative { what: &'static str },
    /// More weeks with running than the weeks asked about.
    #[error("At most {of} weeks: the question is about the last {of}.")]
    MoreWeeksThan { of: u8 },
    /// History was chosen as the baseline, but there are no activities.
    #[error("Import some activities before planning from your history.")]
    NoHistory,
    /// A value holds a number that could not be saved (infinite or not a number).
    #[error("{what} holds a number that cannot be saved (infinite or not a number); nothing was changed.")]
    NotFinite { what: String },
    /// A season edit breaks a season rule.
    #[error("{0}")]
    Season(SeasonError),
    /// The app is a read-only view (reported by the app, never by `apply`).
    #[error("This plan is read-only here; nothing can be changed.")]
    ReadOnly,
    /// The app was closed before the edit arrived (reported by the app, never by `apply`).
    #[error("The app was closed before this change could be made.")]
    Closed,
}

/// Makes `edit` on `doc`, or returns why not and leaves `doc` as it was.
pub fn apply(doc: &mut Document, edit: Edit) -> Result<Applied, EditError> {
    match edit {
        Edit::AddRace { race, today } => race::add_all(doc, vec![race], today, false)
            .map(|ids| {
                ids.first()
                    .map_or(Applied::Changed, |id| Applied::RaceAdded(*id))
            })
            .map_err(|(_, e)| e.into()),
        Edit::ReplaceRace { id, race, today } => Ok(match race::replace(doc, id, race, today)? {
            Some(new) => Applied::RaceAdded(new),
            None => Applied::Changed,
        }),
        Edit::DeleteRace(id) => Ok(changed_if(doc, |d| d.races.retain(|r| r.id != id))),
        Edit::PutBackRace(race) => put_back(doc, race),
        Edit::SetRaces { races, today } => set_races(doc, races, today),
        Edit::LoadExample { today } => race::add_all(doc, race::example_races(today), today, true)
            .map(|_| Applied::Changed)
            .map_err(|(number, error)| EditError::RaceInList { number, error }),
        Edit::ClearExample => Ok(changed_if(doc, |d| d.races.retain(|r| !r.example))),
        Edit::SetUnits(u) => Ok(set(&mut doc.settings.units, u)),
        Edit::SetWeekStart(w) => Ok(set(&mut doc.settings.week_start, w)),
        Edit::SetRunDay { day, on } => Ok(set_run_day(doc, day, on)),
        Edit::SetRunsPerWeek(n) => {
            let n = n.clamp(*limits::RUNS_PER_WEEK.start(), *limits::RUNS_PER_WEEK.end());
            Ok(set(&mut doc.settings.runs_per_week, n))
        }
        Edit::SetLongRunDay(d) => Ok(set(&mut doc.settings.long_run_day, d)),
        Edit::SetMaxWeeklyKm(km) => {
            let km = positive(km, "maximum weekly distance")?;
            Ok(set(
                &mut doc.settings.max_weekly_km,
                limits::clamp(km, &limits::MAX_WEEKLY_KM),
            ))
        }
        Edit::SetExperience(e) => Ok(set(&mut doc.settings.experience, e)),
        Edit::SetDeloadCadence(c) => Ok(set(&mut doc.settings.deload_cadence, c)),
        Edit::SetDeloadDepth(f) => {
            let f = not_negative(f, "deload depth")?;
            Ok(set(
                &mut doc.settings.deload_depth,
                limits::clamp(f, &limits::DELOAD_DEPTH),
            ))
        }
        Edit::SetBaselineSource(BaselineSource::History) if doc.activities.is_empty() => {
            Err(EditError::NoHistory)
        }
        Edit::SetBaselineSource(s) => Ok(set(&mut doc.baseline_source, s)),
        Edit::SetWeeklyKm(km) => {
            let km = not_negative(km, "weekly distance")?;
            Ok(set(
                &mut doc.baseline.weekly_km,
                km.min(limits::BASELINE_WEEKLY_KM),
            ))
        }
        Edit::SetLongestRunKm(km) => {
            let km = not_negative(km, "longest run")?;
            Ok(set(
                &mut doc.baseline.longest_run_km,
                km.min(limits::BASELINE_LONGEST_RUN_KM),
            ))
        }
        Edit::SetRunningWeeks(weeks) => {
            let weeks = not_negative(weeks, "number of weeks")?;
            let of = f64::from(limits::CONSISTENCY_WEEKS);
            if weeks.round() > of {
                return Err(EditError::MoreWeeksThan {
                    of: limits::CONSISTENCY_WEEKS,
                });
            }
            Ok(set(
                &mut doc.baseline.consistency,
                (weeks.round() / of).clamp(0.0, 1.0),
            ))
        }
        Edit::ConfirmBaseline => Ok(set(&mut doc.baseline_confirmed, true)),
        Edit::SetRecentResult {
            distance_km,
            time_s,
            today,
        } => set_recent_result(doc, distance_km, time_s, today),
        Edit::RecordCheckin(c) => Ok(record_checkin(doc, c)),
        Edit::ImportActivities(incoming) => import(doc, incoming),
        Edit::DeleteActivity(key) => Ok(delete_activities(doc, |a| ActivityKey::of(a) == key)),
        Edit::DeleteActivitiesFrom { source } => Ok(delete_activities(doc, |a| a.source == source)),
        Edit::Restore(backup) => {
            if !finite::document_survives_saving(&backup) {
                return Err(EditError::NotFinite {
                    what: "The backup".into(),
                });
            }
            let backup = backup.normalized();
            Ok(set(doc, backup))
        }
        Edit::SetTheme(t) => Ok(set(&mut doc.prefs.theme, t)),
        Edit::SetLastView(v) => Ok(set(&mut doc.prefs.last_view, Some(v))),
        Edit::MarkDay { date, mark } => season::mark_day(doc, date, mark)
            .map(changed)
            .map_err(Into::into),
        Edit::SetOverride { date, change, note } => season::set_override(doc, date, change, note)
            .map(changed)
            .map_err(Into::into),
        Edit::RevertDay { date } => Ok(changed(season::revert_day(doc, date))),
        Edit::StartSeason { today } => Ok(changed(season::start_season(doc, today))),
        Edit::StartOver { today } => Ok(changed(season::start_over(doc, today))),
        Edit::FreezePast { today, weeks } => Ok(changed(season::freeze_past(doc, today, &weeks))),
    }
}

/// `Changed` or `Unchanged`.
fn changed(yes: bool) -> Applied {
    if yes {
        Applied::Changed
    } else {
        Applied::Unchanged
    }
}

impl From<SeasonError> for EditError {
    /// A bad figure is reported as every other edit reports it; the rest as season rules.
    fn from(e: SeasonError) -> Self {
        match e {
            SeasonError::NotPositive { what } => EditError::NotPositive { what },
            SeasonError::Negative { what } => EditError::Negative { what },
            other => EditError::Season(other),
        }
    }
}

/// Sets `slot` to `value`; `Unchanged` when it already held it.
fn set<T: PartialEq>(slot: &mut T, value: T) -> Applied {
    if *slot == value {
        Applied::Unchanged
    } else {
        *slot = value;
        Applied::Changed
    }
}

/// Runs `f` on the races; `Changed` when it removed any.
fn changed_if(doc: &mut Document, f: impl FnOnce(&mut Document)) -> Applied {
    let before = doc.races.len();
    f(doc);
    if doc.races.len() == before {
        Applied::Unchanged
    } else {
        Applied::Changed
    }
}

fn positive(v: f64, what: &'static str) -> Result<f64, EditError> {
    if v.is_finite() && v > 0.0 {
        Ok(v)
    } else {
        Err(EditError::NotPositive { what })
    }
}

fn not_negative(v: f64, what: &'static str) -> Result<f64, EditError> {
    if v.is_finite() && v >= 0.0 {
        Ok(v)
    } else {
        Err(EditError::Negative { what })
    }
}

/// Puts a deleted race back under its id (a fresh one if its id is taken), unless a race is on
/// its day by now.
fn put_back(doc: &mut Document, race: StoredRace) -> Result<Applied, EditError> {
    if doc.race(race.id).is_some_and(|r| *r == race) {
        return Ok(Applied::Unchanged);
    }
    if let Some(other) = doc.races.iter().find(|r| r.race.date == race.race.date) {
        return Err(EditError::Race(RaceError::SameDay {
            other: other.race.name.clone(),
        }));
    }
    doc.races.push(race);
    doc.normalize_races();
    Ok(Applied::Changed)
}

/// Removes the activities `gone` picks; a history baseline without activities left falls back
/// to the typed one.
fn delete_activities(doc: &mut Document, gone: impl Fn(&Activity) -> bool) -> Applied {
    let before = doc.activities.len();
    doc.activities.retain(|a| !gone(a));
    if doc.activities.len() == before {
        return Applied::Unchanged;
    }
    if doc.activities.is_empty() {
        doc.baseline_source = BaselineSource::Manual;
    }
    Applied::Changed
}

/// Replaces every race, all checked (against each other) before any is stored.
fn set_races(doc: &mut Document, races: Vec<Race>, today: NaiveDate) -> Result<Applied, EditError> {
    let mut fresh = Document {
        races: Vec::new(),
        ..Document::default()
    };
    race::add_all(&mut fresh, races, today, false)
        .map_err(|(number, error)| EditError::RaceInList { number, error })?;
    Ok(set(&mut doc.races, fresh.races))
}

/// Marks `day` available or not, keeping the days in weekday order.
fn set_run_day(doc: &mut Document, day: Weekday, on: bool) -> Applied {
    let mut days = doc.settings.available_days.clone();
    days.retain(|d| *d != day);
    if on {
        days.push(day);
    }
    days.sort_by_key(|d| d.num_days_from_monday());
    set(&mut doc.settings.available_days, days)
}

/// Sets the recent result's distance, time or both; a part not given keeps its old value, and
/// a result with no distance or time yet waits for the other part.
fn set_recent_result(
    doc: &mut Document,
    distance_km: Option<f64>,
    time_s: Option<u32>,
    today: NaiveDate,
) -> Result<Applied, EditError> {
    if let Some(km) = distance_km {
        positive(km, "race distance")?;
    }
    if time_s == Some(0) {
        return Err(EditError::NotPositive { what: "race time" });
    }
    let old = doc.baseline.recent_result;
    let result = match (
        distance_km.or(old.map(|r| r.distance_km)),
        time_s.or(old.map(|r| r.time_s)),
    ) {
        (Some(distance_km), Some(time_s)) => Some(RaceResult {
            date: old.map_or(today, |r| r.date),
            distance_km,
            time_s,
        }),
        _ => old,
    };
    Ok(set(&mut doc.baseline.recent_result, result))
}

/// Stores the day's check-in (signs in order, each once), replacing that day's earlier one.
fn record_checkin(doc: &mut Document, mut c: Checkin) -> Applied {
    c.signs.sort();
    c.signs.dedup();
    if doc.checkins.contains(&c) {
        return Applied::Unchanged;
    }
    doc.checkins.retain(|old| old.date != c.date);
    doc.checkins.push(c);
    doc.normalize_checkins();
    Applied::Changed
}

/// Merges imported activities into the document's, by `history::dedupe`; refused whole when
/// one holds a number that could not be saved.
fn import(doc: &mut Document, incoming: Vec<Activity>) -> Result<Applied, EditError> {
    if let Some(bad) = incoming.iter().find(|a| !a.figures_are_finite()) {
        return Err(EditError::NotFinite {
            what: format!("The activity from {}", bad.source),
        });
    }
    if incoming.is_empty() {
        return Ok(Applied::Imported {
            added: 0,
            duplicates: 0,
        });
    }
    let merged = dedupe::merge(&doc.activities, incoming);
    doc.activities = merged.activities;
    doc.normalize_activities();
    Ok(Applied::Imported {
        added: merged.added,
        duplicates: merged.duplicates,
    })
}

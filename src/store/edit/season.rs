//! The season's edits: its start, the runner's marks on past days and the hand edits of
//! days, each checked before anything is stored.

use chrono::{Datelike, NaiveDate};

use crate::plan::{Change, Mark, MarkStatus, Override, Week};
use crate::store::schema::Document;

/// The longest note a hand edit keeps, in characters.
pub const MAX_NOTE_CHARS: usize = 500;

/// How the runner marked a day: the status, with the distance and time run when given.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DayMark {
    pub status: MarkStatus,
    /// Distance run in km.
    pub km: Option<f64>,
    /// Minutes run.
    pub minutes: Option<f64>,
}

/// Why a season edit was not made.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SeasonError {
    /// A move onto the day itself.
    #[error("A day cannot be moved onto itself.")]
    MoveToSameDay,
    /// A move out of the day's week.
    #[error("A day can only be moved to another day of the same week ({from} is not in the week of {to}).")]
    MoveOutOfWeek { from: NaiveDate, to: NaiveDate },
    /// A note-only edit without a note.
    #[error("Write a note, or choose another change.")]
    EmptyNote,
    /// A note over [`MAX_NOTE_CHARS`].
    #[error("A note can hold at most {max} characters (this one has {found}).")]
    NoteTooLong { found: usize, max: usize },
    /// A figure that must be above zero is not (reported as `EditError::NotPositive`).
    #[error("The {what} must be a number above zero.")]
    NotPositive { what: &'static str },
    /// A figure that cannot be negative is, or is not a number (`EditError::Negative`).
    #[error("The {what} must be a number, zero or more.")]
    Negative { what: &'static str },
}

fn positive(v: f64, what: &'static str) -> Result<f64, SeasonError> {
    if v.is_finite() && v > 0.0 {
        Ok(v)
    } else {
        Err(SeasonError::NotPositive { what })
    }
}

fn not_negative(v: f64, what: &'static str) -> Result<f64, SeasonError> {
    if v.is_finite() && v >= 0.0 {
        Ok(v)
    } else {
        Err(SeasonError::Negative { what })
    }
}

/// Stores the mark of `date` (replacing an earlier one).
pub fn mark_day(doc: &mut Document, date: NaiveDate, mark: DayMark) -> Result<bool, SeasonError> {
    let km = mark
        .km
        .map(|v| not_negative(v, "distance run"))
        .transpose()?;
    let minutes = mark
        .minutes
        .map(|v| not_negative(v, "time run"))
        .transpose()?;
    let new = Mark {
        date,
        status: mark.status,
        km,
        minutes,
    };
    if doc.season.mark(date) == Some(&new) {
        return Ok(false);
    }
    doc.season.marks.retain(|m| m.date != date);
    doc.season.marks.push(new);
    doc.season.normalize();
    Ok(true)
}

/// Stores the hand edit of `date` (replacing an earlier one), checked first.
pub fn set_override(
    doc: &mut Document,
    date: NaiveDate,
    change: Change,
    note: Option<String>,
) -> Result<bool, SeasonError> {
    let note = note.map(|n| n.trim().to_string()).filter(|n| !n.is_empty());
    if let Some(n) = &note {
        let found = n.chars().count();
        if found > MAX_NOTE_CHARS {
            return Err(SeasonError::NoteTooLong {
                found,
                max: MAX_NOTE_CHARS,
            });
        }
    }
    match &change {
        Change::Workout { km, minutes, .. } => {
            km.map(|v| positive(v, "distance")).transpose()?;
            minutes.map(|v| positive(v, "duration")).transpose()?;
        }
        Change::MoveTo { to } if *to == date => return Err(SeasonError::MoveToSameDay),
        Change::MoveTo { to } => {
            let first = doc.settings.week_start.weekday();
            if week_of(date, first) != week_of(*to, first) {
                return Err(SeasonError::MoveOutOfWeek {
                    from: date,
                    to: *to,
                });
            }
        }
        Change::Note if note.is_none() => return Err(SeasonError::EmptyNote),
        Change::Note => {}
    }
    let new = Override { date, change, note };
    if doc.season.override_on(date) == Some(&new) {
        return Ok(false);
    }
    doc.season.overrides.retain(|o| o.date != date);
    doc.season.overrides.push(new);
    doc.season.normalize();
    Ok(true)
}

/// The first day of the week holding `date`, weeks starting on `first`.
fn week_of(date: NaiveDate, first: chrono::Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() - first.num_days_from_monday()) % 7;
    date - chrono::Duration::days(i64::from(back))
}

/// Back to the plan on `date`: its hand edit and its mark removed; whether any was there.
pub fn revert_day(doc: &mut Document, date: NaiveDate) -> bool {
    let before = (doc.season.marks.len(), doc.season.overrides.len());
    doc.season.marks.retain(|m| m.date != date);
    doc.season.overrides.retain(|o| o.date != date);
    before != (doc.season.marks.len(), doc.season.overrides.len())
}

/// Starts the season on `today` unless it has started (a new or migrated document); whether
/// it did.
pub fn start_season(doc: &mut Document, today: NaiveDate) -> bool {
    let fresh = doc.season.start.is_none();
    if fresh {
        doc.season.start = Some(today);
    }
    fresh
}

/// A new season from `today`: the start moves to today and the hand edits of today and later
/// (made for the old plan) go. The log of what was done (marks) and the edits of past days
/// stay, so the old season is kept in the document and in its backups.
pub fn start_over(doc: &mut Document, today: NaiveDate) -> bool {
    let before = doc.season.clone();
    doc.season.start = Some(today);
    doc.season.overrides.retain(|o| o.date < today);
    doc.season != before
}

/// Keeps the days of `weeks` before `today` as they were planned (the app passes its current
/// plan's weeks); days frozen earlier are never rewritten. Nothing before the season starts.
pub fn freeze_past(doc: &mut Document, today: NaiveDate, weeks: &[Week]) -> bool {
    match doc.season.start {
        Some(open) => crate::store::season::freeze(&mut doc.season.frozen, weeks, open, today),
        None => false,
    }
}

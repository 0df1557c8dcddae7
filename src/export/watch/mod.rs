//! Workouts for the watch: for a range of days, one FIT workout file per run session and a FIT
//! schedule file that puts them on their dates, alone or in one zip. The one door is
//! [`workouts_zip`] (the app) and [`workout_files`] (the command line), so the encoder can move
//! to the on-demand module whole.

mod cursor;
pub mod fit;

use chrono::{Duration, NaiveDate};

use crate::plan::{steps, Plan, Units};

/// The days to export: `weeks` weeks from `from` on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub from: NaiveDate,
    pub weeks: u32,
}

impl Range {
    /// The last day of the range.
    pub fn to(self) -> NaiveDate {
        self.from + Duration::days(i64::from(self.weeks.max(1)) * 7 - 1)
    }

    /// Whether `date` is inside the range.
    pub fn contains(self, date: NaiveDate) -> bool {
        date >= self.from && date <= self.to()
    }
}

/// One exported session: its date, workout name and file name.
#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    pub date: NaiveDate,
    pub name: String,
    pub file: String,
}

/// Files by name, in the order written.
pub type Files = Vec<(String, Vec<u8>)>;

/// The schedule file's name inside the zip and the output folder.
pub const SCHEDULE_FILE: &str = "schedule.fit";

/// A file name from a workout name: letters, digits and `-`, everything else `_`.
fn file_name(name: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{safe}.fit")
}

/// The sessions in `range` and their files (name, bytes): one workout per run day, then the
/// schedule (when there is at least one session). Names and paces are in `units`.
pub fn workout_files(
    plan: &Plan,
    range: Range,
    units: Units,
) -> Result<(Vec<Session>, Files), String> {
    let all = steps::for_plan(plan);
    let mut sessions = Vec::new();
    let mut files = Vec::new();
    let mut keys = Vec::new();
    for (week, week_steps) in plan.weeks.iter().zip(&all) {
        for (day, s) in week.days.iter().zip(week_steps) {
            let Some(s) = s.as_ref().filter(|_| range.contains(day.date)) else {
                continue;
            };
            let name = s.name(day, units);
            let key = fit::key_of(day.date);
            let file = file_name(&name);
            files.push((file.clone(), fit::workout_file(&name, s, key)?));
            keys.push((day.date, key));
            sessions.push(Session {
                date: day.date,
                name,
                file,
            });
        }
    }
    if !keys.is_empty() {
        let key = fit::key_of(range.from);
        let schedule = fit::FileKey {
            serial: key.serial.wrapping_add(1_000_000_000),
            ..key
        };
        files.push((
            SCHEDULE_FILE.to_string(),
            fit::schedule_file(&keys, schedule)?,
        ));
    }
    Ok((sessions, files))
}

/// The workouts in `range` as one zip (stored): a .fit per session plus schedule.fit.
pub fn workouts_zip(plan: &Plan, range: Range, units: Units) -> Result<Vec<u8>, String> {
    let (_, files) = workout_files(plan, range, units)?;
    Ok(super::zip::write(&files))
}

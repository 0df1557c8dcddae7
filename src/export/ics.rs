//! The plan as an iCalendar file: one all-day event per workout day (rest days are left out).
//!
//! UIDs come from the date alone, so importing a re-generated plan into a calendar updates each
//! day's event rather than adding a duplicate. DTSTAMP is the plan's first day (never the clock),
//! so the same plan always writes the same file.

use chrono::{NaiveTime, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::plan::{steps, Plan, Units, WorkoutKind};

use super::describe_with_steps;

/// The stable UID of a plan day's event.
pub fn uid(date: chrono::NaiveDate) -> String {
    format!("periodize-{}@periodize", date.to_string().replace('-', ""))
}

/// Writes `plan` as an .ics calendar, distances in `units`.
pub fn write(plan: &Plan, units: Units) -> String {
    let mut cal = Calendar::new();
    cal.name("Periodize training plan");
    let stamp = plan
        .weeks
        .first()
        .map(|w| Utc.from_utc_datetime(&w.start.and_time(NaiveTime::MIN)))
        .unwrap_or_else(|| Utc.timestamp_opt(0, 0).single().unwrap_or_default());
    let all_steps = steps::for_plan(plan);
    for (week, week_steps) in plan.weeks.iter().zip(&all_steps) {
        let days = week.days.iter().zip(week_steps);
        for (day, s) in days.filter(|(d, _)| d.kind != WorkoutKind::Rest) {
            let event = Event::new()
                .uid(&uid(day.date))
                .timestamp(stamp)
                .summary(&day.title(units))
                .description(&describe_with_steps(day, s.as_ref(), units))
                .starts(day.date)
                .done();
            cal.push(event);
        }
    }
    cal.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_depends_only_on_date() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 5, 3).unwrap();
        assert_eq!(uid(d), "periodize-20260503@periodize");
    }
}

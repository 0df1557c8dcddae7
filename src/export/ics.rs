//! The plan as an iCalendar file: one all-day event per workout day (rest days are left out).
//!
//! UIDs come from the date alone, so importing a re-generated plan into a calendar updates each
//! day's event rather than adding a duplicate. DTSTAMP is the plan's first day (never the clock),
//! so the same plan always writes the same file.

use chrono::{NaiveTime, TimeZone, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use crate::plan::{Plan, Units, WorkoutKind};

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
    for week in &plan.weeks {
        for day in week.days.iter().filter(|d| d.kind != WorkoutKind::Rest) {
            let event = Event::new()
                .uid(&uid(day.date))
                .timestamp(stamp)
                .summary(&day.title(units))
                .description(&day.description(units))
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

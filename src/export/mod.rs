//! Writers that turn a plan into files other tools read (.ics calendars, .csv, FIT workouts for
//! the watch in a zip). Pure.

pub mod csv;
pub mod ics;
pub mod watch;
pub mod zip;

use crate::plan::{steps::Steps, Day, Units};

/// A day's description followed by its steps on one line ("... Steps: Warm-up 2.0 km ...; ...").
pub fn describe_with_steps(day: &Day, steps: Option<&Steps>, units: Units) -> String {
    match steps {
        Some(s) => format!("{} {}", day.description(units), s.one_line(units)),
        None => day.description(units),
    }
}

//! Writers that turn a plan into files other tools read (.ics calendars, .csv). Pure.

pub mod csv;
pub mod ics;

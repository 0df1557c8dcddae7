//! Writers that turn a plan into files other tools read (.ics calendars, .csv). Pure.

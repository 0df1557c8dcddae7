//! Activities dated where no watch's clock could be right: before [`EARLIEST_YEAR`] or after
//! today. They are imported anyway (the runner may mean them), and the import result says so,
//! so a watch with its clock reset ("dated 1901") is noticed. A leaf: it reads the activities
//! and the `today` it is handed, nothing else.

use std::fmt;

use chrono::{Datelike, Duration, NaiveDate};

use crate::history::Activity;

/// The first year a dated activity is believed in: GPS running watches and training logs
/// that export files came after it (a watch whose clock was reset reads 1900, 1970 or 1989
/// for some; 1980 keeps the last but refuses the first two).
pub const EARLIEST_YEAR: i32 = 1980;

/// A group of activities in one file dated where no clock could be right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OddDate {
    /// Dated before [`EARLIEST_YEAR`]: how many, and the earliest year among them.
    TooOld { count: usize, year: i32 },
    /// Dated after today (a day's grace for time zones): how many, and the latest date.
    Future { count: usize, latest: NaiveDate },
}

/// What is odd about the dates of one file's `activities`, with `today` the runner's date.
pub fn odd_dates(activities: &[Activity], today: NaiveDate) -> Vec<OddDate> {
    let days = || activities.iter().map(|a| a.start.date_naive());
    let old: Vec<NaiveDate> = days().filter(|d| d.year() < EARLIEST_YEAR).collect();
    let future: Vec<NaiveDate> = days().filter(|d| *d > today + Duration::days(1)).collect();
    let mut out = Vec::new();
    if let Some(first) = old.iter().min() {
        out.push(OddDate::TooOld {
            count: old.len(),
            year: first.year(),
        });
    }
    if let Some(latest) = future.iter().max() {
        out.push(OddDate::Future {
            count: future.len(),
            latest: *latest,
        });
    }
    out
}

impl fmt::Display for OddDate {
    /// "1 activity dated 1901: check the watch's clock (imported anyway; delete it below if it is wrong)."
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let (count, when) = match self {
            OddDate::TooOld { count, year } => (*count, format!("dated {year}")),
            OddDate::Future { count, latest } => {
                (*count, format!("dated in the future ({latest})"))
            }
        };
        let (what, it) = if count == 1 {
            ("1 activity".to_string(), "it")
        } else {
            (format!("{count} activities"), "them")
        };
        write!(
            f,
            "{what} {when}: check the watch's clock (imported anyway; delete {it} below if the date is wrong)."
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Sport;
    use chrono::DateTime;

    fn at(start: &str) -> Activity {
        Activity {
            start: DateTime::parse_from_rfc3339(start).unwrap(),
            sport: Sport::Run,
            distance_m: 5000.0,
            moving_s: 1500.0,
            elapsed_s: 1500.0,
            elevation_gain_m: None,
            avg_hr: None,
            max_hr: None,
            rpe: None,
            source: "a.gpx".into(),
            name: None,
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()
    }

    #[test]
    fn a_run_dated_1901_is_called_out() {
        let odd = odd_dates(&[at("1901-06-02T07:00:00Z")], today());
        assert_eq!(
            odd,
            vec![OddDate::TooOld {
                count: 1,
                year: 1901
            }]
        );
        assert_eq!(
            odd[0].to_string(),
            "1 activity dated 1901: check the watch's clock (imported anyway; delete it below if the date is wrong)."
        );
    }

    #[test]
    fn runs_in_the_future_are_called_out_with_the_latest() {
        let acts = [
            at("2026-03-02T23:30:00+01:00"),
            at("2026-03-05T07:00:00Z"),
            at("2031-01-01T07:00:00Z"),
        ];
        let odd = odd_dates(&acts, today());
        let latest = NaiveDate::from_ymd_opt(2031, 1, 1).unwrap();
        assert_eq!(odd, vec![OddDate::Future { count: 2, latest }]);
        assert!(odd[0]
            .to_string()
            .starts_with("2 activities dated in the future (2031-01-01)"));
    }

    #[test]
    fn plausible_dates_say_nothing() {
        let acts = [at("1980-01-01T07:00:00Z"), at("2026-03-02T07:00:00Z")];
        assert!(odd_dates(&acts, today()).is_empty());
    }
}

//! How dates read in every message the app shows ("Sun 12 Apr 2026", "12 Apr"), so the core's
//! messages and the UI word them alike.

use chrono::{Datelike, NaiveDate};

/// English month name (empty for a month outside 1-12).
pub fn month_name(month: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES
        .get(month.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("")
}

/// The first three letters of a month's name, e.g. "Apr".
pub fn month_short(month: u32) -> &'static str {
    month_name(month).get(..3).unwrap_or("")
}

/// A date as "Sun 12 Apr 2026".
pub fn date_long(d: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        d.weekday(),
        d.day(),
        month_short(d.month()),
        d.year()
    )
}

/// A date as "12 Apr".
pub fn date_short(d: NaiveDate) -> String {
    format!("{} {}", d.day(), month_short(d.month()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_dates() {
        let d = NaiveDate::from_ymd_opt(2026, 4, 12).unwrap();
        assert_eq!(date_long(d), "Sun 12 Apr 2026");
        assert_eq!(date_short(d), "12 Apr");
        assert_eq!(month_name(13), "");
    }
}

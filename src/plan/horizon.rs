//! How far ahead a plan may reach: one limit, used by the planner's checks, its error text and
//! the forms that must refuse the same dates.

use chrono::{Duration, NaiveDate};

/// The furthest ahead a race may be, in years (keeps plans bounded in size).
pub const MAX_HORIZON_YEARS: i64 = 2;

/// The furthest ahead a race may be, in days: [`MAX_HORIZON_YEARS`] of 366 days.
pub const MAX_HORIZON_DAYS: i64 = MAX_HORIZON_YEARS * 366;

/// The last date a race may be on when planning from `today`.
pub fn last_race_date(today: NaiveDate) -> NaiveDate {
    today + Duration::days(MAX_HORIZON_DAYS)
}

//! The limits a setting or a typed-in baseline figure is held to. Forms show these bounds and
//! `apply` enforces them; a number outside them is brought to the nearest bound.

use std::ops::RangeInclusive;

use crate::plan::science::MAX_DELOAD_DEPTH;

/// Runs per week the settings accept.
pub const RUNS_PER_WEEK: RangeInclusive<u8> = 1..=7;

/// The maximum weekly distance, in km.
pub const MAX_WEEKLY_KM: RangeInclusive<f64> = 5.0..=400.0;

/// The share of volume a deload week removes.
pub const DELOAD_DEPTH: RangeInclusive<f64> = 0.1..=MAX_DELOAD_DEPTH;

/// The largest typed-in weekly distance of the last four weeks, in km.
pub const BASELINE_WEEKLY_KM: f64 = 400.0;

/// The largest typed-in longest run of the last 30 days, in km.
pub const BASELINE_LONGEST_RUN_KM: f64 = 200.0;

/// How many recent weeks the typed-in consistency counts ("weeks with running, of the last 8").
pub const CONSISTENCY_WEEKS: u8 = 8;

/// `v` brought into `range`.
pub fn clamp(v: f64, range: &RangeInclusive<f64>) -> f64 {
    v.clamp(*range.start(), *range.end())
}

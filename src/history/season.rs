//! Activities as the season sees them: the runs actually done, by local date, and the last day
//! the imported history covers.

use chrono::NaiveDate;

use super::Activity;
use crate::plan::Run;

/// The runs (and trail runs) among `activities`, each as its date, km and minutes.
pub fn runs(activities: &[Activity]) -> Vec<Run> {
    activities
        .iter()
        .filter(|a| a.sport.is_run() && a.distance_m.is_finite() && a.distance_m > 0.0)
        .map(|a| Run {
            date: a.date(),
            km: a.distance_m / 1000.0,
            minutes: a.duration_s() / 60.0,
        })
        .collect()
}

/// The last day the history covers: the date of its latest activity of any sport.
pub fn history_end(activities: &[Activity]) -> Option<NaiveDate> {
    activities.iter().map(Activity::date).max()
}

/// The day the baseline of a season starting on `first_day` is taken on: the day before it, so
/// the season's own runs never move its starting point.
pub fn baseline_day(first_day: NaiveDate) -> NaiveDate {
    first_day.pred_opt().unwrap_or(first_day)
}

//! Structured workouts: every run day of a finished plan as steps a watch can follow (warm-up,
//! work with repeats, recoveries, cool-down), each with a duration and a pace range or an open
//! target. Fed by the finished `Plan` only, so the planner and the steps change apart.

mod budget;
mod build;
mod intervals;
mod model;
pub mod report;
pub mod text;

pub use build::of_day;
pub use model::{Duration, Intensity, Item, Step, Steps, Target};

use chrono::NaiveDate;

use crate::plan::{Day, PaceRange, Plan, Week, WorkoutKind};

/// The easy pace range of a week: the range of its first easy, long or strides day with one.
fn week_easy(week: &Week) -> Option<PaceRange> {
    week.days
        .iter()
        .filter(|d| {
            matches!(
                d.kind,
                WorkoutKind::Easy | WorkoutKind::Long | WorkoutKind::Strides
            )
        })
        .find_map(|d| d.pace)
}

/// The easy pace range for week `i`: its own, else the nearest week's that has one.
pub fn easy_range(plan: &Plan, i: usize) -> Option<PaceRange> {
    let n = plan.weeks.len();
    (0..n).find_map(|k| {
        let after = plan.weeks.get(i + k).and_then(week_easy);
        let before = i
            .checked_sub(k)
            .and_then(|j| plan.weeks.get(j))
            .and_then(week_easy);
        after.or(before)
    })
}

/// The steps of every day of `plan`, week by week (`None` for rest and cross-training days).
pub fn for_plan(plan: &Plan) -> Vec<Vec<Option<Steps>>> {
    plan.weeks
        .iter()
        .enumerate()
        .map(|(i, w)| {
            let easy = easy_range(plan, i);
            w.days.iter().map(|d| of_day(d, easy)).collect()
        })
        .collect()
}

/// The day on `date` and its steps, if the plan has that day.
pub fn for_date(plan: &Plan, date: NaiveDate) -> Option<(&Day, Option<Steps>)> {
    let (i, week) = plan
        .weeks
        .iter()
        .enumerate()
        .find(|(_, w)| w.days.iter().any(|d| d.date == date))?;
    let day = week.days.iter().find(|d| d.date == date)?;
    Some((day, of_day(day, easy_range(plan, i))))
}

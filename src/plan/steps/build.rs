//! A day's steps by kind of session: one step for easy, long and race days; warm-up, the work and
//! a cool-down for quality sessions (the repeats are in `intervals`).

use super::budget::Budget;
use super::intervals;
use super::model::{Intensity, Item, Step, Steps};
use crate::plan::{Day, PaceRange, WorkoutKind};

/// The steps of `day`, with `easy` as the week's easy pace range (when paces are known); `None`
/// for rest and cross-training days.
pub fn of_day(day: &Day, easy: Option<PaceRange>) -> Option<Steps> {
    if !(day.km > 0.0 && day.minutes > 0.0 && day.km.is_finite() && day.minutes.is_finite()) {
        return None;
    }
    let b = Budget::new(day, easy);
    let built = match day.kind {
        WorkoutKind::Rest | WorkoutKind::Cross => return None,
        WorkoutKind::Easy | WorkoutKind::Long | WorkoutKind::Race => None,
        WorkoutKind::Tempo => block(&b, false),
        WorkoutKind::RacePace => block(&b, b.paced()),
        WorkoutKind::Intervals => intervals::intervals(&b),
        WorkoutKind::Hills => intervals::hills(&b),
        WorkoutKind::Strides => intervals::strides(&b),
    };
    Some(built.unwrap_or_else(|| b.single(b.work)))
}

/// One continuous block of work (tempo, race pace): by distance to 0.1 km when `by_distance`,
/// else by time to the minute.
fn block(b: &Budget, by_distance: bool) -> Option<Steps> {
    let hard_min = b.hard_minutes.round().max(1.0);
    let step = if by_distance {
        let km = ((b.hard_minutes * 60.0 / b.work_pace) * 10.0)
            .round()
            .max(1.0)
            / 10.0;
        Step::distance(Intensity::Active, km, b.work_pace, b.work)
    } else {
        Step::time(Intensity::Active, hard_min * 60.0, b.work_pace, b.work)
    };
    b.framed(vec![Item::Step(step)], true)
}

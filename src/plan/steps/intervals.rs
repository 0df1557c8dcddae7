//! Sessions with repeats: intervals (reps of work with jog recoveries), hill repeats, strides.

use super::budget::Budget;
use super::model::{Intensity, Item, Step, Steps, Target};
use crate::plan::Effort;

/// Recovery jog between intervals, seconds.
pub const INTERVAL_JOG_S: f64 = 120.0;
/// One interval when no pace is known, seconds.
pub const INTERVAL_S: f64 = 180.0;
/// One hill repeat, seconds; the jog back down.
pub const HILL_S: f64 = 45.0;
pub const HILL_JOG_S: f64 = 90.0;
/// Strides after an easy run: how many, how long, and the walk-jog between.
pub const STRIDES: u32 = 6;
pub const STRIDE_S: f64 = 20.0;
pub const STRIDE_JOG_S: f64 = 60.0;

/// A work step and its recovery, `times` times.
fn repeat(times: u32, work: Step, jog_s: f64, b: &Budget) -> Item {
    // The jog's distance is set from the day's easy pace once it is known (Budget::framed).
    let jog = Step::time(Intensity::Recovery, jog_s, b.work_pace, b.easy);
    Item::Repeat {
        times,
        steps: vec![work, jog],
    }
}

/// Intervals: warm-up, reps x (work, 2 min jog), cool-down. As many reps as the day's description
/// ("6 x 3 min"); with a pace each rep is the distance of 3 minutes at it (to 100 m), else 3
/// minutes.
/// Fewer reps when the day is too short for them.
pub fn intervals(b: &Budget) -> Option<Steps> {
    let wanted = (b.hard_minutes / 3.0).round().max(2.0) as u32;
    (1..=wanted).rev().find_map(|reps| {
        let work = if b.paced() {
            let km = (INTERVAL_S / b.work_pace * 10.0).round().max(2.0) / 10.0;
            Step::distance(Intensity::Active, km, b.work_pace, b.work)
        } else {
            Step::time(Intensity::Active, INTERVAL_S, b.work_pace, b.work)
        };
        b.framed(vec![repeat(reps, work, INTERVAL_JOG_S, b)], true)
    })
}

/// Hill repeats: warm-up, reps x (45 s uphill hard, jog down), cool-down; reps as in the day's
/// description (4-12). Hills have no pace: the work is by effort.
pub fn hills(b: &Budget) -> Option<Steps> {
    let wanted = b.hard_minutes.round().clamp(4.0, 12.0) as u32;
    (1..=wanted).rev().find_map(|reps| {
        let work = Step::time(
            Intensity::Active,
            HILL_S,
            b.work_pace,
            Target::Effort(Effort::Hard),
        );
        b.framed(vec![repeat(reps, work, HILL_JOG_S, b)], true)
    })
}

/// Easy run + strides: the easy run, then 6 x (20 s fast and relaxed, 1 min easy jog).
pub fn strides(b: &Budget) -> Option<Steps> {
    let stride = Step::time(
        Intensity::Active,
        STRIDE_S,
        b.work_pace * 0.8,
        Target::Effort(Effort::Hard),
    );
    b.framed(vec![repeat(STRIDES, stride, STRIDE_JOG_S, b)], false)
}

//! Adapting to what was run (science.md, "Adapting to what was done"): a week run well short of
//! its plan makes the next rebuild from what was run (the carry already holds it; the reason says
//! so), two or more largely missed weeks give an easy re-entry week before quality sessions
//! return, and a week run well beyond its plan never makes the next one jump. Every change carries
//! a typed reason naming what was run.

use super::kinds::{Effort, WorkoutKind};
use super::output::Week;
use super::reason::Reason;
use super::science::{EXTRA_WEEK_SHARE, LOW_WEEK_SHARE, MISSED_WEEK_SHARE, REENTRY_AFTER_WEEKS};
use super::status::DayStatus;

/// What the past weeks so far call for in the next one.
#[derive(Default)]
pub(super) struct Adapt {
    /// Largely missed weeks in a row, up to the last past week.
    missed: u32,
    /// The reason the next week carries, if any.
    next: Option<Reason>,
}

impl Adapt {
    /// Records a past week with `planned` km on its days in the season and `done` km counted as
    /// run on them.
    pub(super) fn after_week(&mut self, planned: f64, done: f64) {
        if planned <= 0.0 {
            return;
        }
        let share = done / planned;
        self.missed = if share < MISSED_WEEK_SHARE {
            self.missed + 1
        } else {
            0
        };
        self.next = if self.missed >= REENTRY_AFTER_WEEKS {
            Some(Reason::ReEntry { weeks: self.missed })
        } else if share < LOW_WEEK_SHARE {
            Some(Reason::Rebuild {
                done_km: done,
                planned_km: planned,
            })
        } else if share > EXTRA_WEEK_SHARE {
            Some(Reason::ExtraHeld {
                done_km: done,
                planned_km: planned,
            })
        } else {
            None
        };
    }

    /// Gives week `w` (the one after the last recorded) what the past calls for: its reason
    /// first, and in a re-entry week easy running in place of quality sessions.
    pub(super) fn apply(&mut self, w: &mut Week) {
        let Some(reason) = self.next.take() else {
            return;
        };
        if matches!(reason, Reason::ReEntry { .. }) {
            for d in w.days.iter_mut().filter(|d| d.status == DayStatus::Planned) {
                if matches!(
                    d.kind,
                    WorkoutKind::Tempo
                        | WorkoutKind::Intervals
                        | WorkoutKind::Hills
                        | WorkoutKind::RacePace
                ) {
                    d.kind = WorkoutKind::Easy;
                    d.effort = Effort::Easy;
                    d.hard_minutes = 0.0;
                    d.pace = None;
                }
            }
        }
        w.reasons.insert(0, reason);
    }
}

impl Adapt {
    /// A past week kept as it was planned already holds its reason: nothing to add.
    pub(super) fn skip(&mut self) {
        self.next = None;
    }
}

/// The volume a past week hands on to the ramp: what was done, never more than its plan.
pub(super) fn handed_on(planned_seen: f64, delta: f64) -> f64 {
    (planned_seen + delta.min(0.0)).max(0.0)
}

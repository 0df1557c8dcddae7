//! Training weeks (load, deload, ramp-back): their volume, long run and sessions.

use super::context::Ctx;
use super::days::WeekTarget;
use super::frame::{DeloadWhy, Frame};
use super::kinds::{Phase, WeekKind, WorkoutKind};
use super::model::Experience;
use super::reason::{Reason, VolumeLimit};
use super::science::{MAX_ACWR, MAX_WEEKLY_GROWTH};
use super::week::State;
use chrono::{Datelike, NaiveDate};

/// What a training week needs to know beyond the state.
pub struct TrainArgs {
    /// The peak weekly volume the target race calls for (capped at the maximum).
    pub goal: f64,
    /// The runner's maximum weekly volume.
    pub max: f64,
    /// Runs per week.
    pub runs: u32,
    /// Share of the week the long run may take.
    pub share: f64,
    /// The week started before today.
    pub partial: bool,
    /// Long-run cap for the target race distance.
    pub race_cap: f64,
    /// Longest run allowed by the 30-day guard.
    pub guard: f64,
    /// The 30-day longest run the guard rests on.
    pub longest30: f64,
}

impl State {
    /// Sets a training week's target and reasons; returns its full-week volume.
    pub(super) fn train_week(
        &mut self,
        ctx: &Ctx,
        f: &Frame,
        a: &TrainArgs,
        t: &mut WeekTarget,
        reasons: &mut Vec<Reason>,
    ) -> f64 {
        let s = &ctx.input.settings;
        let (goal, max, runs, share, partial) = (a.goal, a.max, a.runs, a.share, a.partial);
        reasons.push(Reason::Focus { phase: f.phase });
        let v = match f.kind {
            WeekKind::Deload => {
                let (min_km, min_runs) = self
                    .block_min
                    .unwrap_or((self.prev_km.min(self.last_load), runs as usize));
                let v = min_km * (1.0 - s.deload_depth);
                let cut = s.deload_depth * 100.0;
                reasons.push(match &f.deload {
                    Some(DeloadWhy::Signs(signs)) => Reason::UnscheduledDeload {
                        signs: signs.clone(),
                        cut_percent: cut,
                    },
                    Some(DeloadWhy::Cadence(n)) => Reason::Deload {
                        load_weeks: *n,
                        cut_percent: cut,
                    },
                    None => Reason::Deload {
                        load_weeks: 0,
                        cut_percent: cut,
                    },
                });
                t.runs = (runs.saturating_sub(1)).max(1).min(min_runs.max(1) as u32);
                t.long_km = (self.prev_long * 0.75).min(share * v);
                t.quality = [Some(WorkoutKind::Strides), None];
                t.cross = true;
                v
            }
            WeekKind::RampBack => {
                let d = self.prev_km;
                let v = (d + 0.7 * (self.last_load - d))
                    .min(self.last_load)
                    .min(self.acwr_cap())
                    .min(max);
                reasons.push(Reason::RampBack {
                    last_load_km: self.last_load,
                });
                t.long_km = (share * v).min(self.last_long);
                t.quality = [quality_for(f.phase, s.experience, f.start)[0], None];
                v
            }
            _ => {
                let (v, limit) = if partial {
                    let v = goal.min(self.prev_km);
                    (v, VolumeLimit::Current)
                } else {
                    self.load_volume(goal, ctx.floor_km, max)
                };
                reasons.push(Reason::Volume {
                    percent_change: (v / self.reference().max(1e-9) - 1.0) * 100.0,
                    limit,
                });
                if f.deload_in_taper {
                    reasons.push(Reason::DeloadInTaper);
                }
                let prep = if f.phase == Phase::Prep { 0.9 } else { 1.0 };
                t.long_km = share * v * prep;
                t.quality = quality_for(f.phase, s.experience, f.start);
                v
            }
        };
        self.long_run_reasons(t, a.race_cap, a.guard, a.longest30, reasons);
        v
    }

    /// Volume for a load week: the goal, bounded by the 10% rule, ACWR 1.3 and the maximum.
    pub(super) fn load_volume(&self, goal: f64, floor: f64, max: f64) -> (f64, VolumeLimit) {
        let reference = self.reference();
        let options = [
            (goal, VolumeLimit::Goal),
            (reference * MAX_WEEKLY_GROWTH, VolumeLimit::TenPercent),
            (self.acwr_cap(), VolumeLimit::Acwr),
            (max, VolumeLimit::Max),
        ];
        let (v, limit) = options
            .into_iter()
            .fold((f64::INFINITY, VolumeLimit::Goal), |acc, o| {
                if o.0 < acc.0 {
                    o
                } else {
                    acc
                }
            });
        (v.max(floor.min(max)), limit)
    }

    /// The volume a load week grows from: last week's if it was a load week, else the last load week.
    pub(super) fn reference(&self) -> f64 {
        if matches!(self.prev_kind, WeekKind::Load | WeekKind::RampBack) {
            self.prev_km
        } else {
            self.last_load
        }
    }

    /// The highest volume keeping acute:chronic at or below 1.3 (chronic = mean of the last 4 weeks).
    pub(super) fn acwr_cap(&self) -> f64 {
        MAX_ACWR * self.hist.iter().sum::<f64>() / 4.0
    }

    /// Caps the long run (race distance, share of week, 30-day guard) and says which cap applied.
    pub(super) fn long_run_reasons(
        &self,
        t: &mut WeekTarget,
        race_cap: f64,
        guard: f64,
        longest30: f64,
        reasons: &mut Vec<Reason>,
    ) {
        if t.long_km <= 0.0 {
            return;
        }
        if t.long_km > race_cap {
            if self.prev_long >= 0.95 * race_cap {
                // Full-length long runs every other week; a shorter one in between.
                t.long_km = 0.8 * race_cap;
                reasons.push(Reason::LongRunAlternate);
            } else {
                t.long_km = race_cap;
                reasons.push(Reason::LongRunRaceCap { cap_km: race_cap });
            }
        }
        if t.long_km > guard {
            t.long_km = guard;
            reasons.push(Reason::LongRunGuard {
                longest_30d_km: longest30,
            });
        }
    }
}

/// The quality sessions a phase calls for, alternating by week where there is a choice.
pub(super) fn quality_for(
    phase: Phase,
    experience: Experience,
    start: NaiveDate,
) -> [Option<WorkoutKind>; 2] {
    use WorkoutKind::*;
    let odd = (start.num_days_from_ce() / 7) % 2 == 1;
    let two = experience != Experience::Beginner;
    let pair = match phase {
        Phase::Prep => [Some(Strides), None],
        Phase::Base => {
            if odd {
                [Some(Hills), Some(Strides)]
            } else {
                [Some(Strides), Some(Hills)]
            }
        }
        Phase::Build => {
            if odd {
                [Some(Intervals), Some(Tempo)]
            } else {
                [Some(Tempo), Some(Intervals)]
            }
        }
        Phase::Peak => [Some(RacePace), Some(Intervals)],
        _ => [None, None],
    };
    if two {
        pair
    } else {
        [pair[0], None]
    }
}

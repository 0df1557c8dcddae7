//! Training weeks (load, deload, ramp-back): their volume, long run and sessions.

use chrono::{Datelike, NaiveDate};

use super::bounds::Bounds;
use super::carry::Carry;
use super::context::Ctx;
use super::days::WeekTarget;
use super::frame::{DeloadWhy, Frame};
use super::kinds::{Phase, WeekKind, WorkoutKind};
use super::model::Experience;
use super::reason::{Reason, VolumeLimit};
use super::science::MAX_WEEKLY_GROWTH;

/// Sets a training week's target and reasons; returns its full-week volume.
pub(super) fn train_week(
    c: &Carry,
    ctx: &Ctx,
    f: &Frame,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    reasons.push(Reason::Focus { phase: f.phase });
    let v = match f.kind {
        WeekKind::Deload => deload_week(c, ctx, f, b, t, reasons),
        WeekKind::RampBack => ramp_back_week(c, ctx, f, b, t, reasons),
        _ => load_week(c, ctx, f, b, t, reasons),
    };
    long_run_reasons(c, t, b, reasons);
    v
}

/// A deload: the block's lowest load week less the chosen depth, fewer runs, strides only.
fn deload_week(
    c: &Carry,
    ctx: &Ctx,
    f: &Frame,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    let depth = ctx.input.settings.deload_depth;
    let (min_km, min_runs) = c
        .block_min
        .unwrap_or((c.prev_km.min(c.last_load), b.runs as usize));
    let v = min_km * (1.0 - depth);
    let cut = depth * 100.0;
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
    t.runs = (b.runs.saturating_sub(1))
        .max(1)
        .min(min_runs.max(1) as u32);
    t.long_km = (c.prev_long * 0.75).min(b.share * v);
    t.quality = [Some(WorkoutKind::Strides), None];
    t.cross = true;
    v
}

/// The week after a deload: most of the way back to the last load week, never above it.
fn ramp_back_week(
    c: &Carry,
    ctx: &Ctx,
    f: &Frame,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    let d = c.prev_km;
    let v = (d + 0.7 * (c.last_load - d))
        .min(c.last_load)
        .min(c.acwr_cap())
        .min(b.max);
    reasons.push(Reason::RampBack {
        last_load_km: c.last_load,
    });
    t.long_km = (b.share * v).min(c.last_long);
    let experience = ctx.input.settings.experience;
    t.quality = [quality_for(f.phase, experience, f.start)[0], None];
    v
}

/// A load week: toward the goal within the progression rules (the current volume in a week
/// already under way), with the phase's sessions.
fn load_week(
    c: &Carry,
    ctx: &Ctx,
    f: &Frame,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    let (v, limit) = if b.partial {
        (b.goal.min(c.prev_km), VolumeLimit::Current)
    } else {
        load_volume(c, b.goal, ctx.floor_km, b.max)
    };
    reasons.push(Reason::Volume {
        percent_change: (v / c.reference().max(1e-9) - 1.0) * 100.0,
        limit,
    });
    if f.deload_in_taper {
        reasons.push(Reason::DeloadInTaper);
    }
    let prep = if f.phase == Phase::Prep { 0.9 } else { 1.0 };
    t.long_km = b.share * v * prep;
    t.quality = quality_for(f.phase, ctx.input.settings.experience, f.start);
    v
}

/// Volume for a load week: the goal, bounded by the 10% rule, ACWR 1.3 and the maximum.
fn load_volume(c: &Carry, goal: f64, floor: f64, max: f64) -> (f64, VolumeLimit) {
    let options = [
        (goal, VolumeLimit::Goal),
        (c.reference() * MAX_WEEKLY_GROWTH, VolumeLimit::TenPercent),
        (c.acwr_cap(), VolumeLimit::Acwr),
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

/// Caps the long run (race distance, share of week, 30-day guard) and says which cap applied.
fn long_run_reasons(c: &Carry, t: &mut WeekTarget, b: &Bounds, reasons: &mut Vec<Reason>) {
    if t.long_km <= 0.0 {
        return;
    }
    if t.long_km > b.race_cap {
        if c.prev_long >= 0.95 * b.race_cap {
            // Full-length long runs every other week; a shorter one in between.
            t.long_km = 0.8 * b.race_cap;
            reasons.push(Reason::LongRunAlternate);
        } else {
            t.long_km = b.race_cap;
            reasons.push(Reason::LongRunRaceCap { cap_km: b.race_cap });
        }
    }
    if t.long_km > b.guard {
        t.long_km = b.guard;
        reasons.push(Reason::LongRunGuard {
            longest_30d_km: b.longest30,
        });
    }
}

/// The quality sessions a phase calls for, alternating by week where there is a choice.
fn quality_for(phase: Phase, experience: Experience, start: NaiveDate) -> [Option<WorkoutKind>; 2] {
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

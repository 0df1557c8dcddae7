//! Training weeks (load, deload, ramp-back): their volume, long run and sessions.

use chrono::{Datelike, Duration, NaiveDate};

use super::bounds::Bounds;
use super::carry::Carry;
use super::context::Ctx;
use super::days::WeekTarget;
use super::frame::{Climb, DeloadWhy, Frame};
use super::kinds::{Phase, WeekKind, WorkoutKind};
use super::model::Experience;
use super::reason::{PeakLimit, Reason, VolumeLimit};
use super::science::{self, HOLD_DAYS_BEFORE_A_RACE, MAX_WEEKLY_GROWTH, RAMP_BACK_SHARE};

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

/// A deload: the preceding load week less the chosen depth (and never above the block's lowest
/// load week, so it is easier than every week around it), its long run cut as much, fewer runs,
/// strides only. The reason states the cut from the week before.
fn deload_week(
    c: &Carry,
    ctx: &Ctx,
    f: &Frame,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    let depth = ctx.input.settings.deload_depth;
    let before = c.reference();
    let (min_km, min_runs) = c.block_min.unwrap_or((before, b.runs as usize));
    let v = (before * (1.0 - depth)).min(min_km);
    let cut = cut_percent(v, before);
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
    t.long_km = (c.prev_long * (1.0 - depth)).min(b.share * v);
    // Fewer runs, none longer than the week before's: the cut is not pushed into the others.
    if c.prev_other_max > 0.0 {
        t.other_cap_km = c.prev_other_max;
    }
    t.quality = [Some(WorkoutKind::Strides), None];
    t.cross = true;
    v
}

/// Restates a training week's reasons with the volume its days actually hold (`km`, as the rules
/// see it): a deload's cut from the week before (`before`), the peak the climb reached (short of
/// the peak aimed for, `b.peak`, when the ramp rules or the 30-day guard on each run held it).
pub(super) fn settle_reasons(reasons: &mut [Reason], km: f64, before: f64, b: &Bounds) {
    for r in reasons.iter_mut() {
        match r {
            Reason::Deload { cut_percent: c, .. }
            | Reason::UnscheduledDeload { cut_percent: c, .. } => *c = cut_percent(km, before),
            Reason::Peak { peak_km, limit, .. } => {
                *peak_km = km;
                if km < 0.95 * b.peak {
                    *limit = PeakLimit::Ramp;
                }
            }
            _ => {}
        }
    }
}

/// The percentage `v` lies below `before` (0 when it does not).
fn cut_percent(v: f64, before: f64) -> f64 {
    if before > 0.0 {
        ((1.0 - v / before) * 100.0).max(0.0)
    } else {
        0.0
    }
}

/// The week after a deload: back to most of the last load week (never above it), from where the
/// climb resumes.
fn ramp_back_week(
    c: &Carry,
    ctx: &Ctx,
    f: &Frame,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    let v = (c.last_load * RAMP_BACK_SHARE).min(c.acwr_cap()).min(b.max);
    reasons.push(Reason::RampBack {
        last_load_km: c.last_load,
        percent_of_last: v / c.last_load.max(1e-9) * 100.0,
    });
    t.long_km = (b.share * v).min(c.last_long);
    let experience = ctx.input.settings.experience;
    t.quality = [quality_for(f.phase, experience, f.start)[0], None];
    v
}

/// A load week: the next step of the climb to the peak within the progression rules (the current
/// volume in a week already under way), with the phase's sessions.
fn load_week(
    c: &Carry,
    ctx: &Ctx,
    f: &Frame,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    let (v, limit) = if b.partial {
        (b.peak.min(c.prev_km), VolumeLimit::Current)
    } else {
        hold_before_race(ctx, f, c, load_volume(c, f, b, ctx.floor_km))
    };
    reasons.push(Reason::Volume {
        percent_change: (v / c.reference().max(1e-9) - 1.0) * 100.0,
        limit,
    });
    if f.climb.load_weeks == 1 {
        reasons.push(peak_reason(ctx, f, b, v));
    }
    if f.deload_in_taper {
        reasons.push(Reason::DeloadInTaper);
    }
    let prep = if f.phase == Phase::Prep { 0.9 } else { 1.0 };
    t.long_km = b.share * v * prep;
    t.quality = quality_for(f.phase, ctx.input.settings.experience, f.start);
    v
}

/// Short notice: a load week ending within [`HOLD_DAYS_BEFORE_A_RACE`] days of an A race does not
/// rise above the week it grows from (hold, then the taper or race week lowers it).
fn hold_before_race(
    ctx: &Ctx,
    f: &Frame,
    c: &Carry,
    chosen: (f64, VolumeLimit),
) -> (f64, VolumeLimit) {
    let last_day = f.start + Duration::days(6);
    let held = c
        .reference()
        .max(ctx.floor_km.min(ctx.input.settings.max_weekly_km));
    match ctx.a_race_within(last_day, HOLD_DAYS_BEFORE_A_RACE) {
        Some(_) if chosen.0 > held + 1e-9 => (held, VolumeLimit::HoldBeforeRace),
        _ => chosen,
    }
}

/// The climb's step: the growth that spreads what is left to the peak evenly over the load weeks
/// left (each ramp-back gives back `1 - RAMP_BACK_SHARE`), at most the 10% rule; after the climb's
/// last week, the peak itself.
fn climb_target(c: &Carry, f: &Frame, b: &Bounds) -> (f64, VolumeLimit) {
    let from = c.reference().max(1e-9);
    let Climb {
        load_weeks,
        ramp_backs,
    } = f.climb;
    if load_weeks == 0 {
        return (b.peak, VolumeLimit::Peak);
    }
    let still = b.peak / from / RAMP_BACK_SHARE.powi(ramp_backs as i32);
    let growth = still
        .powf(1.0 / f64::from(load_weeks))
        .clamp(1.0, MAX_WEEKLY_GROWTH);
    ((from * growth).min(b.peak), VolumeLimit::Climb)
}

/// Volume for a load week: the climb's step, bounded by the 10% rule, ACWR 1.3 and the maximum
/// (which names the limit on a tie).
fn load_volume(c: &Carry, f: &Frame, b: &Bounds, floor: f64) -> (f64, VolumeLimit) {
    let options = [
        (b.max, VolumeLimit::Max),
        (c.reference() * MAX_WEEKLY_GROWTH, VolumeLimit::TenPercent),
        (c.acwr_cap(), VolumeLimit::Acwr),
        climb_target(c, f, b),
    ];
    let (v, limit) = options
        .into_iter()
        .fold((f64::INFINITY, VolumeLimit::Peak), |acc, o| {
            if o.0 < acc.0 - 1e-9 {
                o
            } else {
                acc
            }
        });
    (v.max(floor.min(b.max)), limit)
}

/// The peak the climb reaches in its last week, and what holds it there: the ramp rules when it
/// falls short of the peak aimed for, else the maximum or the experience ceiling.
fn peak_reason(ctx: &Ctx, f: &Frame, b: &Bounds, v: f64) -> Reason {
    let limit = if v < 0.95 * b.peak {
        PeakLimit::Ramp
    } else {
        b.peak_limit
    };
    Reason::Peak {
        race: ctx
            .races
            .get(f.target)
            .map(|r| r.name.clone())
            .unwrap_or_default(),
        peak_km: v,
        max_km: b.max,
        limit,
    }
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
            reasons.push(if b.cap_by_time {
                Reason::LongRunTimeCap {
                    minutes: science::long_run_minutes(b.race_km),
                    cap_km: b.race_cap,
                }
            } else {
                Reason::LongRunRaceCap { cap_km: b.race_cap }
            });
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

//! The weeks a race shapes: the taper before an A race, the race week, the reverse-taper
//! recovery after it and the transition weeks at the season's end (training weeks are in `train`).

use super::bounds::Bounds;
use super::carry::Carry;
use super::context::Ctx;
use super::days::WeekTarget;
use super::frame::{Frame, Role};
use super::kinds::{WeekKind, WorkoutKind};
use super::model::Priority;
use super::reason::{Reason, VolumeLimit};
use super::recovery;
use super::science::{self, LAST_LONG_BEFORE_MARATHON, TAPER_FLOOR};

/// Sets a taper, race, recovery or transition week's sessions and reasons; returns its
/// full-week volume (0 for a training week, which `train` builds).
pub(super) fn role_week(
    ctx: &Ctx,
    f: &Frame,
    c: &Carry,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    match f.role {
        Role::Train => 0.0,
        Role::Taper {
            race,
            week,
            of,
            days,
            share,
        } => {
            // Days of the week before the taper's first day stay at the last load week's level;
            // the taper's own days are cut progressively (Bosquet et al. 2007: progressive,
            // exponential reduction), so where only the taper's first days fall in this week
            // they are cut only as far as the exponential has come by then.
            let k =
                1.0 - share + share * TAPER_FLOOR.powf(share * f64::from(week) / f64::from(of + 1));
            reasons.push(Reason::Taper {
                race: race_name(ctx, race),
                week,
                of,
                taper_days: days,
                cut_percent: (1.0 - k) * 100.0,
            });
            let close = ctx
                .races
                .get(race)
                .is_some_and(|r| (r.date - f.start).num_days() <= science::HOLD_DAYS_BEFORE_A_RACE);
            if share < 1.0 && close {
                // The days before the taper's first day hold the last load week's volume (a week
                // this close to an A race never rises).
                reasons.push(Reason::Volume {
                    percent_change: (k - 1.0) * 100.0,
                    limit: VolumeLimit::HoldBeforeRace,
                });
            }
            let v = taper_week(c, b, k, t);
            last_long_before_marathon(ctx, c, race, week == of, t, reasons);
            v
        }
        Role::Race { race } => race_week(ctx, f, c, b, race, t, reasons),
        Role::Recovery { race, week, of } => {
            let r = &ctx.races[race];
            let km = r.distance.km();
            // The reverse taper: a share of the plan's own peak week, runs kept short.
            let k = recovery::week_share(km, week, of);
            reasons.push(Reason::Recovery {
                race: r.name.clone(),
                days: ctx.recovery_days.get(race).copied().unwrap_or(0),
                percent_of_peak: k * 100.0,
            });
            easy_week(b, t);
            let minutes = recovery::run_minutes(km, week);
            t.run_cap_km = t.run_cap_km.min(b.hour_km * minutes / 60.0);
            c.last_load * k
        }
        Role::Transition { race } => {
            reasons.push(Reason::Transition {
                race: race_name(ctx, race),
            });
            easy_week(b, t);
            t.cross = true;
            c.last_load * 0.5
        }
    }
}

/// A taper week at `k` of the last load week, progressive, with its sharp sessions kept.
fn taper_week(c: &Carry, b: &Bounds, k: f64, t: &mut WeekTarget) -> f64 {
    let mut full_km = c.last_load * k;
    if c.prev_kind == WeekKind::Taper {
        // Progressive: never more than the taper week before (caps can bite unevenly).
        full_km = full_km.min(c.prev_training);
    }
    t.long_km = (c.last_long * k).min(b.race_cap);
    t.quality = [Some(WorkoutKind::Intervals), Some(WorkoutKind::RacePace)];
    t.hard_scale = 0.7;
    full_km
}

/// The last taper week before a marathon (or longer): its long run, about 7 days before the
/// race, at most [`LAST_LONG_BEFORE_MARATHON`] of the peak long run.
fn last_long_before_marathon(
    ctx: &Ctx,
    c: &Carry,
    race: usize,
    last: bool,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) {
    let long_race = ctx.races.get(race).is_some_and(|r| r.distance.km() >= 40.0);
    if last && long_race && t.long_km > 0.0 && c.last_long > 0.0 {
        t.long_km = t.long_km.min(LAST_LONG_BEFORE_MARATHON * c.last_long);
        reasons.push(Reason::LastLongRun {
            percent_of_peak: t.long_km / c.last_long * 100.0,
        });
    }
}

/// The week of an A or B race: lighter before the race, easy after it.
fn race_week(
    ctx: &Ctx,
    f: &Frame,
    c: &Carry,
    b: &Bounds,
    race: usize,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    let r = &ctx.races[race];
    let pre = (r.date - f.start).num_days() as f64;
    let post = 6.0 - pre;
    let (pre_k, post_k) = match r.priority {
        Priority::A => (TAPER_FLOOR * 0.9, 0.35),
        _ => (0.8, 0.45),
    };
    t.quality = [Some(WorkoutKind::Strides), None];
    t.hard_scale = 0.7;
    t.run_cap_km = b.guard.min(b.hour_km);
    reasons.push(Reason::RaceWeek {
        race: r.name.clone(),
        priority: r.priority,
    });
    if r.priority == Priority::B {
        reasons.push(Reason::MiniTaper {
            race: r.name.clone(),
            days: science::mini_taper_days(r.distance.km()),
        });
    }
    c.last_load * (pre_k * pre + post_k * post) / 7.0
}

/// Recovery and transition weeks: one run fewer, none longer than an hour.
fn easy_week(b: &Bounds, t: &mut WeekTarget) {
    t.runs = b.runs.saturating_sub(1).max(1);
    t.run_cap_km = b.guard.min(b.hour_km);
}

fn race_name(ctx: &Ctx, race: usize) -> String {
    ctx.races
        .get(race)
        .map(|r| r.name.clone())
        .unwrap_or_default()
}

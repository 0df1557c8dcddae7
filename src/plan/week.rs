//! Builds each week, in order, from its frame and what came before: the week's bounds, the volume
//! its role calls for (training weeks in `train`; tapers, race weeks, reverse-taper recoveries and
//! transitions here), the races inside it, the layout over its days, and the carry to the next.

use chrono::{Duration, NaiveDate};

use super::around_race;
use super::bounds::Bounds;
use super::carry::Carry;
use super::context::Ctx;
use super::days::{layout_around, FixedLimits, WeekTarget};
use super::frame::{Frame, Role};
use super::kinds::WorkoutKind;
use super::model::Priority;
use super::output::{Day, Week};
use super::race_weeks;
use super::reason::Reason;
use super::science;
use super::span_ref::SpanRef;
use super::train::{settle_reasons, train_week};

/// What the progression rules see in a week: its volume and long run (a week under way counts
/// in full).
pub(super) struct Seen {
    pub km: f64,
    pub long: f64,
}

/// Builds one week of the plan from its frame and what came before, with what the progression
/// rules see in it (the caller carries it forward).
pub(super) fn draft(ctx: &Ctx, f: &Frame, carry: &mut Carry) -> (Week, Seen) {
    let b = Bounds::new(ctx, f, carry);
    let mut reasons = phase_reason(ctx, f);
    let mut t = b.blank_target(f);
    let full_km = choose_volume(ctx, f, carry, &b, &mut t, &mut reasons).min(b.max);
    let races_km = races_inside(ctx, f, &mut reasons);
    if reasons
        .iter()
        .any(|r| matches!(r, Reason::MiniTaper { .. }))
        && carry.prev_easy_max > 0.0
    {
        // A mini-taper lowers the days before the B race; it does not push their volume into
        // longer runs on the other days: none outgrows the week before's easy runs.
        t.other_cap_km = t.other_cap_km.min(carry.prev_easy_max);
    }
    let full_long = fit_target(ctx, f, &b, full_km, races_km, &mut t);
    let fixed = around_races(ctx, f, carry, &b);
    let carry = &*carry;
    // A taper or training week stays within its volume (progressive taper, ramp limits), any
    // week within the runner's maximum,
    // and every run within the week's 30-day guard, the days from race day included.
    let limits = FixedLimits {
        total: match f.role {
            Role::Taper { .. } | Role::Train => t.training_km,
            _ => b.max,
        },
        run: b.guard,
    };
    let days = layout_around(ctx, f.start, &t, &fixed, limits);
    let (km, long) = totals(&days);
    // The rules see the planned volume: a partial first week counts in full, and a race
    // longer than the week's plan does not raise the next week's allowance.
    let seen = if b.partial {
        full_km
    } else if races_km > 0.0 {
        km.min(full_km)
    } else {
        km
    };
    if matches!(f.role, Role::Train) && !b.partial {
        settle_reasons(&mut reasons, seen, carry.reference(), &b);
    }
    // Like its volume, a week under way hands on its full-week long run, not its open days'.
    let long_seen = if b.partial && long > 0.0 {
        long.max(full_long.min(t.run_cap_km).min(t.long_cap_km))
    } else {
        long
    };
    let week = Week {
        start: f.start,
        phase: f.phase,
        kind: f.kind,
        km,
        long_run_km: long,
        reasons,
        days,
        past: false,
        actual_km: None,
    };
    (
        week,
        Seen {
            km: seen,
            long: long_seen,
        },
    )
}

/// The week's days around a race, laid out from race day (`around_race`); each race's reference
/// is taken from the carry the first time a week reaches its span, unless already known.
fn around_races(ctx: &Ctx, f: &Frame, carry: &mut Carry, b: &Bounds) -> Vec<Day> {
    let dates: Vec<NaiveDate> = (0..7).map(|d| f.start + Duration::days(d)).collect();
    let mut out = Vec::new();
    for i in 0..ctx.races.len() {
        let mine: Vec<NaiveDate> = dates
            .iter()
            .copied()
            .filter(|d| around_race::race_for(ctx, *d) == Some(i))
            .collect();
        if mine.is_empty() {
            continue;
        }
        let taken = SpanRef {
            load: carry.last_load,
            long: carry.last_long,
            guard: b.guard,
            easy_max: carry.prev_easy_max,
        };
        let Some(slot) = carry.span_refs.get_mut(i) else {
            continue;
        };
        let rf = *slot.get_or_insert(taken);
        out.extend(around_race::span_days(ctx, i, &rf, &mine));
    }
    out
}

/// "n weeks to <race>", while the target race is ahead.
fn phase_reason(ctx: &Ctx, f: &Frame) -> Vec<Reason> {
    match ctx.races.get(f.target) {
        Some(r) if f.weeks_to_target > 0 && f.start <= r.date => vec![Reason::Phase {
            race: r.name.clone(),
            weeks_to_race: f.weeks_to_target,
        }],
        _ => Vec::new(),
    }
}

/// Sets the week's sessions and reasons by its role; returns its full-week volume.
fn choose_volume(
    ctx: &Ctx,
    f: &Frame,
    c: &Carry,
    b: &Bounds,
    t: &mut WeekTarget,
    reasons: &mut Vec<Reason>,
) -> f64 {
    match f.role {
        Role::Train => {
            easy_after_race(ctx, f, reasons);
            train_week(c, ctx, f, b, t, reasons)
        }
        _ => race_weeks::role_week(ctx, f, c, b, t, reasons),
    }
}

/// The first days of a training week still inside a race's recovery.
fn easy_after_race(ctx: &Ctx, f: &Frame, reasons: &mut Vec<Reason>) {
    for (r, end) in ctx.races.iter().zip(&ctx.recovery_end) {
        if r.date < f.start && *end >= f.start {
            reasons.push(Reason::EasyAfterRace {
                race: r.name.clone(),
                days: ((*end - f.start).num_days() + 1).min(7) as u32,
            });
        }
    }
}

/// The distance of the other races inside the week (C races trained through, B races with their
/// mini-taper), with their reasons.
fn races_inside(ctx: &Ctx, f: &Frame, reasons: &mut Vec<Reason>) -> f64 {
    (0..7)
        .filter_map(|i| ctx.race_on(f.start + Duration::days(i)))
        .filter(|&r| !matches!(f.role, Role::Race { race } if race == r))
        .map(|r| {
            let race = &ctx.races[r];
            if race.priority == Priority::C {
                reasons.push(Reason::TrainThrough {
                    race: race.name.clone(),
                });
            } else {
                reasons.push(Reason::MiniTaper {
                    race: race.name.clone(),
                    days: science::mini_taper_days(race.distance.km()),
                });
            }
            race.distance.km()
        })
        .sum()
}

/// Fits the target to the week: races inside it take a session (and the long run when they are
/// long), count in a training week's volume, and a week under way keeps only its open days' share.
/// Returns the long run the full week would hold.
fn fit_target(
    ctx: &Ctx,
    f: &Frame,
    b: &Bounds,
    full_km: f64,
    races_km: f64,
    t: &mut WeekTarget,
) -> f64 {
    if races_km > 0.0 {
        t.quality[1] = None;
        if races_km >= 0.6 * t.long_km {
            t.long_km = 0.0;
        }
    }
    let races_share = if matches!(f.role, Role::Train) {
        races_km
    } else {
        0.0
    };
    t.training_km = (full_km - races_share).max(0.0);
    t.long_km = t.long_km.min(b.share * t.training_km);
    let full_long = t.long_km;
    if b.partial {
        let open = (0..7)
            .map(|i| f.start + Duration::days(i))
            .filter(|d| *d >= ctx.input.today && ctx.is_available(*d))
            .count() as f64;
        let all = ctx.available.iter().filter(|a| **a).count().max(1) as f64;
        t.training_km *= open / all;
        t.long_km *= open / all;
    }
    full_long
}

/// The week's running km and its long run.
pub(super) fn totals(days: &[Day]) -> (f64, f64) {
    let km: f64 = days.iter().map(|d| d.km).sum();
    let long = days
        .iter()
        .filter(|d| d.kind == WorkoutKind::Long)
        .map(|d| d.km)
        .fold(0.0, f64::max);
    (km, long)
}

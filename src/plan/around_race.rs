//! The days around a race, laid out relative to race day whatever day the week starts on: the
//! last days of an A race's taper, a B race's mini-taper and the easy days of the recovery after
//! an A or B race (science.md, "Taper" and "Post-race recovery": tapers are counted in days back
//! from race day, recoveries in days after it, so the week start is only the calendar).
//!
//! Each span is laid out as race-aligned virtual weeks (the seven days ending on race day, the
//! seven before those, and the weeks from the day after the race), with the same layout rules
//! as a calendar week, from a reference ([`SpanRef`]) taken once per race. The calendar week
//! holding span days keeps them as they are and lays its other days out around them.

use chrono::{Duration, NaiveDate};

use super::context::Ctx;
use super::days::{layout_whole, WeekTarget};
use super::kinds::WorkoutKind;
use super::model::Priority;
use super::output::Day;
use super::recovery;
use super::science::{self, LAST_LONG_BEFORE_MARATHON, MIN_RUN_KM, TAPER_FLOOR};
use super::span_ref::SpanRef;

/// Days before race `i` laid out from race day: an A race's last week (and the day before it,
/// the marathon's last long run), a B race's mini-taper (at least three days); none for a C race
/// (trained through).
pub fn days_before(ctx: &Ctx, i: usize) -> i64 {
    let Some(r) = ctx.races.get(i) else { return 0 };
    match r.priority {
        Priority::A => science::RACE_RELATIVE_DAYS_BEFORE_A,
        Priority::B => i64::from(science::mini_taper_days(r.distance.km()))
            .max(science::RACE_RELATIVE_DAYS_BEFORE_B),
        Priority::C => 0,
    }
}

/// Easy days after race `i` laid out from race day: its recovery (none after a C race).
pub fn days_after(ctx: &Ctx, i: usize) -> i64 {
    match ctx.races.get(i).map(|r| r.priority) {
        Some(Priority::A | Priority::B) => {
            i64::from(ctx.recovery_days.get(i).copied().unwrap_or(0))
        }
        _ => 0,
    }
}

/// The race whose span holds `date` (not a race day): the days before a race first, then the
/// recovery after one; the earlier race where two overlap.
pub fn race_for(ctx: &Ctx, date: NaiveDate) -> Option<usize> {
    if ctx.race_on(date).is_some() {
        return None;
    }
    let before = (0..ctx.races.len()).find(|&i| {
        let off = (ctx.races[i].date - date).num_days();
        (1..=days_before(ctx, i)).contains(&off)
    });
    before.or_else(|| {
        (0..ctx.races.len()).find(|&i| {
            let off = (date - ctx.races[i].date).num_days();
            (1..=days_after(ctx, i)).contains(&off)
        })
    })
}

/// The race-aligned virtual week holding `date` for race `i`, and which of its kind it is:
/// `-1` the seven days ending on race day, `-2` the seven before them, `k >= 1` the k-th week
/// from the day after the race.
fn virtual_week(ctx: &Ctx, i: usize, date: NaiveDate) -> (NaiveDate, i64) {
    let race = ctx.races[i].date;
    let off = (date - race).num_days();
    if off < 0 {
        let back = -off / 7 + 1;
        (race - Duration::days(7 * back - 1), -back)
    } else {
        let k = (off - 1) / 7;
        (race + Duration::days(1 + 7 * k), k + 1)
    }
}

/// The span days of race `i` that fall in `dates`, laid out from `rf` (one layout per virtual
/// week). Days before today are left to the calendar week (they are kept as planned).
pub fn span_days(ctx: &Ctx, i: usize, rf: &SpanRef, dates: &[NaiveDate]) -> Vec<Day> {
    let mut out: Vec<Day> = Vec::new();
    let mut laid: Vec<(NaiveDate, Vec<Day>)> = Vec::new();
    for &date in dates {
        if date < ctx.input.today {
            continue;
        }
        let (start, which) = virtual_week(ctx, i, date);
        if !laid.iter().any(|(s, _)| *s == start) {
            let t = target(ctx, i, rf, which);
            laid.push((start, layout_whole(ctx, start, &t)));
        }
        let day = laid
            .iter()
            .find(|(s, _)| *s == start)
            .and_then(|(_, days)| days.iter().find(|d| d.date == date));
        if let Some(d) = day {
            out.push(d.clone());
        }
    }
    out
}

/// The target of a virtual week of race `i` (see [`virtual_week`] for `which`).
fn target(ctx: &Ctx, i: usize, rf: &SpanRef, which: i64) -> WeekTarget {
    let r = &ctx.races[i];
    let km = r.distance.km();
    let s = &ctx.input.settings;
    let hour_km = 3600.0 / ctx.easy_pace(i);
    let race_cap = science::long_run_cap(km).min(science::long_run_minutes(km) / 60.0 * hour_km);
    let mut t = WeekTarget {
        training_km: 0.0,
        long_km: 0.0,
        runs: u32::from(s.runs_per_week),
        quality: [None, None],
        run_cap_km: rf.guard,
        long_cap_km: race_cap,
        other_cap_km: f64::INFINITY,
        cross: false,
        hard_scale: 0.7,
        target: i,
    };
    match which {
        -1 => {
            // The race week ending on race day: as the calendar race week before the race.
            let pre_k = match r.priority {
                Priority::A => TAPER_FLOOR * 0.9,
                _ => 0.8,
            };
            t.training_km = rf.load * pre_k * 6.0 / 7.0;
            t.quality = [Some(WorkoutKind::Strides), None];
            t.run_cap_km = rf.guard.min(hour_km);
        }
        w if w < -1 => {
            // The taper's week before: the exponential cut two thirds of the way to its floor,
            // sharp sessions kept; a marathon's last long run at most 60 % of the peak one.
            let k = TAPER_FLOOR.powf(2.0 / 3.0);
            t.training_km = rf.load * k;
            t.long_km = (rf.long * k).min(race_cap);
            if km >= 40.0 {
                t.long_km = t.long_km.min(LAST_LONG_BEFORE_MARATHON * rf.long);
            }
            t.long_km = t
                .long_km
                .min(science::long_run_share(km, t.runs) * t.training_km);
            if t.training_km < 2.0 * MIN_RUN_KM {
                // Too little for a long run beside another run: a lone run stays an easy one.
                t.long_km = 0.0;
            }
            t.quality = [Some(WorkoutKind::Intervals), Some(WorkoutKind::RacePace)];
        }
        week => {
            // The reverse taper after the race: a share of the last load week, runs kept short.
            let of = ((days_after(ctx, i) + 6) / 7).max(1) as u32;
            let week = week as u32;
            t.training_km = rf.load * recovery::week_share(km, week, of);
            t.runs = t.runs.saturating_sub(1).max(1);
            let minutes = recovery::run_minutes(km, week);
            t.run_cap_km = rf.guard.min(hour_km).min(hour_km * minutes / 60.0);
            t.hard_scale = 1.0;
        }
    }
    if r.priority == Priority::B && which >= -1 && rf.easy_max > 0.0 {
        // A mini-taper lowers the days before the B race and the easy days after it; it does not
        // push their volume into longer runs: none outgrows the week before's easy runs.
        t.other_cap_km = rf.easy_max;
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::scenario;

    const SEASON: &str = r#"{
      "today": "2026-03-04",
      "units": "km",
      "races": [
        {"name": "Midweek 10K", "date": "2026-05-06", "distance": "10k", "priority": "B"},
        {"name": "Spring Half", "date": "2026-06-07", "distance": "half", "priority": "A"}
      ],
      "athlete": {
        "weekly_volume": 40, "longest_run": 15, "max_weekly_volume": 60, "runs_per_week": 5,
        "available_days": ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        "long_run_day": "sun", "deload_every": 4, "experience": "intermediate"
      }
    }"#;

    #[test]
    fn span_days_are_counted_from_race_day_whatever_the_first_day_of_the_week() {
        let input = scenario::parse(SEASON, None).expect("parses").input;
        let races = input.races.clone();
        let rf = SpanRef {
            load: 50.0,
            long: 18.0,
            guard: 20.0,
            easy_max: 9.0,
        };
        let monday = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        let sunday = monday - Duration::days(1);
        let mon = Ctx::new(&input, &races, monday, 26 * 7, &[3, 7]);
        let sun = Ctx::new(&input, &races, sunday, 26 * 7, &[3, 7]);
        for (i, before) in [(0usize, 3i64), (1, 7)] {
            let race = races[i].date;
            let dates: Vec<NaiveDate> = (1..=before)
                .map(|k| race - Duration::days(k))
                .chain((1..=3).map(|k| race + Duration::days(k)))
                .collect();
            for d in &dates {
                assert_eq!(race_for(&mon, *d), Some(i), "{d}");
            }
            let (a, b) = (
                span_days(&mon, i, &rf, &dates),
                span_days(&sun, i, &rf, &dates),
            );
            assert_eq!(a.len(), dates.len());
            for (x, y) in a.iter().zip(&b) {
                assert_eq!((x.date, x.kind), (y.date, y.kind));
                assert!(
                    (x.km - y.km).abs() < 1e-9,
                    "{}: {} vs {}",
                    x.date,
                    x.km,
                    y.km
                );
            }
            // The B race's last two days before it: no quality session, no long run.
            if i == 0 {
                for d in a
                    .iter()
                    .filter(|d| d.date >= race - Duration::days(2) && d.date < race)
                {
                    assert!(matches!(
                        d.kind,
                        WorkoutKind::Rest | WorkoutKind::Easy | WorkoutKind::Strides
                    ));
                }
            }
        }
        assert_eq!(
            virtual_week(&mon, 1, races[1].date - Duration::days(7)).1,
            -2
        );
        assert_eq!(
            virtual_week(&mon, 1, races[1].date - Duration::days(6)).1,
            -1
        );
        assert_eq!(
            virtual_week(&mon, 1, races[1].date + Duration::days(7)).1,
            1
        );
        assert_eq!(
            virtual_week(&mon, 1, races[1].date + Duration::days(8)).1,
            2
        );
    }
}

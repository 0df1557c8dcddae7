//! Shared by the season tests: a season's input, moving today on, following the plan.
#![allow(dead_code)]

use chrono::{Duration, NaiveDate};
use periodize::plan::*;

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// The runner: 33 mi/week, 55 at most, a deload every 4th week, a marathon on 9 May
/// 2027, the season started on Monday 4 January 2027.
pub fn marathon() -> PlanInput {
    let mi = |m: f64| m * KM_PER_MILE;
    PlanInput {
        today: date("2027-01-04"),
        races: vec![Race {
            name: "Marathon".into(),
            date: date("2027-05-09"),
            distance: Distance::Marathon,
            priority: Priority::A,
            goal_time_s: None,
        }],
        settings: Settings {
            units: Units::Mi,
            available_days: vec![
                chrono::Weekday::Mon,
                chrono::Weekday::Tue,
                chrono::Weekday::Wed,
                chrono::Weekday::Thu,
                chrono::Weekday::Sat,
                chrono::Weekday::Sun,
            ],
            runs_per_week: 5,
            max_weekly_km: mi(55.0),
            deload_cadence: DeloadCadence::Every4,
            ..Settings::default()
        },
        baseline: Baseline {
            weekly_km: mi(33.0),
            longest_run_km: mi(12.0),
            ..Baseline::default()
        },
        checkins: vec![],
        season: Season {
            start: Some(date("2027-01-04")),
            ..Season::default()
        },
    }
}

/// `input` as of `days` later.
pub fn later(input: &PlanInput, days: i64) -> PlanInput {
    let mut i = input.clone();
    i.today = input.today + Duration::days(days);
    i
}

/// `input` followed to the letter for `weeks` weeks: each week later, the previous plan's weeks
/// frozen (as the app stores them) and runs equal to the first plan's days. The first plan, then
/// each week's input and plan.
pub fn follow(input: &PlanInput, weeks: i64) -> (Plan, Vec<(PlanInput, Plan)>) {
    let first = generate(input).unwrap();
    let mut previous = first.clone();
    let mut out = Vec::new();
    for k in 1..=weeks {
        let mut next = later(input, 7 * k);
        next.season.frozen = previous.weeks.clone();
        next.season.runs = as_planned(&first, next.today);
        let plan = generate(&next).unwrap();
        previous = plan.clone();
        out.push((next, plan));
    }
    (first, out)
}

/// Runs equal to the planned running days of `plan` before `today`.
pub fn as_planned(plan: &Plan, today: NaiveDate) -> Vec<Run> {
    plan.weeks
        .iter()
        .flat_map(|w| &w.days)
        .filter(|d| d.date < today && d.km > 0.0)
        .map(|d| Run {
            date: d.date,
            km: d.km,
            minutes: d.minutes,
        })
        .collect()
}

/// The week starting on `start`.
pub fn week(plan: &Plan, start: NaiveDate) -> &Week {
    plan.weeks
        .iter()
        .find(|w| w.start == start)
        .unwrap_or_else(|| panic!("no week starting {start}"))
}

/// The day on `date`.
pub fn day(plan: &Plan, date: NaiveDate) -> &Day {
    plan.weeks
        .iter()
        .flat_map(|w| &w.days)
        .find(|d| d.date == date)
        .unwrap_or_else(|| panic!("no day {date}"))
}

/// Asserts two weeks agree: date, phase, kind, volume within `tol` (relative), day kinds.
pub fn same_week(a: &Week, b: &Week, tol: f64) {
    same_week_within(a, b, tol, 1e-9);
}

/// As [`same_week`], the volumes within `tol` (relative) or `abs_km`.
pub fn same_week_within(a: &Week, b: &Week, tol: f64, abs_km: f64) {
    assert_eq!(a.start, b.start);
    assert_eq!((a.phase, a.kind), (b.phase, b.kind), "week {}", a.start);
    assert!(
        (a.km - b.km).abs() <= tol * a.km.max(b.km) + abs_km,
        "week {}: {} vs {} km",
        a.start,
        a.km,
        b.km
    );
    let kinds = |w: &Week| w.days.iter().map(|d| d.kind).collect::<Vec<_>>();
    assert_eq!(kinds(a), kinds(b), "day kinds of week {}", a.start);
}

/// Two weeks' days are the same plan: every field equal, the floating-point figures (distance,
/// minutes, hard minutes) to within 1e-9 relative, since a plan reached by another path may
/// differ in the last bit of a sum. Statuses are not compared (a past day is done, a future one
/// planned).
pub fn same_days(a: &Week, b: &Week) {
    assert_eq!(a.days.len(), b.days.len(), "week {}", a.start);
    let close = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0);
    for (x, y) in a.days.iter().zip(&b.days) {
        let fields = |d: &periodize::plan::Day| {
            (
                d.date,
                d.kind,
                d.effort,
                d.race,
                d.note,
                d.race_name.clone(),
                d.actual,
            )
        };
        assert_eq!(fields(x), fields(y), "day {}", x.date);
        assert_eq!(
            format!("{:?}", x.pace),
            format!("{:?}", y.pace),
            "pace of {}",
            x.date
        );
        assert!(
            close(x.km, y.km)
                && close(x.minutes, y.minutes)
                && close(x.hard_minutes, y.hard_minutes),
            "day {}: {:?} vs {:?}",
            x.date,
            (x.km, x.minutes, x.hard_minutes),
            (y.km, y.minutes, y.hard_minutes)
        );
    }
}

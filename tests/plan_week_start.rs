//! Issue 14, item 8b: the week start changes the calendar, not the training around races.
//! For the standard scenarios, planned with Monday and with Sunday as first day of the week: the
//! days around each race (at least 7 before an A race, 3 before a B race, and the recovery days
//! after an A or B race) have the same kind and distance with both starts; no quality session or
//! long run in the two days before a B race; the week labelled race week holds race day; and how
//! many of the first 175 days differ between the two (printed: far from races the weekly pattern
//! may follow the week start).
//! `cargo test --test plan_week_start -- --nocapture` prints the counts.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{Duration, NaiveDate};
use periodize::plan::*;

const SCENARIOS: &[&str] = &[
    "first_half_14_weeks",
    "five_k_in_3_weeks",
    "marathon_18_weeks_33_to_55_mi",
    "marathon_18_weeks_b_and_c",
    "two_a_marathons_10_weeks",
];

fn scenario_input(name: &str) -> PlanInput {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(format!("{name}.json"));
    let json = std::fs::read_to_string(path).expect("scenario file");
    scenario::parse(&json, None).expect("scenario parses").input
}

fn plan_with(input: &PlanInput, start: WeekStart) -> Plan {
    let mut input = input.clone();
    input.settings.week_start = start;
    generate(&input).expect("plans")
}

/// Every scenario planned with each week start: its name, the start and the plan.
fn every_plan() -> impl Iterator<Item = (&'static str, WeekStart, Plan)> {
    SCENARIOS.iter().flat_map(|name| {
        let input = scenario_input(name);
        [WeekStart::Monday, WeekStart::Sunday].map(|start| (*name, start, plan_with(&input, start)))
    })
}

fn days_by_date(plan: &Plan) -> BTreeMap<NaiveDate, &Day> {
    plan.weeks
        .iter()
        .flat_map(|w| &w.days)
        .map(|d| (d.date, d))
        .collect()
}

fn is_quality(k: WorkoutKind) -> bool {
    matches!(
        k,
        WorkoutKind::Tempo | WorkoutKind::Intervals | WorkoutKind::Hills | WorkoutKind::RacePace
    )
}

/// Days of the first 175 from today whose kind or distance differ between the two plans.
fn changed_days(a: &Plan, b: &Plan, today: NaiveDate) -> usize {
    let (da, db) = (days_by_date(a), days_by_date(b));
    (0..175)
        .map(|i| today + Duration::days(i))
        .filter(|d| match (da.get(d), db.get(d)) {
            (Some(x), Some(y)) => x.kind != y.kind || (x.km - y.km).abs() > 0.05,
            (None, None) => false,
            _ => true,
        })
        .count()
}

#[test]
fn changed_days_between_monday_and_sunday_start() {
    let mut total = 0;
    for name in SCENARIOS {
        let input = scenario_input(name);
        let (mon, sun) = (
            plan_with(&input, WeekStart::Monday),
            plan_with(&input, WeekStart::Sunday),
        );
        let n = changed_days(&mon, &sun, input.today);
        eprintln!("{name}: changed {n} of 175 days");
        total += n;
    }
    eprintln!(
        "all scenarios: changed {total} of {} days",
        175 * SCENARIOS.len()
    );
}

#[test]
fn no_quality_or_long_run_in_the_two_days_before_a_b_race() {
    for (name, start, plan) in every_plan() {
        let days = days_by_date(&plan);
        for r in plan.races.iter().filter(|r| r.priority == Priority::B) {
            for back in 1..=2 {
                let d = days[&(r.date - Duration::days(back))];
                assert!(
                    !is_quality(d.kind) && d.kind != WorkoutKind::Long,
                    "{name} ({start:?}): {:?} {back} days before {}",
                    d.kind,
                    r.name
                );
            }
        }
    }
}

/// Days before race `r` whose layout is counted from race day.
fn span_before(r: &Race) -> i64 {
    match r.priority {
        Priority::A => 7,
        Priority::B => 3,
        Priority::C => 0,
    }
}

#[test]
fn days_around_each_race_are_the_same_with_either_week_start() {
    for name in SCENARIOS {
        let input = scenario_input(name);
        let (mon, sun) = (
            plan_with(&input, WeekStart::Monday),
            plan_with(&input, WeekStart::Sunday),
        );
        assert_eq!(
            mon.recovery_days, sun.recovery_days,
            "{name}: recovery days differ"
        );
        let (dm, ds) = (days_by_date(&mon), days_by_date(&sun));
        let mut checked = 0;
        for (i, r) in mon.races.iter().enumerate() {
            if r.priority == Priority::C {
                continue;
            }
            let after = i64::from(mon.recovery_days[i]);
            for off in (-span_before(r)..=after).filter(|o| *o != 0) {
                let date = r.date + Duration::days(off);
                if date < input.today {
                    continue;
                }
                let (a, b) = (dm[&date], ds[&date]);
                assert!(
                    a.kind == b.kind && (a.km - b.km).abs() <= 0.1,
                    "{name}: {} day {off:+} ({date}): Monday {:?} {:.1} km, Sunday {:?} {:.1} km",
                    r.name,
                    a.kind,
                    a.km,
                    b.kind,
                    b.km
                );
                checked += 1;
            }
        }
        eprintln!("{name}: {checked} days around races identical");
    }
}

#[test]
fn the_week_labelled_race_week_holds_race_day() {
    for (name, start, plan) in every_plan() {
        for w in &plan.weeks {
            for reason in &w.reasons {
                if let Reason::RaceWeek { race, .. } = reason {
                    let r = plan.races.iter().find(|r| &r.name == race).expect("race");
                    assert!(
                        w.start <= r.date && r.date < w.start + Duration::days(7),
                        "{name} ({start:?}): race week of {race} starts {}, race on {}",
                        w.start,
                        r.date
                    );
                }
            }
        }
        for r in plan.races.iter().filter(|r| r.priority == Priority::A) {
            let w = plan
                .weeks
                .iter()
                .find(|w| w.start <= r.date && r.date < w.start + Duration::days(7))
                .expect("race's week");
            assert!(
                w.reasons
                    .iter()
                    .any(|x| matches!(x, Reason::RaceWeek { race, .. } if race == &r.name)),
                "{name} ({start:?}): the week of {} is not its race week",
                r.name
            );
        }
    }
}

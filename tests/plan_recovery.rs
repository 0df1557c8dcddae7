//! Issue 14, items 5 and 8: recovery by distance (`src/plan/recovery.rs`). After a 5K or 10K
//! quality returns after 2-5 easy days; after a marathon a reverse taper starting with rest and
//! short easy runs, its first week at most 40 % of the plan's own peak week.

use std::path::Path;

use chrono::{Duration, NaiveDate};
use periodize::plan::*;

fn scenario_input(name: &str) -> PlanInput {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(format!("{name}.json"));
    let json = std::fs::read_to_string(path).expect("scenario file");
    scenario::parse(&json, None).expect("scenario parses").input
}

fn is_quality(k: WorkoutKind) -> bool {
    matches!(
        k,
        WorkoutKind::Tempo | WorkoutKind::Intervals | WorkoutKind::Hills | WorkoutKind::RacePace
    )
}

/// Days from `race` to the first quality session after it.
fn quality_back_after(plan: &Plan, race: NaiveDate) -> Option<i64> {
    plan.weeks
        .iter()
        .flat_map(|w| &w.days)
        .find(|d| d.date > race && is_quality(d.kind))
        .map(|d| (d.date - race).num_days())
}

#[test]
fn after_a_5k_or_10k_quality_returns_after_two_to_five_easy_days() {
    // The B 10K inside the marathon build (was 9 days), and the same with a 5K on the Saturday.
    let base = scenario_input("marathon_18_weeks_b_and_c");
    let mut five = base.clone();
    for r in five.races.iter_mut().filter(|r| r.priority == Priority::B) {
        r.distance = Distance::FiveK;
        r.date -= Duration::days(1);
    }
    for input in [base, five] {
        let plan = generate(&input).unwrap();
        let r = plan
            .races
            .iter()
            .find(|r| r.priority == Priority::B)
            .unwrap();
        let back = quality_back_after(&plan, r.date).unwrap();
        // The race day itself and back - 1 easy (or rest) days in between.
        assert!(
            (3..=6).contains(&back),
            "{:?}: quality {back} days after the race",
            r.distance
        );
        assert!((2..=3).contains(&recovery_days(&input, r)));
    }
}

#[test]
fn after_a_marathon_rest_then_short_easy_runs_climbing_back() {
    for name in ["marathon_18_weeks_b_and_c", "marathon_18_weeks_33_to_55_mi"] {
        let input = scenario_input(name);
        let plan = generate(&input).unwrap();
        let race = plan
            .races
            .iter()
            .find(|r| r.distance == Distance::Marathon)
            .unwrap();
        let rw = plan
            .weeks
            .iter()
            .position(|w| w.days.iter().any(|d| d.date == race.date))
            .unwrap();
        // The plan's own peak week before the race.
        let peak = plan.weeks[..rw]
            .iter()
            .filter(|w| matches!(w.kind, WeekKind::Load | WeekKind::RampBack))
            .map(|w| w.km)
            .fold(0.0, f64::max);
        let recovery: Vec<&Week> = plan.weeks[rw + 1..]
            .iter()
            .take_while(|w| w.kind == WeekKind::Recovery)
            .collect();
        assert!((2..=3).contains(&recovery.len()), "{name}");
        assert!(
            recovery[0].km <= 0.4 * peak + 1e-6,
            "{name}: first recovery week {:.1} of a {peak:.1} peak",
            recovery[0].km
        );
        for pair in recovery.windows(2) {
            assert!(pair[1].km > pair[0].km, "{name}: not a reverse taper");
        }
        // Rest the two days after, then short easy runs: 30 min in the first week, <= 60 after.
        let days: Vec<&Day> = plan.weeks.iter().flat_map(|w| &w.days).collect();
        for d in days.iter().filter(|d| d.date > race.date) {
            let after = (d.date - race.date).num_days();
            if after <= 2 {
                assert_eq!(d.km, 0.0, "{name}: a run {after} days after the marathon");
            }
            if d.km > 0.0 && after <= 7 {
                assert!(
                    d.minutes <= 30.0 + 1e-6,
                    "{name}: {:.0} min on {}",
                    d.minutes,
                    d.date
                );
            }
            if recovery
                .iter()
                .any(|w| w.days.iter().any(|x| x.date == d.date))
            {
                assert_eq!(
                    d.kind,
                    if d.km > 0.0 {
                        WorkoutKind::Easy
                    } else {
                        d.kind
                    }
                );
                assert!(d.minutes <= 60.0 + 1e-6);
            }
        }
        // The reason states the share of the peak.
        assert!(recovery[0].reasons.iter().any(|r| matches!(
            r,
            Reason::Recovery { percent_of_peak, .. } if *percent_of_peak <= 40.0
        )));
    }
}

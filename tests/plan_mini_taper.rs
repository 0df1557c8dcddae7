//! Issue 14, item 8: the week of a B race is a mini-taper — it lowers the days before the race
//! and does not push their volume into longer runs on the other days.

use std::path::Path;

use chrono::Duration;
use periodize::plan::*;

fn scenario_input(name: &str) -> PlanInput {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(format!("{name}.json"));
    let json = std::fs::read_to_string(path).expect("scenario file");
    scenario::parse(&json, None).expect("scenario parses").input
}

/// The longest run of a week other than its long run and races.
fn other_max(w: &Week) -> f64 {
    w.days
        .iter()
        .filter(|d| !matches!(d.kind, WorkoutKind::Long | WorkoutKind::Race))
        .map(|d| d.km)
        .fold(0.0, f64::max)
}

/// The longest easy run of a week.
fn easy_max(w: &Week) -> f64 {
    w.days
        .iter()
        .filter(|d| d.kind == WorkoutKind::Easy)
        .map(|d| d.km)
        .fold(0.0, f64::max)
}

#[test]
fn a_b_race_week_has_no_run_longer_than_the_week_before() {
    let mut inputs = vec![scenario_input("marathon_18_weeks_b_and_c")];
    // The same season with the B race on a Saturday and four runs a week.
    let mut moved = inputs[0].clone();
    for r in moved.races.iter_mut().filter(|r| r.priority == Priority::B) {
        r.date -= Duration::days(1);
    }
    moved.settings.runs_per_week = 4;
    inputs.push(moved);
    for input in inputs {
        let plan = generate(&input).unwrap();
        let mut seen = 0;
        for (i, r) in plan.races.iter().enumerate() {
            if r.priority != Priority::B {
                continue;
            }
            let wi = plan
                .weeks
                .iter()
                .position(|w| w.start <= r.date && r.date < w.start + Duration::days(7))
                .unwrap();
            let (before, week) = (&plan.weeks[wi - 1], &plan.weeks[wi]);
            assert!(
                other_max(week) <= easy_max(before) + 1e-6,
                "{}: runs of {:.1} after easy runs of {:.1}",
                r.name,
                other_max(week),
                easy_max(before)
            );
            // The mini-taper days before the race: easy, strides or rest, no long run.
            let days = science::mini_taper_days(r.distance.km());
            for d in &week.days {
                let to_race = (r.date - d.date).num_days();
                if (1..=i64::from(days)).contains(&to_race) {
                    assert!(
                        matches!(
                            d.kind,
                            WorkoutKind::Rest
                                | WorkoutKind::Easy
                                | WorkoutKind::Strides
                                | WorkoutKind::Cross
                        ),
                        "{:?} on {} before {}",
                        d.kind,
                        d.date,
                        r.name
                    );
                }
            }
            assert!(week.days.iter().any(|d| d.race == Some(i)));
            seen += 1;
        }
        assert_eq!(seen, 1);
    }
}

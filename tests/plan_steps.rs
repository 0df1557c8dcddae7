//! Structured workouts (issue 13): every run day's steps add up to the day, repeats are well
//! formed, pace ranges run slow-to-fast in speed, and plans without paces get open targets.

use std::collections::BTreeSet;
use std::path::Path;

use chrono::{Duration as Days, NaiveDate, Weekday};
use periodize::plan::steps::{self, Duration, Intensity, Item, Steps, Target};
use periodize::plan::*;
use proptest::prelude::*;

fn load(name: &str, strip_paces: bool) -> (PlanInput, Units) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(format!("{name}.json"));
    let json = std::fs::read_to_string(&path).expect("scenario file");
    let mut sc = scenario::parse(&json, None).expect("scenario parses");
    if strip_paces {
        sc.input.baseline.recent_result = None;
        for r in &mut sc.input.races {
            r.goal_time_s = None;
        }
    }
    (sc.input, sc.units)
}

const SCENARIOS: [&str; 5] = [
    "first_half_14_weeks",
    "five_k_in_3_weeks",
    "marathon_18_weeks_33_to_55_mi",
    "marathon_18_weeks_b_and_c",
    "two_a_marathons_10_weeks",
];

/// The promises every day's steps keep; returns the kinds seen with steps.
fn check_plan(plan: &Plan) -> BTreeSet<&'static str> {
    let paced = plan
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .any(|d| d.pace.is_some());
    let all = steps::for_plan(plan);
    let mut kinds = BTreeSet::new();
    for (w, ws) in plan.weeks.iter().zip(&all) {
        assert_eq!(w.days.len(), ws.len());
        for (d, s) in w.days.iter().zip(ws) {
            match (d.kind, s) {
                (WorkoutKind::Rest | WorkoutKind::Cross, None) => {}
                (WorkoutKind::Rest | WorkoutKind::Cross, Some(_)) => {
                    panic!("{} {:?} has steps", d.date, d.kind)
                }
                (_, None) => panic!("{} {:?} has no steps", d.date, d.kind),
                (_, Some(s)) => {
                    check_day(d, s, paced);
                    kinds.insert(d.kind.label());
                }
            }
        }
    }
    kinds
}

fn check_day(d: &Day, s: &Steps, paced: bool) {
    let (km, minutes) = s.totals();
    assert!(
        (km - d.km).abs() <= 0.02 * d.km,
        "{} {:?}: steps {km} km, day {} km",
        d.date,
        d.kind,
        d.km
    );
    assert!(
        (minutes - d.minutes).abs() <= 0.02 * d.minutes,
        "{} {:?}: steps {minutes} min, day {} min",
        d.date,
        d.kind,
        d.minutes
    );
    assert!(!s.items.is_empty());
    for item in &s.items {
        match item {
            Item::Step(st) => assert_ne!(st.intensity, Intensity::Recovery, "{}", d.date),
            Item::Repeat { times, steps } => {
                assert!(*times >= 1 && !steps.is_empty(), "{}: empty repeat", d.date);
                assert!(steps.iter().all(|st| st.intensity != Intensity::WarmUp));
            }
        }
    }
    for st in s.flat() {
        let positive = match st.duration {
            Duration::Time { s } => s > 0.0 && s.is_finite(),
            Duration::Distance { km } => km > 0.0 && km.is_finite(),
        };
        assert!(positive, "{}: step duration {:?}", d.date, st.duration);
        assert!(st.km > 0.0 && st.minutes > 0.0, "{}: {st:?}", d.date);
        match st.target {
            // A FIT speed range is low..high: the slow pace must give the lower speed.
            Target::Pace(p) => {
                assert!(paced, "{}: a pace in a plan without paces", d.date);
                assert!(p.fast_s_per_km > 0.0 && p.fast_s_per_km < p.slow_s_per_km);
                assert!(1000.0 / p.slow_s_per_km < 1000.0 / p.fast_s_per_km);
            }
            Target::Effort(_) => {}
        }
    }
    if !paced {
        assert!(s.flat().all(|st| matches!(st.target, Target::Effort(_))));
    }
}

#[test]
fn every_workout_kind_adds_up_to_its_day() {
    let mut kinds = BTreeSet::new();
    for strip in [false, true] {
        for name in SCENARIOS {
            let (input, _) = load(name, strip);
            let plan = generate(&input).unwrap();
            kinds.extend(check_plan(&plan));
        }
    }
    let want = [
        "easy",
        "long",
        "tempo",
        "intervals",
        "strides",
        "hills",
        "race_pace",
        "race",
    ];
    for k in want {
        assert!(kinds.contains(k), "no {k} day in the scenarios: {kinds:?}");
    }
}

/// A day of `kind` in the 18-week marathon, with its steps.
fn first_day(kind: WorkoutKind, strip: bool) -> (Day, Steps, Units) {
    let (input, units) = load("marathon_18_weeks_b_and_c", strip);
    let plan = generate(&input).unwrap();
    let day = plan
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .find(|d| d.kind == kind)
        .expect("the scenario has the kind")
        .clone();
    let (_, s) = steps::for_date(&plan, day.date).unwrap();
    (day, s.unwrap(), units)
}

#[test]
fn intervals_are_reps_of_distance_with_jogs_between() {
    let (day, s, units) = first_day(WorkoutKind::Intervals, false);
    assert_eq!(s.items.len(), 3, "{s:?}");
    assert!(matches!(&s.items[0], Item::Step(st) if st.intensity == Intensity::WarmUp));
    let Item::Repeat { times, steps } = &s.items[1] else {
        panic!("no repeat: {s:?}")
    };
    let reps = (day.hard_minutes / 3.0).round().max(2.0) as u32;
    assert!(*times >= 2 && *times <= reps);
    assert!(matches!(steps[0].duration, Duration::Distance { .. }));
    assert_eq!(steps[0].target, Target::Pace(day.pace.unwrap()));
    assert_eq!(steps[1].intensity, Intensity::Recovery);
    assert!(matches!(&s.items[2], Item::Step(st) if st.intensity == Intensity::CoolDown));
    let name = s.name(&day, units);
    assert!(
        name.starts_with(&format!("{} Intervals {times}x", day.date)),
        "{name}"
    );
    assert!(name.ends_with('m'), "{name}");
    let text = s.one_line(units);
    assert!(text.starts_with("Steps: Warm-up "), "{text}");
    assert!(text.contains(&format!("{times} x (Run ")), "{text}");
}

#[test]
fn without_paces_steps_are_open_with_the_effort_in_the_name() {
    let (day, s, units) = first_day(WorkoutKind::Tempo, true);
    assert!(day.pace.is_none());
    let work = s
        .flat()
        .find(|st| st.intensity == Intensity::Active)
        .unwrap();
    assert_eq!(work.target, Target::Effort(Effort::Threshold));
    assert_eq!(steps::text::step_name(work), "Run threshold");
    assert!(s.one_line(units).contains("(threshold, comfortably hard)"));
    let warm = s.flat().next().unwrap();
    assert_eq!(steps::text::step_name(warm), "Warm-up easy");
}

#[test]
fn easy_and_long_runs_are_one_step_at_the_day_pace() {
    for kind in [WorkoutKind::Easy, WorkoutKind::Long] {
        let (day, s, _) = first_day(kind, false);
        assert_eq!(s.items.len(), 1);
        let st = s.flat().next().unwrap();
        assert_eq!(st.duration, Duration::Distance { km: day.km });
        assert_eq!(st.target, Target::Pace(day.pace.unwrap()));
    }
}

#[test]
fn strides_follow_the_easy_run() {
    let (_, s, _) = first_day(WorkoutKind::Strides, false);
    assert!(matches!(&s.items[0], Item::Step(st) if st.intensity == Intensity::Active));
    assert!(matches!(&s.items[1], Item::Repeat { times: 6, steps } if steps.len() == 2));
}

#[test]
fn the_json_report_carries_the_steps_in_its_units() {
    let (input, units) = load("two_a_marathons_10_weeks", false);
    assert_eq!(units, Units::Mi);
    let plan = generate(&input).unwrap();
    let v = serde_json::to_value(report::Report::new(&plan, units)).unwrap();
    let days: Vec<&serde_json::Value> = v["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|w| w["days"].as_array().unwrap())
        .collect();
    let long = days.iter().find(|d| d["type"] == "long").unwrap();
    let step = &long["steps"][0];
    assert_eq!(step["duration"], "distance");
    // The day's volume is rounded to 0.1, the step's distance to 0.0001.
    let (step_d, volume) = (
        step["distance"].as_f64().unwrap(),
        long["volume"].as_f64().unwrap(),
    );
    assert!(
        (step_d - volume).abs() <= 0.05 + 1e-9,
        "{step_d} vs {volume}"
    );
    // Seconds per mile: a 3:10 marathoner's easy pace is slower than 7:30 /mi (4:40 /km).
    assert!(step["pace"]["fast_s"].as_f64().unwrap() > 450.0, "{step}");
    let rest = days.iter().find(|d| d["type"] == "rest").unwrap();
    assert_eq!(rest["steps"], serde_json::json!([]));
    let iv = days.iter().find(|d| d["type"] == "intervals").unwrap();
    assert!(iv["steps"][1]["repeat"].as_u64().unwrap() >= 2, "{iv}");
}

#[test]
fn calendar_and_spreadsheet_descriptions_list_the_steps() {
    let (input, units) = load("five_k_in_3_weeks", false);
    let plan = generate(&input).unwrap();
    let csv = periodize::export::csv::write(&plan, units);
    assert!(csv.contains("Steps: Warm-up "), "{csv}");
    let ics = periodize::export::ics::write(&plan, units);
    assert!(ics.contains("Steps: "), "{ics}");
}

prop_compose! {
    fn input()(
        today_off in 0i64..300,
        race_offs in proptest::collection::btree_set(7i64..300, 1..4),
        kms in proptest::collection::vec(3.0f64..100.0, 4),
        goal in proptest::option::of(180.0f64..420.0),
        result in proptest::option::of((3.0f64..42.0, 180.0f64..420.0)),
        mask in 1u32..128,
        runs in 1u8..8,
        max_km in 10.0f64..160.0,
        weekly in 0.0f64..120.0,
        longest in 0.0f64..35.0,
    ) -> PlanInput {
        let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + Days::days(today_off);
        let races = race_offs.iter().zip(&kms).enumerate().map(|(i, (off, km))| Race {
            name: format!("Race {i}"),
            date: today + Days::days(*off),
            distance: Distance::Custom { km: *km },
            priority: if i == 0 { Priority::A } else { Priority::B },
            goal_time_s: goal.map(|s| (s * km) as u32),
        }).collect();
        let available: Vec<Weekday> =
            (0..7).filter(|i| mask & (1 << i) != 0).map(|i| WEEKDAYS[i]).collect();
        let runs = runs.min(available.len() as u8);
        PlanInput {
            today,
            races,
            settings: Settings {
                available_days: available,
                runs_per_week: runs,
                max_weekly_km: max_km,
                ..Settings::default()
            },
            baseline: Baseline {
                weekly_km: weekly,
                longest_run_km: longest,
                recent_result: result.map(|(km, s)| RaceResult {
                    date: today - Days::days(20),
                    distance_km: km,
                    time_s: (km * s) as u32,
                }),
                ..Baseline::default()
            },
            checkins: vec![],
            season: Default::default(),
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn every_run_day_of_a_random_plan_has_valid_steps(input in input()) {
        if let Ok(plan) = generate(&input) {
            check_plan(&plan);
        }
    }
}

//! Canonical scenarios (tests/scenarios/*.json) checked against readable snapshots in
//! tests/snapshots/*.txt, plus what each scenario must show. Regenerate the snapshots with
//! `UPDATE_SNAPSHOTS=1 cargo test --test plan_scenarios` and review the diff.

use std::path::Path;

use periodize::plan::{
    generate, report, scenario, Plan, Priority, Reason, Units, Warning, WeekKind,
};

fn load(name: &str) -> (Plan, Units) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(format!("{name}.json"));
    let json = std::fs::read_to_string(&path).expect("scenario file");
    let sc = scenario::parse(&json, None).expect("scenario parses");
    (generate(&sc.input).expect("scenario plans"), sc.units)
}

fn snapshot(name: &str) -> Plan {
    let (plan, units) = load(name);
    let text = report::compact_text(&plan, units);
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.txt"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &text).expect("write snapshot");
    }
    let expected =
        std::fs::read_to_string(&path).expect("snapshot exists (UPDATE_SNAPSHOTS=1 to create)");
    assert_eq!(
        text, expected,
        "plan for {name} changed; review and UPDATE_SNAPSHOTS=1 if intended"
    );
    plan
}

fn kinds(plan: &Plan) -> Vec<WeekKind> {
    plan.weeks.iter().map(|w| w.kind).collect()
}

fn training_km(w: &periodize::plan::Week) -> f64 {
    w.days
        .iter()
        .filter(|d| d.race.is_none())
        .map(|d| d.km)
        .sum()
}

#[test]
fn first_half_marathon_in_14_weeks() {
    let plan = snapshot("first_half_14_weeks");
    let k = kinds(&plan);
    // Deload every 4th week as chosen, each followed by a ramp-back.
    assert_eq!(
        &k[..5],
        &[
            WeekKind::Load,
            WeekKind::Load,
            WeekKind::Load,
            WeekKind::Deload,
            WeekKind::RampBack
        ]
    );
    // The half gets a 10-14 day taper: one taper week plus the race week.
    let race = k.iter().position(|k| *k == WeekKind::Race).unwrap();
    assert_eq!(k[race - 1], WeekKind::Taper);
    let taper_days = plan.weeks[race - 1].reasons.iter().find_map(|r| match r {
        Reason::Taper { taper_days, .. } => Some(*taper_days),
        _ => None,
    });
    assert!(matches!(taper_days, Some(10..=14)), "{taper_days:?}");
    // Recovery (about a week after a half), then transition weeks to end the season.
    assert_eq!(k[race + 1], WeekKind::Recovery);
    assert!(k[race + 2..].iter().all(|k| *k == WeekKind::Transition) && k.len() > race + 2);
    // A beginner's 14-week build is a little short: warned, not refused.
    assert!(plan
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ShortBuild { .. })));
    // The goal time gives paces to every run (hill repeats go by effort).
    assert!(plan
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .filter(|d| d.km > 0.0 && d.kind != periodize::plan::WorkoutKind::Hills)
        .all(|d| d.pace.is_some()));
}

#[test]
fn marathon_in_18_weeks_with_b_and_c_races() {
    let plan = snapshot("marathon_18_weeks_b_and_c");
    let find = |name: &str| plan.races.iter().position(|r| r.name == name).unwrap();
    let week_of = |i: usize| {
        plan.weeks
            .iter()
            .position(|w| w.days.iter().any(|d| d.race == Some(i)))
            .unwrap()
    };
    // The C race is trained through: a load week with an easy (or rest) day before.
    let c = find("Parkrun");
    let cw = &plan.weeks[week_of(c)];
    assert_eq!(cw.kind, WeekKind::Load);
    assert!(cw
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::TrainThrough { .. })));
    // The B race gets a mini-taper of 2-5 days.
    let b = find("City 10K");
    let bw = &plan.weeks[week_of(b)];
    assert_eq!(bw.kind, WeekKind::Race);
    assert!(bw
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::MiniTaper { days: 2..=5, .. })));
    // The marathon: a 2-3 week progressive taper, volume down 41-60% by race week.
    let a = find("Autumn Marathon");
    let aw = week_of(a);
    assert_eq!(plan.races[a].priority, Priority::A);
    assert_eq!(
        &kinds(&plan)[aw - 2..=aw],
        &[WeekKind::Taper, WeekKind::Taper, WeekKind::Race]
    );
    let peak = plan.weeks[aw - 3].km;
    let race_week = &plan.weeks[aw];
    let pre_days = race_week
        .days
        .iter()
        .take_while(|d| d.race.is_none())
        .count() as f64;
    let cut = 1.0 - (training_km(race_week) / pre_days) / (peak / 7.0);
    assert!((0.41..=0.60).contains(&cut), "race-week cut {cut}");
    // A 2-3 week reverse taper afterwards, every run at most an hour.
    assert_eq!(
        &kinds(&plan)[aw + 1..=aw + 2],
        &[WeekKind::Recovery, WeekKind::Recovery]
    );
    for d in plan.weeks[aw + 1..=aw + 2].iter().flat_map(|w| &w.days) {
        assert!(d.minutes <= 61.0, "{} runs {} min", d.date, d.minutes);
    }
}

#[test]
fn two_a_marathons_ten_weeks_apart() {
    let plan = snapshot("two_a_marathons_10_weeks");
    assert!(plan
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ARacesClose { weeks: 10, .. })));
    let k = kinds(&plan);
    let races: Vec<usize> = k
        .iter()
        .enumerate()
        .filter(|(_, k)| **k == WeekKind::Race)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(races.len(), 2);
    for &r in &races {
        assert_eq!(
            &k[r - 2..r],
            &[WeekKind::Taper, WeekKind::Taper],
            "full taper before each A race"
        );
        assert_eq!(k[r + 1], WeekKind::Recovery, "recovery after each marathon");
    }
    // Between them: recovery, then a short rebuild with no base phase.
    assert!(k[races[0] + 1..races[1] - 2].contains(&WeekKind::Load));
}

#[test]
fn five_k_in_three_weeks() {
    let plan = snapshot("five_k_in_3_weeks");
    assert!(plan.warnings.iter().any(|w| matches!(
        w,
        Warning::ShortBuild {
            weeks: 2,
            recommended_weeks: 6,
            ..
        }
    )));
    let k = kinds(&plan);
    assert_eq!(k[2], WeekKind::Race);
    // Paces come from the recent 26:30 5K (VDOT ~36): easy runs slower than 6:00/km.
    let easy = plan.weeks[1]
        .days
        .iter()
        .find(|d| d.kind == periodize::plan::WorkoutKind::Easy)
        .unwrap();
    let pace = easy.pace.unwrap();
    assert!(pace.fast_s_per_km > 360.0, "{pace:?}");
    // Nothing before today; no run on unavailable days (only Tue, Thu, Sat, Sun).
    for d in plan.weeks.iter().flat_map(|w| &w.days) {
        if d.km > 0.0 && d.race.is_none() {
            use chrono::Datelike;
            assert!(matches!(
                d.date.weekday(),
                chrono::Weekday::Tue
                    | chrono::Weekday::Thu
                    | chrono::Weekday::Sat
                    | chrono::Weekday::Sun
            ));
        }
    }
}

//! Reference tests: the planner against the numbers in ../shared/notes/science.md, the typed
//! errors for bad input, check-in deloads and the fitness projection.

use chrono::{Duration, NaiveDate, Weekday};
use periodize::plan::*;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn race(name: &str, d: &str, distance: Distance, priority: Priority) -> Race {
    Race {
        name: name.into(),
        date: date(d),
        distance,
        priority,
        goal_time_s: None,
    }
}

/// A Monday, a marathon 20 weeks away, an intermediate runner at 40 km/week.
fn marathon_input() -> PlanInput {
    PlanInput {
        today: date("2026-01-05"),
        races: vec![race("M", "2026-05-24", Distance::Marathon, Priority::A)],
        settings: Settings {
            max_weekly_km: 200.0,
            deload_cadence: DeloadCadence::Every4,
            ..Settings::default()
        },
        baseline: Baseline {
            weekly_km: 40.0,
            longest_run_km: 16.0,
            ..Baseline::default()
        },
        checkins: vec![],
        season: Default::default(),
    }
}

#[test]
fn load_weeks_grow_at_most_ten_percent() {
    let plan = generate(&marathon_input()).unwrap();
    let w = &plan.weeks;
    for i in 1..w.len() {
        if w[i].kind == WeekKind::Load && w[i - 1].kind == WeekKind::Load {
            assert!(w[i].km <= w[i - 1].km * 1.10 + 1e-9, "{}", w[i].start);
        }
    }
    // The first week grows at most 10% from the baseline.
    assert!(w[0].km <= 44.0 + 1e-9);
}

#[test]
fn deloads_cut_a_quarter_from_the_week_before_and_come_every_fourth_week() {
    let plan = generate(&marathon_input()).unwrap();
    let k: Vec<WeekKind> = plan.weeks.iter().map(|w| w.kind).collect();
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
    // -25% of the load week just before (science.md: the depth is measured from the week before).
    let before = plan.weeks[2].km;
    let deload = plan.weeks[3].km;
    assert!(
        (deload / before - 0.75).abs() < 0.01,
        "{deload} vs {before}"
    );
    assert!(plan.weeks[3]
        .reasons
        .iter()
        .any(|r| matches!(r, Reason::Deload { load_weeks: 3, cut_percent } if (cut_percent - 25.0).abs() < 1.0)));
    // The ramp-back week returns to 90-100% of the last load week, never above it.
    let ramp = plan.weeks[4].km / before;
    assert!((0.9..=1.0).contains(&ramp), "{ramp}");
}

#[test]
fn masters_runners_get_two_to_one_cycles() {
    let mut input = marathon_input();
    input.settings.experience = Experience::Masters;
    input.settings.deload_cadence = DeloadCadence::Auto;
    let plan = generate(&input).unwrap();
    let k: Vec<WeekKind> = plan.weeks.iter().map(|w| w.kind).collect();
    assert_eq!(&k[..3], &[WeekKind::Load, WeekKind::Load, WeekKind::Deload]);
}

#[test]
fn marathon_taper_is_two_to_three_weeks_and_cuts_41_to_60_percent() {
    let plan = generate(&marathon_input()).unwrap();
    let rw = plan
        .weeks
        .iter()
        .position(|w| w.kind == WeekKind::Race)
        .unwrap();
    let tapers: Vec<&Week> = plan.weeks[..rw]
        .iter()
        .rev()
        .take_while(|w| w.kind == WeekKind::Taper)
        .collect();
    let days = tapers.len() * 7 + 6; // a Sunday race: six taper days in race week
    assert!((14..=21).contains(&days), "{days}");
    let peak = plan.weeks[rw - tapers.len() - 1].km;
    let last = plan.weeks[rw]
        .days
        .iter()
        .take(6)
        .map(|d| d.km)
        .sum::<f64>()
        / 6.0
        * 7.0;
    let cut = 1.0 - last / peak;
    assert!((0.41..=0.60).contains(&cut), "{cut}");
    // Intensity kept: every taper week still has a quality session.
    for w in tapers {
        assert!(w
            .days
            .iter()
            .any(|d| matches!(d.kind, WorkoutKind::Intervals | WorkoutKind::RacePace)));
    }
}

#[test]
fn recovery_after_races_scales_with_distance() {
    let mut input = marathon_input();
    input.races = vec![
        race("5K", "2026-02-07", Distance::FiveK, Priority::B),
        race("M", "2026-05-24", Distance::Marathon, Priority::A),
    ];
    let plan = generate(&input).unwrap();
    let days: Vec<&Day> = plan.weeks.iter().flat_map(|w| &w.days).collect();
    let easy_after = |d: NaiveDate| {
        days.iter()
            .skip_while(|x| x.date <= d)
            .take_while(|x| {
                !matches!(
                    x.kind,
                    WorkoutKind::Tempo
                        | WorkoutKind::Intervals
                        | WorkoutKind::RacePace
                        | WorkoutKind::Hills
                        | WorkoutKind::Long
                        | WorkoutKind::Strides
                )
            })
            .count()
    };
    let after_5k = easy_after(date("2026-02-07"));
    assert!(
        (2..=7).contains(&after_5k),
        "{after_5k} easy days after a 5K"
    );
    let m = plan
        .weeks
        .iter()
        .position(|w| w.days.iter().any(|d| d.date == date("2026-05-24")))
        .unwrap();
    let recovery = plan.weeks[m + 1..]
        .iter()
        .take_while(|w| w.kind == WeekKind::Recovery)
        .count();
    assert!(
        (2..=3).contains(&recovery),
        "{recovery} recovery weeks after a marathon"
    );
    // Lighter for a low-volume runner.
    assert!(science::recovery_days(42.195, 20.0) < science::recovery_days(42.195, 60.0));
}

#[test]
fn long_run_respects_the_30_day_guard_and_race_cap() {
    let plan = generate(&marathon_input()).unwrap();
    let first_long = plan.weeks[0].long_run_km;
    assert!(first_long <= 16.0 * 1.1 + 1e-9);
    let max_long = plan.weeks.iter().map(|w| w.long_run_km).fold(0.0, f64::max);
    assert!(max_long <= science::long_run_cap(42.195) + 1e-9);
    // The build reaches the long run its peak week allows: about a third of it (issue 14: the
    // long run is capped by a share of the week and by time, no longer 45 % of the week).
    let peak = plan.weeks.iter().map(|w| w.km).fold(0.0, f64::max);
    let share = science::long_run_share(42.195, 5);
    assert!(
        max_long >= 0.95 * share * peak && max_long >= 22.0,
        "a marathon build reaches a long run of {max_long} in a {peak} km peak"
    );
}

#[test]
fn two_warning_signs_bring_the_deload_forward() {
    let mut input = marathon_input();
    input.checkins = vec![
        Checkin {
            date: date("2026-01-01"),
            signs: vec![WarningSign::PoorSleep],
        },
        Checkin {
            date: date("2026-01-04"),
            signs: vec![WarningSign::Fatigue],
        },
    ];
    let plan = generate(&input).unwrap();
    assert_eq!(plan.weeks[0].kind, WeekKind::Deload);
    let text: Vec<String> = plan.weeks[0]
        .reasons
        .iter()
        .map(|r| r.text(Units::Km))
        .collect();
    assert!(
        text.iter()
            .any(|t| t.contains("fatigue") && t.contains("poor sleep")),
        "{text:?}"
    );
    assert_eq!(plan.weeks[1].kind, WeekKind::RampBack);
    // One sign, or signs older than 7 days, change nothing.
    input.checkins.truncate(1);
    assert_eq!(generate(&input).unwrap().weeks[0].kind, WeekKind::Load);
    input.checkins = vec![Checkin {
        date: date("2025-12-20"),
        signs: vec![WarningSign::Fatigue, WarningSign::PoorSleep],
    }];
    assert_eq!(generate(&input).unwrap().weeks[0].kind, WeekKind::Load);
}

#[test]
fn projection_is_a_42_and_7_day_ewma() {
    let mut input = marathon_input();
    input.baseline.ctl = Some(50.0);
    input.baseline.atl = Some(60.0);
    let plan = generate(&input).unwrap();
    let first = plan.projection[0];
    assert_eq!(
        first.tsb, -10.0,
        "form is yesterday's fitness minus fatigue"
    );
    let load = day_load(&plan.weeks[0].days[0]);
    assert!((first.ctl - (50.0 + (load - 50.0) / CTL_DAYS)).abs() < 1e-9);
    assert!((first.atl - (60.0 + (load - 60.0) / 7.0)).abs() < 1e-9);
    // Tapering raises form: race day is fresher than the peak weeks.
    let race_day = plan
        .projection
        .iter()
        .find(|p| p.date == date("2026-05-24"))
        .unwrap();
    let peak_min = plan
        .projection
        .iter()
        .map(|p| p.tsb)
        .fold(f64::MAX, f64::min);
    assert!(race_day.tsb > peak_min + 5.0);
}

#[test]
fn same_input_same_plan() {
    let input = marathon_input();
    assert_eq!(generate(&input).unwrap(), generate(&input).unwrap());
}

#[test]
fn bad_input_gets_a_typed_error() {
    let ok = marathon_input();
    let mut i = ok.clone();
    i.races.clear();
    assert_eq!(generate(&i), Err(PlanError::NoRaces));
    let mut i = ok.clone();
    i.races[0].date = ok.today - Duration::days(1);
    assert!(matches!(generate(&i), Err(PlanError::RaceInPast { .. })));
    let mut i = ok.clone();
    i.races
        .push(race("Other", "2026-05-24", Distance::TenK, Priority::C));
    assert!(matches!(
        generate(&i),
        Err(PlanError::TwoRacesOneDay { .. })
    ));
    for km in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        let mut i = ok.clone();
        i.races[0].distance = Distance::Custom { km };
        assert!(matches!(generate(&i), Err(PlanError::BadDistance { .. })));
    }
    let mut i = ok.clone();
    i.settings.available_days.clear();
    assert_eq!(generate(&i), Err(PlanError::NoAvailableDay));
    let mut i = ok.clone();
    i.baseline.weekly_km = -1.0;
    assert!(matches!(
        generate(&i),
        Err(PlanError::NegativeBaseline { .. })
    ));
    let mut i = ok.clone();
    i.baseline.longest_run_km = f64::NAN;
    assert!(matches!(
        generate(&i),
        Err(PlanError::NegativeBaseline { .. })
    ));
    let mut i = ok.clone();
    i.settings.runs_per_week = 0;
    assert!(matches!(
        generate(&i),
        Err(PlanError::BadRunsPerWeek { .. })
    ));
    let mut i = ok.clone();
    i.settings.available_days = vec![Weekday::Mon, Weekday::Wed];
    i.settings.runs_per_week = 3;
    assert!(matches!(
        generate(&i),
        Err(PlanError::BadRunsPerWeek {
            runs: 3,
            available: 2
        })
    ));
    let mut i = ok.clone();
    i.settings.deload_depth = 0.6;
    assert!(matches!(
        generate(&i),
        Err(PlanError::BadDeloadDepth { .. })
    ));
    let mut i = ok.clone();
    i.settings.max_weekly_km = 0.0;
    assert_eq!(generate(&i), Err(PlanError::BadMaxVolume));
    let mut i = ok.clone();
    i.races[0].date = ok.today + Duration::days(1000);
    assert!(matches!(generate(&i), Err(PlanError::RaceTooFar { .. })));
    // Messages speak to a runner.
    assert_eq!(
        PlanError::NoAvailableDay.to_string(),
        "choose at least one weekday you can run on"
    );
}

#[test]
fn scenario_rejects_non_running_races_and_reads_units() {
    let json = r#"{"today":"2026-01-05","units":"mi","races":[{"name":"Tri","date":"2026-05-01","distance":"10k","sport":"triathlon"}],
        "athlete":{"weekly_volume":20,"longest_run":8,"max_weekly_volume":40,"runs_per_week":4}}"#;
    let err = scenario::parse(json, None).unwrap_err();
    assert!(err.to_string().contains("running races only"), "{err}");
    let json = json
        .replace(r#","sport":"triathlon""#, "")
        .replace(r#""10k""#, "13.1");
    let sc = scenario::parse(&json, None).unwrap();
    assert_eq!(sc.units, Units::Mi);
    assert!((sc.input.baseline.weekly_km - 20.0 * KM_PER_MILE).abs() < 1e-9);
    assert!((sc.input.races[0].distance.km() - 13.1 * KM_PER_MILE).abs() < 1e-9);
    for bad in [r#""distance":"13.1x""#, r#""date":"May 1""#] {
        let broken = json.replacen(
            if bad.starts_with("\"distance") {
                r#""distance":13.1"#
            } else {
                r#""date":"2026-05-01""#
            },
            bad,
            1,
        );
        assert!(scenario::parse(&broken, None).is_err(), "{broken}");
    }
}

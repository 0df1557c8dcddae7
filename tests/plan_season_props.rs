//! Property tests of the season (issue 11): following the plan to the letter never changes it,
//! and a typed baseline with nothing marked keeps the season as it was planned.

mod season_support;

use chrono::{Duration, NaiveDate, Weekday};
use periodize::plan::report::Report;
use periodize::plan::scenario::parse_previous;
use periodize::plan::science;
use periodize::plan::*;
use proptest::prelude::*;
use season_support::*;

fn distance() -> impl Strategy<Value = Distance> {
    prop_oneof![
        Just(Distance::FiveK),
        Just(Distance::TenK),
        Just(Distance::Half),
        Just(Distance::Marathon),
        Just(Distance::FiftyK),
    ]
}

fn priority() -> impl Strategy<Value = Priority> {
    prop_oneof![Just(Priority::A), Just(Priority::B), Just(Priority::C)]
}

prop_compose! {
    /// A random season: one to four races from 2 to 40 weeks after its start, random settings
    /// and baseline, the start on any weekday.
    fn season()(
        start_off in 0i64..60,
        race_offs in proptest::collection::btree_set(14i64..280, 1..4),
        meta in proptest::collection::vec((distance(), priority()), 4),
        mask in 1u32..128,
        runs_seed in 0u32..7,
        long_day in 0u32..7,
        max_km in 20.0f64..140.0,
        exp in 0u8..4,
        cadence in 0u8..4,
        sunday in any::<bool>(),
        weekly in 0.0f64..100.0,
        longest in 0.0f64..30.0,
    ) -> PlanInput {
        let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap() + Duration::days(start_off);
        let races = race_offs.iter().zip(meta).enumerate().map(|(i, (off, (d, p)))| Race {
            name: format!("Race {i}"),
            date: start + Duration::days(*off),
            distance: d,
            priority: p,
            goal_time_s: None,
        }).collect();
        let days: Vec<Weekday> = (0..7).filter(|i| mask & (1 << i) != 0).map(|i| WEEKDAYS[i]).collect();
        let runs = 1 + (runs_seed % days.len() as u32) as u8;
        PlanInput {
            today: start,
            races,
            settings: Settings {
                units: Units::Km,
                week_start: if sunday { WeekStart::Sunday } else { WeekStart::Monday },
                available_days: days,
                runs_per_week: runs,
                long_run_day: WEEKDAYS[long_day as usize],
                max_weekly_km: max_km,
                experience: [Experience::Beginner, Experience::Intermediate, Experience::Advanced, Experience::Masters][exp as usize],
                deload_cadence: [DeloadCadence::Every3, DeloadCadence::Every4, DeloadCadence::Every6To8, DeloadCadence::Auto][cadence as usize],
                ..Settings::default()
            },
            baseline: Baseline { weekly_km: weekly, longest_run_km: longest, ..Baseline::default() },
            checkins: vec![],
            season: Season { start: Some(start), ..Season::default() },
        }
    }
}

/// The plan's weeks as an earlier JSON output of `periodize plan`, read back by `--previous`.
fn through_json(plan: &Plan, units: Units) -> Vec<Week> {
    let json = serde_json::to_string(&Report::new(plan, units)).unwrap();
    parse_previous(&json).unwrap().weeks
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// (a) Plan at T, then every week for 8 weeks with the previous plan's weeks frozen (as the
    /// app stores them) and runs equal to the planned days: the future weeks and the past weeks
    /// stay exactly the same, and every past running day is done.
    #[test]
    fn following_the_plan_never_changes_it(input in season()) {
        let (first, followed) = follow(&input, 8);
        for (next, plan) in &followed {
            prop_assert_eq!(plan.weeks.len(), first.weeks.len());
            for (a, b) in first.weeks.iter().zip(&plan.weeks) {
                same_week(a, b, 1e-9);
            }
            for d in plan.weeks.iter().flat_map(|w| &w.days) {
                if d.date >= next.today {
                    prop_assert_eq!(d.status, DayStatus::Planned);
                } else if d.km > 0.0 {
                    prop_assert_eq!(d.status, DayStatus::Done, "{}", d.date);
                }
            }
        }
    }

    /// (a) through `--previous`: the earlier JSON output read back keeps every past day's type
    /// and volume as that output shows them (to its 0.1 rounding), and the future within 1% (or
    /// 0.2 mi a week in small plans, where the rounding of a run moves the 30-day guard).
    #[test]
    fn the_previous_output_keeps_its_days(input in season(), k in 1i64..9) {
        let first = generate(&input).unwrap();
        let mut next = later(&input, 7 * k);
        next.season.frozen = through_json(&first, Units::Mi);
        next.season.runs = as_planned(&first, next.today);
        let plan = generate(&next).unwrap();
        let shown = |p: &Plan| serde_json::to_value(Report::new(p, Units::Mi)).unwrap();
        let (before, after) = (shown(&first), shown(&plan));
        for (wa, wb) in before["weeks"].as_array().unwrap().iter().zip(after["weeks"].as_array().unwrap()) {
            for (a, b) in wa["days"].as_array().unwrap().iter().zip(wb["days"].as_array().unwrap()) {
                if a["date"].as_str().unwrap() < next.today.to_string().as_str() {
                    prop_assert_eq!((&a["type"], &a["volume"]), (&b["type"], &b["volume"]));
                }
            }
        }
        for (a, b) in first.weeks.iter().zip(&plan.weeks) {
            if a.start >= next.today {
                prop_assert!((a.km - b.km).abs() <= 0.01 * a.km.max(b.km) + 0.2 * KM_PER_MILE,
                    "week {}: {} vs {}", a.start, a.km, b.km);
            }
        }
    }

    /// (b) A typed baseline and no log: the plan 28 days later equals the plan today from then on.
    #[test]
    fn a_typed_baseline_keeps_the_season(input in season()) {
        let now = generate(&input).unwrap();
        let then = generate(&later(&input, 28)).unwrap();
        prop_assert_eq!(now.weeks.len(), then.weeks.len());
        let from = input.today + Duration::days(28);
        for (a, b) in now.weeks.iter().zip(&then.weeks) {
            if a.start + Duration::days(7) > from {
                same_days(a, b);
                same_week(a, b, 1e-9);
            } else {
                same_week(a, b, 0.0);
            }
        }
        let same_warnings = now.warnings == then.warnings;
        prop_assert!(same_warnings, "{:?} vs {:?}", now.warnings, then.warnings);
    }

    /// (d) The plan's promises hold with random logs (missed, partial, extra weeks): weeks of
    /// seven consecutive days, finite non-negative volumes, week totals equal to their days,
    /// races on their days, sessions from today on only on available days, and no future load
    /// week after a load week more than 10% above it.
    #[test]
    fn promises_hold_with_random_logs(
        input in season(),
        weeks in 1i64..10,
        shares in proptest::collection::vec(prop_oneof![Just(0.0), 0.1f64..0.9, Just(1.0), 1.2f64..2.0], 10),
    ) {
        let first = generate(&input).unwrap();
        let mut next = later(&input, 7 * weeks);
        next.season.frozen = first.weeks.clone();
        next.season.runs = first.weeks.iter().zip(shares.iter().cycle()).flat_map(|(w, share)| {
            w.days.iter().filter(|d| d.date < next.today && d.km > 0.0).map(move |d| Run { date: d.date, km: d.km * share, minutes: d.minutes * share })
        }).filter(|r| r.km > 0.0).collect();
        next.season.history_end = Some(next.today - Duration::days(1));
        let plan = generate(&next).unwrap();
        for (i, w) in plan.weeks.iter().enumerate() {
            prop_assert_eq!(w.days.len(), 7);
            for (k, d) in w.days.iter().enumerate() {
                prop_assert_eq!(d.date, w.start + Duration::days(k as i64));
                prop_assert!(d.km.is_finite() && d.km >= 0.0 && d.minutes.is_finite());
                if let Some(a) = d.actual {
                    prop_assert!(a.km.is_finite() && a.km >= 0.0);
                }
                let race = plan.races.iter().position(|r| r.date == d.date);
                if d.date >= next.today {
                    prop_assert_eq!(d.status, DayStatus::Planned);
                    prop_assert_eq!(race.is_some(), d.kind == WorkoutKind::Race, "{}", d.date);
                    if d.kind != WorkoutKind::Rest && d.kind != WorkoutKind::Race {
                        prop_assert!(next.settings.available_days.contains(&chrono::Datelike::weekday(&d.date)));
                    }
                } else {
                    prop_assert_ne!(d.status, DayStatus::Planned);
                    prop_assert_ne!(d.status, DayStatus::Unknown, "history covers {}", d.date);
                }
            }
            let sum: f64 = w.days.iter().map(|d| d.km).sum();
            prop_assert!((sum - w.km).abs() < 1e-6);
            if i > 0 && w.start > next.today && w.kind == WeekKind::Load && plan.weeks[i - 1].kind == WeekKind::Load {
                let prev = &plan.weeks[i - 1];
                let prev_km = prev.actual_km.map_or(prev.km, |a| a + prev.days.iter().filter(|d| d.date >= next.today).map(|d| d.km).sum::<f64>());
                let races = |w: &Week| w.days.iter().any(|d| d.kind == WorkoutKind::Race);
                if !races(w) && !races(prev) {
                    let floor = (science::MIN_RUN_KM * f64::from(next.settings.runs_per_week.min(3))).min(next.settings.max_weekly_km);
                    prop_assert!(w.km <= (prev_km * 1.1).max(floor) * 1.03 + 1e-6, "week {}: {} after {}", w.start, w.km, prev_km);
                }
            }
        }
    }
}

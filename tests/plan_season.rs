//! The season remembers (issue 11): weeks counted from the season's start, past weeks kept as
//! planned, what was done on each past day, the future continued from it.

mod season_support;

use periodize::plan::*;
use season_support::*;

/// The measurement: the same scenario planned 4 weeks later shows the same weeks on the
/// same dates (the deload stays on 25 January), the past weeks among them.
#[test]
fn a_season_planned_later_keeps_its_dates() {
    let input = marathon();
    let now = generate(&input).unwrap();
    let then = generate(&later(&input, 28)).unwrap();
    assert_eq!(now.weeks.len(), then.weeks.len());
    assert_eq!(then.season_start, date("2027-01-04"));
    for (a, b) in now.weeks.iter().zip(&then.weeks) {
        same_week(a, b, 0.0);
    }
    assert_eq!(week(&then, date("2027-01-25")).kind, WeekKind::Deload);
    let past: Vec<bool> = then.weeks.iter().take(5).map(|w| w.past).collect();
    assert_eq!(past, [true, true, true, true, false]);
    assert!(!then
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ShortBuild { .. })));
}

/// Without a season start every visit is a fresh season from today, as before seasons.
#[test]
fn without_a_start_the_season_begins_today() {
    let mut input = marathon();
    input.season.start = None;
    let then = generate(&later(&input, 28)).unwrap();
    assert_eq!(then.weeks[0].start, date("2027-02-01"));
    assert!(then.weeks.iter().all(|w| !w.past));
}

/// A change of settings re-plans only from today on: frozen past weeks stay exactly.
#[test]
fn frozen_weeks_survive_a_change_of_settings() {
    let input = marathon();
    let first = generate(&later(&input, 17)).unwrap();
    let mut changed = later(&input, 17);
    changed.season.frozen = first.weeks.clone();
    changed.settings.max_weekly_km = 40.0;
    changed.settings.runs_per_week = 4;
    let second = generate(&changed).unwrap();
    let today = changed.today;
    for (a, b) in first.weeks.iter().zip(&second.weeks) {
        for (x, y) in a.days.iter().zip(&b.days) {
            if x.date < today {
                assert_eq!((x.kind, x.km), (y.kind, y.km), "day {}", x.date);
            }
        }
    }
    let future = |p: &Plan| p.weeks.iter().skip(4).map(|w| w.km).sum::<f64>();
    assert!(future(&second) < future(&first));
}

/// Days before today in the current week are kept too; the rest of the week is planned.
#[test]
fn the_days_before_today_in_this_week_are_frozen() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut mid = later(&input, 10); // Thursday of the second week
    mid.season.frozen = plan.weeks.clone();
    mid.settings.runs_per_week = 6;
    let replanned = generate(&mid).unwrap();
    let w = week(&replanned, date("2027-01-11"));
    assert!(!w.past);
    for d in &w.days {
        let before = day(&plan, d.date);
        if d.date < mid.today {
            assert_eq!((d.kind, d.km), (before.kind, before.km));
            assert_ne!(d.status, DayStatus::Planned);
        } else {
            assert_eq!(d.status, DayStatus::Planned);
        }
    }
    assert!(w.actual_km.is_some());
}

/// A runner who types a baseline and marks nothing is assumed to have trained as planned:
/// past running days are unknown and count as planned.
#[test]
fn marking_nothing_counts_as_planned() {
    let then = generate(&later(&marathon(), 14)).unwrap();
    let w = &then.weeks[0];
    assert!(w
        .days
        .iter()
        .all(|d| matches!(d.status, DayStatus::Unknown | DayStatus::Rest)));
    assert!(w
        .days
        .iter()
        .any(|d| d.km > 0.0 && d.status == DayStatus::Unknown));
    assert!((w.actual_km.unwrap() - w.km).abs() < 1e-9);
    assert!(w.days.iter().all(|d| d.actual.is_none()));
}

/// Marks and imported runs give each past day its status and what was run.
#[test]
fn marks_and_runs_give_each_day_its_status() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let runs: Vec<&Day> = plan.weeks[0].days.iter().filter(|d| d.km > 0.0).collect();
    let rest = plan.weeks[0].days.iter().find(|d| d.km == 0.0).unwrap();
    let mut then = later(&input, 7);
    then.season.marks = vec![
        Mark {
            date: runs[0].date,
            status: MarkStatus::Done,
            km: None,
            minutes: None,
        },
        Mark {
            date: runs[1].date,
            status: MarkStatus::Skipped,
            km: None,
            minutes: None,
        },
        Mark {
            date: runs[2].date,
            status: MarkStatus::Done,
            km: Some(runs[2].km * 0.5),
            minutes: Some(20.0),
        },
    ];
    then.season.runs = vec![
        Run {
            date: runs[3].date,
            km: runs[3].km * 0.5,
            minutes: 20.0,
        },
        Run {
            date: runs[3].date,
            km: runs[3].km * 0.5,
            minutes: 20.0,
        },
        Run {
            date: rest.date,
            km: 5.0,
            minutes: 30.0,
        },
    ];
    let p = generate(&then).unwrap();
    let status = |d: &Day| day(&p, d.date).status;
    assert_eq!(status(runs[0]), DayStatus::Done);
    assert_eq!(status(runs[1]), DayStatus::Skipped);
    assert_eq!(status(runs[2]), DayStatus::Partial);
    assert_eq!(
        status(runs[3]),
        DayStatus::Done,
        "two runs on one day add up"
    );
    assert_eq!(status(rest), DayStatus::Extra);
    assert_eq!(
        day(&p, rest.date).actual,
        Some(Actual {
            km: 5.0,
            minutes: 30.0
        })
    );
    assert_eq!(
        day(&p, rest.date).kind,
        WorkoutKind::Rest,
        "the plan is kept beside what was run"
    );
    // History reaches the rest day; a planned run after the last run before it is missed.
    if let Some(after) = runs.iter().skip(4).find(|d| d.date < rest.date) {
        assert_eq!(status(after), DayStatus::Missed);
    }
}

/// Days after the last import are unknown, not zero, and the plan says where the history ends.
#[test]
fn days_after_the_last_import_are_unknown() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut then = later(&input, 14);
    then.season.runs = as_planned(&plan, date("2027-01-11"));
    let p = generate(&then).unwrap();
    let end = then.season.runs.iter().map(|r| r.date).max().unwrap();
    assert!(p.warnings.contains(&Warning::HistoryEnds { last_day: end }));
    let text = Warning::HistoryEnds { last_day: end }.text(Units::Km);
    assert!(
        text.contains("import the latest or mark the days"),
        "{text}"
    );
    let second = &p.weeks[1];
    assert!(second
        .days
        .iter()
        .filter(|d| d.km > 0.0)
        .all(|d| d.status == DayStatus::Unknown));
    same_week(&p.weeks[2], &plan.weeks[2], 1e-9);
}

/// The season's first week counts from the season start, not from today: a season begun on a
/// Wednesday keeps its partial first week on every visit.
#[test]
fn a_season_begun_midweek_keeps_its_first_week() {
    let mut input = marathon();
    input.today = date("2027-01-06");
    input.season.start = Some(input.today);
    let now = generate(&input).unwrap();
    let then = generate(&later(&input, 9)).unwrap();
    assert_eq!(now.weeks[0].start, date("2027-01-04"));
    for (a, b) in now.weeks.iter().zip(&then.weeks) {
        same_week(a, b, 0.0);
    }
    let monday = &then.weeks[0].days[0];
    assert_eq!(monday.note, Some(DayNote::BeforeToday));
}

/// A check-in with two warning signs brings the next deload forward, and it stays there.
#[test]
fn a_deload_brought_forward_stays_put() {
    let mut input = later(&marathon(), 2);
    input.checkins = vec![Checkin {
        date: input.today,
        signs: vec![WarningSign::Fatigue, WarningSign::PoorSleep],
    }];
    let now = generate(&input).unwrap();
    assert_eq!(week(&now, date("2027-01-11")).kind, WeekKind::Deload);
    let then = generate(&later(&input, 21)).unwrap();
    assert_eq!(week(&then, date("2027-01-11")).kind, WeekKind::Deload);
    for (a, b) in now.weeks.iter().zip(&then.weeks) {
        same_week(a, b, 0.0);
    }
}

/// A past week's frozen kind holds, and the cadence counts on from it.
#[test]
fn the_cadence_continues_from_frozen_weeks() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut frozen = plan.weeks.clone();
    frozen[1].kind = WeekKind::Deload;
    let mut then = later(&input, 14);
    then.season.frozen = frozen;
    let p = generate(&then).unwrap();
    assert_eq!(p.weeks[1].kind, WeekKind::Deload);
    assert_eq!(p.weeks[2].kind, WeekKind::RampBack);
    assert_eq!(p.weeks[3].kind, WeekKind::Load);
    let first_deload_after = p
        .weeks
        .iter()
        .skip(2)
        .position(|w| w.kind == WeekKind::Deload);
    assert_eq!(
        first_deload_after.map(|i| i + 2),
        Some(5),
        "three load weeks after week 1"
    );
}

/// Fitness and fatigue follow what was run: a skipped week leaves less fitness than the plan
/// followed, and unknown days count as planned.
#[test]
fn the_projection_counts_what_was_run() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut followed = later(&input, 14);
    followed.season.runs = as_planned(&plan, followed.today);
    let mut skipped = followed.clone();
    skipped.season.marks = plan.weeks[1]
        .days
        .iter()
        .filter(|d| d.km > 0.0)
        .map(|d| Mark {
            date: d.date,
            status: MarkStatus::Skipped,
            km: None,
            minutes: None,
        })
        .collect();
    let unknown = later(&input, 14);
    let ctl = |i: &PlanInput| {
        generate(i)
            .unwrap()
            .form_on(date("2027-01-24"))
            .unwrap()
            .ctl
    };
    assert!(
        ctl(&skipped) < ctl(&followed) - 1.0,
        "{} vs {}",
        ctl(&skipped),
        ctl(&followed)
    );
    assert!((ctl(&unknown) - ctl(&followed)).abs() < 1e-6);
}

/// A case the property test "following the plan never changes it" once found: a marathon, then
/// a 10K 11 weeks later, a runner near the low-volume line of the recovery sizing (beginner, 4
/// runs a week). Followed to the letter for 8 weeks (weeks frozen, runs as planned), the plan —
/// and the 10K's recovery days — stay as first made, with either week start.
#[test]
fn following_the_plan_keeps_the_recoveries_of_a_marathon_then_a_10k() {
    for week_start in [WeekStart::Monday, WeekStart::Sunday] {
        let race = |name: &str, day: &str, distance| Race {
            name: name.into(),
            date: date(day),
            distance,
            priority: Priority::A,
            goal_time_s: None,
        };
        let input = PlanInput {
            today: date("2027-01-20"),
            races: vec![
                race("Race 0", "2027-02-21", Distance::Marathon),
                race("Race 1", "2027-05-05", Distance::TenK),
            ],
            settings: Settings {
                units: Units::Km,
                week_start,
                available_days: vec![
                    chrono::Weekday::Mon,
                    chrono::Weekday::Fri,
                    chrono::Weekday::Sat,
                    chrono::Weekday::Sun,
                ],
                runs_per_week: 4,
                long_run_day: chrono::Weekday::Mon,
                max_weekly_km: 97.17178689893582,
                experience: Experience::Beginner,
                deload_cadence: DeloadCadence::Every3,
                deload_depth: 0.25,
            },
            baseline: Baseline {
                weekly_km: 80.78854099808883,
                longest_run_km: 26.086202431535455,
                consistency: 1.0,
                ..Baseline::default()
            },
            checkins: vec![],
            season: Season {
                start: Some(date("2027-01-20")),
                ..Season::default()
            },
        };
        let (first, followed) = follow(&input, 8);
        for (next, plan) in &followed {
            assert_eq!(
                plan.recovery_days, first.recovery_days,
                "{week_start:?}, {}",
                next.today
            );
            for (a, b) in first.weeks.iter().zip(&plan.weeks) {
                same_week(a, b, 1e-9);
            }
        }
    }
}

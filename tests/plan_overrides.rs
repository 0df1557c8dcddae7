//! Hand edits that survive re-planning (issue 11 section 4): change, rest, move, note, revert;
//! kept through re-plans; conflicts kept with a warning; property test (c).

mod season_support;

use chrono::Duration;
use periodize::plan::*;
use proptest::prelude::*;
use season_support::*;

fn edit(date: &str, change: Change) -> Override {
    Override {
        date: season_support::date(date),
        change,
        note: None,
    }
}

fn workout(kind: WorkoutKind, km: Option<f64>) -> Change {
    Change::Workout {
        kind,
        km,
        minutes: None,
    }
}

fn with(edits: Vec<Override>) -> PlanInput {
    let mut i = marathon();
    i.season.overrides = edits;
    i
}

/// A changed workout: the day shows the edit and what it replaced; the week's total counts it.
#[test]
fn a_changed_workout_shows_what_it_replaced() {
    let plain = generate(&marathon()).unwrap();
    let before = day(&plain, date("2027-01-13")).clone();
    let p = generate(&with(vec![edit(
        "2027-01-13",
        workout(WorkoutKind::Tempo, Some(10.0)),
    )]))
    .unwrap();
    let d = day(&p, date("2027-01-13"));
    assert_eq!((d.kind, d.km), (WorkoutKind::Tempo, 10.0));
    assert_eq!(
        d.replaced,
        Some(Replaced {
            kind: before.kind,
            km: before.km
        })
    );
    assert!(d.hard_minutes > 0.0 && d.minutes > 0.0);
    let w = week(&p, date("2027-01-11"));
    assert!((w.km - (week(&plain, date("2027-01-11")).km - before.km + 10.0)).abs() < 1e-9);
    assert!(p
        .warnings
        .iter()
        .all(|w| !matches!(w, Warning::EditConflict { .. })));
}

/// A rest day: no run, the week lighter; the next weeks take it into account (no higher ramp).
#[test]
fn a_rest_day_lowers_the_week() {
    let plain = generate(&marathon()).unwrap();
    let long = plain.weeks[1]
        .days
        .iter()
        .find(|d| d.kind == WorkoutKind::Long)
        .unwrap();
    let p = generate(&with(vec![Override {
        date: long.date,
        change: workout(WorkoutKind::Rest, None),
        note: Some("wedding".into()),
    }]))
    .unwrap();
    let d = day(&p, long.date);
    assert_eq!((d.kind, d.km), (WorkoutKind::Rest, 0.0));
    assert_eq!(d.user_note.as_deref(), Some("wedding"));
    assert!(p.weeks[1].km < plain.weeks[1].km - long.km + 1e-9);
    assert!(p.weeks[2].km <= plain.weeks[2].km + 1e-9);
}

/// A move swaps two days of one week; a move outside the week is kept as a conflict.
#[test]
fn a_move_swaps_two_days_of_the_week() {
    let plain = generate(&marathon()).unwrap();
    let (sun, sat) = (date("2027-01-17"), date("2027-01-16"));
    let p = generate(&with(vec![edit("2027-01-17", Change::MoveTo { to: sat })])).unwrap();
    assert_eq!(day(&p, sat).kind, day(&plain, sun).kind);
    assert_eq!(day(&p, sat).km, day(&plain, sun).km);
    assert_eq!(day(&p, sun).km, day(&plain, sat).km);
    assert!(day(&p, sat).replaced.is_some() && day(&p, sun).replaced.is_some());
    assert!((week(&p, date("2027-01-11")).km - week(&plain, date("2027-01-11")).km).abs() < 1e-9);
    let far = generate(&with(vec![edit(
        "2027-01-17",
        Change::MoveTo {
            to: date("2027-01-19"),
        },
    )]))
    .unwrap();
    assert_eq!(day(&far, sun).conflict, Some(Conflict::MoveOutsideWeek));
    assert_eq!(day(&far, sun).km, day(&plain, sun).km);
    assert!(far.warnings.contains(&Warning::EditConflict {
        date: sun,
        conflict: Conflict::MoveOutsideWeek
    }));
}

/// A note keeps the plan's workout; reverting (removing the override) gives the plan back.
#[test]
fn a_note_and_a_revert() {
    let plain = generate(&marathon()).unwrap();
    let p = generate(&with(vec![Override {
        date: date("2027-01-12"),
        change: Change::Note,
        note: Some("with Ana".into()),
    }]))
    .unwrap();
    let d = day(&p, date("2027-01-12"));
    assert_eq!(d.user_note.as_deref(), Some("with Ana"));
    assert_eq!(
        (d.kind, d.km),
        (day(&plain, d.date).kind, day(&plain, d.date).km)
    );
    let reverted = generate(&with(vec![])).unwrap();
    assert_eq!(reverted, plain);
}

/// Edits survive a race change and a settings change; a race moved onto an edited day and a
/// harder edit in a week that became a taper are kept, with warnings on the day and the plan.
#[test]
fn edits_survive_replans_and_conflicts_are_kept() {
    let mut input = with(vec![
        edit("2027-02-10", workout(WorkoutKind::Easy, Some(6.0))),
        edit("2027-04-28", workout(WorkoutKind::Intervals, Some(14.0))),
    ]);
    input.settings.runs_per_week = 4;
    input.races[0].date = date("2027-05-02");
    input.races.push(Race {
        name: "Tune-up 10K".into(),
        date: date("2027-02-10"),
        distance: Distance::TenK,
        priority: Priority::B,
        goal_time_s: None,
    });
    let p = generate(&input).unwrap();
    let race_day = day(&p, date("2027-02-10"));
    assert_eq!((race_day.kind, race_day.km), (WorkoutKind::Easy, 6.0));
    assert_eq!(race_day.conflict, Some(Conflict::RaceDay));
    let taper = day(&p, date("2027-04-28"));
    assert_eq!((taper.kind, taper.km), (WorkoutKind::Intervals, 14.0));
    assert_eq!(week(&p, date("2027-04-26")).kind, WeekKind::Race);
    assert_eq!(taper.conflict, Some(Conflict::LighterWeek));
    let texts: Vec<String> = p.warnings.iter().map(|w| w.text(Units::Km)).collect();
    assert!(
        texts.iter().any(|t| t
            .contains("your edit on Wed 10 Feb is kept, but a race is now planned on this day")),
        "{texts:?}"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// (c) After any change of settings or races, every override is on its day (its workout, or
    /// its note), or reported as a conflict.
    #[test]
    fn overrides_are_always_kept(
        edits in proptest::collection::vec((0i64..120, 0usize..9, 1.0f64..30.0, any::<bool>()), 1..6),
        runs in 3u8..7, max in 50.0f64..120.0, shift in -20i64..20, extra in proptest::option::of(10i64..110),
    ) {
        let kinds = [WorkoutKind::Easy, WorkoutKind::Long, WorkoutKind::Tempo, WorkoutKind::Intervals, WorkoutKind::RacePace, WorkoutKind::Hills, WorkoutKind::Strides, WorkoutKind::Rest, WorkoutKind::Cross];
        let mut input = marathon();
        input.today += Duration::days(7);
        let mut seen = std::collections::BTreeSet::new();
        input.season.overrides = edits.iter().filter(|(off, ..)| seen.insert(*off)).map(|(off, k, km, mv)| {
            let date = input.today + Duration::days(*off);
            let change = if *mv { Change::MoveTo { to: date + Duration::days(1) } } else { Change::Workout { kind: kinds[*k], km: Some(*km), minutes: None } };
            Override { date, change, note: Some(format!("edit {off}")) }
        }).collect();
        input.settings.runs_per_week = runs;
        input.settings.max_weekly_km = max;
        input.races[0].date += Duration::days(shift);
        if let Some(off) = extra {
            input.races.push(Race { name: "Extra".into(), date: input.today + Duration::days(off), distance: Distance::Half, priority: Priority::B, goal_time_s: None });
        }
        let Ok(plan) = generate(&input) else { return Ok(()); };
        for o in &input.season.overrides {
            let conflicted = plan.warnings.iter().any(|w| matches!(w, Warning::EditConflict { date, .. } if *date == o.date));
            let d = plan.weeks.iter().flat_map(|w| &w.days).find(|d| d.date == o.date);
            match d {
                None => prop_assert!(conflicted, "{} lost", o.date),
                Some(d) => {
                    prop_assert!(d.replaced.is_some(), "{} not marked edited", o.date);
                    prop_assert_eq!(d.user_note.as_ref(), o.note.as_ref());
                    if let Change::Workout { kind, km, .. } = &o.change {
                        prop_assert_eq!(d.kind, *kind);
                        let want = if matches!(kind, WorkoutKind::Rest | WorkoutKind::Cross) { 0.0 } else { km.unwrap() };
                        prop_assert!((d.km - want).abs() < 1e-9);
                    }
                    prop_assert_eq!(d.conflict.is_some(), conflicted);
                }
            }
        }
    }
}

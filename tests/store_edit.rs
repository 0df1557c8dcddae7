#![cfg(not(target_arch = "wasm32"))]
//! Every edit of the document, one by one, as `store::apply` makes it: the rules it holds
//! (race rules and the planner's horizon, limits, one check-in per date, ids, imports merged)
//! and that a refused edit changes nothing.

mod store_support;

use chrono::{DateTime, Duration, NaiveDate, Weekday};
use periodize::history::{Activity, Sport};
use periodize::plan::validate::MAX_HORIZON_DAYS;
use periodize::plan::*;
use periodize::store::edit::limits;
use periodize::store::edit::{RaceError, SeasonError};
use periodize::store::{
    apply, merge, Applied, BaselineSource, Document, Edit, EditError, Theme, View,
};
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).unwrap()
}

fn race(name: &str, days: i64) -> Race {
    Race {
        name: name.into(),
        date: today() + Duration::days(days),
        distance: Distance::Half,
        priority: Priority::A,
        goal_time_s: None,
    }
}

fn add(doc: &mut Document, r: Race) -> u64 {
    match apply(
        doc,
        Edit::AddRace {
            race: r,
            today: today(),
        },
    ) {
        Ok(Applied::RaceAdded(id)) => id,
        other => panic!("not added: {other:?}"),
    }
}

/// A document with two races.
fn season() -> Document {
    let mut doc = Document::default();
    add(&mut doc, race("Spring Half", 70));
    add(&mut doc, race("Summer 10K", 120));
    doc
}

fn activity(day: i64, km: f64) -> Activity {
    let start =
        DateTime::parse_from_rfc3339("2026-02-01T07:00:00+01:00").unwrap() + Duration::days(day);
    Activity {
        start,
        sport: Sport::Run,
        distance_m: km * 1000.0,
        moving_s: km * 330.0,
        elapsed_s: km * 340.0,
        elevation_gain_m: None,
        avg_hr: None,
        max_hr: None,
        rpe: None,
        source: "test.fit".into(),
        name: None,
    }
}

/// Applies an edit that must be refused, and checks it changed nothing.
fn refused(doc: &Document, edit: Edit) -> EditError {
    let mut after = doc.clone();
    let err = apply(&mut after, edit).expect_err("the edit should be refused");
    assert_eq!(&after, doc, "a refused edit changes nothing");
    err
}

#[test]
fn add_race_trims_the_name_gives_a_fresh_id_and_keeps_date_order() {
    let mut doc = season();
    let id = add(&mut doc, race("  Tune-up 5K ", 30));
    assert!(id > 0 && id < (1 << 53), "ids fit JavaScript numbers");
    let stored = doc.race(id).unwrap();
    assert_eq!(stored.race.name, "Tune-up 5K");
    assert!(!stored.example);
    let names: Vec<&str> = doc.races.iter().map(|r| r.race.name.as_str()).collect();
    assert_eq!(names, ["Tune-up 5K", "Spring Half", "Summer 10K"]);
}

#[test]
fn add_race_holds_the_race_rules() {
    let doc = season();
    let add = |r: Race| Edit::AddRace {
        race: r,
        today: today(),
    };
    assert_eq!(
        refused(&doc, add(race("   ", 30))),
        EditError::Race(RaceError::NoName)
    );
    assert_eq!(
        refused(&doc, add(race(&"x".repeat(81), 30))),
        EditError::Race(RaceError::NameTooLong)
    );
    assert_eq!(
        refused(&doc, add(race("a\nb", 30))),
        EditError::Race(RaceError::NameControl)
    );
    assert_eq!(
        refused(&doc, add(race("Gone", -1))),
        EditError::Race(RaceError::InPast { today: today() })
    );
    assert_eq!(
        refused(&doc, add(race("Same day", 70))),
        EditError::Race(RaceError::SameDay {
            other: "Spring Half".into()
        })
    );
    let mut bad = race("Nowhere", 30);
    bad.distance = Distance::Custom { km: f64::NAN };
    assert_eq!(
        refused(&doc, add(bad)),
        EditError::Race(RaceError::BadDistance)
    );
}

#[test]
fn add_race_reaches_exactly_the_planners_horizon() {
    let mut doc = Document::default();
    add(&mut doc, race("Last day", MAX_HORIZON_DAYS));
    let err = refused(
        &doc,
        Edit::AddRace {
            race: race("One too far", MAX_HORIZON_DAYS + 1),
            today: today(),
        },
    );
    let last = today() + Duration::days(MAX_HORIZON_DAYS);
    assert_eq!(err, EditError::Race(RaceError::TooFar { last }));
    assert!(err.to_string().contains("2 years"), "{err}");
    // What the form accepts, the planner plans.
    let input = doc.plan_input(today());
    assert!(generate(&input).is_ok());
}

#[test]
fn race_ids_come_from_the_race_so_two_tabs_adding_races_keep_both() {
    let base = season();
    let (mut tab_a, mut tab_b) = (base.clone(), base.clone());
    let a = add(&mut tab_a, race("Tab A race", 40));
    let b = add(&mut tab_b, race("Tab B race", 50));
    assert_ne!(a, b);
    let merged = merge(&tab_a, &tab_b, &base);
    assert!(merged.race(a).is_some() && merged.race(b).is_some());
    // The same race added in both tabs gets the same id and is kept once.
    let (mut c, mut d) = (base.clone(), base.clone());
    assert_eq!(add(&mut c, race("Both", 45)), add(&mut d, race("Both", 45)));
    assert_eq!(merge(&c, &d, &base).races.len(), 3);
}

#[test]
fn replace_race_keeps_the_id_and_checks_against_the_other_races() {
    let mut doc = season();
    let id = doc.races[0].id;
    let other = doc.races[1].race.clone();
    let mut moved = race("Spring Half (moved)", 75);
    moved.priority = Priority::B;
    let got = apply(
        &mut doc,
        Edit::ReplaceRace {
            id,
            race: moved.clone(),
            today: today(),
        },
    );
    assert_eq!(got, Ok(Applied::Changed));
    assert_eq!(doc.race(id).unwrap().race, moved);
    // Keeping its own date is fine; taking the other race's date is not.
    let mut same = moved.clone();
    same.date = other.date;
    assert!(matches!(
        refused(
            &doc,
            Edit::ReplaceRace {
                id,
                race: same,
                today: today()
            }
        ),
        EditError::Race(RaceError::SameDay { .. })
    ));
    // A race deleted meanwhile (another tab) is added again rather than lost.
    let mut gone = doc.clone();
    apply(&mut gone, Edit::DeleteRace(id)).unwrap();
    let got = apply(
        &mut gone,
        Edit::ReplaceRace {
            id,
            race: moved.clone(),
            today: today(),
        },
    );
    let Ok(Applied::RaceAdded(new)) = got else {
        panic!("{got:?}")
    };
    assert_eq!(gone.race(new).unwrap().race, moved);
}

#[test]
fn delete_race_removes_only_that_race() {
    let mut doc = season();
    let id = doc.races[0].id;
    assert_eq!(apply(&mut doc, Edit::DeleteRace(id)), Ok(Applied::Changed));
    assert_eq!(doc.races.len(), 1);
    assert!(doc.race(id).is_none());
    assert_eq!(
        apply(&mut doc, Edit::DeleteRace(id)),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn put_back_race_undoes_a_delete_under_the_same_id() {
    let mut doc = season();
    let before = doc.clone();
    let gone = doc.races[0].clone();
    apply(&mut doc, Edit::DeleteRace(gone.id)).unwrap();
    assert_eq!(
        apply(&mut doc, Edit::PutBackRace(gone.clone())),
        Ok(Applied::Changed)
    );
    assert_eq!(doc, before, "the undo restores the race as it was");
    assert_eq!(
        apply(&mut doc, Edit::PutBackRace(gone.clone())),
        Ok(Applied::Unchanged)
    );
    // A race added on that day since keeps it.
    apply(&mut doc, Edit::DeleteRace(gone.id)).unwrap();
    add(&mut doc, race("New race", 70));
    let e = refused(&doc, Edit::PutBackRace(gone));
    assert_eq!(
        e,
        EditError::Race(RaceError::SameDay {
            other: "New race".into()
        })
    );
}

#[test]
fn set_races_replaces_every_race_all_or_nothing() {
    let mut doc = season();
    let races = vec![race("Host A", 20), race("Host B", 90)];
    let got = apply(
        &mut doc,
        Edit::SetRaces {
            races: races.clone(),
            today: today(),
        },
    );
    assert_eq!(got, Ok(Applied::Changed));
    assert_eq!(doc.plan_races(), races);
    let err = refused(
        &doc,
        Edit::SetRaces {
            races: vec![race("Fine", 20), race("Twice", 30), race("Twice too", 30)],
            today: today(),
        },
    );
    assert_eq!(
        err,
        EditError::RaceInList {
            number: 3,
            error: RaceError::SameDay {
                other: "Twice".into()
            }
        }
    );
    assert!(err.to_string().starts_with("race 3: "), "{err}");
    let again = apply(
        &mut doc,
        Edit::SetRaces {
            races,
            today: today(),
        },
    );
    assert_eq!(
        again,
        Ok(Applied::Unchanged),
        "the same races keep their ids"
    );
}

#[test]
fn load_example_adds_the_flagged_example_season_in_the_future() {
    let mut doc = Document::default();
    assert_eq!(
        apply(&mut doc, Edit::LoadExample { today: today() }),
        Ok(Applied::Changed)
    );
    assert_eq!(doc.races.len(), 3);
    assert!(doc.has_example());
    assert!(doc.races.iter().all(|r| r.example && r.race.date > today()));
    assert!(generate(&doc.plan_input(today())).is_ok());
}

#[test]
fn clear_example_removes_the_flagged_races_whatever_their_names() {
    let mut doc = season();
    let own = doc.plan_races();
    apply(&mut doc, Edit::LoadExample { today: today() }).unwrap();
    // A race of the runner's own named like an example stays (no more name prefix).
    add(&mut doc, race("Example: my own race", 200));
    // An example race the runner edited becomes theirs.
    let park = doc.races.iter().find(|r| r.example).unwrap().clone();
    let mut mine = park.race.clone();
    mine.name = "Park 5K, for real".into();
    apply(
        &mut doc,
        Edit::ReplaceRace {
            id: park.id,
            race: mine.clone(),
            today: today(),
        },
    )
    .unwrap();
    assert_eq!(apply(&mut doc, Edit::ClearExample), Ok(Applied::Changed));
    assert!(!doc.has_example());
    let mut left: Vec<String> = doc.plan_races().into_iter().map(|r| r.name).collect();
    left.sort();
    let mut want: Vec<String> = own.into_iter().map(|r| r.name).collect();
    want.extend(["Example: my own race".to_string(), mine.name]);
    want.sort();
    assert_eq!(left, want);
    assert_eq!(apply(&mut doc, Edit::ClearExample), Ok(Applied::Unchanged));
}

#[test]
fn set_units() {
    let mut doc = Document::default();
    assert_eq!(
        apply(&mut doc, Edit::SetUnits(Units::Mi)),
        Ok(Applied::Changed)
    );
    assert_eq!(doc.settings.units, Units::Mi);
    assert_eq!(
        apply(&mut doc, Edit::SetUnits(Units::Mi)),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn set_week_start() {
    let mut doc = Document::default();
    apply(&mut doc, Edit::SetWeekStart(WeekStart::Sunday)).unwrap();
    assert_eq!(doc.settings.week_start, WeekStart::Sunday);
}

#[test]
fn set_run_day_keeps_weekday_order_and_each_day_once() {
    let mut doc = Document::default();
    doc.settings.available_days = vec![Weekday::Tue, Weekday::Sat];
    apply(
        &mut doc,
        Edit::SetRunDay {
            day: Weekday::Mon,
            on: true,
        },
    )
    .unwrap();
    apply(
        &mut doc,
        Edit::SetRunDay {
            day: Weekday::Sat,
            on: true,
        },
    )
    .unwrap();
    assert_eq!(
        doc.settings.available_days,
        [Weekday::Mon, Weekday::Tue, Weekday::Sat]
    );
    apply(
        &mut doc,
        Edit::SetRunDay {
            day: Weekday::Tue,
            on: false,
        },
    )
    .unwrap();
    assert_eq!(doc.settings.available_days, [Weekday::Mon, Weekday::Sat]);
}

#[test]
fn set_runs_per_week_is_held_to_one_to_seven() {
    let mut doc = Document::default();
    for (n, want) in [(0, 1), (3, 3), (9, 7)] {
        apply(&mut doc, Edit::SetRunsPerWeek(n)).unwrap();
        assert_eq!(doc.settings.runs_per_week, want);
    }
    assert_eq!(limits::RUNS_PER_WEEK, 1..=7);
}

#[test]
fn set_long_run_day() {
    let mut doc = Document::default();
    apply(&mut doc, Edit::SetLongRunDay(Weekday::Sat)).unwrap();
    assert_eq!(doc.settings.long_run_day, Weekday::Sat);
}

#[test]
fn set_max_weekly_km_is_clamped_and_must_be_above_zero() {
    let mut doc = Document::default();
    for (km, want) in [(2.0, 5.0), (55.5, 55.5), (1000.0, 400.0)] {
        apply(&mut doc, Edit::SetMaxWeeklyKm(km)).unwrap();
        assert_eq!(doc.settings.max_weekly_km, want);
    }
    for bad in [0.0, -3.0, f64::NAN, f64::INFINITY] {
        assert!(matches!(
            refused(&doc, Edit::SetMaxWeeklyKm(bad)),
            EditError::NotPositive { .. }
        ));
    }
}

#[test]
fn set_experience() {
    let mut doc = Document::default();
    apply(&mut doc, Edit::SetExperience(Experience::Masters)).unwrap();
    assert_eq!(doc.settings.experience, Experience::Masters);
}

#[test]
fn set_deload_cadence() {
    let mut doc = Document::default();
    apply(&mut doc, Edit::SetDeloadCadence(DeloadCadence::Every3)).unwrap();
    assert_eq!(doc.settings.deload_cadence, DeloadCadence::Every3);
}

#[test]
fn set_deload_depth_is_held_to_ten_to_fifty_percent() {
    let mut doc = Document::default();
    for (f, want) in [(0.0, 0.1), (0.25, 0.25), (0.9, 0.5)] {
        apply(&mut doc, Edit::SetDeloadDepth(f)).unwrap();
        assert_eq!(doc.settings.deload_depth, want);
    }
    assert!(matches!(
        refused(&doc, Edit::SetDeloadDepth(f64::NAN)),
        EditError::Negative { .. }
    ));
}

#[test]
fn set_baseline_source_needs_history_for_history() {
    let mut doc = Document::default();
    assert_eq!(
        refused(&doc, Edit::SetBaselineSource(BaselineSource::History)),
        EditError::NoHistory
    );
    apply(&mut doc, Edit::ImportActivities(vec![activity(0, 10.0)])).unwrap();
    apply(&mut doc, Edit::SetBaselineSource(BaselineSource::History)).unwrap();
    assert_eq!(doc.baseline_source, BaselineSource::History);
    apply(&mut doc, Edit::SetBaselineSource(BaselineSource::Manual)).unwrap();
    assert_eq!(doc.baseline_source, BaselineSource::Manual);
}

#[test]
fn set_weekly_km_is_capped_and_cannot_be_negative() {
    let mut doc = Document::default();
    apply(&mut doc, Edit::SetWeeklyKm(35.0)).unwrap();
    assert_eq!(doc.baseline.weekly_km, 35.0);
    apply(&mut doc, Edit::SetWeeklyKm(900.0)).unwrap();
    assert_eq!(doc.baseline.weekly_km, limits::BASELINE_WEEKLY_KM);
    assert!(matches!(
        refused(&doc, Edit::SetWeeklyKm(-1.0)),
        EditError::Negative { .. }
    ));
}

#[test]
fn set_longest_run_km_is_capped_and_cannot_be_negative() {
    let mut doc = Document::default();
    apply(&mut doc, Edit::SetLongestRunKm(0.0)).unwrap();
    assert_eq!(doc.baseline.longest_run_km, 0.0);
    apply(&mut doc, Edit::SetLongestRunKm(500.0)).unwrap();
    assert_eq!(doc.baseline.longest_run_km, limits::BASELINE_LONGEST_RUN_KM);
    assert!(matches!(
        refused(&doc, Edit::SetLongestRunKm(f64::NAN)),
        EditError::Negative { .. }
    ));
}

#[test]
fn set_running_weeks_rounds_and_becomes_a_share_of_eight() {
    let mut doc = Document::default();
    for (weeks, want) in [(6.0, 0.75), (6.4, 0.75), (8.0, 1.0), (0.0, 0.0)] {
        apply(&mut doc, Edit::SetRunningWeeks(weeks)).unwrap();
        assert_eq!(doc.baseline.consistency, want, "{weeks}");
    }
    // "Ran in 12 of the last 8 weeks" is no answer (issue 15).
    let e = refused(&doc, Edit::SetRunningWeeks(12.0));
    assert_eq!(e, EditError::MoreWeeksThan { of: 8 });
    assert!(e.to_string().contains("last 8"), "{e}");
}

#[test]
fn set_recent_result_takes_each_part_and_waits_for_both() {
    let mut doc = Document::default();
    let set = |distance_km, time_s| Edit::SetRecentResult {
        distance_km,
        time_s,
        today: today(),
    };
    apply(&mut doc, set(Some(10.0), None)).unwrap();
    assert_eq!(
        doc.baseline.recent_result, None,
        "a distance alone waits for a time"
    );
    apply(&mut doc, set(Some(10.0), Some(2700))).unwrap();
    let r = doc.baseline.recent_result.unwrap();
    assert_eq!((r.date, r.distance_km, r.time_s), (today(), 10.0, 2700));
    apply(&mut doc, set(None, Some(2650))).unwrap();
    assert_eq!(doc.baseline.recent_result.unwrap().distance_km, 10.0);
    assert_eq!(doc.baseline.recent_result.unwrap().time_s, 2650);
    assert!(matches!(
        refused(&doc, set(Some(0.0), None)),
        EditError::NotPositive { .. }
    ));
    assert!(matches!(
        refused(&doc, set(None, Some(0))),
        EditError::NotPositive { .. }
    ));
}

#[test]
fn record_checkin_keeps_one_per_date_with_signs_in_order() {
    let mut doc = Document::default();
    let day = today();
    let checkin = |signs: Vec<WarningSign>| Edit::RecordCheckin(Checkin { date: day, signs });
    apply(
        &mut doc,
        checkin(vec![WarningSign::PoorSleep, WarningSign::Fatigue]),
    )
    .unwrap();
    apply(
        &mut doc,
        Edit::RecordCheckin(Checkin {
            date: day - Duration::days(3),
            signs: vec![],
        }),
    )
    .unwrap();
    let got = apply(
        &mut doc,
        checkin(vec![
            WarningSign::PoorSleep,
            WarningSign::LowMotivation,
            WarningSign::PoorSleep,
        ]),
    );
    assert_eq!(got, Ok(Applied::Changed));
    assert_eq!(doc.checkins.len(), 2, "one check-in per date");
    assert_eq!(doc.checkins[0].date, day - Duration::days(3), "date order");
    assert_eq!(
        doc.checkins[1].signs,
        [WarningSign::LowMotivation, WarningSign::PoorSleep]
    );
    assert_eq!(
        apply(
            &mut doc,
            checkin(vec![WarningSign::PoorSleep, WarningSign::LowMotivation])
        ),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn delete_activity_removes_that_one_and_delete_from_a_file_all_of_its() {
    let mut doc = Document::default();
    let mut other = activity(4, 12.0);
    other.source = "other.gpx".into();
    let acts = vec![activity(0, 10.0), activity(2, 8.0), other];
    apply(&mut doc, Edit::ImportActivities(acts)).unwrap();
    apply(&mut doc, Edit::SetBaselineSource(BaselineSource::History)).unwrap();
    let key = periodize::store::ActivityKey::of(&doc.activities[0]);
    assert_eq!(
        apply(&mut doc, Edit::DeleteActivity(key.clone())),
        Ok(Applied::Changed)
    );
    assert_eq!(doc.activities.len(), 2);
    assert_eq!(
        apply(&mut doc, Edit::DeleteActivity(key)),
        Ok(Applied::Unchanged)
    );
    let from = |source: &str| Edit::DeleteActivitiesFrom {
        source: source.into(),
    };
    assert_eq!(apply(&mut doc, from("test.fit")), Ok(Applied::Changed));
    assert_eq!(doc.activities.len(), 1);
    assert_eq!(doc.activities[0].source, "other.gpx");
    assert_eq!(doc.baseline_source, BaselineSource::History);
    assert_eq!(apply(&mut doc, from("test.fit")), Ok(Applied::Unchanged));
    // With no history left the plan starts from the typed baseline again.
    assert_eq!(apply(&mut doc, from("other.gpx")), Ok(Applied::Changed));
    assert!(doc.activities.is_empty());
    assert_eq!(doc.baseline_source, BaselineSource::Manual);
}

#[test]
fn import_activities_merges_into_the_current_document() {
    let mut doc = Document::default();
    let got = apply(
        &mut doc,
        Edit::ImportActivities(vec![activity(0, 10.0), activity(2, 8.0)]),
    );
    assert_eq!(
        got,
        Ok(Applied::Imported {
            added: 2,
            duplicates: 0
        })
    );
    // Meanwhile another tab's import arrived: the next import keeps it.
    doc.activities.push(activity(4, 12.0));
    let mut again = activity(2, 8.1);
    again.avg_hr = Some(150.0);
    let got = apply(
        &mut doc,
        Edit::ImportActivities(vec![again, activity(6, 5.0)]),
    );
    assert_eq!(
        got,
        Ok(Applied::Imported {
            added: 1,
            duplicates: 1
        })
    );
    assert_eq!(doc.activities.len(), 4);
    assert_eq!(
        doc.activities[1].avg_hr,
        Some(150.0),
        "the richer record is kept"
    );
    let starts: Vec<_> = doc.activities.iter().map(|a| a.start).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "oldest first");
    let nothing = apply(&mut doc, Edit::ImportActivities(vec![]));
    assert_eq!(
        nothing,
        Ok(Applied::Imported {
            added: 0,
            duplicates: 0
        })
    );
    assert!(!nothing.unwrap().changed());
}

#[test]
fn restore_replaces_the_document_with_the_backup_normalized() {
    let mut doc = season();
    let backup = Document {
        checkins: vec![
            Checkin {
                date: today(),
                signs: vec![],
            },
            Checkin {
                date: today() - Duration::days(1),
                signs: vec![WarningSign::Fatigue],
            },
        ],
        ..Document::default()
    };
    let got = apply(&mut doc, Edit::Restore(Box::new(backup.clone())));
    assert_eq!(got, Ok(Applied::Changed));
    assert_eq!(doc, backup.clone().normalized());
    assert_eq!(
        apply(&mut doc, Edit::Restore(Box::new(backup))),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn import_activities_refuses_a_number_that_cannot_be_saved() {
    // Issue 12, defect 1: an infinite distance was stored as null and blocked every later save.
    let doc = season();
    let mut inf = activity(1, 10.0);
    inf.distance_m = f64::INFINITY;
    inf.source = "export.zip/activities.csv".into();
    let err = refused(&doc, Edit::ImportActivities(vec![activity(0, 5.0), inf]));
    assert!(matches!(err, EditError::NotFinite { .. }), "{err}");
    assert!(
        err.to_string().contains("export.zip/activities.csv"),
        "{err}"
    );
    let mut nan_hr = activity(2, 8.0);
    nan_hr.avg_hr = Some(f64::NAN);
    assert!(matches!(
        refused(&doc, Edit::ImportActivities(vec![nan_hr])),
        EditError::NotFinite { .. }
    ));
}

#[test]
fn restore_refuses_a_backup_that_could_not_be_saved() {
    let doc = season();
    let mut backup = season();
    backup.baseline.weekly_km = f64::NAN;
    let err = refused(&doc, Edit::Restore(Box::new(backup)));
    assert!(matches!(err, EditError::NotFinite { .. }), "{err}");
    let mut backup = season();
    backup.activities.push(activity(0, 5.0));
    backup.activities[0].elapsed_s = f64::NEG_INFINITY;
    assert!(matches!(
        refused(&doc, Edit::Restore(Box::new(backup))),
        EditError::NotFinite { .. }
    ));
}

#[test]
fn set_theme() {
    let mut doc = Document::default();
    assert_eq!(
        apply(&mut doc, Edit::SetTheme(Theme::Dark)),
        Ok(Applied::Changed)
    );
    assert_eq!(doc.prefs.theme, Theme::Dark);
}

#[test]
fn set_last_view() {
    let mut doc = Document::default();
    assert_eq!(
        apply(&mut doc, Edit::SetLastView(View::Races)),
        Ok(Applied::Changed)
    );
    assert_eq!(doc.prefs.last_view, Some(View::Races));
    assert_eq!(
        apply(&mut doc, Edit::SetLastView(View::Races)),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn preferences_do_not_change_the_planner_input() {
    let mut doc = season();
    let before = doc.plan_input(today());
    apply(&mut doc, Edit::SetTheme(Theme::Light)).unwrap();
    apply(&mut doc, Edit::SetLastView(View::Settings)).unwrap();
    assert_eq!(doc.plan_input(today()), before);
}

proptest! {
    /// Any document that can be stored can be restored, and its activities imported: the
    /// check for numbers that cannot be saved refuses none of them.
    #[test]
    fn the_finite_check_refuses_no_storable_document(doc in store_support::document()) {
        let mut d = Document::default();
        prop_assert!(apply(&mut d, Edit::Restore(Box::new(doc.clone()))).is_ok());
        let mut d = Document::default();
        prop_assert!(apply(&mut d, Edit::ImportActivities(doc.activities.clone())).is_ok());
    }

    /// Whatever the edit, the document stays in canonical order.
    #[test]
    fn edits_keep_the_document_normalized(
        doc in store_support::document(),
        r in store_support::race(),
        days in -10i64..800,
        km in -10.0f64..500.0,
    ) {
        let mut r = r;
        r.date = today() + Duration::days(days);
        for edit in [
            Edit::AddRace { race: r.clone(), today: today() },
            Edit::SetRaces { races: vec![r], today: today() },
            Edit::SetMaxWeeklyKm(km),
            Edit::SetWeeklyKm(km),
            Edit::ClearExample,
        ] {
            let mut d = doc.clone();
            if apply(&mut d, edit).is_ok() {
                prop_assert_eq!(d.clone().normalized(), d);
            } else {
                prop_assert_eq!(&d, &doc);
            }
        }
    }
}

// --- The season (issue 11): marks, hand edits, revert, start, start over. ---

fn day(offset: i64) -> NaiveDate {
    today() + Duration::days(offset)
}

fn done(km: Option<f64>) -> periodize::store::edit::DayMark {
    periodize::store::edit::DayMark {
        status: MarkStatus::Done,
        km,
        minutes: None,
    }
}

fn easy(km: f64) -> Change {
    Change::Workout {
        kind: WorkoutKind::Easy,
        km: Some(km),
        minutes: None,
    }
}

#[test]
fn mark_day_stores_one_mark_per_date_and_refuses_bad_figures() {
    let mut doc = Document::default();
    let got = apply(
        &mut doc,
        Edit::MarkDay {
            date: day(-1),
            mark: done(Some(8.0)),
        },
    );
    assert_eq!(got, Ok(Applied::Changed));
    let again = Edit::MarkDay {
        date: day(-1),
        mark: done(Some(8.0)),
    };
    assert_eq!(apply(&mut doc, again), Ok(Applied::Unchanged));
    // A new mark of the same day replaces the old one.
    let skipped = periodize::store::edit::DayMark {
        status: MarkStatus::Skipped,
        km: None,
        minutes: None,
    };
    apply(
        &mut doc,
        Edit::MarkDay {
            date: day(-1),
            mark: skipped,
        },
    )
    .unwrap();
    assert_eq!(
        doc.season.marks,
        vec![Mark {
            date: day(-1),
            status: MarkStatus::Skipped,
            km: None,
            minutes: None
        }]
    );
    let before = doc.clone();
    for km in [-1.0, f64::NAN, f64::INFINITY] {
        let bad = apply(
            &mut doc,
            Edit::MarkDay {
                date: day(-2),
                mark: done(Some(km)),
            },
        );
        assert_eq!(
            bad,
            Err(EditError::Negative {
                what: "distance run"
            })
        );
    }
    assert_eq!(doc, before, "a refused mark changes nothing");
}

#[test]
fn set_override_stores_one_edit_per_date_and_checks_it() {
    let mut doc = Document::default();
    let edit = |change: Change, note: Option<&str>| Edit::SetOverride {
        date: day(2),
        change,
        note: note.map(String::from),
    };
    assert_eq!(
        apply(&mut doc, edit(easy(8.0), Some("  with Ana "))),
        Ok(Applied::Changed)
    );
    assert_eq!(
        doc.season.overrides,
        vec![Override {
            date: day(2),
            change: easy(8.0),
            note: Some("with Ana".into())
        }]
    );
    assert_eq!(
        apply(&mut doc, edit(easy(8.0), Some("with Ana"))),
        Ok(Applied::Unchanged)
    );
    // A swap within the week (today is a Monday: day(2) Wednesday, day(6) Sunday) replaces it.
    apply(&mut doc, edit(Change::MoveTo { to: day(6) }, None)).unwrap();
    assert_eq!(doc.season.overrides.len(), 1);
    assert_eq!(
        doc.season.overrides[0].change,
        Change::MoveTo { to: day(6) }
    );
    let before = doc.clone();
    let refusals = [
        (
            edit(Change::MoveTo { to: day(2) }, None),
            EditError::Season(SeasonError::MoveToSameDay),
        ),
        (
            edit(Change::MoveTo { to: day(7) }, None),
            EditError::Season(SeasonError::MoveOutOfWeek {
                from: day(2),
                to: day(7),
            }),
        ),
        (
            edit(Change::Note, Some("   ")),
            EditError::Season(SeasonError::EmptyNote),
        ),
        (
            edit(Change::Note, Some(&"x".repeat(501))),
            EditError::Season(SeasonError::NoteTooLong {
                found: 501,
                max: 500,
            }),
        ),
        (
            edit(easy(0.0), None),
            EditError::NotPositive { what: "distance" },
        ),
        (
            edit(easy(f64::NAN), None),
            EditError::NotPositive { what: "distance" },
        ),
    ];
    for (e, want) in refusals {
        assert_eq!(apply(&mut doc, e), Err(want));
    }
    assert_eq!(doc, before, "a refused hand edit changes nothing");
    // With weeks starting on Sunday, the Sunday after is in the next week.
    doc.settings.week_start = WeekStart::Sunday;
    assert!(matches!(
        apply(&mut doc, edit(Change::MoveTo { to: day(6) }, None)),
        Err(EditError::Season(SeasonError::MoveOutOfWeek { .. }))
    ));
    // ... and the Sunday before is in the same week.
    assert_eq!(
        apply(&mut doc, edit(Change::MoveTo { to: day(-1) }, None)),
        Ok(Applied::Changed)
    );
}

#[test]
fn revert_day_removes_the_days_edit_and_mark_only() {
    let mut doc = Document::default();
    for date in [day(-1), day(-2)] {
        apply(
            &mut doc,
            Edit::MarkDay {
                date,
                mark: done(None),
            },
        )
        .unwrap();
    }
    apply(
        &mut doc,
        Edit::SetOverride {
            date: day(-1),
            change: Change::Note,
            note: Some("hilly".into()),
        },
    )
    .unwrap();
    assert_eq!(
        apply(&mut doc, Edit::RevertDay { date: day(-1) }),
        Ok(Applied::Changed)
    );
    assert!(doc.season.overrides.is_empty());
    assert_eq!(doc.season.marks.len(), 1);
    assert_eq!(doc.season.marks[0].date, day(-2));
    assert_eq!(
        apply(&mut doc, Edit::RevertDay { date: day(-1) }),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn start_season_sets_the_start_once() {
    let mut doc = Document::default();
    assert_eq!(
        apply(&mut doc, Edit::StartSeason { today: today() }),
        Ok(Applied::Changed)
    );
    assert_eq!(doc.season.start, Some(today()));
    // A started season stays put a week later.
    assert_eq!(
        apply(&mut doc, Edit::StartSeason { today: day(7) }),
        Ok(Applied::Unchanged)
    );
    assert_eq!(doc.season.start, Some(today()));
    assert_eq!(doc.plan_input(day(7)).season.start, Some(today()));
}

#[test]
fn start_over_moves_the_start_and_drops_only_the_edits_from_today_on() {
    let mut doc = Document::default();
    apply(&mut doc, Edit::StartSeason { today: day(-28) }).unwrap();
    apply(
        &mut doc,
        Edit::MarkDay {
            date: day(-3),
            mark: done(Some(10.0)),
        },
    )
    .unwrap();
    for date in [day(-4), day(0), day(3)] {
        apply(
            &mut doc,
            Edit::SetOverride {
                date,
                change: easy(5.0),
                note: None,
            },
        )
        .unwrap();
    }
    assert_eq!(
        apply(&mut doc, Edit::StartOver { today: today() }),
        Ok(Applied::Changed)
    );
    assert_eq!(doc.season.start, Some(today()));
    let dates: Vec<NaiveDate> = doc.season.overrides.iter().map(|o| o.date).collect();
    assert_eq!(dates, vec![day(-4)], "the old season's past edits stay");
    assert_eq!(doc.season.marks.len(), 1, "the log of what was done stays");
    assert_eq!(
        apply(&mut doc, Edit::StartOver { today: today() }),
        Ok(Applied::Unchanged)
    );
}

#[test]
fn season_edits_from_two_tabs_are_all_kept_by_merge() {
    let mut base = Document::default();
    apply(&mut base, Edit::StartSeason { today: day(-14) }).unwrap();
    let mut local = base.clone();
    let mut remote = base.clone();
    apply(
        &mut local,
        Edit::MarkDay {
            date: day(-1),
            mark: done(None),
        },
    )
    .unwrap();
    apply(
        &mut local,
        Edit::SetOverride {
            date: day(1),
            change: easy(6.0),
            note: None,
        },
    )
    .unwrap();
    apply(
        &mut remote,
        Edit::MarkDay {
            date: day(-2),
            mark: done(Some(12.0)),
        },
    )
    .unwrap();
    apply(
        &mut remote,
        Edit::SetOverride {
            date: day(3),
            change: Change::Note,
            note: Some("track".into()),
        },
    )
    .unwrap();
    apply(&mut remote, Edit::StartOver { today: today() }).unwrap();
    let m = merge(&local, &remote, &base);
    assert_eq!(m.season.start, Some(today()));
    let marks: Vec<NaiveDate> = m.season.marks.iter().map(|x| x.date).collect();
    assert_eq!(marks, vec![day(-2), day(-1)]);
    let edits: Vec<NaiveDate> = m.season.overrides.iter().map(|x| x.date).collect();
    // The remote start-over removed its own day(3) edit; this tab's new day(1) edit is kept.
    assert_eq!(edits, vec![day(1)]);
}

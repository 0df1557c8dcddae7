#![cfg(not(target_arch = "wasm32"))]
//! The stored schema: round trips, fixtures of every earlier version, canonical order.

mod store_support;

use chrono::NaiveDate;
use periodize::history::Sport;
use periodize::plan::{Change, Distance, MarkStatus, Priority, Units, WarningSign, WorkoutKind};
use periodize::store::migrate::{decode, encode, encode_pretty};
use periodize::store::{
    BaselineSource, DateRange, Document, Prefs, StoredRace, StoredSeason, Theme, View,
    SCHEMA_VERSION,
};
use proptest::prelude::*;
use store_support::{activity, checkin, document, fixture, race};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn current_version_is_four() {
    assert_eq!(SCHEMA_VERSION, 4);
}

#[test]
fn v1_fixture_migrates_with_every_value_kept() {
    let got = decode(&fixture("v1.json")).unwrap();
    assert_eq!(got.from, 1);
    let doc = got.doc;
    // Races get ids 1..=n in stored order, then are kept in date order.
    let ids: Vec<(u64, &str)> = doc
        .races
        .iter()
        .map(|r| (r.id, r.race.name.as_str()))
        .collect();
    assert_eq!(
        ids,
        vec![(2, "Parkrun"), (3, "Trail 30K"), (1, "Berlin Marathon")]
    );
    let berlin = &doc.race(1).unwrap().race;
    assert_eq!(berlin.date, d(2027, 9, 26));
    assert_eq!(berlin.distance, Distance::Marathon);
    assert_eq!(berlin.priority, Priority::A);
    assert_eq!(berlin.goal_time_s, Some(11_700));
    assert_eq!(
        doc.race(3).unwrap().race.distance,
        Distance::Custom { km: 30.5 }
    );
    assert_eq!(doc.race(2).unwrap().race.goal_time_s, None);
    assert_eq!(doc.settings.units, Units::Mi);
    assert_eq!(doc.settings.max_weekly_km, 96.5);
    assert_eq!(doc.baseline.weekly_km, 42.0);
    assert_eq!(doc.baseline.ctl, Some(45.2));
    assert_eq!(doc.baseline.recent_result.unwrap().time_s, 5700);
    assert_eq!(doc.baseline_source, BaselineSource::Manual);
    assert!(doc.activities.is_empty());
    assert_eq!(doc.prefs, Prefs::default());
    assert_eq!(doc.checkins.len(), 1);
    assert_eq!(
        doc.checkins[0].signs,
        vec![WarningSign::Fatigue, WarningSign::PoorSleep]
    );
}

#[test]
fn v0_default_document_of_the_first_build_migrates_to_the_empty_document() {
    let got = decode(&fixture("v0-default.json")).unwrap();
    assert_eq!(got.from, 1);
    assert_eq!(got.doc, Document::default());
}

#[test]
fn migrated_v1_reencodes_as_current_version() {
    let migrated = decode(&fixture("v1.json")).unwrap().doc;
    let text = encode(&migrated);
    assert!(
        text.starts_with(r#"{"app":"periodize","version":4,"#),
        "{text}"
    );
    let again = decode(&text).unwrap();
    assert_eq!(again.from, 4);
    assert_eq!(again.doc, migrated);
}

#[test]
fn v2_fixture_migrates_with_every_value_kept() {
    let got = decode(&fixture("v2.json")).unwrap();
    assert_eq!(got.from, 2);
    let doc = &got.doc;
    assert_eq!(doc.races.len(), 3);
    assert_eq!(doc.races[0].id, 4_503_599_627_370_495);
    assert!(doc.races.iter().all(|r| !r.example));
    assert_eq!(doc.baseline_source, BaselineSource::History);
    // "calendar" names no screen: version 2 ignored it, version 3 does not keep it.
    assert_eq!(
        doc.prefs,
        Prefs {
            theme: Theme::Dark,
            last_view: None
        }
    );
    assert_eq!(doc.activities.len(), 2);
    assert_eq!(doc.checkins.len(), 1);
}

#[test]
fn v2_example_races_become_flagged_and_the_last_screen_an_enum() {
    let got = decode(&fixture("v2-example.json")).unwrap();
    assert_eq!(got.from, 2);
    let flags: Vec<(u64, bool)> = got.doc.races.iter().map(|r| (r.id, r.example)).collect();
    // Only names starting "Example: " were the example season.
    assert_eq!(flags, vec![(11, true), (13, false), (12, true)]);
    assert_eq!(
        got.doc.race(12).unwrap().race.name,
        "Example: Autumn Marathon"
    );
    assert_eq!(
        got.doc.prefs,
        Prefs {
            theme: Theme::Light,
            last_view: Some(View::History)
        }
    );
}

#[test]
fn v3_fixture_migrates_with_every_value_kept_and_a_season_not_started() {
    let got = decode(&fixture("v3.json")).unwrap();
    assert_eq!(got.from, 3);
    // The season starts when the runner next plans (Edit::StartSeason with that day).
    assert_eq!(got.doc.season, StoredSeason::default());
    let v4 = decode(&fixture("v4.json")).unwrap().doc;
    assert_eq!(
        got.doc,
        Document {
            season: StoredSeason::default(),
            ..v4
        },
        "everything else is kept as it was"
    );
}

#[test]
fn v4_fixture_decodes_and_its_format_is_stable() {
    let text = fixture("v4.json");
    let got = decode(&text).unwrap();
    assert_eq!(got.from, 4);
    let season = &got.doc.season;
    assert_eq!(season.start, Some(d(2026, 11, 2)));
    assert_eq!(season.marks.len(), 2);
    assert_eq!(season.marks[0].status, MarkStatus::Done);
    assert_eq!(season.marks[0].km, Some(8.5));
    assert_eq!(
        season.overrides[0].change,
        Change::Workout {
            kind: WorkoutKind::Tempo,
            km: Some(10.0),
            minutes: None
        }
    );
    assert_eq!(
        season.overrides[1].change,
        Change::MoveTo {
            to: d(2026, 11, 29)
        }
    );
    assert_eq!(season.overrides[2].note.as_deref(), Some("with the club"));
    let doc = &got.doc;
    assert_eq!(doc.races.len(), 3);
    assert_eq!(doc.races[0].id, 4_503_599_627_370_495);
    assert!(doc.races[0].example && !doc.races[1].example && !doc.races[2].example);
    assert_eq!(doc.baseline_source, BaselineSource::History);
    assert_eq!(
        doc.prefs,
        Prefs {
            theme: Theme::Dark,
            last_view: Some(View::Races)
        }
    );
    assert_eq!(doc.activities.len(), 2);
    assert_eq!(doc.activities[0].sport, Sport::Run);
    assert_eq!(doc.activities[0].distance_m, 10_234.5);
    assert_eq!(
        doc.activities[1].start.to_rfc3339(),
        "2026-11-21T17:30:00-05:00"
    );
    // Writing it again gives the very same text: the current format has not drifted.
    assert_eq!(encode_pretty(doc).trim_end(), text.trim_end());
}

#[test]
fn default_document_round_trips() {
    let got = decode(&encode(&Document::default())).unwrap();
    assert_eq!(got.from, SCHEMA_VERSION);
    assert_eq!(got.doc, Document::default());
}

#[test]
fn optional_sections_may_be_missing() {
    let text = r#"{"app":"periodize","version":2,"races":[],
        "settings":{"units":"km","week_start":"sunday","available_days":["Tue"],"runs_per_week":3,
        "long_run_day":"Sat","max_weekly_km":50.0,"experience":"masters","deload_cadence":"every4",
        "deload_depth":0.25},
        "baseline":{"weekly_km":20.0,"longest_run_km":8.0,"consistency":0.5}}"#;
    let doc = decode(text).unwrap().doc;
    assert_eq!(doc.baseline_source, BaselineSource::Manual);
    assert!(doc.activities.is_empty() && doc.checkins.is_empty());
    assert_eq!(doc.prefs.theme, Theme::System);
    assert_eq!(doc.settings.runs_per_week, 3);
}

#[test]
fn normalize_orders_and_removes_duplicates_without_losing_races() {
    let mut r1 = sample(race());
    r1.date = d(2027, 5, 1);
    let mut r2 = r1.clone();
    r2.name = "second".into();
    r2.date = d(2027, 3, 1);
    let mut c1 = sample(checkin());
    c1.date = d(2026, 1, 2);
    c1.signs = vec![];
    let mut c2 = c1.clone();
    c2.signs = vec![WarningSign::Fatigue];
    let a = sample(activity());
    let mut doc = Document {
        races: vec![
            StoredRace {
                id: 7,
                race: r1.clone(),
                example: false,
            },
            StoredRace {
                id: 7,
                race: r2.clone(),
                example: false,
            },
        ],
        activities: vec![a.clone(), a.clone()],
        checkins: vec![c1, c2.clone()],
        ..Document::default()
    };
    doc.normalize();
    assert_eq!(doc.races.len(), 2, "a repeated id must not drop a race");
    assert_ne!(doc.races[0].id, doc.races[1].id);
    assert_eq!(doc.races[0].race, r2, "date order");
    assert_eq!(doc.race(7).unwrap().race, r1, "the first keeps its id");
    assert_eq!(doc.activities, vec![a]);
    assert_eq!(doc.checkins, vec![c2], "the later check-in of a day wins");
}

#[test]
fn unused_race_id_is_nonzero_unused_and_fits_javascript() {
    let doc = Document {
        races: vec![StoredRace {
            id: 5,
            race: sample(race()),
            example: false,
        }],
        ..Document::default()
    };
    assert_eq!(doc.unused_race_id(5), 6);
    assert_eq!(doc.unused_race_id(0), 1);
    assert_eq!(doc.unused_race_id(9), 9);
    let big = doc.unused_race_id(u64::MAX);
    assert!(big > 0 && big < (1 << 53));
}

/// One value of a strategy, the same on every run.
fn sample<S: Strategy>(s: S) -> S::Value {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    s.new_tree(&mut runner).unwrap().current()
}

#[test]
fn date_range_spans_races_activities_and_checkins() {
    let doc = decode(&fixture("v2.json")).unwrap().doc;
    assert_eq!(
        doc.date_range(),
        Some(DateRange {
            first: d(2026, 11, 18),
            last: d(2027, 9, 26)
        })
    );
    assert_eq!(Document::default().date_range(), None);
}

#[test]
fn browser_storage_is_unavailable_natively() {
    use periodize::store::{load, raw, save, Loaded, StoreError};
    assert_eq!(
        save("periodize", &Document::default()),
        Err(StoreError::Unavailable)
    );
    assert_eq!(load("periodize"), Loaded::Empty);
    assert_eq!(raw("periodize"), None);
}

proptest! {
    #[test]
    fn any_document_round_trips(doc in document()) {
        let compact = decode(&encode(&doc)).unwrap();
        prop_assert_eq!(compact.from, SCHEMA_VERSION);
        prop_assert_eq!(&compact.doc, &doc);
        let pretty = decode(&encode_pretty(&doc)).unwrap();
        prop_assert_eq!(&pretty.doc, &doc);
    }

    #[test]
    fn normalize_is_idempotent(doc in document()) {
        prop_assert_eq!(doc.clone().normalized(), doc);
    }
}

#[test]
fn plan_input_uses_the_chosen_baseline() {
    let mut doc = decode(&fixture("v2.json")).unwrap().doc;
    let today = d(2026, 11, 23);
    let computed = periodize::history::baseline(&doc.activities, today);
    assert_ne!(
        computed.weekly_km, 42.0,
        "the fixture's history differs from its typed baseline"
    );
    let input = doc.plan_input(today);
    assert_eq!(doc.baseline_source, BaselineSource::History);
    assert_eq!(input.baseline, computed);
    assert_eq!(input.today, today);
    assert_eq!(input.races, doc.plan_races());
    assert_eq!(input.races.len(), 3);
    assert_eq!(input.checkins, doc.checkins);
    assert_eq!(input.settings, doc.settings);
    doc.baseline_source = BaselineSource::Manual;
    assert_eq!(doc.plan_input(today).baseline.weekly_km, 42.0);
    // History chosen but nothing imported: the typed baseline stands in.
    doc.baseline_source = BaselineSource::History;
    doc.activities.clear();
    assert_eq!(doc.plan_input(today).baseline.weekly_km, 42.0);
}

#[test]
fn plan_input_passes_the_stored_season_so_the_plan_stays_put() {
    let doc = decode(&fixture("v4.json")).unwrap().doc;
    let today = d(2026, 11, 23);
    let input = doc.plan_input(today);
    let season = &input.season;
    assert_eq!(season.start, Some(d(2026, 11, 2)));
    assert_eq!(season.marks, doc.season.marks);
    assert_eq!(season.overrides, doc.season.overrides);
    assert!(
        season.frozen.is_empty(),
        "the past is replayed from the start"
    );
    // The imported runs (not the ride) are what was done; the history ends on the last one.
    assert_eq!(season.runs.len(), 1);
    assert_eq!(season.runs[0].date, d(2026, 11, 18));
    assert_eq!(season.history_end, Some(d(2026, 11, 21)));
    // A started season's baseline is taken the day before its start, whatever today is.
    let at_start = periodize::history::baseline(&doc.activities, d(2026, 11, 1));
    assert_eq!(input.baseline, at_start);
    assert_eq!(doc.plan_input(d(2026, 12, 21)).baseline, at_start);
    // The plan begins on the stored start, a week later too.
    let plan = periodize::plan::generate(&input).unwrap();
    let later = periodize::plan::generate(&doc.plan_input(d(2026, 11, 30))).unwrap();
    assert_eq!(plan.season_start, d(2026, 11, 2));
    assert_eq!(later.season_start, d(2026, 11, 2));
    assert_eq!(plan.weeks[0].start, later.weeks[0].start);
}

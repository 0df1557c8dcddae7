//! Proptest strategies for store documents, shared by the store test files.
#![allow(dead_code)]

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, TimeZone, Weekday};
use periodize::history::{Activity, Sport};
use periodize::plan::*;
use periodize::store::{BaselineSource, Document, Prefs, StoredRace, StoredSeason, Theme, View};
use proptest::prelude::*;

/// A date in 2024-2029.
pub fn date() -> impl Strategy<Value = NaiveDate> {
    (0i64..2190).prop_map(|d| NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + Duration::days(d))
}

/// Any finite, non-negative number as a form would produce (including awkward decimals).
pub fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        0.0f64..500.0,
        (0u32..5000).prop_map(|x| f64::from(x) / 10.0)
    ]
}

fn distance() -> impl Strategy<Value = Distance> {
    prop_oneof![
        Just(Distance::FiveK),
        Just(Distance::TenK),
        Just(Distance::Half),
        Just(Distance::Marathon),
        Just(Distance::FiftyK),
        Just(Distance::HundredK),
        (1.0f64..250.0).prop_map(|km| Distance::Custom { km }),
    ]
}

pub fn race() -> impl Strategy<Value = Race> {
    (
        "[A-Za-z0-9 éü'\"\\\\-]{0,20}",
        date(),
        distance(),
        prop_oneof![Just(Priority::A), Just(Priority::B), Just(Priority::C)],
        proptest::option::of(600u32..100_000),
    )
        .prop_map(|(name, date, distance, priority, goal_time_s)| Race {
            name,
            date,
            distance,
            priority,
            goal_time_s,
        })
}

fn weekday() -> impl Strategy<Value = Weekday> {
    (0u8..7).prop_map(|d| Weekday::try_from(d).unwrap())
}

pub fn settings() -> impl Strategy<Value = Settings> {
    (
        any::<bool>(),
        any::<bool>(),
        proptest::collection::vec(weekday(), 0..7),
        1u8..8,
        weekday(),
        amount(),
        0usize..4,
        0usize..4,
        0.0f64..0.5,
    )
        .prop_map(
            |(mi, sun, days, runs, long, max, exp, cad, depth)| Settings {
                units: if mi { Units::Mi } else { Units::Km },
                week_start: if sun {
                    WeekStart::Sunday
                } else {
                    WeekStart::Monday
                },
                available_days: days,
                runs_per_week: runs,
                long_run_day: long,
                max_weekly_km: max,
                experience: [
                    Experience::Beginner,
                    Experience::Intermediate,
                    Experience::Advanced,
                    Experience::Masters,
                ][exp],
                deload_cadence: [
                    DeloadCadence::Every3,
                    DeloadCadence::Every4,
                    DeloadCadence::Every6To8,
                    DeloadCadence::Auto,
                ][cad],
                deload_depth: depth,
            },
        )
}

pub fn baseline() -> impl Strategy<Value = Baseline> {
    (
        amount(),
        amount(),
        0.0f64..=1.0,
        proptest::option::of(amount()),
        proptest::option::of(amount()),
        proptest::option::of((date(), 1.0f64..100.0, 600u32..40_000)),
    )
        .prop_map(|(w, l, c, ctl, atl, rr)| Baseline {
            weekly_km: w,
            longest_run_km: l,
            consistency: c,
            ctl,
            atl,
            recent_result: rr.map(|(date, distance_km, time_s)| RaceResult {
                date,
                distance_km,
                time_s,
            }),
        })
}

fn start() -> impl Strategy<Value = DateTime<FixedOffset>> {
    (0i64..(6 * 365 * 86_400), -12i32..=14).prop_map(|(s, h)| {
        let off = FixedOffset::east_opt(h * 3600).unwrap();
        off.timestamp_opt(1_704_067_200 + s, 0).unwrap()
    })
}

pub fn activity() -> impl Strategy<Value = Activity> {
    (
        start(),
        0usize..7,
        amount(),
        amount(),
        proptest::option::of(amount()),
        proptest::option::of(1.0f64..10.0),
        "[a-z0-9_.]{1,12}",
    )
        .prop_map(|(start, sport, dist, secs, gain, rpe, source)| Activity {
            start,
            sport: [
                Sport::Run,
                Sport::TrailRun,
                Sport::WalkHike,
                Sport::Ride,
                Sport::Swim,
                Sport::Strength,
                Sport::Other,
            ][sport],
            distance_m: dist * 100.0,
            moving_s: secs * 10.0,
            elapsed_s: secs * 11.0,
            elevation_gain_m: gain,
            avg_hr: None,
            max_hr: None,
            rpe,
            source,
            name: None,
        })
}

pub fn checkin() -> impl Strategy<Value = Checkin> {
    (date(), proptest::collection::vec(0usize..5, 0..5)).prop_map(|(date, signs)| Checkin {
        date,
        signs: signs
            .into_iter()
            .map(|i| {
                [
                    WarningSign::NoProgress,
                    WarningSign::Fatigue,
                    WarningSign::InjuryOrIllness,
                    WarningSign::LowMotivation,
                    WarningSign::PoorSleep,
                ][i]
            })
            .collect(),
    })
}

/// A normalized document with ids drawn from a small range, so that documents generated
/// independently share races (the interesting case for merging).
pub fn document() -> impl Strategy<Value = Document> {
    (
        proptest::collection::vec((1u64..12, (race(), any::<bool>())), 0..6),
        settings(),
        any::<bool>(),
        baseline(),
        proptest::collection::vec(activity(), 0..6),
        proptest::collection::vec(checkin(), 0..4),
        0usize..3,
        proptest::option::of(0usize..View::ALL.len()),
        season(),
    )
        .prop_map(
            |(races, settings, hist, baseline, activities, checkins, theme, view, season)| {
                Document {
                    races: races
                        .into_iter()
                        .map(|(id, (race, example))| StoredRace { id, race, example })
                        .collect(),
                    settings,
                    baseline_source: if hist {
                        BaselineSource::History
                    } else {
                        BaselineSource::Manual
                    },
                    baseline,
                    baseline_confirmed: false,
                    activities,
                    checkins,
                    prefs: Prefs {
                        theme: [Theme::System, Theme::Light, Theme::Dark][theme],
                        last_view: view.map(|i| View::ALL[i]),
                    },
                    season,
                }
                .normalized()
            },
        )
}

/// A stored season: maybe a start, marks and hand edits of every kind.
pub fn season() -> impl Strategy<Value = StoredSeason> {
    let mark = (
        date(),
        prop_oneof![
            Just(MarkStatus::Done),
            Just(MarkStatus::Partial),
            Just(MarkStatus::Skipped)
        ],
        proptest::option::of(amount()),
        proptest::option::of(amount()),
    )
        .prop_map(|(date, status, km, minutes)| Mark {
            date,
            status,
            km,
            minutes,
        });
    let change = prop_oneof![
        (
            0usize..WorkoutKind::ALL.len(),
            proptest::option::of(1.0f64..60.0),
            proptest::option::of(10.0f64..300.0)
        )
            .prop_map(|(k, km, minutes)| Change::Workout {
                kind: WorkoutKind::ALL[k],
                km,
                minutes
            }),
        date().prop_map(|to| Change::MoveTo { to }),
        Just(Change::Note),
    ];
    let edit = (date(), change, proptest::option::of("[a-z ]{1,12}"))
        .prop_map(|(date, change, note)| Override { date, change, note });
    (
        proptest::option::of(date()),
        proptest::collection::vec(mark, 0..4),
        proptest::collection::vec(edit, 0..4),
    )
        .prop_map(|(start, marks, overrides)| StoredSeason {
            start,
            marks,
            overrides,
            frozen: Vec::new(),
        })
}

/// Reads a fixture under tests/fixtures/store/.
pub fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/store/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

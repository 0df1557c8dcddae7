//! Benchmark: a 52-week season with six races and a 3-year baseline. Budget: median < 1 ms.

use chrono::{Duration, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use periodize::plan::*;
use std::hint::black_box;

/// A full season: six races over 52 weeks, baseline and results as three years of history give them.
fn season() -> PlanInput {
    let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap_or_default();
    let race = |name: &str, weeks: i64, distance, priority| Race {
        name: name.into(),
        date: today + Duration::days(weeks * 7 - 1),
        distance,
        priority,
        goal_time_s: None,
    };
    PlanInput {
        today,
        races: vec![
            race("Winter 10K", 8, Distance::TenK, Priority::C),
            race("Spring Half", 14, Distance::Half, Priority::B),
            race("Spring Marathon", 20, Distance::Marathon, Priority::A),
            race("Summer 5K", 28, Distance::FiveK, Priority::C),
            race("Trail 50K", 38, Distance::FiftyK, Priority::B),
            race("Autumn Marathon", 50, Distance::Marathon, Priority::A),
        ],
        settings: Settings::default(),
        baseline: Baseline {
            weekly_km: 55.0,
            longest_run_km: 24.0,
            consistency: 0.95,
            ctl: Some(58.0),
            atl: Some(62.0),
            recent_result: Some(RaceResult {
                date: today - Duration::days(60),
                distance_km: 21.0975,
                time_s: 5700,
            }),
        },
        checkins: vec![Checkin {
            date: today - Duration::days(2),
            signs: vec![WarningSign::PoorSleep],
        }],
        season: Default::default(),
    }
}

fn bench_plan(c: &mut Criterion) {
    let input = season();
    c.bench_function("generate 52-week season, 6 races", |b| {
        b.iter(|| generate(black_box(&input)))
    });
}

/// The same season 26 weeks in: the first 26 weeks frozen as they were planned, three years of
/// daily runs imported, a few marks and hand edits (issue 11: re-plan after an edit).
fn season_26_weeks_in() -> PlanInput {
    let start = season();
    let frozen = generate(&start).map(|p| p.weeks).unwrap_or_default();
    let today = start.today + Duration::days(26 * 7);
    let runs = (0..3 * 365)
        .map(|i| Run {
            date: today - Duration::days(3 * 365 - i),
            km: 6.0 + (i % 7) as f64,
            minutes: 36.0 + (i % 7) as f64 * 6.0,
        })
        .collect();
    let marks = (0..10)
        .map(|i| Mark {
            date: today - Duration::days(3 + 7 * i),
            status: MarkStatus::Done,
            km: Some(8.0),
            minutes: None,
        })
        .collect();
    let overrides = (0..6)
        .map(|i| Override {
            date: today + Duration::days(2 + 7 * i),
            change: Change::Workout {
                kind: WorkoutKind::Easy,
                km: Some(10.0),
                minutes: None,
            },
            note: Some("with the club".into()),
        })
        .collect();
    PlanInput {
        today,
        season: Season {
            start: Some(start.today),
            frozen,
            marks,
            runs,
            history_end: Some(today - Duration::days(1)),
            overrides,
        },
        ..start
    }
}

fn bench_season(c: &mut Criterion) {
    let input = season_26_weeks_in();
    c.bench_function(
        "re-plan 26 weeks in (frozen past, 3-year history, edits)",
        |b| b.iter(|| generate(black_box(&input))),
    );
}

criterion_group!(benches, bench_plan, bench_season);
criterion_main!(benches);

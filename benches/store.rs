//! Store costs on a heavy document: a year of daily activities (365 + 1000 extra), 8 races,
//! 52 check-ins. Run: `cargo bench --bench store`.

use chrono::{DateTime, Duration, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use periodize::history::{Activity, Sport};
use periodize::plan::{Checkin, Distance, Priority, Race, WarningSign};
use periodize::store::migrate::{decode, encode};
use periodize::store::{merge, Document, StoredRace};

fn heavy() -> Document {
    let start = DateTime::parse_from_rfc3339("2026-01-01T07:00:00+01:00").unwrap();
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    Document {
        races: (0..8)
            .map(|i| StoredRace {
                id: 1000 + i,
                race: Race {
                    name: format!("Race {i}"),
                    date: day + Duration::weeks(40 + i as i64),
                    distance: Distance::Half,
                    priority: Priority::B,
                    goal_time_s: Some(5400),
                },
                example: false,
            })
            .collect(),
        activities: (0..1365)
            .map(|i| Activity {
                moving_s: 2800.0 + (i % 13) as f64 * 61.3,
                elevation_gain_m: Some(55.5),
                avg_hr: Some(142.0),
                ..Activity::new(
                    start + Duration::hours(i * 6),
                    if i % 5 == 0 { Sport::Ride } else { Sport::Run },
                    8000.0 + (i % 17) as f64 * 321.7,
                    3000.0,
                    format!("activity_{i}.fit"),
                )
            })
            .collect(),
        checkins: (0..52)
            .map(|w| Checkin {
                date: day + Duration::weeks(w),
                signs: vec![WarningSign::Fatigue],
            })
            .collect(),
        ..Document::default()
    }
    .normalized()
}

fn bench(c: &mut Criterion) {
    let doc = heavy();
    let text = encode(&doc);
    eprintln!("heavy document: {} bytes of JSON", text.len());
    c.bench_function("store encode heavy", |b| b.iter(|| encode(&doc)));
    c.bench_function("store decode heavy", |b| b.iter(|| decode(&text).unwrap()));
    c.bench_function("store typed parse heavy (save's check)", |b| {
        b.iter(|| serde_json::from_str::<Document>(&text).unwrap())
    });
    let mut local = doc.clone();
    local.races[0].race.name = "local edit".into();
    let mut remote = doc.clone();
    remote.activities.pop();
    c.bench_function("store merge heavy", |b| {
        b.iter(|| merge(&local, &remote, &doc))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);

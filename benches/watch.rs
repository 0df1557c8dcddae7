//! Benchmark: watch workouts of the 18-week marathon scenario (goal time, so every step has a pace):
//! its steps for the whole plan, and the 4-week export (FIT workouts + schedule in a zip).

use criterion::{criterion_group, criterion_main, Criterion};
use periodize::export::watch::{workouts_zip, Range};
use periodize::plan::{generate, scenario, steps};
use std::hint::black_box;

fn bench(c: &mut Criterion) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/scenarios/marathon_18_weeks_b_and_c.json"
    );
    let json = std::fs::read_to_string(path).unwrap_or_default();
    let Ok(sc) = scenario::parse(&json, None) else {
        return;
    };
    let Ok(plan) = generate(&sc.input) else {
        return;
    };
    c.bench_function("steps for an 18-week plan", |b| {
        b.iter(|| steps::for_plan(black_box(&plan)))
    });
    let range = Range {
        from: sc.input.today,
        weeks: 4,
    };
    c.bench_function("4-week watch export (zip)", |b| {
        b.iter(|| workouts_zip(black_box(&plan), range, sc.units))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);

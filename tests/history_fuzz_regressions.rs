//! Inputs that once crashed a fuzzer, or were written to probe the edges (huge sizes, deep
//! nesting, absurd values): each must import or fail with a typed error, never panic or hang.

use periodize::history::import::{import_file, import_files};
use periodize::history::{baseline, fitness};

#[test]
fn every_regression_input_fails_or_imports_cleanly() {
    let dir = format!("{}/tests/fixtures/fuzz", env!("CARGO_MANIFEST_DIR"));
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if name.ends_with(".md") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let started = std::time::Instant::now();
        let single = import_file(&name, &bytes);
        if let Err(e) = &single {
            // A .gz file's errors name the file inside it ("run.fit" for "run.fit.gz").
            let shown = name.trim_end_matches(".gz");
            assert!(
                e.to_string().starts_with(shown),
                "{name}: error must name the file: {e}"
            );
        }
        let report = import_files(&[(name.clone(), bytes)]);
        let today = chrono::NaiveDate::from_ymd_opt(2024, 6, 1).unwrap();
        let b = baseline(&report.activities, today);
        assert!(
            b.weekly_km.is_finite() && b.longest_run_km.is_finite(),
            "{name}"
        );
        assert!(fitness::series(&report.activities, today, 30).len() == 30);
        assert!(
            started.elapsed().as_secs() < 10,
            "{name} took {:?}",
            started.elapsed()
        );
        seen += 1;
    }
    assert!(seen >= 6, "the regression inputs are there");
}

#[test]
fn probe_inputs_give_the_expected_errors() {
    let dir = format!("{}/tests/fixtures/fuzz", env!("CARGO_MANIFEST_DIR"));
    let read = |n: &str| std::fs::read(format!("{dir}/{n}")).unwrap();
    let e = import_file("fit-huge-size.fit", &read("fit-huge-size.fit")).unwrap_err();
    assert!(e.to_string().contains("truncated"), "{e}");
    let e = import_file("gz-nested.gz", &read("gz-nested.gz")).unwrap_err();
    assert!(e.to_string().contains("unsupported format"), "{e}");
    let r = import_files(&[("c.csv".into(), read("csv-extremes.csv"))]);
    // Three impossible dates, and one row whose distance and duration cannot be real.
    assert_eq!(r.skipped.len(), 4, "{:#?}", r.skipped);
    assert!(r
        .skipped
        .iter()
        .any(|s| s.error.to_string().contains("implausible")));
    assert!(r.activities.len() == 1 && r.activities[0].distance_m == 5000.0);
}

//! `periodize import` end to end: files in, JSON out.

use std::process::Command;

fn fixture(p: &str) -> String {
    format!("{}/tests/fixtures/{p}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn import_prints_activities_skipped_and_baseline() {
    let out = Command::new(env!("CARGO_BIN_EXE_periodize"))
        .args([
            "import",
            &fixture("tcx/triathlon-run-leg.tcx"),
            &fixture("fit/Settings.fit"),
            &fixture("csv/template.csv"),
            "--format",
            "json",
            "--today",
            "2024-03-12",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let acts = v["activities"].as_array().unwrap();
    assert_eq!(acts.len(), 6);
    let run = &acts[0];
    assert_eq!(run["start"], "2018-05-27T09:23:41+00:00");
    assert_eq!(run["sport"], "run");
    assert_eq!(run["distance_m"], 9805.9);
    assert_eq!(run["duration_s"], 2851.0);
    assert_eq!(run["avg_hr"], 176.0);
    assert!(run["source"]
        .as_str()
        .unwrap()
        .ends_with("triathlon-run-leg.tcx"));
    let manual = &acts[1];
    assert!(manual.get("avg_hr").is_some());
    assert!(
        acts[4].get("avg_hr").is_none(),
        "absent fields are left out"
    );
    let skipped = v["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 2);
    assert!(skipped[0]["file"]
        .as_str()
        .unwrap()
        .ends_with("Settings.fit"));
    assert!(skipped[0]["error"]
        .as_str()
        .unwrap()
        .contains("not an activity"));
    let b = &v["baseline"];
    // Template runs in the 28 days to 2024-03-12: 10 + 8.5 + 25.3 km.
    assert!((b["weekly_km"].as_f64().unwrap() - 43.8 / 4.0).abs() < 1e-9);
    assert_eq!(b["longest_run_km"], 25.3);
}

#[test]
fn import_without_files_explains_usage() {
    let out = Command::new(env!("CARGO_BIN_EXE_periodize"))
        .args(["import"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: periodize import"));
}

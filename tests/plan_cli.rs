//! The `periodize plan` command line, run as a built binary.

use std::process::{Command, Output};

fn scenario(name: &str) -> String {
    format!("{}/tests/scenarios/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_periodize"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn json_output_has_the_documented_shape() {
    let path = scenario("marathon_18_weeks_b_and_c");
    let o = run(&["plan", "--input", &path]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let weeks = v["weeks"].as_array().unwrap();
    assert!(weeks.len() >= 18);
    let types = [
        "rest",
        "easy",
        "long",
        "tempo",
        "intervals",
        "strides",
        "hills",
        "race_pace",
        "race",
        "cross",
    ];
    for w in weeks {
        for key in [
            "start", "phase", "kind", "volume", "long_run", "reasons", "days",
        ] {
            assert!(!w[key].is_null(), "week lacks {key}");
        }
        assert!(!w["reasons"].as_array().unwrap().is_empty());
        for d in w["days"].as_array().unwrap() {
            assert!(types.contains(&d["type"].as_str().unwrap()));
            for key in ["date", "volume", "minutes", "description"] {
                assert!(!d[key].is_null(), "day lacks {key}");
            }
        }
    }
    assert!(v["warnings"].is_array());
    let race_day = weeks
        .iter()
        .flat_map(|w| w["days"].as_array().unwrap())
        .find(|d| d["date"] == "2026-07-05")
        .unwrap();
    assert_eq!(race_day["type"], "race");
    assert_eq!(race_day["volume"], 42.2);
}

#[test]
fn miles_scenario_reports_in_miles() {
    let o = run(&[
        "plan",
        "--input",
        &scenario("two_a_marathons_10_weeks"),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let race = v["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|w| w["days"].as_array().unwrap())
        .find(|d| d["type"] == "race")
        .unwrap();
    assert_eq!(race["volume"], 26.2);
    assert_eq!(v["units"], "mi");
}

#[test]
fn ics_has_one_event_per_workout_day_with_stable_uids() {
    let path = scenario("first_half_14_weeks");
    let a = stdout(&run(&["plan", "--input", &path, "--format", "ics"]));
    assert!(a.starts_with("BEGIN:VCALENDAR"));
    let uids: Vec<&str> = a.lines().filter(|l| l.starts_with("UID:")).collect();
    let events = a.matches("BEGIN:VEVENT").count();
    assert_eq!(uids.len(), events);
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "one event per day");
    assert!(
        a.contains("UID:periodize-20260607@periodize"),
        "race day event"
    );
    assert!(a.contains("DTSTART;VALUE=DATE:20260607"));
    // Re-planning a week later keeps the UIDs of the same days.
    let b = stdout(&run(&[
        "plan",
        "--input",
        &path,
        "--format",
        "ics",
        "--today",
        "2026-03-09",
    ]));
    assert!(b.contains("UID:periodize-20260607@periodize"));
    assert_eq!(
        a,
        stdout(&run(&["plan", "--input", &path, "--format", "ics"])),
        "deterministic"
    );
}

#[test]
fn csv_has_a_header_and_a_row_per_day() {
    let o = run(&[
        "plan",
        "--input",
        &scenario("five_k_in_3_weeks"),
        "--format",
        "csv",
    ]);
    let text = stdout(&o);
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let headers = rdr.headers().unwrap().clone();
    assert_eq!(&headers[0], "date");
    assert!(headers.iter().any(|h| h == "distance_km"));
    let rows: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len() % 7, 0);
    assert!(rows
        .iter()
        .any(|r| &r[4] == "race" && &r[0] == "2026-03-21"));
}

#[test]
fn errors_go_to_stderr_with_a_non_zero_exit() {
    let o = run(&["plan", "--input", "/nonexistent/scenario.json"]);
    assert!(!o.status.success());
    assert!(o.stdout.is_empty());
    assert!(String::from_utf8_lossy(&o.stderr).contains("cannot read"));

    let o = run(&[
        "plan",
        "--input",
        &scenario("five_k_in_3_weeks"),
        "--today",
        "2026-04-01",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("before today"));

    let o = run(&[
        "plan",
        "--input",
        &scenario("five_k_in_3_weeks"),
        "--format",
        "pdf",
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("unknown format"));

    let o = run(&["plan"]);
    assert!(!o.status.success());

    let o = run(&[
        "plan",
        "--input",
        &scenario("five_k_in_3_weeks"),
        "--history",
        "/nonexistent.gpx",
    ]);
    assert!(!o.status.success(), "a missing history file is an error");
}

/// Total planned volume over all weeks of a JSON plan.
fn total_volume(json: &str) -> f64 {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    v["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["volume"].as_f64().unwrap())
        .sum()
}

#[test]
fn plan_with_history_starts_from_the_imported_baseline() {
    // Eight weeks of running before the scenario's today (2026-03-04): five runs a week, ~38 km, which is
    // well above the typed-in baseline of 25 km a week.
    let mut csv = String::from("date,sport,distance_km,duration\n");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 4).unwrap();
    for d in 1..=56 {
        let day = today - chrono::Duration::days(d);
        let (km, min) = match d % 7 {
            0 => (14.0, 84),
            3 | 5 => continue,
            _ => (6.0, 36),
        };
        csv.push_str(&format!("{day},run,{km},{min}\n"));
    }
    let path = std::env::temp_dir().join(format!("periodize-history-{}.csv", std::process::id()));
    std::fs::write(&path, csv).unwrap();

    let typed = run(&["plan", "--input", &scenario("five_k_in_3_weeks")]);
    let from_history = run(&[
        "plan",
        "--input",
        &scenario("five_k_in_3_weeks"),
        "--history",
        path.to_str().unwrap(),
    ]);
    std::fs::remove_file(&path).ok();
    assert!(
        from_history.status.success(),
        "{}",
        String::from_utf8_lossy(&from_history.stderr)
    );
    let (typed, from_history) = (
        total_volume(&stdout(&typed)),
        total_volume(&stdout(&from_history)),
    );
    assert!(
        from_history > typed * 1.2,
        "history baseline ~38 km/week should plan more than the typed 25 km/week: {from_history} vs {typed}"
    );
}

//! `periodize plan` with a season (issue 11): `season_start`, `log`, `overrides`, `--previous`
//! and `--history`, and the JSON fields that show planned against done.

use std::process::{Command, Output};

use serde_json::Value;

fn scenario() -> String {
    format!(
        "{}/tests/scenarios/season_marathon_2027.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_periodize"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn json(args: &[&str]) -> Value {
    let o = run(args);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap()
}

fn temp(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("periodize-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn weeks(v: &Value) -> &Vec<Value> {
    v["weeks"].as_array().unwrap()
}

/// The measurement: planned on 4 January and again on 1 February, the weeks stay on
/// their dates (the deload on 25 January); the first four are past, with planned and actual.
#[test]
fn the_season_keeps_its_weeks_a_month_later() {
    let sc = scenario();
    let now = json(&["plan", "--input", &sc, "--today", "2027-01-04"]);
    let then = json(&["plan", "--input", &sc, "--today", "2027-02-01"]);
    assert_eq!(then["season_start"], "2027-01-04");
    assert_eq!(weeks(&now).len(), weeks(&then).len());
    for (a, b) in weeks(&now).iter().zip(weeks(&then)) {
        for key in ["start", "phase", "kind", "volume", "long_run"] {
            assert_eq!(a[key], b[key], "{key} of week {}", a["start"]);
        }
    }
    assert_eq!(weeks(&then)[3]["kind"], "deload");
    assert_eq!(weeks(&then)[3]["start"], "2027-01-25");
    for (i, w) in weeks(&then).iter().enumerate() {
        assert_eq!(w["past"], i < 4);
        assert_eq!(w["planned_volume"], w["volume"]);
        assert_eq!(w["actual_volume"].is_null(), i >= 4, "week {i}");
        for d in w["days"].as_array().unwrap() {
            let status = d["status"].as_str().unwrap();
            if i >= 4 {
                assert_eq!(status, "planned");
                assert!(d["actual"].is_null());
            } else {
                assert!(["unknown", "rest"].contains(&status), "{status}");
            }
        }
    }
}

/// `--previous` keeps the earlier output's days, `log` marks days, and the marks show.
#[test]
fn previous_output_and_log_marks() {
    let sc = scenario();
    let first = run(&["plan", "--input", &sc, "--today", "2027-01-04"]);
    let prev = temp("previous.json", &String::from_utf8_lossy(&first.stdout));
    let first: Value = serde_json::from_slice(&first.stdout).unwrap();
    let text = std::fs::read_to_string(&sc).unwrap().replace(
        "\"races\"",
        "\"log\": [{\"date\": \"2027-01-05\", \"status\": \"done\", \"distance\": 3, \"minutes\": 30},
                   {\"date\": \"2027-01-06\", \"status\": \"skipped\"}],
         \"races\"",
    );
    let marked = temp("marked.json", &text);
    let then = json(&[
        "plan",
        "--input",
        &marked,
        "--today",
        "2027-01-18",
        "--previous",
        &prev,
    ]);
    let days = |v: &Value, w: usize| weeks(v)[w]["days"].as_array().unwrap().clone();
    for w in 0..2 {
        for (a, b) in days(&first, w).iter().zip(days(&then, w)) {
            assert_eq!((&a["type"], &a["volume"]), (&b["type"], &b["volume"]));
        }
    }
    let tue = &days(&then, 0)[1];
    assert_eq!(tue["actual"]["distance"], 3.0);
    assert_eq!(tue["actual"]["minutes"], 30.0);
    assert_eq!(days(&then, 0)[2]["status"], "skipped");
    assert!(
        weeks(&then)[0]["actual_volume"].as_f64().unwrap()
            < weeks(&then)[0]["volume"].as_f64().unwrap()
    );
    for p in [prev, marked] {
        std::fs::remove_file(p).ok();
    }
}

/// `--history` in a season: the baseline is taken where the season starts, the season's runs
/// are what was done, and the plan says where the imported runs end.
#[test]
fn history_in_a_season() {
    let mut csv = String::from("date,sport,distance_km,duration\n");
    let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    for d in -28..10i64 {
        let day = start + chrono::Duration::days(d);
        if d.rem_euclid(7) != 2 {
            csv.push_str(&format!("{day},run,8,48\n"));
        }
    }
    let history = temp("history.csv", &csv);
    let sc = scenario();
    let v = json(&[
        "plan",
        "--input",
        &sc,
        "--today",
        "2027-02-01",
        "--history",
        &history,
    ]);
    let early = json(&[
        "plan",
        "--input",
        &sc,
        "--today",
        "2027-01-04",
        "--history",
        &history,
    ]);
    std::fs::remove_file(&history).ok();
    let warnings: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("your imported runs end on 12 Jan")),
        "{warnings:?}"
    );
    let first = &weeks(&v)[0];
    let done = first["days"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["status"] == "done" || d["status"] == "extra" || d["status"] == "partial")
        .count();
    assert!(done >= 5, "{first}");
    // The baseline (48 km a week before the season) does not move when the season's runs come.
    assert_eq!(weeks(&early)[0]["volume"], first["volume"]);
}

/// Bad season fields are refused with a clear message.
#[test]
fn bad_season_fields_say_what_is_wrong() {
    let base = std::fs::read_to_string(scenario()).unwrap();
    let cases = [
        ("\"log\": [{\"date\": \"2027-01-05\", \"status\": \"maybe\"}],", "a log status must be"),
        ("\"overrides\": [{\"date\": \"2027-01-05\", \"type\": \"nap\"}],", "is not a workout type"),
        ("\"overrides\": [{\"date\": \"2027-01-05\", \"type\": \"easy\", \"move_to\": \"2027-01-06\"}],", "both a type and move_to"),
        ("\"overrides\": [{\"date\": \"2027-01-05\"}],", "needs a type, a move_to or a note"),
        ("\"log\": [{\"date\": \"2027-01-05\", \"status\": \"done\", \"distance\": -3}],", "must be a number, zero or more"),
        ("\"season_start\": \"soon\",", "season_start"),
    ];
    for (field, message) in cases {
        let text = base
            .replace("\"season_start\": \"2027-01-04\",", "")
            .replace("\"races\"", &format!("{field} \"races\""));
        let path = temp("bad.json", &text);
        let o = run(&["plan", "--input", &path]);
        std::fs::remove_file(&path).ok();
        assert!(!o.status.success(), "{field}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(message), "{field}: {err}");
    }
    let bad_prev = temp("bad-prev.json", "{\"weeks\": 3}");
    let o = run(&["plan", "--input", &scenario(), "--previous", &bad_prev]);
    std::fs::remove_file(&bad_prev).ok();
    assert!(String::from_utf8_lossy(&o.stderr).contains("the previous plan"));
}

/// `overrides` in the scenario: the edited days show `overridden`, what they replaced, the note,
/// and a conflict in words where the edit no longer fits.
#[test]
fn overrides_show_in_the_json() {
    let text = std::fs::read_to_string(scenario()).unwrap().replace(
        "\"races\"",
        "\"overrides\": [{\"date\": \"2027-01-13\", \"type\": \"tempo\", \"volume\": 6, \"note\": \"club night\"},
                         {\"date\": \"2027-01-17\", \"move_to\": \"2027-01-16\"},
                         {\"date\": \"2027-05-09\", \"type\": \"easy\", \"volume\": 3}],
         \"races\"",
    );
    let path = temp("overrides.json", &text);
    let v = json(&["plan", "--input", &path]);
    std::fs::remove_file(&path).ok();
    let days: Vec<&Value> = weeks(&v)
        .iter()
        .flat_map(|w| w["days"].as_array().unwrap())
        .collect();
    let on = |d: &str| *days.iter().find(|x| x["date"] == d).unwrap();
    let wed = on("2027-01-13");
    assert_eq!(
        (wed["type"].as_str(), wed["volume"].as_f64()),
        (Some("tempo"), Some(6.0))
    );
    assert_eq!(wed["overridden"], true);
    assert!(wed["planned"]["type"].is_string() && wed["planned"]["volume"].is_number());
    assert_eq!(wed["note"], "club night");
    assert_eq!(on("2027-01-16")["type"], "long");
    assert_eq!(on("2027-01-12")["overridden"], false);
    assert!(on("2027-01-12")["planned"].is_null());
    assert_eq!(
        on("2027-05-09")["conflict"],
        "a race is now planned on this day"
    );
    let warnings = v["warnings"].as_array().unwrap();
    assert!(warnings.iter().any(|w| w
        .as_str()
        .unwrap()
        .starts_with("your edit on Sun 9 May is kept")));
}

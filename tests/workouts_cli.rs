//! `periodize workouts` and the FIT files it writes, read back by an independent FIT reader
//! (fitparser); the zip the app downloads, read back by the `zip` crate.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use periodize::export::watch::{self, Range};
use periodize::plan::{generate, scenario, steps, Units};

fn scenario_path(name: &str) -> String {
    format!("{}/tests/scenarios/{name}.json", env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_periodize"))
        .args(args)
        .output()
        .expect("binary runs")
}

fn out_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

type Fields = Vec<(String, fitparser::Value)>;

/// Every message of a FIT file as (kind, fields by name).
fn read_fit(path: &Path) -> Vec<(fitparser::profile::MesgNum, Fields)> {
    let bytes = std::fs::read(path).unwrap();
    fitparser::from_bytes(&bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .iter()
        .map(|r| {
            let fields = r
                .fields()
                .iter()
                .map(|f| (f.name().to_string(), f.value().clone()))
                .collect();
            (r.kind(), fields)
        })
        .collect()
}

fn get<'a>(fields: &'a Fields, name: &str) -> Option<&'a fitparser::Value> {
    fields.iter().find(|(n, _)| n == name).map(|(_, v)| v)
}

fn text(fields: &Fields, name: &str) -> String {
    match get(fields, name) {
        Some(fitparser::Value::String(s)) => s.clone(),
        other => panic!("{name}: {other:?}"),
    }
}

fn num(fields: &Fields, name: &str) -> f64 {
    match get(fields, name) {
        Some(fitparser::Value::Float64(v)) => *v,
        Some(fitparser::Value::UInt32(v)) | Some(fitparser::Value::UInt32z(v)) => f64::from(*v),
        Some(fitparser::Value::UInt16(v)) => f64::from(*v),
        other => panic!("{name}: {other:?}"),
    }
}

fn date_of(fields: &Fields, name: &str) -> chrono::NaiveDate {
    match get(fields, name) {
        Some(fitparser::Value::Timestamp(t)) => t.naive_utc().date(),
        other => panic!("{name}: {other:?}"),
    }
}

use fitparser::profile::MesgNum as M;

#[test]
fn writes_one_fit_workout_per_session_and_a_schedule() {
    let dir = out_dir("marathon");
    let input = scenario_path("marathon_18_weeks_b_and_c");
    let o = run(&[
        "workouts",
        "--input",
        &input,
        "--from",
        "2026-05-18",
        "--weeks",
        "4",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let printed = String::from_utf8(o.stdout).unwrap();
    assert!(printed.contains("schedule.fit"), "{printed}");

    // The same plan through the library: the steps the files must hold.
    let json = std::fs::read_to_string(&input).unwrap();
    let sc = scenario::parse(&json, None).unwrap();
    let plan = generate(&sc.input).unwrap();
    let range = Range {
        from: "2026-05-18".parse().unwrap(),
        weeks: 4,
    };
    let (sessions, _) = watch::workout_files(&plan, range, sc.units).unwrap();
    let run_days = plan
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .filter(|d| range.contains(d.date) && d.km > 0.0)
        .count();
    assert_eq!(sessions.len(), run_days);
    let head = format!("{run_days} workouts from 2026-05-18 to 2026-06-14 in ");
    assert!(printed.starts_with(&head), "{printed}");
    let mut repeats = 0;
    let mut workouts = Vec::new();
    for s in &sessions {
        assert!(printed.contains(&s.file), "{} not printed", s.file);
        let msgs = read_fit(&dir.join(&s.file));
        assert_eq!(msgs[0].0, M::FileId);
        assert_eq!(text(&msgs[0].1, "type"), "workout");
        let serial = num(&msgs[0].1, "serial_number");
        workouts.push((serial, date_of(&msgs[0].1, "time_created"), s.date));
        let w = &msgs.iter().find(|m| m.0 == M::Workout).unwrap().1;
        assert_eq!(text(w, "sport"), "running");
        assert_eq!(text(w, "wkt_name"), s.name);
        let fit_steps: Vec<&Fields> = msgs
            .iter()
            .filter(|m| m.0 == M::WorkoutStep)
            .map(|m| &m.1)
            .collect();
        assert_eq!(num(w, "num_valid_steps") as usize, fit_steps.len());

        let (day, st) = steps::for_date(&plan, s.date).unwrap();
        let st = st.unwrap();
        assert_eq!(st.name(day, sc.units), s.name);
        let mut i = 0;
        for item in &st.items {
            let first = i;
            for step in item.steps() {
                let f = fit_steps[i];
                match step.duration {
                    steps::Duration::Time { s } => {
                        assert_eq!(text(f, "duration_type"), "time");
                        assert!((num(f, "duration_time") - s).abs() < 0.001);
                    }
                    steps::Duration::Distance { km } => {
                        assert_eq!(text(f, "duration_type"), "distance");
                        assert!((num(f, "duration_distance") - km * 1000.0).abs() < 0.01);
                    }
                }
                match step.target {
                    steps::Target::Pace(p) => {
                        assert_eq!(text(f, "target_type"), "speed");
                        let (low, high) = (
                            num(f, "custom_target_speed_low"),
                            num(f, "custom_target_speed_high"),
                        );
                        assert!(low < high, "{low} {high}");
                        assert!((low - 1000.0 / p.slow_s_per_km).abs() < 0.001);
                        assert!((high - 1000.0 / p.fast_s_per_km).abs() < 0.001);
                    }
                    steps::Target::Effort(_) => assert_eq!(text(f, "target_type"), "open"),
                }
                let intensity = match step.intensity {
                    steps::Intensity::WarmUp => "warmup",
                    steps::Intensity::Active => "active",
                    steps::Intensity::Recovery => "recovery",
                    steps::Intensity::CoolDown => "cooldown",
                };
                assert_eq!(text(f, "intensity"), intensity);
                i += 1;
            }
            if let steps::Item::Repeat { times, .. } = item {
                let f = fit_steps[i];
                assert_eq!(text(f, "duration_type"), "repeat_until_steps_cmplt");
                assert_eq!(num(f, "duration_step") as usize, first);
                assert_eq!(num(f, "repeat_steps") as u32, *times);
                repeats += 1;
                i += 1;
            }
        }
        assert_eq!(i, fit_steps.len());
    }
    assert!(repeats >= 4, "the build weeks have interval sessions");

    let schedule = read_fit(&dir.join("schedule.fit"));
    assert_eq!(text(&schedule[0].1, "type"), "schedules");
    let entries: Vec<&Fields> = schedule
        .iter()
        .filter(|m| m.0 == M::Schedule)
        .map(|m| &m.1)
        .collect();
    assert_eq!(entries.len(), sessions.len());
    for (e, (serial, created, date)) in entries.iter().zip(&workouts) {
        assert_eq!(text(e, "type"), "workout");
        assert_eq!(num(e, "serial_number"), *serial);
        assert_eq!(date_of(e, "time_created"), *created);
        assert_eq!(date_of(e, "scheduled_time"), *date);
    }
    let files = std::fs::read_dir(&dir).unwrap().count();
    assert_eq!(files, sessions.len() + 1);
}

#[test]
fn a_plan_without_paces_exports_open_targets_with_the_effort_in_the_names() {
    let mut v: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(scenario_path("marathon_18_weeks_b_and_c")).unwrap(),
    )
    .unwrap();
    for r in v["races"].as_array_mut().unwrap() {
        r.as_object_mut().unwrap().remove("goal_time");
    }
    v["athlete"]
        .as_object_mut()
        .unwrap()
        .remove("recent_result");
    let dir = out_dir("no_paces");
    std::fs::create_dir_all(&dir).unwrap();
    let input = dir.join("scenario.json");
    std::fs::write(&input, v.to_string()).unwrap();
    let out = dir.join("out");
    let o = run(&[
        "workouts",
        "--input",
        input.to_str().unwrap(),
        "--from",
        "2026-05-18",
        "--weeks",
        "2",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut names = Vec::new();
    for e in std::fs::read_dir(&out).unwrap() {
        let path = e.unwrap().path();
        for (kind, f) in read_fit(&path) {
            if kind == M::WorkoutStep && text(&f, "duration_type") != "repeat_until_steps_cmplt" {
                assert_eq!(text(&f, "target_type"), "open", "{}", path.display());
                names.push(text(&f, "wkt_step_name"));
            }
        }
    }
    assert!(
        names
            .iter()
            .any(|n| n == "Run threshold" || n == "Run hard"),
        "{names:?}"
    );
    assert!(
        names.iter().all(|n| n.ends_with("easy")
            || n.ends_with("hard")
            || n.ends_with("threshold")
            || n.ends_with("steady")
            || n.ends_with("race effort")),
        "{names:?}"
    );
}

#[test]
fn names_are_in_the_runners_units() {
    let dir = out_dir("miles");
    let o = run(&[
        "workouts",
        "--input",
        &scenario_path("two_a_marathons_10_weeks"),
        "--weeks",
        "1",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let printed = String::from_utf8(o.stdout).unwrap();
    assert!(printed.contains("mi)"), "{printed}");
    assert!(!printed.contains("km)"), "{printed}");
}

#[test]
fn the_zip_holds_the_same_files() {
    let json = std::fs::read_to_string(scenario_path("five_k_in_3_weeks")).unwrap();
    let sc = scenario::parse(&json, None).unwrap();
    let plan = generate(&sc.input).unwrap();
    let range = Range {
        from: sc.input.today,
        weeks: 2,
    };
    let (_, files) = watch::workout_files(&plan, range, Units::Km).unwrap();
    assert!(files.len() > 3);
    let bytes = watch::workouts_zip(&plan, range, Units::Km).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(zip.len(), files.len());
    for (name, data) in &files {
        let mut entry = zip.by_name(name).unwrap();
        assert_eq!(entry.compression(), zip::CompressionMethod::Stored);
        let mut read = Vec::new();
        // Reading to the end checks the entry's CRC-32.
        std::io::Read::read_to_end(&mut entry, &mut read).unwrap();
        assert_eq!(&read, data, "{name}");
    }
}

#[test]
fn an_empty_range_writes_nothing_and_says_so() {
    let dir = out_dir("empty");
    let o = run(&[
        "workouts",
        "--input",
        &scenario_path("five_k_in_3_weeks"),
        "--from",
        "2030-01-01",
        "--out",
        dir.to_str().unwrap(),
    ]);
    assert!(o.status.success());
    assert!(String::from_utf8(o.stdout)
        .unwrap()
        .starts_with("0 workouts from 2030-01-01 to 2030-01-07"));
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
}

#[test]
fn bad_arguments_are_clear_errors() {
    let input = scenario_path("five_k_in_3_weeks");
    let cases: [(&[&str], &str); 4] = [
        (&["workouts", "--input", &input], "workouts needs --out DIR"),
        (
            &["workouts", "--input", &input, "--weeks", "0", "--out", "x"],
            "--weeks \"0\" is not a number of weeks (1-52)",
        ),
        (
            &[
                "workouts", "--input", &input, "--from", "soon", "--out", "x",
            ],
            "--from \"soon\" is not a date (use YYYY-MM-DD)",
        ),
        (
            &["workouts", "--out", "x"],
            "workouts needs --input SCENARIO.json",
        ),
    ];
    for (args, message) in cases {
        let o = run(args);
        assert!(!o.status.success());
        assert_eq!(
            String::from_utf8(o.stderr).unwrap().trim(),
            format!("periodize: {message}")
        );
    }
}

#[test]
fn the_import_module_writes_the_same_zip_through_its_job() {
    // The app asks the import module (src/jobs) for the watch zip: it carries no FIT encoder.
    use periodize::jobs::message::{Reply, Request};
    let json = std::fs::read_to_string(scenario_path("five_k_in_3_weeks")).unwrap();
    let sc = scenario::parse(&json, None).unwrap();
    let plan = generate(&sc.input).unwrap();
    let range = Range {
        from: sc.input.today,
        weeks: 2,
    };
    let request = Request::Workouts {
        plan: Box::new(plan.clone()),
        from: range.from,
        weeks: range.weeks,
        units: Units::Km,
    };
    // Through its JSON, as it travels to the worker and back.
    let request = Request::from_json(&request.to_json()).unwrap();
    let reply = periodize::jobs::run::handle(request, &mut [], &mut |_| panic!("no progress"));
    let reply = Reply::from_json(&reply.to_json());
    assert!(reply.is_final());
    assert_eq!(
        reply,
        Reply::ExportedBytes(watch::workouts_zip(&plan, range, Units::Km).unwrap())
    );
}

//! `periodize workouts`: scenario file in, FIT workout files (one per session) and a FIT schedule
//! out, into a folder; prints what it wrote.

use std::path::PathBuf;

use chrono::NaiveDate;
use periodize::export::watch::{self, Range};
use periodize::plan;

/// Parsed command-line arguments.
struct Args {
    input: String,
    today: Option<NaiveDate>,
    from: Option<NaiveDate>,
    weeks: u32,
    out: PathBuf,
}

fn date(name: &str, v: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(v, "%Y-%m-%d")
        .map_err(|_| format!("{name} \"{v}\" is not a date (use YYYY-MM-DD)"))
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let (mut input, mut today, mut from, mut weeks, mut out) = (None, None, None, 1, None);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--input" | "-i" => input = Some(value("--input")?),
            "--today" => today = Some(date("--today", &value("--today")?)?),
            "--from" => from = Some(date("--from", &value("--from")?)?),
            "--weeks" => {
                let v = value("--weeks")?;
                weeks = v
                    .parse::<u32>()
                    .ok()
                    .filter(|w| (1..=52).contains(w))
                    .ok_or_else(|| format!("--weeks \"{v}\" is not a number of weeks (1-52)"))?;
            }
            "--out" | "-o" => out = Some(PathBuf::from(value("--out")?)),
            other => return Err(format!("unexpected argument \"{other}\"")),
        }
    }
    Ok(Args {
        input: input.ok_or("workouts needs --input SCENARIO.json")?,
        today,
        from,
        weeks,
        out: out.ok_or("workouts needs --out DIR")?,
    })
}

/// Runs the `workouts` subcommand; returns what to print, or an error message.
pub fn run(args: &[String]) -> Result<String, String> {
    let args = parse_args(args)?;
    let sc = crate::plan_cmd::load_scenario(&args.input, args.today)?;
    let plan = plan::generate(&sc.input).map_err(|e| e.to_string())?;
    let range = Range {
        from: args.from.unwrap_or(sc.input.today),
        weeks: args.weeks,
    };
    let (sessions, files) = watch::workout_files(&plan, range, sc.units)?;
    std::fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    for (name, bytes) in &files {
        let path = args.out.join(name);
        std::fs::write(&path, bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let mut report = format!(
        "{} workouts from {} to {} in {}:\n",
        sessions.len(),
        range.from,
        range.to(),
        args.out.display()
    );
    for s in &sessions {
        report.push_str(&format!("  {}  {}  ({})\n", s.date, s.file, s.name));
    }
    if !sessions.is_empty() {
        report.push_str(&format!(
            "  schedule    {}  (puts the workouts on their dates)\n",
            watch::SCHEDULE_FILE
        ));
    }
    Ok(report)
}

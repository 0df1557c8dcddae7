//! `periodize`: the planning core on the command line, for scripting and tests.
//!
//! `periodize plan --input SCENARIO.json [--today YYYY-MM-DD] [--format json|ics|csv] [--history FILE...] [--previous PLAN.json]`
//! `periodize import FILE... [--format json]`
//! `periodize workouts --input SCENARIO.json [--today D] [--from D] [--weeks N] --out DIR`

mod import_cmd;
mod plan_cmd;
mod workouts_cmd;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("plan") => plan_cmd::run(&args[1..]),
        Some("import") => import_cmd::run(&args[1..]),
        Some("workouts") => workouts_cmd::run(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(out) => {
            print!("{out}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("periodize: {message}");
            ExitCode::FAILURE
        }
    }
}

const USAGE: &str = "usage:\n  periodize plan --input SCENARIO.json [--today YYYY-MM-DD] [--format json|ics|csv] [--history FILE...] [--previous PLAN.json]\n  periodize import FILE... [--format json]\n  periodize workouts --input SCENARIO.json [--today YYYY-MM-DD] [--from YYYY-MM-DD] [--weeks N] --out DIR";

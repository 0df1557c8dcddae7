//! `periodize plan`: scenario file in, plan out (json, ics, csv or text).

use chrono::NaiveDate;
use periodize::plan::{self, report, scenario};
use periodize::{export, history};

/// Output formats of `periodize plan`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Format {
    Json,
    Ics,
    Csv,
    Text,
}

/// Parsed command-line arguments.
struct Args {
    input: String,
    today: Option<NaiveDate>,
    format: Format,
    history: Vec<String>,
    previous: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut input = None;
    let mut today = None;
    let mut format = Format::Json;
    let mut history = Vec::new();
    let mut previous = None;
    let mut it = args.iter().peekable();
    while let Some(arg) = it.next() {
        let mut value = |name: &str| {
            it.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--input" | "-i" => input = Some(value("--input")?),
            "--previous" => previous = Some(value("--previous")?),
            "--today" => {
                let v = value("--today")?;
                today = Some(
                    NaiveDate::parse_from_str(&v, "%Y-%m-%d")
                        .map_err(|_| format!("--today \"{v}\" is not a date (use YYYY-MM-DD)"))?,
                );
            }
            "--format" | "-f" => {
                format = match value("--format")?.as_str() {
                    "json" => Format::Json,
                    "ics" => Format::Ics,
                    "csv" => Format::Csv,
                    "text" => Format::Text,
                    other => {
                        return Err(format!(
                            "unknown format \"{other}\" (use json, ics, csv or text)"
                        ))
                    }
                }
            }
            "--history" => {
                while let Some(next) = it.peek() {
                    if next.starts_with("--") {
                        break;
                    }
                    history.extend(it.next().cloned());
                }
                if history.is_empty() {
                    return Err("--history needs at least one file".into());
                }
            }
            other => return Err(format!("unexpected argument \"{other}\"")),
        }
    }
    let input = input.ok_or("plan needs --input SCENARIO.json")?;
    Ok(Args {
        input,
        today,
        format,
        history,
        previous,
    })
}

/// Today's date from the system clock (the CLI may read it; the core never does).
pub fn system_today() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    epoch + chrono::Duration::days((secs / 86_400) as i64)
}

/// Reads a scenario file; "today" is `today`, else the file's, else the system clock's.
pub fn load_scenario(path: &str, today: Option<NaiveDate>) -> Result<scenario::Scenario, String> {
    let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    match scenario::parse(&json, today) {
        Err(scenario::ScenarioError::MissingToday) => {
            scenario::parse(&json, Some(system_today())).map_err(|e| e.to_string())
        }
        other => other.map_err(|e| e.to_string()),
    }
}

/// Runs the `plan` subcommand; returns what to print, or an error message.
pub fn run(args: &[String]) -> Result<String, String> {
    let args = parse_args(args)?;
    let mut sc = load_scenario(&args.input, args.today)?;
    if let Some(path) = &args.previous {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let previous = scenario::parse_previous(&text).map_err(|e| e.to_string())?;
        let season = &mut sc.input.season;
        season.start = season.start.or(previous.season_start);
        season.frozen = previous.weeks;
    }
    if !args.history.is_empty() {
        let activities = crate::import_cmd::activities_from_files(&args.history)?;
        let season = &mut sc.input.season;
        // A season's baseline is where it started; its own runs are what was done in it.
        let day = match season.start {
            Some(_) => history::season::baseline_day(season.first_day(sc.input.today)),
            None => sc.input.today,
        };
        sc.input.baseline = history::baseline(&activities, day);
        season.runs = history::season::runs(&activities);
        season.history_end = history::season::history_end(&activities);
    }
    let plan = plan::generate(&sc.input).map_err(|e| e.to_string())?;
    Ok(match args.format {
        Format::Json => {
            let r = report::Report::new(&plan, sc.units);
            let mut s = serde_json::to_string_pretty(&r).map_err(|e| e.to_string())?;
            s.push('\n');
            s
        }
        Format::Ics => export::ics::write(&plan, sc.units),
        Format::Csv => export::csv::write(&plan, sc.units),
        Format::Text => report::compact_text(&plan, sc.units),
    })
}

//! The human-writable SCENARIO.json format, parsed into a `PlanInput`.
//!
//! ```json
//! {"today": "2026-03-02", "units": "km",
//!  "races": [{"name": "Spring Half", "date": "2026-06-07", "distance": "half",
//!             "priority": "A", "goal_time": "1:55:00"}],
//!  "athlete": {"weekly_volume": 25, "longest_run": 10, "max_weekly_volume": 50,
//!              "runs_per_week": 4, "available_days": ["mon", "wed", "fri", "sun"],
//!              "long_run_day": "sun", "deload_every": 4, "deload_depth": 0.25,
//!              "experience": "beginner"},
//!  "checkins": [{"date": "2026-03-01", "signs": ["fatigue", "poor_sleep"]}]}
//! ```
//! Season fields (`season_start`, `log`, `overrides`) are described in `season.rs`.
//! Distances are "5k", "10k", "half", "marathon", "50k", "100k" or a number in `units`; goal times
//! are "h:mm:ss", "mm:ss" or seconds; `deload_every` is 3, 4, "6-8" or "auto".

mod fields;
mod previous;
mod season;

use chrono::{NaiveDate, Weekday};
use serde::Deserialize;

pub use fields::{parse_distance, parse_time, parse_weekday, Loose, ScenarioError};
pub use previous::{parse_previous, Previous};

use super::error::PlanError;
use super::input::PlanInput;
use super::model::*;
use super::season::Season;
use fields::{date, parse_cadence, parse_experience, parse_sign};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawScenario {
    today: Option<String>,
    #[serde(default)]
    units: Option<String>,
    #[serde(default)]
    week_start: Option<String>,
    races: Vec<RawRace>,
    athlete: RawAthlete,
    #[serde(default)]
    checkins: Vec<RawCheckin>,
    #[serde(default)]
    season_start: Option<String>,
    #[serde(default)]
    log: Vec<season::RawMark>,
    #[serde(default)]
    overrides: Vec<season::RawOverride>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRace {
    name: String,
    date: String,
    distance: Loose,
    #[serde(default)]
    priority: Option<String>,
    #[serde(default)]
    goal_time: Option<Loose>,
    #[serde(default)]
    sport: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAthlete {
    weekly_volume: f64,
    longest_run: f64,
    max_weekly_volume: f64,
    runs_per_week: f64,
    #[serde(default)]
    available_days: Option<Vec<String>>,
    #[serde(default)]
    long_run_day: Option<String>,
    #[serde(default)]
    deload_every: Option<Loose>,
    #[serde(default)]
    deload_depth: Option<f64>,
    #[serde(default)]
    experience: Option<String>,
    #[serde(default)]
    consistency: Option<f64>,
    #[serde(default)]
    ctl: Option<f64>,
    #[serde(default)]
    atl: Option<f64>,
    #[serde(default)]
    recent_result: Option<RawResult>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawResult {
    distance: Loose,
    time: Loose,
    #[serde(default)]
    date: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCheckin {
    date: String,
    signs: Vec<String>,
}

/// A parsed scenario: the planner input plus the unit to report in.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub input: PlanInput,
    pub units: Units,
}

/// Parses SCENARIO.json. `today` overrides the file's "today" (as `--today` does).
pub fn parse(json: &str, today: Option<NaiveDate>) -> Result<Scenario, ScenarioError> {
    let raw: RawScenario =
        serde_json::from_str(json).map_err(|e| ScenarioError::Json(e.to_string()))?;
    let units = match raw.units.as_deref().map(str::trim) {
        None | Some("km") | Some("KM") => Units::Km,
        Some("mi") | Some("MI") | Some("miles") => Units::Mi,
        Some(other) => return Err(ScenarioError::BadUnits(other.to_string())),
    };
    let today = match (today, raw.today.as_deref()) {
        (Some(t), _) => t,
        (None, Some(t)) => date("today", t)?,
        (None, None) => return Err(ScenarioError::MissingToday),
    };
    let races = raw
        .races
        .into_iter()
        .map(|r| race(r, units))
        .collect::<Result<_, _>>()?;
    let settings = settings(&raw.athlete, raw.week_start.as_deref(), units)?;
    let baseline = baseline(&raw.athlete, units, today)?;
    let checkins = raw
        .checkins
        .into_iter()
        .map(checkin)
        .collect::<Result<_, ScenarioError>>()?;
    let season = Season {
        start: raw
            .season_start
            .as_deref()
            .map(|d| date("season_start", d))
            .transpose()?,
        marks: raw
            .log
            .into_iter()
            .map(|m| season::mark(m, units))
            .collect::<Result<_, _>>()?,
        overrides: raw
            .overrides
            .into_iter()
            .map(|o| season::edit(o, units))
            .collect::<Result<_, _>>()?,
        ..Season::default()
    };
    Ok(Scenario {
        input: PlanInput {
            today,
            races,
            settings,
            baseline,
            checkins,
            season,
        },
        units,
    })
}

/// A race: running only, its distance in `units` or by name, priority A unless given.
fn race(r: RawRace, units: Units) -> Result<Race, ScenarioError> {
    if let Some(sport) = r.sport.as_deref() {
        let s = sport.trim().to_ascii_lowercase();
        if !matches!(
            s.as_str(),
            "run" | "running" | "trail" | "trail_run" | "road"
        ) {
            return Err(PlanError::NotARunningRace {
                name: r.name,
                sport: sport.to_string(),
            }
            .into());
        }
    }
    let distance = distance(&r.distance, units)?;
    let priority = match r.priority.as_deref().map(|p| p.trim().to_ascii_uppercase()) {
        None => Priority::A,
        Some(p) if p == "A" => Priority::A,
        Some(p) if p == "B" => Priority::B,
        Some(p) if p == "C" => Priority::C,
        Some(p) => return Err(ScenarioError::BadPriority(p)),
    };
    Ok(Race {
        date: date("a race date", &r.date)?,
        name: r.name,
        distance,
        priority,
        goal_time_s: r.goal_time.as_ref().map(parse_time).transpose()?,
    })
}

/// A distance as a number in `units` or a name ("half", "10k").
fn distance(value: &Loose, units: Units) -> Result<Distance, ScenarioError> {
    match value {
        Loose::Num(n) => Ok(Distance::Custom {
            km: units.to_km(*n),
        }),
        Loose::Str(s) => parse_distance(s, units),
    }
}

/// The athlete's settings, defaults where a field is left out.
fn settings(
    a: &RawAthlete,
    week_start: Option<&str>,
    units: Units,
) -> Result<Settings, ScenarioError> {
    if !(a.runs_per_week.fract() == 0.0 && (0.0..=7.0).contains(&a.runs_per_week)) {
        return Err(ScenarioError::BadRunsPerWeek(a.runs_per_week));
    }
    let defaults = Settings::default();
    let available_days = match &a.available_days {
        Some(days) => days
            .iter()
            .map(|d| parse_weekday(d))
            .collect::<Result<_, _>>()?,
        None => crate::plan::WEEKDAYS.to_vec(),
    };
    let week_start = match week_start.map(parse_weekday).transpose()? {
        Some(Weekday::Sun) => WeekStart::Sunday,
        _ => WeekStart::Monday,
    };
    Ok(Settings {
        units,
        week_start,
        available_days,
        runs_per_week: a.runs_per_week as u8,
        long_run_day: a
            .long_run_day
            .as_deref()
            .map(parse_weekday)
            .transpose()?
            .unwrap_or(defaults.long_run_day),
        max_weekly_km: units.to_km(a.max_weekly_volume),
        experience: a
            .experience
            .as_deref()
            .map(parse_experience)
            .transpose()?
            .unwrap_or_default(),
        deload_cadence: a
            .deload_every
            .as_ref()
            .map(parse_cadence)
            .transpose()?
            .unwrap_or_default(),
        deload_depth: a
            .deload_depth
            .map(|d| if d > 1.0 { d / 100.0 } else { d })
            .unwrap_or(defaults.deload_depth),
    })
}

/// Where the athlete stands: volumes in `units`, the recent result dated today unless given.
fn baseline(a: &RawAthlete, units: Units, today: NaiveDate) -> Result<Baseline, ScenarioError> {
    let recent_result = match &a.recent_result {
        Some(r) => {
            let distance_km = distance(&r.distance, units)?.km();
            Some(RaceResult {
                date: match r.date.as_deref() {
                    Some(d) => date("the recent result's date", d)?,
                    None => today,
                },
                distance_km,
                time_s: parse_time(&r.time)?,
            })
        }
        None => None,
    };
    Ok(Baseline {
        weekly_km: units.to_km(a.weekly_volume),
        longest_run_km: units.to_km(a.longest_run),
        consistency: a.consistency.unwrap_or(1.0),
        ctl: a.ctl,
        atl: a.atl,
        recent_result,
    })
}

fn checkin(c: RawCheckin) -> Result<Checkin, ScenarioError> {
    Ok(Checkin {
        date: date("a check-in date", &c.date)?,
        signs: c
            .signs
            .iter()
            .map(|s| parse_sign(s))
            .collect::<Result<_, _>>()?,
    })
}

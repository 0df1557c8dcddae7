//! Reading the loosely written fields of SCENARIO.json: distances, times, weekdays, signs.

use chrono::{NaiveDate, Weekday};
use serde::Deserialize;
use thiserror::Error;

use crate::plan::error::PlanError;
use crate::plan::model::*;

/// A scenario file the planner cannot read, in words a runner understands.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ScenarioError {
    /// Not valid JSON, or a field of the wrong type.
    #[error("the scenario is not valid: {0}")]
    Json(String),
    /// A date that is not YYYY-MM-DD.
    #[error("\"{value}\" in {field} is not a date (use YYYY-MM-DD)")]
    BadDate { field: &'static str, value: String },
    /// No "today" in the file or on the command line.
    #[error("say which day is today (\"today\" in the scenario or --today)")]
    MissingToday,
    /// A unit other than km or mi.
    #[error("units must be \"km\" or \"mi\" (got \"{0}\")")]
    BadUnits(String),
    /// A distance that is neither a known name nor a number.
    #[error("\"{0}\" is not a race distance (use 5k, 10k, half, marathon, 50k, 100k or a number)")]
    BadDistance(String),
    /// A priority other than A, B or C.
    #[error("race priority must be A, B or C (got \"{0}\")")]
    BadPriority(String),
    /// A goal time that cannot be read.
    #[error("\"{0}\" is not a goal time (use h:mm:ss, mm:ss or seconds)")]
    BadGoalTime(String),
    /// A weekday name that cannot be read.
    #[error("\"{0}\" is not a weekday (use mon, tue, wed, thu, fri, sat, sun)")]
    BadWeekday(String),
    /// A deload cadence that cannot be read.
    #[error("deload_every must be 3, 4, \"6-8\" or \"auto\" (got \"{0}\")")]
    BadDeloadEvery(String),
    /// An experience level that cannot be read.
    #[error("experience must be beginner, intermediate, advanced or masters (got \"{0}\")")]
    BadExperience(String),
    /// A warning sign that cannot be read.
    #[error("\"{0}\" is not a warning sign (use no_progress, fatigue, injury_or_illness, low_motivation, poor_sleep)")]
    BadSign(String),
    /// Runs per week that is not a small whole number.
    #[error("runs_per_week must be a whole number from 1 to 7 (got {0})")]
    BadRunsPerWeek(f64),
    /// A log status other than done, partial or skipped.
    #[error("a log status must be \"done\", \"partial\" or \"skipped\" (got \"{0}\")")]
    BadMarkStatus(String),
    /// An override's type that is not a workout.
    #[error("\"{0}\" is not a workout type (use easy, long, tempo, intervals, race_pace, hills, strides, rest or cross)")]
    BadWorkoutType(String),
    /// An override with both a type and a move.
    #[error("the override on {0} has both a type and move_to; make it two overrides")]
    OverrideTypeAndMove(String),
    /// An override that changes nothing.
    #[error("the override on {0} needs a type, a move_to or a note")]
    EmptyOverride(String),
    /// A distance or time below zero or not a number.
    #[error("{field} must be a number, zero or more (got {value})")]
    BadAmount { field: &'static str, value: f64 },
    /// The scenario reads, but the plan input is unusable.
    #[error(transparent)]
    Plan(#[from] PlanError),
}

/// A number or a string, as people write them in JSON.
#[derive(Clone, Debug, Deserialize)]
#[serde(untagged)]
pub enum Loose {
    /// A JSON number.
    Num(f64),
    /// A JSON string.
    Str(String),
}

impl Loose {
    /// The value as text, for error messages.
    pub fn text(&self) -> String {
        match self {
            Loose::Num(n) => n.to_string(),
            Loose::Str(s) => s.clone(),
        }
    }
}

/// Reads a YYYY-MM-DD date; `field` names it in the error.
pub fn date(field: &'static str, value: &str) -> Result<NaiveDate, ScenarioError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d").map_err(|_| ScenarioError::BadDate {
        field,
        value: value.to_string(),
    })
}

/// Reads a distance: a standard name, or a number in `units`.
pub fn parse_distance(value: &str, units: Units) -> Result<Distance, ScenarioError> {
    let v = value
        .trim()
        .to_ascii_lowercase()
        .replace([' ', '-', '_'], "");
    Ok(match v.as_str() {
        "5k" => Distance::FiveK,
        "10k" => Distance::TenK,
        "half" | "halfmarathon" | "21k" => Distance::Half,
        "marathon" | "full" | "42k" => Distance::Marathon,
        "50k" => Distance::FiftyK,
        "100k" => Distance::HundredK,
        _ => {
            let n: f64 = v
                .trim_end_matches(units.label())
                .parse()
                .map_err(|_| ScenarioError::BadDistance(value.to_string()))?;
            Distance::Custom { km: units.to_km(n) }
        }
    })
}

/// Reads a goal time: "h:mm:ss", "mm:ss" or seconds.
pub fn parse_time(value: &Loose) -> Result<u32, ScenarioError> {
    let bad = || ScenarioError::BadGoalTime(value.text());
    let secs = match value {
        Loose::Num(n) => *n,
        Loose::Str(s) => {
            let mut total = 0.0;
            for (i, part) in s.trim().split(':').enumerate() {
                let p: f64 = part.trim().parse().map_err(|_| bad())?;
                if i > 2 || p < 0.0 || (i > 0 && p >= 60.0) {
                    return Err(bad());
                }
                total = total * 60.0 + p;
            }
            total
        }
    };
    if secs.is_finite() && secs > 0.0 && secs < f64::from(u32::MAX) {
        Ok(secs.round() as u32)
    } else {
        Err(bad())
    }
}

/// Reads a weekday from its English name or three-letter abbreviation.
pub fn parse_weekday(value: &str) -> Result<Weekday, ScenarioError> {
    let v = value.trim().to_ascii_lowercase();
    let d = match v.get(..3).unwrap_or("") {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        "sun" => Weekday::Sun,
        _ => return Err(ScenarioError::BadWeekday(value.to_string())),
    };
    Ok(d)
}

/// Reads a warning sign by its snake_case name (or a short synonym).
pub fn parse_sign(value: &str) -> Result<WarningSign, ScenarioError> {
    let v = value.trim().to_ascii_lowercase().replace([' ', '-'], "_");
    Ok(match v.as_str() {
        "no_progress" => WarningSign::NoProgress,
        "fatigue" => WarningSign::Fatigue,
        "injury_or_illness" | "injury" | "illness" => WarningSign::InjuryOrIllness,
        "low_motivation" | "motivation" => WarningSign::LowMotivation,
        "poor_sleep" | "sleep" | "insomnia" => WarningSign::PoorSleep,
        _ => return Err(ScenarioError::BadSign(value.to_string())),
    })
}

/// Reads a deload cadence: 3, 4, 6-8 or auto.
pub fn parse_cadence(value: &Loose) -> Result<DeloadCadence, ScenarioError> {
    let v = value.text().trim().to_ascii_lowercase();
    Ok(match v.as_str() {
        "3" => DeloadCadence::Every3,
        "4" => DeloadCadence::Every4,
        "6" | "7" | "8" | "6-8" => DeloadCadence::Every6To8,
        "auto" => DeloadCadence::Auto,
        _ => return Err(ScenarioError::BadDeloadEvery(value.text())),
    })
}

/// Reads an experience level.
pub fn parse_experience(value: &str) -> Result<Experience, ScenarioError> {
    Ok(match value.trim().to_ascii_lowercase().as_str() {
        "beginner" | "novice" => Experience::Beginner,
        "intermediate" => Experience::Intermediate,
        "advanced" => Experience::Advanced,
        "masters" | "master" => Experience::Masters,
        _ => return Err(ScenarioError::BadExperience(value.to_string())),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_by_name_or_number() {
        assert_eq!(
            parse_distance("Half Marathon", Units::Km),
            Ok(Distance::Half)
        );
        assert_eq!(parse_distance("5K", Units::Mi), Ok(Distance::FiveK));
        assert_eq!(parse_distance("100k", Units::Km), Ok(Distance::HundredK));
        assert_eq!(
            parse_distance("15", Units::Km),
            Ok(Distance::Custom { km: 15.0 })
        );
        assert_eq!(
            parse_distance("10mi", Units::Mi),
            Ok(Distance::Custom {
                km: 10.0 * KM_PER_MILE
            })
        );
        assert!(parse_distance("far", Units::Km).is_err());
    }

    #[test]
    fn times_in_three_forms() {
        assert_eq!(parse_time(&Loose::Str("3:30:00".into())), Ok(12_600));
        assert_eq!(parse_time(&Loose::Str("25:30".into())), Ok(1_530));
        assert_eq!(parse_time(&Loose::Num(1500.0)), Ok(1_500));
        assert!(parse_time(&Loose::Str("3:75:00".into())).is_err());
        assert!(parse_time(&Loose::Str("1:2:3:4".into())).is_err());
        assert!(parse_time(&Loose::Num(-5.0)).is_err());
    }

    #[test]
    fn weekdays_signs_cadences() {
        assert_eq!(parse_weekday("Saturday"), Ok(Weekday::Sat));
        assert!(parse_weekday("someday").is_err());
        assert_eq!(parse_sign("poor sleep"), Ok(WarningSign::PoorSleep));
        assert!(parse_sign("grumpy").is_err());
        assert_eq!(parse_cadence(&Loose::Num(4.0)), Ok(DeloadCadence::Every4));
        assert_eq!(
            parse_cadence(&Loose::Str("6-8".into())),
            Ok(DeloadCadence::Every6To8)
        );
        assert!(parse_cadence(&Loose::Num(5.0)).is_err());
        assert_eq!(parse_experience("Masters"), Ok(Experience::Masters));
    }
}

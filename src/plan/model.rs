//! The planner's input and output types: what a runner tells us and what the plan shows.
//!
//! Every distance inside the core is in kilometres; `Units` only converts at the edges
//! (forms, scenario files, rendering). Every type is `serde` so the store can persist inputs
//! and the CLI can print outputs.

use chrono::{NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// Every weekday, Monday first.
pub const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// Kilometres in one statute mile.
pub const KM_PER_MILE: f64 = 1.609_344;

/// The unit a runner reads and types distances in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Units {
    #[default]
    Km,
    Mi,
}

impl Units {
    /// Converts kilometres to this unit.
    pub fn from_km(self, km: f64) -> f64 {
        match self {
            Units::Km => km,
            Units::Mi => km / KM_PER_MILE,
        }
    }
    /// Converts a value in this unit to kilometres.
    pub fn to_km(self, value: f64) -> f64 {
        match self {
            Units::Km => value,
            Units::Mi => value * KM_PER_MILE,
        }
    }
    /// The short label ("km" or "mi").
    pub fn label(self) -> &'static str {
        match self {
            Units::Km => "km",
            Units::Mi => "mi",
        }
    }
}

/// The first day of the week in calendars and weekly totals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekStart {
    #[default]
    Monday,
    Sunday,
}

impl WeekStart {
    /// The chrono weekday a week begins on.
    pub fn weekday(self) -> Weekday {
        match self {
            WeekStart::Monday => Weekday::Mon,
            WeekStart::Sunday => Weekday::Sun,
        }
    }
}

/// How much a race matters to the season.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Priority {
    /// The goal race: the season peaks and fully tapers for it.
    A,
    /// A tune-up: a short 2-5 day mini-taper, no change to the season's arc.
    B,
    /// A training race: trained through, only the day before is easy.
    C,
}

/// A race distance: the standard ones by name, anything else as kilometres.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Distance {
    FiveK,
    TenK,
    Half,
    Marathon,
    FiftyK,
    HundredK,
    Custom { km: f64 },
}

impl Distance {
    /// The race length in kilometres.
    pub fn km(self) -> f64 {
        match self {
            Distance::FiveK => 5.0,
            Distance::TenK => 10.0,
            Distance::Half => 21.0975,
            Distance::Marathon => 42.195,
            Distance::FiftyK => 50.0,
            Distance::HundredK => 100.0,
            Distance::Custom { km } => km,
        }
    }
}

/// One race goal.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Race {
    pub name: String,
    pub date: NaiveDate,
    pub distance: Distance,
    pub priority: Priority,
    /// Goal finishing time in seconds, if the runner has one.
    #[serde(default)]
    pub goal_time_s: Option<u32>,
}

/// Training background, which sets default progression and deload rhythm.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Experience {
    Beginner,
    #[default]
    Intermediate,
    Advanced,
    /// Masters athletes recover more slowly: shorter (2:1) load cycles.
    Masters,
}

/// How often a planned recovery (deload) week comes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeloadCadence {
    /// Two load weeks, then a deload.
    Every3,
    /// Three load weeks, then a deload (the common default).
    Every4,
    /// Every 6-8 weeks, for high-intensity training blocks.
    Every6To8,
    /// Chosen from experience and age.
    #[default]
    Auto,
}

/// The default deload for runners: about a quarter of the preceding load week's volume, and of its
/// long run (science.md, "Deload depth, measured from the week before": published running plans
/// step back 6-20 % of weekly distance and 22-30 % of the long run; coaching sources cite up to
/// 40-50 %). The cut is measured from the preceding load week, never from the block's lowest.
pub const DEFAULT_DELOAD_DEPTH: f64 = 0.25;

/// The runner's preferences and limits.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    pub units: Units,
    pub week_start: WeekStart,
    /// Weekdays the runner can train on.
    pub available_days: Vec<Weekday>,
    pub runs_per_week: u8,
    pub long_run_day: Weekday,
    /// The most the runner is willing to run in a week, in km.
    pub max_weekly_km: f64,
    pub experience: Experience,
    pub deload_cadence: DeloadCadence,
    /// Fraction of the preceding load week's volume a deload week removes (default a quarter, at
    /// most 0.5).
    pub deload_depth: f64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            units: Units::Km,
            week_start: WeekStart::Monday,
            available_days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Sat,
                Weekday::Sun,
            ],
            runs_per_week: 5,
            long_run_day: Weekday::Sun,
            max_weekly_km: 80.0,
            experience: Experience::Intermediate,
            deload_cadence: DeloadCadence::Auto,
            deload_depth: DEFAULT_DELOAD_DEPTH,
        }
    }
}

/// A past race result, used to derive training paces.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct RaceResult {
    pub date: NaiveDate,
    pub distance_km: f64,
    pub time_s: u32,
}

/// Where the runner stands today: computed from history, or typed in by hand.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    /// Average running km per week over the last 4 weeks.
    pub weekly_km: f64,
    /// The longest single run in the last 30 days, in km.
    pub longest_run_km: f64,
    /// Share of the last 8 weeks with running in them (0..=1).
    pub consistency: f64,
    /// Chronic training load (fitness, 42-day), if known.
    #[serde(default)]
    pub ctl: Option<f64>,
    /// Acute training load (fatigue, 7-day), if known.
    #[serde(default)]
    pub atl: Option<f64>,
    /// The most recent race-like effort, for paces.
    #[serde(default)]
    pub recent_result: Option<RaceResult>,
}

impl Default for Baseline {
    fn default() -> Self {
        Baseline {
            weekly_km: 30.0,
            longest_run_km: 12.0,
            consistency: 1.0,
            ctl: None,
            atl: None,
            recent_result: None,
        }
    }
}

/// The five warning signs that a deload is due (Cleveland Clinic).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningSign {
    NoProgress,
    Fatigue,
    InjuryOrIllness,
    LowMotivation,
    PoorSleep,
}

/// A dated readiness check-in: which warning signs the runner noticed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Checkin {
    pub date: NaiveDate,
    pub signs: Vec<WarningSign>,
}

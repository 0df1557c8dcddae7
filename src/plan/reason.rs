//! Typed reasons (why a week is what it is) and warnings (where the plan is compromised).
//! The UI renders them with `text`, so numbers are formatted in the runner's units.

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use super::kinds::Phase;
use super::model::{Priority, Units, WarningSign};
use super::text;

/// Which rule set a load week's volume.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum VolumeLimit {
    /// A steady climb that reaches the peak by the peak weeks.
    Climb,
    /// The season's peak, held until the taper.
    Peak,
    /// At most 10% more than the week before.
    TenPercent,
    /// Acute:chronic ratio kept at or below 1.3.
    Acwr,
    /// The runner's own maximum weekly volume.
    Max,
    /// The current volume, held in the week already under way.
    Current,
    /// Held at the last load week's volume: no rise in the last 14 days before an A race.
    HoldBeforeRace,
}

impl VolumeLimit {
    /// The rule in words.
    fn text(self) -> &'static str {
        match self {
            VolumeLimit::Climb => "a steady climb to the peak by the peak weeks",
            VolumeLimit::Peak => "the season's peak, held until the taper",
            VolumeLimit::TenPercent => "at most 10% more than the last load week",
            VolumeLimit::Acwr => "acute:chronic load kept at or below 1.3",
            VolumeLimit::Max => "your maximum weekly volume",
            VolumeLimit::Current => "your current volume, on the days left this week",
            VolumeLimit::HoldBeforeRace => {
                "held: volume does not rise in the last 14 days before an A race"
            }
        }
    }
}

/// What holds a season's peak week where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeakLimit {
    /// The runner's own maximum weekly volume.
    Max,
    /// How far a build may grow from today's volume at the runner's experience.
    Experience,
    /// The weeks available at the ramp rules (10% a week, acute:chronic 1.3, the deloads, the
    /// 30-day guard on each run's length).
    Ramp,
}

/// Why a week has the phase, kind and volume it has.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum Reason {
    /// A normal training week in a phase leading to a race.
    Phase { race: String, weeks_to_race: u32 },
    /// What the phase focuses on.
    Focus { phase: Phase },
    /// How this load week's volume was chosen.
    Volume {
        percent_change: f64,
        limit: VolumeLimit,
    },
    /// A planned deload on the chosen cadence.
    Deload { load_weeks: u32, cut_percent: f64 },
    /// A deload brought forward by the warning signs in recent check-ins.
    UnscheduledDeload {
        signs: Vec<WarningSign>,
        cut_percent: f64,
    },
    /// The gradual return after a deload: most of the way back to the last load week.
    RampBack {
        last_load_km: f64,
        percent_of_last: f64,
    },
    /// The peak the season's climb reaches, and what holds it there.
    Peak {
        race: String,
        peak_km: f64,
        max_km: f64,
        limit: PeakLimit,
    },
    /// A due deload skipped because the taper that follows is the recovery.
    DeloadInTaper,
    /// A progressive taper week before an A race.
    Taper {
        race: String,
        week: u32,
        of: u32,
        taper_days: u32,
        cut_percent: f64,
    },
    /// The week of a race.
    RaceWeek { race: String, priority: Priority },
    /// The last long run before a marathon: at most 60 % of the peak long run.
    LastLongRun { percent_of_peak: f64 },
    /// A short volume reduction before a B race.
    MiniTaper { race: String, days: u32 },
    /// A C race run as training, with an easy day before.
    TrainThrough { race: String },
    /// Easy running after a race (reverse taper).
    Recovery {
        race: String,
        days: u32,
        percent_of_peak: f64,
    },
    /// Easy weeks after the season's last A race.
    Transition { race: String },
    /// The first days of a training week are still easy days after a race.
    EasyAfterRace { race: String, days: u32 },
    /// The long run was held back to 1.1x the longest run of the previous 30 days.
    LongRunGuard { longest_30d_km: f64 },
    /// The long run was capped for the race distance.
    LongRunRaceCap { cap_km: f64 },
    /// The long run was capped by time (about 2.5-3 hours at easy pace).
    LongRunTimeCap { minutes: f64, cap_km: f64 },
    /// A shorter long run between two full-length ones.
    LongRunAlternate,
    /// The week before was run well short of its plan: this week rebuilds from what was run.
    Rebuild { done_km: f64, planned_km: f64 },
    /// Weeks in a row were largely missed: an easy re-entry week before quality sessions return.
    ReEntry { weeks: u32 },
    /// The week before was run well beyond its plan: the ramp keeps to the plan, no jump.
    ExtraHeld { done_km: f64, planned_km: f64 },
}

impl Reason {
    /// A one-line explanation a runner understands.
    pub fn text(&self, units: Units) -> String {
        match self {
            Reason::Phase {
                race,
                weeks_to_race,
            } => match weeks_to_race {
                1 => format!("1 week to {race}"),
                n => format!("{n} weeks to {race}"),
            },
            Reason::Focus { phase } => phase_focus(*phase).to_string(),
            Reason::Volume {
                percent_change,
                limit,
            } => format!(
                "volume {percent_change:+.0}% from the last load week ({})",
                limit.text()
            ),
            Reason::Deload {
                load_weeks,
                cut_percent,
            } => format!(
                "deload: {load_weeks} load weeks since the last recovery, volume -{cut_percent:.0}% from the week before"
            ),
            Reason::UnscheduledDeload { signs, cut_percent } => format!(
                "deload brought forward: you reported {} in the last 7 days, volume -{cut_percent:.0}% from the week before",
                signs_text(signs)
            ),
            Reason::RampBack {
                last_load_km,
                percent_of_last,
            } => format!(
                "ramp back after the deload: {percent_of_last:.0}% of the last load week ({}), then the climb resumes",
                text::dist(*last_load_km, units)
            ),
            Reason::Peak {
                race,
                peak_km,
                max_km,
                limit,
            } => peak_text(race, *peak_km, *max_km, *limit, units),
            Reason::DeloadInTaper => {
                "deload folded into the taper or race week that follows".to_string()
            }
            Reason::Taper {
                race,
                week,
                of,
                taper_days,
                cut_percent,
            } => format!(
                "taper for {race} ({taper_days} days), week {week} of {of}: volume -{cut_percent:.0}% from peak, intensity kept"
            ),
            Reason::RaceWeek { race, priority } => {
                format!("race week: {race} ({} race)", priority_text(*priority))
            }
            Reason::LastLongRun { percent_of_peak } => format!(
                "the last long run before the marathon: {percent_of_peak:.0}% of the peak long run"
            ),
            Reason::MiniTaper { race, days } => {
                format!("{days}-day mini-taper before {race} (B race)")
            }
            Reason::TrainThrough { race } => {
                format!("{race} is a C race: trained through, easy day before")
            }
            Reason::Recovery {
                race,
                days,
                percent_of_peak,
            } => format!(
                "recovery after {race}: {days} easy days, volume at {percent_of_peak:.0}% of peak"
            ),
            Reason::Transition { race } => format!(
                "transition after {race}, the season's last A race: easy running and cross-training"
            ),
            Reason::EasyAfterRace { race, days } => match days {
                1 => format!("the first day is easy, recovering from {race}"),
                n => format!("the first {n} days are easy, recovering from {race}"),
            },
            Reason::LongRunGuard { longest_30d_km } => format!(
                "long run held within 10% of your longest run in the last 30 days ({})",
                text::dist(*longest_30d_km, units)
            ),
            Reason::Rebuild {
                done_km,
                planned_km,
            } => format!(
                "you ran {} of {} last week: this week rebuilds from there",
                text::dist(*done_km, units),
                text::dist(*planned_km, units)
            ),
            Reason::ReEntry { weeks } => format!(
                "{weeks} weeks largely missed: an easy re-entry week before quality sessions return"
            ),
            Reason::ExtraHeld {
                done_km,
                planned_km,
            } => format!(
                "you ran {} of {} last week: the plan keeps its ramp instead of jumping",
                text::dist(*done_km, units),
                text::dist(*planned_km, units)
            ),
            Reason::LongRunAlternate => {
                "a shorter long run this week: full-length long runs come every other week"
                    .to_string()
            }
            Reason::LongRunRaceCap { cap_km } => format!(
                "long run capped at {} for this race distance",
                text::dist(*cap_km, units)
            ),
            Reason::LongRunTimeCap { minutes, cap_km } => format!(
                "long run capped at {} (about {:.0} min at easy pace)",
                text::dist(*cap_km, units),
                minutes
            ),
        }
    }
}

/// The peak week's line: its volume and what holds it there.
fn peak_text(race: &str, peak_km: f64, max_km: f64, limit: PeakLimit, units: Units) -> String {
    let peak = text::dist(peak_km, units);
    let max = text::dist(max_km, units);
    match limit {
        PeakLimit::Max => format!("peak for {race}: {peak}, your maximum weekly volume"),
        PeakLimit::Experience => format!(
            "peak for {race}: {peak}, as far as a build grows from your current volume at your experience (your maximum is {max})"
        ),
        PeakLimit::Ramp => format!(
            "peak for {race}: {peak}, as high as the ramp rules allow in the weeks available (10% a week, deloads, runs within 10% of your longest in 30 days; your maximum is {max})"
        ),
    }
}

/// What a phase is for, in one line.
pub fn phase_focus(phase: Phase) -> &'static str {
    match phase {
        Phase::Prep => "prep: easy running to build the habit",
        Phase::Base => "base: aerobic volume with strides and hills",
        Phase::Build => "build: threshold and interval sessions",
        Phase::Peak => "peak: race-pace work at the highest volume",
        Phase::Taper => "taper: less volume, short and sharp sessions",
        Phase::Race => "race week",
        Phase::Recovery => "recovery: easy running only",
        Phase::Transition => "transition: easy running and cross-training",
    }
}

/// A warning sign in plain words.
pub fn sign_text(sign: WarningSign) -> &'static str {
    match sign {
        WarningSign::NoProgress => "no progress despite training",
        WarningSign::Fatigue => "fatigue",
        WarningSign::InjuryOrIllness => "injury or illness",
        WarningSign::LowMotivation => "low motivation",
        WarningSign::PoorSleep => "poor sleep",
    }
}

/// Warning signs in plain words, joined by "and".
fn signs_text(signs: &[WarningSign]) -> String {
    let names: Vec<&str> = signs.iter().map(|s| sign_text(*s)).collect();
    names.join(" and ")
}

fn priority_text(p: Priority) -> &'static str {
    match p {
        Priority::A => "A",
        Priority::B => "B",
        Priority::C => "C",
    }
}

/// A compromise in the plan the runner should know about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "warning", rename_all = "snake_case")]
pub enum Warning {
    /// Less time before an A race than its distance needs.
    ShortBuild {
        race: String,
        weeks: u32,
        recommended_weeks: u32,
    },
    /// Two A races closer than a full taper-race-recovery-rebuild cycle.
    ARacesClose {
        first: String,
        second: String,
        weeks: u32,
    },
    /// The current volume is far below what the race needs.
    LowBaseline {
        race: String,
        weekly_km: f64,
        needed_km: f64,
    },
    /// The long-run day is not an available day; another day was used.
    LongRunDayUnavailable,
    /// A race falls on a day marked unavailable; it is planned anyway.
    RaceOnUnavailableDay { race: String },
    /// No A race: phases build toward the last race.
    NoARace { race: String },
    /// No recent running: the plan starts gently.
    NoRecentRunning,
    /// The projected form on an A race's day is outside the race-ready range.
    RaceDayForm {
        race: String,
        tsb: f64,
        low: f64,
        high: f64,
    },
    /// The goal volume is above the runner's maximum.
    MaxBelowGoal {
        race: String,
        max_km: f64,
        goal_km: f64,
    },
    /// Imported runs end before today: the days after are unknown and count as planned.
    HistoryEnds { last_day: chrono::NaiveDate },
    /// A hand edit kept although it no longer fits the plan (revert it to take the plan's day).
    EditConflict {
        date: chrono::NaiveDate,
        conflict: super::status::Conflict,
    },
}

impl Warning {
    /// A one-line explanation a runner understands.
    pub fn text(&self, units: Units) -> String {
        match self {
            Warning::ShortBuild {
                race,
                weeks,
                recommended_weeks,
            } => format!(
                "{race} is {weeks} weeks away; at least {recommended_weeks} weeks are recommended"
            ),
            Warning::ARacesClose {
                first,
                second,
                weeks,
            } => format!(
                "{first} and {second} are both A races only {weeks} weeks apart: little time to recover and rebuild between them"
            ),
            Warning::LowBaseline {
                race,
                weekly_km,
                needed_km,
            } => format!(
                "your current volume ({}/week) is far below what {race} needs (about {}/week)",
                text::dist(*weekly_km, units),
                text::dist(*needed_km, units)
            ),
            Warning::LongRunDayUnavailable => {
                "your long-run day is not one of your available days; the long run moves to the nearest available day".to_string()
            }
            Warning::RaceOnUnavailableDay { race } => {
                format!("{race} falls on a day you marked unavailable; it is planned anyway")
            }
            Warning::NoARace { race } => {
                format!("no A race: the season builds toward {race}, the last race")
            }
            Warning::NoRecentRunning => {
                "no recent running: the plan starts with short, easy runs".to_string()
            }
            Warning::RaceDayForm {
                race,
                tsb,
                low,
                high,
            } => format!(
                "projected form on race day for {race}: {tsb:+.1}, outside the race-ready range ({low:+.1} to {high:+.1}): {}",
                if tsb < low { "still tired from training" } else { "the taper loses fitness" }
            ),
            Warning::MaxBelowGoal {
                race,
                max_km,
                goal_km,
            } => format!(
                "{race} usually calls for about {}/week at peak; your maximum is {}",
                text::dist(*goal_km, units),
                text::dist(*max_km, units)
            ),
            Warning::HistoryEnds { last_day } => format!(
                "your imported runs end on {}: import the latest or mark the days (until then they count as planned)",
                text::date_short(*last_day)
            ),
            Warning::EditConflict { date, conflict } => format!(
                "your edit on {} {} is kept, but {}; keep it or revert it to the plan",
                date.weekday(),
                text::date_short(*date),
                conflict.text()
            ),
        }
    }
}

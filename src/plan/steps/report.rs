//! Steps in the CLI's JSON report: distances and paces in the scenario's unit.

use serde::Serialize;

use super::model::{Duration, Item, Step, Steps, Target};
use super::text::step_text;
use crate::plan::{Effort, Units};

/// A pace range in seconds per unit (km or mile), fast..slow.
#[derive(Clone, Debug, Serialize)]
pub struct ReportPace {
    pub fast_s: f64,
    pub slow_s: f64,
}

/// One step of the report.
#[derive(Clone, Debug, Serialize)]
pub struct ReportStep {
    /// warm_up, active, recovery or cool_down.
    pub intensity: &'static str,
    /// What ends the step: "time" (after `seconds`) or "distance" (after `distance`).
    pub duration: &'static str,
    pub seconds: Option<f64>,
    /// In the report's unit.
    pub distance: Option<f64>,
    /// Planned distance (in the report's unit) and minutes of the step.
    pub volume: f64,
    pub minutes: f64,
    /// The target pace range, or `null` with `effort` for an open target.
    pub pace: Option<ReportPace>,
    pub effort: Option<Effort>,
    pub text: String,
}

/// A step, or `{ "repeat": n, "steps": [...] }`.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum ReportItem {
    Step(ReportStep),
    Repeat { repeat: u32, steps: Vec<ReportStep> },
}

fn round(x: f64, places: i32) -> f64 {
    let k = 10f64.powi(places);
    (x * k).round() / k
}

fn step(s: &Step, units: Units) -> ReportStep {
    let per_unit = units.to_km(1.0);
    let (duration, seconds, distance) = match s.duration {
        Duration::Time { s } => ("time", Some(round(s, 1)), None),
        Duration::Distance { km } => ("distance", None, Some(round(units.from_km(km), 4))),
    };
    let (pace, effort) = match s.target {
        Target::Pace(p) => (
            Some(ReportPace {
                fast_s: round(p.fast_s_per_km * per_unit, 2),
                slow_s: round(p.slow_s_per_km * per_unit, 2),
            }),
            None,
        ),
        Target::Effort(e) => (None, Some(e)),
    };
    ReportStep {
        intensity: s.intensity.label(),
        duration,
        seconds,
        distance,
        volume: round(units.from_km(s.km), 3),
        minutes: round(s.minutes, 2),
        pace,
        effort,
        text: step_text(s, units),
    }
}

/// The report view of a day's steps (empty for rest and cross-training days).
pub fn items(steps: Option<&Steps>, units: Units) -> Vec<ReportItem> {
    let Some(steps) = steps else { return vec![] };
    steps
        .items
        .iter()
        .map(|i| match i {
            Item::Step(s) => ReportItem::Step(step(s, units)),
            Item::Repeat { times, steps } => ReportItem::Repeat {
                repeat: *times,
                steps: steps.iter().map(|s| step(s, units)).collect(),
            },
        })
        .collect()
}

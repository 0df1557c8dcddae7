//! The plan as the CLI's JSON report (distances in the scenario's unit) and as compact text.

use chrono::NaiveDate;
use serde::Serialize;

use super::kinds::{Phase, WeekKind, WorkoutKind};
use super::model::Units;
use super::output::Plan;

/// One day of the report.
#[derive(Clone, Debug, Serialize)]
pub struct ReportDay {
    pub date: NaiveDate,
    /// rest, easy, long, tempo, intervals, strides, hills, race_pace, race or cross.
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub volume: f64,
    pub minutes: f64,
    pub title: String,
    pub description: String,
    /// The session as watch steps (empty for rest and cross-training days).
    pub steps: Vec<super::steps::report::ReportItem>,
    /// planned (today on), unknown, rest, done, partial, missed, skipped or extra.
    pub status: &'static str,
    /// What was run on a past day, where known.
    pub actual: Option<ReportActual>,
    /// A hand edit set this day.
    pub overridden: bool,
    /// What the plan had on an edited day (null when not edited).
    pub planned: Option<ReportPlanned>,
    /// The runner's note on the day.
    pub note: Option<String>,
    /// Why an edit no longer fits the plan (it is kept), in words.
    pub conflict: Option<&'static str>,
}

/// What an edit replaced, in the report's unit.
#[derive(Clone, Debug, Serialize)]
pub struct ReportPlanned {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub volume: f64,
}

/// What was run on a day, in the report's unit.
#[derive(Clone, Debug, Serialize)]
pub struct ReportActual {
    pub distance: f64,
    pub minutes: f64,
}

/// One week of the report.
#[derive(Clone, Debug, Serialize)]
pub struct ReportWeek {
    pub start: NaiveDate,
    pub phase: Phase,
    pub kind: WeekKind,
    pub volume: f64,
    pub long_run: f64,
    pub reasons: Vec<String>,
    pub days: Vec<ReportDay>,
    /// The whole week lies before today.
    pub past: bool,
    /// The week's planned distance (as `volume`).
    pub planned_volume: f64,
    /// Weeks begun before today: the distance counted as done before today (null after).
    pub actual_volume: Option<f64>,
}

/// Form on a race day (the projected TSB the runner arrives with).
#[derive(Clone, Debug, Serialize)]
pub struct ReportRace {
    pub name: String,
    pub date: NaiveDate,
    pub form: Option<f64>,
}

/// The whole report: weeks, warnings and race-day form, in one unit.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub units: Units,
    /// The season's first day.
    pub season_start: NaiveDate,
    pub weeks: Vec<ReportWeek>,
    pub warnings: Vec<String>,
    pub races: Vec<ReportRace>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

impl Report {
    /// Builds the report view of `plan` in `units`.
    pub fn new(plan: &Plan, units: Units) -> Self {
        let steps = super::steps::for_plan(plan);
        let weeks = plan
            .weeks
            .iter()
            .zip(&steps)
            .map(|(w, steps)| ReportWeek {
                start: w.start,
                phase: w.phase,
                kind: w.kind,
                volume: round1(units.from_km(w.km)),
                long_run: round1(units.from_km(w.long_run_km)),
                reasons: w.reasons.iter().map(|r| r.text(units)).collect(),
                days: w
                    .days
                    .iter()
                    .zip(steps)
                    .map(|(d, s)| ReportDay {
                        date: d.date,
                        kind: d.kind.label(),
                        volume: round1(units.from_km(d.km)),
                        minutes: d.minutes.round(),
                        title: d.title(units),
                        description: d.description(units),
                        steps: super::steps::report::items(s.as_ref(), units),
                        status: d.status.label(),
                        actual: d.actual.map(|a| ReportActual {
                            distance: round1(units.from_km(a.km)),
                            minutes: a.minutes.round(),
                        }),
                        overridden: d.replaced.is_some(),
                        planned: d.replaced.map(|r| ReportPlanned {
                            kind: r.kind.label(),
                            volume: round1(units.from_km(r.km)),
                        }),
                        note: d.user_note.clone(),
                        conflict: d.conflict.map(|c| c.text()),
                    })
                    .collect(),
                past: w.past,
                planned_volume: round1(units.from_km(w.km)),
                actual_volume: w.actual_km.map(|k| round1(units.from_km(k))),
            })
            .collect();
        let races = plan
            .races
            .iter()
            .map(|r| ReportRace {
                name: r.name.clone(),
                date: r.date,
                form: plan.form_on(r.date).map(|p| round1(p.tsb)),
            })
            .collect();
        Report {
            units,
            season_start: plan.season_start,
            weeks,
            warnings: plan.warnings.iter().map(|w| w.text(units)).collect(),
            races,
        }
    }
}

/// A compact, readable text rendering: one line per week plus its reasons, then the warnings.
pub fn compact_text(plan: &Plan, units: Units) -> String {
    let mut out = String::new();
    for w in &plan.weeks {
        let days: String = w
            .days
            .iter()
            .map(|d| {
                let code = match d.kind {
                    WorkoutKind::Rest => "-".to_string(),
                    WorkoutKind::RacePace => format!("P{:.0}", units.from_km(d.km)),
                    WorkoutKind::Cross => "X".to_string(),
                    WorkoutKind::Race => format!("RACE{:.0}", units.from_km(d.km)),
                    k => format!(
                        "{}{:.0}",
                        k.label().chars().next().unwrap_or('?').to_ascii_uppercase(),
                        units.from_km(d.km)
                    ),
                };
                format!("{code:>6}")
            })
            .collect();
        out.push_str(&format!(
            "{} {:<10} {:<10} {:>5.1} long {:>4.1} |{}\n",
            w.start,
            w.phase.label(),
            w.kind.label(),
            units.from_km(w.km),
            units.from_km(w.long_run_km),
            days
        ));
        for r in &w.reasons {
            out.push_str(&format!("    - {}\n", r.text(units)));
        }
    }
    for warning in &plan.warnings {
        out.push_str(&format!("WARNING: {}\n", warning.text(units)));
    }
    out
}

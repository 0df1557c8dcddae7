//! Projects the plan's load into fitness (CTL), fatigue (ATL) and form (TSB), day by day.
//!
//! The performance-management model: CTL and ATL are exponentially weighted averages of daily load
//! with 42- and 7-day time constants, and form is yesterday's CTL minus yesterday's ATL (Banister's
//! impulse-response model as used in TrainingPeaks' PMC).
//!
//! One load unit for the plan and the imported history: Banister's heart-rate TRIMP, minutes x
//! HRr x 0.64 e^(1.92 HRr) (`src/history/load.rs` scores every activity with this same function).
//! A planned session's heart-rate reserve fraction comes from its effort; an easy run's is 0.6,
//! the history's figure for a run without heart rate, so an easy planned hour scores what an
//! easy imported hour scores (~73) and the form line continues from the history without a jump.

use super::kinds::Effort;
use super::model::Baseline;
use super::output::{Day, FormPoint, Week};

/// Time constant of fitness (chronic load), days.
pub const CTL_DAYS: f64 = 42.0;
/// Time constant of fatigue (acute load), days.
pub const ATL_DAYS: f64 = 7.0;

/// Banister TRIMP for `minutes` at heart-rate reserve fraction `hrr` (Banister 1991; the
/// load unit of the plan and of the imported history).
pub fn trimp(minutes: f64, hrr: f64) -> f64 {
    let hrr = hrr.clamp(0.0, 1.0);
    minutes.max(0.0) * hrr * 0.64 * (1.92 * hrr).exp()
}

/// Heart-rate reserve fraction of an effort: easy 0.6 (the history's run without heart rate),
/// steady (marathon pace) 0.7, threshold 0.8, hard (intervals, hills) 0.88, race 0.85.
pub fn effort_hrr(effort: Effort) -> f64 {
    match effort {
        Effort::Rest => 0.0,
        Effort::Easy => 0.6,
        Effort::Steady => 0.7,
        Effort::Threshold => 0.8,
        Effort::Hard => 0.88,
        Effort::Race => 0.85,
    }
}

/// The TRIMP load of one planned day: its easy minutes at the easy effort, its quality minutes
/// at the day's effort.
pub fn day_load(d: &Day) -> f64 {
    if d.effort == Effort::Rest && d.minutes <= 0.0 {
        return 0.0;
    }
    let hard = d.hard_minutes.clamp(0.0, d.minutes.max(0.0));
    let easy = d.minutes.max(0.0) - hard;
    let easy_hrr = effort_hrr(Effort::Easy);
    trimp(easy, easy_hrr) + trimp(hard, effort_hrr(d.effort).max(easy_hrr))
}

/// The load of what was run on a past day: the planned session's load in proportion to the
/// minutes run, or easy running where nothing (or no time) was planned.
fn done_load(d: &Day, a: super::status::Actual) -> f64 {
    let minutes = a.minutes.max(0.0);
    if d.minutes > 0.0 && d.effort != Effort::Rest {
        day_load(d) * minutes / d.minutes
    } else {
        trimp(minutes, effort_hrr(Effort::Easy))
    }
}

/// Starting fitness and fatigue: the baseline's when known (from the history, in the same
/// unit), else an estimate from weekly volume run easy every day.
pub fn seed(baseline: &Baseline, easy_pace_s_per_km: f64) -> (f64, f64) {
    let daily_minutes = baseline.weekly_km * easy_pace_s_per_km / 60.0 / 7.0;
    let estimate = trimp(daily_minutes, effort_hrr(Effort::Easy));
    (
        baseline.ctl.unwrap_or(estimate),
        baseline.atl.unwrap_or(estimate),
    )
}

/// One form point per plan day; days before today hold the starting values. Past days with what
/// was run known count that (unknown days count as planned).
pub fn project(weeks: &[Week], today: chrono::NaiveDate, seed: (f64, f64)) -> Vec<FormPoint> {
    let (mut ctl, mut atl) = seed;
    let mut out = Vec::with_capacity(weeks.len() * 7);
    for d in weeks.iter().flat_map(|w| w.days.iter()) {
        let tsb = ctl - atl;
        if d.date >= today {
            let load = d.actual.map_or_else(|| day_load(d), |a| done_load(d, a));
            ctl += (load - ctl) / CTL_DAYS;
            atl += (load - atl) / ATL_DAYS;
        }
        out.push(FormPoint {
            date: d.date,
            ctl,
            atl,
            tsb,
        });
    }
    out
}

impl super::output::Plan {
    /// The projected fitness, fatigue and form on `date`, if the plan covers it.
    pub fn form_on(&self, date: chrono::NaiveDate) -> Option<FormPoint> {
        self.projection.iter().find(|p| p.date == date).copied()
    }
}

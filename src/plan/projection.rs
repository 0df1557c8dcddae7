//! Projects the plan's load into fitness (CTL), fatigue (ATL) and form (TSB), day by day.
//!
//! The performance-management model: CTL and ATL are exponentially weighted averages of daily load
//! with 42- and 7-day time constants, and form is yesterday's CTL minus yesterday's ATL (Banister's
//! impulse-response model as used in TrainingPeaks' PMC). Daily load is TSS-like: one hour at
//! threshold scores 100, load = hours x intensity^2 x 100.

use super::kinds::Effort;
use super::model::Baseline;
use super::output::{Day, FormPoint, Week};

/// Time constant of fitness (chronic load), days.
pub const CTL_DAYS: f64 = 42.0;
/// Time constant of fatigue (acute load), days.
pub const ATL_DAYS: f64 = 7.0;

/// Intensity factor (fraction of threshold) of an effort.
fn intensity(effort: Effort) -> f64 {
    match effort {
        Effort::Rest => 0.0,
        Effort::Easy => 0.70,
        Effort::Steady => 0.80,
        Effort::Threshold => 0.90,
        Effort::Hard => 1.0,
        Effort::Race => 0.95,
    }
}

/// The TSS-like load of one planned day.
pub fn day_load(d: &Day) -> f64 {
    let hard = d.hard_minutes.clamp(0.0, d.minutes.max(0.0));
    let easy = d.minutes.max(0.0) - hard;
    let easy_if = intensity(Effort::Easy);
    let hard_if = intensity(d.effort).max(easy_if);
    let hours_x_if2 = (easy * easy_if * easy_if + hard * hard_if * hard_if) / 60.0;
    if d.effort == Effort::Rest && d.minutes <= 0.0 {
        0.0
    } else {
        hours_x_if2 * 100.0
    }
}

/// Starting fitness and fatigue: the baseline's when known, else an estimate from weekly volume.
pub fn seed(baseline: &Baseline, easy_pace_s_per_km: f64) -> (f64, f64) {
    let daily_hours = baseline.weekly_km * easy_pace_s_per_km / 3600.0 / 7.0;
    let estimate = daily_hours * 0.7 * 0.7 * 100.0;
    (
        baseline.ctl.unwrap_or(estimate),
        baseline.atl.unwrap_or(estimate),
    )
}

/// One form point per plan day; days before today hold the starting values.
pub fn project(weeks: &[Week], today: chrono::NaiveDate, seed: (f64, f64)) -> Vec<FormPoint> {
    let (mut ctl, mut atl) = seed;
    let mut out = Vec::with_capacity(weeks.len() * 7);
    for d in weeks.iter().flat_map(|w| w.days.iter()) {
        let tsb = ctl - atl;
        if d.date >= today {
            let load = day_load(d);
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

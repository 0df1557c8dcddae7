//! Compromises worth telling the runner about, as typed warnings.

use super::context::Ctx;
use super::frame::Frame;
use super::input::PlanInput;
use super::model::{Priority, Race};
use super::output::FormPoint;
use super::reason::Warning;
use super::science;

/// A races closer than this many weeks get a warning (one planner requires >= 12 weeks apart).
pub const A_RACE_GAP_WEEKS: i64 = 12;

/// Collects the plan's warnings, in a stable order.
pub fn collect(ctx: &Ctx, _frames: &[Frame]) -> Vec<Warning> {
    let input = ctx.input;
    let mut out = Vec::new();
    if input.baseline.weekly_km <= 0.0 {
        out.push(Warning::NoRecentRunning);
    }
    if !ctx.available[input.settings.long_run_day.num_days_from_monday() as usize] {
        out.push(Warning::LongRunDayUnavailable);
    }
    let a_races: Vec<&Race> = ctx
        .races
        .iter()
        .filter(|r| r.priority == Priority::A)
        .collect();
    if a_races.is_empty() {
        if let Some(last) = ctx.races.last() {
            out.push(Warning::NoARace {
                race: last.name.clone(),
            });
        }
    }
    for r in &a_races {
        a_race_warnings(input, r, &mut out);
    }
    for pair in a_races.windows(2) {
        if let [a, b] = pair {
            let weeks = (b.date - a.date).num_days() / 7;
            if weeks < A_RACE_GAP_WEEKS {
                out.push(Warning::ARacesClose {
                    first: a.name.clone(),
                    second: b.name.clone(),
                    weeks: weeks as u32,
                });
            }
        }
    }
    for r in ctx.races {
        if !ctx.is_available(r.date) {
            out.push(Warning::RaceOnUnavailableDay {
                race: r.name.clone(),
            });
        }
    }
    out
}

/// An A race's build: time enough, a baseline not far below what it needs, a maximum that allows it.
fn a_race_warnings(input: &PlanInput, r: &Race, out: &mut Vec<Warning>) {
    let (s, b) = (&input.settings, &input.baseline);
    let km = r.distance.km();
    let weeks = ((r.date - input.today).num_days() / 7) as u32;
    let recommended = science::min_weeks(km, s.experience);
    if weeks < recommended {
        out.push(Warning::ShortBuild {
            race: r.name.clone(),
            weeks,
            recommended_weeks: recommended,
        });
    }
    let needed = science::needed_km(km);
    if b.weekly_km < 0.5 * needed {
        out.push(Warning::LowBaseline {
            race: r.name.clone(),
            weekly_km: b.weekly_km,
            needed_km: needed,
        });
    }
    if s.max_weekly_km < needed {
        out.push(Warning::MaxBelowGoal {
            race: r.name.clone(),
            max_km: s.max_weekly_km,
            goal_km: needed,
        });
    }
}

/// A race-day form outside the race-ready range (`science::race_ready_tsb`) for each A race.
pub fn race_day_form(races: &[Race], projection: &[FormPoint], out: &mut Vec<Warning>) {
    let (low, high) = science::race_ready_tsb();
    for r in races.iter().filter(|r| r.priority == Priority::A) {
        if let Some(p) = projection.iter().find(|p| p.date == r.date) {
            if p.tsb < low || p.tsb > high {
                out.push(Warning::RaceDayForm {
                    race: r.name.clone(),
                    tsb: p.tsb,
                    low,
                    high,
                });
            }
        }
    }
}

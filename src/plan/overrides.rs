//! Hand edits that survive re-planning: each override, keyed by date, is laid over the day the
//! planner made (a workout or rest, a swap within the week, a note), keeps what the plan had
//! there, and is kept when the plan around it changes — with a conflict on the day when it no
//! longer fits (a race on that day, a lighter week asking for less).

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use super::kinds::{WeekKind, WorkoutKind};
use super::output::{Day, Week};
use super::reason::Warning;
use super::science::MIN_RUN_KM;
use super::season::{Change, Override, Season};
use super::status::{Conflict, Replaced};

/// Minutes of a cross-training session an edit asks for without saying how long.
const CROSS_MINUTES: f64 = 45.0;

/// The season's overrides by date (the last per date wins).
pub(super) struct Edits<'a> {
    by_date: BTreeMap<NaiveDate, &'a Override>,
}

impl<'a> Edits<'a> {
    pub(super) fn new(season: &'a Season) -> Self {
        Edits {
            by_date: season.overrides.iter().map(|o| (o.date, o)).collect(),
        }
    }

    /// Lays the edits of `w`'s days from `from` on over them; `easy_pace` (s/km) sizes a run
    /// given only by distance or time when the plan had no run there.
    pub(super) fn apply(&self, w: &mut Week, from: NaiveDate, easy_pace: f64) {
        if self.by_date.is_empty() {
            return;
        }
        let end = w.start + Duration::days(7);
        let planned = w.days.clone();
        let lighter = matches!(
            w.kind,
            WeekKind::Taper | WeekKind::Race | WeekKind::Deload | WeekKind::Recovery
        );
        for (i, plan) in planned.iter().enumerate() {
            let Some(o) = self.by_date.get(&plan.date).filter(|_| plan.date >= from) else {
                continue;
            };
            let mut conflict = None;
            match &o.change {
                Change::Workout { kind, km, minutes } => {
                    set_workout(&mut w.days[i], *kind, *km, *minutes, easy_pace);
                }
                Change::MoveTo { to } if *to >= from.max(w.start) && *to < end => {
                    let j = (*to - w.start).num_days() as usize;
                    if [plan.kind, planned[j].kind].contains(&WorkoutKind::Race) {
                        w.days[i].conflict = Some(Conflict::RaceDay);
                        w.days[i].replaced = Some(replaced(plan));
                        w.days[i].user_note = o.note.clone();
                        continue;
                    }
                    take_workout(&mut w.days[i], &planned[j]);
                    if !self.by_date.contains_key(to) {
                        take_workout(&mut w.days[j], plan);
                        w.days[j].replaced = Some(replaced(&planned[j]));
                    }
                }
                Change::MoveTo { .. } => conflict = Some(Conflict::MoveOutsideWeek),
                Change::Note => {}
            }
            let d = &mut w.days[i];
            d.replaced = Some(replaced(plan));
            d.user_note = o.note.clone();
            let harder = d.km > plan.km + 1e-9 || (d.kind.is_quality() && !plan.kind.is_quality());
            d.conflict = conflict.or(
                if plan.kind == WorkoutKind::Race && d.kind != WorkoutKind::Race {
                    Some(Conflict::RaceDay)
                } else if lighter && harder {
                    Some(Conflict::LighterWeek)
                } else {
                    None
                },
            );
        }
    }

    /// The plan's warnings about edits: one per edited day with a conflict, and edits of days
    /// outside the season's weeks (from `from` on).
    pub(super) fn warnings(&self, weeks: &[Week], from: NaiveDate) -> Vec<Warning> {
        let mut out: Vec<Warning> = weeks
            .iter()
            .flat_map(|w| &w.days)
            .filter_map(|d| d.conflict.map(|c| (d.date, c)))
            .map(|(date, conflict)| Warning::EditConflict { date, conflict })
            .collect();
        let first = weeks.first().map(|w| w.start);
        let last = weeks.last().map(|w| w.start + Duration::days(6));
        for date in self.by_date.keys().filter(|d| **d >= from) {
            if first.is_some_and(|f| *date < f) || last.is_some_and(|l| *date > l) {
                out.push(Warning::EditConflict {
                    date: *date,
                    conflict: Conflict::OutsideSeason,
                });
            }
        }
        out
    }
}

/// What the plan had on a day.
fn replaced(d: &Day) -> Replaced {
    Replaced {
        kind: d.kind,
        km: d.km,
    }
}

/// Day `d` takes the workout planned on `other` (a swap), keeping its own date.
fn take_workout(d: &mut Day, other: &Day) {
    let date = d.date;
    let note = d.note;
    *d = other.clone();
    d.date = date;
    d.note = note;
}

/// Sets the workout of `d` to `kind`, with the distance and minutes given, else the plan's (a run
/// where the plan had none: the minutes at easy pace, else the shortest run).
fn set_workout(d: &mut Day, kind: WorkoutKind, km: Option<f64>, minutes: Option<f64>, easy: f64) {
    let s_per_km = if d.km > 0.0 && d.minutes > 0.0 {
        d.minutes * 60.0 / d.km
    } else {
        easy
    };
    let (km, minutes) = match kind {
        WorkoutKind::Rest => (0.0, 0.0),
        WorkoutKind::Cross => (
            0.0,
            minutes.unwrap_or(if d.kind == WorkoutKind::Cross {
                d.minutes
            } else {
                CROSS_MINUTES
            }),
        ),
        _ => {
            let km = km.unwrap_or(match minutes {
                Some(m) => m * 60.0 / s_per_km,
                None if d.km > 0.0 => d.km,
                None => MIN_RUN_KM,
            });
            (km, minutes.unwrap_or(km * s_per_km / 60.0))
        }
    };
    if kind != d.kind {
        d.effort = kind.usual_effort();
        d.pace = None;
        d.race = None;
        d.race_name = None;
        d.hard_minutes = 0.0;
    }
    if kind.is_quality() && d.hard_minutes <= 0.0 {
        d.hard_minutes = minutes * 0.3;
    }
    d.hard_minutes = d.hard_minutes.min(minutes);
    d.kind = kind;
    d.km = km;
    d.minutes = minutes;
}

//! How closely the runner followed the plan lately: the distance done against the distance
//! planned over the last weeks, and the long runs missed. A leaf over the plan's output.

use chrono::{Duration, NaiveDate};

use super::kinds::WorkoutKind;
use super::output::Plan;
use super::status::DayStatus;

/// The plan against what was done over a span of past days.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Compliance {
    /// Days looked at (the span, cut at the season's start).
    pub days: i64,
    /// Running km planned on those days.
    pub planned_km: f64,
    /// Running km done (what was run where known, the plan where unknown).
    pub done_km: f64,
    /// Long runs missed or skipped.
    pub long_runs_missed: usize,
    /// Planned runs missed or skipped.
    pub runs_missed: usize,
    /// Days with nothing imported or marked (counted as planned).
    pub unknown_days: usize,
}

impl Compliance {
    /// Done as a share of planned (1.0 = all of it); none when nothing was planned.
    pub fn share(&self) -> Option<f64> {
        (self.planned_km > 0.0).then(|| self.done_km / self.planned_km)
    }
}

/// The last `days` days before `today` of `plan` (none when the season began today).
pub fn compliance(plan: &Plan, today: NaiveDate, days: i64) -> Option<Compliance> {
    let from = (today - Duration::days(days)).max(plan.season_start);
    if from >= today {
        return None;
    }
    let mut c = Compliance {
        days: (today - from).num_days(),
        planned_km: 0.0,
        done_km: 0.0,
        long_runs_missed: 0,
        runs_missed: 0,
        unknown_days: 0,
    };
    let past = plan
        .weeks
        .iter()
        .flat_map(|w| w.days.iter())
        .filter(|d| d.date >= from && d.date < today);
    for d in past {
        c.planned_km += d.km;
        c.done_km += match (d.status, d.actual) {
            (DayStatus::Unknown, _) => d.km,
            (_, Some(a)) => a.km,
            _ => 0.0,
        };
        let missed = matches!(d.status, DayStatus::Missed | DayStatus::Skipped);
        if missed && d.kind != WorkoutKind::Rest {
            c.runs_missed += 1;
            if d.kind == WorkoutKind::Long {
                c.long_runs_missed += 1;
            }
        }
        if d.status == DayStatus::Unknown {
            c.unknown_days += 1;
        }
    }
    Some(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::output::{Day, Week};
    use crate::plan::status::Actual;
    use crate::plan::{Effort, Phase, WeekKind};

    fn day(
        date: NaiveDate,
        kind: WorkoutKind,
        km: f64,
        status: DayStatus,
        run: Option<f64>,
    ) -> Day {
        Day {
            date,
            kind,
            km,
            minutes: km * 6.0,
            effort: Effort::Easy,
            pace: None,
            race: None,
            hard_minutes: 0.0,
            note: None,
            race_name: None,
            status,
            actual: run.map(|km| Actual {
                km,
                minutes: km * 6.0,
            }),
            replaced: None,
            user_note: None,
            conflict: None,
        }
    }

    #[test]
    fn counts_done_against_planned_and_missed_long_runs() {
        let start = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let d = |i| start + Duration::days(i);
        let days = vec![
            day(d(0), WorkoutKind::Easy, 8.0, DayStatus::Done, Some(8.0)),
            day(d(1), WorkoutKind::Rest, 0.0, DayStatus::Rest, None),
            day(
                d(2),
                WorkoutKind::Tempo,
                10.0,
                DayStatus::Partial,
                Some(5.0),
            ),
            day(d(3), WorkoutKind::Easy, 6.0, DayStatus::Unknown, None),
            day(d(4), WorkoutKind::Rest, 0.0, DayStatus::Extra, Some(4.0)),
            day(d(5), WorkoutKind::Long, 20.0, DayStatus::Missed, None),
            day(d(6), WorkoutKind::Easy, 6.0, DayStatus::Planned, None),
        ];
        let plan = Plan {
            weeks: vec![Week {
                start,
                phase: Phase::Base,
                kind: WeekKind::Load,
                km: 50.0,
                long_run_km: 20.0,
                reasons: vec![],
                days,
                past: false,
                actual_km: None,
            }],
            warnings: vec![],
            projection: vec![],
            races: vec![],
            season_start: start,
            recovery_days: vec![],
        };
        let c = compliance(&plan, d(6), 28).unwrap();
        assert_eq!(c.days, 6);
        assert_eq!(c.planned_km, 44.0);
        assert_eq!(c.done_km, 8.0 + 5.0 + 6.0 + 4.0);
        assert_eq!(
            (c.runs_missed, c.long_runs_missed, c.unknown_days),
            (1, 1, 1)
        );
        assert!((c.share().unwrap() - 23.0 / 44.0).abs() < 1e-9);
        assert_eq!(compliance(&plan, start, 28), None);
    }
}

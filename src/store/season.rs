//! The season as the document stores it: its start date, the past days exactly as they were
//! planned (frozen: a later change of races or settings re-plans only from today on), the
//! runner's marks on past days and the hand edits of future days.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::plan::{Day, DayStatus, Mark, Override, Phase, Week, WeekKind};

/// The stored season (schema version 4 on).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StoredSeason {
    /// The season's first day: set when the runner first plans, moved only by "Start over".
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// The runner's marks on past days, at most one per date.
    #[serde(default)]
    pub marks: Vec<Mark>,
    /// Hand edits of days, at most one per date.
    #[serde(default)]
    pub overrides: Vec<Override>,
    /// The past weeks as they were planned, in date order: whole weeks once they have passed,
    /// the current week's days before today until then. Never rewritten (see [`freeze`]).
    /// Stored without their reasons (see [`stored_weeks`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty", with = "stored_weeks")]
    pub frozen: Vec<Week>,
}

impl StoredSeason {
    /// Marks and overrides in date order, one of each per date (the last kept).
    pub fn normalize(&mut self) {
        let marks: BTreeMap<NaiveDate, Mark> = self.marks.drain(..).map(|m| (m.date, m)).collect();
        self.marks = marks.into_values().collect();
        let overrides: BTreeMap<NaiveDate, Override> =
            self.overrides.drain(..).map(|o| (o.date, o)).collect();
        self.overrides = overrides.into_values().collect();
    }

    /// The mark of `date`.
    pub fn mark(&self, date: NaiveDate) -> Option<&Mark> {
        self.marks.iter().find(|m| m.date == date)
    }

    /// Whether some day of `plan_weeks` before `today` (from the season's start) is not frozen
    /// yet: the app then freezes it ([`freeze`]).
    pub fn needs_freeze(&self, plan_weeks: &[Week], today: NaiveDate) -> bool {
        let open = self.start.unwrap_or(today);
        let frozen: std::collections::BTreeSet<NaiveDate> = self
            .frozen
            .iter()
            .flat_map(|w| w.days.iter().map(|d| d.date))
            .collect();
        plan_weeks
            .iter()
            .take_while(|w| w.start < today)
            .flat_map(|w| w.days.iter())
            .any(|d| d.date >= open && d.date < today && !frozen.contains(&d.date))
    }

    /// The hand edit of `date`.
    pub fn override_on(&self, date: NaiveDate) -> Option<&Override> {
        self.overrides.iter().find(|o| o.date == date)
    }
}

/// How frozen weeks are stored: each week's start, phase, kind, totals and days as planned. A
/// week's reasons are not kept: the plan explains a past week as it explains any other (its frame
/// keeps the frozen kind), and reading the typed reasons back would cost the app's first load
/// about 17 KB (gzip) of deserializing code.
mod stored_weeks {
    use super::*;
    use serde::{Deserializer, Serializer};

    #[derive(Serialize)]
    struct Out<'a> {
        start: NaiveDate,
        phase: Phase,
        kind: WeekKind,
        km: f64,
        long_run_km: f64,
        days: &'a [Day],
    }

    #[derive(Deserialize)]
    struct In {
        start: NaiveDate,
        phase: Phase,
        kind: WeekKind,
        km: f64,
        long_run_km: f64,
        days: Vec<Day>,
    }

    pub fn serialize<S: Serializer>(weeks: &[Week], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(weeks.iter().map(|w| Out {
            start: w.start,
            phase: w.phase,
            kind: w.kind,
            km: w.km,
            long_run_km: w.long_run_km,
            days: &w.days,
        }))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Week>, D::Error> {
        let weeks = Vec::<In>::deserialize(d)?;
        Ok(weeks
            .into_iter()
            .map(|w| Week {
                start: w.start,
                phase: w.phase,
                kind: w.kind,
                km: w.km,
                long_run_km: w.long_run_km,
                reasons: Vec::new(),
                days: w.days,
                past: false,
                actual_km: None,
            })
            .collect())
    }
}

/// A day as it is frozen: what was planned (its status and what was run are worked out again
/// from the log on every plan).
fn as_planned(d: &Day) -> Day {
    Day {
        status: DayStatus::default(),
        actual: None,
        ..d.clone()
    }
}

/// Freezes the days of `weeks` before `today` (from `open` on) that are not frozen yet; the
/// days already frozen are never rewritten. A week's phase, kind and totals are taken from
/// `weeks` until all its seven days are frozen (its reasons are not kept: see
/// [`stored_weeks`]). Whether anything was added.
pub fn freeze(frozen: &mut Vec<Week>, weeks: &[Week], open: NaiveDate, today: NaiveDate) -> bool {
    let mut by_start: BTreeMap<NaiveDate, Week> = frozen.drain(..).map(|w| (w.start, w)).collect();
    let mut added = false;
    for w in weeks.iter().take_while(|w| w.start < today) {
        let past: Vec<&Day> = w
            .days
            .iter()
            .filter(|d| d.date >= open && d.date < today)
            .collect();
        if past.is_empty() {
            continue;
        }
        let entry = by_start.entry(w.start).or_insert_with(|| Week {
            days: Vec::new(),
            reasons: Vec::new(),
            ..w.clone()
        });
        let complete = entry.days.len() >= 7;
        let before = entry.days.len();
        for d in past {
            if !entry.days.iter().any(|k| k.date == d.date) {
                entry.days.push(as_planned(d));
            }
        }
        entry.days.sort_by_key(|d| d.date);
        if !complete {
            entry.phase = w.phase;
            entry.kind = w.kind;
            entry.km = w.km;
            entry.long_run_km = w.long_run_km;
        }
        entry.past = false;
        entry.actual_km = None;
        added |= entry.days.len() != before;
    }
    *frozen = by_start.into_values().collect();
    added
}

/// The union of two sides' frozen weeks (tab sync, restore merge): every frozen day of either
/// side is kept, `local`'s where both have one.
pub fn union(local: &[Week], remote: &[Week]) -> Vec<Week> {
    let mut by_start: BTreeMap<NaiveDate, Week> =
        local.iter().map(|w| (w.start, w.clone())).collect();
    for r in remote {
        let entry = by_start.entry(r.start).or_insert_with(|| Week {
            days: Vec::new(),
            ..r.clone()
        });
        if r.days.len() > entry.days.len() && entry.days.len() < 7 {
            entry.phase = r.phase;
            entry.kind = r.kind;
        }
        for d in &r.days {
            if !entry.days.iter().any(|k| k.date == d.date) {
                entry.days.push(d.clone());
            }
        }
        entry.days.sort_by_key(|d| d.date);
    }
    by_start.into_values().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{generate, Distance, PlanInput, Priority, Race, Settings};
    use chrono::Duration;

    fn weeks(today: NaiveDate, weekly_km: f64) -> Vec<Week> {
        let input = PlanInput {
            today,
            races: vec![Race {
                name: "M".into(),
                date: today + Duration::days(120),
                distance: Distance::Marathon,
                priority: Priority::A,
                goal_time_s: None,
            }],
            settings: Settings::default(),
            baseline: crate::plan::Baseline {
                weekly_km,
                ..Default::default()
            },
            checkins: vec![],
            season: Default::default(),
        };
        generate(&input).map(|p| p.weeks).unwrap_or_default()
    }

    #[test]
    fn freezing_keeps_the_days_before_today_and_never_rewrites_them() {
        let open = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let plan = weeks(open, 40.0);
        let mut frozen = Vec::new();
        let wed = open + Duration::days(2);
        assert!(freeze(&mut frozen, &plan, open, wed));
        assert_eq!(frozen.len(), 1);
        assert_eq!(frozen[0].days.len(), 2, "Monday and Tuesday");
        assert!(!freeze(&mut frozen, &plan, open, wed), "nothing new");
        // A later plan with other numbers: the frozen days stay as they were.
        let other = weeks(open, 60.0);
        let next = open + Duration::days(9);
        assert!(freeze(&mut frozen, &other, open, next));
        assert_eq!(frozen[0].days[..2], plan[0].days[..2]);
        assert_eq!(frozen[0].days[2], other[0].days[2]);
        assert_eq!(frozen.len(), 2);
        assert_eq!(frozen[0].days.len(), 7);
        assert_eq!(frozen[1].days.len(), 2);
        let season = StoredSeason {
            start: Some(open),
            frozen: frozen.clone(),
            ..Default::default()
        };
        assert!(!season.needs_freeze(&other, next));
        assert!(season.needs_freeze(&other, next + Duration::days(1)));
    }

    #[test]
    fn the_union_keeps_every_frozen_day_of_both_sides() {
        let open = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let plan = weeks(open, 40.0);
        let (mut a, mut b) = (Vec::new(), Vec::new());
        freeze(&mut a, &plan, open, open + Duration::days(3));
        freeze(&mut b, &weeks(open, 60.0), open, open + Duration::days(10));
        let u = union(&a, &b);
        assert_eq!(u.len(), 2);
        assert_eq!(u[0].days.len(), 7);
        assert_eq!(
            u[0].days[..3],
            a[0].days[..3],
            "local's days where both have one"
        );
        assert_eq!(u[1].days.len(), 3);
    }
}

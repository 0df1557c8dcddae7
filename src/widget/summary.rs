//! The plan summary the iframe widget sends to its host: a small, stable JSON shape (camelCase,
//! distances in the display units, dates as `YYYY-MM-DD`). Pure: built from the plan and today.

use chrono::NaiveDate;
use serde::Serialize;

use crate::plan::{Phase, Plan, PlanError, Priority, Race, Units, WeekKind};

/// Rounds to one decimal, the precision the app shows.
fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// What a host page learns about the plan.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PlanSummary {
    /// The units every distance here is in.
    pub units: Units,
    /// The races, by date.
    pub races: Vec<RaceSummary>,
    /// Why there is no plan, when there is none.
    pub error: Option<String>,
    /// Number of plan weeks.
    pub weeks: usize,
    /// First day of the plan.
    pub start: Option<NaiveDate>,
    /// Last day of the plan.
    pub end: Option<NaiveDate>,
    /// Running distance over the whole plan.
    pub total_distance: f64,
    /// The biggest week's running distance.
    pub peak_week_distance: f64,
    /// The week containing today, if the plan covers today.
    pub this_week: Option<WeekSummary>,
    /// The next race on or after today.
    pub next_race: Option<NextRace>,
    /// The plan's warnings, as the app words them.
    pub warnings: Vec<String>,
}

/// One race as the host sees it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RaceSummary {
    /// Race name.
    pub name: String,
    /// Race day.
    pub date: NaiveDate,
    /// Race distance in the summary's units.
    pub distance: f64,
    /// A, B or C.
    pub priority: Priority,
}

/// The current week.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekSummary {
    /// The week's first day.
    pub start: NaiveDate,
    /// Training phase.
    pub phase: Phase,
    /// Load, deload, taper, ...
    pub kind: WeekKind,
    /// Planned running distance.
    pub distance: f64,
    /// Planned long run.
    pub long_run: f64,
}

/// The next race and how far away it is.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NextRace {
    /// Race name.
    pub name: String,
    /// Race day.
    pub date: NaiveDate,
    /// Days from today (0 on race day).
    pub days_until: i64,
}

/// Summarizes `plan` (made from `races`) as of `today`, in `units`.
pub fn summarize(
    plan: &Result<Plan, PlanError>,
    races: &[Race],
    units: Units,
    today: NaiveDate,
) -> PlanSummary {
    let mut sorted: Vec<&Race> = races.iter().collect();
    sorted.sort_by_key(|r| r.date);
    let race_list = sorted
        .iter()
        .map(|r| RaceSummary {
            name: r.name.clone(),
            date: r.date,
            distance: round1(units.from_km(r.distance.km())),
            priority: r.priority,
        })
        .collect();
    let next_race = sorted.iter().find(|r| r.date >= today).map(|r| NextRace {
        name: r.name.clone(),
        date: r.date,
        days_until: (r.date - today).num_days(),
    });
    let mut summary = PlanSummary {
        units,
        races: race_list,
        error: None,
        weeks: 0,
        start: None,
        end: None,
        total_distance: 0.0,
        peak_week_distance: 0.0,
        this_week: None,
        next_race,
        warnings: Vec::new(),
    };
    match plan {
        Err(e) => summary.error = Some(e.to_string()),
        Ok(plan) => {
            summary.weeks = plan.weeks.len();
            summary.start = plan.weeks.first().map(|w| w.start);
            summary.end = plan
                .weeks
                .last()
                .and_then(|w| w.days.last().map(|d| d.date));
            summary.total_distance = round1(units.from_km(plan.weeks.iter().map(|w| w.km).sum()));
            summary.peak_week_distance =
                round1(units.from_km(plan.weeks.iter().map(|w| w.km).fold(0.0, f64::max)));
            summary.this_week = plan
                .weeks
                .iter()
                .find(|w| w.days.iter().any(|d| d.date == today))
                .map(|w| WeekSummary {
                    start: w.start,
                    phase: w.phase,
                    kind: w.kind,
                    distance: round1(units.from_km(w.km)),
                    long_run: round1(units.from_km(w.long_run_km)),
                });
            summary.warnings = plan.warnings.iter().map(|w| w.text(units)).collect();
        }
    }
    summary
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{generate, Distance, PlanInput};

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn marathon() -> Race {
        Race {
            name: "City Marathon".into(),
            date: date("2027-04-18"),
            distance: Distance::Marathon,
            priority: Priority::A,
            goal_time_s: None,
        }
    }

    fn input(races: Vec<Race>, today: NaiveDate) -> PlanInput {
        PlanInput {
            today,
            races,
            settings: Default::default(),
            baseline: crate::plan::Baseline {
                weekly_km: 40.0,
                longest_run_km: 16.0,
                consistency: 1.0,
                ctl: None,
                atl: None,
                recent_result: None,
            },
            checkins: Vec::new(),
            season: Default::default(),
        }
    }

    #[test]
    fn a_plan_is_summarized_in_the_display_units() {
        let today = date("2027-01-06");
        let races = vec![marathon()];
        let plan = generate(&input(races.clone(), today));
        let km = summarize(&plan, &races, Units::Km, today);
        let plan_ok = plan.as_ref().unwrap();
        assert_eq!(km.error, None);
        assert_eq!(km.weeks, plan_ok.weeks.len());
        assert_eq!(km.start, Some(plan_ok.weeks[0].start));
        assert!(km.end.unwrap() >= date("2027-04-18"));
        assert_eq!(km.races[0].distance, 42.2);
        let next = km.next_race.clone().unwrap();
        assert_eq!(
            (next.name.as_str(), next.days_until),
            ("City Marathon", 102)
        );
        let week = km.this_week.clone().unwrap();
        assert!(week.start <= today && today < week.start + chrono::Duration::days(7));
        let total: f64 = plan_ok.weeks.iter().map(|w| w.km).sum();
        assert!((km.total_distance - total).abs() <= 0.05);
        assert!(km.peak_week_distance >= week.distance);

        let mi = summarize(&plan, &races, Units::Mi, today);
        assert_eq!(mi.races[0].distance, 26.2);
        assert!((mi.total_distance * crate::plan::KM_PER_MILE - km.total_distance).abs() < 1.0);
        let json = serde_json::to_value(&mi).unwrap();
        assert_eq!(json["units"], "mi");
        assert_eq!(json["races"][0]["date"], "2027-04-18");
        assert_eq!(json["nextRace"]["daysUntil"], 102);
        assert!(json["thisWeek"]["phase"].is_string());
    }

    #[test]
    fn no_races_gives_the_reason_and_no_weeks() {
        let today = date("2027-01-06");
        let plan = generate(&input(Vec::new(), today));
        let s = summarize(&plan, &[], Units::Km, today);
        assert_eq!(s.error, Some(PlanError::NoRaces.to_string()));
        assert_eq!(
            (s.weeks, s.total_distance, s.next_race.clone()),
            (0, 0.0, None)
        );
    }
}

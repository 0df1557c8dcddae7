//! Native smoke tests of the core through the public API.
use chrono::NaiveDate;
use periodize::plan::{self, Distance, PlanError, PlanInput, Priority, Race};

fn input(race_date: NaiveDate) -> PlanInput {
    PlanInput {
        today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        races: vec![Race {
            name: "City 10K".into(),
            date: race_date,
            distance: Distance::TenK,
            priority: Priority::A,
            goal_time_s: None,
        }],
        settings: Default::default(),
        baseline: Default::default(),
        checkins: vec![],
        season: Default::default(),
    }
}

#[test]
fn a_race_in_the_past_is_refused_with_its_name() {
    let err = plan::generate(&input(NaiveDate::from_ymd_opt(2026, 11, 1).unwrap())).unwrap_err();
    assert!(matches!(err, PlanError::RaceInPast { .. }));
    assert!(err.to_string().contains("City 10K"));
}

#[test]
fn the_plan_ends_with_the_race_day() {
    let date = NaiveDate::from_ymd_opt(2027, 2, 14).unwrap();
    let plan = plan::generate(&input(date)).unwrap();
    let race_day = plan
        .weeks
        .iter()
        .flat_map(|w| &w.days)
        .find(|d| d.date == date)
        .unwrap();
    assert_eq!(race_day.kind, plan::WorkoutKind::Race);
}

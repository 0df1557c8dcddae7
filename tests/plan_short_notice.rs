//! Issue 14, item 4: an A race closer than its usual build gets hold-then-taper — weekly volume
//! never rises in the last 14 days before it (`science::HOLD_DAYS_BEFORE_A_RACE`).

use chrono::{Duration, NaiveDate};
use periodize::plan::*;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A Monday; an A race of `distance` `days` days later; 30 km/week now, 60 at most.
fn input(distance: Distance, days: i64) -> PlanInput {
    let today = date("2026-03-02");
    PlanInput {
        today,
        races: vec![Race {
            name: "Goal".into(),
            date: today + Duration::days(days),
            distance,
            priority: Priority::A,
            goal_time_s: None,
        }],
        settings: Settings {
            max_weekly_km: 60.0,
            ..Settings::default()
        },
        baseline: Baseline {
            weekly_km: 30.0,
            longest_run_km: 12.0,
            ..Baseline::default()
        },
        checkins: vec![],
        season: Default::default(),
    }
}

/// The weeks whose last day lies within 14 days before the race, with the week before them.
fn held_weeks(plan: &Plan, race: NaiveDate) -> Vec<usize> {
    (0..plan.weeks.len())
        .filter(|&i| {
            let last = plan.weeks[i].start + Duration::days(6);
            last < race && (race - last).num_days() <= science::HOLD_DAYS_BEFORE_A_RACE
        })
        .collect()
}

#[test]
fn a_5k_three_weeks_out_holds_then_tapers() {
    // Saturday of the third week: was +10%, +10%, then the race week.
    let input = input(Distance::FiveK, 19);
    let plan = generate(&input).unwrap();
    let w = &plan.weeks;
    assert_eq!(w[2].kind, WeekKind::Race);
    assert!(w[0].km <= 30.0 + 1e-6, "first week rises: {}", w[0].km);
    assert!(
        w[1].km <= w[0].km + 1e-6,
        "second week rises: {} > {}",
        w[1].km,
        w[0].km
    );
    assert!(w[2].km < w[1].km, "the race week lowers the volume");
    for i in [0, 1] {
        let texts: Vec<String> = w[i].reasons.iter().map(|r| r.text(Units::Km)).collect();
        assert!(
            w[i].reasons.iter().any(|r| matches!(
                r,
                Reason::Volume {
                    limit: VolumeLimit::HoldBeforeRace,
                    ..
                }
            )),
            "week {i}: {texts:?}"
        );
        assert!(texts
            .iter()
            .any(|t| t.contains("last 14 days before an A race")));
    }
    // Still warned as a short build.
    assert!(plan
        .warnings
        .iter()
        .any(|w| matches!(w, Warning::ShortBuild { .. })));
}

#[test]
fn no_volume_rise_in_the_last_14_days_before_any_a_race() {
    for (distance, days) in [
        (Distance::FiveK, 12),
        (Distance::FiveK, 26),
        (Distance::TenK, 24),
        (Distance::TenK, 68),
        (Distance::Half, 33),
        (Distance::Marathon, 40),
    ] {
        let input = input(distance, days);
        let plan = generate(&input).unwrap();
        let race = input.races[0].date;
        for i in held_weeks(&plan, race) {
            let w = &plan.weeks[i];
            // The week it grows from: the last load or ramp-back week before it (else today's).
            let before = (0..i)
                .rev()
                .find(|&k| matches!(plan.weeks[k].kind, WeekKind::Load | WeekKind::RampBack))
                .map_or(30.0, |k| plan.weeks[k].km);
            if w.kind == WeekKind::Load {
                assert!(
                    w.km <= before + 1e-6,
                    "{distance:?} in {days} days: week {} rises {before} -> {}",
                    w.start,
                    w.km
                );
            }
        }
    }
}

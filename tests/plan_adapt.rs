//! Adapting to what was run (issue 11 section 3): reference cases with their expected shape and
//! reason — a week at 30% of its plan, two missed weeks with an illness check-in, a 150% week and
//! a missed long run.

mod season_support;

use periodize::plan::*;
use season_support::*;

/// Marks every running day of week `w` of `plan` with `f(day)`.
fn mark_week(plan: &Plan, w: usize, f: impl Fn(&Day) -> Mark) -> Vec<Mark> {
    plan.weeks[w]
        .days
        .iter()
        .filter(|d| d.km > 0.0)
        .map(f)
        .collect()
}

fn done(d: &Day, share: f64) -> Mark {
    Mark {
        date: d.date,
        status: MarkStatus::Done,
        km: Some(d.km * share),
        minutes: None,
    }
}

fn skipped(d: &Day) -> Mark {
    Mark {
        date: d.date,
        status: MarkStatus::Skipped,
        km: None,
        minutes: None,
    }
}

fn quality(d: &Day) -> bool {
    matches!(
        d.kind,
        WorkoutKind::Tempo | WorkoutKind::Intervals | WorkoutKind::Hills | WorkoutKind::RacePace
    )
}

/// A week run at 30% of its plan: the next week rebuilds from what was run (at most 10% more),
/// not from the old numbers, and says so.
#[test]
fn a_week_at_thirty_percent_rebuilds_from_there() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut then = later(&input, 14);
    then.season.frozen = plan.weeks.clone();
    then.season.marks = mark_week(&plan, 0, |d| done(d, 1.0));
    then.season
        .marks
        .extend(mark_week(&plan, 1, |d| done(d, 0.3)));
    let p = generate(&then).unwrap();
    let ran = p.weeks[1].actual_km.unwrap();
    assert!((ran - 0.3 * plan.weeks[1].km).abs() < 1e-6);
    let next = &p.weeks[2];
    assert!(
        matches!(next.reasons[0], Reason::Rebuild { done_km, planned_km }
        if (done_km - ran).abs() < 1e-9 && (planned_km - plan.weeks[1].km).abs() < 1e-9)
    );
    let text = next.reasons[0].text(Units::Mi);
    assert!(
        text.starts_with("you ran ") && text.contains("this week rebuilds from there"),
        "{text}"
    );
    assert!(next.km <= 1.1 * ran * 1.02, "{} after {ran}", next.km);
    assert!(next.km < 0.5 * plan.weeks[2].km);
    // The climb resumes from there under the ramp limits: no week jumps by more than 10%.
    for pair in p.weeks[2..5].windows(2) {
        if pair[1].kind == WeekKind::Load {
            assert!(
                pair[1].km <= pair[0].km * 1.1 * 1.02,
                "{} -> {}",
                pair[0].km,
                pair[1].km
            );
        }
    }
}

/// Two weeks missed for illness: an easy re-entry week, no quality sessions, then they return.
#[test]
fn two_missed_weeks_give_a_reentry_week() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut then = later(&input, 14);
    then.season.frozen = plan.weeks.clone();
    then.season.marks = mark_week(&plan, 0, skipped);
    then.season.marks.extend(mark_week(&plan, 1, skipped));
    then.checkins = vec![Checkin {
        date: date("2027-01-06"),
        signs: vec![WarningSign::InjuryOrIllness, WarningSign::Fatigue],
    }];
    let p = generate(&then).unwrap();
    let next = &p.weeks[2];
    assert_eq!(next.reasons[0], Reason::ReEntry { weeks: 2 });
    assert!(next.reasons[0]
        .text(Units::Km)
        .contains("2 weeks largely missed"));
    assert!(
        !next.days.iter().any(quality),
        "{:?}",
        next.days.iter().map(|d| d.kind).collect::<Vec<_>>()
    );
    assert!(
        next.km < 0.5 * plan.weeks[2].km,
        "{} vs {}",
        next.km,
        plan.weeks[2].km
    );
    assert!(
        p.weeks[3..6].iter().flat_map(|w| &w.days).any(quality),
        "quality returns later"
    );
    assert_eq!(p.weeks[1].actual_km, Some(0.0));
}

/// A week at 150%: the next week keeps to its plan, no jump, and says why.
#[test]
fn a_week_at_one_hundred_fifty_percent_does_not_jump() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut then = later(&input, 7);
    then.season.runs = plan.weeks[0]
        .days
        .iter()
        .filter(|d| d.km > 0.0)
        .map(|d| Run {
            date: d.date,
            km: d.km * 1.5,
            minutes: d.minutes * 1.5,
        })
        .collect();
    let p = generate(&then).unwrap();
    assert!(p.weeks[0]
        .days
        .iter()
        .filter(|d| d.km > 0.0)
        .all(|d| d.status == DayStatus::Done));
    let next = &p.weeks[1];
    assert!(
        matches!(next.reasons[0], Reason::ExtraHeld { .. }),
        "{:?}",
        next.reasons
    );
    assert!(next.reasons[0].text(Units::Km).contains("keeps its ramp"));
    assert!(
        next.km <= plan.weeks[1].km * 1.01,
        "{} vs {}",
        next.km,
        plan.weeks[1].km
    );
}

/// A missed long run is not stacked onto the next one.
#[test]
fn a_missed_long_run_is_not_stacked() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut then = later(&input, 7);
    then.season.marks = mark_week(&plan, 0, |d| {
        if d.kind == WorkoutKind::Long {
            skipped(d)
        } else {
            done(d, 1.0)
        }
    });
    let p = generate(&then).unwrap();
    let long = plan.weeks[0]
        .days
        .iter()
        .find(|d| d.kind == WorkoutKind::Long)
        .unwrap();
    assert_eq!(day(&p, long.date).status, DayStatus::Skipped);
    assert!(p.weeks[1].long_run_km <= plan.weeks[1].long_run_km + 1e-9);
    assert!(p.weeks[1].long_run_km <= 1.1 * input.baseline.longest_run_km.max(long.km) + 1e-9);
}

/// Following the plan gives none of these reasons.
#[test]
fn following_the_plan_adds_no_reason() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let mut then = later(&input, 21);
    then.season.runs = as_planned(&plan, then.today);
    let p = generate(&then).unwrap();
    let adapted = p.weeks.iter().flat_map(|w| &w.reasons).any(|r| {
        matches!(
            r,
            Reason::Rebuild { .. } | Reason::ReEntry { .. } | Reason::ExtraHeld { .. }
        )
    });
    assert!(!adapted);
}

/// A race already run sizes its recovery from what was raced (issue 11 section 3): the marathon
/// run in full keeps the marathon's easy days; cut short at the half-way mark (marked done with
/// 21 km), the recovery is that of a half; a race marked skipped needs almost none. The weeks
/// before the race count as run (following the plan), so only the race day differs.
#[test]
fn a_race_already_run_sizes_its_recovery_from_what_was_raced() {
    let input = marathon();
    let plan = generate(&input).unwrap();
    let race_day = input.races[0].date;
    let after = (race_day - input.today).num_days() + 3;
    let with_race_day = |mark: Option<Mark>| {
        let mut then = later(&input, after);
        then.season.frozen = plan.weeks.clone();
        then.season.runs = as_planned(&plan, race_day);
        then.season.marks = mark.into_iter().collect();
        generate(&then).unwrap().recovery_days[0]
    };
    let mark = |status, km| Mark {
        date: race_day,
        status,
        km,
        minutes: None,
    };
    let full = with_race_day(Some(mark(MarkStatus::Done, Some(42.2))));
    let half_way = with_race_day(Some(mark(MarkStatus::Done, Some(21.1))));
    let skipped = with_race_day(Some(mark(MarkStatus::Skipped, None)));
    assert_eq!(full, plan.recovery_days[0], "raced in full: as planned");
    assert!(full >= 14, "a marathon's recovery: {full} days");
    assert!(
        (5..=9).contains(&half_way),
        "stopped at 21 km: {half_way} days"
    );
    assert!(skipped <= 2, "not raced: {skipped} days");
}

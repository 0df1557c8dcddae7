//! The coaching rules of issue 14, each against the figures of ../shared/notes/science.md: deloads
//! measured from the week before, ramp-back then progression, a climb to the runner's own peak.

use std::path::Path;

use chrono::{Duration, NaiveDate};
use periodize::plan::*;

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A scenario file of tests/scenarios.
fn scenario_input(name: &str) -> PlanInput {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(format!("{name}.json"));
    let json = std::fs::read_to_string(path).expect("scenario file");
    scenario::parse(&json, None).expect("scenario parses").input
}

/// The runner: 33 mi/week now, 55 mi/week at most, a deload every 4th week, a marathon in
/// 18 weeks.
fn marathon_18() -> PlanInput {
    scenario_input("marathon_18_weeks_33_to_55_mi")
}

fn mi(km: f64) -> f64 {
    km / KM_PER_MILE
}

/// The weeks before the first taper or race week.
fn build_weeks(plan: &Plan) -> &[Week] {
    let end = plan
        .weeks
        .iter()
        .position(|w| matches!(w.kind, WeekKind::Taper | WeekKind::Race))
        .unwrap_or(plan.weeks.len());
    &plan.weeks[..end]
}

fn is_loadish(k: WeekKind) -> bool {
    matches!(k, WeekKind::Load | WeekKind::RampBack)
}

#[test]
fn a_deload_cuts_the_chosen_depth_from_the_week_before() {
    for depth in [0.25, 0.4, 0.5] {
        let mut input = marathon_18();
        input.settings.deload_depth = depth;
        let plan = generate(&input).unwrap();
        let weeks = build_weeks(&plan);
        let mut seen = 0;
        for i in 1..weeks.len() {
            if weeks[i].kind != WeekKind::Deload {
                continue;
            }
            seen += 1;
            let (before, deload) = (&weeks[i - 1], &weeks[i]);
            assert!(is_loadish(before.kind));
            // The chosen depth, a little more where no run may outgrow the week before's.
            let cut = 1.0 - deload.km / before.km;
            assert!(
                cut >= depth - 0.005 && cut <= depth + 0.03,
                "depth {depth}: cut {cut}"
            );
            // The long run is cut about as much.
            assert!(deload.long_run_km <= before.long_run_km * (1.0 - depth) + 0.1);
            // The reason states the real cut from the week before.
            let stated = deload.reasons.iter().find_map(|r| match r {
                Reason::Deload { cut_percent, .. } => Some(*cut_percent),
                _ => None,
            });
            assert!(
                stated.is_some_and(|c| (c - cut * 100.0).abs() < 0.5),
                "{stated:?} vs {cut}"
            );
            let text = deload
                .reasons
                .iter()
                .map(|r| r.text(Units::Mi))
                .collect::<Vec<_>>();
            assert!(
                text.iter()
                    .any(|t| t.contains(&format!("-{:.0}% from the week before", cut * 100.0))),
                "{text:?}"
            );
        }
        assert_eq!(seen, 3, "three deloads in an 18-week build every 4th week");
    }
}

#[test]
fn after_a_deload_the_plan_ramps_back_then_climbs_higher_each_block() {
    let plan = generate(&marathon_18()).unwrap();
    let weeks = build_weeks(&plan);
    let mut block_tops = Vec::new();
    let mut top = 0.0f64;
    for i in 0..weeks.len() {
        match weeks[i].kind {
            WeekKind::Deload => {
                block_tops.push(top);
                top = 0.0;
                // The week after returns to 90-100% of the last load week.
                let next = &weeks[i + 1];
                assert_eq!(next.kind, WeekKind::RampBack);
                let back = next.km / weeks[i - 1].km;
                assert!((0.9..=1.0 + 1e-9).contains(&back), "ramp-back at {back}");
                // And the climb resumes from there.
                assert!(weeks[i + 2].km > next.km);
            }
            _ => top = top.max(weeks[i].km),
        }
    }
    block_tops.push(top);
    for pair in block_tops.windows(2) {
        assert!(
            pair[1] > pair[0],
            "a block ends no higher than the one before: {block_tops:?}"
        );
    }
}

#[test]
fn the_build_reaches_the_runners_maximum_when_time_allows() {
    let plan = generate(&marathon_18()).unwrap();
    let weeks = build_weeks(&plan);
    let peak = weeks.iter().map(|w| w.km).fold(0.0, f64::max);
    assert!(mi(peak) >= 0.95 * 55.0, "peak {:.1} mi of 55", mi(peak));
    assert!(
        mi(weeks[0].km) < 0.7 * 55.0,
        "the build starts low: {:.1}",
        mi(weeks[0].km)
    );
    let reason = weeks.iter().flat_map(|w| &w.reasons).find_map(|r| match r {
        Reason::Peak { limit, peak_km, .. } => Some((*limit, *peak_km)),
        _ => None,
    });
    assert!(
        matches!(reason, Some((PeakLimit::Max, km)) if mi(km) >= 52.25),
        "{reason:?}"
    );
    // A runner at 42 mi/week with a 70 mi/week maximum gets there too (was 46.6 mi).
    let mut input = marathon_18();
    input.baseline.weekly_km = 42.0 * KM_PER_MILE;
    input.settings.max_weekly_km = 70.0 * KM_PER_MILE;
    let plan = generate(&input).unwrap();
    let peak = build_weeks(&plan).iter().map(|w| w.km).fold(0.0, f64::max);
    assert!(mi(peak) >= 0.95 * 70.0, "peak {:.1} mi of 70", mi(peak));
}

#[test]
fn a_runner_above_the_distance_figure_still_builds_for_a_half() {
    // 46 mi/week before a half (the old fixed goal for a half was 60 km = 37 mi: it never rose).
    let today = date("2026-03-02");
    let input = PlanInput {
        today,
        races: vec![Race {
            name: "Half".into(),
            date: today + Duration::days(7 * 12 - 1),
            distance: Distance::Half,
            priority: Priority::A,
            goal_time_s: None,
        }],
        settings: Settings {
            max_weekly_km: 60.0 * KM_PER_MILE,
            deload_cadence: DeloadCadence::Every4,
            ..Settings::default()
        },
        baseline: Baseline {
            weekly_km: 46.0 * KM_PER_MILE,
            longest_run_km: 20.0,
            ..Baseline::default()
        },
        checkins: vec![],
        season: Default::default(),
    };
    let plan = generate(&input).unwrap();
    let peak = build_weeks(&plan).iter().map(|w| w.km).fold(0.0, f64::max);
    assert!(mi(peak) >= 0.95 * 60.0, "peak {:.1} mi", mi(peak));
}

#[test]
fn the_peak_names_what_holds_it_back() {
    // A beginner's build grows at most 1.5x today's volume (or to what the race needs).
    let mut input = marathon_18();
    input.settings.experience = Experience::Beginner;
    input.settings.deload_cadence = DeloadCadence::Every4;
    input.settings.max_weekly_km = 100.0 * KM_PER_MILE;
    let plan = generate(&input).unwrap();
    let peak = build_weeks(&plan).iter().map(|w| w.km).fold(0.0, f64::max);
    let ceiling = 1.5 * 33.0;
    assert!(
        mi(peak) <= ceiling + 0.1 && mi(peak) >= 0.95 * ceiling,
        "{:.1}",
        mi(peak)
    );
    let texts: Vec<String> = plan
        .weeks
        .iter()
        .flat_map(|w| &w.reasons)
        .filter(|r| {
            matches!(
                r,
                Reason::Peak {
                    limit: PeakLimit::Experience,
                    ..
                }
            )
        })
        .map(|r| r.text(Units::Mi))
        .collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(texts[0].contains("your experience"), "{texts:?}");
    // An advanced runner may grow further from the same start.
    input.settings.experience = Experience::Advanced;
    let advanced = generate(&input).unwrap();
    let advanced_peak = build_weeks(&advanced)
        .iter()
        .map(|w| w.km)
        .fold(0.0, f64::max);
    assert!(advanced_peak > peak * 1.2);
    // Eight weeks are too few to climb from 33 to 80 mi/week: the ramp rules hold the peak.
    let mut input = marathon_18();
    input.settings.experience = Experience::Advanced;
    input.settings.max_weekly_km = 80.0 * KM_PER_MILE;
    input.races[0].date = input.today + Duration::days(7 * 8 - 1);
    let plan = generate(&input).unwrap();
    assert!(plan.weeks.iter().flat_map(|w| &w.reasons).any(|r| matches!(
        r,
        Reason::Peak {
            limit: PeakLimit::Ramp,
            ..
        }
    )));
}

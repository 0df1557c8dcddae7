//! Property tests: random races, settings, baselines and check-ins; every plan must keep the
//! planner's promises (see issue 3 and ../shared/notes/science.md).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use periodize::plan::science::{self, MIN_RUN_KM};
use periodize::plan::*;
use proptest::prelude::*;

const EPS: f64 = 1e-6;

fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()
}

fn weekday(i: u32) -> Weekday {
    periodize::plan::WEEKDAYS[(i % 7) as usize]
}

fn distance() -> impl Strategy<Value = Distance> {
    prop_oneof![
        Just(Distance::FiveK),
        Just(Distance::TenK),
        Just(Distance::Half),
        Just(Distance::Marathon),
        Just(Distance::FiftyK),
        Just(Distance::HundredK),
        (1.0f64..120.0).prop_map(|km| Distance::Custom { km }),
    ]
}

fn priority() -> impl Strategy<Value = Priority> {
    prop_oneof![Just(Priority::A), Just(Priority::B), Just(Priority::C)]
}

fn sign() -> impl Strategy<Value = WarningSign> {
    prop_oneof![
        Just(WarningSign::NoProgress),
        Just(WarningSign::Fatigue),
        Just(WarningSign::InjuryOrIllness),
        Just(WarningSign::LowMotivation),
        Just(WarningSign::PoorSleep),
    ]
}

prop_compose! {
    fn input()(
        today_off in 0i64..400,
        race_offs in proptest::collection::btree_set(0i64..420, 1..7),
        race_meta in proptest::collection::vec((distance(), priority(), proptest::option::of(150.0f64..480.0)), 7),
        mask in 1u32..128,
        runs_seed in 0u32..7,
        long_day in 0u32..7,
        max_km in 8.0f64..180.0,
        exp in 0u8..4,
        cadence in 0u8..4,
        depth in 0.05f64..0.5,
        sunday in any::<bool>(),
        weekly in 0.0f64..140.0,
        longest in 0.0f64..40.0,
        ctl in proptest::option::of(0.0f64..120.0),
        checkins in proptest::collection::vec((-10i64..3, proptest::collection::vec(sign(), 0..4)), 0..4),
    ) -> PlanInput {
        let today = base_date() + Duration::days(today_off);
        let races = race_offs.iter().zip(race_meta).enumerate().map(|(i, (off, (d, p, pace)))| Race {
            name: format!("Race {i}"),
            date: today + Duration::days(*off),
            distance: d,
            priority: p,
            goal_time_s: pace.map(|s| (s * d.km()) as u32),
        }).collect();
        let available: Vec<Weekday> = (0..7).filter(|i| mask & (1 << i) != 0).map(weekday).collect();
        let runs = 1 + (runs_seed % available.len() as u32) as u8;
        PlanInput {
            today,
            races,
            settings: Settings {
                units: Units::Km,
                week_start: if sunday { WeekStart::Sunday } else { WeekStart::Monday },
                available_days: available,
                runs_per_week: runs,
                long_run_day: weekday(long_day),
                max_weekly_km: max_km,
                experience: [Experience::Beginner, Experience::Intermediate, Experience::Advanced, Experience::Masters][exp as usize],
                deload_cadence: [DeloadCadence::Every3, DeloadCadence::Every4, DeloadCadence::Every6To8, DeloadCadence::Auto][cadence as usize],
                deload_depth: depth,
            },
            baseline: Baseline { weekly_km: weekly, longest_run_km: longest, consistency: 1.0, ctl, atl: ctl, recent_result: None },
            checkins: checkins.into_iter().map(|(off, signs)| Checkin { date: today + Duration::days(off), signs }).collect(),
            season: Default::default(),
        }
    }
}

fn is_run(d: &Day) -> bool {
    d.km > 0.0
}

fn rest_days(w: &Week) -> usize {
    w.days.iter().filter(|d| !is_run(d)).count()
}

fn training_km(w: &Week) -> f64 {
    w.days
        .iter()
        .filter(|d| d.kind != WorkoutKind::Race)
        .map(|d| d.km)
        .sum()
}

fn has_race(w: &Week) -> bool {
    w.days.iter().any(|d| d.kind == WorkoutKind::Race)
}

fn partial(w: &Week, today: NaiveDate) -> bool {
    w.start < today
}

fn start_km(input: &PlanInput) -> f64 {
    let floor = (MIN_RUN_KM * f64::from(input.settings.runs_per_week.min(3)))
        .min(input.settings.max_weekly_km);
    input
        .baseline
        .weekly_km
        .max(floor)
        .min(input.settings.max_weekly_km)
}

/// km of week `i` as the ramp rules see it (a partial first week counts as its starting volume).
fn seen_km(plan: &Plan, input: &PlanInput, i: usize) -> f64 {
    let w = &plan.weeks[i];
    if partial(w, input.today) {
        start_km(input).max(w.km)
    } else {
        w.km
    }
}

fn is_loadish(k: WeekKind) -> bool {
    matches!(k, WeekKind::Load | WeekKind::RampBack)
}

fn check_structure(input: &PlanInput, plan: &Plan) {
    assert!(!plan.weeks.is_empty());
    for (i, w) in plan.weeks.iter().enumerate() {
        assert_eq!(w.days.len(), 7);
        assert!(!w.reasons.is_empty(), "week {} has no reason", w.start);
        for (k, d) in w.days.iter().enumerate() {
            assert_eq!(d.date, w.start + Duration::days(k as i64));
            assert!(d.km.is_finite() && d.km >= 0.0 && d.minutes.is_finite());
        }
        if i > 0 {
            assert_eq!(w.start, plan.weeks[i - 1].start + Duration::days(7));
        }
        let sum: f64 = w.days.iter().map(|d| d.km).sum();
        assert!((sum - w.km).abs() < 1e-6);
    }
    assert_eq!(plan.projection.len(), plan.weeks.len() * 7);
    assert!(plan
        .projection
        .iter()
        .all(|p| p.ctl.is_finite() && p.atl.is_finite() && p.tsb.is_finite()));
    assert!(
        plan.weeks[0].start <= input.today && input.today < plan.weeks[0].start + Duration::days(7)
    );
}

fn check_days(input: &PlanInput, plan: &Plan) {
    let available = &input.settings.available_days;
    for d in plan.weeks.iter().flat_map(|w| &w.days) {
        match plan.races.iter().position(|r| r.date == d.date) {
            Some(i) => {
                assert_eq!(
                    d.kind,
                    WorkoutKind::Race,
                    "race day {} is not the race",
                    d.date
                );
                assert_eq!(d.race, Some(i));
                assert!((d.km - plan.races[i].distance.km()).abs() < EPS);
            }
            None => {
                assert_ne!(d.kind, WorkoutKind::Race);
                if d.kind != WorkoutKind::Rest {
                    assert!(
                        available.contains(&d.date.weekday()),
                        "session on unavailable {}",
                        d.date
                    );
                    assert!(d.date >= input.today, "session before today {}", d.date);
                }
            }
        }
    }
}

fn check_deloads(input: &PlanInput, plan: &Plan) {
    let w = &plan.weeks;
    for i in 0..w.len() {
        if w[i].kind != WeekKind::Deload {
            continue;
        }
        let mut j = i;
        while j > 0 && is_loadish(w[j - 1].kind) {
            j -= 1;
            if partial(&w[j], input.today) {
                continue;
            }
            // A race inside the deload week is fixed by the runner; it is exempt.
            if !has_race(&w[i]) {
                assert!(
                    w[i].km < w[j].km + EPS,
                    "deload {} not below load week {}",
                    w[i].start,
                    w[j].start
                );
                assert!(
                    rest_days(&w[i]) >= rest_days(&w[j]),
                    "deload {} has fewer rest days than {}",
                    w[i].start,
                    w[j].start
                );
            }
        }
        // The depth is a cut from the load week just before, and the reason states it.
        if i > 0
            && is_loadish(w[i - 1].kind)
            && w[i - 1].km > 0.0
            && !has_race(&w[i])
            && !has_race(&w[i - 1])
            && !partial(&w[i], input.today)
            && !partial(&w[i - 1], input.today)
        {
            let depth = input.settings.deload_depth;
            assert!(
                w[i].km <= (1.0 - depth) * w[i - 1].km + EPS,
                "deload {} cuts less than {depth} from the week before",
                w[i].start
            );
            let real = (1.0 - w[i].km / w[i - 1].km) * 100.0;
            let stated = w[i].reasons.iter().find_map(|r| match r {
                Reason::Deload { cut_percent, .. }
                | Reason::UnscheduledDeload { cut_percent, .. } => Some(*cut_percent),
                _ => None,
            });
            assert!(
                stated.is_some_and(|c| (c - real).abs() < 0.01),
                "deload {} states {stated:?}, cuts {real}",
                w[i].start
            );
        }
        // No post-deload jump: the next week stays at or below the last load week before it.
        if let (Some(next), Some(last)) =
            (w.get(i + 1), (0..i).rev().find(|&k| is_loadish(w[k].kind)))
        {
            if is_loadish(next.kind)
                && !has_race(next)
                && !partial(&w[last], input.today)
                && last + 1 == i
            {
                assert!(
                    next.km <= w[last].km + EPS,
                    "jump after deload {}",
                    w[i].start
                );
            }
        }
    }
}

fn check_ramp(input: &PlanInput, plan: &Plan) {
    let max = input.settings.max_weekly_km;
    let floor = (MIN_RUN_KM * f64::from(input.settings.runs_per_week.min(3))).min(max);
    for (i, w) in plan.weeks.iter().enumerate() {
        assert!(
            training_km(w) <= max + EPS,
            "week {} above the maximum",
            w.start
        );
        if i == 0 || w.kind != WeekKind::Load || has_race(w) {
            continue;
        }
        let prev = &plan.weeks[i - 1];
        let reference = if is_loadish(prev.kind) {
            seen_km(plan, input, i - 1)
        } else {
            (0..i)
                .rev()
                .find(|&k| is_loadish(plan.weeks[k].kind))
                .map(|k| seen_km(plan, input, k))
                .unwrap_or_else(|| start_km(input))
        };
        assert!(
            w.km <= (1.1 * reference).max(floor) + EPS,
            "week {} grows more than 10%",
            w.start
        );
        let hist: f64 = (1..=4)
            .map(|k| {
                if i >= k {
                    seen_km(plan, input, i - k)
                } else {
                    input.baseline.weekly_km
                }
            })
            .sum();
        assert!(
            w.km <= (1.3 * hist / 4.0).max(floor) + EPS,
            "week {} ACWR above 1.3",
            w.start
        );
    }
}

fn check_long_runs(input: &PlanInput, plan: &Plan) {
    let days: Vec<&Day> = plan.weeks.iter().flat_map(|w| &w.days).collect();
    let cap = plan
        .races
        .iter()
        .map(|r| science::long_run_cap(r.distance.km()))
        .fold(0.0, f64::max);
    for (i, d) in days.iter().enumerate() {
        if !is_run(d) || d.kind == WorkoutKind::Race {
            continue;
        }
        let mut longest = days[i.saturating_sub(30)..i]
            .iter()
            .filter(|p| p.date >= d.date - Duration::days(30))
            .map(|p| p.km)
            .fold(0.0, f64::max);
        if d.date <= input.today + Duration::days(29) {
            longest = longest.max(input.baseline.longest_run_km);
        }
        assert!(
            d.km <= (1.1 * longest).max(MIN_RUN_KM) + EPS,
            "run on {} ({:.1}) > 1.1 x 30-day longest {:.1}",
            d.date,
            d.km,
            longest
        );
        if d.kind == WorkoutKind::Long {
            assert!(
                d.km <= cap + EPS,
                "long run on {} above the race cap",
                d.date
            );
        }
    }
    for w in &plan.weeks {
        let runs = w
            .days
            .iter()
            .filter(|d| is_run(d) && d.kind != WorkoutKind::Race)
            .count();
        if runs >= 2 && w.long_run_km > MIN_RUN_KM {
            assert!(
                w.long_run_km <= 0.6 * training_km(w) + EPS,
                "long run of {} too big a share",
                w.start
            );
        }
        let total: f64 = w
            .days
            .iter()
            .filter(|d| d.kind != WorkoutKind::Race)
            .map(|d| d.minutes)
            .sum();
        let hard: f64 = w
            .days
            .iter()
            .filter(|d| d.kind != WorkoutKind::Race)
            .map(|d| d.hard_minutes)
            .sum();
        assert!(
            hard <= 0.2 * total + EPS,
            "week {} is less than 80% easy",
            w.start
        );
    }
}

fn check_races(input: &PlanInput, plan: &Plan) {
    let all: Vec<&Day> = plan.weeks.iter().flat_map(|w| &w.days).collect();
    assert_eq!(plan.recovery_days.len(), plan.races.len());
    for (i, r) in plan.races.iter().enumerate() {
        // Recovery: the days after every race (as many as the plan sized from its own weeks)
        // are easy (or rest/cross), never quality or long.
        let days = plan.recovery_days[i];
        for d in all
            .iter()
            .filter(|d| d.date > r.date && d.date <= r.date + Duration::days(i64::from(days)))
        {
            assert!(
                matches!(
                    d.kind,
                    WorkoutKind::Rest | WorkoutKind::Easy | WorkoutKind::Cross | WorkoutKind::Race
                ),
                "{:?} on {} during recovery after {}",
                d.kind,
                d.date,
                r.name
            );
        }
        assert!(
            all.iter().any(|d| d.date == r.date + Duration::days(1)),
            "plan ends on race day"
        );
        // Taper before A races: present when there is time, decreasing, below the peak.
        if r.priority != Priority::A {
            continue;
        }
        let rw = plan
            .weeks
            .iter()
            .position(|w| w.start <= r.date && r.date < w.start + Duration::days(7))
            .unwrap();
        if plan.weeks[rw].kind != WeekKind::Race {
            continue; // a second A race in the same week
        }
        let ws = plan.weeks[rw].start;
        // Every A race in the race week asks for its taper; the longest wins.
        let want = plan
            .races
            .iter()
            .filter(|o| {
                o.priority == Priority::A && o.date >= ws && o.date < ws + Duration::days(7)
            })
            .map(|o| {
                let pre = (o.date - ws).num_days() as f64;
                ((science::taper_days(o.distance.km()) - pre) / 7.0)
                    .round()
                    .max(0.0) as usize
            })
            .max()
            .unwrap_or(0);
        let mut tapers = Vec::new();
        let mut k = rw;
        while k > 0 && plan.weeks[k - 1].kind == WeekKind::Taper {
            k -= 1;
            tapers.push(k);
        }
        tapers.reverse();
        let blocked = (rw.saturating_sub(want)..rw).any(|k| plan.weeks[k].kind == WeekKind::Race);
        if !blocked {
            // A later A race's taper may reach back past this race week, so at least.
            assert!(
                tapers.len() >= want.min(rw),
                "taper missing before {}",
                r.name
            );
        }
        for pair in tapers.windows(2) {
            assert!(
                training_km(&plan.weeks[pair[1]]) < training_km(&plan.weeks[pair[0]]) + EPS,
                "taper not progressive before {}",
                r.name
            );
        }
        if let (Some(&first), Some(peak)) = (
            tapers.first(),
            (0..k).rev().find(|&i| is_loadish(plan.weeks[i].kind)),
        ) {
            if !partial(&plan.weeks[peak], input.today) {
                assert!(
                    training_km(&plan.weeks[first]) < plan.weeks[peak].km + EPS,
                    "taper above peak before {}",
                    r.name
                );
            }
        }
    }
}

/// A peak reached "at your maximum" is within 5% of it, and states the week's own volume.
fn check_peaks(input: &PlanInput, plan: &Plan) {
    for w in &plan.weeks {
        for r in &w.reasons {
            if let Reason::Peak {
                peak_km,
                max_km,
                limit,
                ..
            } = r
            {
                assert!((*max_km - input.settings.max_weekly_km).abs() < EPS);
                if !has_race(w) && !partial(w, input.today) {
                    assert!(
                        (peak_km - w.km).abs() < EPS,
                        "peak {} states {peak_km}",
                        w.start
                    );
                }
                if *limit == PeakLimit::Max {
                    assert!(
                        *peak_km >= 0.95 * max_km - EPS,
                        "peak {} at {peak_km} is not the maximum {max_km}",
                        w.start
                    );
                }
            }
        }
    }
}

/// Two or more distinct signs within 7 days of a check-in (up to today) make the week starting on
/// or after that check-in a deload (when it is a training week of the plan), with those signs.
fn check_checkins(input: &PlanInput, plan: &Plan) {
    let mut dates: Vec<NaiveDate> = input
        .checkins
        .iter()
        .map(|c| c.date)
        .filter(|d| *d <= input.today)
        .collect();
    dates.sort();
    let first = plan.weeks[0].start;
    let trigger = dates.into_iter().find_map(|d| {
        let mut signs: Vec<WarningSign> = input
            .checkins
            .iter()
            .filter(|c| c.date <= d && c.date > d - Duration::days(7))
            .flat_map(|c| c.signs.clone())
            .collect();
        signs.sort();
        signs.dedup();
        let week = plan.weeks.iter().map(|w| w.start).find(|s| *s >= d);
        let known = d >= first - Duration::days(6);
        (signs.len() >= 2 && known).then_some((week, signs))
    });
    let Some((Some(start), signs)) = trigger else {
        return;
    };
    if let Some(w) = plan.weeks.iter().find(|w| w.start == start) {
        if matches!(
            w.phase,
            Phase::Prep | Phase::Base | Phase::Build | Phase::Peak
        ) && matches!(
            w.kind,
            WeekKind::Load | WeekKind::Deload | WeekKind::RampBack
        ) {
            assert_eq!(
                w.kind,
                WeekKind::Deload,
                "check-in signs did not bring a deload"
            );
            assert!(w
                .reasons
                .iter()
                .any(|r| matches!(r, Reason::UnscheduledDeload { signs: s, .. } if *s == signs)));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, .. ProptestConfig::default() })]

    #[test]
    fn every_plan_keeps_its_promises(input in input()) {
        let plan = generate(&input).expect("valid input gives a plan");
        let checked = std::panic::catch_unwind(|| {
            check_structure(&input, &plan);
            check_days(&input, &plan);
            check_deloads(&input, &plan);
            check_ramp(&input, &plan);
            check_long_runs(&input, &plan);
            check_races(&input, &plan);
            check_peaks(&input, &plan);
            check_checkins(&input, &plan);
        });
        if let Err(e) = checked {
            if std::env::var("PLAN_DEBUG").is_ok() {
                eprintln!("{}", report::compact_text(&plan, Units::Km));
            }
            std::panic::resume_unwind(e);
        }
        prop_assert_eq!(generate(&input).unwrap(), plan);
    }

    #[test]
    fn arbitrary_numbers_never_panic(
        weekly in any::<f64>(), longest in any::<f64>(), max in any::<f64>(), depth in any::<f64>(),
        km in any::<f64>(), runs in any::<u8>(), off in -30i64..900,
    ) {
        let today = base_date();
        let input = PlanInput {
            today,
            races: vec![Race { name: "R".into(), date: today + Duration::days(off), distance: Distance::Custom { km }, priority: Priority::A, goal_time_s: Some(1) }],
            settings: Settings { max_weekly_km: max, deload_depth: depth, runs_per_week: runs, ..Settings::default() },
            baseline: Baseline { weekly_km: weekly, longest_run_km: longest, ..Baseline::default() },
            checkins: vec![],
            season: Default::default(),
        };
        if let Ok(plan) = generate(&input) {
            check_structure(&input, &plan);
            check_days(&input, &plan);
        }
    }
}

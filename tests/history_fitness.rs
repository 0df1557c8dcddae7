//! Load, fitness/fatigue/form, weekly volume, duplicates and the planner's baseline.

use chrono::{DateTime, Duration, NaiveDate};
use periodize::history::dedupe::{merge, same_activity};
use periodize::history::fitness::{self, CTL_DAYS};
use periodize::history::load::{activity_load, intensity, LoadParams};
use periodize::history::volume::weekly;
use periodize::history::{baseline, Activity, Sport};
use periodize::plan::WeekStart;

fn run(start: &str, km: f64, minutes: f64) -> Activity {
    Activity::new(
        DateTime::parse_from_rfc3339(start).unwrap(),
        Sport::Run,
        km * 1000.0,
        minutes * 60.0,
        "test",
    )
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn heart_rate_load_beats_pace_and_effort_fallbacks() {
    let p = LoadParams::default();
    let mut easy = run("2024-03-01T07:00:00Z", 10.0, 60.0);
    easy.avg_hr = Some(138.0); // HRr = (138-60)/(190-60) = 0.6
    assert!((activity_load(&easy, &p) - 72.9).abs() < 0.2);
    let mut hard = easy.clone();
    hard.avg_hr = Some(170.5); // HRr 0.85
    assert!(activity_load(&hard, &p) > 2.0 * activity_load(&easy, &p));
    // Without heart rate, effort is used; RPE 9 is harder than RPE 3.
    let mut by_rpe = run("2024-03-01T07:00:00Z", 10.0, 60.0);
    by_rpe.rpe = Some(9.0);
    let mut soft = by_rpe.clone();
    soft.rpe = Some(3.0);
    assert!(activity_load(&by_rpe, &p) > activity_load(&soft, &p));
    // Without either, pace relative to the usual pace: faster is harder.
    let p = LoadParams {
        usual_run_speed: Some(10_000.0 / 3600.0),
        ..p
    };
    let fast = run("2024-03-01T07:00:00Z", 12.0, 60.0);
    let usual = run("2024-03-01T07:00:00Z", 10.0, 60.0);
    assert!(intensity(&fast, &p) > intensity(&usual, &p));
    // A walk of the same length is lighter than a run.
    let mut walk = usual.clone();
    walk.sport = Sport::WalkHike;
    assert!(activity_load(&walk, &p) < activity_load(&usual, &p));
}

#[test]
fn ctl_and_atl_follow_the_ewma_definition() {
    // 60 min at HRr 0.6 every day for 84 days: load L = 72.9 per day.
    let mut acts = Vec::new();
    for i in 0..84 {
        let mut a = run("2024-01-01T07:00:00Z", 10.0, 60.0);
        a.start += Duration::days(i);
        a.avg_hr = Some(138.0); // under 150 bpm: max HR stays at the default 190
        acts.push(a);
    }
    let today = day("2024-03-24");
    let s = fitness::series(&acts, today, 84);
    assert_eq!(s.len(), 84);
    let load = s[0].load;
    assert!((load - 72.9).abs() < 0.2);
    // After n days of constant load: ctl = L (1 - (1 - 1/42)^n).
    let expected_ctl = load * (1.0 - (1.0 - 1.0 / CTL_DAYS).powi(84));
    let last = s.last().unwrap();
    assert!(
        (last.ctl - expected_ctl).abs() < 0.01,
        "{} vs {expected_ctl}",
        last.ctl
    );
    let expected_atl = load * (1.0 - (1.0_f64 - 1.0 / 7.0).powi(84));
    assert!((last.atl - expected_atl).abs() < 0.01);
    // Form is yesterday's ctl - atl.
    let prev = s[s.len() - 2];
    assert!((last.tsb - (prev.ctl - prev.atl)).abs() < 1e-9);
    assert!(
        last.tsb < 0.0,
        "steady training leaves fatigue above fitness"
    );
    // Two rest days: fatigue drops faster than fitness.
    let rested = fitness::series(&acts, day("2024-03-26"), 1)[0];
    assert!(rested.atl < last.atl && rested.ctl < last.ctl);
    assert!(rested.tsb > last.tsb);
}

#[test]
fn weekly_volume_counts_runs_and_all_minutes() {
    let mut ride = run("2024-03-05T07:00:00Z", 40.0, 90.0);
    ride.sport = Sport::Ride;
    let acts = vec![
        run("2024-03-04T07:00:00Z", 10.0, 50.0), // Monday
        ride,
        run("2024-03-10T07:00:00Z", 20.0, 110.0), // Sunday
        run("2024-03-11T07:00:00Z", 8.0, 40.0),   // next Monday
        run("2024-03-20T07:00:00Z", 99.0, 600.0), // after today: ignored
    ];
    let today = day("2024-03-13");
    let mon = weekly(&acts, today, 3, WeekStart::Monday);
    assert_eq!(mon.len(), 3);
    assert_eq!(mon[0].start, day("2024-02-26"));
    assert_eq!(mon[1].start, day("2024-03-04"));
    assert_eq!(mon[1].run_km, 30.0);
    assert_eq!(mon[1].all_minutes, 250.0);
    assert_eq!(mon[2].run_km, 8.0);
    let sun = weekly(&acts, today, 2, WeekStart::Sunday);
    assert_eq!(sun[0].start, day("2024-03-03"));
    assert_eq!(sun[0].run_km, 10.0);
    assert_eq!(sun[1].run_km, 28.0);
}

#[test]
fn merge_counts_duplicates_and_keeps_the_richer_record() {
    let csv_row = run("2024-03-04T06:02:11Z", 10.02, 52.0);
    let mut from_fit = run("2024-03-04T07:03:05+01:00", 10.0, 52.0);
    from_fit.avg_hr = Some(148.0);
    from_fit.elevation_gain_m = Some(84.0);
    let mut with_rpe = csv_row.clone();
    with_rpe.rpe = Some(5.0);
    assert!(same_activity(&csv_row, &from_fit));
    let other = run("2024-03-04T18:00:00Z", 10.0, 52.0);
    let m = merge(&[with_rpe], vec![from_fit.clone(), other, csv_row.clone()]);
    assert_eq!(m.added, 1);
    assert_eq!(m.duplicates, 2);
    assert_eq!(m.activities.len(), 2);
    let kept = &m.activities[0];
    assert_eq!(kept.avg_hr, Some(148.0));
    assert_eq!(kept.rpe, Some(5.0), "gaps are filled from the other record");
    assert_eq!(kept.start.offset().local_minus_utc(), 3600);
    // Same start, very different distance: two activities (e.g. a run and a ride together).
    let mut ride = csv_row.clone();
    ride.distance_m = 40_000.0;
    assert!(!same_activity(&csv_row, &ride));
    // A wall-clock time without offset matches the same local time with one.
    let naive = run("2024-03-04T07:03:00Z", 10.0, 52.0);
    assert!(same_activity(&naive, &from_fit));
}

#[test]
fn baseline_from_a_month_of_running() {
    let mut acts = Vec::new();
    // Four weeks: 5 runs a week of 8 km plus a long run growing 14..20 km.
    for w in 0..4 {
        for d in 0..5 {
            let mut a = run("2024-02-19T07:00:00Z", 8.0, 45.0);
            a.start += Duration::days(7 * w + d);
            acts.push(a);
        }
        let mut long = run("2024-02-25T07:00:00Z", 14.0 + 2.0 * w as f64, 90.0);
        long.start += Duration::days(7 * w);
        acts.push(long);
    }
    // A 10K race 3 weeks ago, much faster than usual.
    let mut race = run("2024-03-02T09:00:00Z", 10.05, 42.0);
    race.name = Some("Town 10K race".into());
    acts.push(race);
    let today = day("2024-03-17");
    let b = baseline(&acts, today);
    let expected = (4.0 * 5.0 * 8.0 + 14.0 + 16.0 + 18.0 + 20.0 + 10.05) / 4.0;
    assert!(
        (b.weekly_km - expected).abs() < 1e-9,
        "{} vs {expected}",
        b.weekly_km
    );
    assert_eq!(b.longest_run_km, 20.0);
    assert_eq!(b.consistency, 0.5, "4 of the last 8 weeks had runs");
    assert!(b.ctl.unwrap() > 0.0 && b.atl.unwrap() > 0.0);
    let r = b.recent_result.unwrap();
    assert_eq!(r.distance_km, 10.0);
    assert_eq!(r.time_s, 2520);
    assert_eq!(r.date, day("2024-03-02"));
}

#[test]
fn baseline_without_history_is_empty_not_invented() {
    let b = baseline(&[], day("2024-03-17"));
    assert_eq!(b.weekly_km, 0.0);
    assert!(b.weekly_km.is_sign_positive());
    assert_eq!(b.longest_run_km, 0.0);
    assert_eq!(b.consistency, 0.0);
    assert_eq!(b.ctl, None);
    assert_eq!(b.recent_result, None);
}

#[test]
fn merging_many_simultaneous_records_stays_fast() {
    // A hostile or broken CSV: 5,000 rows at the same instant with different distances.
    let rows: Vec<Activity> = (0..5000)
        .map(|i| run("2024-03-04T06:00:00Z", 1.0 + i as f64, 60.0))
        .collect();
    let started = std::time::Instant::now();
    let m = merge(&[], rows);
    assert_eq!(m.added + m.duplicates, 5000);
    assert_eq!(m.activities.len(), m.added);
    assert!(started.elapsed().as_secs() < 20, "{:?}", started.elapsed());
}

#[test]
fn merging_an_export_listed_newest_first_is_not_quadratic() {
    // Strava exports (and the synthetic ones of scripts/make-export.mjs) list the newest first;
    // inserting each at the front of a sorted list shifted the whole list every time.
    let start = DateTime::parse_from_rfc3339("2024-06-30T07:00:00Z").unwrap();
    let newest_first: Vec<Activity> = (0..40_000)
        .map(|i| {
            let mut a = run("2024-06-30T07:00:00Z", 10.0, 60.0);
            a.start = start - Duration::hours(6 * i);
            a
        })
        .collect();
    let mut oldest_first = newest_first.clone();
    oldest_first.reverse();
    let started = std::time::Instant::now();
    let m = merge(&[], newest_first);
    assert!(started.elapsed().as_secs() < 3, "{:?}", started.elapsed());
    assert_eq!((m.added, m.duplicates), (40_000, 0));
    assert_eq!(m, merge(&[], oldest_first));
    assert!(m.activities.windows(2).all(|w| w[0].start < w[1].start));
}

#[test]
fn equal_starts_keep_the_order_they_came_in() {
    // Two different activities at one instant (a run and a swim of very different distance).
    let a = run("2024-03-04T06:00:00Z", 10.0, 60.0);
    let b = run("2024-03-04T06:00:00Z", 30.0, 60.0);
    let c = run("2024-03-04T06:00:00Z", 50.0, 60.0);
    let m = merge(&[a.clone(), b.clone()], vec![c.clone()]);
    assert_eq!(m.activities, vec![a, b, c]);
}

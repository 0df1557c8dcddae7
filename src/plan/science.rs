//! The numbers the planner rests on, by race distance, experience and volume, with their sources.
//! Every table here is traceable to ../shared/notes/science.md; keep the two in step.

use super::model::{DeloadCadence, Experience};

/// Weekly volume below which a runner counts as low-volume for recovery (about 20 mi/week;
/// Aaptiv, "What Exactly Is De-Training": casual racers under ~20 mi/week need less recovery).
pub const LOW_VOLUME_KM: f64 = 32.0;
/// Weekly volume above which a runner counts as hard-trained (longer recovery after a race).
pub const HIGH_VOLUME_KM: f64 = 80.0;
/// Default cap on week-over-week volume growth (the common "10% rule", Buist 2008).
pub const MAX_WEEKLY_GROWTH: f64 = 1.10;
/// Highest acute:chronic workload ratio a planned week may reach (Gabbett 2016 "sweet spot" 0.8-1.3).
pub const MAX_ACWR: f64 = 1.3;
/// A single run may exceed the longest run of the previous 30 days by at most this factor
/// (Frandsen 2025, BJSM: runs 10-30% longer raised injury risk, HRR 1.64).
pub const LONG_RUN_GUARD: f64 = 1.10;
/// A run this short is always allowed, even with no recent running (about 20 minutes).
pub const MIN_RUN_KM: f64 = 3.0;
/// Deepest allowed deload: "volume cut by up to 50%" (Cleveland Clinic).
pub const MAX_DELOAD_DEPTH: f64 = 0.5;
/// The default deload for runners (kept beside `Settings`, whose default it is).
pub use super::model::DEFAULT_DELOAD_DEPTH;
/// The week after a deload returns to this share of the last load week: "it may take a week or
/// two to comfortably work your way back to your pre-deload starting point" (Cleveland Clinic),
/// so ~90-100 %, after which the climb resumes from there.
pub const RAMP_BACK_SHARE: f64 = 0.95;
/// Days before an A race in which weekly volume never rises: a load week ending within them holds
/// the last load week's volume, then the taper or race week lowers it. Bosquet et al. 2007 put the
/// best taper at 8-14 days of reduced volume, and Friel's rule for short time is "shorten base
/// first, never skip the taper" (science.md, "Plan length and phases"); so an A race closer than
/// its usual build (a 5K three weeks out) gets hold-then-taper, never a late climb.
pub const HOLD_DAYS_BEFORE_A_RACE: i64 = 14;
/// Fraction of the peak load week kept in the last week of a taper: Bosquet et al. 2007 found the
/// best gains with volume reduced 41-60%, progressively, intensity and frequency kept.
pub const TAPER_FLOOR: f64 = 0.5;
/// A past week run below this share of its plan is a low week: the next weeks rebuild from what
/// was run under the usual ramp limits, not from the old numbers. "It takes two to four weeks of
/// skipped workouts before muscle loss occurs" (Cleveland Clinic): a missed week is not lost
/// fitness, so the rebuild starts from the actual load and climbs back by the 10% rule.
pub const LOW_WEEK_SHARE: f64 = 0.6;
/// A past week run below this share of its plan is largely missed; two or more in a row give an
/// easy re-entry week before quality sessions return (product practice, science.md "Adapting to
/// what was done": Runna realigns after 3 or more missed sessions; runners ask that 2-4 missed
/// sessions give an easy bridge and 5 or more a stepped return).
pub const MISSED_WEEK_SHARE: f64 = 0.3;
/// Consecutive largely missed weeks that call for a re-entry week.
pub const REENTRY_AFTER_WEEKS: u32 = 2;
/// More than planned never raises the ramp: the week is handed on at its plan ("a single unusually
/// hard run should not trigger big changes", science.md), while the 30-day long-run guard counts
/// the runs actually done (Frandsen 2025), so a missed long run is not made up by a longer one.
pub const EXTRA_WEEK_SHARE: f64 = 1.2;
/// Days before an A race laid out from race day whatever the week start: the race week's last
/// six days and the day before them (a marathon's last long run, about 7 days out). Tapers are
/// counted in days back from race day (Bosquet et al. 2007: 8-14 days; coaching practice by
/// distance, science.md "Taper"), so the week a calendar starts on must not move them.
pub const RACE_RELATIVE_DAYS_BEFORE_A: i64 = 7;
/// The fewest days before a B race laid out from race day: a B race's mini-taper is "a short
/// reduction of 2-5 days" (science.md, "Taper", by race priority), counted back from race day.
pub const RACE_RELATIVE_DAYS_BEFORE_B: i64 = 3;
/// Share of weekly time run easy (the "80/20" distribution).
pub const EASY_SHARE: f64 = 0.8;

/// Race-ready form (TSB) on race day: +5 to +25 on TrainingPeaks' TSS scale (science.md,
/// "Fitness and fatigue"), where an easy hour (IF 0.7) scores 49. The planner's load is TRIMP,
/// where an easy hour (HRr 0.6) scores ~73 (`projection::trimp`), so the range is read on that
/// scale: about +7 to +37.
pub fn race_ready_tsb() -> (f64, f64) {
    let k = super::projection::trimp(60.0, 0.6) / 49.0;
    (5.0 * k, 25.0 * k)
}

/// Interpolates a table of (km, value) points, clamping outside the table.
fn interpolate(table: &[(f64, f64)], km: f64) -> f64 {
    let (Some(first), Some(last)) = (table.first(), table.last()) else {
        return 0.0;
    };
    if km <= first.0 {
        return first.1;
    }
    if km >= last.0 {
        return last.1;
    }
    for pair in table.windows(2) {
        if let [(x0, y0), (x1, y1)] = pair {
            if km <= *x1 {
                return y0 + (y1 - y0) * (km - x0) / (x1 - x0);
            }
        }
    }
    last.1
}

/// Days of taper before an A race, counted back from race day: 5K/10K 7-10 days, half 10-14,
/// marathon and longer 2-3 weeks (coaching practice; Bosquet et al. 2007: 8-14 days best
/// overall). The half takes the range's low end, 10: published 12-week half plans keep their
/// peak week to the last 8-10 days (Higdon's Half Marathon Novice 2: 23 mi and a 12 mi long run
/// in week 11, only race week lighter), and the planner lays the taper out by days, so a 10-day
/// taper is the race week and the last 4 days of the week before it.
pub fn taper_days(race_km: f64) -> f64 {
    interpolate(
        &[
            (5.0, 8.0),
            (10.0, 10.0),
            (21.1, 10.0),
            (42.2, 19.0),
            (100.0, 21.0),
        ],
        race_km,
    )
}

/// Days of mini-taper before a B race (2-5 days by distance).
pub fn mini_taper_days(race_km: f64) -> u32 {
    interpolate(&[(5.0, 2.0), (21.1, 3.0), (42.2, 5.0)], race_km).round() as u32
}

/// Easy days after a race, by distance and the runner's weekly volume: 5K/10K 2-3 days (up to a
/// week when hard-trained), half ~1 week, marathon a 2-3 week reverse taper (Aaptiv, "De-Training").
/// Quality returns the day after them: after 2-5 easy days for a 5K or 10K. The same source sizes
/// recovery by what was raced, so once a race is run `race_km` is the distance run that day (a
/// marathon stopped at half-way recovers like a half: `recovery::raced_km`).
pub fn recovery_days(race_km: f64, weekly_km: f64) -> u32 {
    let normal = interpolate(
        &[
            (5.0, 2.0),
            (10.0, 3.0),
            (21.1, 7.0),
            (42.2, 17.0),
            (100.0, 24.0),
        ],
        race_km,
    );
    let scale = if weekly_km < LOW_VOLUME_KM {
        0.75
    } else if weekly_km >= HIGH_VOLUME_KM {
        1.25
    } else {
        1.0
    };
    // The folk rule "one easy day per mile raced" bounds the top.
    let per_mile_cap = (race_km / 1.609_344).max(2.0);
    (normal * scale).min(per_mile_cap).round().max(1.0) as u32
}

/// The fewest weeks recommended to prepare for an A race of this distance (typical plans: 5K/10K
/// 6-10 weeks, half 10-14, marathon 16-20; novices longer).
pub fn min_weeks(race_km: f64, experience: Experience) -> u32 {
    let table: &[(f64, f64)] = match experience {
        Experience::Beginner => &[
            (5.0, 8.0),
            (10.0, 10.0),
            (21.1, 14.0),
            (42.2, 20.0),
            (100.0, 28.0),
        ],
        _ => &[
            (5.0, 6.0),
            (10.0, 6.0),
            (21.1, 10.0),
            (42.2, 16.0),
            (100.0, 20.0),
        ],
    };
    interpolate(table, race_km).round() as u32
}

/// The longest long run worth doing for a race of this distance, in km.
pub fn long_run_cap(race_km: f64) -> f64 {
    interpolate(
        &[
            (5.0, 14.0),
            (10.0, 18.0),
            (21.1, 22.0),
            (42.2, 34.0),
            (50.0, 38.0),
            (100.0, 48.0),
        ],
        race_km,
    )
}

/// Share of the week's volume the long run may take: about 25-30 % of the week for most runners
/// (Daniels' Running Formula: an L run is at most 25 % of weekly mileage, 30 % under 40 mi/week;
/// Hansons Marathon Method: no long run above 25-30 % of the week), up to about a third for a
/// marathon (Pfitzinger & Douglas' 18/55 plan: 20 of 55 mi) and a little more for runners with
/// fewer runs a week (novice plans run a larger share), at most 40 %.
pub fn long_run_share(race_km: f64, runs_per_week: u32) -> f64 {
    let by_distance = interpolate(
        &[
            (5.0, 0.25),
            (10.0, 0.27),
            (21.1, 0.30),
            (42.2, 0.33),
            (100.0, 0.36),
        ],
        race_km,
    );
    let few_runs = 0.03 * (5.0 - f64::from(runs_per_week)).max(0.0);
    (by_distance + few_runs).min(0.4)
}

/// The longest a long run may last, in minutes: Daniels caps an L run at 150 minutes; marathon
/// plans go to about 3 hours at most (Hansons Marathon Method: ~2.5-3 h; Pfitzinger's 20-22 mi
/// runs take most runners 2.5-3 h). So 150 minutes up to a half, 180 for a marathon and longer.
pub fn long_run_minutes(race_km: f64) -> f64 {
    interpolate(&[(21.1, 150.0), (42.2, 180.0)], race_km)
}

/// The long run 7 days before a marathon (or longer race) is at most this share of the peak long
/// run: published marathon tapers run ~12-13 mi a week out after 20-22 mi peaks (Pfitzinger &
/// Douglas, *Advanced Marathoning*) or 8-10 mi after 20 (Higdon), so ~40-60 %.
pub const LAST_LONG_BEFORE_MARATHON: f64 = 0.6;

/// How far above today's volume a build may take the runner's peak week, by experience.
///
/// Published plans build from about 55-77 % of their peak to the peak: Pfitzinger & Douglas,
/// *Advanced Marathoning* 18/55 runs 33 -> 55 mi (60 %); Pfitzinger & Latter, *Faster Road Racing*
/// half marathon 12/47 runs 31 -> 47 mi (66 %); Higdon's Intermediate 1 marathon 24 -> 44 mi (55 %).
/// So an intermediate's peak is at most ~1.8x today's volume, an advanced runner's 2x; a beginner's
/// build grows less (1.5x, with [`needed_km`] as its floor, so a first race can still be prepared)
/// and a masters runner's a little less than an intermediate's (slower recovery, Friel).
pub fn peak_ceiling(experience: Experience) -> f64 {
    match experience {
        Experience::Beginner => 1.5,
        Experience::Intermediate => 1.8,
        Experience::Advanced => 2.0,
        Experience::Masters => 1.6,
    }
}

/// The peak week a build aims for: the runner's maximum, unless the experience ceiling relative to
/// today's volume (`start_km`) holds it lower; never below what the race needs (within the maximum).
pub fn peak_km(start_km: f64, race_km: f64, experience: Experience, max_km: f64) -> f64 {
    (peak_ceiling(experience) * start_km)
        .max(needed_km(race_km))
        .max(start_km)
        .min(max_km)
}

/// The least weekly volume a plan runs: three short runs (or fewer when fewer are chosen), within
/// the runner's maximum.
pub fn floor_km(runs_per_week: u8, max_km: f64) -> f64 {
    (MIN_RUN_KM * f64::from(runs_per_week.min(3))).min(max_km)
}

/// The volume a plan starts from: today's weekly volume, at least the floor, at most the maximum.
pub fn start_km(weekly_km: f64, runs_per_week: u8, max_km: f64) -> f64 {
    weekly_km.max(floor_km(runs_per_week, max_km)).min(max_km)
}

/// The least weekly volume a race of this distance needs to be run in reasonable shape, in km.
pub fn needed_km(race_km: f64) -> f64 {
    interpolate(
        &[
            (5.0, 15.0),
            (10.0, 20.0),
            (21.1, 30.0),
            (42.2, 45.0),
            (100.0, 60.0),
        ],
        race_km,
    )
}

/// Load weeks before a deload for a cadence (Friel: 3 load + 1 recovery typical, 2:1 for older
/// athletes; Cleveland Clinic: every 6-8 weeks in high-intensity training).
pub fn load_weeks(cadence: DeloadCadence, experience: Experience) -> u32 {
    match cadence {
        DeloadCadence::Every3 => 2,
        DeloadCadence::Every4 => 3,
        DeloadCadence::Every6To8 => 6,
        DeloadCadence::Auto => match experience {
            Experience::Beginner | Experience::Masters => 2,
            _ => 3,
        },
    }
}

/// A typical easy pace in seconds per km, used for durations when no pace is known.
pub fn default_easy_pace(experience: Experience) -> f64 {
    match experience {
        Experience::Beginner => 420.0,
        Experience::Intermediate => 370.0,
        Experience::Advanced => 320.0,
        Experience::Masters => 390.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tapers_match_coaching_ranges() {
        assert!((7.0..=10.0).contains(&taper_days(5.0)));
        assert!((7.0..=10.0).contains(&taper_days(10.0)));
        assert!((10.0..=14.0).contains(&taper_days(21.0975)));
        assert!((14.0..=21.0).contains(&taper_days(42.195)));
        assert!((2..=5).contains(&mini_taper_days(5.0)));
        assert!((2..=5).contains(&mini_taper_days(42.195)));
    }

    #[test]
    fn recovery_scales_with_distance_and_volume() {
        assert!((2..=3).contains(&recovery_days(5.0, 40.0)));
        assert!((6..=8).contains(&recovery_days(21.0975, 40.0)));
        assert!((14..=21).contains(&recovery_days(42.195, 50.0)));
        assert!(recovery_days(42.195, 20.0) < recovery_days(42.195, 90.0));
        assert!(recovery_days(5.0, 100.0) <= 7);
    }

    #[test]
    fn deload_cadence_follows_settings() {
        assert_eq!(load_weeks(DeloadCadence::Every4, Experience::Beginner), 3);
        assert_eq!(load_weeks(DeloadCadence::Auto, Experience::Masters), 2);
        assert_eq!(
            load_weeks(DeloadCadence::Every6To8, Experience::Advanced),
            6
        );
    }
}

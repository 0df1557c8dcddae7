//! After a race, by its distance (science.md, "Post-race recovery"): how many easy days before
//! quality returns, the days of full rest, the reverse taper's weekly share of the plan's own
//! peak week, and how long each recovery run may last.
//!
//! 5K/10K: 2-3 easy days (up to ~a week when hard-trained), so quality returns after 2-5 easy
//! days; half: ~1 week; marathon: a 2-3 week reverse taper with runs of at most 60 minutes,
//! starting with rest and short easy runs (Aaptiv, "What Exactly Is De-Training"; VO2max is back
//! within 7 days of a marathon, but soreness and muscle damage linger).
//!
//! How long also depends on "how hard and how much the athlete trained" (same source): the easy
//! days are sized from the plan's own training weeks before the race ([`days_from_plan`]), what
//! was run standing in for the plan where the season has runs.

use chrono::{Duration, NaiveDate};

use super::kinds::WeekKind;
use super::model::Race;
use super::output::Week;
use super::science;
use super::status::DayStatus;

/// Training weeks before a race that say how much the runner trained for it.
const WEEKS_SEEN: usize = 4;

/// The weekly volume the runner trained at before `race`: the mean of the last
/// [`WEEKS_SEEN`] training weeks (load, ramp-back or deload; not a taper, race or recovery week)
/// that end before race day, each counted as run where it is past (`today`), as planned
/// otherwise. None when no training week precedes the race.
pub fn trained_weekly_km(weeks: &[Week], race: &Race, today: NaiveDate) -> Option<f64> {
    let seen: Vec<f64> = weeks
        .iter()
        .filter(|w| w.start + Duration::days(7) <= race.date)
        .filter(|w| {
            matches!(
                w.kind,
                WeekKind::Load | WeekKind::RampBack | WeekKind::Deload
            )
        })
        .rev()
        .take(WEEKS_SEEN)
        .map(|w| {
            if w.start + Duration::days(7) <= today {
                w.actual_km.unwrap_or(w.km)
            } else {
                w.km
            }
        })
        .collect();
    (!seen.is_empty()).then(|| seen.iter().sum::<f64>() / seen.len() as f64)
}

/// The distance raced: once race day is past and what was run on it is known, that (at most the
/// race's distance: a warm-up and cool-down do not lengthen the recovery, a race cut short or not
/// run shortens it); else the race's distance.
pub fn raced_km(weeks: &[Week], race: &Race, today: NaiveDate) -> f64 {
    let full = race.distance.km();
    if race.date >= today {
        return full;
    }
    let day = weeks
        .iter()
        .flat_map(|w| &w.days)
        .find(|d| d.date == race.date);
    match day {
        Some(d) if matches!(d.status, DayStatus::Missed | DayStatus::Skipped) => 0.0,
        Some(d) => d.actual.map_or(full, |a| a.km.clamp(0.0, full)),
        None => full,
    }
}

/// Easy days after each race, sized from the plan's own weeks before it and, once it is run,
/// from the distance raced; a race with no training week before it keeps its `estimate` (the
/// pre-plan figure).
pub fn days_from_plan(
    races: &[Race],
    weeks: &[Week],
    estimate: &[u32],
    today: NaiveDate,
) -> Vec<u32> {
    races
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let raced = raced_km(weeks, r, today);
            match trained_weekly_km(weeks, r, today) {
                Some(km) => science::recovery_days(raced, km),
                None => estimate.get(i).copied().unwrap_or(1),
            }
        })
        .collect()
}

/// Days of full rest right after a race: the day after a half or longer, two after a marathon.
pub fn rest_days(race_km: f64) -> i64 {
    if race_km >= 40.0 {
        2
    } else if race_km >= 20.0 {
        1
    } else {
        0
    }
}

/// The first recovery week's share of the plan's own peak week (the last load week before the
/// race): a marathon's at most 40 % ("reverse taper"), a half's half, a shorter race's 60 %.
pub fn first_week_share(race_km: f64) -> f64 {
    if race_km >= 40.0 {
        0.35
    } else if race_km >= 20.0 {
        0.5
    } else {
        0.6
    }
}

/// The share of the peak week in recovery week `week` of `of`: from the first week's share,
/// climbing evenly toward 80 % (the week after the last recovery week returns to training).
pub fn week_share(race_km: f64, week: u32, of: u32) -> f64 {
    let first = first_week_share(race_km);
    let steps = f64::from(of.max(1));
    first + (0.8 - first) * f64::from(week.saturating_sub(1)) / steps
}

/// The longest a run may last in recovery week `week` after a race, in minutes: after a
/// marathon 30 minutes in the first week, 45 in the second, 60 from the third; an hour after
/// shorter races.
pub fn run_minutes(race_km: f64, week: u32) -> f64 {
    if race_km >= 40.0 {
        match week {
            0 | 1 => 30.0,
            2 => 45.0,
            _ => 60.0,
        }
    } else {
        60.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marathon_reverse_taper_starts_low_and_short() {
        assert!(first_week_share(42.195) <= 0.4);
        assert!(week_share(42.195, 1, 3) < week_share(42.195, 2, 3));
        assert!(week_share(42.195, 3, 3) < 0.8);
        assert!(run_minutes(42.195, 1) < run_minutes(42.195, 2));
        assert!(run_minutes(42.195, 3) <= 60.0);
        assert_eq!(rest_days(42.195), 2);
        assert_eq!(rest_days(5.0), 0);
    }
}

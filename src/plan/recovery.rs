//! After a race, by its distance (science.md, "Post-race recovery"): how many easy days before
//! quality returns, the days of full rest, the reverse taper's weekly share of the plan's own
//! peak week, and how long each recovery run may last.
//!
//! 5K/10K: 2-3 easy days (up to ~a week when hard-trained), so quality returns after 2-5 easy
//! days; half: ~1 week; marathon: a 2-3 week reverse taper with runs of at most 60 minutes,
//! starting with rest and short easy runs (Aaptiv, "What Exactly Is De-Training"; VO2max is back
//! within 7 days of a marathon, but soreness and muscle damage linger).

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

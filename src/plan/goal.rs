//! Reading a race time the runner typed: "3:29:00", "47:30", "3:30" or "50" (minutes), checked
//! against what a runner can run over the distance. "3:30" for a half marathon cannot be
//! 3 min 30 s, so it is read as 3 h 30 min; a time no runner could run is refused with the bound.
//!
//! The bounds: no faster than the (men's) world record over the distance — 5 km
//! 12:35, 10 km 26:11 (Cheptegei, track, 2020), half marathon 57:30 (Kejelcha, 2024), marathon
//! 2:00:35 (Kiptum, 2023), 100 km 6:05:35 (Sorokin, 2022); other distances (a 50K, a custom
//! one) no faster than 2:30 min/km (quicker than every record from 5 km up). No slower than 15 min/km, a walk
//! (4 km/h): mass races close before that (big-city marathons at 6-8 h, i.e. 8.5-11.5 min/km).

use super::text::hms;

/// The slowest pace a race time may mean, in seconds per km (a 4 km/h walk).
pub const SLOWEST_S_PER_KM: f64 = 15.0 * 60.0;

/// The fastest pace a race time may mean over a distance without its own record, s/km.
pub const FASTEST_S_PER_KM: f64 = 150.0;

/// Why a typed race time was not taken; each message is written for the field.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum GoalError {
    /// Not a time at all.
    #[error("Write the time as h:mm:ss or mm:ss, e.g. 3:45:00.")]
    NotATime,
    /// Faster than anyone has run the distance.
    #[error("Faster than the world record ({}) for this distance: write it as h:mm:ss.", hms(*.fastest_s))]
    TooFast {
        /// The fastest time taken for the distance.
        fastest_s: u32,
    },
    /// Slower than a walk: no race stays open that long.
    #[error("Slower than walking pace (15 min/km, {} here): races close before that.", hms(*.slowest_s))]
    TooSlow {
        /// The slowest time taken for the distance.
        slowest_s: u32,
    },
}

/// The fastest time taken over `km`: the world record for the standard distances.
pub fn fastest_s(km: f64) -> u32 {
    const RECORDS: [(f64, u32); 5] = [
        (5.0, 12 * 60 + 35),
        (10.0, 26 * 60 + 11),
        (21.0975, 57 * 60 + 30),
        (42.195, 2 * 3600 + 35),
        (100.0, 6 * 3600 + 5 * 60 + 35),
    ];
    RECORDS
        .iter()
        .find(|(d, _)| (d - km).abs() < 0.01)
        .map_or((km * FASTEST_S_PER_KM) as u32, |(_, s)| *s)
}

/// The slowest time taken over `km`.
pub fn slowest_s(km: f64) -> u32 {
    (km * SLOWEST_S_PER_KM).round() as u32
}

/// Parses "h:mm:ss", "mm:ss" or plain minutes into seconds; `None` if it is not a time.
pub fn parse_hms(text: &str) -> Option<u32> {
    let nums: Option<Vec<u32>> = text
        .trim()
        .split(':')
        .map(|p| p.trim().parse().ok())
        .collect();
    let secs = match nums?.as_slice() {
        [m] => m.checked_mul(60)?,
        [m, s] if *s < 60 => m.checked_mul(60)?.checked_add(*s)?,
        [h, m, s] if *m < 60 && *s < 60 => h.checked_mul(3600)?.checked_add(m * 60 + s)?,
        _ => return None,
    };
    (secs > 0).then_some(secs)
}

/// Reads a time typed for a race of `km`: two parts are minutes:seconds unless that is faster
/// than the record and hours:minutes is a time a runner could run.
pub fn read_race_time(text: &str, km: f64) -> Result<u32, GoalError> {
    let secs = parse_hms(text).ok_or(GoalError::NotATime)?;
    let (fastest_s, slowest_s) = (fastest_s(km), slowest_s(km));
    let two_parts = text.trim().split(':').count() == 2;
    let secs = if two_parts && secs < fastest_s && secs.saturating_mul(60) <= slowest_s {
        secs * 60
    } else {
        secs
    };
    if secs < fastest_s {
        Err(GoalError::TooFast { fastest_s })
    } else if secs > slowest_s {
        Err(GoalError::TooSlow { slowest_s })
    } else {
        Ok(secs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HALF: f64 = 21.0975;
    const MARATHON: f64 = 42.195;

    #[test]
    fn parses_times() {
        assert_eq!(parse_hms("3:29:00"), Some(12540));
        assert_eq!(parse_hms("45:30"), Some(2730));
        assert_eq!(parse_hms("50"), Some(3000));
        assert_eq!(parse_hms("1:75:00"), None);
        assert_eq!(parse_hms("abc"), None);
        assert_eq!(parse_hms(""), None);
        assert_eq!(parse_hms("99999999:00:00"), None, "overflow is no time");
    }

    #[test]
    fn two_parts_are_hours_and_minutes_when_minutes_and_seconds_cannot_be() {
        assert_eq!(read_race_time("3:30", HALF), Ok(3 * 3600 + 30 * 60));
        assert_eq!(read_race_time("1:45", HALF), Ok(3600 + 45 * 60));
        assert_eq!(read_race_time("47:30", 10.0), Ok(47 * 60 + 30));
        assert_eq!(read_race_time("25:00", 5.0), Ok(25 * 60));
        assert_eq!(read_race_time("3:30", MARATHON), Ok(3 * 3600 + 30 * 60));
        assert_eq!(read_race_time("3:30:00", MARATHON), Ok(12600));
    }

    #[test]
    fn refuses_what_no_runner_could_run_and_says_the_bound() {
        // 330 minutes for a half is slower than a walk.
        let slow = read_race_time("330", HALF).unwrap_err();
        assert_eq!(
            slow,
            GoalError::TooSlow {
                slowest_s: slowest_s(HALF)
            }
        );
        assert!(slow.to_string().contains("5:16:28"), "{slow}");
        let fast = read_race_time("1:50:00", MARATHON).unwrap_err();
        assert!(fast.to_string().contains("2:00:35"), "{fast}");
        assert_eq!(read_race_time("fast", 10.0), Err(GoalError::NotATime));
        // A 3:30 5K is neither 3 min 30 s nor 3 h 30 min (a 42 min/km walk).
        assert!(matches!(
            read_race_time("3:30", 5.0),
            Err(GoalError::TooFast { .. })
        ));
        assert_eq!(fastest_s(33.0), 33 * 150);
    }
}

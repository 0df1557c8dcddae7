//! What every week of one plan shares: the validated input, sorted races, available days and paces.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::model::{PlanInput, Priority, Race, Settings};
use super::pace::PaceBasis;
use super::science;

/// Shared, read-only facts for building the weeks of one plan.
pub struct Ctx<'a> {
    pub input: &'a PlanInput,
    pub races: &'a [Race],
    /// `available[d]` for weekday `d` counted from Monday.
    pub available: [bool; 7],
    /// The weekday the long run goes on (the chosen one, or the nearest available).
    pub long_day: Weekday,
    /// Pace basis per race (index into `races`), where a goal or result allows one.
    pub paces: Vec<Option<PaceBasis>>,
    /// The easy pace used for durations when no pace basis is known, s/km.
    pub default_easy: f64,
    /// The least weekly volume a plan starts from, km.
    pub floor_km: f64,
    /// Last day of each race's recovery window (index into `races`).
    pub recovery_end: Vec<NaiveDate>,
}

impl<'a> Ctx<'a> {
    /// Gathers the shared facts for `input` with its validated, sorted `races`.
    pub fn new(input: &'a PlanInput, races: &'a [Race]) -> Self {
        let s: &Settings = &input.settings;
        let mut available = [false; 7];
        for d in &s.available_days {
            available[d.num_days_from_monday() as usize] = true;
        }
        let long_day = nearest_available(s.long_run_day, &available);
        let paces = races
            .iter()
            .map(|r| {
                let km = r.distance.km();
                r.goal_time_s
                    .and_then(|g| PaceBasis::from_goal(km, f64::from(g)))
                    .or_else(|| {
                        input.baseline.recent_result.and_then(|res| {
                            PaceBasis::from_result(res.distance_km, f64::from(res.time_s), km)
                        })
                    })
            })
            .collect();
        let floor_km =
            (science::MIN_RUN_KM * f64::from(s.runs_per_week.min(3))).min(s.max_weekly_km);
        let weekly = input.baseline.weekly_km;
        let recovery_end = races
            .iter()
            .map(|r| {
                r.date + Duration::days(i64::from(science::recovery_days(r.distance.km(), weekly)))
            })
            .collect();
        Ctx {
            input,
            races,
            available,
            long_day,
            paces,
            default_easy: science::default_easy_pace(s.experience),
            floor_km,
            recovery_end,
        }
    }

    /// Whether the runner can train on `date`.
    pub fn is_available(&self, date: NaiveDate) -> bool {
        self.available[date.weekday().num_days_from_monday() as usize]
    }

    /// The race on `date`, if any.
    pub fn race_on(&self, date: NaiveDate) -> Option<usize> {
        self.races.iter().position(|r| r.date == date)
    }

    /// Whether `date` is an easy day after a race: inside a recovery window.
    pub fn is_post_race(&self, date: NaiveDate) -> bool {
        self.races
            .iter()
            .zip(&self.recovery_end)
            .any(|(r, end)| r.date < date && date <= *end)
    }

    /// Whether `date` is the day after a race of half-marathon length or more (a rest day).
    pub fn is_rest_after_long_race(&self, date: NaiveDate) -> bool {
        self.races
            .iter()
            .any(|r| r.date + Duration::days(1) == date && r.distance.km() >= 20.0)
    }

    /// Days from `date` to the next race (0 on race day), if a race follows within a week.
    pub fn days_to_race(&self, date: NaiveDate) -> Option<(i64, usize)> {
        self.races
            .iter()
            .enumerate()
            .map(|(i, r)| ((r.date - date).num_days(), i))
            .find(|(d, _)| (0..=7).contains(d))
    }

    /// How many days before race `race` stay free of quality sessions.
    pub fn quiet_days_before(&self, race: usize) -> i64 {
        let Some(r) = self.races.get(race) else {
            return 1;
        };
        match r.priority {
            Priority::A => 3,
            Priority::B => i64::from(science::mini_taper_days(r.distance.km())),
            Priority::C => 1,
        }
    }

    /// The easy pace for a target race: from its pace basis, else the default.
    pub fn easy_pace(&self, target: usize) -> f64 {
        self.paces
            .get(target)
            .copied()
            .flatten()
            .map(|p| p.easy_pace())
            .unwrap_or(self.default_easy)
    }
}

/// The chosen weekday if available, else the nearest available one (later days first on ties).
fn nearest_available(day: Weekday, available: &[bool; 7]) -> Weekday {
    let d = day.num_days_from_monday() as i64;
    for off in 0..7i64 {
        for cand in [d + off, d - off] {
            let idx = cand.rem_euclid(7) as usize;
            if available[idx] {
                return weekday_from(idx);
            }
        }
    }
    day
}

/// Weekday from its index counted from Monday.
pub fn weekday_from(idx: usize) -> Weekday {
    match idx % 7 {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

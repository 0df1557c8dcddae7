//! What every week of one plan shares: the validated input, sorted races, available days and paces.

use chrono::{Datelike, NaiveDate, Weekday};

use super::input::PlanInput;
use super::model::{Priority, Race, Settings};
use super::pace::PaceBasis;
use super::science;
use super::span_ref::SpanRef;

/// What the planner knows about one calendar day of the plan, precomputed once.
#[derive(Clone, Copy, Debug, Default)]
pub struct DayInfo {
    /// The race on this day.
    pub race: Option<usize>,
    /// Inside a race's recovery window.
    pub post_race: bool,
    /// A day of full rest right after a race (the day after a half, two after a marathon).
    pub rest_after_long_race: bool,
    /// Days to the next race within a week (0 on race day), with its index.
    pub next_race: Option<(i64, usize)>,
}

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
    /// The least weekly volume a plan runs, km.
    pub floor_km: f64,
    /// Today's weekly volume as the plan starts from it (within the floor and the maximum), km.
    pub start_km: f64,
    /// Last day of each race's recovery window (index into `races`).
    pub recovery_end: Vec<NaiveDate>,
    /// Easy days after each race (index into `races`).
    pub recovery_days: Vec<u32>,
    /// The plan's first day; `days[i]` describes `start + i`.
    pub start: NaiveDate,
    /// Per-day facts from `start` on (lookups by date are one subtraction, not a scan of races).
    pub days: Vec<DayInfo>,
    /// What the days around each race are sized from, where already known (from the plan with
    /// the ISO week, so the week start does not change them); the rest are taken as the plan
    /// reaches them.
    pub span_refs: Vec<Option<SpanRef>>,
}

impl<'a> Ctx<'a> {
    /// Gathers the shared facts for `input` with its validated, sorted `races`, for the `n_days`
    /// days of the plan starting at `start`.
    /// `recovery[i]` is the number of easy days after race `i`.
    pub fn new(
        input: &'a PlanInput,
        races: &'a [Race],
        start: NaiveDate,
        n_days: usize,
        recovery: &[u32],
    ) -> Self {
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
        let floor_km = science::floor_km(s.runs_per_week, s.max_weekly_km);
        let start_km =
            science::start_km(input.baseline.weekly_km, s.runs_per_week, s.max_weekly_km);
        let recovery_end: Vec<NaiveDate> = (0..races.len())
            .filter_map(|i| super::frame::recovery_end(races, recovery, i))
            .collect();
        let days = day_table(races, &recovery_end, start, n_days);
        Ctx {
            input,
            races,
            available,
            long_day,
            paces,
            default_easy: science::default_easy_pace(s.experience),
            floor_km,
            start_km,
            recovery_end,
            recovery_days: recovery.to_vec(),
            start,
            days,
            span_refs: Vec::new(),
        }
    }

    /// The precomputed facts for `date` (defaults outside the plan).
    pub fn day(&self, date: NaiveDate) -> DayInfo {
        usize::try_from((date - self.start).num_days())
            .ok()
            .and_then(|i| self.days.get(i).copied())
            .unwrap_or_default()
    }

    /// Whether the runner can train on `date`.
    pub fn is_available(&self, date: NaiveDate) -> bool {
        self.available[date.weekday().num_days_from_monday() as usize]
    }

    /// The race on `date`, if any.
    pub fn race_on(&self, date: NaiveDate) -> Option<usize> {
        self.day(date).race
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

    /// How many days before race `race` stay free of long runs (a week before an A race).
    pub fn long_quiet_days_before(&self, race: usize) -> i64 {
        match self.races.get(race).map(|r| r.priority) {
            Some(Priority::A) => 6,
            Some(Priority::B) => self.quiet_days_before(race),
            _ => 1,
        }
    }

    /// The A race due within `days` days after `last_day` (and after it), if any.
    pub fn a_race_within(&self, last_day: NaiveDate, days: i64) -> Option<usize> {
        self.races.iter().position(|r| {
            r.priority == Priority::A && r.date > last_day && (r.date - last_day).num_days() <= days
        })
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

/// Builds the per-day table: races, recovery windows, rest after long races, next race.
fn day_table(
    races: &[Race],
    recovery_end: &[NaiveDate],
    start: NaiveDate,
    n_days: usize,
) -> Vec<DayInfo> {
    let mut days = vec![DayInfo::default(); n_days];
    let index = |date: NaiveDate| usize::try_from((date - start).num_days()).ok();
    // Later races first, so the nearest race wins where look-ahead windows overlap.
    for (i, r) in races.iter().enumerate().rev() {
        let Some(d) = index(r.date) else { continue };
        if let Some(day) = days.get_mut(d) {
            day.race = Some(i);
        }
        for back in 0..=7usize {
            if let Some(day) = d.checked_sub(back).and_then(|k| days.get_mut(k)) {
                day.next_race = Some((back as i64, i));
            }
        }
        for k in 1..=super::recovery::rest_days(r.distance.km()) as usize {
            if let Some(day) = days.get_mut(d + k) {
                day.rest_after_long_race = true;
            }
        }
        let end = recovery_end.get(i).and_then(|e| index(*e)).unwrap_or(d);
        for day in days.iter_mut().take(end + 1).skip(d + 1) {
            day.post_race = true;
        }
    }
    days
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

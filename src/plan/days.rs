//! Lays one week's volume out over its days: the long run on the long-run day, quality sessions
//! spread away from it, easy runs on the other chosen days, rest (or cross-training) elsewhere.

use chrono::{Datelike, Duration, NaiveDate};

use super::context::{Ctx, DayInfo};
use super::kinds::{Effort, WorkoutKind};
use super::output::{Day, DayNote};
use super::science::{EASY_SHARE, MIN_RUN_KM};

/// What the week builder asks the layout for.
#[derive(Clone, Debug)]
pub struct WeekTarget {
    /// Running km excluding races.
    pub training_km: f64,
    /// The long run, 0 when the week has none.
    pub long_km: f64,
    /// Running days including races.
    pub runs: u32,
    /// Quality sessions wanted, in order of importance.
    pub quality: [Option<WorkoutKind>; 2],
    /// No single run may be longer than this (30-day guard, 60-minute recovery runs).
    pub run_cap_km: f64,
    /// The longest long run worth doing for the target race.
    pub long_cap_km: f64,
    /// No run but the long run may be longer than this (a lighter week's runs stay within the
    /// week before's, so its volume is not pushed into the other days).
    pub other_cap_km: f64,
    /// Suggest a cross-training session on a free available day.
    pub cross: bool,
    /// Share of a quality session run hard (shorter in a taper).
    pub hard_scale: f64,
    /// The race the week trains for (for paces).
    pub target: usize,
}

/// Share of a quality session's minutes at quality effort.
fn hard_share(kind: WorkoutKind) -> f64 {
    match kind {
        WorkoutKind::Tempo => 0.4,
        WorkoutKind::Intervals => 0.3,
        WorkoutKind::RacePace => 0.45,
        WorkoutKind::Hills => 0.15,
        WorkoutKind::Strides => 0.05,
        _ => 0.0,
    }
}

/// How hard a session of this kind feels.
fn effort_of(kind: WorkoutKind, race_km: f64) -> Effort {
    match kind {
        WorkoutKind::Rest => Effort::Rest,
        WorkoutKind::Easy | WorkoutKind::Long | WorkoutKind::Strides | WorkoutKind::Cross => {
            Effort::Easy
        }
        WorkoutKind::Tempo => Effort::Threshold,
        WorkoutKind::Intervals | WorkoutKind::Hills => Effort::Hard,
        WorkoutKind::RacePace if race_km >= 40.0 => Effort::Steady,
        WorkoutKind::RacePace if race_km >= 15.0 => Effort::Threshold,
        WorkoutKind::RacePace => Effort::Hard,
        WorkoutKind::Race => Effort::Race,
    }
}

fn rest(date: NaiveDate, note: Option<DayNote>) -> Day {
    Day {
        date,
        kind: WorkoutKind::Rest,
        km: 0.0,
        minutes: 0.0,
        effort: Effort::Rest,
        pace: None,
        race: None,
        hard_minutes: 0.0,
        note,
        race_name: None,
        status: Default::default(),
        actual: None,
        replaced: None,
        user_note: None,
        conflict: None,
    }
}

/// Lays out all seven days starting at `start`, today or not (a race-aligned week: its days are
/// the same whichever of them today is; the calendar keeps the past ones as planned).
pub fn layout_whole(ctx: &Ctx, start: NaiveDate, t: &WeekTarget) -> Vec<Day> {
    lay(ctx, start, t, &[], FixedLimits::NONE, start)
}

/// What the days laid out from race day must stay within in a calendar week: their total (a
/// taper week never outgrows the one before) and each run (the 30-day guard of the week).
#[derive(Clone, Copy, Debug)]
pub struct FixedLimits {
    pub total: f64,
    pub run: f64,
}

impl FixedLimits {
    /// No limit (a race-aligned week laid out on its own).
    pub const NONE: FixedLimits = FixedLimits {
        total: f64::INFINITY,
        run: f64::INFINITY,
    };
}

/// The `fixed` days within `limits`: each run at most the run limit, then all scaled down
/// together where their total is above the total limit. Within the limits they are unchanged.
fn within(fixed: &[Day], limits: FixedLimits) -> Vec<Day> {
    let scale = |d: &Day, k: f64| {
        if d.km * k < 0.05 {
            // Scaled to nothing: a rest day, not a session without distance.
            return rest(d.date, d.note);
        }
        Day {
            km: d.km * k,
            minutes: d.minutes * k,
            hard_minutes: d.hard_minutes * k,
            ..d.clone()
        }
    };
    let capped: Vec<Day> = fixed
        .iter()
        .map(|d| {
            if d.km > limits.run && d.km > 0.0 {
                scale(d, limits.run.max(0.0) / d.km)
            } else {
                d.clone()
            }
        })
        .collect();
    let total: f64 = capped.iter().map(|d| d.km).sum();
    if total > limits.total && total > 0.0 {
        let k = limits.total.max(0.0) / total;
        capped.iter().map(|d| scale(d, k)).collect()
    } else {
        capped
    }
}

/// Lays out the seven days starting at `start` around the `fixed` days (the days around a race,
/// laid out from race day): those stay as they are within the week's `limits`, and the rest of
/// the week's volume, runs and sessions go on the other days.
pub fn layout_around(
    ctx: &Ctx,
    start: NaiveDate,
    t: &WeekTarget,
    fixed: &[Day],
    limits: FixedLimits,
) -> Vec<Day> {
    lay(ctx, start, t, fixed, limits, ctx.input.today)
}

/// Lays out the week from `from` on (days before it stay rest).
fn lay(
    ctx: &Ctx,
    start: NaiveDate,
    t: &WeekTarget,
    fixed: &[Day],
    limits: FixedLimits,
    from: NaiveDate,
) -> Vec<Day> {
    let fixed = &within(fixed, limits)[..];
    let mut rest_t = t.clone();
    let fixed_runs: Vec<&Day> = fixed.iter().filter(|d| d.km > 0.0).collect();
    rest_t.training_km = (t.training_km - fixed_runs.iter().map(|d| d.km).sum::<f64>()).max(0.0);
    rest_t.runs = t.runs.saturating_sub(fixed_runs.len() as u32);
    if fixed.iter().any(|d| d.kind == WorkoutKind::Long) {
        rest_t.long_km = 0.0;
    }
    for q in rest_t.quality.iter_mut() {
        if q.is_some_and(|k| fixed.iter().any(|d| d.kind == k)) {
            *q = None;
        }
    }
    let t = &rest_t;
    let mut w = Draft::new(ctx, start, t, from);
    w.place_races();
    w.place_fixed(fixed);
    let candidates = w.candidates();
    let n = w.run_count(candidates.len());
    if n > 0 {
        w.pick_long_day(&candidates);
        w.spread_runs(&candidates, n);
        w.pick_quality_days();
        w.size_runs();
        keep_mostly_easy(&mut w.days);
    }
    add_cross(&mut w.days, t, &w.info, &w.avail, &w.fixed, w.today);
    long_within_share(&mut w.days, &w.fixed);
    if n == 0 && !w.fixed.is_empty() {
        // The week's easy share counts the days from race day too (only hard minutes change).
        keep_mostly_easy(&mut w.days);
    }
    w.days
}

/// A long run laid out from race day stays at most 60 % of the calendar week it falls in (as a
/// week's own long run does, `size_runs`): where the week's other runs are fewer, it is shortened.
fn long_within_share(days: &mut [Day], fixed: &[usize]) {
    let others: f64 = days
        .iter()
        .filter(|d| !matches!(d.kind, WorkoutKind::Long | WorkoutKind::Race))
        .map(|d| d.km)
        .sum();
    for &i in fixed {
        let d = &mut days[i];
        if d.kind == WorkoutKind::Long && others > 0.0 && d.km > 1.5 * others {
            let k = 1.5 * others / d.km;
            d.km *= k;
            d.minutes *= k;
            d.hard_minutes *= k;
        }
    }
}

/// One week being laid out: its days, what is known about them, and the days chosen so far.
struct Draft<'a> {
    ctx: &'a Ctx<'a>,
    t: &'a WeekTarget,
    /// The first day laid out (days before it are left as rest: they are past).
    today: NaiveDate,
    /// Per-day facts from the plan's table: no date arithmetic per lookup.
    info: [DayInfo; 7],
    avail: [bool; 7],
    /// Position of the long-run day in the week.
    want: i64,
    days: Vec<Day>,
    /// Positions of the race days.
    races: Vec<usize>,
    /// Positions of the days laid out from race day (kept as they are).
    fixed: Vec<usize>,
    /// Run days chosen, the long run's among them.
    chosen: Vec<usize>,
    long_at: Option<usize>,
    quality_at: Vec<(usize, WorkoutKind)>,
}

impl<'a> Draft<'a> {
    /// Seven rest days, each with its note (before today, unavailable, after a race).
    fn new(ctx: &'a Ctx<'a>, start: NaiveDate, t: &'a WeekTarget, from: NaiveDate) -> Self {
        let today = ctx.input.today.min(from);
        let base = usize::try_from((start - ctx.start).num_days()).unwrap_or(usize::MAX / 2);
        let info: [DayInfo; 7] =
            std::array::from_fn(|i| ctx.days.get(base + i).copied().unwrap_or_default());
        let wd0 = start.weekday().num_days_from_monday() as usize;
        let avail: [bool; 7] = std::array::from_fn(|i| ctx.available[(wd0 + i) % 7]);
        let days = (0..7)
            .map(|i| {
                let date = start + Duration::days(i as i64);
                let note = if date < today {
                    Some(DayNote::BeforeToday)
                } else if !avail[i] {
                    Some(DayNote::Unavailable)
                } else if info[i].post_race {
                    Some(DayNote::PostRace)
                } else {
                    None
                };
                rest(date, note)
            })
            .collect();
        // Counted from the week's own first day, so a race-aligned week (`around_race`) puts
        // the long run on the same weekday as a calendar week does.
        let ws = wd0 as i64;
        let want = (i64::from(ctx.long_day.num_days_from_monday()) - ws).rem_euclid(7);
        Draft {
            ctx,
            t,
            today,
            info,
            avail,
            want,
            days,
            races: Vec::new(),
            fixed: Vec::new(),
            chosen: Vec::new(),
            long_at: None,
            quality_at: Vec::new(),
        }
    }

    /// Races first: the race day is the race, whatever else the week holds.
    fn place_races(&mut self) {
        let ctx = self.ctx;
        for (i, d) in self.days.iter_mut().enumerate() {
            if d.date < self.today {
                continue;
            }
            if let Some(r) = self.info[i].race {
                let race = &ctx.races[r];
                let km = race.distance.km();
                let pace = ctx.paces.get(r).copied().flatten();
                let s_per_km = pace.map(|p| p.race_pace).unwrap_or(ctx.default_easy * 0.9);
                d.kind = WorkoutKind::Race;
                d.km = km;
                d.minutes = race.goal_time_s.map(f64::from).unwrap_or(km * s_per_km) / 60.0;
                d.hard_minutes = d.minutes;
                d.effort = Effort::Race;
                d.pace = pace.and_then(|p| p.range(WorkoutKind::Race));
                d.race = Some(r);
                d.race_name = Some(race.name.clone());
                d.note = None;
                self.races.push(i);
            }
        }
    }

    /// The days laid out from race day: kept as they are, and no other session goes on them.
    fn place_fixed(&mut self, fixed: &[Day]) {
        for (i, d) in self.days.iter_mut().enumerate() {
            if d.kind == WorkoutKind::Race {
                continue;
            }
            if let Some(f) = fixed.iter().find(|f| f.date == d.date) {
                *d = f.clone();
                self.fixed.push(i);
            }
        }
    }

    /// Positions the other runs keep their distance from: races and the fixed days' runs.
    fn occupied(&self) -> impl Iterator<Item = usize> + '_ {
        self.races.iter().copied().chain(
            self.fixed
                .iter()
                .copied()
                .filter(|&i| self.days[i].km > 0.0),
        )
    }

    /// Positions a quality session keeps two days from: races and the fixed days' long run and
    /// sessions.
    fn hard_days(&self) -> impl Iterator<Item = usize> + '_ {
        self.races
            .iter()
            .copied()
            .chain(self.fixed.iter().copied().filter(|&i| {
                !matches!(
                    self.days[i].kind,
                    WorkoutKind::Rest
                        | WorkoutKind::Easy
                        | WorkoutKind::Strides
                        | WorkoutKind::Cross
                )
            }))
    }

    /// Candidate run days: available, from today, not a race, not the rest day after a long race.
    fn candidates(&self) -> Vec<usize> {
        (0..7)
            .filter(|&i| {
                let d = &self.days[i];
                !self.fixed.contains(&i)
                    && d.kind != WorkoutKind::Race
                    && d.date >= self.today
                    && self.avail[i]
                    && !self.info[i].rest_after_long_race
            })
            .collect()
    }

    /// How many runs besides the races: as asked, within the candidates and the week's volume.
    fn run_count(&self, candidates: usize) -> usize {
        let t = self.t;
        let by_km = if t.training_km > 0.0 {
            ((t.training_km / MIN_RUN_KM).floor() as usize).max(1)
        } else {
            0
        };
        (t.runs as usize)
            .saturating_sub(self.races.len())
            .min(candidates)
            .min(by_km)
    }

    /// The long run's day: the nearest to the long-run day outside the quiet days before a race.
    fn pick_long_day(&mut self, candidates: &[usize]) {
        if self.t.long_km <= 0.0 {
            return;
        }
        let want = self.want;
        // Ties go to the earlier day, so a moved long run never lands right after the last one.
        let pick = candidates
            .iter()
            .copied()
            .filter(|&i| {
                !is_quiet_for_long(self.ctx, &self.info[i])
                    && self.days[i].note != Some(DayNote::PostRace)
            })
            // Two clear days from the neighbouring weeks' long runs.
            .filter(|&i| i as i64 + 7 - want >= 3 && want + 7 - i as i64 >= 3)
            .min_by_key(|&i| ((i as i64 - want).abs(), i));
        if let Some(i) = pick {
            self.chosen.push(i);
            self.long_at = Some(i);
        }
    }

    /// Spreads the other runs: each next day is the one farthest from chosen days and races.
    fn spread_runs(&mut self, candidates: &[usize], n: usize) {
        while self.chosen.len() < n {
            let next = candidates
                .iter()
                .copied()
                .filter(|i| !self.chosen.contains(i))
                .max_by_key(|&i| {
                    let gap = self
                        .chosen
                        .iter()
                        .copied()
                        .chain(self.occupied())
                        .map(|c| (c as i64 - i as i64).abs())
                        .min()
                        .unwrap_or(7);
                    (gap, -(i as i64))
                });
            match next {
                Some(i) => self.chosen.push(i),
                None => break,
            }
        }
        self.chosen.sort_unstable();
    }

    /// Quality sessions: away from the long run, races, and each other; never right after a race.
    fn pick_quality_days(&mut self) {
        for kind in self.t.quality.iter().flatten() {
            if let Some(i) = self.quality_day() {
                self.quality_at.push((i, *kind));
            }
        }
    }

    /// The chosen day best placed for the next quality session, if one fits.
    fn quality_day(&self) -> Option<usize> {
        let (want, long_at) = (self.want, self.long_at);
        let quality = || self.quality_at.iter().map(|(q, _)| *q);
        self.chosen
            .iter()
            .copied()
            .filter(|&i| Some(i) != long_at && quality().all(|q| q != i))
            .filter(|&i| self.days[i].note != Some(DayNote::PostRace))
            .filter(|&i| !is_quiet_for_quality(self.ctx, &self.info[i]))
            // Not the day after (or before) the neighbouring weeks' long-run days.
            .filter(|&i| (i as i64 - (want - 7)).abs() >= 2 && (want + 7 - i as i64).abs() >= 2)
            .filter(|&i| {
                long_at
                    .into_iter()
                    .chain(self.hard_days())
                    .chain(quality())
                    .all(|c| (c as i64 - i as i64).abs() >= 2)
            })
            .max_by_key(|&i| {
                let gap = long_at
                    .into_iter()
                    .chain(self.hard_days())
                    .map(|c| (c as i64 - i as i64).abs())
                    .min()
                    .unwrap_or(7);
                (gap, -(i as i64))
            })
    }

    /// Distances: the long run first, the rest shared by weight, no run above the cap or the
    /// long run; then each run's effort, pace and minutes.
    fn size_runs(&mut self) {
        let t = self.t;
        let has_long = self.long_at.is_some();
        let (long_km, others_cap) = self.run_caps();
        let rest_km = if has_long {
            t.training_km - long_km
        } else {
            t.training_km
        };
        let weights = self.weights();
        let weight = |i: usize| weights.get(i).copied().unwrap_or(1.0);
        let total_w: f64 = self
            .chosen
            .iter()
            .filter(|&&i| Some(i) != self.long_at)
            .map(|&i| weight(i))
            .sum();
        let mut runs: Vec<(usize, WorkoutKind, f64)> = Vec::with_capacity(self.chosen.len());
        for i in self.chosen.clone() {
            if Some(i) == self.long_at {
                continue;
            }
            let km = if total_w > 0.0 {
                rest_km * weight(i) / total_w
            } else {
                0.0
            };
            let kind = self
                .quality_at
                .iter()
                .find(|(q, _)| *q == i)
                .map(|(_, k)| *k)
                .unwrap_or(WorkoutKind::Easy);
            // Without a long run to bound it, a quality session stays at most a fifth of the week.
            let cap = if kind == WorkoutKind::Easy || has_long || t.long_km <= 0.0 {
                others_cap
            } else {
                others_cap.min((0.2 * t.training_km).max(MIN_RUN_KM))
            };
            runs.push((i, kind, km.min(cap)));
        }
        // Where caps held the other runs short, the long run stays at most 60% of the week.
        let fixed_others: f64 = self
            .fixed
            .iter()
            .map(|&i| &self.days[i])
            .filter(|d| d.kind != WorkoutKind::Long)
            .map(|d| d.km)
            .sum();
        let others: f64 = runs.iter().map(|r| r.2).sum::<f64>() + fixed_others;
        if let Some(i) = self.long_at {
            let long = if others > 0.0 {
                long_km.min(1.5 * others)
            } else {
                long_km
            };
            runs.push((i, WorkoutKind::Long, long));
        }
        for (i, kind, km) in runs {
            if km > 0.0 {
                self.make_run(i, kind, km);
            }
        }
    }

    /// The long run's distance and the cap on every other run.
    fn run_caps(&self) -> (f64, f64) {
        let t = self.t;
        let has_long = self.long_at.is_some();
        // A lone run carries the whole week.
        let lone = self.chosen.len() == 1 && has_long;
        let cap = t.run_cap_km.max(MIN_RUN_KM.min(t.training_km));
        let long_km = if lone {
            t.training_km.min(t.long_cap_km)
        } else {
            t.long_km
        }
        .min(cap)
        .min(t.training_km);
        // No run outgrows the long run (or, in a week whose long run had no room, 0.6 x of it).
        let others_cap = if has_long {
            cap.min(long_km.max(MIN_RUN_KM))
        } else if t.long_km > 0.0 {
            cap.min((0.6 * t.long_km).max(MIN_RUN_KM))
        } else {
            cap
        }
        .min(t.other_cap_km.max(MIN_RUN_KM));
        (long_km, others_cap)
    }

    /// Each day's share of the non-long running: quality days more, days after or just before a
    /// race less.
    fn weights(&self) -> [f64; 7] {
        std::array::from_fn(|i| {
            let d = &self.days[i];
            let mut w = 1.0;
            if self.quality_at.iter().any(|(q, _)| *q == i) {
                w = 1.2;
            }
            if d.note == Some(DayNote::PostRace) {
                w = 0.7;
            }
            // The quiet days before a race (the B race's mini-taper, the A race's last days,
            // the C race's day before) are lighter.
            if is_quiet_for_quality(self.ctx, &self.info[i]) {
                w = 0.6;
            }
            w
        })
    }

    /// Makes day `i` a run of `kind` over `km`: its effort, pace, minutes and hard minutes.
    fn make_run(&mut self, i: usize, kind: WorkoutKind, km: f64) {
        let (ctx, t) = (self.ctx, self.t);
        let target = t.target;
        let basis = ctx.paces.get(target).copied().flatten();
        let easy = ctx.easy_pace(target);
        let race_km = ctx
            .races
            .get(target)
            .map(|r| r.distance.km())
            .unwrap_or(10.0);
        let d = &mut self.days[i];
        d.kind = kind;
        d.km = km;
        d.effort = effort_of(kind, race_km);
        d.pace = basis.and_then(|b| b.range(kind));
        let quality_pace = d
            .pace
            .map(|p| (p.fast_s_per_km + p.slow_s_per_km) / 2.0)
            .unwrap_or(easy * 0.85);
        let share = hard_share(kind) * t.hard_scale;
        d.minutes = km * (easy * (1.0 - share) + quality_pace * share) / 60.0;
        d.hard_minutes = km * quality_pace * share / 60.0;
        if self.info[i].next_race.is_some_and(|(k, _)| k == 1) {
            d.note = Some(DayNote::PreRace);
        }
    }
}

/// Whether `day` falls in the quiet days before a race (no long run).
fn is_quiet_for_long(ctx: &Ctx, day: &DayInfo) -> bool {
    day.next_race
        .is_some_and(|(k, r)| (1..=ctx.long_quiet_days_before(r)).contains(&k))
}

/// Whether `day` is too close to a race for a quality session.
fn is_quiet_for_quality(ctx: &Ctx, day: &DayInfo) -> bool {
    day.next_race
        .is_some_and(|(k, r)| (1..=ctx.quiet_days_before(r)).contains(&k))
}

/// Scales quality minutes down so at least 80% of the week's running time is easy.
fn keep_mostly_easy(days: &mut [Day]) {
    let total: f64 = days
        .iter()
        .filter(|d| d.kind != WorkoutKind::Race)
        .map(|d| d.minutes)
        .sum();
    let hard: f64 = days
        .iter()
        .filter(|d| d.kind != WorkoutKind::Race)
        .map(|d| d.hard_minutes)
        .sum();
    let allowed = total * (1.0 - EASY_SHARE);
    if hard > allowed && hard > 0.0 {
        let k = allowed / hard;
        for d in days.iter_mut().filter(|d| d.kind != WorkoutKind::Race) {
            d.hard_minutes *= k;
        }
    }
}

/// Puts a cross-training session on the first free available day when the week asks for one.
fn add_cross(
    days: &mut [Day],
    t: &WeekTarget,
    info: &[DayInfo; 7],
    avail: &[bool; 7],
    fixed: &[usize],
    today: NaiveDate,
) {
    if !t.cross {
        return;
    }
    let free = days.iter_mut().enumerate().find(|(i, d)| {
        let (info, avail) = (info[*i], avail[*i]);
        d.kind == WorkoutKind::Rest
            && !fixed.contains(i)
            && d.date >= today
            && avail
            && info.next_race.is_none_or(|(k, _)| k > 1)
            && !info.rest_after_long_race
    });
    if let Some((_, d)) = free {
        d.kind = WorkoutKind::Cross;
        d.minutes = 40.0;
        d.effort = Effort::Easy;
    }
}

//! Chooses each week's volume and long run, in order, from what came before: bounded progression
//! (10% a week, acute:chronic <= 1.3, never above the maximum), deloads below their block,
//! gradual ramp-back, progressive tapers, reverse-taper recoveries, and the 30-day long-run guard.

use chrono::{Duration, NaiveDate};

use super::context::Ctx;
use super::days::{layout, WeekTarget};
use super::frame::{Frame, Role};
use super::kinds::{WeekKind, WorkoutKind};
use super::model::Priority;
use super::output::{Day, Week};
use super::reason::Reason;
use super::science::{self, LONG_RUN_GUARD, MIN_RUN_KM, TAPER_FLOOR};
use super::train::TrainArgs;

/// Running state carried from week to week.
pub struct State {
    /// The last four weeks' volume (oldest first), seeded with the baseline.
    pub(super) hist: [f64; 4],
    pub(super) prev_km: f64,
    pub(super) prev_kind: WeekKind,
    /// The most recent load or ramp-back week's volume and long run.
    pub(super) last_load: f64,
    pub(super) last_long: f64,
    /// The long run of the load week before the last one (long runs alternate at the cap).
    pub(super) prev_load_long: f64,
    /// Lowest volume and fewest running days among the load weeks since the last recovery.
    pub(super) block_min: Option<(f64, usize)>,
    pub(super) prev_long: f64,
    /// The previous week's running km excluding races.
    pub(super) prev_training: f64,
    /// Each week's longest run (or race), dated, for the 30-day guard.
    pub(super) longest: Vec<(NaiveDate, f64)>,
}

/// Running days (including races) in a week's days.
pub fn run_days(days: &[Day]) -> usize {
    days.iter().filter(|d| d.km > 0.0).count()
}

impl State {
    /// The state before the first planned week.
    pub fn new(ctx: &Ctx) -> Self {
        let b = &ctx.input.baseline;
        let start = b
            .weekly_km
            .max(ctx.floor_km)
            .min(ctx.input.settings.max_weekly_km);
        State {
            hist: [b.weekly_km; 4],
            prev_km: start,
            prev_kind: WeekKind::Load,
            last_load: start,
            last_long: b.longest_run_km,
            prev_load_long: 0.0,
            block_min: None,
            prev_long: b.longest_run_km,
            prev_training: start,
            longest: Vec::new(),
        }
    }

    /// The longest single run allowed in the week starting `start` (Frandsen 2025 guard), and the
    /// 30-day longest it rests on. Conservative: only runs within 30 days of the week's last day count.
    fn guard(&self, ctx: &Ctx, start: NaiveDate) -> (f64, f64) {
        let last_day = start + Duration::days(6);
        let from = last_day - Duration::days(30);
        let mut longest = self
            .longest
            .iter()
            .rev()
            .take(6)
            .filter(|(d, _)| *d >= from && *d < start)
            .map(|(_, km)| *km)
            .fold(0.0, f64::max);
        // The baseline's longest run is taken as yesterday's.
        let today = ctx.input.today;
        if last_day <= today + Duration::days(29) {
            longest = longest.max(ctx.input.baseline.longest_run_km);
        }
        ((longest * LONG_RUN_GUARD).max(MIN_RUN_KM), longest)
    }

    /// Builds one week of the plan from its frame.
    pub fn week(&mut self, ctx: &Ctx, f: &Frame) -> Week {
        let s = &ctx.input.settings;
        let target_race = ctx.races.get(f.target);
        let race_km = target_race.map(|r| r.distance.km()).unwrap_or(10.0);
        let max = s.max_weekly_km;
        let goal = science::goal_peak_km(race_km, s.experience)
            .max(ctx.input.baseline.weekly_km)
            .min(max);
        let (guard, longest30) = self.guard(ctx, f.start);
        let hour_km = 3600.0 / ctx.easy_pace(f.target);
        let runs = u32::from(s.runs_per_week);
        let mut reasons = Vec::new();
        if let Some(r) = target_race {
            if f.weeks_to_target > 0 && f.start <= r.date {
                reasons.push(Reason::Phase {
                    race: r.name.clone(),
                    weeks_to_race: f.weeks_to_target,
                });
            }
        }
        let partial = f.start < ctx.input.today;
        let mut t = WeekTarget {
            training_km: 0.0,
            long_km: 0.0,
            runs,
            quality: [None, None],
            run_cap_km: guard,
            long_cap_km: science::long_run_cap(race_km),
            cross: false,
            hard_scale: 1.0,
            target: f.target,
        };
        let share = science::long_run_share(race_km, runs);
        let race_cap = science::long_run_cap(race_km);
        let mut full_km;
        match f.role {
            Role::Train => {
                for (r, end) in ctx.races.iter().zip(&ctx.recovery_end) {
                    if r.date < f.start && *end >= f.start {
                        reasons.push(Reason::EasyAfterRace {
                            race: r.name.clone(),
                            days: ((*end - f.start).num_days() + 1).min(7) as u32,
                        });
                    }
                }
                full_km = self.train_week(
                    ctx,
                    f,
                    &TrainArgs {
                        goal,
                        max,
                        runs,
                        share,
                        partial,
                        race_cap,
                        guard,
                        longest30,
                    },
                    &mut t,
                    &mut reasons,
                );
            }
            Role::Taper {
                race,
                week,
                of,
                days,
            } => {
                let k = TAPER_FLOOR.powf(f64::from(week) / f64::from(of + 1));
                full_km = self.last_load * k;
                if self.prev_kind == WeekKind::Taper {
                    // Progressive: never more than the taper week before (caps can bite unevenly).
                    full_km = full_km.min(self.prev_training);
                }
                t.long_km = (self.last_long * k).min(race_cap);
                t.quality = [Some(WorkoutKind::Intervals), Some(WorkoutKind::RacePace)];
                t.hard_scale = 0.7;
                reasons.push(Reason::Taper {
                    race: race_name(ctx, race),
                    week,
                    of,
                    taper_days: days,
                    cut_percent: (1.0 - k) * 100.0,
                });
            }
            Role::Race { race } => {
                let r = &ctx.races[race];
                let pre = (r.date - f.start).num_days() as f64;
                let post = 6.0 - pre;
                let (pre_k, post_k) = match r.priority {
                    Priority::A => (TAPER_FLOOR * 0.9, 0.35),
                    _ => (0.8, 0.45),
                };
                full_km = self.last_load * (pre_k * pre + post_k * post) / 7.0;
                t.quality = [Some(WorkoutKind::Strides), None];
                t.hard_scale = 0.7;
                t.run_cap_km = guard.min(hour_km);
                reasons.push(Reason::RaceWeek {
                    race: r.name.clone(),
                    priority: r.priority,
                });
                if r.priority == Priority::B {
                    reasons.push(Reason::MiniTaper {
                        race: r.name.clone(),
                        days: science::mini_taper_days(r.distance.km()),
                    });
                }
            }
            Role::Recovery { race, week, of } => {
                let k = 0.4 + 0.4 * f64::from(week) / f64::from(of + 1);
                full_km = self.last_load * k;
                t.runs = runs.saturating_sub(1).max(1);
                t.run_cap_km = guard.min(hour_km);
                let r = &ctx.races[race];
                reasons.push(Reason::Recovery {
                    race: r.name.clone(),
                    days: super::frame::recovery_days(ctx.input, r),
                    percent_of_peak: k * 100.0,
                });
            }
            Role::Transition { race } => {
                full_km = self.last_load * 0.5;
                t.runs = runs.saturating_sub(1).max(1);
                t.run_cap_km = guard.min(hour_km);
                t.cross = true;
                reasons.push(Reason::Transition {
                    race: race_name(ctx, race),
                });
            }
        }
        full_km = full_km.min(max);
        // C races inside the week: trained through, the race counts in the volume.
        let c_km: f64 = (0..7)
            .filter_map(|i| ctx.race_on(f.start + Duration::days(i)))
            .filter(|&r| !matches!(f.role, Role::Race { race } if race == r))
            .map(|r| {
                let race = &ctx.races[r];
                if race.priority == Priority::C {
                    reasons.push(Reason::TrainThrough {
                        race: race.name.clone(),
                    });
                } else {
                    reasons.push(Reason::MiniTaper {
                        race: race.name.clone(),
                        days: science::mini_taper_days(race.distance.km()),
                    });
                }
                race.distance.km()
            })
            .sum();
        if c_km > 0.0 {
            t.quality[1] = None;
            if c_km >= 0.6 * t.long_km {
                t.long_km = 0.0;
            }
        }
        let c_share = if matches!(f.role, Role::Train) {
            c_km
        } else {
            0.0
        };
        t.training_km = (full_km - c_share).max(0.0);
        t.long_km = t.long_km.min(share * t.training_km);
        if partial {
            let open = (0..7)
                .map(|i| f.start + Duration::days(i))
                .filter(|d| *d >= ctx.input.today && ctx.is_available(*d))
                .count() as f64;
            let all = ctx.available.iter().filter(|a| **a).count().max(1) as f64;
            t.training_km *= open / all;
            t.long_km *= open / all;
        }
        let days = layout(ctx, f.start, &t);
        let km: f64 = days.iter().map(|d| d.km).sum();
        let long = days
            .iter()
            .filter(|d| d.kind == WorkoutKind::Long)
            .map(|d| d.km)
            .fold(0.0, f64::max);
        // The rules see the planned volume: a partial first week counts in full, and a race
        // longer than the week's plan does not raise the next week's allowance.
        let seen = if partial {
            full_km
        } else if c_km > 0.0 {
            km.min(full_km)
        } else {
            km
        };
        self.record(f, &days, seen, long);
        Week {
            start: f.start,
            phase: f.phase,
            kind: f.kind,
            km,
            long_run_km: long,
            reasons,
            days,
        }
    }

    /// Carries this week's outcome forward.
    fn record(&mut self, f: &Frame, days: &[Day], km: f64, long: f64) {
        self.hist.rotate_left(1);
        self.hist[3] = km;
        let runs = run_days(days);
        match f.kind {
            WeekKind::Load | WeekKind::RampBack => {
                self.last_load = km;
                if long > 0.0 {
                    // The longer of the last two load weeks' long runs.
                    self.last_long = long.max(self.prev_load_long);
                    self.prev_load_long = long;
                }
                let partial = days
                    .iter()
                    .any(|d| d.note == Some(super::output::DayNote::BeforeToday));
                if !partial {
                    self.block_min = Some(match self.block_min {
                        Some((k, r)) => (k.min(km), r.min(runs)),
                        None => (km, runs),
                    });
                }
            }
            _ => self.block_min = None,
        }
        self.prev_km = km;
        self.prev_training = days
            .iter()
            .filter(|d| d.kind != WorkoutKind::Race)
            .map(|d| d.km)
            .sum();
        self.prev_kind = f.kind;
        if long > 0.0 {
            self.prev_long = long;
        }
        if let Some(d) = days
            .iter()
            .filter(|d| d.km > 0.0)
            .max_by(|a, b| a.km.total_cmp(&b.km))
        {
            self.longest.push((d.date, d.km));
        }
    }
}

fn race_name(ctx: &Ctx, race: usize) -> String {
    ctx.races
        .get(race)
        .map(|r| r.name.clone())
        .unwrap_or_default()
}

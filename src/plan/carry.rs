//! What one week of the plan hands the next: the recent volumes the progression rules read, the
//! last load week's volume and long run, the load block's lowest week, and each week's longest run
//! for the 30-day guard. `record` is the only update, once per week, in order.

use chrono::{Duration, NaiveDate};

use super::context::Ctx;
use super::kinds::{WeekKind, WorkoutKind};
use super::output::{Day, DayNote};
use super::science::{LONG_RUN_GUARD, MAX_ACWR, MIN_RUN_KM};
use super::span_ref::SpanRef;

/// The state carried from week to week.
pub(super) struct Carry {
    /// The last four weeks' volume (oldest first), seeded with the baseline.
    hist: [f64; 4],
    pub(super) prev_km: f64,
    pub(super) prev_kind: WeekKind,
    /// The most recent load or ramp-back week's volume and long run.
    pub(super) last_load: f64,
    pub(super) last_long: f64,
    /// The long run of the load week before the last one (long runs alternate at the cap).
    prev_load_long: f64,
    /// Lowest volume and fewest running days among the load weeks since the last recovery.
    pub(super) block_min: Option<(f64, usize)>,
    pub(super) prev_long: f64,
    /// The previous week's running km excluding races.
    pub(super) prev_training: f64,
    /// The previous week's longest run other than its long run and races (none before the plan).
    pub(super) prev_other_max: f64,
    /// The previous week's longest easy run (none before the plan or in a week under way).
    pub(super) prev_easy_max: f64,
    /// Each week's longest run (or race), dated, for the 30-day guard.
    longest: Vec<(NaiveDate, f64)>,
    /// What the days around each race are sized from (index into the races), taken once.
    pub(super) span_refs: Vec<Option<SpanRef>>,
}

/// Running days (including races) in a week's days.
fn run_days(days: &[Day]) -> usize {
    days.iter().filter(|d| d.km > 0.0).count()
}

impl Carry {
    /// The state before the first planned week.
    pub(super) fn new(ctx: &Ctx) -> Self {
        let b = &ctx.input.baseline;
        let start = ctx.start_km;
        Carry {
            hist: [b.weekly_km; 4],
            prev_km: start,
            prev_kind: WeekKind::Load,
            last_load: start,
            last_long: b.longest_run_km,
            prev_load_long: 0.0,
            block_min: None,
            prev_long: b.longest_run_km,
            prev_training: start,
            prev_other_max: f64::INFINITY,
            prev_easy_max: f64::INFINITY,
            longest: Vec::new(),
            span_refs: (0..ctx.races.len())
                .map(|i| ctx.span_refs.get(i).copied().flatten())
                .collect(),
        }
    }

    /// The longest single run allowed in the week starting `start` (Frandsen 2025 guard), and the
    /// 30-day longest it rests on. Conservative: only runs within 30 days of the week's last day count.
    pub(super) fn long_run_guard(&self, ctx: &Ctx, start: NaiveDate) -> (f64, f64) {
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

    /// The volume a load week grows from: last week's if it was a load week, else the last load week.
    pub(super) fn reference(&self) -> f64 {
        if matches!(self.prev_kind, WeekKind::Load | WeekKind::RampBack) {
            self.prev_km
        } else {
            self.last_load
        }
    }

    /// The highest volume keeping acute:chronic at or below 1.3 (chronic = mean of the last 4 weeks).
    pub(super) fn acwr_cap(&self) -> f64 {
        MAX_ACWR * self.hist.iter().sum::<f64>() / 4.0
    }

    /// Carries a week of kind `kind` forward: its `days`, the volume the rules see (`km`) and its
    /// long run.
    pub(super) fn record(&mut self, kind: WeekKind, days: &[Day], km: f64, long: f64) {
        self.hist.rotate_left(1);
        self.hist[3] = km;
        match kind {
            WeekKind::Load | WeekKind::RampBack => self.record_load(days, km, long),
            _ => self.block_min = None,
        }
        self.prev_km = km;
        self.prev_training = days
            .iter()
            .filter(|d| d.kind != WorkoutKind::Race)
            .map(|d| d.km)
            .sum();
        // A week under way shows only its open days: its runs bound nothing (as before the plan).
        let partial = days.iter().any(|d| d.note == Some(DayNote::BeforeToday));
        self.prev_other_max = if partial {
            f64::INFINITY
        } else {
            days.iter()
                .filter(|d| !matches!(d.kind, WorkoutKind::Race | WorkoutKind::Long))
                .map(|d| d.km)
                .fold(0.0, f64::max)
        };
        let easy = days
            .iter()
            .filter(|d| d.kind == WorkoutKind::Easy)
            .map(|d| d.km)
            .fold(0.0, f64::max);
        self.prev_easy_max = if partial || easy <= 0.0 {
            self.prev_other_max
        } else {
            easy
        };
        self.prev_kind = kind;
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

    /// A load or ramp-back week: the last load, the alternating long run, the block's lowest week.
    fn record_load(&mut self, days: &[Day], km: f64, long: f64) {
        self.last_load = km;
        if long > 0.0 {
            // The longer of the last two load weeks' long runs.
            self.last_long = long.max(self.prev_load_long);
            self.prev_load_long = long;
        }
        let partial = days.iter().any(|d| d.note == Some(DayNote::BeforeToday));
        if !partial {
            let runs = run_days(days);
            self.block_min = Some(match self.block_min {
                Some((k, r)) => (k.min(km), r.min(runs)),
                None => (km, runs),
            });
        }
    }
}

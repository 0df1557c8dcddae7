//! What bounds one week before its volume is chosen: the peak and maximum volume, runs per week,
//! the long run's share and caps, the 30-day guard and the one-hour cap of easy weeks.

use super::carry::Carry;
use super::context::Ctx;
use super::days::WeekTarget;
use super::frame::Frame;
use super::reason::PeakLimit;
use super::science;

/// The limits of one week, from the settings, its target race and what came before.
pub(super) struct Bounds {
    /// The peak week the season climbs to for the target race (at most the maximum).
    pub peak: f64,
    /// What holds the peak there before the ramp rules apply: the maximum or the experience ceiling.
    pub peak_limit: PeakLimit,
    /// The runner's maximum weekly volume.
    pub max: f64,
    /// Runs per week.
    pub runs: u32,
    /// The target race's distance, km.
    pub race_km: f64,
    /// Share of the week the long run may take.
    pub share: f64,
    /// The week started before today.
    pub partial: bool,
    /// Long-run cap for the target race: its distance's cap or its time cap, the lower.
    pub race_cap: f64,
    /// The time cap (`science::long_run_minutes`) is what sets `race_cap`.
    pub cap_by_time: bool,
    /// Longest run allowed by the 30-day guard.
    pub guard: f64,
    /// The 30-day longest run the guard rests on.
    pub longest30: f64,
    /// Kilometres in an hour at easy pace (easy weeks keep runs within an hour).
    pub hour_km: f64,
}

impl Bounds {
    /// The bounds of the week `f`, given the carried state.
    pub(super) fn new(ctx: &Ctx, f: &Frame, carry: &Carry) -> Self {
        let s = &ctx.input.settings;
        let race_km = ctx
            .races
            .get(f.target)
            .map(|r| r.distance.km())
            .unwrap_or(10.0);
        let max = s.max_weekly_km;
        let peak = science::peak_km(ctx.start_km, race_km, s.experience, max);
        let peak_limit = if peak >= max {
            PeakLimit::Max
        } else {
            PeakLimit::Experience
        };
        let (guard, longest30) = carry.long_run_guard(ctx, f.start);
        let runs = u32::from(s.runs_per_week);
        let hour_km = 3600.0 / ctx.easy_pace(f.target);
        let by_distance = science::long_run_cap(race_km);
        let by_time = science::long_run_minutes(race_km) / 60.0 * hour_km;
        Bounds {
            peak,
            peak_limit,
            max,
            runs,
            race_km,
            share: science::long_run_share(race_km, runs),
            partial: f.start < ctx.input.today,
            race_cap: by_distance.min(by_time),
            cap_by_time: by_time < by_distance,
            guard,
            longest30,
            hour_km,
        }
    }

    /// The layout's target before the week's role sets its volume and sessions.
    pub(super) fn blank_target(&self, f: &Frame) -> WeekTarget {
        WeekTarget {
            training_km: 0.0,
            long_km: 0.0,
            runs: self.runs,
            quality: [None, None],
            run_cap_km: self.guard,
            long_cap_km: self.race_cap,
            other_cap_km: f64::INFINITY,
            cross: false,
            hard_scale: 1.0,
            target: f.target,
        }
    }
}

//! The season's past inside one plan: weeks are built from the season's first day, the days
//! before today are kept as they were planned (the frozen weeks, else the replay of the season
//! with today's inputs), each past day gets what was done on it, and the carry into the future
//! counts what was done, not what was planned.

use std::collections::BTreeMap;

use chrono::{Duration, NaiveDate};

use super::adapt::{handed_on, Adapt};
use super::carry::Carry;
use super::context::Ctx;
use super::frame::{Frame, Hints};
use super::input::PlanInput;
use super::log::Log;
use super::output::{Day, Week};
use super::overrides::Edits;
use super::reason::Warning;
use super::status::DayStatus;
use super::week;

/// The past of the season as the week builder reads it.
pub(super) struct Past<'a> {
    /// The real today (the plan itself is built from the season's first day).
    pub today: NaiveDate,
    /// The season's first day.
    pub open: NaiveDate,
    weeks: BTreeMap<NaiveDate, &'a Week>,
    days: BTreeMap<NaiveDate, &'a Day>,
    pub log: Log<'a>,
    pub edits: Edits<'a>,
}

/// The input as of the season's first day: the plan is laid out from there, then the past is
/// filled in. Without a season start this is the input itself.
pub(super) fn replay_input(input: &PlanInput, open: NaiveDate) -> PlanInput {
    PlanInput {
        today: open,
        races: input.races.clone(),
        settings: input.settings.clone(),
        baseline: input.baseline.clone(),
        checkins: input.checkins.clone(),
        season: Default::default(),
    }
}

impl<'a> Past<'a> {
    /// Indexes the frozen weeks and days (only those before today count) and the log.
    pub(super) fn new(input: &'a PlanInput, open: NaiveDate) -> Self {
        let today = input.today;
        let frozen = &input.season.frozen;
        let weeks = frozen
            .iter()
            .filter(|w| w.start + Duration::days(7) <= today)
            .map(|w| (w.start, w))
            .collect();
        let days = frozen
            .iter()
            .flat_map(|w| w.days.iter())
            .filter(|d| d.date < today && d.date >= open)
            .map(|d| (d.date, d))
            .collect();
        Past {
            today,
            open,
            weeks,
            days,
            log: Log::new(&input.season),
            edits: Edits::new(&input.season),
        }
    }

    /// What the skeleton keeps from the past: frozen kinds, and the real today for check-ins.
    pub(super) fn hints(&self) -> Hints {
        Hints {
            kinds: self.weeks.values().map(|w| (w.start, w.kind)).collect(),
            today: Some(self.today),
        }
    }

    /// Builds the week of frame `f`: laid out from what came before, with the hand edits on its
    /// days; its days before today as frozen, with what was done on them. What was done (and
    /// edited) is carried forward.
    pub(super) fn week(&self, ctx: &Ctx, f: &Frame, carry: &mut Carry, adapt: &mut Adapt) -> Week {
        let (mut w, seen) = week::draft(ctx, f, carry);
        let drafted = w.days.clone();
        self.edits.apply(&mut w, self.open, ctx.easy_pace(f.target));
        if f.start + Duration::days(7) <= self.today {
            w.past = true;
            if let Some(fw) = self.weeks.get(&f.start) {
                w.phase = fw.phase;
                w.kind = fw.kind;
                // A frozen week stored without its reasons is explained as drafted (its frame
                // keeps the frozen kind).
                if !fw.reasons.is_empty() {
                    w.reasons = fw.reasons.clone();
                }
            }
        }
        let mut counted = w.days.clone();
        let (mut delta, mut done, mut planned) = (0.0, 0.0, 0.0);
        for ((d, c), before) in w.days.iter_mut().zip(counted.iter_mut()).zip(&drafted) {
            if d.date < self.today {
                if let Some(fd) = self.days.get(&d.date) {
                    *d = (*fd).clone();
                }
                let o = self.log.outcome(d);
                d.status = o.status;
                d.actual = o.actual;
                *c = d.clone();
                c.km = o.counted_km;
                if d.date >= self.open {
                    done += o.counted_km;
                    planned += d.km;
                }
            }
            if d.date >= self.open {
                delta += c.km - before.km;
            }
        }
        let (km, long) = week::totals(&w.days);
        w.km = km;
        w.long_run_km = long;
        if f.start < self.today {
            w.actual_km = Some(done);
        }
        // The long run handed on scales with what was done of the planned one (a week under
        // way hands on its full-week long run, as when it was planned).
        let (_, drafted_long) = week::totals(&drafted);
        let (_, counted_long) = week::totals(&counted);
        let long = if counted_long == drafted_long {
            seen.long
        } else if drafted_long > 0.0 {
            seen.long * counted_long / drafted_long
        } else {
            counted_long
        };
        carry.record(w.kind, &counted, handed_on(seen.km, delta), long);
        if w.past && self.weeks.contains_key(&f.start) {
            adapt.skip();
        } else {
            adapt.apply(&mut w);
        }
        if w.past {
            adapt.after_week(planned, done);
        }
        w
    }

    /// Where the past is not known: imported runs that end before a planned day of the past.
    pub(super) fn warnings(&self, weeks: &[Week]) -> Vec<Warning> {
        let Some(end) = self.log.ends_before(self.today) else {
            return Vec::new();
        };
        let unknown = weeks
            .iter()
            .flat_map(|w| w.days.iter())
            .any(|d| d.date > end && d.status == DayStatus::Unknown);
        if unknown {
            vec![Warning::HistoryEnds { last_day: end }]
        } else {
            Vec::new()
        }
    }
}

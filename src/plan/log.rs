//! What was done on each past day: the runner's marks and the imported runs matched to the days
//! of the plan (runs on the same date add up), with the status this gives the day and the
//! distance the planner counts.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::kinds::WorkoutKind;
use super::output::Day;
use super::season::{Mark, MarkStatus, Season};
use super::status::{Actual, DayStatus};

/// A run shorter than this share of the plan is partial.
pub const PARTIAL_BELOW: f64 = 0.8;
/// A run longer than this multiple of the plan is extra.
pub const EXTRA_ABOVE: f64 = 1.5;

/// The season's marks and runs, by date.
pub(super) struct Log<'a> {
    marks: BTreeMap<NaiveDate, &'a Mark>,
    runs: BTreeMap<NaiveDate, Actual>,
    /// The last day imported history covers (the latest run when not given).
    pub history_end: Option<NaiveDate>,
}

/// What one past day holds: its status, what was run where known, and the km the planner counts.
pub(super) struct Outcome {
    pub status: DayStatus,
    pub actual: Option<Actual>,
    pub counted_km: f64,
}

impl<'a> Log<'a> {
    /// Indexes the season's marks (the last per date wins) and runs (summed per date).
    pub(super) fn new(season: &'a Season) -> Self {
        let marks = season.marks.iter().map(|m| (m.date, m)).collect();
        let mut runs: BTreeMap<NaiveDate, Actual> = BTreeMap::new();
        for r in season
            .runs
            .iter()
            .filter(|r| r.km.is_finite() && r.km > 0.0)
        {
            let a = runs.entry(r.date).or_default();
            a.km += r.km;
            a.minutes += if r.minutes.is_finite() {
                r.minutes.max(0.0)
            } else {
                0.0
            };
        }
        let history_end = season
            .history_end
            .or_else(|| runs.keys().next_back().copied());
        Log {
            marks,
            runs,
            history_end,
        }
    }

    /// The outcome of the past day `d` as planned: a mark first, else the runs on its date,
    /// else nothing known (a planned run counts as planned; after the history's end, or with no
    /// history at all).
    pub(super) fn outcome(&self, d: &Day) -> Outcome {
        if let Some(m) = self.marks.get(&d.date) {
            return marked(d, m);
        }
        if let Some(a) = self.runs.get(&d.date) {
            return Outcome {
                status: compare(d, a.km),
                actual: Some(*a),
                counted_km: a.km,
            };
        }
        let known = self.history_end.is_some_and(|end| d.date <= end);
        let status = match (d.km > 0.0, known) {
            (true, true) => DayStatus::Missed,
            (true, false) => DayStatus::Unknown,
            (false, _) if d.kind == WorkoutKind::Cross && !known => DayStatus::Unknown,
            (false, _) => DayStatus::Rest,
        };
        Outcome {
            status,
            actual: known.then_some(Actual::default()),
            counted_km: if known { 0.0 } else { d.km },
        }
    }

    /// Whether any day from `from` on is unknown for want of an import: history exists but ends
    /// before `until`.
    pub(super) fn ends_before(&self, until: NaiveDate) -> Option<NaiveDate> {
        self.history_end.filter(|end| *end < until)
    }
}

/// A day the runner marked.
fn marked(d: &Day, m: &Mark) -> Outcome {
    let km = |default: f64| {
        m.km.filter(|k| k.is_finite() && *k >= 0.0)
            .unwrap_or(default)
    };
    let minutes_for = |km: f64| {
        m.minutes
            .filter(|x| x.is_finite() && *x >= 0.0)
            .unwrap_or(if d.km > 0.0 {
                d.minutes * km / d.km
            } else {
                0.0
            })
    };
    let (status, run) = match m.status {
        MarkStatus::Skipped => (DayStatus::Skipped, 0.0),
        MarkStatus::Done => {
            let run = km(d.km);
            (compare(d, run), run)
        }
        MarkStatus::Partial => (DayStatus::Partial, km(d.km / 2.0)),
    };
    Outcome {
        status,
        actual: Some(Actual {
            km: run,
            minutes: minutes_for(run),
        }),
        counted_km: run,
    }
}

/// The status of a day with `km` run against its plan.
fn compare(d: &Day, km: f64) -> DayStatus {
    if km <= 0.0 {
        if d.km > 0.0 {
            DayStatus::Missed
        } else {
            DayStatus::Rest
        }
    } else if d.km <= 0.0 || km > EXTRA_ABOVE * d.km {
        DayStatus::Extra
    } else if km < PARTIAL_BELOW * d.km {
        DayStatus::Partial
    } else {
        DayStatus::Done
    }
}

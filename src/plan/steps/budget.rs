//! What a session's steps are cut from (the day's distance, time and targets), and the frame
//! around the work: everything but the work is run at the day's own easy pace, chosen so that the
//! steps add up to the day's distance and time.

use super::model::{Intensity, Item, Step, Steps, Target};
use crate::plan::{Day, Effort, PaceRange};

/// What a session's steps are cut from: the day's amounts and its targets.
pub struct Budget {
    pub km: f64,
    pub minutes: f64,
    /// The day's hard minutes (tempo block, intervals, race pace, hills, strides).
    pub hard_minutes: f64,
    /// The pace of the work, s/km (the middle of the day's range, else an estimate).
    pub work_pace: f64,
    /// The target of the work steps.
    pub work: Target,
    /// The target of warm-up, cool-down and recoveries.
    pub easy: Target,
}

impl Budget {
    pub fn new(day: &Day, easy: Option<PaceRange>) -> Budget {
        let avg = day.minutes * 60.0 / day.km;
        Budget {
            km: day.km,
            minutes: day.minutes,
            hard_minutes: day.hard_minutes,
            work_pace: day
                .pace
                .map(|p| (p.fast_s_per_km + p.slow_s_per_km) / 2.0)
                .unwrap_or(avg * 0.85),
            work: day.pace.map_or(Target::Effort(day.effort), Target::Pace),
            easy: easy.map_or(Target::Effort(Effort::Easy), Target::Pace),
        }
    }

    /// Whether the work has a pace (else it is run by feel).
    pub fn paced(&self) -> bool {
        matches!(self.work, Target::Pace(_))
    }

    /// One step over the whole day.
    pub fn single(&self, target: Target) -> Steps {
        let mut step = Step::distance(Intensity::Active, self.km, 0.0, target);
        step.minutes = self.minutes;
        Steps {
            items: vec![Item::Step(step)],
        }
    }

    /// Warm-up, `work`, cool-down: the time and distance the work leaves are run at one easy
    /// pace, which also sets the recoveries inside the work (their time is fixed, their distance
    /// follows). `None` when the work leaves too little for a warm-up and cool-down.
    pub fn framed(&self, work: Vec<Item>, cool_down: bool) -> Option<Steps> {
        let (mut fixed_km, mut fixed_min, mut jog_min) = (0.0, 0.0, 0.0);
        for item in &work {
            let n = f64::from(item.times());
            for s in item.steps() {
                if s.intensity == Intensity::Recovery {
                    jog_min += n * s.minutes;
                } else {
                    fixed_km += n * s.km;
                    fixed_min += n * s.minutes;
                }
            }
        }
        let (rest_km, rest_min) = (self.km - fixed_km, self.minutes - fixed_min);
        if rest_km <= 0.0 || rest_min <= 0.0 {
            return None;
        }
        let easy = rest_min * 60.0 / rest_km;
        let around_km = rest_km - jog_min * 60.0 / easy;
        if around_km < 0.25 * self.km || easy < self.work_pace * 0.9 {
            return None;
        }
        let work = work.into_iter().map(|item| with_pace(item, easy)).collect();
        let (first, last) = if cool_down {
            let wu = ((around_km * 5.0).round() / 10.0).max(0.1).min(around_km);
            (wu, around_km - wu)
        } else {
            (around_km, 0.0)
        };
        let intensity = if cool_down {
            Intensity::WarmUp
        } else {
            Intensity::Active
        };
        let mut items = vec![Item::Step(Step::distance(
            intensity, first, easy, self.easy,
        ))];
        items.extend::<Vec<Item>>(work);
        if last > 0.0 {
            items.push(Item::Step(Step::distance(
                Intensity::CoolDown,
                last,
                easy,
                self.easy,
            )));
        }
        Some(Steps { items })
    }
}

/// Sets the distance of the recoveries inside `item` from the easy pace.
fn with_pace(item: Item, easy: f64) -> Item {
    let fix = |mut s: Step| {
        if s.intensity == Intensity::Recovery {
            s.km = s.minutes * 60.0 / easy;
        }
        s
    };
    match item {
        Item::Step(s) => Item::Step(fix(s)),
        Item::Repeat { times, steps } => Item::Repeat {
            times,
            steps: steps.into_iter().map(fix).collect(),
        },
    }
}

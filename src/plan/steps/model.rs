//! A session as steps a watch can follow: warm-up, work, recoveries, cool-down, with repeats.
//!
//! Every step carries the one duration the watch ends it on (a time or a distance) and the
//! amounts it plans (km and minutes), so a session's steps add up to its day.

use serde::{Deserialize, Serialize};

use crate::plan::{Effort, PaceRange};

/// What a step is for (the FIT profile's `intensity`, as far as a run uses it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Intensity {
    WarmUp,
    Active,
    Recovery,
    CoolDown,
}

impl Intensity {
    /// The key in output files ("warm_up", "active", "recovery", "cool_down").
    pub fn label(self) -> &'static str {
        match self {
            Intensity::WarmUp => "warm_up",
            Intensity::Active => "active",
            Intensity::Recovery => "recovery",
            Intensity::CoolDown => "cool_down",
        }
    }
}

/// When a step ends.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Duration {
    /// After this many seconds.
    Time { s: f64 },
    /// After this many kilometres.
    Distance { km: f64 },
}

/// How fast a step is run.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// A pace range from the runner's paces.
    Pace(PaceRange),
    /// No pace known: an open target, run by feel.
    Effort(Effort),
}

/// One step of a session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub intensity: Intensity,
    pub duration: Duration,
    pub target: Target,
    /// Planned distance of the step, km (the duration itself for distance steps).
    pub km: f64,
    /// Planned time of the step, minutes (the duration itself for time steps).
    pub minutes: f64,
}

/// A step, or a block of steps run `times` times in a row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Item {
    Step(Step),
    Repeat { times: u32, steps: Vec<Step> },
}

/// A run day's steps, in order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Steps {
    pub items: Vec<Item>,
}

impl Step {
    /// A step that ends after `km`, planned at `s_per_km`.
    pub fn distance(intensity: Intensity, km: f64, s_per_km: f64, target: Target) -> Step {
        Step {
            intensity,
            duration: Duration::Distance { km },
            target,
            km,
            minutes: km * s_per_km / 60.0,
        }
    }

    /// A step that ends after `s` seconds, planned at `s_per_km`.
    pub fn time(intensity: Intensity, s: f64, s_per_km: f64, target: Target) -> Step {
        Step {
            intensity,
            duration: Duration::Time { s },
            target,
            km: s / s_per_km,
            minutes: s / 60.0,
        }
    }
}

impl Item {
    /// The steps inside, once each.
    pub fn steps(&self) -> &[Step] {
        match self {
            Item::Step(s) => std::slice::from_ref(s),
            Item::Repeat { steps, .. } => steps,
        }
    }

    /// How many times the steps inside are run.
    pub fn times(&self) -> u32 {
        match self {
            Item::Step(_) => 1,
            Item::Repeat { times, .. } => *times,
        }
    }
}

impl Steps {
    /// Total planned (km, minutes), repeats counted.
    pub fn totals(&self) -> (f64, f64) {
        self.items.iter().fold((0.0, 0.0), |(km, min), item| {
            let n = f64::from(item.times());
            let (k, m) = item
                .steps()
                .iter()
                .fold((0.0, 0.0), |(k, m), s| (k + s.km, m + s.minutes));
            (km + n * k, min + n * m)
        })
    }

    /// Every step as run, repeats unrolled.
    pub fn flat(&self) -> impl Iterator<Item = &Step> {
        self.items
            .iter()
            .flat_map(|i| (0..i.times()).flat_map(move |_| i.steps().iter()))
    }
}

//! The kinds the plan is made of: a week's phase and kind, a day's workout and its effort, each
//! with its one label, and a target pace range. A leaf: it depends on nothing else in the core,
//! and everything may use it.

use serde::{Deserialize, Serialize};

/// The training phase a week belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Prep,
    Base,
    Build,
    Peak,
    Taper,
    Race,
    Recovery,
    Transition,
}

impl Phase {
    /// The phase's label in output files ("base", "build", ...).
    pub fn label(self) -> &'static str {
        match self {
            Phase::Prep => "prep",
            Phase::Base => "base",
            Phase::Build => "build",
            Phase::Peak => "peak",
            Phase::Taper => "taper",
            Phase::Race => "race",
            Phase::Recovery => "recovery",
            Phase::Transition => "transition",
        }
    }
}

/// What kind of week it is, independent of phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeekKind {
    Load,
    Deload,
    RampBack,
    Taper,
    Race,
    Recovery,
    Transition,
}

impl WeekKind {
    /// The week kind's label in output files ("load", "deload", "ramp_back", ...).
    pub fn label(self) -> &'static str {
        match self {
            WeekKind::Load => "load",
            WeekKind::Deload => "deload",
            WeekKind::RampBack => "ramp_back",
            WeekKind::Taper => "taper",
            WeekKind::Race => "race",
            WeekKind::Recovery => "recovery",
            WeekKind::Transition => "transition",
        }
    }
}

/// The kind of a day's session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkoutKind {
    Rest,
    Easy,
    Long,
    Tempo,
    Intervals,
    Strides,
    Hills,
    RacePace,
    Race,
    Cross,
}

impl WorkoutKind {
    /// Every kind, in declaration order.
    pub const ALL: [WorkoutKind; 10] = [
        WorkoutKind::Rest,
        WorkoutKind::Easy,
        WorkoutKind::Long,
        WorkoutKind::Tempo,
        WorkoutKind::Intervals,
        WorkoutKind::Strides,
        WorkoutKind::Hills,
        WorkoutKind::RacePace,
        WorkoutKind::Race,
        WorkoutKind::Cross,
    ];

    /// The usual effort of a session of this kind (race pace as steady, its marathon feel).
    pub fn usual_effort(self) -> Effort {
        match self {
            WorkoutKind::Rest => Effort::Rest,
            WorkoutKind::Tempo => Effort::Threshold,
            WorkoutKind::Intervals | WorkoutKind::Hills => Effort::Hard,
            WorkoutKind::RacePace => Effort::Steady,
            WorkoutKind::Race => Effort::Race,
            _ => Effort::Easy,
        }
    }

    /// A session with a quality block (tempo, intervals, hills, race pace).
    pub fn is_quality(self) -> bool {
        matches!(
            self,
            WorkoutKind::Tempo
                | WorkoutKind::Intervals
                | WorkoutKind::Hills
                | WorkoutKind::RacePace
        )
    }

    /// The kind with this label ("race_pace"), if any.
    pub fn from_label(label: &str) -> Option<WorkoutKind> {
        Self::ALL.into_iter().find(|k| k.label() == label)
    }

    /// The kind's label in output files ("rest", "easy", "race_pace", ...).
    pub fn label(self) -> &'static str {
        match self {
            WorkoutKind::Rest => "rest",
            WorkoutKind::Easy => "easy",
            WorkoutKind::Long => "long",
            WorkoutKind::Tempo => "tempo",
            WorkoutKind::Intervals => "intervals",
            WorkoutKind::Strides => "strides",
            WorkoutKind::Hills => "hills",
            WorkoutKind::RacePace => "race_pace",
            WorkoutKind::Race => "race",
            WorkoutKind::Cross => "cross",
        }
    }
}

/// How hard a session should feel, for runners without a pace.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Effort {
    Rest,
    Easy,
    Steady,
    Threshold,
    Hard,
    Race,
}

impl Effort {
    /// How the effort feels, in words.
    pub fn feel(self) -> &'static str {
        match self {
            Effort::Rest => "rest",
            Effort::Easy => "easy, conversational",
            Effort::Steady => "steady, comfortably hard",
            Effort::Threshold => "threshold, comfortably hard",
            Effort::Hard => "hard",
            Effort::Race => "race effort",
        }
    }
}

/// A target pace range in seconds per kilometre (fast..slow).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PaceRange {
    pub fast_s_per_km: f64,
    pub slow_s_per_km: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key<T: Serialize>(kind: T) -> String {
        serde_json::to_value(kind)
            .ok()
            .and_then(|v| v.as_str().map(String::from))
            .unwrap_or_default()
    }

    /// A label is the kind's key in saved plans, so files, CSS classes and JSON agree.
    #[test]
    fn labels_are_the_serde_keys() {
        use Phase as P;
        for p in [
            P::Prep,
            P::Base,
            P::Build,
            P::Peak,
            P::Taper,
            P::Race,
            P::Recovery,
            P::Transition,
        ] {
            assert_eq!(p.label(), key(p));
        }
        use WeekKind as K;
        for k in [
            K::Load,
            K::Deload,
            K::RampBack,
            K::Taper,
            K::Race,
            K::Recovery,
            K::Transition,
        ] {
            assert_eq!(k.label(), key(k));
        }
        use WorkoutKind as W;
        let all = [
            W::Rest,
            W::Easy,
            W::Long,
            W::Tempo,
            W::Intervals,
            W::Strides,
            W::Hills,
            W::RacePace,
            W::Race,
            W::Cross,
        ];
        for w in all {
            assert_eq!(w.label(), key(w));
        }
    }
}

//! The activity model: one training session as read from a file or typed in.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

/// The sport of an activity. Only runs count toward running volume; all count toward load.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sport {
    Run,
    TrailRun,
    WalkHike,
    Ride,
    Swim,
    Strength,
    Other,
}

impl Sport {
    /// Whether the activity counts toward running distance.
    pub fn is_run(self) -> bool {
        matches!(self, Sport::Run | Sport::TrailRun)
    }
}

/// One recorded training session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    /// Start time, with the file's UTC offset where it has one (else UTC).
    pub start: DateTime<FixedOffset>,
    pub sport: Sport,
    pub distance_m: f64,
    /// Time spent moving, in seconds.
    pub moving_s: f64,
    /// Wall-clock time from start to finish, in seconds.
    pub elapsed_s: f64,
    #[serde(default)]
    pub elevation_gain_m: Option<f64>,
    #[serde(default)]
    pub avg_hr: Option<f64>,
    /// Perceived effort on a 1-10 scale, where known.
    #[serde(default)]
    pub rpe: Option<f64>,
    /// The file (or "manual") the activity came from.
    pub source: String,
}

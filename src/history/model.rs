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
    /// Highest heart rate seen, where known (helps estimate the runner's maximum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_hr: Option<f64>,
    /// Perceived effort on a 1-10 scale, where known.
    #[serde(default)]
    pub rpe: Option<f64>,
    /// The file (or "manual") the activity came from.
    pub source: String,
    /// The activity's title, where the file has one ("Morning Run", "Berlin Marathon").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Activity {
    /// Whether every figure is a finite number (JSON cannot hold NaN or an infinity: saved, it
    /// would come back as `null` and the document could not be read again).
    pub fn figures_are_finite(&self) -> bool {
        [self.distance_m, self.moving_s, self.elapsed_s]
            .into_iter()
            .chain(self.elevation_gain_m)
            .chain(self.avg_hr)
            .chain(self.max_hr)
            .chain(self.rpe)
            .all(f64::is_finite)
    }

    /// An activity with the required fields set; moving time equals elapsed time and every
    /// optional field is empty.
    pub fn new(
        start: DateTime<FixedOffset>,
        sport: Sport,
        distance_m: f64,
        elapsed_s: f64,
        source: impl Into<String>,
    ) -> Self {
        Activity {
            start,
            sport,
            distance_m,
            moving_s: elapsed_s,
            elapsed_s,
            elevation_gain_m: None,
            avg_hr: None,
            max_hr: None,
            rpe: None,
            source: source.into(),
            name: None,
        }
    }

    /// Time to count for load and volume: moving time when known, else elapsed time.
    pub fn duration_s(&self) -> f64 {
        if self.moving_s > 0.0 {
            self.moving_s
        } else {
            self.elapsed_s
        }
    }

    /// The local calendar day the activity started on.
    pub fn date(&self) -> chrono::NaiveDate {
        self.start.date_naive()
    }
}

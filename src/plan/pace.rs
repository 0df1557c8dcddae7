//! Training paces from a goal time or a recent race result.
//!
//! Fitness is expressed as Daniels' VDOT, computed with the Daniels-Gilbert oxygen-cost and
//! drop-dead formulas (J. Daniels & J. Gilbert, "Oxygen Power", 1979; the equations behind the
//! VDOT tables in "Daniels' Running Formula"). Training intensities are Daniels' bands as fractions
//! of VDOT: easy 59-74%, threshold 83-88%, interval 95-100%. A recent result at another distance is
//! carried to the goal distance with Riegel's formula, T2 = T1 * (D2 / D1)^1.06 (P. Riegel,
//! "Athletic Records and Human Endurance", American Scientist 1981).

use super::kinds::WorkoutKind;
use super::output::PaceRange;

/// Riegel's fatigue exponent.
pub const RIEGEL_EXPONENT: f64 = 1.06;

/// Oxygen cost (ml/kg/min) of running at `v` metres per minute.
fn vo2_at(v: f64) -> f64 {
    -4.60 + 0.182_258 * v + 0.000_104 * v * v
}

/// Fraction of VO2max sustainable for `t` minutes.
fn sustainable_fraction(t: f64) -> f64 {
    0.8 + 0.189_439_3 * (-0.012_778 * t).exp() + 0.298_955_8 * (-0.193_260_5 * t).exp()
}

/// Daniels' VDOT for a race of `km` run in `time_s` seconds; `None` for unusable input.
pub fn vdot(km: f64, time_s: f64) -> Option<f64> {
    if !(km.is_finite() && time_s.is_finite() && km > 0.0 && time_s > 0.0) {
        return None;
    }
    let t = time_s / 60.0;
    let v = km * 1000.0 / t;
    let value = vo2_at(v) / sustainable_fraction(t);
    (value.is_finite() && (10.0..=100.0).contains(&value)).then_some(value)
}

/// Velocity (metres per minute) at which running costs `vo2` ml/kg/min.
fn velocity_for(vo2: f64) -> f64 {
    let (a, b, c) = (0.000_104, 0.182_258, -4.60 - vo2);
    (-b + (b * b - 4.0 * a * c).sqrt()) / (2.0 * a)
}

/// Seconds per km at `fraction` of VDOT.
pub fn pace_at(vdot: f64, fraction: f64) -> f64 {
    60_000.0 / velocity_for(vdot * fraction)
}

/// Riegel's prediction of the time for `to_km` from a result of `time_s` over `from_km`.
pub fn riegel(from_km: f64, time_s: f64, to_km: f64) -> f64 {
    time_s * (to_km / from_km).powf(RIEGEL_EXPONENT)
}

/// What the paces of a block rest on: a fitness level and a race pace for its target race.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaceBasis {
    pub vdot: f64,
    /// Goal (or predicted) race pace for the target race, seconds per km.
    pub race_pace: f64,
}

impl PaceBasis {
    /// From a goal time for the target race.
    pub fn from_goal(race_km: f64, goal_s: f64) -> Option<Self> {
        let vdot = vdot(race_km, goal_s)?;
        Some(PaceBasis {
            vdot,
            race_pace: goal_s / race_km,
        })
    }

    /// From a recent result at any distance, carried to the target race with Riegel.
    pub fn from_result(result_km: f64, time_s: f64, race_km: f64) -> Option<Self> {
        let vdot = vdot(result_km, time_s)?;
        let predicted = riegel(result_km, time_s, race_km);
        Some(PaceBasis {
            vdot,
            race_pace: predicted / race_km,
        })
    }

    /// The target pace range for a session of this kind, if it has one.
    pub fn range(&self, kind: WorkoutKind) -> Option<PaceRange> {
        let band = |lo: f64, hi: f64| PaceRange {
            fast_s_per_km: pace_at(self.vdot, hi),
            slow_s_per_km: pace_at(self.vdot, lo),
        };
        match kind {
            WorkoutKind::Easy | WorkoutKind::Long | WorkoutKind::Strides => Some(band(0.62, 0.70)),
            WorkoutKind::Tempo => Some(band(0.83, 0.88)),
            WorkoutKind::Intervals => Some(band(0.95, 1.0)),
            WorkoutKind::RacePace | WorkoutKind::Race => Some(PaceRange {
                fast_s_per_km: self.race_pace * 0.985,
                slow_s_per_km: self.race_pace * 1.015,
            }),
            WorkoutKind::Hills | WorkoutKind::Rest | WorkoutKind::Cross => None,
        }
    }

    /// A middle easy pace, for durations.
    pub fn easy_pace(&self) -> f64 {
        pace_at(self.vdot, 0.66)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vdot_matches_daniels_tables() {
        // Daniels' table: a 20:00 5K is VDOT ~49.8; a 3:00:00 marathon ~53.5.
        let v = vdot(5.0, 1200.0).unwrap();
        assert!((v - 49.8).abs() < 0.5, "{v}");
        let m = vdot(42.195, 3.0 * 3600.0).unwrap();
        assert!((m - 53.5).abs() < 0.6, "{m}");
    }

    #[test]
    fn training_paces_match_daniels() {
        // VDOT 50: threshold ~4:15/km, interval ~3:55/km, easy ~5:05-5:35/km.
        let b = PaceBasis {
            vdot: 50.0,
            race_pace: 240.0,
        };
        let t = b.range(WorkoutKind::Tempo).unwrap();
        assert!((245.0..=265.0).contains(&((t.fast_s_per_km + t.slow_s_per_km) / 2.0)));
        let i = b.range(WorkoutKind::Intervals).unwrap();
        assert!(
            (228.0..=245.0).contains(&i.fast_s_per_km),
            "{}",
            i.fast_s_per_km
        );
        let e = b.range(WorkoutKind::Easy).unwrap();
        assert!(e.fast_s_per_km < e.slow_s_per_km);
        assert!(
            (290.0..=350.0).contains(&e.fast_s_per_km),
            "{}",
            e.fast_s_per_km
        );
    }

    #[test]
    fn riegel_doubles_distance() {
        // A 40:00 10K predicts about 1:28:20 for the half.
        let t = riegel(10.0, 2400.0, 21.0975);
        assert!((t - 5300.0).abs() < 60.0, "{t}");
    }

    #[test]
    fn bad_results_give_no_pace() {
        assert!(vdot(0.0, 100.0).is_none());
        assert!(vdot(5.0, 0.0).is_none());
        assert!(vdot(5.0, f64::NAN).is_none());
    }
}

//! Text formatting for the UI: distances in the runner's units, paces, times, dates and labels.

use crate::plan::{
    DeloadCadence, Distance, Effort, Experience, PaceRange, Phase, Priority, Units, WeekKind,
    WorkoutKind,
};

pub use crate::plan::text::{date_long, date_short, month_name};

/// A distance in the runner's units with one decimal, e.g. "12.4 km".
pub fn dist(km: f64, units: Units) -> String {
    format!("{:.1} {}", units.from_km(km), units.label())
}

/// A week's long run, e.g. "long run 18.5 km" ("no long run" in race and recovery weeks).
pub fn long_run(km: f64, units: Units) -> String {
    if km > 0.0 {
        format!("long run {}", dist(km, units))
    } else {
        "no long run".to_string()
    }
}

/// A whole-number distance in the runner's units, e.g. "42 km".
pub fn dist0(km: f64, units: Units) -> String {
    format!("{:.0} {}", units.from_km(km), units.label())
}

/// Seconds per km as "m:ss" per the runner's unit.
fn pace_one(s_per_km: f64, units: Units) -> String {
    let s = match units {
        Units::Km => s_per_km,
        Units::Mi => s_per_km * crate::plan::KM_PER_MILE,
    };
    let s = s.round().max(0.0) as u32;
    format!("{}:{:02}", s / 60, s % 60)
}

/// A pace range, e.g. "4:50–5:10 /km".
pub fn pace(p: PaceRange, units: Units) -> String {
    format!(
        "{}–{} /{}",
        pace_one(p.fast_s_per_km, units),
        pace_one(p.slow_s_per_km, units),
        units.label()
    )
}

/// A duration in seconds as "h:mm:ss" (or "m:ss" under an hour).
pub fn hms(secs: u32) -> String {
    let (h, m, s) = (secs / 3600, (secs / 60) % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// Parses "h:mm:ss", "mm:ss" or plain minutes into seconds; `None` if it is not a time.
pub fn parse_hms(text: &str) -> Option<u32> {
    let parts: Vec<&str> = text.trim().split(':').collect();
    let nums: Option<Vec<u32>> = parts.iter().map(|p| p.trim().parse().ok()).collect();
    let nums = nums?;
    let secs = match nums.as_slice() {
        [m] => m.checked_mul(60)?,
        [m, s] if *s < 60 => m * 60 + s,
        [h, m, s] if *m < 60 && *s < 60 => h * 3600 + m * 60 + s,
        _ => return None,
    };
    (secs > 0).then_some(secs)
}

/// Minutes as "1 h 05 min" or "45 min".
pub fn minutes(min: f64) -> String {
    let m = min.round().max(0.0) as u32;
    if m >= 60 {
        format!("{} h {:02} min", m / 60, m % 60)
    } else {
        format!("{m} min")
    }
}

/// The name of a training phase.
pub fn phase(p: Phase) -> &'static str {
    match p {
        Phase::Prep => "Prep",
        Phase::Base => "Base",
        Phase::Build => "Build",
        Phase::Peak => "Peak",
        Phase::Taper => "Taper",
        Phase::Race => "Race",
        Phase::Recovery => "Recovery",
        Phase::Transition => "Transition",
    }
}

/// The name of a week kind.
pub fn week_kind(k: WeekKind) -> &'static str {
    match k {
        WeekKind::Load => "Load week",
        WeekKind::Deload => "Deload week",
        WeekKind::RampBack => "Ramp-back week",
        WeekKind::Taper => "Taper week",
        WeekKind::Race => "Race week",
        WeekKind::Recovery => "Recovery week",
        WeekKind::Transition => "Transition week",
    }
}

/// The name of a workout.
pub fn workout(k: WorkoutKind) -> &'static str {
    match k {
        WorkoutKind::Rest => "Rest",
        WorkoutKind::Easy => "Easy run",
        WorkoutKind::Long => "Long run",
        WorkoutKind::Tempo => "Tempo",
        WorkoutKind::Intervals => "Intervals",
        WorkoutKind::Strides => "Easy + strides",
        WorkoutKind::Hills => "Hills",
        WorkoutKind::RacePace => "Race pace",
        WorkoutKind::Race => "Race",
        WorkoutKind::Cross => "Cross-training",
    }
}

/// A one-word name of a workout for narrow calendar cells.
pub fn workout_short(k: WorkoutKind) -> &'static str {
    match k {
        WorkoutKind::Rest => "Rest",
        WorkoutKind::Easy => "Easy",
        WorkoutKind::Long => "Long",
        WorkoutKind::Tempo => "Tempo",
        WorkoutKind::Intervals => "Int.",
        WorkoutKind::Strides => "Easy+",
        WorkoutKind::Hills => "Hills",
        WorkoutKind::RacePace => "Pace",
        WorkoutKind::Race => "RACE",
        WorkoutKind::Cross => "Cross",
    }
}

/// How a session should feel.
pub fn effort(e: Effort) -> &'static str {
    match e {
        Effort::Rest => "rest",
        Effort::Easy => "easy, conversational",
        Effort::Steady => "steady",
        Effort::Threshold => "comfortably hard",
        Effort::Hard => "hard",
        Effort::Race => "race effort",
    }
}

/// The name of a race distance.
pub fn distance(d: Distance, units: Units) -> String {
    match d {
        Distance::FiveK => "5K".into(),
        Distance::TenK => "10K".into(),
        Distance::Half => "Half marathon".into(),
        Distance::Marathon => "Marathon".into(),
        Distance::FiftyK => "50K".into(),
        Distance::HundredK => "100K".into(),
        Distance::Custom { km } => dist(km, units),
    }
}

/// What a race priority means, in one line.
pub fn priority_help(p: Priority) -> &'static str {
    match p {
        Priority::A => "A — the goal race: the season peaks and fully tapers for it.",
        Priority::B => "B — a tune-up: a short 2–5 day mini-taper, the season keeps its arc.",
        Priority::C => "C — a training race: trained through, only the day before is easy.",
    }
}

/// The name of an experience level.
pub fn experience(e: Experience) -> &'static str {
    match e {
        Experience::Beginner => "Beginner",
        Experience::Intermediate => "Intermediate",
        Experience::Advanced => "Advanced",
        Experience::Masters => "Masters",
    }
}

/// The name of a deload cadence.
pub fn cadence(c: DeloadCadence) -> &'static str {
    match c {
        DeloadCadence::Every3 => "Every 3rd week (2 load : 1 deload)",
        DeloadCadence::Every4 => "Every 4th week (3 load : 1 deload)",
        DeloadCadence::Every6To8 => "Every 6–8 weeks",
        DeloadCadence::Auto => "Automatic (from experience)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_times() {
        assert_eq!(parse_hms("3:29:00"), Some(12540));
        assert_eq!(parse_hms("45:30"), Some(2730));
        assert_eq!(parse_hms("50"), Some(3000));
        assert_eq!(parse_hms("1:75:00"), None);
        assert_eq!(parse_hms("abc"), None);
        assert_eq!(parse_hms(""), None);
        assert_eq!(hms(12540), "3:29:00");
        assert_eq!(hms(2730), "45:30");
    }

    #[test]
    fn converts_units_in_text() {
        assert_eq!(dist(10.0, Units::Km), "10.0 km");
        assert_eq!(dist(crate::plan::KM_PER_MILE * 3.0, Units::Mi), "3.0 mi");
        assert_eq!(
            long_run(crate::plan::KM_PER_MILE * 10.0, Units::Mi),
            "long run 10.0 mi"
        );
        assert_eq!(long_run(0.0, Units::Km), "no long run");
        let p = PaceRange {
            fast_s_per_km: 300.0,
            slow_s_per_km: 330.0,
        };
        assert_eq!(pace(p, Units::Km), "5:00–5:30 /km");
        assert_eq!(pace(p, Units::Mi), "8:03–8:51 /mi");
    }
}

//! Text formatting for the UI: distances in the runner's units, paces, times, dates and labels.

use crate::plan::{Day, DayStatus, Phase, Priority, Units, WeekKind, WorkoutKind};

pub(crate) use crate::plan::text::{
    date_long, date_short, dist, dist0, duration_words, hms, minutes, month_name,
    race_distance as distance,
};

/// A week's long run, e.g. "long run 18.5 km" ("no long run" in race and recovery weeks).
pub fn long_run(km: f64, units: Units) -> String {
    if km > 0.0 {
        format!("long run {}", dist(km, units))
    } else {
        "no long run".to_string()
    }
}

/// A count with thousands separated by commas ("1,046").
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
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

/// What a race priority means, in one line.
pub fn priority_help(p: Priority) -> &'static str {
    match p {
        Priority::A => "A — the goal race: the season peaks and fully tapers for it.",
        Priority::B => "B — a tune-up: a short 2–5 day mini-taper, the season keeps its arc.",
        Priority::C => "C — a training race: trained through, only the day before is easy.",
    }
}

/// A past day's status as a symbol and a word, so it is not shown by colour alone (none for
/// days still to come and for rest days with nothing run).
pub fn status(s: DayStatus) -> Option<(&'static str, &'static str)> {
    match s {
        DayStatus::Planned | DayStatus::Rest => None,
        DayStatus::Unknown => Some(("?", "not logged")),
        DayStatus::Done => Some(("✓", "done")),
        DayStatus::Partial => Some(("◐", "partial")),
        DayStatus::Missed => Some(("✗", "missed")),
        DayStatus::Skipped => Some(("–", "skipped")),
        DayStatus::Extra => Some(("+", "extra")),
    }
}

/// What a past day shows of what was done: "✓ done 8.2 km" (the status word alone when
/// nothing was run or nothing is known).
pub fn done_line(d: &Day, units: Units) -> Option<String> {
    let (icon, word) = status(d.status)?;
    Some(match d.actual {
        Some(a) if a.km > 0.0 => format!("{icon} {word} {}", dist(a.km, units)),
        _ => format!("{icon} {word}"),
    })
}

/// Whether the runner edited this day by hand (another workout, a move, a note).
pub fn edited(d: &Day) -> bool {
    d.replaced.is_some() || d.user_note.is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_get_thousands_separators() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(312), "312");
        assert_eq!(thousands(1046), "1,046");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn long_runs_in_the_runners_units() {
        assert_eq!(
            long_run(crate::plan::KM_PER_MILE * 10.0, Units::Mi),
            "long run 10.0 mi"
        );
        assert_eq!(long_run(0.0, Units::Km), "no long run");
    }
}

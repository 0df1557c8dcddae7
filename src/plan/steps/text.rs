//! Steps in words, in the runner's units: a readable list for the day detail and the calendar and
//! spreadsheet descriptions, and the short names a watch shows.

use super::model::{Duration, Intensity, Item, Step, Steps, Target};
use crate::plan::text::pace_range_ascii;
use crate::plan::{Day, Effort, Units, WorkoutKind};

/// A distance as "800 m" (under a kilometre, in km units), "2.4 km" or "1.50 mi".
pub fn fmt_step_dist(km: f64, units: Units) -> String {
    match units {
        Units::Km if km < 0.995 => format!("{:.0} m", (km * 100.0).round() * 10.0),
        Units::Km => format!("{:.1} km", km),
        Units::Mi => {
            let mi = units.from_km(km);
            if mi < 1.0 {
                format!("{mi:.2} mi")
            } else {
                format!("{mi:.1} mi")
            }
        }
    }
}

/// A time as "45 s", "2 min", "2 min 30 s" or "1 h 05 min".
pub fn fmt_step_time(s: f64) -> String {
    let s = s.round().max(0.0) as u64;
    match (s / 3600, (s % 3600) / 60, s % 60) {
        (0, 0, sec) => format!("{sec} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, sec) => format!("{m} min {sec} s"),
        (h, m, _) => format!("{h} h {m:02} min"),
    }
}

/// A step's duration in words.
pub fn fmt_duration(d: Duration, units: Units) -> String {
    match d {
        Duration::Time { s } => fmt_step_time(s),
        Duration::Distance { km } => fmt_step_dist(km, units),
    }
}

/// A short word for an effort, for step names.
pub fn effort_word(e: Effort) -> &'static str {
    match e {
        Effort::Rest => "rest",
        Effort::Easy => "easy",
        Effort::Steady => "steady",
        Effort::Threshold => "threshold",
        Effort::Hard => "hard",
        Effort::Race => "race effort",
    }
}

fn intensity_word(i: Intensity) -> &'static str {
    match i {
        Intensity::WarmUp => "Warm-up",
        Intensity::Active => "Run",
        Intensity::Recovery => "Jog",
        Intensity::CoolDown => "Cool-down",
    }
}

/// The name a watch shows for a step: "Warm-up", "Run", "Jog", "Cool-down", with the effort when
/// the target is open ("Run hard").
pub fn step_name(s: &Step) -> String {
    match s.target {
        Target::Pace(_) => intensity_word(s.intensity).to_string(),
        Target::Effort(e) => format!("{} {}", intensity_word(s.intensity), effort_word(e)),
    }
}

/// A step in words: "Warm-up 2.0 km at 5:40-6:15 /km", "Run 20 min (threshold, comfortably hard)".
pub fn step_text(s: &Step, units: Units) -> String {
    let target = match s.target {
        Target::Pace(p) => format!("at {}", pace_range_ascii(p, units)),
        Target::Effort(e) => format!("({})", e.feel()),
    };
    format!(
        "{} {} {}",
        intensity_word(s.intensity),
        fmt_duration(s.duration, units),
        target
    )
}

/// An item in words; a repeat reads "6 x (Run 800 m at ..., Jog 2 min at ...)".
pub fn item_text(item: &Item, units: Units) -> String {
    match item {
        Item::Step(s) => step_text(s, units),
        Item::Repeat { times, steps } => {
            let inner: Vec<String> = steps.iter().map(|s| step_text(s, units)).collect();
            format!("{times} x ({})", inner.join(", "))
        }
    }
}

impl Steps {
    /// One line per item.
    pub fn lines(&self, units: Units) -> Vec<String> {
        self.items.iter().map(|i| item_text(i, units)).collect()
    }

    /// The whole list on one line, for calendar and spreadsheet descriptions.
    pub fn one_line(&self, units: Units) -> String {
        format!("Steps: {}.", self.lines(units).join("; "))
    }

    /// What the work is, shortly: "6x800m", "20min", "8x45s", "8.0km".
    fn summary(&self, units: Units) -> String {
        let compact = |d: Duration| fmt_duration(d, units).replace(' ', "");
        let repeat = self.items.iter().find_map(|i| match i {
            Item::Repeat { times, steps } => steps.first().map(|s| (Some(*times), s)),
            Item::Step(_) => None,
        });
        let work = repeat.or_else(|| {
            self.items.iter().find_map(|i| match i {
                Item::Step(s) if s.intensity == Intensity::Active => Some((None, s)),
                _ => None,
            })
        });
        match work {
            Some((Some(n), s)) => format!("{n}x{}", compact(s.duration)),
            Some((None, s)) => compact(s.duration),
            None => String::new(),
        }
    }

    /// The workout's name on the watch: "2027-03-14 Intervals 6x800m".
    pub fn name(&self, day: &Day, units: Units) -> String {
        let kind = match day.kind {
            WorkoutKind::Easy => "Easy",
            WorkoutKind::Long => "Long run",
            WorkoutKind::Tempo => "Tempo",
            WorkoutKind::Intervals => "Intervals",
            WorkoutKind::Strides => "Strides",
            WorkoutKind::Hills => "Hills",
            WorkoutKind::RacePace => "Race pace",
            WorkoutKind::Race => "Race",
            WorkoutKind::Rest | WorkoutKind::Cross => "",
        };
        let what = match (day.kind, &day.race_name) {
            (WorkoutKind::Race, Some(name)) => name.clone(),
            (WorkoutKind::Strides, _) => {
                let main = self.items.first().and_then(|i| i.steps().first());
                let main = main.map_or(0.0, |s| s.km);
                format!(
                    "{} + {}",
                    fmt_step_dist(main, units).replace(' ', ""),
                    self.summary(units)
                )
            }
            _ => self.summary(units),
        };
        format!("{} {kind} {what}", day.date).trim_end().to_string()
    }
}

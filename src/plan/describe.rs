//! Human words for a planned day: a short title and a one-line description, in the runner's units.

use super::kinds::WorkoutKind;
use super::model::Units;
use super::output::{Day, DayNote, PaceRange};
use super::text;

impl Day {
    /// A short title: "Long run 18.0 km", "Rest", "Race: Berlin Marathon".
    pub fn title(&self, units: Units) -> String {
        let dist = text::dist(self.km, units);
        match self.kind {
            WorkoutKind::Rest => "Rest".to_string(),
            WorkoutKind::Easy => format!("Easy run {dist}"),
            WorkoutKind::Long => format!("Long run {dist}"),
            WorkoutKind::Tempo => format!("Tempo run {dist}"),
            WorkoutKind::Intervals => format!("Intervals {dist}"),
            WorkoutKind::Strides => format!("Easy run + strides {dist}"),
            WorkoutKind::Hills => format!("Hill repeats {dist}"),
            WorkoutKind::RacePace => format!("Race-pace run {dist}"),
            WorkoutKind::Race => format!("Race: {}", self.race_name.as_deref().unwrap_or("race")),
            WorkoutKind::Cross => format!("Cross-training {}", text::minutes(self.minutes)),
        }
    }

    /// What to do and how hard, by kind of session.
    fn body(&self, units: Units) -> String {
        let time = text::minutes(self.minutes);
        let hard = text::minutes(self.hard_minutes);
        let pace = |p: Option<PaceRange>| match p {
            Some(p) => format!("at {}", text::pace_range_ascii(p, units)),
            None => String::new(),
        };
        let at = pace(self.pace);
        let feel = if self.pace.is_some() {
            at.clone()
        } else {
            format!("({})", self.effort.feel())
        };
        match self.kind {
            WorkoutKind::Rest => match self.note {
                Some(DayNote::BeforeToday) => "Before today: nothing planned.".to_string(),
                Some(DayNote::Unavailable) => "Rest (not an available day).".to_string(),
                Some(DayNote::PostRace) => "Rest: recovery after the race.".to_string(),
                _ => "Rest day.".to_string(),
            },
            WorkoutKind::Easy => format!("About {time} easy {feel}."),
            WorkoutKind::Long => format!("Long run, about {time}, relaxed and steady {feel}."),
            WorkoutKind::Tempo => {
                format!("Warm up, then {hard} at threshold {at}, cool down; about {time} in all.")
            }
            WorkoutKind::Intervals => {
                let reps = (self.hard_minutes / 3.0).round().max(2.0) as u32;
                format!(
                    "Warm up, then {reps} x 3 min hard {at} with 2 min jog, cool down; about {time} in all."
                )
            }
            WorkoutKind::Strides => {
                format!("About {time} easy {feel}, then 6 x 20 s strides, relaxed and fast.")
            }
            WorkoutKind::Hills => {
                let reps = (self.hard_minutes).round().clamp(4.0, 12.0) as u32;
                format!("Warm up, then {reps} x 45 s uphill hard, jog down; about {time} in all.")
            }
            WorkoutKind::RacePace => {
                format!(
                    "Warm up, then {hard} at goal race pace {at}, cool down; about {time} in all."
                )
            }
            WorkoutKind::Race => {
                format!(
                    "Race day: {}, {} {at}. Good luck!",
                    self.race_name.as_deref().unwrap_or("race"),
                    text::dist(self.km, units)
                )
            }
            WorkoutKind::Cross => format!(
                "About {time} of easy cross-training (cycling, swimming, hiking, yoga or mobility)."
            ),
        }
    }

    /// A one-line description of what to do and how hard.
    pub fn description(&self, units: Units) -> String {
        let note = match (self.kind, self.note) {
            (WorkoutKind::Rest | WorkoutKind::Race, _) => "",
            (_, Some(DayNote::PostRace)) => " Recovery: keep it truly easy.",
            (_, Some(DayNote::PreRace)) => " The day before a race: short and easy.",
            _ => "",
        };
        let body = self.body(units);
        format!("{}{}", body.replace("  ", " ").replace(" .", "."), note)
    }
}

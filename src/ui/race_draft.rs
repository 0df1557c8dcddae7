//! The race form's draft (what the runner typed) and its validation, field by field.

use chrono::NaiveDate;

use super::format;
use crate::plan::goal::{parse_hms, read_race_time, GoalError};
use crate::plan::{Distance, Priority, Race, Units};
use crate::store::edit::race::{check_date, check_name};
use crate::store::edit::{RaceError, RaceField};
use crate::store::RaceId;

/// The distance the race form's select offers: a standard distance or one typed in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum DistanceChoice {
    FiveK,
    TenK,
    Half,
    #[default]
    Marathon,
    FiftyK,
    HundredK,
    /// A distance typed in the runner's units.
    Other,
}

impl DistanceChoice {
    /// Every choice, in the order the select offers them.
    pub const ALL: [DistanceChoice; 7] = [
        DistanceChoice::FiveK,
        DistanceChoice::TenK,
        DistanceChoice::Half,
        DistanceChoice::Marathon,
        DistanceChoice::FiftyK,
        DistanceChoice::HundredK,
        DistanceChoice::Other,
    ];

    /// The choice's option value.
    pub fn key(self) -> &'static str {
        match self {
            DistanceChoice::FiveK => "5k",
            DistanceChoice::TenK => "10k",
            DistanceChoice::Half => "half",
            DistanceChoice::Marathon => "marathon",
            DistanceChoice::FiftyK => "50k",
            DistanceChoice::HundredK => "100k",
            DistanceChoice::Other => "custom",
        }
    }

    /// What the select shows.
    pub fn label(self) -> &'static str {
        match self.standard() {
            Some(d) => crate::plan::text::race_distance_name(d).unwrap_or_default(),
            None => "Other distance…",
        }
    }

    /// The choice an option value names; `None` for any other text.
    pub fn from_key(key: &str) -> Option<DistanceChoice> {
        DistanceChoice::ALL.into_iter().find(|c| c.key() == key)
    }

    /// The choice showing a race's distance.
    pub fn of(d: Distance) -> DistanceChoice {
        match d {
            Distance::FiveK => DistanceChoice::FiveK,
            Distance::TenK => DistanceChoice::TenK,
            Distance::Half => DistanceChoice::Half,
            Distance::Marathon => DistanceChoice::Marathon,
            Distance::FiftyK => DistanceChoice::FiftyK,
            Distance::HundredK => DistanceChoice::HundredK,
            Distance::Custom { .. } => DistanceChoice::Other,
        }
    }

    /// The standard distance chosen (none for a typed one).
    pub fn standard(self) -> Option<Distance> {
        Some(match self {
            DistanceChoice::FiveK => Distance::FiveK,
            DistanceChoice::TenK => Distance::TenK,
            DistanceChoice::Half => Distance::Half,
            DistanceChoice::Marathon => Distance::Marathon,
            DistanceChoice::FiftyK => Distance::FiftyK,
            DistanceChoice::HundredK => Distance::HundredK,
            DistanceChoice::Other => return None,
        })
    }
}

/// What the runner typed, as text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    pub name: String,
    /// ISO date from `<input type=date>`.
    pub date: String,
    /// The distance picked.
    pub distance: DistanceChoice,
    /// Custom distance in the runner's units.
    pub custom: String,
    pub priority: Option<Priority>,
    /// "h:mm:ss", "mm:ss" or empty.
    pub goal: String,
}

/// A message per invalid field (empty when valid).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FieldErrors {
    pub name: Option<String>,
    pub date: Option<String>,
    pub distance: Option<String>,
    pub goal: Option<String>,
}

impl From<RaceError> for FieldErrors {
    /// The message next to the field the error is about.
    fn from(e: RaceError) -> Self {
        let msg = Some(e.to_string());
        match e.field() {
            RaceField::Name => FieldErrors {
                name: msg,
                ..FieldErrors::default()
            },
            RaceField::Date => FieldErrors {
                date: msg,
                ..FieldErrors::default()
            },
            RaceField::Distance => FieldErrors {
                distance: msg,
                ..FieldErrors::default()
            },
        }
    }
}

impl FieldErrors {
    /// Whether no field has a message.
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.date.is_none() && self.distance.is_none() && self.goal.is_none()
    }
}

impl Draft {
    /// A blank form for a new race.
    pub fn new_race() -> Draft {
        Draft {
            distance: DistanceChoice::Marathon,
            priority: Some(Priority::A),
            ..Draft::default()
        }
    }

    /// The form filled with an existing race.
    pub fn from_race(r: &Race, units: Units) -> Draft {
        Draft {
            name: r.name.clone(),
            date: r.date.to_string(),
            distance: DistanceChoice::of(r.distance),
            custom: match r.distance {
                Distance::Custom { km } => format!("{:.2}", units.from_km(km)),
                _ => String::new(),
            },
            priority: Some(r.priority),
            goal: r.goal_time_s.map(format::hms).unwrap_or_default(),
        }
    }

    /// Checks every field; gives the race or a message next to each wrong field.
    /// `others` are the other races (the one being edited excluded).
    pub fn validate(
        &self,
        others: &[(RaceId, Race)],
        today: NaiveDate,
        units: Units,
    ) -> Result<Race, FieldErrors> {
        let mut errors = FieldErrors::default();
        let name = self.name.trim();
        errors.name = check_name(name).err().map(|e| e.to_string());
        let date = self.date.trim().parse::<NaiveDate>().ok();
        errors.date = match date {
            None => Some("Pick the race date.".into()),
            Some(d) => check_date(d, today, others.iter().map(|(_, o)| o))
                .err()
                .map(|e| e.to_string()),
        };
        let distance = self.distance();
        if let Err(msg) = &distance {
            errors.distance = Some(msg.clone());
        }
        let goal = self.goal_time(units).unwrap_or_else(|e| {
            errors.goal = Some(e.to_string());
            None
        });
        let priority = self.priority.unwrap_or(Priority::A);
        match (errors.is_empty(), date, distance) {
            (true, Some(date), Ok(distance)) => Ok(Race {
                name: name.to_string(),
                date,
                distance: distance_in_km(distance, units),
                priority,
                goal_time_s: goal,
            }),
            _ => Err(errors),
        }
    }

    /// The goal time typed, read for the chosen distance (none when the field is empty).
    pub fn goal_time(&self, units: Units) -> Result<Option<u32>, GoalError> {
        if self.goal.trim().is_empty() {
            return Ok(None);
        }
        match self.distance() {
            Ok(d) => read_race_time(&self.goal, distance_in_km(d, units).km()).map(Some),
            Err(_) => parse_hms(&self.goal).map(Some).ok_or(GoalError::NotATime),
        }
    }

    /// How the goal time was read, in words ("3 h 30 min"), for the line next to the field.
    pub fn goal_reading(&self, units: Units) -> Option<String> {
        self.goal_time(units)
            .ok()
            .flatten()
            .map(|s| format!("Read as {}.", format::duration_words(s)))
    }

    /// The chosen distance (a custom one still in the runner's units).
    fn distance(&self) -> Result<Distance, String> {
        if let Some(d) = self.distance.standard() {
            return Ok(d);
        }
        let v: f64 = self
            .custom
            .trim()
            .replace(',', ".")
            .parse()
            .map_err(|_| "Type the distance as a number.".to_string())?;
        if !(1.0..=250.0).contains(&v) {
            return Err("The distance must be between 1 and 250.".into());
        }
        Ok(Distance::Custom { km: v })
    }
}

/// Converts a custom distance typed in the runner's units to km.
fn distance_in_km(d: Distance, units: Units) -> Distance {
    match d {
        Distance::Custom { km } => Distance::Custom {
            km: units.to_km(km),
        },
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn draft(name: &str, date: &str) -> Draft {
        Draft {
            name: name.into(),
            date: date.into(),
            ..Draft::new_race()
        }
    }

    #[test]
    fn distance_choices_read_back_from_their_keys() {
        for c in DistanceChoice::ALL {
            assert_eq!(DistanceChoice::from_key(c.key()), Some(c));
            if let Some(d) = c.standard() {
                assert_eq!(DistanceChoice::of(d), c);
            }
        }
        assert_eq!(DistanceChoice::from_key("Marathon"), None);
        assert_eq!(DistanceChoice::Half.label(), "Half marathon");
        assert_eq!(DistanceChoice::Other.label(), "Other distance…");
    }

    #[test]
    fn accepts_a_valid_marathon() {
        let mut d = draft(" Berlin ", "2026-09-27");
        d.goal = "3:30:00".into();
        let r = d.validate(&[], day(2026, 3, 1), Units::Km).unwrap();
        assert_eq!(r.name, "Berlin");
        assert_eq!(r.distance, Distance::Marathon);
        assert_eq!(r.goal_time_s, Some(12600));
    }

    #[test]
    fn flags_each_bad_field() {
        let mut d = draft("", "2026-01-01");
        d.goal = "fast".into();
        d.distance = DistanceChoice::Other;
        d.custom = "0".into();
        let e = d.validate(&[], day(2026, 3, 1), Units::Km).unwrap_err();
        assert!(e.name.is_some());
        assert!(e.date.unwrap().contains("past"));
        assert!(e.distance.is_some());
        assert!(e.goal.is_some());
    }

    #[test]
    fn goal_times_are_read_for_the_distance_and_shown_back() {
        let mut d = draft("Half", "2026-06-01");
        d.distance = DistanceChoice::Half;
        d.goal = "3:30".into();
        let r = d.validate(&[], day(2026, 3, 1), Units::Km).unwrap();
        assert_eq!(
            r.goal_time_s,
            Some(3 * 3600 + 30 * 60),
            "a half in 3:30 is h:mm"
        );
        assert_eq!(
            d.goal_reading(Units::Km).as_deref(),
            Some("Read as 3 h 30 min.")
        );
        d.goal = "330".into();
        let e = d.validate(&[], day(2026, 3, 1), Units::Km).unwrap_err();
        assert!(e.goal.unwrap().contains("walking pace"));
        assert_eq!(d.goal_reading(Units::Km), None);
        d.distance = DistanceChoice::TenK;
        d.goal = "47:30".into();
        assert_eq!(
            d.goal_reading(Units::Km).as_deref(),
            Some("Read as 47 min 30 s.")
        );
    }

    #[test]
    fn rejects_two_races_on_one_day() {
        let other = draft("Spring 10K", "2026-05-10")
            .validate(&[], day(2026, 3, 1), Units::Km)
            .unwrap();
        let e = draft("Other", "2026-05-10")
            .validate(&[(1, other)], day(2026, 3, 1), Units::Km)
            .unwrap_err();
        assert!(e.date.unwrap().contains("Spring 10K"));
    }

    #[test]
    fn custom_distance_in_miles_is_stored_in_km() {
        let mut d = draft("Trail", "2026-06-01");
        d.distance = DistanceChoice::Other;
        d.custom = "10".into();
        let r = d.validate(&[], day(2026, 3, 1), Units::Mi).unwrap();
        assert!((r.distance.km() - 16.09344).abs() < 1e-6);
        let back = Draft::from_race(&r, Units::Mi);
        assert_eq!(back.custom, "10.00");
    }
}

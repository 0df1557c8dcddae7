//! The rules of a race as the runner or a host page enters it: a name, a date from today up
//! to the planner's horizon, one race per day; and the ids races are stored under.

use chrono::{Datelike, Duration, NaiveDate};

use crate::plan::text::date_long;
use crate::plan::validate::{last_race_date, MAX_HORIZON_YEARS};
use crate::plan::{Distance, Priority, Race};
use crate::store::schema::{Document, RaceId, StoredRace};

/// The longest race name accepted, in characters.
pub const MAX_RACE_NAME: usize = 80;

/// Why a race cannot be entered as it is; each message is written for the form field it names.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RaceError {
    /// The name is empty (or only spaces).
    #[error("Give the race a name.")]
    NoName,
    /// The name is longer than [`MAX_RACE_NAME`].
    #[error("Keep the name under {MAX_RACE_NAME} characters.")]
    NameTooLong,
    /// The name holds a line break or another control character.
    #[error("The name cannot hold line breaks or other control characters.")]
    NameControl,
    /// The date is before today.
    #[error("This date is in the past (today is {}).", long(.today))]
    InPast {
        /// The day the race was entered on.
        today: NaiveDate,
    },
    /// The date is beyond the planner's horizon.
    #[error("Plans reach at most {MAX_HORIZON_YEARS} years ahead: choose a date until {}.", long(.last))]
    TooFar {
        /// The last date a race may be on.
        last: NaiveDate,
    },
    /// Another race is on the same day.
    #[error("\"{other}\" is already on this day; one race per day.")]
    SameDay {
        /// The name of the race already on that day.
        other: String,
    },
    /// The distance is zero, negative or not a number.
    #[error("The distance must be a number above zero.")]
    BadDistance,
}

fn long(d: &NaiveDate) -> String {
    date_long(*d)
}

/// Which field of a race an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RaceField {
    Name,
    Date,
    Distance,
}

impl RaceError {
    /// The field the error belongs next to.
    pub fn field(&self) -> RaceField {
        match self {
            RaceError::NoName | RaceError::NameTooLong | RaceError::NameControl => RaceField::Name,
            RaceError::InPast { .. } | RaceError::TooFar { .. } | RaceError::SameDay { .. } => {
                RaceField::Date
            }
            RaceError::BadDistance => RaceField::Distance,
        }
    }
}

/// Checks a race name (leading and trailing spaces do not count).
pub fn check_name(name: &str) -> Result<(), RaceError> {
    let name = name.trim();
    if name.is_empty() {
        Err(RaceError::NoName)
    } else if name.chars().count() > MAX_RACE_NAME {
        Err(RaceError::NameTooLong)
    } else if name.chars().any(char::is_control) {
        Err(RaceError::NameControl)
    } else {
        Ok(())
    }
}

/// Checks a race date entered on `today` against the planner's horizon and the `others`
/// races of the season (one race per day).
pub fn check_date<'a>(
    date: NaiveDate,
    today: NaiveDate,
    others: impl IntoIterator<Item = &'a Race>,
) -> Result<(), RaceError> {
    if date < today {
        return Err(RaceError::InPast { today });
    }
    let last = last_race_date(today);
    if date > last {
        return Err(RaceError::TooFar { last });
    }
    match others.into_iter().find(|o| o.date == date) {
        Some(other) => Err(RaceError::SameDay {
            other: other.name.clone(),
        }),
        None => Ok(()),
    }
}

/// Checks a distance: finite and above zero.
pub fn check_distance(d: Distance) -> Result<(), RaceError> {
    let km = d.km();
    if km.is_finite() && km > 0.0 {
        Ok(())
    } else {
        Err(RaceError::BadDistance)
    }
}

/// The race with its name trimmed, if every rule holds.
pub fn checked<'a>(
    race: Race,
    today: NaiveDate,
    others: impl IntoIterator<Item = &'a Race>,
) -> Result<Race, RaceError> {
    check_name(&race.name)?;
    check_date(race.date, today, others)?;
    check_distance(race.distance)?;
    Ok(Race {
        name: race.name.trim().to_string(),
        ..race
    })
}

/// Where an id search starts for a race: a hash of its content (FNV-1a). Two tabs adding
/// different races pick different ids, and the same race added in two tabs gets one id, so
/// merging keeps it once; no clock or random number is needed.
fn id_seed(race: &Race) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(race.name.as_bytes());
    eat(&race.date.num_days_from_ce().to_le_bytes());
    eat(&race.distance.km().to_bits().to_le_bytes());
    eat(&[race.priority as u8]);
    eat(&race.goal_time_s.unwrap_or(0).to_le_bytes());
    h
}

/// Adds checked races to the document with fresh ids, all or none: every race is checked
/// against the document's races and the ones before it. The error names the race (from 1).
pub fn add_all(
    doc: &mut Document,
    races: Vec<Race>,
    today: NaiveDate,
    example: bool,
) -> Result<Vec<RaceId>, (usize, RaceError)> {
    let mut fresh: Vec<Race> = Vec::with_capacity(races.len());
    for (i, race) in races.into_iter().enumerate() {
        let others = doc.races.iter().map(|r| &r.race).chain(fresh.iter());
        fresh.push(checked(race, today, others).map_err(|e| (i + 1, e))?);
    }
    let mut ids = Vec::with_capacity(fresh.len());
    for race in fresh {
        let id = doc.unused_race_id(id_seed(&race));
        ids.push(id);
        doc.races.push(StoredRace { id, race, example });
    }
    doc.normalize_races();
    Ok(ids)
}

/// Replaces the race with `id` (checked against the other races). An edited example race
/// becomes the runner's own. When the race is gone (deleted in another tab meanwhile) it is
/// added again under a new id rather than losing what the runner typed: `Ok(Some(new id))`.
pub fn replace(
    doc: &mut Document,
    id: RaceId,
    race: Race,
    today: NaiveDate,
) -> Result<Option<RaceId>, RaceError> {
    let others = doc.races.iter().filter(|r| r.id != id).map(|r| &r.race);
    let race = checked(race, today, others)?;
    match doc.races.iter_mut().find(|r| r.id == id) {
        Some(slot) => {
            slot.race = race;
            slot.example = false;
            doc.normalize_races();
            Ok(None)
        }
        None => {
            let id = doc.unused_race_id(id_seed(&race));
            doc.races.push(StoredRace {
                id,
                race,
                example: false,
            });
            doc.normalize_races();
            Ok(Some(id))
        }
    }
}

/// The example season relative to `today`: a goal marathon, a 10K tune-up and a training 5K.
pub fn example_races(today: NaiveDate) -> Vec<Race> {
    let race = |name: &str, days: i64, distance, priority, goal| Race {
        name: format!("Example: {name}"),
        date: today + Duration::days(days),
        distance,
        priority,
        goal_time_s: goal,
    };
    vec![
        race("Park 5K", 35, Distance::FiveK, Priority::C, None),
        race("City 10K", 84, Distance::TenK, Priority::B, Some(2820)),
        race(
            "Autumn Marathon",
            140,
            Distance::Marathon,
            Priority::A,
            Some(13_500),
        ),
    ]
}

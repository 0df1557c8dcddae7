//! The names of the runner's choices: `key()` (stable text for element ids, `<option>` values
//! and CSS classes), `label()` (what people read) and `from_key()` (the one way back from
//! text: any other text is `None`, never a silent default). A leaf over `model`.

use chrono::Weekday;

use super::model::{DeloadCadence, Experience, Priority, Units, WarningSign, WeekStart, WEEKDAYS};

/// Implements `ALL`, `key`, `label` and `from_key` for a choice from one table.
macro_rules! choice {
    ($ty:ident, [$(($v:ident, $key:literal, $label:literal)),+ $(,)?]) => {
        impl $ty {
            /// Every choice, in the order forms offer them.
            pub const ALL: &'static [$ty] = &[$($ty::$v),+];

            /// The choice's stable name (element ids, option values, CSS classes).
            pub fn key(self) -> &'static str {
                match self {
                    $($ty::$v => $key),+
                }
            }

            /// The choice as people read it.
            pub fn label(self) -> &'static str {
                match self {
                    $($ty::$v => $label),+
                }
            }

            /// The choice a key names; `None` for any other text.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|c| c.key() == key)
            }
        }
    };
}

impl Units {
    /// Both units, in the order the settings offer them.
    pub const ALL: &'static [Units] = &[Units::Km, Units::Mi];

    /// The unit's stable name: its short label ("km", "mi").
    pub fn key(self) -> &'static str {
        self.label()
    }

    /// The unit's name in words ("Kilometres").
    pub fn name(self) -> &'static str {
        match self {
            Units::Km => "Kilometres",
            Units::Mi => "Miles",
        }
    }

    /// The unit a key names; `None` for any other text.
    pub fn from_key(key: &str) -> Option<Units> {
        Units::ALL.iter().copied().find(|u| u.key() == key)
    }
}

choice!(
    WeekStart,
    [(Monday, "monday", "Monday"), (Sunday, "sunday", "Sunday"),]
);

choice!(Priority, [(A, "a", "A"), (B, "b", "B"), (C, "c", "C"),]);

choice!(
    Experience,
    [
        (Beginner, "beginner", "Beginner"),
        (Intermediate, "intermediate", "Intermediate"),
        (Advanced, "advanced", "Advanced"),
        (Masters, "masters", "Masters"),
    ]
);

choice!(
    DeloadCadence,
    [
        (Auto, "auto", "Automatic (from experience)"),
        (Every3, "3", "Every 3rd week (2 load : 1 deload)"),
        (Every4, "4", "Every 4th week (3 load : 1 deload)"),
        (Every6To8, "6", "Every 6–8 weeks"),
    ]
);

choice!(
    WarningSign,
    [
        (
            NoProgress,
            "no_progress",
            "No progress despite consistent training"
        ),
        (Fatigue, "fatigue", "Tired in body or mind"),
        (
            InjuryOrIllness,
            "injury_or_illness",
            "Often injured or ill lately"
        ),
        (LowMotivation, "low_motivation", "Motivation has dropped"),
        (PoorSleep, "poor_sleep", "Sleeping badly"),
    ]
);

/// A weekday's stable name ("mon", ..., "sun").
pub fn weekday_key(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// A weekday's full name ("Monday").
pub fn weekday_label(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The weekday a key names; `None` for any other text.
pub fn weekday_from_key(key: &str) -> Option<Weekday> {
    WEEKDAYS.into_iter().find(|d| weekday_key(*d) == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trips<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        key: fn(T) -> &'static str,
        from: fn(&str) -> Option<T>,
    ) {
        for c in all {
            assert_eq!(from(key(*c)), Some(*c), "{c:?}");
        }
        let mut keys: Vec<_> = all.iter().map(|c| key(*c)).collect();
        keys.dedup();
        assert_eq!(keys.len(), all.len(), "keys are distinct");
        assert_eq!(from(""), None);
        assert_eq!(from("Beginner"), None, "labels are not keys");
    }

    #[test]
    fn every_key_reads_back_and_other_text_is_none() {
        round_trips(Units::ALL, Units::key, Units::from_key);
        round_trips(WeekStart::ALL, WeekStart::key, WeekStart::from_key);
        round_trips(Priority::ALL, Priority::key, Priority::from_key);
        round_trips(Experience::ALL, Experience::key, Experience::from_key);
        round_trips(
            DeloadCadence::ALL,
            DeloadCadence::key,
            DeloadCadence::from_key,
        );
        round_trips(WarningSign::ALL, WarningSign::key, WarningSign::from_key);
        round_trips(&WEEKDAYS, weekday_key, weekday_from_key);
        assert_eq!(weekday_label(Weekday::Sat), "Saturday");
        assert_eq!(Priority::B.label(), "B");
    }

    /// Stored names and keys agree where both exist, so a key can be read as stored data.
    #[test]
    fn keys_are_the_serde_names() {
        for w in WarningSign::ALL {
            let json = serde_json::to_string(w).unwrap();
            assert_eq!(json, format!("\"{}\"", w.key()));
        }
        for e in Experience::ALL {
            let json = serde_json::to_string(e).unwrap();
            assert_eq!(json, format!("\"{}\"", e.key()));
        }
    }
}

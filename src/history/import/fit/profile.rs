//! The few pieces of the FIT profile Periodize needs: message and field numbers, scales, and
//! the sport and file-type codes (Garmin FIT SDK Profile.xlsx).

use crate::history::Sport;

/// Global message numbers.
pub mod mesg {
    /// file_id: what kind of file this is.
    pub const FILE_ID: u16 = 0;
    /// sport: the sport of the whole file.
    pub const SPORT: u16 = 12;
    /// session: one sport's totals (a triathlon has several).
    pub const SESSION: u16 = 18;
    /// lap: one lap's totals.
    pub const LAP: u16 = 19;
    /// record: one sampled point.
    pub const RECORD: u16 = 20;
    /// activity: the whole activity, with its local time.
    pub const ACTIVITY: u16 = 34;
}

/// Field numbers of session messages; laps share start_time, elapsed, timer and distance
/// but number heart rate and ascent differently (see [`lap`]).
pub mod total {
    /// start_time (FIT seconds).
    pub const START_TIME: u8 = 2;
    /// sport (session only).
    pub const SPORT: u8 = 5;
    /// sub_sport (session only).
    pub const SUB_SPORT: u8 = 6;
    /// total_elapsed_time (s * 1000).
    pub const ELAPSED: u8 = 7;
    /// total_timer_time (s * 1000).
    pub const TIMER: u8 = 8;
    /// total_distance (m * 100).
    pub const DISTANCE: u8 = 9;
    /// avg_heart_rate (bpm).
    pub const AVG_HR: u8 = 16;
    /// max_heart_rate (bpm).
    pub const MAX_HR: u8 = 17;
    /// total_ascent (m).
    pub const ASCENT: u8 = 22;
}

/// Lap fields whose numbers differ from the session's.
pub mod lap {
    /// avg_heart_rate (bpm).
    pub const AVG_HR: u8 = 15;
    /// max_heart_rate (bpm).
    pub const MAX_HR: u8 = 16;
    /// total_ascent (m).
    pub const ASCENT: u8 = 21;
}

/// Field numbers of record messages.
pub mod record {
    /// position_lat (semicircles).
    pub const LAT: u8 = 0;
    /// position_long (semicircles).
    pub const LON: u8 = 1;
    /// altitude ((m + 500) * 5).
    pub const ALTITUDE: u8 = 2;
    /// heart_rate (bpm).
    pub const HEART_RATE: u8 = 3;
    /// distance (m * 100).
    pub const DISTANCE: u8 = 5;
    /// enhanced_altitude ((m + 500) * 5, 32 bits).
    pub const ENHANCED_ALTITUDE: u8 = 78;
}

/// file_id.type (field 0) for activity files.
pub const FILE_TYPE_ACTIVITY: f64 = 4.0;
/// activity.local_timestamp (field 5).
pub const LOCAL_TIMESTAMP: u8 = 5;

/// The profile name of a file type other than activity, for the "not an activity" message;
/// None for codes the profile does not name (those files are read as activities).
pub fn file_type_name(code: f64) -> Option<&'static str> {
    Some(match code as u8 {
        1 => "device",
        2 => "settings",
        3 => "sport",
        5 => "workout",
        6 => "course",
        7 => "schedules",
        9 => "weight",
        10 => "totals",
        11 => "goals",
        14 => "blood_pressure",
        15 => "monitoring_a",
        20 => "activity_summary",
        28 => "monitoring_daily",
        32 => "monitoring_b",
        34 => "segment",
        35 => "segment_list",
        40 => "exd_configuration",
        _ => return None,
    })
}

/// A FIT sport and sub_sport code as Periodize's sport.
pub fn sport(sport: Option<f64>, sub_sport: Option<f64>) -> Sport {
    let sub = sub_sport.map(|s| s as u8);
    match sport.map(|s| s as u8) {
        Some(1) if sub == Some(3) => Sport::TrailRun,
        Some(1) => Sport::Run,
        Some(2) => Sport::Ride,
        Some(5) => Sport::Swim,
        Some(11) | Some(17) => Sport::WalkHike,
        Some(10) if sub == Some(20) => Sport::Strength,
        // fitness_equipment: treadmill, indoor_cycling, strength_training.
        Some(4) if sub == Some(1) => Sport::Run,
        Some(4) if sub == Some(6) => Sport::Ride,
        Some(4) if sub == Some(20) => Sport::Strength,
        _ => Sport::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sports_map_by_code() {
        assert_eq!(sport(Some(1.0), Some(0.0)), Sport::Run);
        assert_eq!(sport(Some(1.0), Some(3.0)), Sport::TrailRun);
        assert_eq!(sport(Some(2.0), None), Sport::Ride);
        assert_eq!(sport(Some(5.0), Some(17.0)), Sport::Swim);
        assert_eq!(sport(Some(17.0), None), Sport::WalkHike);
        assert_eq!(sport(Some(10.0), Some(20.0)), Sport::Strength);
        assert_eq!(sport(Some(10.0), Some(26.0)), Sport::Other);
        assert_eq!(sport(Some(3.0), None), Sport::Other); // transition
        assert_eq!(sport(None, None), Sport::Other);
    }

    #[test]
    fn file_types_are_named() {
        assert_eq!(file_type_name(2.0), Some("settings"));
        assert_eq!(file_type_name(4.0), None);
        assert_eq!(file_type_name(200.0), None);
    }
}

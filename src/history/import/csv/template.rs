//! The simple CSV template for runners who keep a spreadsheet.
//!
//! ```text
//! date,sport,distance_km,duration,avg_hr,rpe,elevation_gain_m,name
//! 2024-03-12,run,10.2,0:52:30,148,5,85,Easy loop
//! 2024-03-14 18:30,trail run,21,2:15:00,,7,640,
//! 2024-03-15,strength,,45,,6,,Gym
//! ```
//!
//! Required columns: `date` (`YYYY-MM-DD`, optionally with a time `HH:MM[:SS]`, or a
//! separate `time` column) and `sport` (run, trail run, walk, hike, ride, swim, strength or
//! anything else), plus `duration` or a distance. Distance: `distance_km`, `distance_mi`,
//! `distance_m` or `distance` (km). Duration: `h:mm:ss`, `mm:ss`, or minutes as a plain
//! number (`45`, `52.5`). Optional: `moving_time`, `avg_hr`, `max_hr`, `rpe` (1-10),
//! `elevation_gain_m`, `name`. Columns may come in any order; unknown columns are ignored.
//! Semicolons and decimal commas (`10,2`) work too.

use super::table::{cell, quoted, CsvImport, CsvRow, Table};
use crate::history::import::text::{
    guess_style, parse_datetime, parse_duration, parse_number, sport_from_label,
};
use crate::history::Activity;
use crate::plan::KM_PER_MILE;

const DISTANCES: [(&str, f64); 4] = [
    ("distance_km", 1000.0),
    ("distance_mi", KM_PER_MILE * 1000.0),
    ("distance_m", 1.0),
    ("distance", 1000.0),
];

/// Whether the header is the template's: `date`, `sport` and a duration or distance.
pub(crate) fn matches(t: &Table) -> bool {
    t.col(&["date"]).is_some()
        && t.col(&["sport"]).is_some()
        && (t.col(&["duration"]).is_some() || DISTANCES.iter().any(|(n, _)| t.col(&[n]).is_some()))
}

/// Reads every row; rows without a readable date or with neither duration nor distance become
/// row errors.
pub(crate) fn import(file: &str, t: &Table) -> CsvImport {
    let date = t.col(&["date"]);
    let time = t.col(&["time", "start_time"]);
    let sport = t.col(&["sport"]);
    let distance = DISTANCES
        .iter()
        .find_map(|(n, scale)| t.col(&[n]).map(|c| (c, *scale)));
    let duration = t.col(&["duration"]);
    let moving = t.col(&["moving_time"]);
    let (avg_hr, max_hr, rpe) = (t.col(&["avg_hr"]), t.col(&["max_hr"]), t.col(&["rpe"]));
    let gain = t.col(&["elevation_gain_m"]);
    let name = t.col(&["name"]);
    let style = guess_style(t.rows.iter().map(|r| cell(r, distance.map(|d| d.0))));
    let mut out = CsvImport::default();
    for (i, row) in t.rows.iter().enumerate() {
        let when = format!("{} {}", cell(row, date), cell(row, time));
        let Some(start) = parse_datetime(when.trim()) else {
            out.refuse(
                file,
                i,
                format!("cannot read the date {}", quoted(when.trim())),
            );
            continue;
        };
        let distance_m = distance
            .and_then(|(c, scale)| parse_number(cell(row, Some(c)), style).map(|v| v * scale));
        let duration_s = parse_duration(cell(row, duration), 60.0);
        if distance_m.is_none() && duration_s.is_none() {
            out.refuse(file, i, "neither a distance nor a duration");
            continue;
        }
        let num = |col| parse_number(cell(row, col), style);
        let elapsed = duration_s.unwrap_or(0.0);
        let kind = sport_from_label(cell(row, sport));
        let mut a = Activity::new(
            start,
            kind,
            distance_m.unwrap_or(0.0).max(0.0),
            elapsed,
            file,
        );
        a.moving_s = parse_duration(cell(row, moving), 60.0).unwrap_or(elapsed);
        a.avg_hr = num(avg_hr).filter(|h| *h > 0.0);
        a.max_hr = num(max_hr).filter(|h| *h > 0.0);
        a.rpe = num(rpe).filter(|r| (1.0..=10.0).contains(r));
        a.elevation_gain_m = num(gain).filter(|g| *g >= 0.0);
        a.name = Some(cell(row, name).to_string()).filter(|n| !n.is_empty());
        out.rows.push(CsvRow {
            activity: a,
            filename: None,
        });
    }
    out
}

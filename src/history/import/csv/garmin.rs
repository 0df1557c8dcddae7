//! Garmin Connect's activities list export (`Activities.csv`).
//!
//! Distances are in the account's display unit, read here as km (metres for swims, which
//! Garmin writes as `1,500`); missing values are `--`; times are `01:02:03` or `52:13.4`;
//! dates are local wall-clock time without an offset.

use super::table::{cell, quoted, CsvImport, CsvRow, Table};
use crate::history::import::text::{
    guess_style, parse_datetime, parse_duration, parse_number, sport_from_label, NumberStyle,
};
use crate::history::{Activity, Sport};

/// Whether the header is Garmin Connect's: `Activity Type`, `Date` and `Title`.
pub fn matches(t: &Table) -> bool {
    t.col(&["activity type"]).is_some() && t.col(&["date"]).is_some() && t.col(&["title"]).is_some()
}

/// Reads every row; rows without a readable date become row errors.
pub fn import(file: &str, t: &Table) -> CsvImport {
    let date = t.col(&["date"]);
    let kind = t.col(&["activity type"]);
    let title = t.col(&["title"]);
    let distance = t.col(&["distance"]);
    let time = t.col(&["time", "activity time"]);
    let elapsed = t.col(&["elapsed time"]);
    let moving = t.col(&["moving time"]);
    let gain = t.col(&["total ascent", "elev gain"]);
    let (avg_hr, max_hr) = (t.col(&["avg hr"]), t.col(&["max hr"]));
    let style = guess_style(t.rows.iter().map(|r| cell(r, distance)));
    let mut out = CsvImport::default();
    for (i, row) in t.rows.iter().enumerate() {
        let Some(start) = parse_datetime(cell(row, date)) else {
            out.refuse(
                file,
                i,
                format!("cannot read the date {}", quoted(cell(row, date))),
            );
            continue;
        };
        let sport = sport_from_label(cell(row, kind));
        let distance_m = match sport {
            // Swims are in metres with a thousands separator.
            Sport::Swim => parse_number(cell(row, distance), NumberStyle::default()),
            _ => parse_number(cell(row, distance), style).map(|km| km * 1000.0),
        }
        .unwrap_or(0.0);
        let dur = |col| parse_duration(cell(row, col), 1.0);
        let elapsed_s = dur(elapsed).or(dur(time)).or(dur(moving)).unwrap_or(0.0);
        let mut a = Activity::new(start, sport, distance_m.max(0.0), elapsed_s, file);
        a.moving_s = dur(moving).or(dur(time)).unwrap_or(elapsed_s);
        a.elevation_gain_m = parse_number(cell(row, gain), style).filter(|g| *g >= 0.0);
        a.avg_hr = parse_number(cell(row, avg_hr), style).filter(|h| *h > 0.0);
        a.max_hr = parse_number(cell(row, max_hr), style).filter(|h| *h > 0.0);
        a.name = Some(cell(row, title).to_string()).filter(|n| !n.is_empty());
        out.rows.push(CsvRow {
            activity: a,
            filename: None,
        });
    }
    out
}

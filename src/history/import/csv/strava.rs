//! Strava's bulk-export `activities.csv`.
//!
//! Real exports repeat some headers: the first `Distance` is in the athlete's display unit
//! (km, or metres for swims), the second is always metres; both `Elapsed Time` columns are
//! seconds. Exports made in another language translate headers and dates (German:
//! `Aktivitätsdatum`, `Distanz`, `12.03.2024, 18:05:09`); dates are UTC.

use super::table::{cell, quoted, CsvImport, CsvRow, Table};
use crate::history::import::text::{guess_style, parse_datetime, parse_number, sport_from_label};
use crate::history::{Activity, Sport};

const ID: &[&str] = &[
    "activity id",
    "aktivitäts-id",
    "id de l'activité",
    "id de actividad",
];
const DATE: &[&str] = &[
    "activity date",
    "aktivitätsdatum",
    "date de l'activité",
    "fecha de la actividad",
    "data attività",
    "activiteitsdatum",
];
const TYPE: &[&str] = &[
    "activity type",
    "aktivitätsart",
    "type d'activité",
    "tipo de actividad",
    "tipo di attività",
    "activiteitstype",
];
const NAME: &[&str] = &["activity name", "name der aktivität", "nom de l'activité"];
const DISTANCE: &[&str] = &["distance", "distanz", "distancia", "distanza", "afstand"];
const ELAPSED: &[&str] = &[
    "elapsed time",
    "verstrichene zeit",
    "temps écoulé",
    "tiempo transcurrido",
];
const MOVING: &[&str] = &[
    "moving time",
    "bewegungszeit",
    "temps de déplacement",
    "tiempo en movimiento",
];
const GAIN: &[&str] = &[
    "elevation gain",
    "höhenmeter bergauf",
    "dénivelé positif",
    "desnivel positivo",
];
const AVG_HR: &[&str] = &[
    "average heart rate",
    "durchschnittliche herzfrequenz",
    "fréquence cardiaque moyenne",
];
const MAX_HR: &[&str] = &[
    "max heart rate",
    "maximale herzfrequenz",
    "fréquence cardiaque max.",
];
const RPE: &[&str] = &["perceived exertion", "gefühlte anstrengung", "effort perçu"];
const FILENAME: &[&str] = &[
    "filename",
    "dateiname",
    "nom du fichier",
    "nombre de archivo",
];

/// Whether the header is Strava's: an activity id or date column and an activity type.
pub fn matches(t: &Table) -> bool {
    (t.col(ID).is_some() || t.col(DATE).is_some()) && t.col(TYPE).is_some() && t.col(DATE).is_some()
}

/// Reads every row; rows without a readable date become row errors.
pub fn import(file: &str, t: &Table) -> CsvImport {
    let date = t.col(DATE);
    let kind = t.col(TYPE);
    let name = t.col(NAME);
    let distances = t.cols(DISTANCE);
    let (dist_first, dist_m) = (distances.first().copied(), distances.get(1).copied());
    let elapsed = t.col(ELAPSED);
    let moving = t.col(MOVING);
    let (gain, avg_hr, max_hr) = (t.col(GAIN), t.col(AVG_HR), t.cols(MAX_HR).last().copied());
    let (rpe, filename) = (t.col(RPE), t.col(FILENAME));
    let style = guess_style(t.rows.iter().map(|r| cell(r, dist_first)));
    let num = |row: &[String], col| parse_number(cell(row, col), style);
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
        let distance_m = match (num(row, dist_m), num(row, dist_first)) {
            (Some(m), _) => m,
            (None, Some(v)) if sport == Sport::Swim && v > 50.0 => v,
            (None, Some(km)) => km * 1000.0,
            (None, None) => 0.0,
        };
        let elapsed_s = num(row, elapsed).unwrap_or(0.0);
        let mut a = Activity::new(start, sport, distance_m.max(0.0), elapsed_s.max(0.0), file);
        a.moving_s = num(row, moving).unwrap_or(a.elapsed_s).max(0.0);
        if a.elapsed_s == 0.0 {
            a.elapsed_s = a.moving_s;
        }
        a.elevation_gain_m = num(row, gain).filter(|g| *g >= 0.0);
        a.avg_hr = num(row, avg_hr).filter(|h| *h > 0.0);
        a.max_hr = num(row, max_hr).filter(|h| *h > 0.0);
        a.rpe = num(row, rpe).filter(|r| (1.0..=10.0).contains(r));
        a.name = Some(cell(row, name).to_string()).filter(|n| !n.is_empty());
        let filename = Some(cell(row, filename).to_string()).filter(|f| !f.is_empty());
        out.rows.push(CsvRow {
            activity: a,
            filename,
        });
    }
    out
}

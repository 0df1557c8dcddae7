//! The plan as CSV: one row per day with its week, phase, workout, distance, time and description.

use crate::plan::text::pace_range_ascii;
use crate::plan::{steps, Plan, Units};

use super::describe_with_steps;

/// Writes `plan` as CSV with a header row, distances in `units`.
pub fn write(plan: &Plan, units: Units) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let dist = format!("distance_{}", units.label());
    let header = [
        "date",
        "week_start",
        "phase",
        "week_kind",
        "type",
        "title",
        dist.as_str(),
        "minutes",
        "pace",
        "description",
    ];
    // Writing to a Vec cannot fail; errors would only come from I/O.
    let _ = w.write_record(header);
    let all_steps = steps::for_plan(plan);
    for (week, week_steps) in plan.weeks.iter().zip(&all_steps) {
        let phase = week.phase.label();
        let kind = week.kind.label();
        for (d, s) in week.days.iter().zip(week_steps) {
            let row = [
                d.date.to_string(),
                week.start.to_string(),
                phase.to_string(),
                kind.to_string(),
                d.kind.label().to_string(),
                d.title(units),
                format!("{:.1}", units.from_km(d.km)),
                format!("{:.0}", d.minutes),
                d.pace
                    .map(|p| pace_range_ascii(p, units))
                    .unwrap_or_default(),
                describe_with_steps(d, s.as_ref(), units),
            ];
            let _ = w.write_record(&row);
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

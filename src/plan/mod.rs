//! The planning core: races + settings + baseline + today -> a periodized plan.
//!
//! Pure and deterministic: no clock, no I/O, no browser. The one entry point is [`generate`].
//!
//! Modules are private; what the app, the CLI and the tests use is re-exported here. Public
//! modules are interfaces of their own: `scenario` (the SCENARIO.json format), `report` (the
//! CLI's output), `science` (the cited rules and their figures) and `validate` (the input limits
//! forms check against).

mod bounds;
mod carry;
mod choices;
mod context;
mod days;
mod describe;
mod error;
mod frame;
pub mod goal;
mod horizon;
mod kinds;
mod model;
mod output;
mod pace;
mod projection;
mod reason;
mod recovery;
pub mod report;
pub mod scenario;
pub mod science;
pub mod steps;
pub mod text;
mod train;
pub mod validate;
mod warnings;
mod week;

pub use choices::{weekday_from_key, weekday_key, weekday_label};
pub use error::PlanError;
pub use frame::recovery_days;
pub use kinds::{Effort, Phase, WeekKind, WorkoutKind};
pub use model::*;
pub use output::*;
pub use projection::{day_load, CTL_DAYS};
pub use reason::{PeakLimit, Reason, VolumeLimit, Warning};

/// Turns everything the runner told us into a plan, or says why it cannot.
///
/// Steps: validate; lay out the weekly skeleton (phases back from each A race, tapers, race weeks,
/// recoveries, transition, deloads); choose each week's volume and long run in order and lay it
/// over the days; collect warnings; project fitness, fatigue and form.
pub fn generate(input: &PlanInput) -> Result<Plan, PlanError> {
    let races = validate::validate(input)?;
    let start = frame::week_start_of(input.today, input);
    let frames = frame::build(input, &races, start);
    let ctx = context::Ctx::new(input, &races, start, frames.len() * 7);
    let mut carry = carry::Carry::new(&ctx);
    let weeks: Vec<Week> = frames
        .iter()
        .map(|f| week::build(&ctx, f, &mut carry))
        .collect();
    let warnings = warnings::collect(&ctx, &frames);
    let target = frame::anchors(&races).first().copied().unwrap_or(0);
    let seed = projection::seed(&input.baseline, ctx.easy_pace(target));
    let projection = projection::project(&weeks, input.today, seed);
    Ok(Plan {
        weeks,
        warnings,
        projection,
        races,
    })
}

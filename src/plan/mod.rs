//! The planning core: races + settings + baseline + today -> a periodized plan.
//!
//! Pure and deterministic: no clock, no I/O, no browser. The one entry point is [`generate`].

pub mod context;
pub mod days;
pub mod describe;
pub mod error;
pub mod frame;
pub mod model;
pub mod output;
pub mod pace;
pub mod projection;
pub mod reason;
pub mod report;
pub mod scenario;
pub mod science;
pub mod text;
pub mod train;
pub mod validate;
pub mod warnings;
pub mod week;

pub use error::PlanError;
pub use model::*;
pub use output::*;
pub use reason::{Reason, VolumeLimit, Warning};

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
    let mut state = week::State::new(&ctx);
    let weeks: Vec<Week> = frames.iter().map(|f| state.week(&ctx, f)).collect();
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

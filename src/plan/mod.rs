//! The planning core: races + settings + baseline + today -> a periodized plan.
//!
//! Pure and deterministic: no clock, no I/O, no browser. The one entry point is [`generate`].
//!
//! Modules are private; what the app, the CLI and the tests use is re-exported here. Public
//! modules are interfaces of their own: `scenario` (the SCENARIO.json format), `report` (the
//! CLI's output), `science` (the cited rules and their figures) and `validate` (the input limits
//! forms check against).

mod adapt;
mod around_race;
mod bounds;
mod carry;
mod choices;
mod compliance;
mod context;
mod days;
mod describe;
mod error;
mod frame;
pub mod goal;
mod horizon;
mod input;
mod kinds;
mod log;
mod model;
mod output;
mod overrides;
mod pace;
mod past;
mod projection;
mod race_weeks;
mod reason;
mod recovery;
pub mod report;
pub mod scenario;
pub mod science;
mod season;
mod span_ref;
mod status;
pub mod steps;
pub mod text;
mod train;
pub mod validate;
mod warnings;
mod week;

pub use choices::{weekday_from_key, weekday_key, weekday_label};
pub use compliance::{compliance, Compliance};
pub use error::PlanError;
pub use frame::recovery_days;
pub use input::PlanInput;
pub use kinds::{Effort, Phase, WeekKind, WorkoutKind};
pub use model::*;
pub use output::*;
pub use projection::{day_load, effort_hrr, trimp, CTL_DAYS};
pub use reason::{PeakLimit, Reason, VolumeLimit, Warning};
pub use season::{Change, Mark, MarkStatus, Override, Run, Season};
pub use status::{Actual, Conflict, DayStatus, Replaced};

/// Turns everything the runner told us into a plan, or says why it cannot.
///
/// Steps: validate; lay out the weekly skeleton from the season's first day (phases back from
/// each A race, tapers, race weeks, recoveries, transition, deloads); choose each week's volume
/// and long run in order and lay it over the days, keeping the days before today as they were
/// planned and carrying forward what was done on them; collect warnings; project fitness,
/// fatigue and form.
///
/// The easy days after each race are sized from the plan's own weeks before it: a first plan
/// rests on the pre-plan estimate ([`recovery_days`]); when its weeks (what was run, where the
/// season has runs) size a race's recovery differently, the plan is laid out again with those.
pub fn generate(input: &PlanInput) -> Result<Plan, PlanError> {
    if input.settings.week_start == WeekStart::Monday {
        return generate_from(input).map(|(plan, _)| plan);
    }
    // The days around each race (taper's last days, mini-taper, recovery) are laid out from race
    // day and sized as in the plan with the ISO week (Monday first) made on the season's first
    // day, with its recovery days: the week start moves the calendar, not the training around
    // races, and following the plan day by day does not change them.
    let open = input.season.first_day(input.today);
    let mut iso = input.clone();
    iso.settings.week_start = WeekStart::Monday;
    iso.today = open;
    iso.season = Season::default();
    let (canon, refs) = generate_from(&iso)?;
    let replay = past::replay_input(input, open);
    let races = validate::validate(&replay)?;
    let (plan, _) = plan_with(input, &replay, races, open, canon.recovery_days, &refs);
    Ok(plan)
}

/// The plan and what the days around each race were sized from.
fn generate_from(input: &PlanInput) -> Result<(Plan, Vec<Option<span_ref::SpanRef>>), PlanError> {
    let open = input.season.first_day(input.today);
    let replay = past::replay_input(input, open);
    let races = validate::validate(&replay)?;
    let estimate: Vec<u32> = races.iter().map(|r| recovery_days(&replay, r)).collect();
    let mut plan = plan_with(input, &replay, races.clone(), open, estimate, &[]);
    // Until the plan's own weeks size each recovery as the plan has it (a fixed point), so the
    // result does not depend on where the sizing started (the pre-plan estimate differs as the
    // season goes on); a few passes at most.
    for _ in 0..RECOVERY_PASSES {
        let sized = recovery::days_from_plan(
            &plan.0.races,
            &plan.0.weeks,
            &plan.0.recovery_days,
            input.today,
        );
        if sized == plan.0.recovery_days {
            break;
        }
        plan = plan_with(input, &replay, races.clone(), open, sized, &[]);
    }
    Ok(plan)
}

/// Re-plans after the first that may resize the recoveries (see [`generate_from`]).
const RECOVERY_PASSES: usize = 3;

/// The plan with `recovery` easy days after each race (index into the sorted `races`).
fn plan_with(
    input: &PlanInput,
    replay: &PlanInput,
    races: Vec<Race>,
    open: chrono::NaiveDate,
    recovery: Vec<u32>,
    refs: &[Option<span_ref::SpanRef>],
) -> (Plan, Vec<Option<span_ref::SpanRef>>) {
    let past = past::Past::new(input, open);
    let replay = replay.clone();
    let start = frame::week_start_of(open, &replay);
    let frames = frame::build(&replay, &races, start, &past.hints(), &recovery);
    let mut ctx = context::Ctx::new(&replay, &races, start, frames.len() * 7, &recovery);
    ctx.span_refs = refs.to_vec();
    let mut carry = carry::Carry::new(&ctx);
    let mut adapt = adapt::Adapt::default();
    let weeks: Vec<Week> = frames
        .iter()
        .map(|f| past.week(&ctx, f, &mut carry, &mut adapt))
        .collect();
    let mut found = warnings::collect(&ctx, &frames);
    found.extend(past.warnings(&weeks));
    found.extend(past.edits.warnings(&weeks, input.today));
    let target = frame::anchors(&races).first().copied().unwrap_or(0);
    let seed = projection::seed(&replay.baseline, ctx.easy_pace(target));
    let projection = projection::project(&weeks, open, seed);
    warnings::race_day_form(&races, &projection, &mut found);
    let taken = carry.span_refs.clone();
    (
        Plan {
            weeks,
            warnings: found,
            projection,
            races,
            season_start: open,
            recovery_days: recovery,
        },
        taken,
    )
}

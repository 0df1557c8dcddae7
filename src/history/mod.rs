//! Training history: activity files -> activities -> daily load, fitness/fatigue, and the
//! baseline the planner starts from. Pure: no browser, no clock.

mod baseline;
pub mod dedupe;
pub mod fitness;
pub mod import;
pub mod load;
pub mod model;
pub mod season;
pub mod volume;

pub use baseline::{baseline, recent_race};
pub use model::{Activity, Sport};

//! Training history: activity files -> activities -> daily load, fitness/fatigue, and the
//! baseline the planner starts from. Pure: no browser, no clock.

pub mod model;

pub use model::{Activity, Sport};

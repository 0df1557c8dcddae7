//! The Leptos component tree. Components render what the core computes; they never plan and
//! never touch storage (the plan is a memo over the document; storage goes through `store`).

pub mod app;
pub mod backup;
pub mod banner;
pub mod baseline_form;
pub mod calendar;
pub mod chart;
pub mod checkin;
mod clock;
pub mod core;
pub mod day_detail;
pub mod download;
pub mod embed;
pub mod first_run;
pub mod format;
pub mod history;
pub mod history_chart;
pub mod importer;
pub mod plan_index;
pub mod plan_view;
pub mod race_draft;
pub mod race_form;
pub mod races;
pub mod route;
pub mod season_chart;
pub mod settings;
pub mod state;
mod sync;
pub mod week_list;

pub use app::{App, AppConfig, Mode};
pub use embed::Embedding;

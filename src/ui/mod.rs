//! The Leptos component tree. Components render what the core computes; they never plan and
//! never touch storage (the plan is a memo over the document; storage goes through `store`).

mod app;
mod backup;
mod banner;
mod baseline_form;
mod baseline_note;
mod calendar;
mod chart;
mod checkin;
mod clock;
mod controls;
mod core;
mod day_actions;
mod day_detail;
mod dom;
mod download;
mod embed;
mod first_run;
mod format;
mod history;
mod history_chart;
mod import_job;
mod importer;
mod plan_index;
mod plan_view;
mod race_draft;
mod race_form;
mod races;
mod route;
mod season_chart;
mod season_summary;
mod settings;
pub(crate) mod state;
mod sync;
mod watch_export;
mod week_list;

pub use app::{App, AppConfig, Mode};
pub use embed::Embedding;
pub use state::{plans_made, today_from_clock};

//! Periodize: a periodized training planner for runners that runs entirely in the browser.
//!
//! `plan`, `history` and `export` are the pure core (no browser, no clock) and are tested
//! natively; `store` is the only code that touches localStorage; `ui` holds the Leptos components.

pub mod export;
pub mod history;
pub mod plan;
pub mod store;
pub mod ui;

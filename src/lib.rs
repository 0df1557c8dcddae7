//! Periodize: a periodized training planner for runners that runs entirely in the browser.
//!
//! `plan`, `history` and `export` are the pure core (no browser, no clock) and are tested
//! natively; `store` is the only code that touches localStorage; `ui` holds the Leptos components;
//! `widget` starts the app as a page, an iframe widget or a script widget; `jobs` is the work
//! the app hands to the import module (a second wasm binary run in a Web Worker).

pub mod checksum;
pub mod export;
pub mod history;
pub mod jobs;
pub mod plan;
pub mod store;
pub mod ui;
pub mod widget;

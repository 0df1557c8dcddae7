//! Work the app hands to the import module, which runs in a Web Worker so the page never
//! waits on it: importing activity files and archives, and writing the plan's .ics and .csv.
//!
//! `message` is the boundary (serde types, the same on both sides); `run` is the pure job the
//! module does; in the browser, `client` is the app's side of the conversation and `worker`
//! the module's. Only the import module (`src/bin/periodize-import.rs`) calls `worker`, so the
//! app's wasm never links the importers or the writers.

pub mod message;
pub mod run;

#[cfg(target_arch = "wasm32")]
pub mod client;
#[cfg(target_arch = "wasm32")]
pub mod worker;

//! localStorage persistence: the one versioned document holding the runner's inputs.
//! This is the only module that touches browser storage.
//!
//! - [`schema`]: the current [`Document`] (pure).
//! - [`migrate`]: the stored JSON form and migrations from every earlier version (pure).
//! - [`season`]: the stored season: start, marks, hand edits (pure).
//! - [`edit`]: every change to the document as an [`Edit`], made by [`apply`] (pure).
//! - [`merge`](merge()): three-way merge for edits made in two tabs (pure).
//! - [`backup`]: JSON backup files and their restore preview (pure).
//! - [`lineage`]: revision ids, so two tabs merge against their true common ancestor (pure).
//! - `local` and `watch`: localStorage and the `storage` event (browser only; natively
//!   storage is "unavailable"); `keys`: the keys of a namespace.
//!
//! Every key is `{namespace}:...` (default namespace [`DEFAULT_NAMESPACE`]); keys outside the
//! namespace are never read or written. A namespace should not contain `:`.
//!
//! Two tabs: keep `base`, the last document known to be stored (loaded, saved or received).
//! Save local edits with [`save_merged`]`(ns, &local, &base)` and make its result the new
//! `local` and `base`. When [`watch`] reports a [`Remote`], set
//! `local = merge(&local, &remote.doc, remote.base.unwrap_or(base))`, then `base = remote.doc`,
//! and save if `local != remote.doc`. Both merge against the nearest common ancestor the tab
//! knows (every stored document carries its lineage, see [`lineage`]), so two tabs that save
//! at the same moment keep both edits.
//!
//! Cost: saving encodes the document and parses it back once (so a value that could not be
//! read again, such as a NaN written as `null`, is refused instead of stored). The stored text
//! is parsed before saving only when this tab did not write, load or receive it itself (that
//! is, when another tab saved since and a merge may be needed). With 2,000
//! activities (367 KB of JSON) a save took ~19 ms and a load ~9 ms in release wasm in headless
//! Chromium; a season without imported history is a few KB and well under 1 ms. Save after
//! rendering, not inside the frame that re-plans.

pub mod assumed;
pub mod backup;
pub mod edit;
mod json_path;
mod keys;
pub mod lineage;
mod local;
mod merge;
pub mod migrate;
mod prefs;
mod room;
pub mod schema;
pub mod season;
mod watch;

pub use edit::{apply, Applied, DayMark, Edit, EditError};
pub use keys::{corrupt_prefix, key, migrated_prefix, DEFAULT_NAMESPACE};
pub use local::{discard_corrupt, load, raw, save, save_merged, Loaded, StoreError};
pub use merge::merge;
pub use prefs::{Prefs, Theme, View};
pub use room::{room, QUOTA_UNITS};
pub use schema::{
    ActivityKey, BaselineSource, DateRange, Document, RaceId, StoredRace, SCHEMA_VERSION,
};
pub use season::StoredSeason;
pub use watch::{watch, Remote, Watch};

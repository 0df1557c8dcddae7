//! The app's reactive state: the document signal, "today", and the plan memo derived from them.
//! Saving on every change and merging other tabs' edits happen here, through `persist`.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::core;
use super::persist::{self, Loaded, SaveProblem};
use crate::plan::{Plan, PlanError, Units};
use crate::store::Document;

/// The storage situation the banner reports.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageStatus {
    /// Saved (or nothing to save yet).
    Fine,
    /// The stored document could not be read; it was kept, raw, under `backup_key`.
    Corrupt {
        raw: String,
        backup_key: String,
        error: String,
    },
    /// The last save failed; the in-memory state is intact.
    SaveFailed(SaveProblem),
}

/// Everything components share, passed by context. All fields are cheap copies.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The runner's inputs: the one source of truth.
    pub doc: RwSignal<Document>,
    /// Today's date in the runner's time zone.
    pub today: RwSignal<NaiveDate>,
    /// The plan, derived from `doc` and `today` (never stored).
    pub plan: Memo<Result<Plan, PlanError>>,
    /// The runner's display units.
    pub units: Memo<Units>,
    /// Whether storage works, for the banner.
    pub storage: RwSignal<StorageStatus>,
    /// The day the detail panel shows.
    pub selected: RwSignal<Option<NaiveDate>>,
    /// True when embedded as a read-only widget: no edits.
    pub read_only: bool,
    /// The storage namespace.
    pub namespace: StoredValue<String>,
}

/// The app's state from the context (panics only if a component is used outside `App`).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// Today's date from the browser's clock, in local time.
#[cfg(target_arch = "wasm32")]
pub fn today_from_clock() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// Today's date from the system clock (UTC) when not in a browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn today_from_clock() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
        + chrono::Duration::days((secs / 86_400) as i64)
}

impl AppState {
    /// Loads the namespace's document, creates the signals, and wires saving and tab sync.
    pub fn new(namespace: String, read_only: bool) -> AppState {
        let (initial, status) = match persist::load(&namespace) {
            Loaded::Empty => (Document::default(), StorageStatus::Fine),
            Loaded::Ready(doc) | Loaded::Migrated { doc, .. } => (doc, StorageStatus::Fine),
            Loaded::Corrupt {
                raw,
                backup_key,
                error,
            } => (
                Document::default(),
                StorageStatus::Corrupt {
                    raw,
                    backup_key,
                    error,
                },
            ),
        };
        let doc = RwSignal::new(initial.clone());
        let today = RwSignal::new(today_from_clock());
        let plan =
            Memo::new(move |_| doc.with(|d| core::make_plan(&core::plan_input(d, today.get()))));
        let units = Memo::new(move |_| doc.with(|d| d.settings.units));
        let state = AppState {
            doc,
            today,
            plan,
            units,
            storage: RwSignal::new(status),
            selected: RwSignal::new(None),
            read_only,
            namespace: StoredValue::new(namespace),
        };
        state.wire_persistence(initial);
        state
    }

    /// Saves every change and merges edits made in another tab.
    fn wire_persistence(self, initial: Document) {
        // The last document known to be in storage: the base for merging other tabs' edits.
        let base = StoredValue::new(initial);
        let ns = self.namespace;
        let doc = self.doc;
        let storage = self.storage;
        // Saving encodes, checks and writes the whole document (~10 ms with years of history),
        // so it runs in its own task once the change has been painted (or after 100 ms where no
        // frames come, as in a background tab); edits made meanwhile are saved together.
        // Leaving the page saves at once.
        let pending = StoredValue::new(false);
        // Saves now if the document differs from what is stored. Unmounting the app and leaving
        // the page call it directly (an edit made in the same task has not even scheduled its
        // save yet); a timer firing after the app is gone finds the state disposed and stops.
        let save_now = move || {
            if self.read_only || pending.try_get_value().is_none() {
                return;
            }
            pending.set_value(false);
            let Some(local) = doc.try_get_untracked() else {
                return;
            };
            if base.with_value(|b| *b == local) {
                return;
            }
            match base.with_value(|b| persist::save(&ns.get_value(), &local, b)) {
                Ok(stored) => {
                    base.set_value(stored.clone());
                    storage.update(|s| {
                        if matches!(s, StorageStatus::SaveFailed(_)) {
                            *s = StorageStatus::Fine;
                        }
                    });
                    if stored != local {
                        // Another tab's edits were merged in while saving.
                        doc.set(stored);
                    }
                }
                Err(problem) => storage.set(StorageStatus::SaveFailed(problem)),
            }
        };
        let flush = move || {
            if pending.try_get_value() == Some(true) {
                save_now();
            }
        };
        Effect::new(move |_| {
            doc.track();
            if !self.read_only && !pending.get_value() {
                pending.set_value(true);
                request_animation_frame(move || set_timeout(flush, std::time::Duration::ZERO));
                set_timeout(flush, std::time::Duration::from_millis(100));
            }
        });
        let on_leave = window_event_listener(leptos::ev::pagehide, move |_| save_now());
        on_cleanup(move || {
            on_leave.remove();
            save_now();
        });
        let watch = persist::watch(&ns.get_value(), move |remote| {
            let merged =
                doc.with_untracked(|local| base.with_value(|b| persist::merge(local, &remote, b)));
            base.set_value(remote);
            // The save effect stores the merge if it differs from what the other tab stored.
            doc.set(merged);
        });
        // Keep listening for as long as the app lives.
        let keep = StoredValue::new_local(Some(watch));
        on_cleanup(move || keep.set_value(None));
    }
    /// Applies an edit to the document unless the app is read-only.
    pub fn edit(&self, f: impl FnOnce(&mut Document)) {
        if !self.read_only {
            self.doc.update(f);
        }
    }
}

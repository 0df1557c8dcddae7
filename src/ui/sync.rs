//! The storage sync: the document's writer. Edits are applied here and saved soon after;
//! other tabs' edits are merged in. Nothing else writes the document signal.

use leptos::prelude::*;

use crate::store::{self, Applied, Document, Edit, EditError, StoreError};

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
    /// A newer version of Periodize stored the document (data format `found`): the app runs
    /// read-only and never writes over it.
    Newer { found: u64 },
    /// The last save failed; the in-memory state is intact.
    SaveFailed(StoreError),
}

/// Applies edits to the document and keeps storage up to date. A cheap copy.
#[derive(Clone, Copy)]
pub(super) struct Saver {
    doc: ReadSignal<Document>,
    set_doc: WriteSignal<Document>,
    storage: RwSignal<StorageStatus>,
    namespace: StoredValue<String>,
    read_only: bool,
    /// The last document known to be in storage: the base for merging other tabs' edits.
    base: StoredValue<Document>,
    /// Whether a save is scheduled.
    pending: StoredValue<bool>,
}

impl Saver {
    pub(super) fn new(
        doc: ReadSignal<Document>,
        set_doc: WriteSignal<Document>,
        storage: RwSignal<StorageStatus>,
        namespace: StoredValue<String>,
        read_only: bool,
        stored: Document,
    ) -> Saver {
        Saver {
            doc,
            set_doc,
            storage,
            namespace,
            read_only,
            base: StoredValue::new(stored),
            pending: StoredValue::new(false),
        }
    }

    /// Applies `edit` to the document (subscribers hear of it only if it changed anything)
    /// and schedules the save.
    pub(super) fn apply(self, edit: Edit) -> Result<Applied, EditError> {
        let result = self
            .set_doc
            .try_maybe_update(|doc| match store::apply(doc, edit) {
                Ok(applied) => (applied.changed(), Ok(applied)),
                Err(e) => (false, Err(e)),
            })
            .unwrap_or(Err(EditError::Closed));
        if result.as_ref().is_ok_and(|a| a.changed()) {
            self.schedule();
        }
        result
    }

    /// Saves once the change has been painted: saving encodes, checks and writes the whole
    /// document (~10 ms with years of history), so it runs in its own task after the next
    /// frame (or after 100 ms where no frames come, as in a background tab); edits made
    /// meanwhile are saved together. A read-only app never saves.
    fn schedule(self) {
        if self.read_only || self.pending.try_get_value() != Some(false) {
            return;
        }
        self.pending.set_value(true);
        let flush = move || self.flush();
        request_animation_frame(move || set_timeout(flush, std::time::Duration::ZERO));
        set_timeout(flush, std::time::Duration::from_millis(100));
    }

    /// Saves if a save is scheduled (a timer firing after the app is gone does nothing).
    fn flush(self) {
        if self.pending.try_get_value() == Some(true) {
            self.save_now();
        }
    }

    /// Saves now if the document differs from what is stored, merging in what another tab
    /// stored since. Unmounting the app and leaving the page call it directly.
    fn save_now(self) {
        if self.read_only || self.pending.try_get_value().is_none() {
            return;
        }
        self.pending.set_value(false);
        let Some(local) = self.doc.try_get_untracked() else {
            return;
        };
        if self.base.with_value(|b| *b == local) {
            return;
        }
        let ns = self.namespace.get_value();
        match self.base.with_value(|b| store::save_merged(&ns, &local, b)) {
            Ok(stored) => {
                self.base.set_value(stored.clone());
                self.storage.update(|s| {
                    if matches!(s, StorageStatus::SaveFailed(_)) {
                        *s = StorageStatus::Fine;
                    }
                });
                if stored != local {
                    // Another tab's edits were merged in while saving.
                    self.set_doc.set(stored);
                }
            }
            Err(problem) => self.storage.set(StorageStatus::SaveFailed(problem)),
        }
    }

    /// Saves on leaving the page and on unmounting, and merges edits made in other tabs.
    pub(super) fn wire(self) {
        let on_leave = window_event_listener(leptos::ev::pagehide, move |_| self.save_now());
        on_cleanup(move || {
            on_leave.remove();
            self.save_now();
        });
        let watch = store::watch(&self.namespace.get_value(), move |remote| {
            // Merge against the nearest common ancestor (not this tab's own last write).
            let merged = self.doc.with_untracked(|local| {
                self.base.with_value(|b| {
                    store::merge(local, &remote.doc, remote.base.as_ref().unwrap_or(b))
                })
            });
            let differs = merged != remote.doc;
            self.base.set_value(remote.doc);
            self.set_doc.set(merged);
            if differs {
                // Store what this tab adds to the other tab's document.
                self.schedule();
            }
        });
        // Keep listening for as long as the app lives.
        let keep = StoredValue::new_local(Some(watch));
        on_cleanup(move || keep.set_value(None));
    }
}

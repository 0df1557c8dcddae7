//! The browser side of the store: localStorage reads and writes, and the `storage` event.
//!
//! Built natively too (so the UI compiles for tests), where storage is simply unavailable.

use std::cell::RefCell;
use std::collections::HashMap;

use super::keys::{corrupt_prefix, key, migrated_prefix};
use super::lineage::{Parent, Prepared, Seen};
use super::migrate::{decode, decode_stored, DecodeError, Decoded};
use super::schema::{Document, SCHEMA_VERSION};

/// What `load` found in storage.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing stored yet (or storage is unavailable): a first run.
    Empty,
    /// A current-version document.
    Ready(Document),
    /// A document of an older version, migrated (the old text is kept under a backup key).
    Migrated {
        /// The migrated document.
        doc: Document,
        /// The version it was stored in.
        from: u32,
    },
    /// A document written by a newer version of Periodize (data format `found`). It is left
    /// exactly as it is: this build runs read-only and never writes over it.
    Newer {
        /// The version found in storage.
        found: u64,
    },
    /// A stored document that cannot be read. It is kept: copied under `backup_key` and left
    /// in place until the user chooses to start fresh ([`discard_corrupt`]).
    Corrupt {
        /// The stored text, for the user to download.
        raw: String,
        /// The key the text is copied under (the document key itself if copying failed).
        backup_key: String,
        /// Why it cannot be read, in words a runner understands.
        error: String,
    },
}

/// Why saving failed. Nothing in memory is lost in any case.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The browser's storage for this site is full.
    #[error("This browser's storage is full, so your latest changes are not saved. They are still open in this tab: download a backup, or free space (for example by removing old imported activities).")]
    QuotaExceeded,
    /// Storage is turned off or blocked (private mode, browser settings).
    #[error("This browser does not let Periodize save (private mode or storage turned off). Your changes last until you close this tab: download a backup to keep them.")]
    Unavailable,
    /// A newer version of Periodize stored the document (in another tab, or since this page
    /// was loaded): this build never writes over it.
    #[error("A newer version of Periodize saved your data, so this older version does not save over it (your latest changes here are not saved). Reload the page to use the newer version.")]
    Newer,
    /// Anything else.
    #[error("Could not save: {0}")]
    Other(String),
}

thread_local! {
    /// Per namespace, what this tab knows of the stored documents (see `store::lineage`).
    static SEEN: RefCell<HashMap<String, Seen>> = RefCell::new(HashMap::new());
}

/// Runs `f` on this tab's record of the namespace's stored documents.
pub(super) fn with_seen<T>(ns: &str, f: impl FnOnce(&mut Seen) -> T) -> T {
    SEEN.with(|all| {
        let mut all = all.borrow_mut();
        f(all
            .entry(ns.to_owned())
            .or_insert_with(|| Seen::new(nonce())))
    })
}

/// A random number for this tab's revision ids.
#[cfg(target_arch = "wasm32")]
fn nonce() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_992.0) as u64 ^ (js_sys::Date::now() as u64)
}

#[cfg(not(target_arch = "wasm32"))]
fn nonce() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64)
}

/// The window's localStorage, if the browser lets us use it.
#[cfg(target_arch = "wasm32")]
pub(super) fn storage() -> Result<web_sys::Storage, StoreError> {
    web_sys::window()
        .ok_or(StoreError::Unavailable)?
        .local_storage()
        .map_err(|_| StoreError::Unavailable)?
        .ok_or(StoreError::Unavailable)
}

#[cfg(not(target_arch = "wasm32"))]
pub(super) fn storage() -> Result<web_sys::Storage, StoreError> {
    Err(StoreError::Unavailable)
}

/// Maps a failed `setItem` to a [`StoreError`].
fn write_error(err: wasm_bindgen::JsValue) -> StoreError {
    use wasm_bindgen::JsCast;
    match err.dyn_ref::<web_sys::DomException>() {
        Some(e)
            if e.name() == "QuotaExceededError"
                || e.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                || e.code() == 22 =>
        {
            StoreError::QuotaExceeded
        }
        Some(e) => StoreError::Other(format!("{}: {}", e.name(), e.message())),
        None => StoreError::Other(format!("{err:?}")),
    }
}

pub(super) fn get(st: &web_sys::Storage, k: &str) -> Result<Option<String>, StoreError> {
    st.get_item(k).map_err(|_| StoreError::Unavailable)
}

fn set(st: &web_sys::Storage, k: &str, v: &str) -> Result<(), StoreError> {
    st.set_item(k, v).map_err(write_error)
}

/// Copies `text` to `{prefix}{n}` (the first free n, or the key already holding this text).
fn keep_copy(st: &web_sys::Storage, prefix: &str, text: &str) -> Result<String, StoreError> {
    for n in 1..=1000u32 {
        let k = format!("{prefix}{n}");
        match get(st, &k)? {
            Some(existing) if existing == text => return Ok(k),
            Some(_) => continue,
            None => {
                set(st, &k, text)?;
                return Ok(k);
            }
        }
    }
    Err(StoreError::Other(
        "too many backup copies are already stored".into(),
    ))
}

/// The stored text of the namespace's document, exactly as stored.
pub fn raw(ns: &str) -> Option<String> {
    get(&storage().ok()?, &key(ns)).ok().flatten()
}

/// Loads the namespace's document, migrating an older version and keeping an unreadable one.
pub fn load(ns: &str) -> Loaded {
    let Ok(st) = storage() else {
        return Loaded::Empty;
    };
    let Ok(Some(text)) = get(&st, &key(ns)) else {
        return Loaded::Empty;
    };
    match decode_stored(&text) {
        Ok((Decoded { doc, from }, lineage)) if from == SCHEMA_VERSION => {
            with_seen(ns, |s| s.read(&text, &doc, &lineage));
            Loaded::Ready(doc)
        }
        Ok((Decoded { doc, from }, _)) => {
            // Keep the old text, then store the migrated document (only if the copy worked).
            if keep_copy(&st, &migrated_prefix(ns, from), &text).is_ok() {
                let new = with_seen(ns, |s| s.prepare(&doc, &[]));
                if set(&st, &key(ns), &new.text).is_ok() {
                    with_seen(ns, |s| s.wrote(&new, &doc));
                }
            }
            Loaded::Migrated { doc, from }
        }
        Err(DecodeError::TooNew { found, .. }) => Loaded::Newer { found },
        Err(e) => {
            let backup_key = keep_copy(&st, &corrupt_prefix(ns), &text).unwrap_or_else(|_| key(ns));
            Loaded::Corrupt {
                raw: text,
                backup_key,
                error: e.to_string(),
            }
        }
    }
}

/// Saves the document, replacing the stored one. An unreadable stored document is first
/// copied to a backup key; if that copy fails, nothing is written. A newer version's stored
/// document is never written over ([`StoreError::Newer`]).
pub fn save(ns: &str, doc: &Document) -> Result<(), StoreError> {
    let st = storage()?;
    let parent = parent(ns, &st)?;
    let prepared = with_seen(ns, |s| s.prepare(doc, &parent.lineage));
    write(ns, &st, &prepared, doc)
}

/// Saves `local` (edited from `base`), first merging in whatever another tab stored, against
/// the nearest common ancestor (see `store::lineage`). Returns the document now stored: make
/// it this tab's document and its new base.
pub fn save_merged(ns: &str, local: &Document, base: &Document) -> Result<Document, StoreError> {
    let st = storage()?;
    let parent = parent(ns, &st)?;
    let (merged, prepared) = with_seen(ns, |s| s.merged(local, base, parent));
    write(ns, &st, &prepared, &merged)?;
    Ok(merged)
}

/// What is stored now, as the parent of the next write; an unreadable text is copied first.
fn parent(ns: &str, st: &web_sys::Storage) -> Result<Parent, StoreError> {
    let current = get(st, &key(ns))?;
    let parent = with_seen(ns, |s| s.parent(current.as_deref())).map_err(|_| StoreError::Newer)?;
    if let (true, Some(text)) = (parent.unreadable, &current) {
        keep_copy(st, &corrupt_prefix(ns), text)?;
    }
    Ok(parent)
}

/// Stores `prepared`, the text of `doc`, unless it could not be read back.
fn write(
    ns: &str,
    st: &web_sys::Storage,
    prepared: &Prepared,
    doc: &Document,
) -> Result<(), StoreError> {
    // Never store a text this build could not read back (e.g. a NaN written as null).
    if let Err(e) = serde_json::from_str::<Document>(&prepared.text) {
        return Err(StoreError::Other(format!(
            "the plan holds a value that cannot be saved ({e})"
        )));
    }
    set(st, &key(ns), &prepared.text)?;
    with_seen(ns, |s| s.wrote(prepared, doc));
    Ok(())
}

/// Starts fresh after the user chose to: removes the unreadable stored document and its
/// backup copy. A readable document (another tab may have saved one) is left alone, and so
/// are a newer version's document and any key outside the namespace.
pub fn discard_corrupt(ns: &str, backup_key: &str) {
    let Ok(st) = storage() else { return };
    let k = key(ns);
    if let Ok(Some(text)) = get(&st, &k) {
        if matches!(decode(&text), Err(e) if !matches!(e, DecodeError::TooNew { .. })) {
            let _ = st.remove_item(&k);
        }
    }
    if backup_key.starts_with(&corrupt_prefix(ns)) {
        let _ = st.remove_item(backup_key);
    }
}

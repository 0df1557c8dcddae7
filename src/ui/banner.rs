//! Banners: a stored document that could not be read or comes from a newer version, a failed
//! save, a refused edit.

use leptos::prelude::*;

use super::download::download_text;
use super::state::{use_state, StorageStatus};
use crate::store;

/// Shows what is wrong with storage, if anything, and the ways out.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let state = use_state();
    move || match state.storage.get() {
        StorageStatus::Fine => ().into_any(),
        StorageStatus::Corrupt {
            raw,
            backup_key,
            error,
        } => view! { <CorruptBanner raw backup_key error/> }.into_any(),
        StorageStatus::Newer { found } => view! { <NewerBanner found/> }.into_any(),
        StorageStatus::SaveFailed(problem) => {
            let text = problem.to_string();
            view! {
                <div class="banner banner-error" role="alert" data-testid="save-error">
                    <p>{text}</p>
                </div>
            }
            .into_any()
        }
    }
}

/// The recovery banner for a stored document that could not be read.
#[component]
fn CorruptBanner(raw: String, backup_key: String, error: String) -> impl IntoView {
    let state = use_state();
    let raw = StoredValue::new(raw);
    let key = StoredValue::new(backup_key);
    let download = move |_| {
        raw.with_value(|r| download_text("periodize-unreadable-data.json", "application/json", r))
            .ok();
    };
    let fresh = move |_| {
        store::discard_corrupt(&state.namespace.get_value(), &key.get_value());
        state.storage.set(StorageStatus::Fine);
    };
    view! {
        <div class="banner banner-warn" role="alert" data-testid="corrupt-banner">
            <p>
                <strong>"Your saved data could not be read. "</strong>
                "It has been kept, unchanged, so nothing is lost. You can download it, or start fresh."
            </p>
            <p class="muted small">{format!("Reason: {error}")}</p>
            <div class="actions">
                <button type="button" on:click=download data-testid="corrupt-download">
                    "Download the unreadable data"
                </button>
                <button type="button" on:click=fresh data-testid="corrupt-fresh">
                    "Start fresh"
                </button>
            </div>
        </div>
    }
}

/// The banner for data saved by a newer version: this build shows nothing of it and changes
/// nothing, and offers the reload that brings the newer version.
#[component]
fn NewerBanner(found: u64) -> impl IntoView {
    let reload = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <div class="banner banner-warn" role="alert" data-testid="newer-banner">
            <p>
                <strong>"A newer version of Periodize saved this data. "</strong>
                "This page is an older version, so it shows nothing and changes nothing: your data is safe. Reload to use the newer version."
            </p>
            <p class="muted small">{format!("Data format {found}; this version reads up to {}.", store::SCHEMA_VERSION)}</p>
            <div class="actions">
                <button type="button" class="primary" on:click=reload data-testid="newer-reload">"Reload"</button>
            </div>
        </div>
    }
}

/// Why the last edit was refused, until the next edit is made or the runner dismisses it.
#[component]
pub fn EditProblem() -> impl IntoView {
    let state = use_state();
    move || {
        state.problem.get().map(|e| {
            view! {
                <div class="banner banner-error" role="alert" data-testid="edit-problem">
                    <p>{e.to_string()}</p>
                    <button type="button" on:click=move |_| state.problem.set(None)>"Dismiss"</button>
                </div>
            }
        })
    }
}

//! The file importer: pick or drop FIT, GPX, TCX, CSV or Strava .zip files; a progress bar
//! while they are read one by one; a result line per file.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::core;
use super::download::{files_of, read_bytes, yield_to_browser};
use super::state::{use_state, AppState};
use crate::store::{Applied, Edit};

/// What happened to one file.
#[derive(Clone, Debug, PartialEq)]
pub struct FileResult {
    pub name: String,
    pub outcome: Result<core::FileOutcome, String>,
}

/// Reads one file and merges its activities into the document (into what it holds now, so
/// changes made meanwhile are kept); the error says why the file was skipped.
fn import_file(state: AppState, name: &str, bytes: &[u8]) -> Result<core::FileOutcome, String> {
    let incoming = core::read_activities(name, bytes)?;
    match state.dispatch(Edit::ImportActivities(incoming)) {
        Ok(Applied::Imported { added, duplicates }) => Ok(core::FileOutcome { added, duplicates }),
        Ok(_) => Ok(core::FileOutcome {
            added: 0,
            duplicates: 0,
        }),
        Err(e) => Err(e.to_string()),
    }
}

/// The import card.
#[component]
pub fn Importer() -> impl IntoView {
    let state = use_state();
    let progress = RwSignal::new(None::<(usize, usize)>);
    let results = RwSignal::new(Vec::<FileResult>::new());
    let dragging = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let run = move |files: Vec<web_sys::File>| {
        if files.is_empty() || progress.get_untracked().is_some() {
            return;
        }
        let total = files.len();
        results.set(Vec::new());
        progress.set(Some((0, total)));
        spawn_local(async move {
            for (i, file) in files.iter().enumerate() {
                let name = file.name();
                let outcome = match read_bytes(file).await {
                    Ok(bytes) => import_file(state, &name, &bytes),
                    Err(e) => Err(e),
                };
                results.update(|r| r.push(FileResult { name, outcome }));
                progress.set(Some((i + 1, total)));
                // Let the browser paint the bar before the next file.
                yield_to_browser().await;
            }
            progress.set(None);
            if let Some(input) = input_ref.get_untracked() {
                input.set_value("");
            }
        });
    };
    let on_pick = move |_| {
        if let Some(input) = input_ref.get_untracked() {
            run(files_of(input.files()));
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        run(files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let summary = move || {
        results.with(|r| {
            let added: usize = r
                .iter()
                .filter_map(|f| f.outcome.as_ref().ok())
                .map(|o| o.added)
                .sum();
            (!r.is_empty()).then(|| format!("{added} new activities from {} file(s).", r.len()))
        })
    };
    view! {
        <section class="card importer" aria-labelledby="import-h" data-testid="importer">
            <h3 id="import-h">"Import your training"</h3>
            <div class="dropzone" class:dragging=move || dragging.get() data-testid="dropzone"
                on:dragover=move |ev| { ev.prevent_default(); dragging.set(true); }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop>
                <p>"Drop files here, or "</p>
                <label for="import-files" class="button">"choose files"</label>
                <input id="import-files" data-testid="import-files" type="file" multiple class="visually-hidden"
                    accept=".fit,.gpx,.tcx,.csv,.zip" node_ref=input_ref on:change=on_pick
                    disabled=state.read_only/>
                <p class="muted small">"FIT, GPX, TCX, CSV, or a Strava export .zip. Files are read in this browser and never uploaded."</p>
            </div>
            {move || progress.get().map(|(done, total)| view! {
                <div class="progress" data-testid="import-progress">
                    <label for="import-bar">{format!("Reading file {} of {total}…", (done + 1).min(total))}</label>
                    <progress id="import-bar" max=total.to_string() value=done.to_string()></progress>
                </div>
            })}
            <p role="status" data-testid="import-summary">{summary}</p>
            <ul class="import-results" data-testid="import-results">
                {move || results.get().into_iter().map(|f| {
                    let (cls, text) = match &f.outcome {
                        Ok(o) => ("ok", format!("imported {}, {} duplicate(s)", o.added, o.duplicates)),
                        Err(e) => ("skipped", format!("skipped: {e}")),
                    };
                    view! {
                        <li class=cls data-testid="import-result">
                            <strong>{f.name}</strong>" — "{text}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

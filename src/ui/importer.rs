//! The file importer: pick or drop FIT, GPX, TCX, CSV or Strava .zip files; a progress bar
//! while they are read one by one; a result line per file.

use leptos::prelude::*;

use super::download::files_of;
use super::import_job::Imports;
use super::state::use_state;
use crate::jobs::message::Progress;

/// The progress line: "Reading export.zip: 312 of 1,046 activities…".
fn progress_text(p: &Progress) -> String {
    let file = if p.files > 1 {
        format!("file {} of {} ({})", p.file + 1, p.files, p.name)
    } else {
        p.name.clone()
    };
    match p.entries {
        Some((done, total)) => format!(
            "Reading {file}: {} of {} activities…",
            super::format::thousands(done),
            super::format::thousands(total)
        ),
        None => format!("Reading {file}…"),
    }
}

/// The progress bar's value and maximum: files, and inside an archive its entries.
fn progress_bar(p: &Progress) -> (f64, f64) {
    let within = p
        .entries
        .map_or(0.0, |(done, total)| done as f64 / total.max(1) as f64);
    (p.file as f64 + within, p.files.max(1) as f64)
}

/// The import card. The import itself lives in the app's state ([`Imports`]): leaving the
/// screen does not stop it.
#[component]
pub fn Importer() -> impl IntoView {
    let state = use_state();
    let imports: Imports = state.imports;
    let dragging = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let run = move |files: Vec<web_sys::File>| {
        imports.start(
            move |e| state.dispatch(e),
            files,
            state.today.get_untracked(),
        )
    };
    let on_pick = move |_| {
        if let Some(input) = input_ref.get_untracked() {
            run(files_of(input.files()));
            // The files are taken: picking the same ones again must fire `change` again.
            input.set_value("");
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        run(files_of(ev.data_transfer().and_then(|d| d.files())));
    };
    let results = imports.results;
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
            {move || imports.progress.get().map(|p| {
                let (value, max) = progress_bar(&p);
                view! {
                    <div class="progress" data-testid="import-progress">
                        <label for="import-bar" data-testid="import-progress-text">{progress_text(&p)}</label>
                        <progress id="import-bar" max=max.to_string() value=value.to_string()></progress>
                        <button type="button" data-testid="import-cancel" on:click=move |_| imports.cancel()>"Cancel"</button>
                    </div>
                }
            })}
            {move || imports.note.get().map(|n| view! { <p class="muted" data-testid="import-note">{n}</p> })}
            <p role="status" data-testid="import-summary">{summary}</p>
            <ul class="import-results" data-testid="import-results">
                {move || results.get().into_iter().map(|f| {
                    let (cls, text) = match &f.outcome {
                        Ok(o) => ("ok", format!("imported {}, {} duplicate(s)", o.added, o.duplicates)),
                        Err(e) => ("skipped", format!("skipped: {e}")),
                    };
                    let odd: Vec<String> = f.outcome.as_ref()
                        .map(|o| o.odd_dates.iter().map(ToString::to_string).collect())
                        .unwrap_or_default();
                    view! {
                        <li class=cls data-testid="import-result">
                            <strong>{f.name}</strong>" — "{text}
                            {odd.into_iter().map(|n| view! {
                                <span class="odd-date" data-testid="import-odd-date">{n}</span>
                            }).collect_view()}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

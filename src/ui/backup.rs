//! The export and backup screen: .ics and .csv downloads, print, watch workouts, JSON backup and
//! restore.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::download::{download_text, files_of, read_bytes};
use super::state::{use_state, AppState};
use super::watch_export::WatchExport;
#[cfg(target_arch = "wasm32")]
use crate::jobs::message::Reply;
use crate::jobs::message::{ExportFormat, Request};
use crate::store::backup::{self, size_text, BackupPreview, Fit};
use crate::store::{self, Edit};

/// The export and backup screen.
#[component]
pub fn DataScreen() -> impl IntoView {
    let state = use_state();
    let message = RwSignal::new(None::<String>);
    let has_plan = Memo::new(move |_| state.plan.with(|p| p.is_ok()));
    let export = move |format: ExportFormat| {
        message.set(None);
        download_plan(state, format, move |e| {
            message.try_set(Some(e));
        });
    };
    let backup = move |_| {
        let text = state.doc.with_untracked(backup::to_json);
        let name = backup::file_name(state.today.get_untracked());
        if let Err(e) = download_text(&name, "application/json", &text) {
            message.set(Some(e));
        }
    };
    view! {
        <section class="data" aria-labelledby="data-h">
            <h2 id="data-h">"Export & backup"</h2>
            <section class="card" aria-labelledby="export-h">
                <h3 id="export-h">"Take the plan with you"</h3>
                <p class="help">"The calendar file (.ics) opens in Google Calendar, Apple Calendar and Outlook; the spreadsheet (.csv) in any spreadsheet app."</p>
                <div class="actions">
                    <button type="button" data-testid="export-ics" disabled=move || !has_plan.get() on:click=move |_| export(ExportFormat::Ics)>"Download calendar (.ics)"</button>
                    <button type="button" data-testid="export-csv" disabled=move || !has_plan.get() on:click=move |_| export(ExportFormat::Csv)>"Download spreadsheet (.csv)"</button>
                    <button type="button" data-testid="print" disabled=move || !has_plan.get() on:click=move |_| { window().print().ok(); }>"Print the plan"</button>
                </div>
            </section>
            <WatchExport/>
            <section class="card" aria-labelledby="backup-h">
                <h3 id="backup-h">"Backup"</h3>
                <p class="help">"Everything lives only in this browser. A backup file keeps your races, settings, history and check-ins safe, or moves them to another device."</p>
                <button type="button" data-testid="backup-download" on:click=backup>"Download a backup (.json)"</button>
            </section>
            <Restore/>
            {move || message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
        </section>
    }
}

/// Downloads the current plan as a file, written by the import module (fetched on the first
/// export; the app itself does not carry the writers). `failed` hears why it could not be.
fn download_plan(state: AppState, format: ExportFormat, failed: impl Fn(String) + Copy + 'static) {
    let units = state.units.get_untracked();
    let Some(plan) = state.plan.with_untracked(|p| p.as_ref().ok().cloned()) else {
        return;
    };
    let (name, mime) = match format {
        ExportFormat::Ics => ("periodize-plan.ics", "text/calendar"),
        ExportFormat::Csv => ("periodize-plan.csv", "text/csv"),
    };
    let request = Request::Export {
        format,
        plan: Box::new(plan),
        units,
    };
    #[cfg(target_arch = "wasm32")]
    {
        let on_reply = move |reply| match reply {
            Reply::Exported(text) => {
                if let Err(e) = download_text(name, mime, &text) {
                    failed(e);
                }
            }
            Reply::Failed(e) => failed(e),
            _ => {}
        };
        if let Err(e) = crate::jobs::client::Job::start(&request, Vec::new(), on_reply) {
            failed(e);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (request, name, mime, download_text);
        failed("exports run in a browser".into());
    }
}

/// Restore from a backup file: pick, preview what will be replaced, confirm.
#[component]
fn Restore() -> impl IntoView {
    let state = use_state();
    let preview = RwSignal::new(None::<(BackupPreview, Fit)>);
    let error = RwSignal::new(None::<String>);
    let done = RwSignal::new(false);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_pick = move |_| {
        let Some(file) = input_ref
            .get_untracked()
            .and_then(|i| files_of(i.files()).into_iter().next())
        else {
            return;
        };
        done.set(false);
        spawn_local(async move {
            let parsed = match read_bytes(&file).await {
                Ok(bytes) => {
                    backup::parse(&String::from_utf8_lossy(&bytes)).map_err(|e| e.to_string())
                }
                Err(e) => Err(e),
            };
            match parsed {
                Ok(p) => {
                    error.set(None);
                    let fit = p.fit(store::room(&state.namespace.get_value()));
                    preview.set(Some((p, fit)));
                }
                Err(e) => {
                    preview.set(None);
                    error.set(Some(format!("This file cannot be restored: {e}")));
                }
            }
        });
    };
    let confirm = move |_| {
        let Some((p, Fit::Fits { .. } | Fit::Unknown)) = preview.get_untracked() else {
            return;
        };
        if state.dispatch(Edit::Restore(Box::new(p.document))).is_ok() {
            preview.set(None);
            done.set(true);
            if let Some(i) = input_ref.get_untracked() {
                i.set_value("");
            }
        }
    };
    let current = move || {
        state.doc.with(|d| {
            format!(
                "{} race(s), {} activities, {} check-in(s)",
                d.races.len(),
                d.activities.len(),
                d.checkins.len()
            )
        })
    };
    view! {
        <section class="card" aria-labelledby="restore-h" data-testid="restore">
            <h3 id="restore-h">"Restore a backup"</h3>
            <label for="restore-file">"Backup file"</label>
            <input id="restore-file" data-testid="restore-file" type="file" accept=".json,application/json"
                node_ref=input_ref on:change=on_pick disabled=state.read_only/>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="restore-error">{e}</p> })}
            {move || preview.get().map(|(p, fit)| {
                let fits = !matches!(fit, Fit::TooLarge { .. });
                view! {
                    <div class="preview" role="region" aria-label="Restore preview" data-testid="restore-preview">
                        <p>{format!("The backup holds {} race(s), {} activities, {} check-in(s).", p.races, p.activities, p.checkins)}</p>
                        <p data-testid="restore-size" class=if fits { "" } else { "field-error" }>{fit_text(&p, fit)}</p>
                        <Show when=move || fits>
                            <p>"It replaces what is here now: "{current}"."</p>
                        </Show>
                        <div class="actions">
                            <Show when=move || fits>
                                <button type="button" class="primary danger" data-testid="restore-confirm" on:click=confirm>"Replace with the backup"</button>
                            </Show>
                            <button type="button" on:click=move |_| preview.set(None)>"Cancel"</button>
                        </div>
                    </div>
                }
            })}
            <Show when=move || done.get()>
                <p role="status" class="ok" data-testid="restore-done">"Backup restored."</p>
            </Show>
        </section>
    }
}

/// How large a backup is and whether it fits in this browser's storage.
fn fit_text(p: &BackupPreview, fit: Fit) -> String {
    let size = format!(
        "The file is {}; stored, it takes {}.",
        size_text(p.file_bytes),
        size_text(p.stored_bytes)
    );
    match fit {
        Fit::Fits { room } => format!("{size} It fits: this browser has room for {}.", size_text(room)),
        Fit::TooLarge { room } => format!(
            "{size} It does not fit: this browser keeps at most {} for Periodize here, so nothing was replaced. Remove old activities from the backup's source, or restore it in a browser with more room.",
            size_text(room)
        ),
        Fit::Unknown => format!("{size} This browser does not let Periodize save, so it will last until this tab is closed."),
    }
}

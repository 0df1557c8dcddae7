//! The running import, owned by the app's state rather than by the History screen, so that
//! leaving the screen neither stops it nor loses its result. The files are read by the import
//! module (see `crate::jobs`); when it answers, the activities are merged into the document as
//! it is *then* (edits made meanwhile, here or in another tab, are kept), through `dispatch`.
//! A cancelled or failed import saves nothing.

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::history::import::dated::{odd_dates, OddDate};
use crate::jobs::message::{FileReport, Progress, Reply, Request};
use crate::store::{Applied, Edit, EditError};

/// How the import makes its edit: `AppState::dispatch`.
pub trait Dispatch: Fn(Edit) -> Result<Applied, EditError> + Copy + 'static {}
impl<F: Fn(Edit) -> Result<Applied, EditError> + Copy + 'static> Dispatch for F {}

/// What one imported file added to the document, or why it was skipped.
#[derive(Clone, Debug, PartialEq)]
pub struct FileResult {
    pub name: String,
    pub outcome: Result<FileOutcome, String>,
}

/// What one imported file added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileOutcome {
    /// New activities.
    pub added: usize,
    /// Activities already known (kept once).
    pub duplicates: usize,
    /// Activities dated where no watch's clock could be right (imported anyway).
    pub odd_dates: Vec<OddDate>,
}

/// The import job's state, shown by the importer card (cheap copies).
#[derive(Clone, Copy)]
pub struct Imports {
    /// How far the running import got (`None` when none runs).
    pub progress: RwSignal<Option<Progress>>,
    /// The last import's results, one per file.
    pub results: RwSignal<Vec<FileResult>>,
    /// What became of the last import when it did not finish (cancelled, failed).
    pub note: RwSignal<Option<String>>,
    #[cfg(target_arch = "wasm32")]
    job: StoredValue<Option<crate::jobs::client::Job>, LocalStorage>,
}

impl Imports {
    /// No import yet.
    pub fn new() -> Imports {
        Imports {
            progress: RwSignal::new(None),
            results: RwSignal::new(Vec::new()),
            note: RwSignal::new(None),
            #[cfg(target_arch = "wasm32")]
            job: StoredValue::new_local(None),
        }
    }

    /// Whether an import is running.
    pub fn running(self) -> bool {
        self.progress.with_untracked(Option::is_some)
    }

    /// Starts importing `files` (unless an import runs already); the result is merged in
    /// through `dispatch`, and activities dated after `today` (or long ago) are called out.
    pub fn start(self, dispatch: impl Dispatch, files: Vec<web_sys::File>, today: NaiveDate) {
        if files.is_empty() || self.running() {
            return;
        }
        let names: Vec<String> = files.iter().map(|f| f.name()).collect();
        self.results.set(Vec::new());
        self.note.set(None);
        self.progress.set(Some(Progress {
            file: 0,
            files: names.len(),
            name: names[0].clone(),
            entries: None,
        }));
        self.launch(dispatch, Request::Import { names }, files, today);
    }

    #[cfg(target_arch = "wasm32")]
    fn launch(
        self,
        dispatch: impl Dispatch,
        request: Request,
        files: Vec<web_sys::File>,
        today: NaiveDate,
    ) {
        let on_reply = move |reply| self.hear(dispatch, reply, today);
        match crate::jobs::client::Job::start(&request, files, on_reply) {
            Ok(job) => self.job.set_value(Some(job)),
            Err(e) => self.hear(dispatch, Reply::Failed(e), today),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn launch(self, dispatch: impl Dispatch, _: Request, _: Vec<web_sys::File>, today: NaiveDate) {
        self.hear(
            dispatch,
            Reply::Failed("imports run in a browser".into()),
            today,
        );
    }

    /// Stops the running import; nothing it read is kept.
    pub fn cancel(self) {
        if !self.running() {
            return;
        }
        #[cfg(target_arch = "wasm32")]
        if let Some(job) = self.job.try_update_value(Option::take).flatten() {
            job.cancel();
        }
        self.progress.set(None);
        self.note
            .set(Some("Import cancelled; nothing from it was saved.".into()));
    }

    /// Takes one reply of the import module.
    fn hear(self, dispatch: impl Dispatch, reply: Reply, today: NaiveDate) {
        match reply {
            Reply::Progress(p) => {
                self.progress.try_set(Some(p));
            }
            Reply::Imported(reports) => {
                // The reply was parsed in this task; the merge, re-plan and redraw get a task of
                // their own, so that neither holds the main thread as long as both (issue 16).
                // A Cancel in between wins: nothing is merged.
                let finish = move || {
                    if self.running() {
                        let results = merge(dispatch, reports, today);
                        self.results.try_set(results);
                        self.done();
                    }
                };
                #[cfg(target_arch = "wasm32")]
                set_timeout(finish, std::time::Duration::ZERO);
                #[cfg(not(target_arch = "wasm32"))]
                finish();
            }
            Reply::Failed(e) => {
                self.note
                    .try_set(Some(format!("The import failed: {e}. Nothing was saved.")));
                self.done();
            }
            Reply::Exported(_) | Reply::ExportedBytes(_) => self.done(),
        }
    }

    fn done(self) {
        self.progress.try_set(None);
        #[cfg(target_arch = "wasm32")]
        self.job.try_set_value(None);
    }
}

impl Default for Imports {
    fn default() -> Imports {
        Imports::new()
    }
}

/// Merges each file's activities into the document as it is now, file by file (all in this
/// one task, so they are saved together or, if the app is gone, not at all); each file's
/// activities dated where no clock could be right (against `today`) are called out.
fn merge(dispatch: impl Dispatch, reports: Vec<FileReport>, today: NaiveDate) -> Vec<FileResult> {
    reports
        .into_iter()
        .map(|r| FileResult {
            name: r.name,
            outcome: r.outcome.and_then(|acts| {
                let odd_dates = odd_dates(&acts, today);
                let (added, duplicates) = match dispatch(Edit::ImportActivities(acts)) {
                    Ok(Applied::Imported { added, duplicates }) => (added, duplicates),
                    Ok(_) => (0, 0),
                    Err(e) => return Err(e.to_string()),
                };
                Ok(FileOutcome {
                    added,
                    duplicates,
                    odd_dates,
                })
            }),
        })
        .collect()
}

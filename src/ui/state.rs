//! The app's reactive state: the document signal, "today", the planner input and the plan
//! derived from them, and [`AppState::dispatch`], the one way the document is edited.

use std::sync::atomic::{AtomicU32, Ordering};

use chrono::NaiveDate;
use leptos::prelude::*;

use super::clock;
pub use super::clock::today_from_clock;
use super::import_job::Imports;
use super::sync::Saver;
pub use super::sync::StorageStatus;
use crate::plan::{self, Plan, PlanError, PlanInput, Units};
use crate::store::{self, Applied, Document, Edit, EditError, Loaded};

/// Who makes an edit: the runner at the screen, or the page embedding the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Author {
    Runner,
    Host,
}

/// Everything components share, passed by context. All fields are cheap copies.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The runner's inputs: the one source of truth (edited only through [`AppState::dispatch`]).
    pub doc: ReadSignal<Document>,
    /// Today's date in the runner's time zone (moves at midnight, see [`clock`]).
    pub today: RwSignal<NaiveDate>,
    /// The planner's input, derived from `doc` and `today`; equal inputs do not re-plan.
    pub input: Memo<PlanInput>,
    /// The plan, derived from `input` (never stored).
    pub plan: Memo<Result<Plan, PlanError>>,
    /// The runner's display units.
    pub units: Memo<Units>,
    /// Whether storage works, for the banner.
    pub storage: RwSignal<StorageStatus>,
    /// Why the last edit was refused, for the banner (cleared by the next edit that is made).
    pub problem: RwSignal<Option<EditError>>,
    /// The day the detail panel shows.
    pub selected: RwSignal<Option<NaiveDate>>,
    /// True when the runner cannot edit: embedded as a read-only widget, or the stored data
    /// comes from a newer version of Periodize (which this build never writes over).
    pub read_only: bool,
    /// The storage namespace.
    pub namespace: StoredValue<String>,
    /// The running (or last) import: it outlives the History screen.
    pub imports: Imports,
    /// Writes the document and saves it.
    saver: Saver,
}

/// The app's state from the context (panics only if a component is used outside `App`).
pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// What loading found: the document to start from and what the banner says.
fn loaded(namespace: &str) -> (Document, StorageStatus) {
    match store::load(namespace) {
        Loaded::Empty => (Document::default(), StorageStatus::Fine),
        Loaded::Ready(doc) | Loaded::Migrated { doc, .. } => (doc, StorageStatus::Fine),
        Loaded::Newer { found } => (Document::default(), StorageStatus::Newer { found }),
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
    }
}

/// How many plans the apps on this page have made.
static PLANS_MADE: AtomicU32 = AtomicU32::new(0);

/// How many plans the apps on this page have made so far: a change that leaves the planner's
/// input as it was (theme, screen) must not add one. Read by the browser tests.
pub fn plans_made() -> u32 {
    PLANS_MADE.load(Ordering::Relaxed)
}

/// The planner, counted.
fn generate_counted(input: &PlanInput) -> Result<Plan, PlanError> {
    PLANS_MADE.fetch_add(1, Ordering::Relaxed);
    plan::generate(input)
}

/// The planner's type of function: one input in, one plan out.
type Planner = fn(&PlanInput) -> Result<Plan, PlanError>;

/// The input memo and the plan memo over it: a change of the document that leaves the input
/// as it was (a preference, the last screen) does not run `planner` again.
fn derive_plan(
    doc: ReadSignal<Document>,
    today: RwSignal<NaiveDate>,
    planner: Planner,
) -> (Memo<PlanInput>, Memo<Result<Plan, PlanError>>) {
    let input = Memo::new(move |_| doc.with(|d| d.plan_input(today.get())));
    let plan = Memo::new(move |_| input.with(planner));
    (input, plan)
}

/// Keeps the season in the document: it starts with the first plan (or the first after a
/// migration), and every day that passes is frozen as it was planned, so later changes re-plan
/// only from today on.
fn keep_season(
    doc: ReadSignal<Document>,
    today: RwSignal<NaiveDate>,
    plan: Memo<Result<Plan, PlanError>>,
    saver: Saver,
) {
    Effect::new(move |_| {
        let today = today.get();
        let edit = plan.with(|p| {
            let plan = p.as_ref().ok()?;
            doc.with_untracked(|d| {
                if d.season.start.is_none() {
                    Some(Edit::StartSeason { today })
                } else if d.season.needs_freeze(&plan.weeks, today) {
                    let past = plan
                        .weeks
                        .iter()
                        .take_while(|w| w.start < today)
                        .cloned()
                        .collect();
                    Some(Edit::FreezePast { today, weeks: past })
                } else {
                    None
                }
            })
        });
        if let Some(edit) = edit {
            let _ = saver.apply(edit);
        }
    });
}

impl AppState {
    /// Loads the namespace's document, creates the signals, and wires saving and tab sync.
    pub fn new(namespace: String, read_only: bool) -> AppState {
        let (initial, status) = loaded(&namespace);
        let read_only = read_only || matches!(status, StorageStatus::Newer { .. });
        let (doc, set_doc) = signal(initial.clone());
        let today = RwSignal::new(clock::today_from_clock());
        clock::keep_current(today);
        let (input, plan) = derive_plan(doc, today, generate_counted);
        let units = Memo::new(move |_| doc.with(|d| d.settings.units));
        let storage = RwSignal::new(status);
        let namespace = StoredValue::new(namespace);
        let saver = Saver::new(doc, set_doc, storage, namespace, read_only, initial);
        saver.wire();
        if !read_only {
            keep_season(doc, today, plan, saver);
        }
        AppState {
            doc,
            today,
            input,
            plan,
            units,
            storage,
            problem: RwSignal::new(None),
            selected: RwSignal::new(None),
            read_only,
            namespace,
            imports: Imports::new(),
            saver,
        }
    }

    /// Makes the runner's edit: refused when the app is read-only, else applied by
    /// [`store::apply`] and saved soon after. A refusal is also shown in the banner.
    /// Takes the edit by value and reads nothing reactively, so async code may call it; after
    /// the app is gone it returns [`EditError::Closed`].
    pub fn dispatch(self, edit: Edit) -> Result<Applied, EditError> {
        self.write(Author::Runner, edit)
    }

    /// Makes an edit the embedding page asked for (the iframe's `set-races`): allowed in a
    /// read-only widget too, since read-only is about the visitor; such a widget never saves.
    pub fn dispatch_from_host(self, edit: Edit) -> Result<Applied, EditError> {
        self.write(Author::Host, edit)
    }

    fn write(self, author: Author, edit: Edit) -> Result<Applied, EditError> {
        let result = if self.read_only && author == Author::Runner {
            Err(EditError::ReadOnly)
        } else {
            self.saver.apply(edit)
        };
        match &result {
            Ok(applied) => {
                if applied.changed() {
                    self.problem.try_set(None);
                }
            }
            Err(EditError::Closed) => {}
            Err(e) => {
                self.problem.try_set(Some(e.clone()));
            }
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::store::{apply, Theme, View};

    thread_local! {
        static PLANS: Cell<u32> = const { Cell::new(0) };
    }

    fn counting(input: &PlanInput) -> Result<Plan, PlanError> {
        PLANS.with(|n| n.set(n.get() + 1));
        plan::generate(input)
    }

    #[test]
    fn preferences_and_screens_do_not_re_plan_but_settings_do() {
        let owner = Owner::new();
        owner.with(|| {
            let today = RwSignal::new(NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
            let (doc, set_doc) = signal(Document::default());
            let (_, plan) = derive_plan(doc, today, counting);
            let edit = |e: Edit| set_doc.update(|d| drop(apply(d, e)));
            edit(Edit::LoadExample {
                today: today.get_untracked(),
            });
            assert!(plan.with_untracked(|p| p.is_ok()));
            let made = PLANS.with(Cell::get);
            edit(Edit::SetTheme(Theme::Dark));
            edit(Edit::SetLastView(View::Races));
            assert!(plan.with_untracked(|p| p.is_ok()));
            assert_eq!(PLANS.with(Cell::get), made, "no re-plan for preferences");
            edit(Edit::SetRunsPerWeek(4));
            assert!(plan.with_untracked(|p| p.is_ok()));
            assert_eq!(PLANS.with(Cell::get), made + 1, "a setting re-plans once");
        });
    }
}

//! The races screen: the list of races with edit and delete, and the add/edit form.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::dom;
use super::first_run::FirstRun;
use super::format;
use super::race_form::{row_id, Editing, RaceForm};
use super::state::use_state;
use crate::plan::{Distance, Priority, Race};
use crate::store::{Edit, RaceId, StoredRace};

/// The races screen.
#[component]
pub fn RacesScreen() -> impl IntoView {
    let state = use_state();
    let editing = RwSignal::new(Editing::Closed);
    let races = Memo::new(move |_| {
        let mut rs: Vec<(RaceId, Race)> = state
            .doc
            .with(|d| d.races.iter().map(|r| (r.id, r.race.clone())).collect());
        rs.sort_by_key(|(_, r)| r.date);
        rs
    });
    let undo = RwSignal::new(None::<StoredRace>);
    let just_deleted = StoredValue::new(false);
    // The undo is offered until the next edit.
    Effect::new(move |first: Option<()>| {
        state.doc.track();
        if first.is_some() && !just_deleted.get_value() {
            undo.set(None);
        }
        just_deleted.set_value(false);
    });
    let delete = move |id: RaceId| {
        let Some(gone) = state.doc.with_untracked(|d| d.race(id).cloned()) else {
            return;
        };
        just_deleted.set_value(true);
        if state.dispatch(Edit::DeleteRace(id)).is_ok() {
            undo.set(Some(gone));
            editing.set(Editing::Closed);
            dom::focus_soon("undo-delete".into());
        } else {
            just_deleted.set_value(false);
        }
    };
    let plan_error = move || state.plan.with(|p| p.as_ref().err().map(|e| e.to_string()));
    view! {
        <section aria-labelledby="races-h" class="races">
            <div class="screen-head">
                <h2 id="races-h">"Races"</h2>
                <Show when=move || !state.read_only && editing.get() == Editing::Closed>
                    <button
                        type="button"
                        class="primary"
                        id="add-race"
                        data-testid="add-race"
                        on:click=move |_| editing.set(Editing::New)
                    >
                        "Add a race"
                    </button>
                </Show>
            </div>
            {move || undo.get().map(|gone| {
                let name = gone.race.name.clone();
                view! {
                    <p class="card undo" role="status" data-testid="undo-banner">
                        {format!("Deleted {name}. ")}
                        <button type="button" id="undo-delete" data-testid="undo-delete"
                            on:click=move |_| {
                                let id = gone.id;
                                if state.dispatch(Edit::PutBackRace(gone.clone())).is_ok() {
                                    undo.set(None);
                                    dom::focus_soon(row_id(id));
                                }
                            }>
                            "Undo"
                        </button>
                    </p>
                }
            })}
            <Show when=move || editing.get() != Editing::Closed>
                <RaceForm editing=editing/>
            </Show>
            <Show when=move || !races.with(Vec::is_empty) fallback=|| view! { <FirstRun/> }>
                {move || {
                    plan_error()
                        .filter(|_| !races.with(Vec::is_empty))
                        .map(|e| {
                            view! {
                                <p class="field-error" role="alert" data-testid="plan-error">
                                    {e}
                                </p>
                            }
                        })
                }}
                <ul class="race-list" data-testid="race-list">
                    <For
                        each=move || races.get()
                        key=|(id, r)| (*id, row_key(r))
                        children=move |(id, race)| view! { <RaceRow id race editing delete/> }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// What a race row shows: name, date, distance (its km and whether typed in), priority, goal.
type RowKey = (String, NaiveDate, (u64, bool), Priority, Option<u32>);

/// The key of a race's row, so a row is redrawn when anything it shows changes.
fn row_key(r: &Race) -> RowKey {
    let typed = matches!(r.distance, Distance::Custom { .. });
    (
        r.name.clone(),
        r.date,
        (r.distance.km().to_bits(), typed),
        r.priority,
        r.goal_time_s,
    )
}

/// One race in the list.
#[component]
fn RaceRow(
    id: RaceId,
    race: Race,
    editing: RwSignal<Editing>,
    delete: impl Fn(RaceId) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_state();
    let units = state.units;
    let name = race.name.clone();
    let goal = race
        .goal_time_s
        .map(|s| format!(" · goal {}", format::hms(s)));
    let days_to = (race.date - state.today.get_untracked()).num_days();
    let delete_label = format!("Delete {}", race.name);
    let edit_label = format!("Edit {}", race.name);
    let prio = race.priority;
    view! {
        <li class="race-row" id=row_id(id) tabindex="-1" data-testid="race-row" data-priority=prio.label()>
            <span class=format!("prio prio-{}", prio.key()) title=format::priority_help(prio)>
                {prio.label()}
            </span>
            <div class="race-main">
                <strong>{name}</strong>
                <span class="muted">
                    {format::date_long(race.date)} " · "
                    {move || format::distance(race.distance, units.get())}
                    {goal}
                    {format!(" · in {days_to} days")}
                </span>
            </div>
            <Show when=move || !state.read_only>
                <div class="row-actions">
                    <button
                        type="button"
                        aria-label=edit_label.clone()
                        on:click=move |_| editing.set(Editing::Race(id))
                    >
                        "Edit"
                    </button>
                    <button
                        type="button"
                        class="danger"
                        aria-label=delete_label.clone()
                        on:click=move |_| delete(id)
                    >
                        "Delete"
                    </button>
                </div>
            </Show>
        </li>
    }
}

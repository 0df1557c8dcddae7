//! The add/edit race form, with a message next to each field that needs fixing.

use leptos::prelude::*;

use super::format;
use super::race_draft::{Draft, FieldErrors, PRESETS};
use super::state::use_state;
use crate::plan::Priority;
use crate::store::{Edit, EditError, RaceId};

/// What the form is doing: closed, adding a race, or editing one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Editing {
    Closed,
    New,
    Race(RaceId),
}

/// The race form; `editing` says which race (or a new one) and is reset on save or cancel.
#[component]
pub fn RaceForm(editing: RwSignal<Editing>) -> impl IntoView {
    let state = use_state();
    let units = state.units;
    let start = move || match editing.get_untracked() {
        Editing::Race(id) => state.doc.with_untracked(|d| {
            d.race(id)
                .map(|r| Draft::from_race(&r.race, units.get_untracked()))
                .unwrap_or_else(Draft::new_race)
        }),
        _ => Draft::new_race(),
    };
    let draft = RwSignal::new(start());
    // Re-fill when switching between races while the form is open.
    Effect::new(move |prev: Option<Editing>| {
        let now = editing.get();
        if prev.is_some_and(|p| p != now) {
            draft.set(start());
        }
        now
    });
    let errors = RwSignal::new(FieldErrors::default());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = match editing.get_untracked() {
            Editing::Race(id) => Some(id),
            _ => None,
        };
        let today = state.today.get_untracked();
        let others: Vec<_> = state.doc.with_untracked(|d| {
            d.races
                .iter()
                .filter(|r| Some(r.id) != id)
                .map(|r| (r.id, r.race.clone()))
                .collect()
        });
        let result = draft.with_untracked(|d| d.validate(&others, today, units.get_untracked()));
        let race = match result {
            Ok(race) => race,
            Err(e) => return errors.set(e),
        };
        let edit = match id {
            Some(id) => Edit::ReplaceRace { id, race, today },
            None => Edit::AddRace { race, today },
        };
        match state.dispatch(edit) {
            Ok(_) => {
                errors.set(FieldErrors::default());
                editing.set(Editing::Closed);
            }
            Err(EditError::Race(e)) => errors.set(e.into()),
            // Shown by the banner; the form stays open with what was typed.
            Err(_) => {}
        }
    };
    let title = move || match editing.get() {
        Editing::Race(_) => "Edit race",
        _ => "New race",
    };
    let field = move |f: fn(&mut Draft) -> &mut String| {
        move |ev: leptos::ev::Event| draft.update(|d| *f(d) = event_target_value(&ev))
    };
    let err = move |f: fn(&FieldErrors) -> Option<String>| move || errors.with(f);
    view! {
        <form class="card race-form" on:submit=submit novalidate data-testid="race-form" aria-labelledby="race-form-h">
            <h3 id="race-form-h">{title}</h3>
            <div class="field">
                <label for="race-name">"Name"</label>
                <input
                    id="race-name"
                    data-testid="race-name"
                    type="text"
                    autocomplete="off"
                    prop:value=move || draft.with(|d| d.name.clone())
                    on:input=field(|d| &mut d.name)
                    aria-invalid=move || errors.with(|e| e.name.is_some()).to_string()
                    aria-describedby="race-name-err"
                />
                <FieldError id="race-name-err" msg=Signal::derive(err(|e| e.name.clone()))/>
            </div>
            <div class="field">
                <label for="race-date">"Date"</label>
                <input
                    id="race-date"
                    data-testid="race-date"
                    type="date"
                    prop:value=move || draft.with(|d| d.date.clone())
                    on:input=field(|d| &mut d.date)
                    aria-invalid=move || errors.with(|e| e.date.is_some()).to_string()
                    aria-describedby="race-date-err"
                />
                <FieldError id="race-date-err" msg=Signal::derive(err(|e| e.date.clone()))/>
            </div>
            <div class="field">
                <label for="race-distance">"Distance"</label>
                <select
                    id="race-distance"
                    data-testid="race-distance"
                    prop:value=move || draft.with(|d| d.distance.clone())
                    on:change=field(|d| &mut d.distance)
                    aria-describedby="race-distance-err"
                >
                    {PRESETS
                        .into_iter()
                        .map(|(key, label)| {
                            view! {
                                <option value=key selected=move || draft.with(|d| d.distance == key)>
                                    {label}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <Show when=move || draft.with(|d| d.distance == "custom")>
                    <label for="race-custom">{move || format!("Distance in {}", units.get().label())}</label>
                    <input
                        id="race-custom"
                        data-testid="race-custom"
                        type="number"
                        inputmode="decimal"
                        min="1"
                        step="0.1"
                        prop:value=move || draft.with(|d| d.custom.clone())
                        on:input=field(|d| &mut d.custom)
                    />
                </Show>
                <FieldError id="race-distance-err" msg=Signal::derive(err(|e| e.distance.clone()))/>
            </div>
            <fieldset class="field priority">
                <legend>"Priority"</legend>
                {[Priority::A, Priority::B, Priority::C]
                    .into_iter()
                    .map(|p| {
                        let id = format!("race-priority-{p:?}").to_ascii_lowercase();
                        view! {
                            <div class="radio">
                                <input
                                    type="radio"
                                    name="race-priority"
                                    id=id.clone()
                                    data-testid=id.clone()
                                    prop:checked=move || draft.with(|d| d.priority == Some(p))
                                    on:change=move |_| draft.update(|d| d.priority = Some(p))
                                />
                                <label for=id>{format::priority_help(p)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <div class="field">
                <label for="race-goal">"Goal time " <span class="muted">"(optional, h:mm:ss)"</span></label>
                <input
                    id="race-goal"
                    data-testid="race-goal"
                    type="text"
                    inputmode="numeric"
                    placeholder="3:45:00"
                    prop:value=move || draft.with(|d| d.goal.clone())
                    on:input=field(|d| &mut d.goal)
                    aria-invalid=move || errors.with(|e| e.goal.is_some()).to_string()
                    aria-describedby="race-goal-err"
                />
                <FieldError id="race-goal-err" msg=Signal::derive(err(|e| e.goal.clone()))/>
            </div>
            <div class="actions">
                <button type="submit" class="primary" data-testid="race-save">"Save race"</button>
                <button type="button" on:click=move |_| editing.set(Editing::Closed)>"Cancel"</button>
            </div>
        </form>
    }
}

/// A validation message next to its field (an empty live region when there is none).
#[component]
pub fn FieldError(id: &'static str, msg: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p class="field-error" id=id aria-live="polite" data-testid=id>
            {move || msg.get()}
        </p>
    }
}

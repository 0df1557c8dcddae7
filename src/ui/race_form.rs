//! The add/edit race form, with a message next to each field that needs fixing.

use leptos::prelude::*;

use super::controls::{Choice, ChoiceSelect, FieldError, RadioGroup, TextField};
use super::dom;
use super::format;
use super::race_draft::{DistanceChoice, Draft, FieldErrors};
use super::state::use_state;
use crate::plan::Priority;
use crate::store::{Applied, Edit, EditError, RaceId};

/// The element id of a race's row in the list (focused after the race is saved).
pub(crate) fn row_id(id: RaceId) -> String {
    format!("race-{id}")
}

/// What the form is doing: closed, adding a race, or editing one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Editing {
    Closed,
    New,
    Race(RaceId),
}

/// The race form; `editing` says which race (or a new one) and is reset on save or cancel.
#[component]
pub(crate) fn RaceForm(editing: RwSignal<Editing>) -> impl IntoView {
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
    // The form opens at its first field.
    dom::focus_soon("race-name".into());
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
            Ok(applied) => {
                errors.set(FieldErrors::default());
                editing.set(Editing::Closed);
                // Back to the saved race's row.
                let saved = match applied {
                    Applied::RaceAdded(new) => Some(new),
                    _ => id,
                };
                if let Some(saved) = saved {
                    dom::focus_soon(row_id(saved));
                }
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
    let text =
        move |get: fn(&Draft) -> &String| Signal::derive(move || draft.with(|d| get(d).clone()));
    let put =
        move |f: fn(&mut Draft, String)| Callback::new(move |v: String| draft.update(|d| f(d, v)));
    let err = move |f: fn(&FieldErrors) -> &Option<String>| {
        Signal::derive(move || errors.with(|e| f(e).clone()))
    };
    view! {
        <form class="card race-form" on:submit=submit novalidate data-testid="race-form" aria-labelledby="race-form-h">
            <h3 id="race-form-h">{title}</h3>
            <TextField id="race-name" label="Name" value=text(|d| &d.name)
                on_input=put(|d, v| d.name = v) error=err(|e| &e.name)/>
            <TextField id="race-date" label="Date" kind="date" value=text(|d| &d.date)
                on_input=put(|d, v| d.date = v) error=err(|e| &e.date)/>
            <div class="field">
                <label for="race-distance">"Distance"</label>
                <ChoiceSelect id="race-distance" described_by="race-distance-err".to_string()
                    choices=DistanceChoice::ALL.into_iter().map(|c| Choice::new(c, c.key(), c.label())).collect()
                    from_key=DistanceChoice::from_key
                    current=Signal::derive(move || draft.with(|d| d.distance))
                    on_pick=move |c| draft.update(|d| d.distance = c)/>
                <Show when=move || draft.with(|d| d.distance == DistanceChoice::Other)>
                    <label for="race-custom">{move || format!("Distance in {}", units.get().label())}</label>
                    <input id="race-custom" data-testid="race-custom" type="number" inputmode="decimal" min="1" step="0.1"
                        prop:value=move || draft.with(|d| d.custom.clone())
                        on:input=move |ev| draft.update(|d| d.custom = event_target_value(&ev))/>
                </Show>
                <FieldError id="race-distance-err".to_string() msg=err(|e| &e.distance)/>
            </div>
            <RadioGroup name="race-priority" legend="Priority" css="field priority"
                choices=Priority::ALL.iter().map(|&p| Choice::new(p, p.key(), format::priority_help(p))).collect()
                current=Signal::derive(move || draft.with(|d| d.priority))
                on_pick=move |p| draft.update(|d| d.priority = Some(p))/>
            <TextField id="race-goal" label="Goal time" note="(optional, h:mm:ss)" inputmode="numeric"
                placeholder="3:45:00" value=text(|d| &d.goal)
                on_input=put(|d, v| d.goal = v) error=err(|e| &e.goal)
                reading=Signal::derive(move || draft.with(|d| d.goal_reading(units.get())))/>
            <div class="actions">
                <button type="submit" class="primary" data-testid="race-save">"Save race"</button>
                <button type="button" on:click=move |_| {
                    editing.set(Editing::Closed);
                    dom::focus_soon("add-race".into());
                }>"Cancel"</button>
            </div>
        </form>
    }
}

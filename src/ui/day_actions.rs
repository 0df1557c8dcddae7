//! What the runner can do with the selected day: mark a past day (done as planned, done with a
//! distance, partial, skipped), edit a day still to come (another workout or a rest day, a
//! move within its week, a note) and revert either to the plan. Every change goes through
//! [`AppState::dispatch`](super::state::AppState::dispatch); nothing here plans.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::format;
use super::state::use_state;
use crate::plan::{Change, Day, DayStatus, MarkStatus, Units, WorkoutKind};
use crate::store::{DayMark, Edit};

/// A figure typed in a field: `None` when empty, `Err` when it is not a number.
fn typed(raw: &str) -> Result<Option<f64>, String> {
    let raw = raw.trim();
    if raw.is_empty() {
        return Ok(None);
    }
    raw.replace(',', ".")
        .parse::<f64>()
        .map(Some)
        .map_err(|_| format!("\u{201c}{raw}\u{201d} is not a number."))
}

/// The actions for `day` (of the week whose days are `week`), as of `today`.
pub fn day_actions(day: &Day, week: &[NaiveDate], today: NaiveDate, units: Units) -> AnyView {
    if day.date < today {
        marks(day, units).into_any()
    } else if day.kind == WorkoutKind::Race {
        view! { <p class="muted small">"Race days are set on the Races screen."</p> }.into_any()
    } else {
        edit_form(day, week, units).into_any()
    }
}

/// Runs an edit and puts its error (if any) into `error`.
fn run(edit: Edit, error: RwSignal<Option<String>>) {
    let state = use_state();
    match state.dispatch(edit) {
        Ok(_) => error.set(None),
        Err(e) => error.set(Some(e.to_string())),
    }
}

fn error_line(error: RwSignal<Option<String>>) -> impl IntoView {
    move || {
        error
            .get()
            .map(|e| view! { <p class="field-error" role="alert" data-testid="day-action-error">{e}</p> })
    }
}

/// The marks of a past day.
fn marks(day: &Day, units: Units) -> impl IntoView {
    let date = day.date;
    let error = RwSignal::new(None::<String>);
    let km = RwSignal::new(String::new());
    let marked = matches!(
        day.status,
        DayStatus::Done | DayStatus::Partial | DayStatus::Skipped
    ) || day.actual.is_some();
    let mark = move |status: MarkStatus, with_km: bool| {
        let km = if with_km {
            match typed(&km.get_untracked()) {
                Ok(v) => v.map(|v| units.to_km(v)),
                Err(e) => return error.set(Some(e)),
            }
        } else {
            None
        };
        run(
            Edit::MarkDay {
                date,
                mark: DayMark {
                    status,
                    km,
                    minutes: None,
                },
            },
            error,
        );
    };
    let status = format::done_line(day, units).unwrap_or_else(|| "nothing logged".into());
    view! {
        <div class="day-actions" data-testid="day-marks" role="group" aria-labelledby="marks-h">
            <h4 id="marks-h">"What you did"</h4>
            <p data-testid="day-status">{status}</p>
            <div class="actions-row">
                <button type="button" data-testid="mark-done" on:click=move |_| mark(MarkStatus::Done, false)>"Done as planned"</button>
                <button type="button" data-testid="mark-skipped" on:click=move |_| mark(MarkStatus::Skipped, false)>"Skipped"</button>
            </div>
            <div class="actions-row">
                <label for="mark-km">{format!("Distance run ({})", units.label())}</label>
                <input id="mark-km" type="text" inputmode="decimal" size="6" data-testid="mark-km"
                    prop:value=km on:input=move |ev| km.set(event_target_value(&ev))/>
                <button type="button" data-testid="mark-done-km" on:click=move |_| mark(MarkStatus::Done, true)>"Done: this distance"</button>
                <button type="button" data-testid="mark-partial" on:click=move |_| mark(MarkStatus::Partial, true)>"Partly done"</button>
            </div>
            {marked.then(|| view! {
                <button type="button" class="link" data-testid="mark-clear"
                    on:click=move |_| run(Edit::RevertDay { date }, error)>"Clear my mark"</button>
            })}
            {error_line(error)}
        </div>
    }
}

/// The hand edit of a day still to come.
fn edit_form(day: &Day, week: &[NaiveDate], units: Units) -> impl IntoView {
    let date = day.date;
    let plan_kind = day.kind;
    let plan_km = units.from_km(day.km);
    let error = RwSignal::new(None::<String>);
    let kind = RwSignal::new(day.kind);
    let km = RwSignal::new(if day.km > 0.0 {
        format!("{plan_km:.1}")
    } else {
        String::new()
    });
    let minutes = RwSignal::new(String::new());
    let note = RwSignal::new(day.user_note.clone().unwrap_or_default());
    let move_to = RwSignal::new(String::new());
    let edited = format::edited(day);
    let replaced = day.replaced.map(|r| {
        let what = if r.km > 0.0 {
            format!("{} {}", format::workout(r.kind), format::dist(r.km, units))
        } else {
            format::workout(r.kind).to_string()
        };
        format!("Edited by you: the plan had {what} here.")
    });
    let conflict = day.conflict.map(|c| c.text());
    let kept = RwSignal::new(false);
    let save = move |_| {
        let (km, minutes) = match (typed(&km.get_untracked()), typed(&minutes.get_untracked())) {
            (Ok(k), Ok(m)) => (k, m),
            (Err(e), _) | (_, Err(e)) => return error.set(Some(e)),
        };
        let note = Some(note.get_untracked());
        let k = kind.get_untracked();
        let same_km = km.is_none_or(|v| (v - plan_km).abs() < 0.05);
        let change = if k == plan_kind && same_km && minutes.is_none() {
            Change::Note
        } else {
            Change::Workout {
                kind: k,
                km: km
                    .filter(|_| k != WorkoutKind::Rest)
                    .map(|v| units.to_km(v)),
                minutes,
            }
        };
        run(Edit::SetOverride { date, change, note }, error);
    };
    let rest = move |_| {
        let change = Change::Workout {
            kind: WorkoutKind::Rest,
            km: None,
            minutes: None,
        };
        let note = Some(note.get_untracked());
        run(Edit::SetOverride { date, change, note }, error);
    };
    let do_move = move |_| {
        let Ok(to) = move_to.get_untracked().parse::<NaiveDate>() else {
            return error.set(Some("Choose the day to move this session to.".into()));
        };
        let note = Some(note.get_untracked());
        run(
            Edit::SetOverride {
                date,
                change: Change::MoveTo { to },
                note,
            },
            error,
        );
    };
    let kinds = WorkoutKind::ALL
        .iter()
        .filter(|k| **k != WorkoutKind::Race)
        .map(|k| {
            let k = *k;
            view! { <option value=k.label() selected=k == plan_kind>{format::workout(k)}</option> }
        })
        .collect_view();
    let days = week
        .iter()
        .filter(|d| **d != date)
        .map(|d| view! { <option value=d.to_string()>{format!("{} {}", d.weekday(), format::date_short(*d))}</option> })
        .collect_view();
    view! {
        <div class="day-actions" data-testid="day-edit" role="group" aria-labelledby="edit-h">
            <h4 id="edit-h">"Change this day"</h4>
            {replaced.map(|t| view! { <p class="edited-note" data-testid="day-replaced">"✎ "{t}</p> })}
            {conflict.map(|t| view! {
                <p class="banner banner-warn" role="status" data-testid="day-conflict">
                    {move || if kept.get() {
                        format!("⚠ Kept as you asked, although {t}.")
                    } else {
                        format!("⚠ Your edit is kept, but {t}. Keep it, or revert to the plan.")
                    }}
                </p>
            })}
            <div class="actions-grid">
                <label for="edit-kind">"Workout"</label>
                <select id="edit-kind" data-testid="edit-kind"
                    on:change=move |ev| if let Some(k) = WorkoutKind::from_label(&event_target_value(&ev)) { kind.set(k) }>
                    {kinds}
                </select>
                <label for="edit-km">{format!("Distance ({})", units.label())}</label>
                <input id="edit-km" type="text" inputmode="decimal" size="6" data-testid="edit-km"
                    prop:value=km on:input=move |ev| km.set(event_target_value(&ev))/>
                <label for="edit-min">"Duration (min, optional)"</label>
                <input id="edit-min" type="text" inputmode="numeric" size="6" data-testid="edit-min"
                    prop:value=minutes on:input=move |ev| minutes.set(event_target_value(&ev))/>
                <label for="edit-note">"Note"</label>
                <input id="edit-note" type="text" maxlength="500" data-testid="edit-note"
                    prop:value=note on:input=move |ev| note.set(event_target_value(&ev))/>
            </div>
            <div class="actions-row">
                <button type="button" data-testid="edit-save" on:click=save>"Save my change"</button>
                <button type="button" data-testid="edit-rest" on:click=rest>"Make it a rest day"</button>
            </div>
            <div class="actions-row">
                <label for="edit-move">"Swap with"</label>
                <select id="edit-move" data-testid="edit-move" on:change=move |ev| move_to.set(event_target_value(&ev))>
                    <option value="">"— a day of this week —"</option>
                    {days}
                </select>
                <button type="button" data-testid="edit-move-go" on:click=do_move>"Swap"</button>
            </div>
            {(edited || conflict.is_some()).then(|| view! {
                <div class="actions-row">
                    {conflict.is_some().then(|| view! {
                        <button type="button" data-testid="edit-keep" prop:hidden=kept
                            on:click=move |_| kept.set(true)>"Keep my edit"</button>
                    })}
                    <button type="button" data-testid="edit-revert"
                        on:click=move |_| run(Edit::RevertDay { date }, error)>"Revert to the plan"</button>
                </div>
            })}
            {error_line(error)}
        </div>
    }
}

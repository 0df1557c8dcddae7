//! The day/week detail: the selected day's workout, and why its week is what it is.

use leptos::prelude::*;

use super::core;
use super::day_actions::day_actions;
use super::dom;
use super::format;
use super::plan_index::DayIndex;
use super::state::use_state;

/// Details of the selected day and its week (nothing when no day is selected).
#[component]
pub fn DayDetail(index: Memo<DayIndex>) -> impl IntoView {
    let state = use_state();
    let close = move || state.selected.set(None);
    // On a phone the detail is below the calendar: bring it into view when a day opens.
    Effect::new(move |_| {
        if state.selected.get().is_some() {
            dom::reveal_soon("day-detail".into());
        }
    });
    let body = move || {
        let date = state.selected.get()?;
        let units = state.units.get();
        let today = state.today.get();
        state.plan.with(|p| {
            let plan = p.as_ref().ok()?;
            let Some((week, day)) = index.read().find(plan, date) else {
                return Some(view! {
                    <h3>{format::date_long(date)}</h3>
                    <p>"This day is outside the plan."</p>
                }.into_any());
            };
            let race = day.race.and_then(|i| plan.races.get(i));
            let title = match race {
                Some(r) => format!("{} — {}", format::date_long(date), r.name),
                None => format::date_long(date),
            };
            let facts = format!("{}. {}", day.title(units), day.description(units));
            let steps = core::day_steps(plan, date, units);
            let has_steps = !steps.is_empty();
            let steps = steps.into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
            let reasons = week
                .reasons
                .iter()
                .map(|r| view! { <li>{r.text(units)}</li> })
                .collect_view();
            let no_reasons = week.reasons.is_empty();
            let dates: Vec<_> = week.days.iter().map(|d| d.date).collect();
            let actions = (!state.read_only).then(|| day_actions(day, &dates, today, units));
            // What was done is shown with the marks; a read-only view shows it here.
            let done = actions.is_none().then(|| format::done_line(day, units)).flatten();
            Some(view! {
                <h3 id="detail-h">{title}{(date == today).then_some(" (today)")}</h3>
                <p class="detail-workout" data-testid="detail-workout">{facts}</p>
                {done.map(|t| view! { <p class="detail-done" data-testid="detail-done">{t}</p> })}
                {day.user_note.clone().map(|n| view! { <p class="detail-note">"Your note: "{n}</p> })}
                {has_steps.then(|| view! {
                    <h4 id="detail-steps-h">"Steps"</h4>
                    <ol class="steps" data-testid="detail-steps" aria-labelledby="detail-steps-h">{steps}</ol>
                })}
                <p class="detail-week">
                    <span class=format!("chip wk-{}", week.kind.label())>{format::week_kind(week.kind)}</span>
                    " in the "{format::phase(week.phase)}" phase · week total "
                    {format::dist(week.km, units)}", "{format::long_run(week.long_run_km, units)}
                </p>
                {actions}
                <h4>"Why this week looks like this"</h4>
                <ul class="reasons" data-testid="detail-reasons">
                    {reasons}
                    {no_reasons.then(|| view! { <li class="muted">"A regular week of the plan."</li> })}
                </ul>
            }.into_any())
        })
    };
    view! {
        <Show when=move || state.selected.get().is_some()>
            <aside class="card detail" id="day-detail" data-testid="day-detail" aria-live="polite" aria-label="Day details"
                on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                {body}
                <button type="button" data-testid="detail-close" on:click=move |_| close()>"Close"</button>
            </aside>
        </Show>
    }
}

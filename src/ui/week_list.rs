//! The week-by-week list of the plan: phase, kind, volume and each day's session per row.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::format;
use super::state::use_state;
use crate::plan::{Plan, Units, Week, WorkoutKind};

/// The plan as a list of weeks (`print`: the copy only the print view shows).
#[component]
pub fn WeekList(#[prop(optional)] print: bool) -> impl IntoView {
    let prefix = if print { "print-" } else { "" };
    let state = use_state();
    move || {
        let units = state.units.get();
        let today = state.today.get();
        state.plan.with(|p| match p {
            Ok(plan) => view! {
                <ol class="week-list" data-testid=format!("{prefix}week-list") aria-label="Weeks of the plan">
                    {plan.weeks.iter().map(|w| week_row(plan, w, (units, today, prefix), state.selected)).collect_view()}
                </ol>
            }
            .into_any(),
            Err(_) => ().into_any(),
        })
    }
}

fn week_row(
    plan: &Plan,
    w: &Week,
    (units, today, prefix): (Units, NaiveDate, &'static str),
    selected: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let kind = w.kind.label();
    let current = w.days.iter().any(|d| d.date == today);
    let start = w.start;
    let end = w.days.last().map(|d| d.date).unwrap_or(start);
    let days = w
        .days
        .iter()
        .map(|d| {
            let text = match d.race.and_then(|i| plan.races.get(i)) {
                Some(r) => format!("{}: {}", d.date.weekday(), r.name),
                None if d.kind == WorkoutKind::Rest => format!("{}: rest", d.date.weekday()),
                None => format!("{}: {} {}", d.date.weekday(), format::workout(d.kind), format::dist(d.km, units)),
            };
            let date = d.date;
            view! {
                <li class=format!("wl-day wo-{}", d.kind.label()) class:today=date == today>
                    <button type="button" class="link" on:click=move |_| selected.set(Some(date))>{text}</button>
                </li>
            }
        })
        .collect_view();
    let label = format!(
        "Week of {}: {}, {}, {}",
        format::date_short(start),
        format::phase(w.phase),
        format::week_kind(w.kind),
        format::dist(w.km, units)
    );
    view! {
        <li class=format!("week-row wk-{kind} phase-{}", w.phase.label())
            class:current=current
            class:selected=move || selected.get().is_some_and(|s| s >= start && s <= end)
            data-kind=kind
            data-phase=w.phase.label()
            data-start=start.to_string()
            data-testid=format!("{prefix}week-row")
            aria-label=label>
            <button type="button" class="week-head" on:click=move |_| selected.set(Some(start))>
                <span class="wk-date">{format!("{} – {}", format::date_short(start), format::date_short(end))}</span>
                <span class="wk-phase">{format::phase(w.phase)}</span>
                <span class="wk-kind">{format::week_kind(w.kind)}</span>
                <span class="wk-km">{format::dist(w.km, units)}</span>
                <span class="wk-long muted">{format!("long {}", format::dist(w.long_run_km, units))}</span>
            </button>
            <ul class="wl-days">{days}</ul>
        </li>
    }
}

//! The week-by-week list of the plan: phase, kind, volume and each day's session per row.
//!
//! Rows are keyed by their content, so a change that touches a few weeks (a check-in, a
//! setting) rebuilds only those rows instead of the whole season.

use std::hash::{DefaultHasher, Hash, Hasher};

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use super::format;
use super::state::use_state;
use crate::plan::{Phase, Plan, Units, Week, WeekKind, WorkoutKind};

/// Everything one row shows, already in words.
#[derive(Clone, Hash, PartialEq)]
struct Row {
    start: NaiveDate,
    end: NaiveDate,
    kind: WeekKind,
    phase: Phase,
    current: bool,
    label: String,
    dates: String,
    km: String,
    /// Weeks begun before today: what was done of the plan ("done 38.2 of 44.0 km").
    done: Option<String>,
    long: String,
    /// Date, text, workout label and whether it is today.
    days: Vec<(NaiveDate, String, &'static str, bool)>,
}

impl Row {
    fn key(&self) -> (NaiveDate, u64) {
        let mut h = DefaultHasher::new();
        self.hash(&mut h);
        (self.start, h.finish())
    }
}

/// The plan as a list of weeks (`print`: the copy only the print view shows).
#[component]
pub fn WeekList(#[prop(optional)] print: bool) -> impl IntoView {
    let prefix = if print { "print-" } else { "" };
    let state = use_state();
    let rows = Memo::new(move |_| {
        let (units, today) = (state.units.get(), state.today.get());
        state.plan.with(|p| {
            p.as_ref()
                .map(|plan| {
                    plan.weeks
                        .iter()
                        .map(|w| row(plan, w, units, today))
                        .collect::<Vec<Row>>()
                })
                .ok()
        })
    });
    let selected = state.selected;
    let has_plan = Memo::new(move |_| rows.with(|r| r.is_some()));
    let each = move || rows.get().unwrap_or_default();
    move || {
        has_plan.get().then(|| {
            view! {
                <ol class="week-list" data-testid=format!("{prefix}week-list") aria-label="Weeks of the plan">
                    <For each=each key=Row::key children=move |r| week_row(r, prefix, selected)/>
                </ol>
            }
        })
    }
}

fn row(plan: &Plan, w: &Week, units: Units, today: NaiveDate) -> Row {
    let start = w.start;
    let end = w.days.last().map(|d| d.date).unwrap_or(start);
    let days = w
        .days
        .iter()
        .map(|d| {
            let marks = format::done_line(d, units)
                .map(|t| format!(" · {t}"))
                .unwrap_or_default()
                + if format::edited(d) {
                    " · ✎ edited"
                } else {
                    ""
                };
            let text = match d.race.and_then(|i| plan.races.get(i)) {
                Some(r) => format!("{}: {}", d.date.weekday(), r.name),
                None if d.kind == WorkoutKind::Rest => format!("{}: rest", d.date.weekday()),
                // Cross-training is given in time, not distance.
                None if d.kind == WorkoutKind::Cross => format!(
                    "{}: {} {}",
                    d.date.weekday(),
                    format::workout(d.kind),
                    format::minutes(d.minutes)
                ),
                None => format!(
                    "{}: {} {}",
                    d.date.weekday(),
                    format::workout(d.kind),
                    format::dist(d.km, units)
                ),
            };
            (d.date, text + &marks, d.kind.label(), d.date == today)
        })
        .collect();
    Row {
        start,
        end,
        kind: w.kind,
        phase: w.phase,
        current: w.days.iter().any(|d| d.date == today),
        label: format!(
            "Week of {}: {}, {}, {}",
            format::date_short(start),
            format::phase(w.phase),
            format::week_kind(w.kind),
            format::dist(w.km, units)
        ),
        dates: format!(
            "{} – {}",
            format::date_short(start),
            format::date_short(end)
        ),
        km: format::dist(w.km, units),
        done: w.actual_km.map(|a| {
            format!(
                "done {} of {}",
                format::dist(a, units),
                planned_before(w, today, units)
            )
        }),
        long: format::long_run(w.long_run_km, units),
        days,
    }
}

/// The km planned on the days of `w` before today, in words.
fn planned_before(w: &Week, today: NaiveDate, units: Units) -> String {
    let km: f64 = w.days.iter().filter(|d| d.date < today).map(|d| d.km).sum();
    format::dist(km, units)
}

fn week_row(r: Row, prefix: &'static str, selected: RwSignal<Option<NaiveDate>>) -> impl IntoView {
    let (start, end) = (r.start, r.end);
    let days = r
        .days
        .into_iter()
        .map(|(date, text, kind, today)| {
            view! {
                <li class=format!("wl-day wo-{kind}") class:today=today>
                    <button type="button" class="link" on:click=move |_| selected.set(Some(date))>{text}</button>
                </li>
            }
        })
        .collect_view();
    view! {
        <li class=format!("week-row wk-{} phase-{}", r.kind.label(), r.phase.label())
            class:current=r.current
            class:selected=move || selected.get().is_some_and(|s| s >= start && s <= end)
            data-kind=r.kind.label()
            data-phase=r.phase.label()
            data-start=start.to_string()
            data-testid=format!("{prefix}week-row")
            aria-label=r.label>
            <button type="button" class="week-head" on:click=move |_| selected.set(Some(start))>
                <span class="wk-date">{r.dates}</span>
                <span class="wk-phase">{format::phase(r.phase)}</span>
                <span class="wk-kind">{format::week_kind(r.kind)}</span>
                <span class="wk-km">{r.km}</span>
                <span class="wk-long muted">{r.long}</span>
                {r.done.map(|t| view! { <span class="wk-done" data-testid="week-done">{t}</span> })}
            </button>
            <ul class="wl-days">{days}</ul>
        </li>
    }
}

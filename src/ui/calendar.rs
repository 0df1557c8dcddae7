//! The month calendar: each day shows its workout; race days, deloads, tapers and recovery are
//! visibly distinct; today is highlighted. Arrow keys move between days, Enter opens the detail.

use chrono::{Datelike, Duration, Months, NaiveDate};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::format;
use super::plan_index::DayIndex;
use super::state::use_state;
use crate::plan::{Day, Plan, Units, WeekStart, WorkoutKind};

/// The first day of the month containing `d`.
fn month_of(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), d.month(), 1).unwrap_or(d)
}

/// The dates shown for a month: whole weeks from the week containing the 1st.
pub fn month_grid(month: NaiveDate, week_start: WeekStart) -> Vec<NaiveDate> {
    let first = month_of(month);
    let lead = first.weekday().days_since(week_start.weekday()) as i64;
    let start = first - Duration::days(lead);
    let next = first.checked_add_months(Months::new(1)).unwrap_or(first);
    let days = (next - start).num_days();
    let weeks = (days + 6) / 7;
    (0..weeks * 7).map(|i| start + Duration::days(i)).collect()
}

/// The date an arrow key moves to, or `None` for other keys.
pub fn key_move(key: &str, from: NaiveDate) -> Option<NaiveDate> {
    let days = match key {
        "ArrowLeft" => -1,
        "ArrowRight" => 1,
        "ArrowUp" => -7,
        "ArrowDown" => 7,
        _ => return None,
    };
    from.checked_add_signed(Duration::days(days))
}

/// The month view of the plan.
#[component]
pub fn MonthCalendar(index: Memo<DayIndex>) -> impl IntoView {
    let state = use_state();
    let focus = RwSignal::new(
        state
            .selected
            .get_untracked()
            .unwrap_or(state.today.get_untracked()),
    );
    let month = Memo::new(move |_| month_of(focus.get()));
    let week_start = Memo::new(move |_| state.doc.with(|d| d.settings.week_start));
    let grid_ref = NodeRef::<leptos::html::Div>::new();
    let focus_el = move |d: NaiveDate| -> bool {
        let Some(grid) = grid_ref.get_untracked() else {
            return false;
        };
        match grid.query_selector(&format!("[data-date=\"{d}\"]")) {
            Ok(Some(el)) => el
                .dyn_into::<web_sys::HtmlElement>()
                .is_ok_and(|el| el.focus().is_ok()),
            _ => false,
        }
    };
    let focus_cell = move |d: NaiveDate| {
        let same_month = month_of(d) == month.get_untracked();
        focus.set(d);
        // A day of the month shown is focused at once; another month is focused once drawn.
        // Meanwhile the grid itself holds the focus, so keys pressed before the new month is
        // drawn still reach it (the focused day is about to be removed).
        if !(same_month && focus_el(d)) {
            if let Some(grid) = grid_ref.get_untracked() {
                let _ = grid.focus();
            }
            request_animation_frame(move || {
                focus_el(d);
            });
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if let Some(d) = key_move(&key, focus.get_untracked()) {
            ev.prevent_default();
            focus_cell(d);
        } else if key == "Enter" || key == " " {
            ev.prevent_default();
            state.selected.set(Some(focus.get_untracked()));
        } else if key == "Escape" {
            state.selected.set(None);
        } else if key == "PageDown" || key == "PageUp" {
            ev.prevent_default();
            let f = focus.get_untracked();
            let d = if key == "PageDown" {
                f.checked_add_months(Months::new(1))
            } else {
                f.checked_sub_months(Months::new(1))
            };
            focus_cell(d.unwrap_or(f));
        }
    };
    let shift = move |months: i32| {
        let f = focus.get_untracked();
        let d = if months > 0 {
            f.checked_add_months(Months::new(1))
        } else {
            f.checked_sub_months(Months::new(1))
        };
        focus.set(month_of(d.unwrap_or(f)));
    };
    let heads = move || {
        month_grid(month.get(), week_start.get())
            .into_iter()
            .take(7)
            .map(|d| view! { <div role="columnheader" class="dow">{d.weekday().to_string()}</div> })
            .collect_view()
    };
    let rows = move || {
        let days = month_grid(month.get(), week_start.get());
        let m = month.get().month();
        let units = state.units.get();
        state.plan.with(|plan| {
            days.chunks(7)
                .map(|week| {
                    let cells = week
                        .iter()
                        .map(|d| {
                            day_cell(
                                *d,
                                m,
                                plan.as_ref().ok(),
                                &index.read(),
                                (state.today.get(), units),
                                focus,
                                state.selected,
                            )
                        })
                        .collect_view();
                    view! { <div role="row" class="cal-row">{cells}</div> }
                })
                .collect_view()
        })
    };
    view! {
        <section class="card calendar" aria-labelledby="cal-h" data-testid="month-calendar">
            <div class="cal-head">
                <button type="button" aria-label="Previous month" data-testid="prev-month" on:click=move |_| shift(-1)>"‹"</button>
                <h3 id="cal-h" aria-live="polite">
                    {move || format!("{} {}", format::month_name(month.get().month()), month.get().year())}
                </h3>
                <button type="button" aria-label="Next month" data-testid="next-month" on:click=move |_| shift(1)>"›"</button>
                <button type="button" class="link" on:click=move |_| focus_cell(state.today.get_untracked())>"Today"</button>
            </div>
            <p class="muted small" id="cal-help">"Arrow keys move between days, Page Up/Down between months, Enter opens the day."</p>
            <div role="grid" class="cal-grid" tabindex="-1" aria-labelledby="cal-h" aria-describedby="cal-help" node_ref=grid_ref on:keydown=on_key>
                <div role="row" class="cal-row cal-heads">{heads}</div>
                {rows}
            </div>
        </section>
    }
}

/// One day of the month grid.
fn day_cell(
    date: NaiveDate,
    month: u32,
    plan: Option<&Plan>,
    index: &DayIndex,
    (today, units): (NaiveDate, Units),
    focus: RwSignal<NaiveDate>,
    selected: RwSignal<Option<NaiveDate>>,
) -> impl IntoView {
    let found = plan.and_then(|p| index.find(p, date).map(|(w, d)| (p, w, d)));
    let mut class = String::from("cal-day");
    if date.month() != month {
        class.push_str(" other-month");
    }
    if date == today {
        class.push_str(" today");
    }
    let short = found
        .map(|(_, _, d)| format::workout_short(d.kind))
        .unwrap_or("");
    let done = found.and_then(|(_, _, d)| format::done_line(d, units));
    let edited = found.is_some_and(|(_, _, d)| format::edited(d));
    let conflict = found.is_some_and(|(_, _, d)| d.conflict.is_some());
    let (label, detail, kind) = match found {
        Some((p, w, d)) => {
            class.push_str(&format!(
                " wk-{} phase-{} wo-{} st-{}",
                w.kind.label(),
                w.phase.label(),
                d.kind.label(),
                d.status.label()
            ));
            let label = match d.race.and_then(|i| p.races.get(i)) {
                Some(r) => format!("{} ({})", r.name, r.priority.label()),
                None => format::workout(d.kind).to_string(),
            };
            let detail = session_size(d, units, format::dist, " min");
            (label, detail, d.kind.label())
        }
        None => (String::new(), None, "none"),
    };
    // The phone's cell: the distance in whole units ("12 km"), or the minutes of a session
    // sized by time in the coach's short form (cross-training: "40′"; "40 min" does not fit).
    let km_short = found.and_then(|(_, _, d)| session_size(d, units, format::dist0, "′"));
    let aria = format!(
        "{}{}{}{}",
        format::date_long(date),
        if date == today { ", today" } else { "" },
        if label.is_empty() {
            String::new()
        } else {
            format!(": {label}")
        },
        detail.clone().map(|d| format!(", {d}")).unwrap_or_default()
    ) + &done.clone().map(|d| format!("; {d}")).unwrap_or_default()
        + if edited { "; edited" } else { "" }
        + if conflict {
            "; edit conflicts with the plan"
        } else {
            ""
        };
    view! {
        <div
            role="gridcell"
            class=class
            class:focused=move || focus.get() == date
            class:selected=move || selected.get() == Some(date)
            tabindex=move || if focus.get() == date { "0" } else { "-1" }
            aria-selected=move || (selected.get() == Some(date)).to_string()
            aria-label=aria
            data-date=date.to_string()
            data-kind=kind
            data-testid="cal-day"
            on:click=move |_| {
                focus.set(date);
                selected.set(Some(date));
            }
        >
            <span class="cal-num" aria-hidden="true">{date.day()}</span>
            <span class="cal-wo" aria-hidden="true">{label}</span>
            <span class="cal-wo-short" aria-hidden="true">{short}</span>
            <span class="cal-km" aria-hidden="true">{detail}</span>
            <span class="cal-km-short" aria-hidden="true">{km_short}</span>
            {done.map(|t| view! { <span class="cal-done" data-testid="cal-done" aria-hidden="true">{t}</span> })}
            {(edited || conflict).then(|| view! {
                <span class="cal-edited" data-testid="cal-edited" aria-hidden="true">
                    {if conflict { "⚠ edited" } else { "✎ edited" }}
                </span>
            })}
        </div>
    }
}

/// What a cell shows of a session's size: its distance, or its minutes when it is sized by time
/// (cross-training has no distance); nothing on a rest day.
fn session_size(
    d: &Day,
    units: Units,
    dist: fn(f64, Units) -> String,
    min: &str,
) -> Option<String> {
    match d.kind {
        WorkoutKind::Rest => None,
        _ if d.km > 0.0 => Some(dist(d.km, units)),
        _ if d.minutes > 0.0 => Some(format!("{:.0}{min}", d.minutes)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_grid_covers_whole_weeks() {
        let m = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap(); // a Sunday
        let g = month_grid(m, WeekStart::Monday);
        assert_eq!(g.len() % 7, 0);
        assert_eq!(g[0], NaiveDate::from_ymd_opt(2026, 2, 23).unwrap());
        assert!(g.contains(&NaiveDate::from_ymd_opt(2026, 3, 31).unwrap()));
        let s = month_grid(m, WeekStart::Sunday);
        assert_eq!(s[0], m);
    }

    #[test]
    fn arrows_move_by_day_and_week() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(key_move("ArrowRight", d), d.succ_opt());
        assert_eq!(key_move("ArrowUp", d), Some(d - Duration::days(7)));
        assert_eq!(key_move("Tab", d), None);
    }
}

//! The season at a glance on the plan screen: when it started, how closely the last four weeks
//! followed the plan, and "Start over from today" (asked first).

use leptos::prelude::*;

use super::format;
use super::state::use_state;
use crate::plan::{compliance, Compliance, Units};
use crate::store::Edit;

/// The span the summary looks back over, in days.
const SPAN_DAYS: i64 = 28;

/// The compliance summary in words, e.g. "Last 4 weeks: 86 % of the planned distance (112 of
/// 130 km), 2 long runs missed."
pub fn summary_text(c: &Compliance, units: Units) -> String {
    let span = if c.days >= SPAN_DAYS {
        "Last 4 weeks".to_string()
    } else {
        format!(
            "Since the season began ({} day{})",
            c.days,
            if c.days == 1 { "" } else { "s" }
        )
    };
    let share = match c.share() {
        Some(s) => format!(
            "{:.0} % of the planned distance ({} of {})",
            s * 100.0,
            format::dist0(c.done_km, units),
            format::dist0(c.planned_km, units)
        ),
        None => "nothing was planned".to_string(),
    };
    let mut out = format!("{span}: {share}");
    match c.long_runs_missed {
        0 => {}
        1 => out.push_str(", 1 long run missed"),
        n => out.push_str(&format!(", {n} long runs missed")),
    }
    let other = c.runs_missed - c.long_runs_missed;
    if other > 0 {
        out.push_str(&format!(
            ", {other} other run{} missed",
            if other == 1 { "" } else { "s" }
        ));
    }
    if c.unknown_days > 0 {
        out.push_str(&format!(
            "; {} day{} not logged (counted as planned)",
            c.unknown_days,
            if c.unknown_days == 1 { "" } else { "s" }
        ));
    }
    out.push('.');
    out
}

/// The season summary and "Start over from today".
#[component]
pub fn SeasonSummary() -> impl IntoView {
    let state = use_state();
    let asking = RwSignal::new(false);
    let text = Memo::new(move |_| {
        let (today, units) = (state.today.get(), state.units.get());
        state.plan.with(|p| {
            let plan = p.as_ref().ok()?;
            Some((
                format::date_long(plan.season_start),
                compliance(plan, today, SPAN_DAYS).map(|c| summary_text(&c, units)),
            ))
        })
    });
    let start_over = move |_| {
        let today = state.today.get_untracked();
        let _ = state.dispatch(Edit::StartOver { today });
        asking.set(false);
    };
    move || {
        text.get().map(|(start, done)| {
            view! {
                <section class="card season-summary" aria-labelledby="season-sum-h" data-testid="season-summary">
                    <h3 id="season-sum-h">"Your season"</h3>
                    <p data-testid="season-start">{format!("Season started on {start}.")}</p>
                    {done.map(|t| view! { <p data-testid="compliance">{t}</p> })}
                    <Show when=move || !state.read_only>
                        <Show when=move || asking.get() fallback=move || view! {
                            <button type="button" class="link" data-testid="start-over" on:click=move |_| asking.set(true)>
                                "Start over from today"
                            </button>
                        }>
                            <div class="confirm" role="alertdialog" aria-labelledby="start-over-q" data-testid="start-over-confirm">
                                <p id="start-over-q">"Start a new season from today? The plan is laid out again from today; your edits of days to come go. What you did so far stays in your log and in backups."</p>
                                <button type="button" data-testid="start-over-yes" on:click=start_over>"Start over"</button>
                                <button type="button" data-testid="start-over-no" on:click=move |_| asking.set(false)>"Keep my season"</button>
                            </div>
                        </Show>
                    </Show>
                </section>
            }
        })
    }
}

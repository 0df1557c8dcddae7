//! The history screen: import files, the baseline, the chart and the list of activities.

use leptos::prelude::*;

use super::baseline_form::BaselineForm;
use super::core;
use super::format;
use super::history_chart::HistoryChart;
use super::importer::Importer;
use super::state::use_state;
use crate::history::Sport;

/// How many recent activities the list shows.
const LIST_LIMIT: usize = 60;

/// The history screen.
#[component]
pub fn HistoryScreen() -> impl IntoView {
    let state = use_state();
    // The chart's figures, redrawn only when they change (not on every baseline edit).
    let figures = Memo::new(move |_| {
        let today = state.today.get();
        state.doc.with(|d| {
            let a = &d.activities;
            (!a.is_empty()).then(|| {
                let weeks = core::weekly_volume(a, today, 16, d.settings.week_start);
                (weeks, core::fitness(a, today, 16 * 7))
            })
        })
    });
    let chart = move || {
        let units = state.units.get();
        figures
            .get()
            .map(|(weeks, days)| view! { <HistoryChart weeks days units/> })
    };
    view! {
        <section class="history" aria-labelledby="history-h">
            <h2 id="history-h">"Training history"</h2>
            <Show when=move || !state.read_only>
                <Importer/>
            </Show>
            <BaselineForm/>
            {chart}
            <ActivityList/>
        </section>
    }
}

/// A sport's name.
fn sport(s: Sport) -> &'static str {
    match s {
        Sport::Run => "Run",
        Sport::TrailRun => "Trail run",
        Sport::WalkHike => "Walk/hike",
        Sport::Ride => "Ride",
        Sport::Swim => "Swim",
        Sport::Strength => "Strength",
        Sport::Other => "Other",
    }
}

/// The most recent activities, newest first.
#[component]
fn ActivityList() -> impl IntoView {
    let state = use_state();
    let units = state.units;
    move || {
        let (total, acts) = state.doc.with(|d| {
            let mut latest: Vec<_> = d.activities.iter().collect();
            latest.sort_by_key(|a| std::cmp::Reverse(a.start));
            latest.truncate(LIST_LIMIT);
            let latest: Vec<_> = latest.into_iter().cloned().collect();
            (d.activities.len(), latest)
        });
        let u = units.get();
        let rows = acts
            .into_iter()
            .map(|a| {
                view! {
                    <tr data-testid="activity-row">
                        <td>{format::date_long(a.start.date_naive())}</td>
                        <td>{sport(a.sport)}</td>
                        <td class="num">{format::dist(a.distance_m / 1000.0, u)}</td>
                        <td class="num">{format::hms(a.moving_s.max(0.0) as u32)}</td>
                        <td class="muted">{a.source}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <section class="card activities" aria-labelledby="acts-h" data-testid="activities">
                <h3 id="acts-h">{format!("Activities ({total})")}</h3>
                {(total == 0).then(|| view! { <p class="muted">"No activities yet."</p> })}
                {(total > 0).then(|| view! {
                    <div class="table-wrap">
                        <table>
                            <caption class="visually-hidden">"Imported activities, newest first"</caption>
                            <thead><tr><th scope="col">"Date"</th><th scope="col">"Sport"</th><th scope="col">"Distance"</th><th scope="col">"Time"</th><th scope="col">"Source"</th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {(total > LIST_LIMIT).then(|| view! { <p class="muted small">{format!("Showing the latest {LIST_LIMIT}.")}</p> })}
                })}
            </section>
        }
    }
}

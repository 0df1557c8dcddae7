//! The history screen: import files, the baseline, the chart and the list of activities.

use leptos::prelude::*;

use super::baseline_form::BaselineForm;
use super::baseline_note::BaselineNote;
use super::core;
use super::format;
use super::history_chart::HistoryChart;
use super::importer::Importer;
use super::state::use_state;
use crate::history::Sport;
use crate::store::{ActivityKey, Edit};

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
            <BaselineNote form_below=true/>
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
    let confirming = RwSignal::new(None::<String>);
    let list = move || {
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
                let key = ActivityKey::of(&a);
                let date = format::date_long(a.start.date_naive());
                let source = a.source.clone();
                view! {
                    <tr data-testid="activity-row">
                        <td class="nowrap">{date.clone()}</td>
                        <td>{sport(a.sport)}</td>
                        <td class="num nowrap">{format::dist(a.distance_m / 1000.0, u)}</td>
                        <td class="num">{format::hms(a.moving_s.max(0.0) as u32)}</td>
                        <td class="muted">{a.source}</td>
                        <td class="row-actions">
                            <button type="button" class="danger" data-testid="activity-delete" disabled=state.read_only
                                aria-label=format!("Delete the activity of {date}")
                                on:click=move |_| drop(state.dispatch(Edit::DeleteActivity(key.clone())))>"Delete"</button>
                            <button type="button" data-testid="activity-delete-file" disabled=state.read_only
                                aria-label=format!("Delete every activity from {source}")
                                on:click=move |_| confirming.set(Some(source.clone()))>"All from file"</button>
                        </td>
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
                            <thead><tr><th scope="col">"Date"</th><th scope="col">"Sport"</th><th scope="col">"Distance"</th><th scope="col">"Time"</th><th scope="col">"Source"</th><th scope="col"><span class="visually-hidden">"Delete"</span></th></tr></thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    {(total > LIST_LIMIT).then(|| view! { <p class="muted small">{format!("Showing the latest {LIST_LIMIT}.")}</p> })}
                })}
            </section>
        }
    };
    view! {
        {list}
        <ConfirmFileDelete confirming/>
    }
}

/// Asks before deleting every activity of one file.
#[component]
fn ConfirmFileDelete(confirming: RwSignal<Option<String>>) -> impl IntoView {
    let state = use_state();
    move || {
        let source = confirming.get()?;
        let count = state
            .doc
            .with(|d| d.activities.iter().filter(|a| a.source == source).count());
        let delete = {
            let source = source.clone();
            move |_| {
                confirming.set(None);
                drop(state.dispatch(Edit::DeleteActivitiesFrom {
                    source: source.clone(),
                }));
            }
        };
        Some(view! {
            <p class="card confirm" role="alertdialog" aria-label="Delete a file's activities" data-testid="confirm-file-delete">
                {format!("Delete all {count} activities imported from {source}? ")}
                <button type="button" class="danger" data-testid="confirm-delete-file" on:click=delete>"Delete all"</button>
                <button type="button" data-testid="keep-file" on:click=move |_| confirming.set(None)>"Keep them"</button>
            </p>
        })
    }
}

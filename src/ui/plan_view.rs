//! The plan screen: warnings, readiness check-in, season chart, calendar (month or weeks) and
//! the day detail. Everything here renders the plan memo; nothing plans.

use leptos::prelude::*;

use super::baseline_note::BaselineNote;
use super::calendar::MonthCalendar;
use super::checkin::Checkin;
use super::day_detail::DayDetail;
use super::first_run::FirstRun;
use super::plan_index::DayIndex;
use super::season_chart::SeasonChart;
use super::season_summary::SeasonSummary;
use super::state::use_state;
use super::week_list::WeekList;
use crate::plan::PlanError;
use crate::store::{Document, Edit};

/// Which calendar layout is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Layout {
    Month,
    Weeks,
}

/// The plan screen.
#[component]
pub fn PlanScreen() -> impl IntoView {
    let state = use_state();
    let no_races = Memo::new(move |_| state.plan.with(|p| matches!(p, Err(PlanError::NoRaces))));
    view! {
        <Show when=move || !no_races.get() fallback=|| view! { <FirstRun/> }>
            <PlanBody/>
        </Show>
    }
}

/// The plan itself, once there is at least one race.
#[component]
fn PlanBody() -> impl IntoView {
    let state = use_state();
    let layout = RwSignal::new(Layout::Month);
    // The week-by-week copy only a printout shows is built when printing starts (the Print
    // button, or the browser's own print command) rather than re-rendered on every change.
    let printing = RwSignal::new(false);
    let before = window_event_listener(leptos::ev::beforeprint, move |_| printing.set(true));
    let after = window_event_listener(leptos::ev::afterprint, move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
    let print = move |_| {
        printing.set(true);
        // Print once the copy is in the page.
        request_animation_frame(|| {
            window().print().ok();
        });
    };
    let index = Memo::new(move |_| {
        state
            .plan
            .with(|p| p.as_ref().map(DayIndex::new).unwrap_or_default())
    });
    let example = Memo::new(move |_| state.doc.with(Document::has_example));
    let error = move || {
        state.plan.with(|p| {
            p.as_ref().err().map(|e| {
                view! {
                    <div class="banner banner-error" role="alert" data-testid="plan-error">
                        <p>{format!("No plan yet: {e}.")}</p>
                        <a href="#/races">"Go to races"</a>
                    </div>
                }
            })
        })
    };
    let warnings = move || {
        let units = state.units.get();
        state.plan.with(|p| {
            let items: Vec<String> = p
                .as_ref()
                .map(|plan| plan.warnings.iter().map(|w| w.text(units)).collect())
                .unwrap_or_default();
            (!items.is_empty()).then(|| {
                view! {
                    <section class="card warnings" aria-labelledby="warn-h" data-testid="warnings">
                        <h3 id="warn-h">"Worth knowing about this plan"</h3>
                        <ul>{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                    </section>
                }
            })
        })
    };
    let tab = move |l: Layout, label: &'static str, id: &'static str| {
        view! {
            <button type="button" role="tab" id=id data-testid=id aria-selected=move || (layout.get() == l).to_string()
                class:active=move || layout.get() == l on:click=move |_| layout.set(l)>
                {label}
            </button>
        }
    };
    view! {
        <section class="plan" aria-labelledby="plan-h">
            <div class="screen-head">
                <h2 id="plan-h">"Your plan"</h2>
                <button type="button" class="no-print" data-testid="print" on:click=print>"Print"</button>
            </div>
            <Show when=move || example.get() && !state.read_only>
                <div class="banner banner-info" data-testid="example-banner">
                    <p>"You are exploring an example season. Add your own races when you are ready."</p>
                    <button type="button" data-testid="clear-example" on:click=move |_| { let _ = state.dispatch(Edit::ClearExample); }>
                        "Clear the example"
                    </button>
                </div>
            </Show>
            {error}
            {warnings}
            <BaselineNote/>
            <SeasonSummary/>
            <Show when=move || !state.read_only>
                <Checkin/>
            </Show>
            <SeasonChart/>
            <div class="layout-tabs no-print" role="tablist" aria-label="Calendar layout">
                {tab(Layout::Month, "Month", "tab-month")}
                {tab(Layout::Weeks, "Weeks", "tab-weeks")}
            </div>
            <div class="plan-main">
                <div class="plan-cal">
                    {move || match layout.get() {
                        Layout::Month => view! { <MonthCalendar index/> }.into_any(),
                        Layout::Weeks => view! { <WeekList/> }.into_any(),
                    }}
                </div>
                <DayDetail index/>
            </div>
            <Show when=move || printing.get()>
                <div class="print-only" data-testid="print-copy">
                    <h3>"Week by week"</h3>
                    <WeekList print=true/>
                </div>
            </Show>
        </section>
    }
}

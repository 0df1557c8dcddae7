//! The export screen's watch card: the next sessions as FIT workouts in a zip (this week, the
//! next 2 or 4 weeks, written by the import module), and how to load them onto a watch.

use chrono::NaiveDate;
use leptos::prelude::*;

use super::download::download_bytes;
use super::state::{use_state, AppState};
use crate::jobs::message::{Reply, Request};

/// The ranges offered: label, test id, whether it starts at the week's first day, weeks.
const RANGES: [(&str, &str, bool, u32); 3] = [
    ("This week", "watch-week", true, 1),
    ("Next 2 weeks", "watch-2w", false, 2),
    ("Next 4 weeks", "watch-4w", false, 4),
];

/// The watch workouts card.
#[component]
pub fn WatchExport() -> impl IntoView {
    let state = use_state();
    let message = RwSignal::new(None::<String>);
    let has_plan = Memo::new(move |_| state.plan.with(|p| p.is_ok()));
    let buttons = RANGES
        .iter()
        .map(|&(label, id, week, weeks)| {
            let click = move |_| {
                message.set(None);
                download_workouts(state, week, weeks, move |e| message.set(Some(e)));
            };
            view! {
                <button type="button" data-testid=id disabled=move || !has_plan.get() on:click=click>{label}</button>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="watch-h" data-testid="watch-export">
            <h3 id="watch-h">"Workouts for your watch"</h3>
            <p class="help">"Each run as a structured workout (warm-up, the work with its repeats, recoveries, cool-down) with your pace ranges, as FIT files in one zip, plus a schedule file that puts them on their dates. Nothing goes through a vendor's cloud."</p>
            <div class="actions" role="group" aria-label="Download workouts (.zip of .fit files)">{buttons}</div>
            {move || message.get().map(|m| view! { <p class="field-error" role="alert">{m}</p> })}
            <HowToLoad/>
        </section>
    }
}

/// Has the import module build the zip for the range (fetched on the first export: the app
/// does not carry the FIT encoder) and offers it as a download; `failed` hears why it could not be.
fn download_workouts(
    state: AppState,
    week_start: bool,
    weeks: u32,
    failed: impl Fn(String) + Copy + 'static,
) {
    let today = state.today.get_untracked();
    let units = state.units.get_untracked();
    let Some(plan) = state.plan.with_untracked(|p| p.as_ref().ok().cloned()) else {
        return;
    };
    let from = if week_start {
        week_of(&plan, today)
    } else {
        today
    };
    let name = format!("periodize-workouts-{from}-{weeks}w.zip");
    let request = Request::Workouts {
        plan: Box::new(plan),
        from,
        weeks,
        units,
    };
    #[cfg(target_arch = "wasm32")]
    {
        let on_reply = move |reply| match reply {
            Reply::ExportedBytes(zip) => {
                if let Err(e) = download_bytes(&name, "application/zip", &zip) {
                    failed(e);
                }
            }
            Reply::Failed(e) => failed(e),
            _ => {}
        };
        if let Err(e) = crate::jobs::client::Job::start(&request, Vec::new(), on_reply) {
            failed(e);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (request, name, download_bytes, Reply::Failed);
        failed("exports run in a browser".into());
    }
}

/// The first day of the plan week holding `today` (or `today` when the plan has no such week).
fn week_of(plan: &crate::plan::Plan, today: NaiveDate) -> NaiveDate {
    plan.weeks
        .iter()
        .find(|w| w.days.iter().any(|d| d.date == today))
        .map_or(today, |w| w.start)
}

/// How to put the files on a watch, and which watches read them.
#[component]
fn HowToLoad() -> impl IntoView {
    view! {
        <details class="how-to" data-testid="watch-howto">
            <summary>"How to load them"</summary>
            <ol>
                <li>"Unzip the download."</li>
                <li>"Garmin watches that mount as a USB drive: connect the watch by cable and copy the .fit files (the schedule too) into the "<code>"GARMIN/NewFiles"</code>" folder. Eject the watch: the workouts appear under Training › Workouts, and the schedule puts them on the training calendar of watches that have one."</li>
                <li>"Many newer Garmin watches (the music models first) connect over MTP instead of as a drive: on Windows they open in File Explorer; on a Mac use OpenMTP (Android File Transfer also works); on Linux your file manager (gvfs / KIO) or jmtpfs. Copy into "<code>"GARMIN/NewFiles"</code>" the same way."</li>
                <li>"Garmin Connect's web import takes activity files only, not workout files: load workouts onto the watch as above."</li>
            </ol>
            <p class="help">"Other brands: Garmin's watches and Edge bike computers read FIT workout files; Wahoo and Hammerhead bike computers take FIT workouts through their own apps; COROS, Polar, Suunto and Apple Watch do not load FIT workout files (enter the session in their app instead)."</p>
        </details>
    }
}

//! The first-run empty state: what to do first, and a one-click example season to explore.

use leptos::prelude::*;

use super::state::use_state;
use crate::store::Edit;

/// The empty state shown until the first race exists.
#[component]
pub fn FirstRun() -> impl IntoView {
    let state = use_state();
    let load_example = move |_| {
        let today = state.today.get_untracked();
        // Refusals are shown by the banner.
        let _ = state.dispatch(Edit::LoadExample { today });
    };
    view! {
        <section class="card first-run" data-testid="first-run" aria-labelledby="first-run-h">
            <h2 id="first-run-h">"Plan your season"</h2>
            <ol class="steps">
                <li><a href="#/races">"Add your races"</a>" — the goal race (A) and any tune-ups (B, C)."</li>
                <li>
                    <a href="#/history">"Tell us where you stand"</a>
                    " — import your watch files or type your weekly distance."
                </li>
                <li><a href="#/settings">"Set your week"</a>" — days you can run, long-run day, limits."</li>
            </ol>
            <p>"Your plan appears here, with its deload weeks, taper and recovery, and why each is there."</p>
            <Show when=move || !state.read_only>
                <button type="button" class="primary" data-testid="load-example" on:click=load_example>
                    "Explore an example season"
                </button>
            </Show>
            <p class="muted small">"Everything stays in this browser; nothing is uploaded."</p>
        </section>
    }
}

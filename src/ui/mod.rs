//! The Leptos component tree. Components render what the core computes; they never plan.

use leptos::prelude::*;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <main class="app">
            <header class="app-header">
                <h1>"Periodize"</h1>
                <p class="tagline">"A periodized training plan for your races, private to this browser."</p>
            </header>
            <section class="empty-state" aria-label="Getting started">
                <p>"Add your first race to get a plan."</p>
            </section>
        </main>
    }
}

//! The application shell: configuration, navigation between screens, storage banners.

use leptos::prelude::*;

use super::backup::DataScreen;
use super::banner::{EditProblem, StorageBanner};
use super::embed::Embedding;
use super::history::HistoryScreen;
use super::plan_view::PlanScreen;
use super::races::RacesScreen;
use super::route::{hash, view_signal, View};
use super::settings::SettingsScreen;
use super::state::AppState;
use crate::store::Edit;

/// How much of the app to show.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// The whole app with navigation (the standalone site).
    #[default]
    Full,
    /// The plan only, for embedding in another page.
    Compact,
}

/// How the app is mounted: its storage namespace, its mode and whether edits are allowed.
#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    /// localStorage namespace; widgets on one page use different ones.
    pub namespace: String,
    /// Full app or compact widget.
    pub mode: Mode,
    /// Show the plan without allowing changes.
    pub read_only: bool,
}

impl Default for AppConfig {
    fn default() -> Self {
        AppConfig {
            namespace: "periodize".into(),
            mode: Mode::Full,
            read_only: false,
        }
    }
}

/// The whole application. `embedding` (optional) adapts it to running inside another page.
#[component]
pub fn App(
    #[prop(optional)] config: AppConfig,
    #[prop(optional)] embedding: Option<Embedding>,
) -> impl IntoView {
    let embedding = embedding.unwrap_or_default();
    let mut state = AppState::new(config.namespace.clone(), config.read_only);
    if let Some(units) = embedding.units {
        state.units = Memo::new(move |_| units);
    }
    provide_context(state);
    if let Some(hook) = &embedding.on_start {
        hook(state);
    }
    let full = config.mode == Mode::Full;
    let theme =
        Memo::new(move |_| format!("app theme-{}", state.doc.with(|d| d.prefs.theme.key())));
    let local = embedding.local_views;
    // Opened without a link to a screen, the app shows the one last used; moving to another
    // screen is remembered (opening one is not an edit, so a first visit stores nothing).
    // Embedded widgets always open on the plan and remember nothing.
    let routed = full && !local;
    let last = routed
        .then(|| state.doc.with_untracked(|d| d.prefs.last_view))
        .flatten();
    let view = view_signal(routed, last.unwrap_or(View::Plan));
    Effect::new(move |before: Option<View>| {
        let now = view.get();
        if routed && !state.read_only && before.is_some_and(|b| b != now) {
            // Refusals are shown by the banner; remembering a screen has none of its own.
            let _ = state.dispatch(Edit::SetLastView(now));
        }
        now
    });
    let screen = move || match view.get() {
        View::Plan => view! { <PlanScreen/> }.into_any(),
        View::Races => view! { <RacesScreen/> }.into_any(),
        View::History => view! { <HistoryScreen/> }.into_any(),
        View::Settings => view! { <SettingsScreen/> }.into_any(),
        View::Data => view! { <DataScreen/> }.into_any(),
    };
    view! {
        <div class=theme class:compact=!full data-testid="app">
            <Show when=move || full>
                <header class="app-header">
                    <h1>"Periodize"</h1>
                    <p class="tagline">
                        "A periodized training plan for your races, private to this browser."
                    </p>
                    <Nav view=view local/>
                </header>
            </Show>
            <StorageBanner/>
            <EditProblem/>
            <main id="main" class="screen" tabindex="-1">
                {move || if full { screen().into_any() } else { view! { <PlanScreen/> }.into_any() }}
            </main>
        </div>
    }
}

/// The navigation bar: one link per screen; the current one is marked for screen readers.
/// With `local` views the links do not touch the page's URL.
#[component]
fn Nav(view: RwSignal<View>, local: bool) -> impl IntoView {
    view! {
        <nav class="nav" aria-label="Screens">
            <ul>
                {View::ALL
                    .into_iter()
                    .map(|v| {
                        view! {
                            <li>
                                <a
                                    href=hash(v)
                                    data-testid=format!("nav-{}", v.key())
                                    class:active=move || view.get() == v
                                    aria-current=move || (view.get() == v).then_some("page")
                                    on:click=move |ev| {
                                        if local {
                                            ev.prevent_default();
                                        }
                                        view.set(v)
                                    }
                                >
                                    {v.label()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

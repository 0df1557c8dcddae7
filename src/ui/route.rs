//! Which screen is shown, kept in sync with `location.hash` (#/plan, #/races, ...) so a reload
//! on a static host keeps the view without any server routes.

use leptos::prelude::*;

/// The app's screens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Plan,
    Races,
    History,
    Settings,
    Data,
}

impl View {
    /// All screens in navigation order.
    pub const ALL: [View; 5] = [
        View::Plan,
        View::Races,
        View::History,
        View::Settings,
        View::Data,
    ];

    /// The hash fragment naming the screen.
    pub fn hash(self) -> &'static str {
        match self {
            View::Plan => "#/plan",
            View::Races => "#/races",
            View::History => "#/history",
            View::Settings => "#/settings",
            View::Data => "#/data",
        }
    }

    /// The navigation label.
    pub fn label(self) -> &'static str {
        match self {
            View::Plan => "Plan",
            View::Races => "Races",
            View::History => "History",
            View::Settings => "Settings",
            View::Data => "Export & backup",
        }
    }

    /// The screen's name, as kept in the stored preferences (`prefs.last_view`).
    pub fn name(self) -> &'static str {
        self.hash().trim_start_matches("#/")
    }

    /// The screen a stored name names, if any.
    pub fn from_name(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.name() == name)
    }

    /// The screen a hash names, if any.
    pub fn from_hash(hash: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.hash() == hash)
    }
}

/// Reads the current hash (empty when not in a browser).
fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// A view signal that follows `hashchange` and writes the hash when set.
/// `sync` is false for embedded widgets, which must not take over the host page's URL.
pub fn view_signal(sync: bool, default: View) -> RwSignal<View> {
    let initial = if sync {
        View::from_hash(&current_hash()).unwrap_or(default)
    } else {
        default
    };
    let view = RwSignal::new(initial);
    if sync {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            if let Some(v) = View::from_hash(&current_hash()) {
                view.set(v);
            }
        });
        on_cleanup(move || handle.remove());
        Effect::new(move |_| {
            let v = view.get();
            if current_hash() != v.hash() {
                let _ = window().location().set_hash(v.hash());
            }
        });
    }
    view
}

//! Which screen is shown, kept in sync with `location.hash` (#/plan, #/races, ...) so a reload
//! on a static host keeps the view without any server routes.

use leptos::prelude::*;

pub use crate::store::View;

/// The address fragment naming a screen, e.g. `#/races`.
pub fn hash(v: View) -> String {
    format!("#/{}", v.key())
}

/// The screen an address fragment names, if any.
fn from_hash(hash: &str) -> Option<View> {
    hash.strip_prefix("#/").and_then(View::from_key)
}

/// Reads the current hash (empty when not in a browser).
fn current_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// A view signal that follows `hashchange` and writes the hash when set.
/// `sync` is false for embedded widgets, which must not take over the host page's URL.
pub fn view_signal(sync: bool, default: View) -> RwSignal<View> {
    let initial = if sync {
        from_hash(&current_hash()).unwrap_or(default)
    } else {
        default
    };
    let view = RwSignal::new(initial);
    if sync {
        let handle = window_event_listener(leptos::ev::hashchange, move |_| {
            if let Some(v) = from_hash(&current_hash()) {
                view.set(v);
            }
        });
        on_cleanup(move || handle.remove());
        Effect::new(move |_| {
            let v = view.get();
            let want = hash(v);
            if current_hash() != want {
                let _ = window().location().set_hash(&want);
            }
        });
    }
    view
}

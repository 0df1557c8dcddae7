//! What the app needs to know when it runs inside another page (script widget or iframe):
//! a units override, views kept out of the host page's URL, and a hook that hands the
//! embedding code the app's state (the iframe's postMessage API reads and edits through it).

use std::fmt;
use std::rc::Rc;

use super::state::AppState;
use crate::plan::Units;

/// Called once with the app's state when the app starts.
pub type StartHook = Rc<dyn Fn(AppState)>;

/// How the app behaves when embedded; `Embedding::default()` is the standalone app.
#[derive(Clone, Default)]
pub struct Embedding {
    /// Shows distances in these units whatever the stored settings say.
    pub units: Option<Units>,
    /// Keeps the current screen inside the app instead of the page's `location.hash`.
    pub local_views: bool,
    /// Runs once with the app's state, inside the app's reactive owner.
    pub on_start: Option<StartHook>,
}

impl fmt::Debug for Embedding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Embedding")
            .field("units", &self.units)
            .field("local_views", &self.local_views)
            .field("on_start", &self.on_start.as_ref().map(|_| "hook"))
            .finish()
    }
}

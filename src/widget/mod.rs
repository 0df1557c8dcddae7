//! Running Periodize in different pages: the standalone app (`index.html`), the iframe
//! widget (`embed.html`, configured by URL parameters, with a `postMessage` API) and the
//! script widget (elements marked `data-periodize` on someone else's page, each mounted in its
//! own shadow root with its own storage namespace).
//!
//! The page says which it is: `<body data-periodize-page="app">` or `"frame"`; any other page
//! is a host page, where `widget.js` calls [`mount_widgets`] once the wasm has loaded.

pub mod api;
pub mod options;
pub mod summary;

#[cfg(target_arch = "wasm32")]
mod frame;
#[cfg(target_arch = "wasm32")]
mod mount;

#[cfg(target_arch = "wasm32")]
pub use mount::mount_widgets;

/// Which kind of page loaded the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// The standalone app: mount the full app into `<body>`.
    App,
    /// `embed.html` inside an iframe: compact view and the message API.
    Frame,
    /// Someone else's page: wait for `widget.js` to mount the marked elements.
    Host,
}

impl Page {
    /// The page kind named by `<body data-periodize-page=...>` (absent or unknown: a host page).
    pub fn from_marker(marker: Option<&str>) -> Page {
        match marker {
            Some("app") => Page::App,
            Some("frame") => Page::Frame,
            _ => Page::Host,
        }
    }
}

/// The wasm entry point: starts whatever this page needs.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    use leptos::prelude::*;
    let marker = document()
        .body()
        .and_then(|b| b.get_attribute("data-periodize-page"));
    match Page::from_marker(marker.as_deref()) {
        Page::App => {
            use crate::ui::{App, AppConfig};
            leptos::mount::mount_to_body(|| view! { <App config=AppConfig::default()/> });
        }
        Page::Frame => frame::start(),
        Page::Host => {}
    }
}

#[cfg(test)]
mod tests {
    use super::Page;

    #[test]
    fn the_body_marker_names_the_page() {
        assert_eq!(Page::from_marker(Some("app")), Page::App);
        assert_eq!(Page::from_marker(Some("frame")), Page::Frame);
        assert_eq!(Page::from_marker(Some("other")), Page::Host);
        assert_eq!(Page::from_marker(None), Page::Host);
    }
}

//! The web app's entry point (built for wasm by Trunk). What it mounts depends on the page:
//! the full app on `index.html`, the iframe widget on `embed.html`, and on a host page nothing
//! until `widget.js` calls the exported `mountWidgets` (see `periodize::widget`).

#[cfg(target_arch = "wasm32")]
fn main() {
    periodize::widget::start();
}

/// Mounts a script widget into every `[data-periodize]` element of the page (styled by the
/// stylesheet at `stylesheet_url`); returns how many were mounted.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = mountWidgets)]
pub fn mount_widgets(stylesheet_url: String) -> u32 {
    periodize::widget::mount_widgets(&stylesheet_url)
}

/// Tells the app where the import module's files are (absolute URLs): the script widget's
/// loader calls it, since the host page has no loader tag naming them.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = setImportModule)]
pub fn set_import_module(worker: String, js: String, wasm: String) {
    periodize::jobs::client::set_module(&worker, &js, &wasm)
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("periodize-web is the browser app: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}

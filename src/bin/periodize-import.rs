//! The import module: the importers, the archive reader and the plan's file writers, built as
//! a second wasm binary that the app starts in a Web Worker (`web/import-worker.js`) only when
//! the runner imports or exports, so none of it is part of the first load.

/// Does one job: `request` is a `periodize::jobs::message::Request` as JSON, `files` the files
/// it names (`File`s in a worker, `Uint8Array`s elsewhere), `post` hears each progress reply;
/// returns the final reply as JSON.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = runJob)]
pub fn run_job(request: String, files: js_sys::Array, post: js_sys::Function) -> String {
    periodize::jobs::worker::run(&request, &files, &post)
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("periodize-import is the web app's import module: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}

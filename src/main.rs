//! The web app's entry point: mounts the Leptos app (built for wasm by Trunk).

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use periodize::ui::{App, AppConfig};
    leptos::mount::mount_to_body(|| view! { <App config=AppConfig::default()/> });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("periodize-web is the browser app: build it with `trunk build` (see README.md)");
    std::process::exit(2);
}

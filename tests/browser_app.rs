//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts into a host element.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn host() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let el: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&el).unwrap();
    el
}

#[wasm_bindgen_test]
fn app_mounts_into_a_created_element() {
    let el = host();
    let handle = leptos::mount::mount_to(el.clone(), || {
        leptos::view! { <periodize::ui::App/> }
    });
    let h1 = el
        .query_selector("h1")
        .unwrap()
        .expect("the app renders a heading");
    assert_eq!(h1.text_content().unwrap(), "Periodize");
    assert!(el.query_selector("main").unwrap().is_some());
    drop(handle);
}

#[wasm_bindgen_test]
fn store_round_trips_through_local_storage() {
    let doc = periodize::store::Document::default();
    periodize::store::save("browser-test", &doc).unwrap();
    let raw = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item(&periodize::store::key("browser-test"))
        .unwrap();
    let version = format!("\"version\":{}", periodize::store::SCHEMA_VERSION);
    assert!(raw.unwrap().contains(&version));
    assert_eq!(
        periodize::store::load("browser-test"),
        periodize::store::Loaded::Ready(doc)
    );
}

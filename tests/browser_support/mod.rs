//! What the browser test files share: waiting for the renderer and clearing a namespace's storage.

/// Waits `ms` milliseconds (effects, the renderer, and the save after the next frame run).
pub async fn wait(ms: i32) {
    let p = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(p).await.unwrap();
}

/// Removes every localStorage key of `namespace`.
pub fn clear(namespace: &str) {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let keys: Vec<String> = (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with(namespace))
        .collect();
    for k in keys {
        storage.remove_item(&k).unwrap();
    }
}

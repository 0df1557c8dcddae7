//! The `storage` event: changes another tab makes to the namespace's document.

use super::schema::Document;

/// Another tab's stored document, as [`watch`] reports it.
#[derive(Clone, Debug, PartialEq)]
pub struct Remote {
    /// The document stored now (parsed and migrated; empty when it was removed).
    pub doc: Document,
    /// The nearest common ancestor of it and this tab's document, when this tab knows it
    /// (merge against it: `merge(&local, &remote.doc, &base)`); else use the tab's last base.
    pub base: Option<Document>,
}

/// A listener for changes another tab makes to the namespace's document; dropping it stops
/// listening.
pub struct Watch {
    #[cfg(target_arch = "wasm32")]
    inner: Option<(web_sys::Window, StorageListener)>,
}

/// The JavaScript callback a [`Watch`] registers.
#[cfg(target_arch = "wasm32")]
type StorageListener = wasm_bindgen::closure::Closure<dyn FnMut(web_sys::StorageEvent)>;

impl Drop for Watch {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        if let Some((window, closure)) = self.inner.take() {
            use wasm_bindgen::JsCast;
            let _ = window
                .remove_event_listener_with_callback("storage", closure.as_ref().unchecked_ref());
        }
    }
}

/// Calls `on_change` with the stored document (parsed and migrated) whenever another tab
/// changes it. It reads the value stored *now*, not the event's, so late events never bring
/// back an older document; an unreadable value is ignored; a removed one reports an empty
/// document.
pub fn watch(ns: &str, on_change: impl Fn(Remote) + 'static) -> Watch {
    #[cfg(target_arch = "wasm32")]
    {
        use super::keys::key;
        use super::local::{get, storage, with_seen};
        use wasm_bindgen::JsCast;
        let ns = ns.to_owned();
        let handler = move |ev: web_sys::StorageEvent| {
            let Ok(st) = storage() else { return };
            if ev.key().is_some_and(|k| k != key(&ns)) {
                return;
            }
            if ev.storage_area().is_some_and(|area| area != st) {
                return;
            }
            match get(&st, &key(&ns)) {
                Ok(None) => on_change(Remote {
                    doc: Document::default(),
                    base: None,
                }),
                Ok(Some(text)) => {
                    if let Some((doc, base)) = with_seen(&ns, |s| s.receive(&text)) {
                        on_change(Remote { doc, base });
                    }
                }
                Err(_) => {}
            }
        };
        let closure = StorageListener::new(handler);
        let inner = web_sys::window().and_then(|w| {
            w.add_event_listener_with_callback("storage", closure.as_ref().unchecked_ref())
                .ok()
                .map(|_| (w, closure))
        });
        Watch { inner }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (ns, on_change);
        Watch {}
    }
}

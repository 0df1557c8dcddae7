//! Moving the focus and the view after the page is next drawn: the few places where a
//! component reaches the DOM by id instead of rendering.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The element with `id`, as an HTML element.
fn by_id(id: &str) -> Option<web_sys::HtmlElement> {
    document().get_element_by_id(id)?.dyn_into().ok()
}

/// Focuses the element with `id` once the next frame is drawn (it may not exist yet).
pub(crate) fn focus_soon(id: String) {
    request_animation_frame(move || {
        if let Some(el) = by_id(&id) {
            let _ = el.focus();
        }
    });
}

/// Scrolls the element with `id` into view once the next frame is drawn, as little as needed
/// (`block: "nearest"`: nothing moves when it is already on screen).
pub(crate) fn reveal_soon(id: String) {
    request_animation_frame(move || {
        let Some(el) = by_id(&id) else { return };
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"block".into(), &"nearest".into());
        let scroll = js_sys::Reflect::get(&el, &"scrollIntoView".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
        if let Some(scroll) = scroll {
            let _ = scroll.call1(&el, &options);
        }
    });
}

/// Opens a date input's calendar (`showPicker`), for date fields whose own picker button is
/// hidden so that it takes no Tab stop of its own; browsers without `showPicker` do nothing.
pub(crate) fn show_picker(ev: &leptos::ev::MouseEvent) {
    let Some(input) = ev.target() else { return };
    let show = js_sys::Reflect::get(&input, &"showPicker".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(show) = show {
        // Refused (not a user gesture, or a read-only field): the field is typed in instead.
        let _ = show.call0(&input);
    }
}

//! The script widget: every `[data-periodize]` element on a host page gets its own shadow
//! root holding our stylesheet (a `<link>`, so a strict CSP needs no `unsafe-inline`) and an
//! app configured from the element's `data-*` attributes. A second element using a namespace
//! already used on the page shows why it holds no app instead (issue 12, defect 6).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use super::options::{WidgetOptions, DEFAULT_WIDGET_NAMESPACE};
use crate::ui::{App, Embedding, Mode};

/// The attributes a widget element is configured by (each read as `data-{name}`).
const OPTION_NAMES: [&str; 4] = ["mode", "units", "read-only", "namespace"];

/// Mounts a widget into every `[data-periodize]` element not mounted yet, styled by the
/// stylesheet at `stylesheet_url`; returns how many were mounted. `widget.js` calls it
/// (exported from the wasm entry point as `mountWidgets`).
pub fn mount_widgets(stylesheet_url: &str) -> u32 {
    let Ok(found) = document().query_selector_all("[data-periodize]") else {
        return 0;
    };
    let mut used: Vec<String> = Vec::new();
    let mut mounted = 0;
    for i in 0..found.length() {
        let Some(el) = found.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let options = read_options(&el);
        let taken = used.contains(&options.namespace);
        used.push(options.namespace.clone());
        if el.shadow_root().is_some() {
            continue; // mounted (or refused) by an earlier call
        }
        // Two apps on one page writing one namespace would overwrite each other's edits (no
        // `storage` event fires within a page), so the second refuses, visibly.
        if taken {
            if let Err(e) = refuse(&el, &options.namespace, stylesheet_url) {
                leptos::logging::error!("Periodize: could not mark a widget as refused: {e:?}");
            }
            continue;
        }
        match mount_one(&el, options, stylesheet_url) {
            Ok(()) => mounted += 1,
            Err(e) => leptos::logging::error!("Periodize: could not mount a widget: {e:?}"),
        }
    }
    mounted
}

/// The element's options; bad values are reported on the console and replaced by defaults.
fn read_options(el: &Element) -> WidgetOptions {
    let values: Vec<(&str, String)> = OPTION_NAMES
        .iter()
        .filter_map(|name| {
            el.get_attribute(&format!("data-{name}"))
                .map(|v| (*name, v))
        })
        .collect();
    let (options, errors) = WidgetOptions::new(Mode::Compact, DEFAULT_WIDGET_NAMESPACE)
        .parse(values.iter().map(|(n, v)| (*n, v.as_str())));
    for e in errors {
        leptos::logging::warn!("Periodize widget: {e}");
    }
    options
}

/// Shows, in `el`, why it holds no widget: another widget on the page uses its namespace.
fn refuse(el: &Element, namespace: &str, stylesheet_url: &str) -> Result<(), JsValue> {
    let text = format!(
        "Periodize: another widget on this page already keeps its data under the name \"{namespace}\", so this one is not shown (two would overwrite each other's changes). Give each widget its own data-namespace attribute."
    );
    leptos::logging::warn!("{text}");
    let root = shadow_root(el, stylesheet_url)?;
    let p = document().create_element("p")?;
    p.set_class_name("banner banner-error");
    p.set_attribute("role", "alert")?;
    p.set_attribute("data-testid", "namespace-taken")?;
    p.set_text_content(Some(&text));
    root.append_child(&p)?;
    Ok(())
}

/// Attaches the shadow root, the stylesheet and the app to `el`.
fn mount_one(el: &Element, options: WidgetOptions, stylesheet_url: &str) -> Result<(), JsValue> {
    let root = shadow_root(el, stylesheet_url)?;
    let config = options.app_config();
    let embedding = Embedding {
        units: options.units,
        local_views: true,
        on_start: None,
    };
    leptos::mount::mount_to(root, move || view! { <App config embedding/> }).forget();
    Ok(())
}

/// Attaches a shadow root with the stylesheet to `el`; returns the element to render into
/// (hidden until the stylesheet has loaded or failed, so the host never sees it unstyled).
fn shadow_root(el: &Element, stylesheet_url: &str) -> Result<HtmlElement, JsValue> {
    let doc = document();
    let shadow = el.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let link = doc.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", stylesheet_url)?;
    let root: HtmlElement = doc.create_element("div")?.unchecked_into();
    root.set_class_name("pz-root");
    root.set_hidden(true);
    let reveal = {
        let root = root.clone();
        Closure::<dyn Fn()>::new(move || root.set_hidden(false)).into_js_value()
    };
    link.add_event_listener_with_callback("load", reveal.unchecked_ref())?;
    link.add_event_listener_with_callback("error", reveal.unchecked_ref())?;
    shadow.append_child(&link)?;
    shadow.append_child(&root)?;
    Ok(root)
}

//! The iframe widget (`embed.html`): a compact app configured by URL parameters, and the
//! `postMessage` API. Messages go only to, and are accepted only from, the origins listed in
//! `allow-origins`, and only from the parent window; every message is validated by `api`.

use std::rc::Rc;

use leptos::prelude::*;
use serde_json::Value;
use web_sys::{MessageEvent, UrlSearchParams, Window};

use super::api::{self, Command};
use super::options::{normalize_origin, WidgetOptions, DEFAULT_WIDGET_NAMESPACE};
use super::summary::{summarize, PlanSummary};
use crate::store::Edit;
use crate::ui::state::AppState;
use crate::ui::{App, Embedding, Mode};

/// The URL parameters `embed.html` reads.
const PARAMS: [&str; 5] = ["mode", "units", "read-only", "namespace", "allow-origins"];

/// Prefix of every iframe namespace, so an embed never opens the standalone app's data
/// (a page could otherwise frame us and read the runner's own plan through the API).
const FRAME_PREFIX: &str = "embed-";

/// Mounts the iframe widget into `<body>`.
pub fn start() {
    let options = read_options();
    let config = options.app_config();
    let api_options = options.clone();
    let embedding = Embedding {
        units: options.units,
        local_views: true,
        on_start: Some(Rc::new(move |state| wire_api(state, api_options.clone()))),
    };
    leptos::mount::mount_to_body(move || view! { <App config embedding/> });
}

/// The options in the page's query string.
fn read_options() -> WidgetOptions {
    let search = window().location().search().unwrap_or_default();
    let params = UrlSearchParams::new_with_str(&search).ok();
    let values: Vec<(&str, String)> = PARAMS
        .iter()
        .filter_map(|name| params.as_ref()?.get(name).map(|v| (*name, v)))
        .collect();
    let (mut options, errors) = WidgetOptions::new(Mode::Compact, DEFAULT_WIDGET_NAMESPACE)
        .parse(values.iter().map(|(n, v)| (*n, v.as_str())));
    for e in errors {
        leptos::logging::warn!("Periodize embed: {e}");
    }
    options.namespace = format!("{FRAME_PREFIX}{}", options.namespace);
    options
}

/// The embedding page's origin, from `location.ancestorOrigins` or else the referrer.
fn parent_origin() -> Option<String> {
    let location = window().location();
    let ancestors = js_sys::Reflect::get(&location, &"ancestorOrigins".into()).ok();
    let first = ancestors
        .filter(|a| !a.is_undefined() && !a.is_null())
        .and_then(|a| js_sys::Reflect::get(&a, &0.into()).ok())
        .and_then(|o| o.as_string());
    let from_referrer = || {
        let referrer = document().referrer();
        web_sys::Url::new(&referrer).ok().map(|u| u.origin())
    };
    first
        .or_else(from_referrer)
        .and_then(|o| normalize_origin(&o))
}

/// Posts `message` to the parent window for each allowed origin (the browser drops the copies
/// whose origin does not match the parent's).
fn post(parent: &Window, origins: &[String], message: &Value) {
    let Ok(js) = js_sys::JSON::parse(&message.to_string()) else {
        return;
    };
    for origin in origins {
        if let Err(e) = parent.post_message(&js, origin) {
            leptos::logging::warn!("Periodize embed: could not post to {origin}: {e:?}");
        }
    }
}

/// Sends plan events to the host and obeys its commands.
fn wire_api(state: AppState, options: WidgetOptions) {
    let me = window();
    let parent = match me.parent() {
        Ok(Some(p)) if !js_sys::Object::is(&p, &me) => p,
        _ => return, // not framed: nobody to talk to
    };
    if options.allowed_origins.is_empty() {
        leptos::logging::log!("Periodize embed: no allow-origins given, so the message API is off");
        return;
    }
    // Post only where the parent can receive it: a copy for another origin would be dropped
    // with a console error. When the browser does not tell the parent's origin, try them all.
    let origins = Rc::new(match parent_origin() {
        Some(o) if options.allows(&o) => vec![o],
        Some(_) => Vec::new(),
        None => options.allowed_origins.clone(),
    });
    let summary = Memo::new(move |_| {
        let races = state.doc.with(|d| d.plan_races());
        let (units, today) = (state.units.get(), state.today.get());
        state.plan.with(|p| summarize(p, &races, units, today))
    });
    {
        let (parent, origins) = (parent.clone(), origins.clone());
        Effect::new(move |first: Option<()>| {
            let s: PlanSummary = summary.get();
            let message = match first {
                None => api::ready(&s),
                Some(()) => api::plan_changed(&s),
            };
            post(&parent, &origins, &message);
        });
    }
    let handle = window_event_listener(leptos::ev::message, move |e: MessageEvent| {
        let origin = e.origin();
        let from_parent = e.source().is_some_and(|s| js_sys::Object::is(&s, &parent));
        if !from_parent || !options.allows(&origin) {
            return; // not our host: ignored without an answer
        }
        let reply_to = [origin];
        let reply = |m: Value| post(&parent, &reply_to, &m);
        let text = js_sys::JSON::stringify(&e.data())
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default();
        match api::parse(&text) {
            Ok(None) => {}
            Err((id, err)) => reply(api::error(id.as_ref(), &err)),
            Ok(Some(request)) => {
                let id = request.id.as_ref();
                match request.command {
                    Command::GetSummary => reply(api::summary_reply(id, &summary.get_untracked())),
                    Command::SetRaces(races) => {
                        // The host sets the data even in a read-only widget (read-only is
                        // about the visitor); such a widget just does not save it.
                        let today = state.today.get_untracked();
                        match state.dispatch_from_host(Edit::SetRaces { races, today }) {
                            Ok(_) => reply(api::ack(id)),
                            Err(e) => reply(api::error(id, &e)),
                        }
                    }
                }
            }
        }
    });
    on_cleanup(move || handle.remove());
}

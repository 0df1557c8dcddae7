//! Browser tests of the forms a new runner tripped over (issue 15), in headless Chromium: the
//! app is mounted with its own storage namespace, driven by events, and the DOM and the stored
//! document are checked.
#![cfg(target_arch = "wasm32")]

use chrono::{DateTime, Duration};
use leptos::prelude::*;
use periodize::history::{Activity, Sport};
use periodize::store::{self, Document, Loaded};
use periodize::ui::{App, AppConfig, Mode};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser_support;
use browser_support::{clear, wait};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Mounts the full app on `hash` over `doc` (stored first), in its own namespace.
fn mount(namespace: &str, hash: &str, doc: Option<Document>) -> (web_sys::HtmlElement, impl Drop) {
    clear(namespace);
    if let Some(doc) = doc {
        store::save(namespace, &doc).unwrap();
    }
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    let config = AppConfig {
        namespace: namespace.into(),
        mode: Mode::Full,
        read_only: false,
    };
    let handle = leptos::mount::mount_to(el.clone(), move || view! { <App config/> });
    (el, handle)
}

fn find(el: &web_sys::HtmlElement, selector: &str) -> web_sys::HtmlElement {
    el.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .unchecked_into()
}

fn text(el: &web_sys::HtmlElement, selector: &str) -> String {
    find(el, selector).text_content().unwrap_or_default()
}

fn count(el: &web_sys::HtmlElement, selector: &str) -> u32 {
    el.query_selector_all(selector).unwrap().length()
}

/// Types `value` into the input and fires `input` then `change`, as leaving the field does.
fn type_in(el: &web_sys::HtmlElement, selector: &str, value: &str) {
    let input: web_sys::HtmlInputElement = find(el, selector).unchecked_into();
    input.set_value(value);
    for event in ["input", "change"] {
        input
            .dispatch_event(&web_sys::Event::new(event).unwrap())
            .unwrap();
    }
}

fn key(target: &web_sys::HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&ev).unwrap();
}

fn stored(namespace: &str) -> Document {
    match store::load(namespace) {
        Loaded::Ready(doc) => doc,
        other => panic!("no document stored: {other:?}"),
    }
}

fn focused_id() -> String {
    document()
        .active_element()
        .map(|e| e.id())
        .unwrap_or_default()
}

fn run(day: i64, source: &str) -> Activity {
    let start =
        DateTime::parse_from_rfc3339("2026-01-05T07:00:00+01:00").unwrap() + Duration::days(day);
    Activity {
        start,
        sport: Sport::Run,
        distance_m: 10_000.0,
        moving_s: 3_300.0,
        elapsed_s: 3_400.0,
        elevation_gain_m: None,
        avg_hr: None,
        max_hr: None,
        rpe: None,
        source: source.into(),
        name: None,
    }
}

#[wasm_bindgen_test]
async fn a_recent_race_is_saved_and_shown_again() {
    let (el, h) = mount("forms-recent", "#/history", None);
    wait(30).await;
    type_in(&el, "#base-result-dist", "10");
    wait(30).await;
    assert!(
        text(&el, "#base-result-err").contains("time"),
        "asks for the time"
    );
    type_in(&el, "#base-result-time", "47:30");
    wait(200).await;
    let r = stored("forms-recent")
        .baseline
        .recent_result
        .expect("saved");
    assert_eq!((r.distance_km, r.time_s), (10.0, 2850));
    drop(h);
    let (el, _h) = mount(
        "forms-recent-again",
        "#/history",
        Some(stored("forms-recent")),
    );
    wait(30).await;
    let time: web_sys::HtmlInputElement = find(&el, "#base-result-time").unchecked_into();
    assert_eq!(time.value(), "47:30", "the runner finds what they typed");
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn baseline_figures_no_runner_has_get_a_message_next_to_the_field() {
    let (el, _h) = mount("forms-plausible", "#/history", None);
    wait(30).await;
    type_in(&el, "#base-weekly", "-20");
    type_in(&el, "#base-weeks", "12");
    wait(30).await;
    let weekly = text(&el, "#base-weekly-err");
    let weeks = text(&el, "#base-weeks-err");
    assert!(weekly.contains("zero or more"), "{weekly}");
    assert!(weeks.contains("last 8"), "{weeks}");
    type_in(&el, "#base-weeks", "6");
    wait(30).await;
    assert_eq!(
        text(&el, "#base-weeks-err"),
        "",
        "a good figure clears the message"
    );
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn a_half_in_3_30_is_read_as_hours_and_said_back() {
    let (el, _h) = mount("forms-goal", "#/races", None);
    wait(30).await;
    find(&el, "[data-testid=add-race]").click();
    wait(60).await;
    assert_eq!(
        focused_id(),
        "race-name",
        "the form opens at its first field"
    );
    let select = find(&el, "#race-distance");
    js_sys::Reflect::set(&select, &"value".into(), &"half".into()).unwrap();
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    type_in(&el, "#race-name", "City Half");
    let date = periodize::ui::today_from_clock() + Duration::days(90);
    type_in(&el, "#race-date", &date.to_string());
    type_in(&el, "#race-goal", "3:30");
    wait(30).await;
    assert_eq!(text(&el, "#race-goal-read"), "Read as 3 h 30 min.");
    find(&el, "[data-testid=race-save]").click();
    wait(60).await;
    let races = stored_or_wait("forms-goal").await.races;
    assert_eq!(races[0].race.goal_time_s, Some(3 * 3600 + 30 * 60));
    assert_eq!(
        focused_id(),
        format!("race-{}", races[0].id),
        "focus returns to the saved row"
    );
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

async fn stored_or_wait(namespace: &str) -> Document {
    wait(200).await;
    stored(namespace)
}

#[wasm_bindgen_test]
async fn a_deleted_race_can_be_undone_until_the_next_edit() {
    let (el, _h) = mount("forms-undo", "#/plan", None);
    wait(30).await;
    find(&el, "[data-testid=load-example]").click();
    wait(30).await;
    find(&el, "[data-testid=nav-races]").click();
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=race-row]"), 3);
    find(&el, "[data-testid=race-row] button.danger").click();
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=race-row]"), 2);
    assert!(text(&el, "[data-testid=undo-banner]").starts_with("Deleted"));
    find(&el, "[data-testid=undo-delete]").click();
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=race-row]"), 3, "undone");
    assert_eq!(count(&el, "[data-testid=undo-banner]"), 0);
    // A second delete offers its own undo; the next edit (a rename) ends it.
    find(&el, "[data-testid=race-row] button.danger").click();
    wait(30).await;
    find(&el, "[data-testid=race-row] button.danger").click();
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=race-row]"), 1);
    assert_eq!(count(&el, "[data-testid=undo-banner]"), 1);
    find(
        &el,
        "[data-testid=race-row] .row-actions button:not(.danger)",
    )
    .click();
    wait(30).await;
    type_in(&el, "#race-name", "Renamed");
    find(&el, "[data-testid=race-save]").click();
    wait(30).await;
    assert!(text(&el, "[data-testid=race-row]").contains("Renamed"));
    assert_eq!(
        count(&el, "[data-testid=undo-banner]"),
        0,
        "gone after the next edit"
    );
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn imported_activities_can_be_deleted_one_or_a_whole_file() {
    let doc = Document {
        activities: vec![
            run(0, "a.fit"),
            run(2, "a.fit"),
            run(4, "b.gpx"),
            run(6, "c.tcx"),
        ],
        ..Document::default()
    };
    let (el, _h) = mount("forms-activities", "#/history", Some(doc));
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=activity-row]"), 4);
    // Newest first: deletes the c.tcx run.
    find(&el, "[data-testid=activity-delete]").click();
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=activity-row]"), 3);
    // Now b.gpx, then the two a.fit runs.
    let rows = el
        .query_selector_all("[data-testid=activity-delete-file]")
        .unwrap();
    rows.item(1)
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
    wait(30).await;
    assert!(text(&el, "[data-testid=confirm-file-delete]")
        .contains("all 2 activities imported from a.fit"));
    find(&el, "[data-testid=confirm-delete-file]").click();
    wait(200).await;
    let left = stored("forms-activities").activities;
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].source, "b.gpx");
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn the_plan_says_which_baseline_it_rests_on_and_offers_the_history() {
    let doc = Document {
        activities: (0..20).map(|i| run(i * 2, "year.zip")).collect(),
        ..Document::default()
    };
    let (el, _h) = mount("forms-note", "#/plan", Some(doc));
    wait(30).await;
    find(&el, "[data-testid=load-example]").click();
    wait(30).await;
    let note = text(&el, "[data-testid=plan-baseline]");
    assert!(
        note.contains("numbers you typed") && note.contains("20 imported activities are not used"),
        "{note}"
    );
    find(&el, "[data-testid=use-history]").click();
    wait(30).await;
    let note = text(&el, "[data-testid=plan-baseline]");
    assert!(note.contains("imported history"), "{note}");
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn escape_on_the_calendar_closes_the_day_detail() {
    let (el, _h) = mount("forms-esc", "#/plan", None);
    wait(30).await;
    find(&el, "[data-testid=load-example]").click();
    wait(30).await;
    let cell = find(&el, ".cal-day[tabindex='0']");
    key(&cell, "Enter");
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=day-detail]"), 1);
    key(&cell, "Escape");
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=day-detail]"), 0);
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

fn hidden(el: &web_sys::HtmlElement, selector: &str) -> bool {
    find(el, selector).hidden()
}

#[wasm_bindgen_test]
async fn default_figures_are_shown_as_assumed_until_confirmed() {
    let (el, _h) = mount("forms-assumed", "#/plan", None);
    wait(30).await;
    find(&el, "[data-testid=load-example]").click();
    wait(30).await;
    let note = text(&el, "[data-testid=plan-assumed]");
    assert!(
        note.starts_with(
            "We assumed 30 km a week, a 12 km long run and running in 8 of the last 8 weeks: tell us yours."
        ),
        "{note}"
    );
    find(&el, "[data-testid=nav-history]").click();
    wait(30).await;
    assert!(!hidden(&el, "[data-testid=base-assumed]"));
    for id in ["base-weekly", "base-long", "base-weeks"] {
        assert_eq!(
            text(&el, &format!("#{id}-note")),
            "Assumed: tell us yours.",
            "{id}"
        );
    }
    // Typing a figure makes it the runner's; the others stay assumed.
    type_in(&el, "#base-weekly", "45");
    wait(30).await;
    assert_eq!(text(&el, "#base-weekly-note"), "");
    assert_eq!(text(&el, "#base-long-note"), "Assumed: tell us yours.");
    // "These are right" confirms the rest through the edit door, and it is stored.
    find(&el, "[data-testid=base-confirm]").click();
    wait(200).await;
    assert_eq!(text(&el, "#base-long-note"), "");
    assert!(hidden(&el, "[data-testid=base-assumed]"));
    let doc = stored("forms-assumed");
    assert!(doc.baseline_confirmed);
    assert_eq!(doc.baseline.weekly_km, 45.0);
    find(&el, "[data-testid=nav-plan]").click();
    wait(30).await;
    assert_eq!(count(&el, "[data-testid=plan-assumed]"), 0);
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn a_zero_baseline_says_what_to_type_and_how_a_beginner_starts() {
    let mut doc = Document::default();
    doc.baseline.weekly_km = 0.0;
    doc.baseline.longest_run_km = 0.0;
    let (el, _h) = mount("forms-zero", "#/plan", Some(doc));
    wait(30).await;
    find(&el, "[data-testid=load-example]").click();
    wait(30).await;
    let advice = text(&el, "[data-testid=plan-from-zero]");
    assert!(
        advice.starts_with("The plan starts from 0 km a week")
            && advice.contains("type what you run")
            && advice.contains("Beginner"),
        "{advice}"
    );
    find(&el, "[data-testid=nav-history]").click();
    wait(30).await;
    assert!(
        text(&el, "#base-weekly-note").starts_with("Starting from zero"),
        "the field says it too"
    );
    type_in(&el, "#base-weekly", "15");
    wait(30).await;
    find(&el, "[data-testid=nav-plan]").click();
    wait(30).await;
    assert_eq!(
        count(&el, "[data-testid=plan-from-zero]"),
        0,
        "gone at 15 km"
    );
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

//! Browser tests of the UI components (wasm-bindgen-test in headless Chromium): the app is
//! mounted into a created element with its own storage namespace and the DOM is checked.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use periodize::ui::{App, AppConfig, Mode};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod browser_support;
use browser_support::{clear, wait};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn host() -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&el).unwrap();
    el
}

/// Lets effects and the renderer run (a macrotask).
async fn settle() {
    wait(20).await;
}

fn mount(namespace: &str, mode: Mode) -> (web_sys::HtmlElement, impl Drop) {
    clear(namespace);
    let el = host();
    let config = AppConfig {
        namespace: namespace.into(),
        mode,
        read_only: false,
    };
    let handle = leptos::mount::mount_to(el.clone(), move || view! { <App config/> });
    (el, handle)
}

fn find(el: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    el.query_selector(selector)
        .unwrap()
        .map(|e| e.unchecked_into())
}

fn count(el: &web_sys::HtmlElement, selector: &str) -> u32 {
    el.query_selector_all(selector).unwrap().length()
}

/// Whether `text` shows a distance in `unit` ("12.5 mi", not "40 min").
fn shows_unit(text: &str, unit: &str) -> bool {
    let pattern = format!(" {unit}");
    text.match_indices(&pattern).any(|(i, _)| {
        !text[i + pattern.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic)
    })
}

fn set_input(el: &web_sys::HtmlElement, selector: &str, value: &str, event: &str) {
    let input: web_sys::HtmlInputElement = find(el, selector).unwrap().unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn first_run_offers_an_example_that_becomes_a_plan_and_clears() {
    let (el, _h) = mount("ui-test-first-run", Mode::Compact);
    assert!(find(&el, "[data-testid=first-run]").is_some());
    assert_eq!(count(&el, "[data-testid=season-chart]"), 0);
    find(&el, "[data-testid=load-example]").unwrap().click();
    settle().await;
    assert!(find(&el, "[data-testid=first-run]").is_none());
    assert!(find(&el, "[data-testid=season-chart]").is_some());
    assert!(count(&el, "[data-testid=race-marker]") == 3);
    // The month calendar shows today, and the plan has race, taper and deload weeks.
    assert!(find(&el, ".cal-day.today").is_some());
    assert!(count(&el, ".bar[data-kind=taper]") > 0);
    assert!(count(&el, ".bar[data-kind=race]") > 0);
    find(&el, "[data-testid=clear-example]").unwrap().click();
    settle().await;
    assert!(find(&el, "[data-testid=first-run]").is_some());
}

#[wasm_bindgen_test]
async fn calendar_moves_with_arrow_keys_and_enter_opens_the_day() {
    let (el, _h) = mount("ui-test-keys", Mode::Compact);
    find(&el, "[data-testid=load-example]").unwrap().click();
    settle().await;
    let focused = find(&el, ".cal-day[tabindex='0']").unwrap();
    let start = focused.get_attribute("data-date").unwrap();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let ev = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    focused.dispatch_event(&ev).unwrap();
    settle().await;
    let next = find(&el, ".cal-day[tabindex='0']").unwrap();
    let moved = next.get_attribute("data-date").unwrap();
    let expect =
        chrono::NaiveDate::parse_from_str(&start, "%Y-%m-%d").unwrap() + chrono::Duration::days(1);
    assert_eq!(moved, expect.to_string());
    init.set_key("Enter");
    let enter =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    next.dispatch_event(&enter).unwrap();
    settle().await;
    let detail = find(&el, "[data-testid=day-detail]").expect("Enter opens the day detail");
    assert!(!find(&detail, "[data-testid=detail-workout]")
        .unwrap()
        .text_content()
        .unwrap()
        .is_empty());
    assert!(count(&detail, "[data-testid=detail-reasons] li") > 0);
}

#[wasm_bindgen_test]
async fn race_form_shows_messages_next_to_fields_and_saves_a_valid_race() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/races")
        .unwrap();
    let (el, _h) = mount("ui-test-races", Mode::Full);
    settle().await;
    find(&el, "[data-testid=add-race]").unwrap().click();
    settle().await;
    set_input(&el, "#race-date", "2001-01-01", "input");
    set_input(&el, "#race-goal", "fast", "input");
    find(&el, "[data-testid=race-save]").unwrap().click();
    settle().await;
    let name_err = find(&el, "#race-name-err").unwrap().text_content().unwrap();
    let date_err = find(&el, "#race-date-err").unwrap().text_content().unwrap();
    let goal_err = find(&el, "#race-goal-err").unwrap().text_content().unwrap();
    assert!(name_err.contains("name"), "{name_err}");
    assert!(date_err.contains("past"), "{date_err}");
    assert!(goal_err.contains("h:mm:ss"), "{goal_err}");
    assert_eq!(count(&el, "[data-testid=race-row]"), 0);

    let date = periodize::ui::today_from_clock() + chrono::Duration::days(100);
    set_input(&el, "#race-name", "Test Marathon", "input");
    set_input(&el, "#race-date", &date.to_string(), "input");
    set_input(&el, "#race-goal", "3:30:00", "input");
    find(&el, "[data-testid=race-save]").unwrap().click();
    settle().await;
    assert_eq!(count(&el, "[data-testid=race-row]"), 1);
    let row = find(&el, "[data-testid=race-row]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        row.contains("Test Marathon") && row.contains("3:30:00"),
        "{row}"
    );
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn units_setting_changes_every_distance_shown() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/plan")
        .unwrap();
    let (el, _h) = mount("ui-test-units", Mode::Full);
    settle().await;
    find(&el, "[data-testid=load-example]").unwrap().click();
    settle().await;
    find(&el, "[data-testid=tab-weeks]").unwrap().click();
    settle().await;
    let km = find(&el, "[data-testid=week-list]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(shows_unit(&km, "km") && !shows_unit(&km, "mi"), "{km}");
    find(&el, "[data-testid=nav-settings]").unwrap().click();
    settle().await;
    find(&el, "[data-testid=units-mi]").unwrap().click();
    settle().await;
    find(&el, "[data-testid=nav-plan]").unwrap().click();
    settle().await;
    find(&el, "[data-testid=tab-weeks]").unwrap().click();
    settle().await;
    let mi = find(&el, "[data-testid=week-list]")
        .unwrap()
        .text_content()
        .unwrap();
    assert!(shows_unit(&mi, "mi") && !shows_unit(&mi, "km"), "{mi}");
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn an_edit_made_as_the_app_unmounts_is_saved() {
    let (el, handle) = mount("ui-test-unmount", Mode::Full);
    settle().await;
    find(&el, "[data-testid=load-example]").unwrap().click();
    // Unmount in the same task as the edit: its save has not been scheduled yet.
    drop(handle);
    let stored = periodize::store::raw("ui-test-unmount").unwrap_or_default();
    assert!(stored.contains("Example"), "{stored}");
    // The save's frame and timers fire after the app is gone and do nothing.
    settle().await;
    settle().await;
}

#[wasm_bindgen_test]
async fn a_read_only_app_keeps_its_theme_and_disables_the_choice() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/settings")
        .unwrap();
    clear("ui-test-ro-theme");
    let el = host();
    let config = AppConfig {
        namespace: "ui-test-ro-theme".into(),
        mode: Mode::Full,
        read_only: true,
    };
    let _h = leptos::mount::mount_to(el.clone(), move || view! { <App config/> });
    settle().await;
    let app = find(&el, "[data-testid=app]").unwrap();
    assert!(
        app.class_name().contains("theme-system"),
        "{}",
        app.class_name()
    );
    let dark = find(&el, "[data-testid=theme-dark]").unwrap();
    let fieldset = dark.closest("fieldset").unwrap().unwrap();
    assert!(
        fieldset.has_attribute("disabled"),
        "the theme choice is disabled"
    );
    // Even a change event that reaches the radio does not change the theme.
    let input: web_sys::HtmlInputElement = dark.unchecked_into();
    input.set_checked(true);
    input
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    settle().await;
    assert!(
        app.class_name().contains("theme-system"),
        "{}",
        app.class_name()
    );
    assert_eq!(
        periodize::store::raw("ui-test-ro-theme"),
        None,
        "nothing saved"
    );
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

fn stored(namespace: &str) -> periodize::store::Document {
    match periodize::store::load(namespace) {
        periodize::store::Loaded::Ready(doc) => doc,
        other => panic!("no document stored: {other:?}"),
    }
}

fn choose(el: &web_sys::HtmlElement, selector: &str, value: &str) {
    let select = find(el, selector).unwrap();
    js_sys::Reflect::set(&select, &"value".into(), &value.into()).unwrap();
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn theme_and_screens_do_not_re_plan_but_a_setting_does() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/plan")
        .unwrap();
    let (el, _h) = mount("ui-test-replan", Mode::Full);
    settle().await;
    find(&el, "[data-testid=load-example]").unwrap().click();
    settle().await;
    let made = periodize::ui::plans_made();
    for nav in ["nav-settings", "nav-races", "nav-settings"] {
        find(&el, &format!("[data-testid={nav}]")).unwrap().click();
        settle().await;
    }
    find(&el, "[data-testid=theme-dark]").unwrap().click();
    settle().await;
    assert!(find(&el, "[data-testid=app]")
        .unwrap()
        .class_name()
        .contains("theme-dark"));
    // Back on the plan, which reads the plan memo (memos are lazy: a screen without the plan
    // would not show a re-plan).
    find(&el, "[data-testid=nav-plan]").unwrap().click();
    settle().await;
    assert!(find(&el, "[data-testid=season-chart]").is_some());
    assert_eq!(
        periodize::ui::plans_made(),
        made,
        "no re-plan for a theme or a screen"
    );
    find(&el, "[data-testid=nav-settings]").unwrap().click();
    settle().await;
    let runs: web_sys::HtmlInputElement = find(&el, "#runs-per-week").unwrap().unchecked_into();
    let other = if runs.value() == "3" { "5" } else { "3" };
    set_input(&el, "#runs-per-week", other, "change");
    settle().await;
    find(&el, "[data-testid=nav-plan]").unwrap().click();
    settle().await;
    assert_eq!(
        periodize::ui::plans_made(),
        made + 1,
        "a setting re-plans once"
    );
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn settings_selects_read_their_option_keys_and_nothing_else() {
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/settings")
        .unwrap();
    let (el, _h) = mount("ui-test-selects", Mode::Full);
    settle().await;
    choose(&el, "#experience", "masters");
    choose(&el, "#long-run-day", "sat");
    choose(&el, "#deload-cadence", "3");
    settle().await;
    wait(150).await;
    let s = stored("ui-test-selects").settings;
    assert_eq!(s.experience, periodize::plan::Experience::Masters);
    assert_eq!(s.long_run_day, chrono::Weekday::Sat);
    assert_eq!(s.deload_cadence, periodize::plan::DeloadCadence::Every3);
    // An option value that names no choice (here: none selected) changes nothing, rather than
    // falling back to a default.
    choose(&el, "#experience", "expert");
    choose(&el, "#deload-cadence", "");
    settle().await;
    wait(150).await;
    let s = stored("ui-test-selects").settings;
    assert_eq!(s.experience, periodize::plan::Experience::Masters);
    assert_eq!(s.deload_cadence, periodize::plan::DeloadCadence::Every3);
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

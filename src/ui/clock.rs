//! "Today" from the browser's clock, kept current: a tab left open overnight moves to the new
//! day at midnight, and a tab woken from sleep or brought back to view checks the date again.

use std::time::Duration;

use chrono::NaiveDate;
use leptos::prelude::*;

/// Longest wait between two looks at the clock: timers are late or paused in background tabs
/// and sleeping machines, and the clock itself may be changed.
const MAX_WAIT: Duration = Duration::from_secs(3600);

/// Today's date from the browser's clock, in local time.
#[cfg(target_arch = "wasm32")]
pub fn today_from_clock() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// Today's date from the system clock (UTC) when not in a browser.
#[cfg(not(target_arch = "wasm32"))]
pub fn today_from_clock() -> NaiveDate {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default()
        + chrono::Duration::days((secs / 86_400) as i64)
}

/// How long until just after the next local midnight (capped at [`MAX_WAIT`]).
#[cfg(target_arch = "wasm32")]
fn until_next_look() -> Duration {
    let now = js_sys::Date::new_0();
    let midnight = js_sys::Date::new_0();
    midnight.set_hours(24);
    midnight.set_minutes(0);
    midnight.set_seconds(1);
    midnight.set_milliseconds(0);
    let ms = (midnight.get_time() - now.get_time()).max(1000.0);
    Duration::from_millis(ms as u64).min(MAX_WAIT)
}

#[cfg(not(target_arch = "wasm32"))]
fn until_next_look() -> Duration {
    MAX_WAIT
}

/// Sets `today` from the clock (subscribers hear only of a new date).
fn look(today: RwSignal<NaiveDate>) -> Option<()> {
    let now = today_from_clock();
    if today.try_get_untracked()? != now {
        today.set(now);
    }
    Some(())
}

/// Keeps `today` current for as long as the calling owner lives: just after each local
/// midnight (at least hourly), and whenever the page becomes visible or is shown again.
pub fn keep_current(today: RwSignal<NaiveDate>) {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    fn arm(today: RwSignal<NaiveDate>, timer: StoredValue<Option<TimeoutHandle>>) {
        let tick = move || {
            if look(today).is_some() {
                arm(today, timer);
            }
        };
        if let Ok(handle) = set_timeout_with_handle(tick, until_next_look()) {
            if timer.try_set_value(Some(handle)).is_some() {
                handle.clear();
            }
        }
    }
    arm(today, timer);
    let wake = move || {
        if look(today).is_some() {
            // Timers may have slept too: start the wait to midnight again.
            if let Some(Some(old)) = timer.try_update_value(Option::take) {
                old.clear();
            }
            arm(today, timer);
        }
    };
    let on_visible = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if !document().hidden() {
            wake();
        }
    });
    let on_show = window_event_listener(leptos::ev::pageshow, move |_| wake());
    on_cleanup(move || {
        on_visible.remove();
        on_show.remove();
        if let Some(Some(old)) = timer.try_update_value(Option::take) {
            old.clear();
        }
    });
}

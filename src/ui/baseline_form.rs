//! Where the runner stands: the baseline from history, or typed by hand.

use leptos::prelude::*;

use super::controls::{read_number, FieldError, NumberField};
use super::format;
use super::state::use_state;
use crate::plan::goal::read_race_time;
use crate::plan::{Baseline, Units};
use crate::store::assumed::{assumed, Assumed};
use crate::store::edit::limits::CONSISTENCY_WEEKS;
use crate::store::{BaselineSource, Edit};

/// The baseline card: source choice, the history-derived numbers, and the manual form.
#[component]
pub(crate) fn BaselineForm() -> impl IntoView {
    let state = use_state();
    let units = state.units;
    let from_history = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.baseline_source == BaselineSource::History)
    });
    let manual = Memo::new(move |_| state.doc.with(|d| d.baseline.clone()));
    let derived = Memo::new(move |_| {
        let today = state.today.get();
        state.doc.with(|d| d.history_baseline(today))
    });
    let shown = move || {
        derived.get().map(|b| {
            let u = units.get();
            format!(
                "From your history: {} a week, longest run {}, running in {:.0}% of recent weeks.",
                format::dist(b.weekly_km, u),
                format::dist(b.longest_run_km, u),
                b.consistency * 100.0
            )
        })
    };
    view! {
        <section class="card baseline" aria-labelledby="baseline-h" data-testid="baseline">
            <h3 id="baseline-h">"Where you stand today"</h3>
            <p class="help">"The plan starts from this and grows gradually, so it never asks for a sudden jump."</p>
            <fieldset class="field" disabled=state.read_only>
                <legend>"Use"</legend>
                <span class="radio">
                    <input type="radio" name="baseline-source" id="baseline-history" data-testid="baseline-history"
                        prop:checked=move || from_history.get() disabled=move || derived.get().is_none()
                        on:change=move |_| drop(state.dispatch(Edit::SetBaselineSource(BaselineSource::History)))/>
                    <label for="baseline-history">"My imported history"</label>
                </span>
                <span class="radio">
                    <input type="radio" name="baseline-source" id="baseline-manual" data-testid="baseline-manual"
                        prop:checked=move || !from_history.get()
                        on:change=move |_| drop(state.dispatch(Edit::SetBaselineSource(BaselineSource::Manual)))/>
                    <label for="baseline-manual">"Numbers I type"</label>
                </span>
            </fieldset>
            <p class="muted" data-testid="baseline-derived">
                {move || shown().unwrap_or_else(|| "Import some activities to derive these from your history.".into())}
            </p>
            <Show when=move || !from_history.get()>
                <ManualBaseline manual/>
            </Show>
        </section>
    }
}

/// The typed baseline: each figure saved when the runner leaves its field, with the reason
/// next to it when it is refused.
#[component]
fn ManualBaseline(manual: Memo<Baseline>) -> impl IntoView {
    let state = use_state();
    let units = state.units;
    let ro = state.read_only;
    // A figure in the runner's units, refused with a message when it is not a number.
    let commit = move |make: fn(f64) -> Edit, in_units: bool| {
        move |text: String| match read_number(&text) {
            None => Some("Type a number, e.g. 30.".to_string()),
            Some(v) => {
                let v = if in_units {
                    units.get_untracked().to_km(v)
                } else {
                    v
                };
                state.dispatch(make(v)).err().map(|e| e.to_string())
            }
        }
    };
    let shown = move |km: fn(&Baseline) -> f64| {
        move || format!("{:.0}", units.get().from_km(km(&manual.get())))
    };
    let guessed = Memo::new(move |_| state.doc.with(assumed));
    // "Assumed: tell us yours." under a figure the plan only assumed.
    let note = move |is: fn(Assumed) -> bool| {
        Signal::derive(move || is(guessed.get()).then(|| "Assumed: tell us yours.".to_string()))
    };
    let weekly_note = Signal::derive(move || {
        note(|a| a.weekly)
            .get()
            .or_else(|| (manual.get().weekly_km < 1.0).then(|| zero_hint().to_string()))
    });
    view! {
        <p class="assumed-note" data-testid="base-assumed" hidden=move || !guessed.get().any()>
            "Until you type your own figures, the plan uses the ones marked assumed. "
            <button type="button" data-testid="base-confirm" disabled=ro
                on:click=move |_| drop(state.dispatch(Edit::ConfirmBaseline))>
                "These are right"
            </button>
        </p>
        <div class="grid2">
            <NumberField id="base-weekly" disabled=ro
                label=move || format!("Weekly distance, last 4 weeks ({})", units.get().label())
                value=Signal::derive(shown(|b| b.weekly_km))
                note=weekly_note
                on_commit=commit(Edit::SetWeeklyKm, true)/>
            <NumberField id="base-long" disabled=ro
                label=move || format!("Longest run, last 30 days ({})", units.get().label())
                value=Signal::derive(shown(|b| b.longest_run_km))
                note=note(|a| a.long_run)
                on_commit=commit(Edit::SetLongestRunKm, true)/>
            <NumberField id="base-weeks" disabled=ro label=format!("Weeks with running, of the last {CONSISTENCY_WEEKS}")
                value=Signal::derive(move || format!("{:.0}", manual.get().consistency * f64::from(CONSISTENCY_WEEKS)))
                note=note(|a| a.weeks)
                on_commit=commit(Edit::SetRunningWeeks, false)/>
            <RecentResult manual/>
        </div>
    }
}

/// Said under a weekly distance of zero: the plan builds from it, and where a beginner starts.
fn zero_hint() -> &'static str {
    "Starting from zero, the plan builds very slowly. New to running? Set Experience to Beginner in Settings; the plan screen says how to begin."
}

/// A recent race result (distance and time), which sets training paces. Both parts are kept
/// as typed and saved together once both are there.
#[component]
fn RecentResult(manual: Memo<Baseline>) -> impl IntoView {
    let state = use_state();
    let units = state.units;
    let stored = manual.get_untracked().recent_result;
    let dist = RwSignal::new(
        stored
            .map(|r| format!("{:.2}", units.get_untracked().from_km(r.distance_km)))
            .unwrap_or_default(),
    );
    let time = RwSignal::new(stored.map(|r| format::hms(r.time_s)).unwrap_or_default());
    let message = RwSignal::new(None::<String>);
    let save = move || {
        let (d, t) = (dist.get_untracked(), time.get_untracked());
        message.set(match recent_result(&d, &t, units.get_untracked()) {
            Err(msg) => msg,
            Ok((km, secs)) => state
                .dispatch(Edit::SetRecentResult {
                    distance_km: Some(km),
                    time_s: Some(secs),
                    today: state.today.get_untracked(),
                })
                .err()
                .map(|e| e.to_string()),
        });
    };
    let time_read = move || {
        let km = read_number(&dist.get()).map(|v| units.get().to_km(v))?;
        let secs = read_race_time(&time.get(), km).ok()?;
        Some(format!("Read as {}.", format::duration_words(secs)))
    };
    view! {
        <div class="field">
            <label for="base-result-dist">{move || format!("A recent race: distance ({})", units.get().label())}</label>
            <input id="base-result-dist" data-testid="base-result-dist" type="number" min="1" step="0.1" inputmode="decimal"
                disabled=state.read_only aria-describedby="base-result-err"
                prop:value=move || dist.get()
                on:input=move |ev| dist.set(event_target_value(&ev))
                on:change=move |_| save()/>
            <label for="base-result-time">"and time (h:mm:ss)"</label>
            <input id="base-result-time" data-testid="base-result-time" type="text" inputmode="numeric" placeholder="45:00"
                disabled=state.read_only aria-describedby="base-result-read base-result-err"
                prop:value=move || time.get()
                on:input=move |ev| time.set(event_target_value(&ev))
                on:change=move |_| save()/>
            <p class="muted reading" id="base-result-read" data-testid="base-result-read" aria-live="polite">{time_read}</p>
            <FieldError id="base-result-err".to_string() msg=message/>
        </div>
    }
}

/// The recent result typed, as km and seconds; or what to say (nothing while both are empty).
fn recent_result(dist: &str, time: &str, units: Units) -> Result<(f64, u32), Option<String>> {
    let (dist, time) = (dist.trim(), time.trim());
    match (dist.is_empty(), time.is_empty()) {
        (true, true) => return Err(None),
        (false, true) => {
            return Err(Some(
                "Add the time too: the result is saved with both.".into(),
            ))
        }
        (true, false) => {
            return Err(Some(
                "Add the distance too: the result is saved with both.".into(),
            ))
        }
        _ => {}
    }
    let km = read_number(dist)
        .filter(|v| *v > 0.0)
        .ok_or_else(|| Some("Type the distance as a number above zero.".to_string()))?;
    let km = units.to_km(km);
    let secs = read_race_time(time, km).map_err(|e| Some(e.to_string()))?;
    Ok((km, secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recent_race_is_read_from_both_parts() {
        assert_eq!(recent_result("10", "47:30", Units::Km), Ok((10.0, 2850)));
        assert_eq!(recent_result("10", "0:47:30", Units::Km), Ok((10.0, 2850)));
        assert_eq!(recent_result("", "", Units::Km), Err(None));
        assert!(recent_result("10", "", Units::Km)
            .unwrap_err()
            .unwrap()
            .contains("time"));
        assert!(recent_result("", "47:30", Units::Km)
            .unwrap_err()
            .unwrap()
            .contains("distance"));
        assert!(recent_result("-5", "47:30", Units::Km).is_err());
        assert!(recent_result("10", "4:00", Units::Km)
            .unwrap_err()
            .unwrap()
            .contains("record"));
    }
}

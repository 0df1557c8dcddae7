//! Where the runner stands: the baseline from history, or typed by hand.

use leptos::prelude::*;

use super::format;
use super::state::use_state;
use crate::plan::Baseline;
use crate::store::{BaselineSource, Edit};

/// The baseline card: source choice, the history-derived numbers, and the manual form.
#[component]
pub fn BaselineForm() -> impl IntoView {
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
    // Refusals are shown by the banner.
    let set = move |edit: Edit| {
        let _ = state.dispatch(edit);
    };
    let num = move |ev: &leptos::ev::Event| -> Option<f64> {
        event_target_value(ev)
            .trim()
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= 0.0)
    };
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
                        on:change=move |_| set(Edit::SetBaselineSource(BaselineSource::History))/>
                    <label for="baseline-history">"My imported history"</label>
                </span>
                <span class="radio">
                    <input type="radio" name="baseline-source" id="baseline-manual" data-testid="baseline-manual"
                        prop:checked=move || !from_history.get()
                        on:change=move |_| set(Edit::SetBaselineSource(BaselineSource::Manual))/>
                    <label for="baseline-manual">"Numbers I type"</label>
                </span>
            </fieldset>
            <p class="muted" data-testid="baseline-derived">
                {move || shown().unwrap_or_else(|| "Import some activities to derive these from your history.".into())}
            </p>
            <Show when=move || !from_history.get()>
                <div class="grid2">
                    <div class="field">
                        <label for="base-weekly">{move || format!("Weekly distance, last 4 weeks ({})", units.get().label())}</label>
                        <input id="base-weekly" data-testid="base-weekly" type="number" min="0" step="1" inputmode="decimal"
                            disabled=state.read_only
                            prop:value=move || format!("{:.0}", units.get().from_km(manual.get().weekly_km))
                            on:change=move |ev| { if let Some(v) = num(&ev) {
                                set(Edit::SetWeeklyKm(units.get_untracked().to_km(v)));
                            } }/>
                    </div>
                    <div class="field">
                        <label for="base-long">{move || format!("Longest run, last 30 days ({})", units.get().label())}</label>
                        <input id="base-long" data-testid="base-long" type="number" min="0" step="1" inputmode="decimal"
                            disabled=state.read_only
                            prop:value=move || format!("{:.0}", units.get().from_km(manual.get().longest_run_km))
                            on:change=move |ev| { if let Some(v) = num(&ev) {
                                set(Edit::SetLongestRunKm(units.get_untracked().to_km(v)));
                            } }/>
                    </div>
                    <div class="field">
                        <label for="base-weeks">"Weeks with running, of the last 8"</label>
                        <input id="base-weeks" data-testid="base-weeks" type="number" min="0" max="8" step="1"
                            disabled=state.read_only
                            prop:value=move || format!("{:.0}", manual.get().consistency * 8.0)
                            on:change=move |ev| { if let Some(v) = num(&ev) {
                                set(Edit::SetRunningWeeks(v));
                            } }/>
                    </div>
                    <RecentResult manual set/>
                </div>
            </Show>
        </section>
    }
}

/// A recent race result (distance and time), which sets training paces.
#[component]
fn RecentResult(manual: Memo<Baseline>, set: impl Fn(Edit) + Copy + 'static) -> impl IntoView {
    let state = use_state();
    let units = state.units;
    let dist_text = move || {
        manual
            .get()
            .recent_result
            .map(|r| format!("{:.2}", units.get().from_km(r.distance_km)))
            .unwrap_or_default()
    };
    let time_text = move || {
        manual
            .get()
            .recent_result
            .map(|r| format::hms(r.time_s))
            .unwrap_or_default()
    };
    let update = move |dist: Option<f64>, time: Option<u32>| {
        set(Edit::SetRecentResult {
            distance_km: dist.map(|v| units.get_untracked().to_km(v)),
            time_s: time,
            today: state.today.get_untracked(),
        })
    };
    view! {
        <div class="field">
            <label for="base-result-dist">{move || format!("A recent race: distance ({})", units.get().label())}</label>
            <input id="base-result-dist" type="number" min="1" step="0.1" inputmode="decimal" disabled=state.read_only
                prop:value=dist_text
                on:change=move |ev| { if let Ok(v) = event_target_value(&ev).trim().parse::<f64>() { update(Some(v), None) } }/>
            <label for="base-result-time">"and time (h:mm:ss)"</label>
            <input id="base-result-time" type="text" inputmode="numeric" placeholder="45:00" disabled=state.read_only
                prop:value=time_text
                on:change=move |ev| { if let Some(t) = format::parse_hms(&event_target_value(&ev)) { update(None, Some(t)) } }/>
        </div>
    }
}

//! The settings screen: units, theme, week, availability, limits and deload rhythm, each
//! explained. Every change is an [`Edit`]; refusals are shown by the banner.

use leptos::prelude::*;

use super::controls::{help_id, Choice, ChoiceSelect, Field, RadioGroup};
use super::state::{use_state, AppState};
use crate::plan::{
    weekday_from_key, weekday_key, weekday_label, DeloadCadence, Experience, Settings, Units,
    WeekStart, WEEKDAYS,
};
use crate::store::{Edit, Theme};

/// The settings screen.
#[component]
pub(crate) fn SettingsScreen() -> impl IntoView {
    let state = use_state();
    let s = Memo::new(move |_| state.doc.with(|d| d.settings.clone()));
    let ro = state.read_only;
    let set = move |edit: Edit| drop(state.dispatch(edit));
    let theme = Memo::new(move |_| state.doc.with(|d| d.prefs.theme));
    let units = state.units;
    view! {
        <section class="settings" aria-labelledby="settings-h">
            <h2 id="settings-h">"Settings"</h2>
            <RadioGroup name="units" legend="Units" disabled=ro
                help="Distances and paces everywhere use this unit. The plan itself does not change."
                choices=choices(Units::ALL, Units::key, Units::name)
                current=Signal::derive(move || Some(units.get()))
                on_pick=move |u| set(Edit::SetUnits(u))/>
            <RadioGroup name="theme" legend="Theme" disabled=ro
                help="Follows your device's light or dark setting unless you pick one."
                choices=choices(&Theme::ALL, Theme::key, Theme::label)
                current=Signal::derive(move || Some(theme.get()))
                on_pick=move |t| set(Edit::SetTheme(t))/>
            <RadioGroup name="week-start" legend="Week starts on" disabled=ro
                help="The first day of each week in the calendar and in weekly totals."
                choices=choices(WeekStart::ALL, WeekStart::key, WeekStart::label)
                current=Signal::derive(move || s.with(|s| Some(s.week_start)))
                on_pick=move |w| set(Edit::SetWeekStart(w))/>
            <RunDays state settings=s/>
            <Field id="runs-per-week" label="Runs per week"
                help="How many days a week you run. More short runs beat fewer long ones for the same distance.">
                <input id="runs-per-week" data-testid="runs-per-week" type="number" min="1" max="7" step="1"
                    aria-describedby=help_id("runs-per-week") disabled=ro
                    prop:value=move || s.with(|s| s.runs_per_week.to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u8>() {
                            set(Edit::SetRunsPerWeek(n));
                        }
                    }/>
            </Field>
            <Field id="long-run-day" label="Long-run day" help="The day with the most time, usually a weekend day.">
                <ChoiceSelect id="long-run-day" disabled=ro
                    choices=WEEKDAYS.into_iter().map(|d| Choice::new(d, weekday_key(d), weekday_label(d))).collect()
                    from_key=weekday_from_key
                    current=Signal::derive(move || s.with(|s| s.long_run_day))
                    on_pick=move |d| set(Edit::SetLongRunDay(d))/>
            </Field>
            <Field id="max-weekly" label=move || format!("Maximum weekly distance ({})", units.get().label())
                help="The plan never asks for more than this in a week, even at its peak.">
                <input id="max-weekly" data-testid="max-weekly" type="number" min="5" step="1" inputmode="decimal"
                    aria-describedby=help_id("max-weekly") disabled=ro
                    prop:value=move || s.with(|s| format!("{:.0}", s.units.from_km(s.max_weekly_km)))
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).trim().replace(',', ".").parse::<f64>() {
                            set(Edit::SetMaxWeeklyKm(units.get_untracked().to_km(v)));
                        }
                    }/>
            </Field>
            <Field id="experience" label="Experience"
                help="Sets how fast volume grows and how often you deload. Masters (older) athletes recover more slowly and get shorter 2:1 cycles.">
                <ChoiceSelect id="experience" disabled=ro
                    choices=choices(Experience::ALL, Experience::key, Experience::label)
                    from_key=Experience::from_key
                    current=Signal::derive(move || s.with(|s| s.experience))
                    on_pick=move |e| set(Edit::SetExperience(e))/>
            </Field>
            <Field id="deload-cadence" label="Deload rhythm"
                help="How often an easier week comes so the training sinks in. Most runners do well with 3 load weeks and 1 deload.">
                <ChoiceSelect id="deload-cadence" disabled=ro
                    choices=choices(DeloadCadence::ALL, DeloadCadence::key, DeloadCadence::label)
                    from_key=DeloadCadence::from_key
                    current=Signal::derive(move || s.with(|s| s.deload_cadence))
                    on_pick=move |c| set(Edit::SetDeloadCadence(c))/>
            </Field>
            <DeloadDepth state settings=s/>
        </section>
    }
}

/// The choices of a radio group or select, from a type's `ALL`, `key` and `label`.
fn choices<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<Choice<T>> {
    all.iter()
        .map(|v| Choice::new(*v, key(*v), label(*v)))
        .collect()
}

/// The days the runner can run, one checkbox each.
#[component]
fn RunDays(state: AppState, settings: Memo<Settings>) -> impl IntoView {
    view! {
        <fieldset class="card field" disabled=state.read_only data-testid="available-days">
            <legend>"Days you can run"</legend>
            <p class="help">"The plan only puts runs on these days; the others are rest or cross-training."</p>
            <div class="day-checks">
                {WEEKDAYS
                    .into_iter()
                    .map(|day| {
                        let id = format!("day-{}", weekday_key(day));
                        view! {
                            <span class="check">
                                <input type="checkbox" id=id.clone()
                                    prop:checked=move || settings.with(|s| s.available_days.contains(&day))
                                    on:change=move |ev| drop(state.dispatch(Edit::SetRunDay { day, on: event_target_checked(&ev) }))/>
                                <label for=id>{day.to_string()}</label>
                            </span>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// The share of volume a deload week removes, as a slider.
#[component]
fn DeloadDepth(state: AppState, settings: Memo<Settings>) -> impl IntoView {
    let percent = move || settings.with(|s| format!("{:.0}", s.deload_depth * 100.0));
    view! {
        <div class="card field">
            <label for="deload-depth">
                "Deload depth: "
                <output for="deload-depth">{move || format!("{}% less", percent())}</output>
            </label>
            <p class="help" id=help_id("deload-depth")>"How much volume a deload week removes from the week before. About a quarter is typical for runners; at most half, so you stay active."</p>
            <input id="deload-depth" data-testid="deload-depth" type="range" min="10" max="50" step="5"
                aria-describedby=help_id("deload-depth") disabled=state.read_only
                prop:value=percent
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                        drop(state.dispatch(Edit::SetDeloadDepth(v / 100.0)));
                    }
                }/>
        </div>
    }
}

//! The settings screen: units, week, availability, limits and deload rhythm, each explained.

use chrono::Weekday;
use leptos::prelude::*;

use super::format;
use super::state::use_state;
use crate::plan::{DeloadCadence, Experience, Units, WeekStart};
use crate::store::{Edit, Theme};

pub use crate::plan::WEEKDAYS;

/// The settings screen.
#[component]
pub fn SettingsScreen() -> impl IntoView {
    let state = use_state();
    let settings = Memo::new(move |_| state.doc.with(|d| d.settings.clone()));
    // Refusals are shown by the banner.
    let set = move |edit: Edit| {
        let _ = state.dispatch(edit);
    };
    let units = state.units;
    view! {
        <section class="settings" aria-labelledby="settings-h">
            <h2 id="settings-h">"Settings"</h2>
            <fieldset class="card field" disabled=state.read_only>
                <legend>"Units"</legend>
                <p class="help">"Distances and paces everywhere use this unit. The plan itself does not change."</p>
                {[Units::Km, Units::Mi]
                    .into_iter()
                    .map(|u| {
                        let id = format!("units-{}", u.label());
                        view! {
                            <span class="radio">
                                <input type="radio" name="units" id=id.clone() data-testid=id.clone()
                                    prop:checked=move || settings.with(|s| s.units == u)
                                    on:change=move |_| set(Edit::SetUnits(u))/>
                                <label for=id>{if u == Units::Km { "Kilometres" } else { "Miles" }}</label>
                            </span>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <ThemeChoice/>
            <fieldset class="card field" disabled=state.read_only>
                <legend>"Week starts on"</legend>
                <p class="help">"The first day of each week in the calendar and in weekly totals."</p>
                {[WeekStart::Monday, WeekStart::Sunday]
                    .into_iter()
                    .map(|w| {
                        let id = format!("week-start-{w:?}").to_ascii_lowercase();
                        view! {
                            <span class="radio">
                                <input type="radio" name="week-start" id=id.clone()
                                    prop:checked=move || settings.with(|s| s.week_start == w)
                                    on:change=move |_| set(Edit::SetWeekStart(w))/>
                                <label for=id>{format!("{w:?}")}</label>
                            </span>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="card field" disabled=state.read_only data-testid="available-days">
                <legend>"Days you can run"</legend>
                <p class="help">"The plan only puts runs on these days; the others are rest or cross-training."</p>
                <div class="day-checks">
                    {WEEKDAYS
                        .into_iter()
                        .map(|wd| {
                            let id = format!("day-{wd}").to_ascii_lowercase();
                            view! {
                                <span class="check">
                                    <input type="checkbox" id=id.clone()
                                        prop:checked=move || settings.with(|s| s.available_days.contains(&wd))
                                        on:change=move |ev| set(Edit::SetRunDay { day: wd, on: event_target_checked(&ev) })/>
                                    <label for=id>{format!("{wd}")}</label>
                                </span>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <div class="card field">
                <label for="runs-per-week">"Runs per week"</label>
                <p class="help" id="runs-help">"How many days a week you run. More short runs beat fewer long ones for the same distance."</p>
                <input id="runs-per-week" data-testid="runs-per-week" type="number" min="1" max="7" step="1"
                    aria-describedby="runs-help" disabled=state.read_only
                    prop:value=move || settings.with(|s| s.runs_per_week.to_string())
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).trim().parse::<u8>() {
                            set(Edit::SetRunsPerWeek(n));
                        }
                    }/>
            </div>
            <div class="card field">
                <label for="long-run-day">"Long-run day"</label>
                <p class="help" id="long-help">"The day with the most time, usually a weekend day."</p>
                <select id="long-run-day" aria-describedby="long-help" disabled=state.read_only
                    on:change=move |ev| {
                        if let Ok(wd) = event_target_value(&ev).parse::<Weekday>() {
                            set(Edit::SetLongRunDay(wd));
                        }
                    }>
                    {WEEKDAYS
                        .into_iter()
                        .map(|wd| view! {
                            <option value=wd.to_string() selected=move || settings.with(|s| s.long_run_day == wd)>
                                {wd.to_string()}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="card field">
                <label for="max-weekly">{move || format!("Maximum weekly distance ({})", units.get().label())}</label>
                <p class="help" id="max-help">"The plan never asks for more than this in a week, even at its peak."</p>
                <input id="max-weekly" data-testid="max-weekly" type="number" min="5" step="1" inputmode="decimal"
                    aria-describedby="max-help" disabled=state.read_only
                    prop:value=move || settings.with(|s| format!("{:.0}", s.units.from_km(s.max_weekly_km)))
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).trim().replace(',', ".").parse::<f64>() {
                            set(Edit::SetMaxWeeklyKm(units.get_untracked().to_km(v)));
                        }
                    }/>
            </div>
            <div class="card field">
                <label for="experience">"Experience"</label>
                <p class="help" id="exp-help">"Sets how fast volume grows and how often you deload. Masters (older) athletes recover more slowly and get shorter 2:1 cycles."</p>
                <select id="experience" aria-describedby="exp-help" disabled=state.read_only
                    on:change=move |ev| {
                        let e = match event_target_value(&ev).as_str() {
                            "Beginner" => Experience::Beginner,
                            "Advanced" => Experience::Advanced,
                            "Masters" => Experience::Masters,
                            _ => Experience::Intermediate,
                        };
                        set(Edit::SetExperience(e));
                    }>
                    {[Experience::Beginner, Experience::Intermediate, Experience::Advanced, Experience::Masters]
                        .into_iter()
                        .map(|e| view! {
                            <option value=format::experience(e) selected=move || settings.with(|s| s.experience == e)>
                                {format::experience(e)}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="card field">
                <label for="deload-cadence">"Deload rhythm"</label>
                <p class="help" id="cad-help">"How often an easier week comes so the training sinks in. Most runners do well with 3 load weeks and 1 deload."</p>
                <select id="deload-cadence" data-testid="deload-cadence" aria-describedby="cad-help" disabled=state.read_only
                    on:change=move |ev| {
                        let c = match event_target_value(&ev).as_str() {
                            "3" => DeloadCadence::Every3,
                            "4" => DeloadCadence::Every4,
                            "6" => DeloadCadence::Every6To8,
                            _ => DeloadCadence::Auto,
                        };
                        set(Edit::SetDeloadCadence(c));
                    }>
                    {[(DeloadCadence::Auto, "auto"), (DeloadCadence::Every3, "3"), (DeloadCadence::Every4, "4"), (DeloadCadence::Every6To8, "6")]
                        .into_iter()
                        .map(|(c, v)| view! {
                            <option value=v selected=move || settings.with(|s| s.deload_cadence == c)>
                                {format::cadence(c)}
                            </option>
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="card field">
                <label for="deload-depth">
                    "Deload depth: "
                    <output for="deload-depth">{move || settings.with(|s| format!("{:.0}% less", s.deload_depth * 100.0))}</output>
                </label>
                <p class="help" id="depth-help">"How much volume a deload week removes from the week before. About a quarter is typical for runners; at most half, so you stay active."</p>
                <input id="deload-depth" data-testid="deload-depth" type="range" min="10" max="50" step="5"
                    aria-describedby="depth-help" disabled=state.read_only
                    prop:value=move || settings.with(|s| format!("{:.0}", s.deload_depth * 100.0))
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            set(Edit::SetDeloadDepth(v / 100.0));
                        }
                    }/>
            </div>
        </section>
    }
}

/// Light, dark, or following the system.
#[component]
fn ThemeChoice() -> impl IntoView {
    let state = use_state();
    let theme = Memo::new(move |_| state.doc.with(|d| d.prefs.theme));
    view! {
        <fieldset class="card field" disabled=state.read_only>
            <legend>"Theme"</legend>
            <p class="help">"Follows your device's light or dark setting unless you pick one."</p>
            {Theme::ALL
                .into_iter()
                .map(|t| {
                    let id = format!("theme-{}", t.key());
                    view! {
                        <span class="radio">
                            <input type="radio" name="theme" id=id.clone() data-testid=id.clone()
                                prop:checked=move || theme.get() == t
                                on:change=move |_| { let _ = state.dispatch(Edit::SetTheme(t)); }/>
                            <label for=id>{t.label()}</label>
                        </span>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

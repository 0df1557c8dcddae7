//! The readiness check-in: the five warning signs as a quick form. When they call for a
//! deload, the planner takes one and this says so.

use leptos::prelude::*;

use super::core;
use super::state::use_state;
use crate::plan::{Checkin as CheckinEntry, WarningSign};
use crate::store::Edit;

/// The check-in form for today, and what the plan did about it.
#[component]
pub fn Checkin() -> impl IntoView {
    let state = use_state();
    let saved = Memo::new(move |_| {
        let today = state.today.get();
        state
            .doc
            .with(|d| d.checkins.iter().find(|c| c.date == today).cloned())
    });
    let open = RwSignal::new(false);
    let signs = RwSignal::new(Vec::<WarningSign>::new());
    let start = move |_| {
        signs.set(saved.get_untracked().map(|c| c.signs).unwrap_or_default());
        open.set(true);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let checkin = CheckinEntry {
            date: state.today.get_untracked(),
            signs: signs.get_untracked(),
        };
        if state.dispatch(Edit::RecordCheckin(checkin)).is_ok() {
            open.set(false);
        }
    };
    let outcome = move || {
        let c = saved.get()?;
        let today = state.today.get();
        let units = state.units.get();
        let deload = state.plan.with(|p| {
            p.as_ref()
                .ok()
                .and_then(|plan| core::checkin_deload(plan, today, units))
        });
        Some(match (c.signs.is_empty(), deload) {
            (true, _) => view! {
                <p class="ok" data-testid="checkin-result">"Checked in today: no warning signs. Train as planned."</p>
            }
            .into_any(),
            (false, Some(why)) => view! {
                <p class="alert" role="status" data-testid="checkin-result">
                    <strong>"Time for an easier week. "</strong>{why}
                </p>
            }
            .into_any(),
            (false, None) => view! {
                <p role="status" data-testid="checkin-result">
                    {format!("Checked in today with {} warning sign(s). Not enough to change the plan yet; check in again in a few days.", c.signs.len())}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <section class="card checkin no-print" aria-labelledby="checkin-h" data-testid="checkin">
            <h3 id="checkin-h">"How are you feeling?"</h3>
            {outcome}
            <Show when=move || open.get() fallback=move || view! {
                <button type="button" data-testid="checkin-open" on:click=start>"Readiness check-in"</button>
            }>
                <form on:submit=submit>
                    <fieldset>
                        <legend>"Tick any you have noticed over the last week or two"</legend>
                        {WarningSign::ALL
                            .iter()
                            .map(|&sign| {
                                let id = format!("sign-{}", sign.key());
                                view! {
                                    <div class="check">
                                        <input type="checkbox" id=id.clone() data-testid=id.clone()
                                            prop:checked=move || signs.with(|s| s.contains(&sign))
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                signs.update(|s| {
                                                    s.retain(|x| *x != sign);
                                                    if on { s.push(sign) }
                                                });
                                            }/>
                                        <label for=id>{sign.label()}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </fieldset>
                    <div class="actions">
                        <button type="submit" class="primary" data-testid="checkin-save">"Save check-in"</button>
                        <button type="button" on:click=move |_| open.set(false)>"Cancel"</button>
                    </div>
                </form>
            </Show>
        </section>
    }
}

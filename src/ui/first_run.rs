//! The first-run empty state: what to do first, and a one-click example season to explore.

use chrono::{Duration, NaiveDate};
use leptos::prelude::*;

use super::core;
use super::state::use_state;
use crate::plan::{Distance, Priority, Race};
use crate::store::Document;

/// Every example race's name starts with this, so the example can be recognised and cleared.
pub const EXAMPLE_PREFIX: &str = "Example: ";

/// The example season relative to `today`: a goal marathon, a 10K tune-up and a training 5K.
pub fn example_races(today: NaiveDate) -> Vec<Race> {
    let race = |name: &str, days: i64, distance, priority, goal| Race {
        name: format!("{EXAMPLE_PREFIX}{name}"),
        date: today + Duration::days(days),
        distance,
        priority,
        goal_time_s: goal,
    };
    vec![
        race("Park 5K", 35, Distance::FiveK, Priority::C, None),
        race("City 10K", 84, Distance::TenK, Priority::B, Some(2820)),
        race(
            "Autumn Marathon",
            140,
            Distance::Marathon,
            Priority::A,
            Some(13_500),
        ),
    ]
}

/// Whether the document holds the example season.
pub fn has_example(doc: &Document) -> bool {
    core::races(doc)
        .iter()
        .any(|(_, r)| r.name.starts_with(EXAMPLE_PREFIX))
}

/// Removes the example races (the runner's own races stay).
pub fn clear_example(doc: &mut Document) {
    for (id, race) in core::races(doc).into_iter().rev() {
        if race.name.starts_with(EXAMPLE_PREFIX) {
            core::delete_race(doc, id);
        }
    }
}

/// The empty state shown until the first race exists.
#[component]
pub fn FirstRun() -> impl IntoView {
    let state = use_state();
    let load_example = move |_| {
        let today = state.today.get_untracked();
        state.edit(|d| {
            for race in example_races(today) {
                core::upsert_race(d, None, race);
            }
        });
    };
    view! {
        <section class="card first-run" data-testid="first-run" aria-labelledby="first-run-h">
            <h2 id="first-run-h">"Plan your season"</h2>
            <ol class="steps">
                <li><a href="#/races">"Add your races"</a>" — the goal race (A) and any tune-ups (B, C)."</li>
                <li>
                    <a href="#/history">"Tell us where you stand"</a>
                    " — import your watch files or type your weekly distance."
                </li>
                <li><a href="#/settings">"Set your week"</a>" — days you can run, long-run day, limits."</li>
            </ol>
            <p>"Your plan appears here, with its deload weeks, taper and recovery, and why each is there."</p>
            <Show when=move || !state.read_only>
                <button type="button" class="primary" data-testid="load-example" on:click=load_example>
                    "Explore an example season"
                </button>
            </Show>
            <p class="muted small">"Everything stays in this browser; nothing is uploaded."</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn example_is_in_the_future_and_clears_cleanly() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let mut doc = Document::default();
        let own = Race {
            name: "My race".into(),
            date: today + Duration::days(60),
            distance: Distance::Half,
            priority: Priority::A,
            goal_time_s: None,
        };
        core::upsert_race(&mut doc, None, own.clone());
        for r in example_races(today) {
            assert!(r.date > today);
            core::upsert_race(&mut doc, None, r);
        }
        assert!(has_example(&doc));
        clear_example(&mut doc);
        assert!(!has_example(&doc));
        let left: Vec<Race> = core::races(&doc).into_iter().map(|(_, r)| r).collect();
        assert_eq!(left, vec![own]);
    }
}

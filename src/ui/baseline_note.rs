//! Which baseline the plan rests on, said where it matters: on the plan, and on the history
//! screen when imported activities are not being used (with the switch to use them); the
//! figures the plan only assumed, and what to do when it starts from nothing.

use leptos::prelude::*;

use super::format;
use super::state::use_state;
use crate::plan::science::min_weeks;
use crate::plan::{Baseline, Experience, Units};
use crate::store::assumed::{assumed, Assumed};
use crate::store::edit::limits::CONSISTENCY_WEEKS;
use crate::store::{BaselineSource, Document, Edit};

/// "We assumed 30 km a week and a 12 km long run: tell us yours." for the figures the plan
/// assumed (none: `None`).
pub(crate) fn assumed_note(a: Assumed, b: &Baseline, units: Units) -> Option<String> {
    let weeks = (b.consistency * f64::from(CONSISTENCY_WEEKS)).round();
    let parts: Vec<String> = [
        a.weekly
            .then(|| format!("{} a week", format::dist0(b.weekly_km, units))),
        a.long_run
            .then(|| format!("a {} long run", format::dist0(b.longest_run_km, units))),
        a.weeks
            .then(|| format!("running in {weeks:.0} of the last {CONSISTENCY_WEEKS} weeks")),
    ]
    .into_iter()
    .flatten()
    .collect();
    let listed = match parts.as_slice() {
        [] => return None,
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    Some(format!("We assumed {listed}: tell us yours."))
}

/// What to do when the plan starts from (almost) no running: type what you run, or follow a
/// beginner's ramp to a first 5 km (`None` when the baseline has running in it).
pub(crate) fn from_zero(used: &Baseline, units: Units) -> Option<String> {
    (used.weekly_km < 1.0).then(|| {
        format!(
            "The plan starts from {} a week, so it builds very slowly. If you run already, type what you run under History, Where you stand today. If you are starting out, set Experience to Beginner in Settings and begin with 3 run/walk sessions a week of 20 to 30 minutes; a first 5 km race is best at least {} weeks away.",
            format::dist0(used.weekly_km, units),
            min_weeks(5.0, Experience::Beginner)
        )
    })
}

/// The sentence saying which baseline the plan starts from, and whether imported history
/// sits unused (so the switch to it is worth offering).
pub(crate) fn baseline_note(doc: &Document, used: &Baseline, units: Units) -> (String, bool) {
    let figures = format!(
        "{} a week, longest run {}",
        format::dist0(used.weekly_km, units),
        format::dist0(used.longest_run_km, units)
    );
    let imported = doc.activities.len();
    match (doc.baseline_source, imported) {
        (BaselineSource::History, n) if n > 0 => (
            format!("Planned from your imported history ({n} activities): {figures}."),
            false,
        ),
        (_, 0) => (format!("Planned from the numbers you typed: {figures}."), false),
        (_, n) => (
            format!(
                "Planned from the numbers you typed: {figures}. Your {n} imported activities are not used."
            ),
            true,
        ),
    }
}

/// The plan's note on its baseline, with the switch to the history when it sits unused, and
/// (unless `form_below`: the baseline form then says it) the figures it only assumed.
#[component]
pub(crate) fn BaselineNote(#[prop(optional)] form_below: bool) -> impl IntoView {
    let state = use_state();
    let note = Memo::new(move |_| {
        let units = state.units.get();
        state
            .input
            .with(|i| state.doc.with(|d| baseline_note(d, &i.baseline, units)))
    });
    let guessed = Memo::new(move |_| {
        let units = state.units.get();
        if form_below {
            return None;
        }
        state
            .doc
            .with(|d| assumed_note(assumed(d), &d.baseline, units))
    });
    let zero = Memo::new(move |_| {
        let units = state.units.get();
        state.input.with(|i| from_zero(&i.baseline, units))
    });
    view! {
        <p class="muted baseline-note" data-testid="plan-baseline">
            {move || note.get().0}
            " "
            <Show when=move || note.get().1 && !state.read_only>
                <button type="button" data-testid="use-history"
                    on:click=move |_| drop(state.dispatch(Edit::SetBaselineSource(BaselineSource::History)))>
                    "Use my history"
                </button>
            </Show>
        </p>
        {move || guessed.get().map(|text| view! {
            <p class="assumed-note" data-testid="plan-assumed">
                {text}" "
                <a href="#/history" data-testid="plan-assumed-edit">"Type yours"</a>
                <Show when=move || !state.read_only>
                    " "
                    <button type="button" data-testid="plan-assumed-confirm"
                        on:click=move |_| drop(state.dispatch(Edit::ConfirmBaseline))>
                        "These are right"
                    </button>
                </Show>
            </p>
        })}
        {move || zero.get().map(|text| view! {
            <p class="assumed-note" data-testid="plan-from-zero">{text}</p>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_assumed_figures_are_listed_and_asked_for() {
        let b = Baseline::default();
        let all = Assumed {
            weekly: true,
            long_run: true,
            weeks: true,
        };
        assert_eq!(
            assumed_note(all, &b, Units::Km).unwrap(),
            "We assumed 30 km a week, a 12 km long run and running in 8 of the last 8 weeks: tell us yours."
        );
        let weekly = Assumed {
            weekly: true,
            ..Assumed::default()
        };
        assert_eq!(
            assumed_note(weekly, &b, Units::Km).unwrap(),
            "We assumed 30 km a week: tell us yours."
        );
        assert_eq!(assumed_note(Assumed::default(), &b, Units::Km), None);
    }

    #[test]
    fn a_zero_baseline_gets_what_to_type_and_a_beginner_ramp() {
        let zero = Baseline {
            weekly_km: 0.0,
            longest_run_km: 0.0,
            ..Baseline::default()
        };
        let text = from_zero(&zero, Units::Km).unwrap();
        assert!(
            text.starts_with("The plan starts from 0 km a week"),
            "{text}"
        );
        assert!(text.contains("type what you run"), "{text}");
        assert!(text.contains("at least 8 weeks away"), "{text}");
        assert_eq!(from_zero(&Baseline::default(), Units::Km), None);
    }

    #[test]
    fn says_which_baseline_and_when_history_is_unused() {
        let mut doc = Document::default();
        let used = Baseline {
            weekly_km: 30.0,
            longest_run_km: 12.0,
            ..Baseline::default()
        };
        let (text, offer) = baseline_note(&doc, &used, Units::Km);
        assert_eq!(
            text,
            "Planned from the numbers you typed: 30 km a week, longest run 12 km."
        );
        assert!(!offer);
        let run = serde_json::from_str(
            r#"{"start":"2026-02-01T07:00:00+01:00","sport":"run","distance_m":10000,"moving_s":3000,"elapsed_s":3100,"source":"a.fit"}"#,
        )
        .unwrap();
        doc.activities = vec![run];
        let (text, offer) = baseline_note(&doc, &used, Units::Km);
        assert!(
            text.ends_with("Your 1 imported activities are not used."),
            "{text}"
        );
        assert!(offer);
        doc.baseline_source = BaselineSource::History;
        let (text, offer) = baseline_note(&doc, &used, Units::Km);
        assert!(
            text.starts_with("Planned from your imported history (1 activities)"),
            "{text}"
        );
        assert!(!offer);
    }
}

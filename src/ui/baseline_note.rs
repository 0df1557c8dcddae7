//! Which baseline the plan rests on, said where it matters: on the plan, and on the history
//! screen when imported activities are not being used (with the switch to use them).

use leptos::prelude::*;

use super::format;
use super::state::use_state;
use crate::plan::{Baseline, Units};
use crate::store::{BaselineSource, Document, Edit};

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

/// The plan's note on its baseline, with the switch to the history when it sits unused.
#[component]
pub(crate) fn BaselineNote() -> impl IntoView {
    let state = use_state();
    let note = Memo::new(move |_| {
        let units = state.units.get();
        state
            .input
            .with(|i| state.doc.with(|d| baseline_note(d, &i.baseline, units)))
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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

//! Which of the typed baseline's figures are the planner's assumptions rather than the
//! runner's: a figure still at its default (30 km a week, a 12 km long run, running in 8 of
//! the last 8 weeks) before the runner confirmed the baseline
//! ([`Document::baseline_confirmed`], set by [`crate::store::Edit::ConfirmBaseline`]).
//!
//! A document from before the flag has none: a figure it holds that differs from the default
//! was typed, so it counts as the runner's; one still at the default is shown as assumed.

use super::schema::{BaselineSource, Document};
use crate::plan::Baseline;

/// The typed baseline's figures the plan only assumed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Assumed {
    /// Weekly distance of the last four weeks.
    pub weekly: bool,
    /// Longest run of the last 30 days.
    pub long_run: bool,
    /// Weeks with running, of the last eight.
    pub weeks: bool,
}

impl Assumed {
    /// Whether any figure is assumed.
    pub fn any(self) -> bool {
        self.weekly || self.long_run || self.weeks
    }
}

/// The typed baseline's assumed figures (none when the plan rests on imported history, or
/// the runner confirmed them).
pub fn assumed(doc: &Document) -> Assumed {
    let uses_typed = doc.baseline_source == BaselineSource::Manual || doc.activities.is_empty();
    if doc.baseline_confirmed || !uses_typed {
        return Assumed::default();
    }
    let (b, d) = (&doc.baseline, Baseline::default());
    Assumed {
        weekly: b.weekly_km == d.weekly_km,
        long_run: b.longest_run_km == d.longest_run_km,
        weeks: b.consistency == d.consistency,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{apply, merge, Applied, Edit};

    const ALL: Assumed = Assumed {
        weekly: true,
        long_run: true,
        weeks: true,
    };

    #[test]
    fn a_new_document_only_assumes_until_confirmed() {
        let mut doc = Document::default();
        assert_eq!(assumed(&doc), ALL);
        assert_eq!(apply(&mut doc, Edit::ConfirmBaseline), Ok(Applied::Changed));
        assert_eq!(assumed(&doc), Assumed::default());
        assert!(!assumed(&doc).any());
        assert_eq!(
            apply(&mut doc, Edit::ConfirmBaseline),
            Ok(Applied::Unchanged)
        );
    }

    #[test]
    fn a_typed_figure_is_the_runners_the_others_stay_assumed() {
        let mut doc = Document::default();
        apply(&mut doc, Edit::SetWeeklyKm(45.0)).unwrap();
        let a = assumed(&doc);
        assert!(!a.weekly && a.long_run && a.weeks, "{a:?}");
    }

    #[test]
    fn an_older_document_without_the_flag_keeps_its_typed_figures() {
        let mut doc = Document::default();
        doc.baseline.weekly_km = 45.0;
        doc.baseline.longest_run_km = 16.0;
        doc.baseline.consistency = 0.75;
        let text = serde_json::to_string(&doc).unwrap();
        assert!(
            !text.contains("baseline_confirmed"),
            "not written while false: {text}"
        );
        let old: Document = serde_json::from_str(&text).unwrap();
        assert!(!old.baseline_confirmed);
        assert_eq!(
            assumed(&old),
            Assumed::default(),
            "differs from the defaults"
        );
        let confirmed = Document {
            baseline_confirmed: true,
            ..Document::default()
        };
        let back: Document =
            serde_json::from_str(&serde_json::to_string(&confirmed).unwrap()).unwrap();
        assert!(back.baseline_confirmed, "the flag survives saving");
    }

    #[test]
    fn nothing_is_assumed_when_the_plan_rests_on_history() {
        let run = serde_json::from_str(
            r#"{"start":"2026-02-01T07:00:00+01:00","sport":"run","distance_m":10000,"moving_s":3000,"elapsed_s":3100,"source":"a.fit"}"#,
        )
        .unwrap();
        let mut doc = Document {
            activities: vec![run],
            ..Document::default()
        };
        assert!(assumed(&doc).any(), "typed figures still in use");
        apply(&mut doc, Edit::SetBaselineSource(BaselineSource::History)).unwrap();
        assert!(!assumed(&doc).any());
    }

    #[test]
    fn a_confirmation_in_another_tab_survives_the_merge() {
        let base = Document::default();
        let mut remote = base.clone();
        apply(&mut remote, Edit::ConfirmBaseline).unwrap();
        let mut local = base.clone();
        apply(&mut local, Edit::SetLongestRunKm(14.0)).unwrap();
        let merged = merge(&local, &remote, &base);
        assert!(merged.baseline_confirmed);
        assert_eq!(merged.baseline.longest_run_km, 14.0);
    }
}

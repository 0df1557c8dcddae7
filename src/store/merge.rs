//! Three-way merge of two tabs' documents, so both tabs' edits survive.
//!
//! `base` is the document both sides started from (the last one this tab knew was stored),
//! `local` is this tab's document, `remote` the one another tab stored.
//!
//! The rule:
//! - Collections merge item by item, by identity: races by `id`, activities by
//!   [`ActivityKey`] (start instant and sport), check-ins by `date`, the season's marks and
//!   hand edits by `date`.
//!   - An item only one side changed (or added) takes that side's version.
//!   - An item both sides changed differently takes the local version (this tab's user is
//!     the one looking at the screen).
//!   - An item one side deleted and the other left unchanged is deleted; one side deleted and
//!     the other edited is kept, edited (an edit is never lost to a delete).
//! - Settings merge field by field, and the baseline source, baseline, its confirmation, season start, theme and last view
//!   each as one value, by the same rule: the side that changed it wins; if both did, local wins.
//! - The result is normalized (canonical order).
//!
//! So `merge(x, x, b) == x`, `merge(l, b, b) == l` and `merge(b, r, b) == r` for normalized documents.

use std::collections::BTreeMap;

use super::prefs::Prefs;
use super::schema::{ActivityKey, Document};
use super::season::StoredSeason;
use crate::plan::Settings;

/// Merges `local` and `remote`, both edited from `base`, by the rule in the module docs.
pub fn merge(local: &Document, remote: &Document, base: &Document) -> Document {
    let (l, r, b) = (&local.settings, &remote.settings, &base.settings);
    let settings = Settings {
        units: pick(&l.units, &r.units, &b.units),
        week_start: pick(&l.week_start, &r.week_start, &b.week_start),
        available_days: pick(&l.available_days, &r.available_days, &b.available_days),
        runs_per_week: pick(&l.runs_per_week, &r.runs_per_week, &b.runs_per_week),
        long_run_day: pick(&l.long_run_day, &r.long_run_day, &b.long_run_day),
        max_weekly_km: pick(&l.max_weekly_km, &r.max_weekly_km, &b.max_weekly_km),
        experience: pick(&l.experience, &r.experience, &b.experience),
        deload_cadence: pick(&l.deload_cadence, &r.deload_cadence, &b.deload_cadence),
        deload_depth: pick(&l.deload_depth, &r.deload_depth, &b.deload_depth),
    };
    Document {
        races: merge_keyed(&local.races, &remote.races, &base.races, |x| x.id),
        settings,
        baseline_source: pick(
            &local.baseline_source,
            &remote.baseline_source,
            &base.baseline_source,
        ),
        baseline: pick(&local.baseline, &remote.baseline, &base.baseline),
        baseline_confirmed: pick(
            &local.baseline_confirmed,
            &remote.baseline_confirmed,
            &base.baseline_confirmed,
        ),
        activities: merge_keyed(
            &local.activities,
            &remote.activities,
            &base.activities,
            ActivityKey::of,
        ),
        checkins: merge_keyed(&local.checkins, &remote.checkins, &base.checkins, |c| {
            c.date
        }),
        season: StoredSeason {
            start: pick(
                &local.season.start,
                &remote.season.start,
                &base.season.start,
            ),
            marks: merge_keyed(
                &local.season.marks,
                &remote.season.marks,
                &base.season.marks,
                |m| m.date,
            ),
            overrides: merge_keyed(
                &local.season.overrides,
                &remote.season.overrides,
                &base.season.overrides,
                |o| o.date,
            ),
            frozen: super::season::union(&local.season.frozen, &remote.season.frozen),
        },
        prefs: Prefs {
            theme: pick(&local.prefs.theme, &remote.prefs.theme, &base.prefs.theme),
            last_view: pick(
                &local.prefs.last_view,
                &remote.prefs.last_view,
                &base.prefs.last_view,
            ),
        },
    }
    .normalized()
}

/// The side that changed the value; local when both did.
fn pick<T: Clone + PartialEq>(local: &T, remote: &T, base: &T) -> T {
    pick_ref(local, remote, base).clone()
}

fn pick_ref<'a, T: PartialEq>(local: &'a T, remote: &'a T, base: &T) -> &'a T {
    if local == base {
        remote
    } else {
        local
    }
}

/// Merges two collections item by item, identified by `key`.
fn merge_keyed<T, K, F>(local: &[T], remote: &[T], base: &[T], key: F) -> Vec<T>
where
    T: Clone + PartialEq,
    K: Ord,
    F: Fn(&T) -> K,
{
    // Every item by key, with its version on each side (later duplicates win).
    let mut sides: BTreeMap<K, [Option<&T>; 3]> = BTreeMap::new();
    for (side, items) in [local, remote, base].into_iter().enumerate() {
        for item in items {
            if let Some(slot) = sides.entry(key(item)).or_default().get_mut(side) {
                *slot = Some(item);
            }
        }
    }
    sides
        .into_values()
        .filter_map(|[l, r, b]| match (l, r, b) {
            (Some(l), Some(r), Some(b)) => Some(pick_ref(l, r, b)),
            // Added on both sides (or one side added what the other kept): local wins.
            (Some(l), Some(_), None) => Some(l),
            // Deleted remotely: gone unless edited here.
            (Some(l), None, Some(b)) => (l != b).then_some(l),
            // Deleted here: gone unless edited remotely.
            (None, Some(r), Some(b)) => (r != b).then_some(r),
            (Some(l), None, None) => Some(l),
            (None, Some(r), None) => Some(r),
            (None, None, _) => None,
        })
        .cloned()
        .collect()
}

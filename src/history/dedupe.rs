//! Recognising the same activity imported twice (its FIT file and its CSV row, or the same
//! file twice) so that it counts once.

use super::Activity;

/// Starts closer than this (in seconds) may be the same activity.
const SAME_START_S: i64 = 120;
/// Distances within this fraction of the longer one are "similar"...
const SAME_DISTANCE_FRACTION: f64 = 0.10;
/// ...or within this many metres (short or distance-less activities).
const SAME_DISTANCE_M: f64 = 300.0;
/// Widest gap between UTC instants that can still be the same wall-clock start (offsets).
const MAX_OFFSET_S: i64 = 14 * 3600 + SAME_START_S;

/// At most this many nearby activities are compared with each incoming one.
const MAX_CANDIDATES: usize = 256;

/// The result of merging new activities into existing ones.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merged {
    /// All activities, oldest first.
    pub activities: Vec<Activity>,
    /// How many incoming activities were new.
    pub added: usize,
    /// How many incoming activities matched one already there (and were merged into it).
    pub duplicates: usize,
}

/// Whether two activities are the same session: starts within two minutes (as instants, or
/// as wall-clock times when one file had no offset) and similar distances.
pub fn same_activity(a: &Activity, b: &Activity) -> bool {
    let instant = (a.start.timestamp() - b.start.timestamp()).abs();
    let wall = (a.start.naive_local() - b.start.naive_local())
        .num_seconds()
        .abs();
    if instant > SAME_START_S && wall > SAME_START_S {
        return false;
    }
    let diff = (a.distance_m - b.distance_m).abs();
    diff <= SAME_DISTANCE_M || diff <= SAME_DISTANCE_FRACTION * a.distance_m.max(b.distance_m)
}

/// How much a record knows; the richer of two duplicates is kept.
fn richness(a: &Activity) -> usize {
    [
        a.elevation_gain_m.is_some(),
        a.avg_hr.is_some(),
        a.max_hr.is_some(),
        a.rpe.is_some(),
        a.name.is_some(),
        a.distance_m > 0.0,
        a.moving_s > 0.0 && a.moving_s < a.elapsed_s,
        a.start.offset().local_minus_utc() != 0,
    ]
    .iter()
    .filter(|b| **b)
    .count()
}

/// Combines two records of one activity: the richer one, with gaps filled from the other.
fn combine(a: Activity, b: Activity) -> Activity {
    let (mut keep, other) = if richness(&b) > richness(&a) {
        (b, a)
    } else {
        (a, b)
    };
    keep.elevation_gain_m = keep.elevation_gain_m.or(other.elevation_gain_m);
    keep.avg_hr = keep.avg_hr.or(other.avg_hr);
    keep.max_hr = keep.max_hr.or(other.max_hr);
    keep.rpe = keep.rpe.or(other.rpe);
    keep.name = keep.name.or(other.name);
    if keep.sport == super::Sport::Other {
        keep.sport = other.sport;
    }
    keep
}

/// Activities by start instant; the second part of the key keeps the order they were put in
/// among equal starts (an earlier one first).
type ByStart = std::collections::BTreeMap<(i64, usize), Activity>;

/// The key of an activity in `sorted` (by start instant) that is the same as `new`: first
/// among starts within two minutes, then among wall-clock matches up to 14 h away (bounded,
/// so that thousands of activities at one instant cannot make merging quadratic).
fn find_match(sorted: &ByStart, new: &Activity) -> Option<(i64, usize)> {
    let t = new.start.timestamp();
    let scan = |from: i64, to: i64| {
        sorted
            .range((from, 0)..=(to, usize::MAX))
            .take(MAX_CANDIDATES)
            .find(|(_, a)| same_activity(a, new))
            .map(|(k, _)| *k)
    };
    scan(t - SAME_START_S, t + SAME_START_S).or_else(|| scan(t - MAX_OFFSET_S, t + MAX_OFFSET_S))
}

/// Merges `incoming` into `existing`: each incoming activity that matches one already present
/// (or one earlier in `incoming`) is combined with it instead of added. Kept in a tree by start,
/// so that activities arriving newest first (as exports list them) cost no more than oldest
/// first: O(n log n), not a shift of the whole list per activity.
pub fn merge(existing: &[Activity], incoming: Vec<Activity>) -> Merged {
    let mut all: ByStart = ByStart::new();
    let mut sorted: Vec<&Activity> = existing.iter().collect();
    sorted.sort_by_key(|a| a.start.timestamp());
    for (i, a) in sorted.into_iter().enumerate() {
        all.insert((a.start.timestamp(), i), a.clone());
    }
    let (mut added, mut duplicates) = (0, 0);
    for (next, new) in (all.len()..).zip(incoming) {
        let kept = match find_match(&all, &new).and_then(|k| all.remove(&k)) {
            Some(old) => {
                duplicates += 1;
                combine(old, new)
            }
            None => {
                added += 1;
                new
            }
        };
        // After every activity already there with the same start, as a sorted insert would.
        all.insert((kept.start.timestamp(), next), kept);
    }
    let all: Vec<Activity> = all.into_values().collect();
    Merged {
        activities: all,
        added,
        duplicates,
    }
}

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

/// The index of an activity in `sorted` (by start instant) that is the same as `new`: first
/// among starts within two minutes, then among wall-clock matches up to 14 h away (bounded,
/// so that thousands of activities at one instant cannot make merging quadratic).
fn find_match(sorted: &[Activity], new: &Activity) -> Option<usize> {
    let t = new.start.timestamp();
    let window = |from: i64, to: i64| {
        let lo = sorted.partition_point(|a| a.start.timestamp() < from);
        let hi = sorted.partition_point(|a| a.start.timestamp() <= to);
        lo..hi
    };
    let near = window(t - SAME_START_S, t + SAME_START_S);
    let scan = |range: std::ops::Range<usize>| {
        range
            .take(MAX_CANDIDATES)
            .find(|&i| sorted.get(i).is_some_and(|a| same_activity(a, new)))
    };
    scan(near).or_else(|| scan(window(t - MAX_OFFSET_S, t + MAX_OFFSET_S)))
}

/// Merges `incoming` into `existing`: each incoming activity that matches one already present
/// (or one earlier in `incoming`) is combined with it instead of added.
pub fn merge(existing: &[Activity], incoming: Vec<Activity>) -> Merged {
    let mut all: Vec<Activity> = existing.to_vec();
    all.sort_by_key(|a| a.start.timestamp());
    let (mut added, mut duplicates) = (0, 0);
    for new in incoming {
        let t = new.start.timestamp();
        let found = find_match(&all, &new);
        match found {
            Some(i) => {
                let old = all.remove(i);
                let merged = combine(old, new);
                let at = all.partition_point(|a| a.start.timestamp() <= merged.start.timestamp());
                all.insert(at, merged);
                duplicates += 1;
            }
            None => {
                let at = all.partition_point(|a| a.start.timestamp() <= t);
                all.insert(at, new);
                added += 1;
            }
        }
    }
    Merged {
        activities: all,
        added,
        duplicates,
    }
}

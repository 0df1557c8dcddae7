#![cfg(not(target_arch = "wasm32"))]
//! Three-way merge of two tabs' documents: the rules, and properties over random documents.

mod store_support;

use chrono::NaiveDate;
use periodize::plan::{Race, Units, WarningSign};
use periodize::store::{merge, ActivityKey, BaselineSource, Document, StoredRace, Theme, View};
use proptest::prelude::*;
use std::collections::BTreeSet;
use store_support::{activity, checkin, document, fixture, race};

fn base() -> Document {
    periodize::store::migrate::decode(&fixture("v2.json"))
        .unwrap()
        .doc
}

fn renamed(doc: &Document, id: u64, name: &str) -> Document {
    let mut d = doc.clone();
    d.races.iter_mut().find(|r| r.id == id).unwrap().race.name = name.into();
    d
}

fn names(doc: &Document) -> Vec<(u64, String)> {
    doc.races
        .iter()
        .map(|r| (r.id, r.race.name.clone()))
        .collect()
}

fn new_race(doc: &Document, id: u64, name: &str) -> Document {
    let mut d = doc.clone();
    let mut race = d.races[0].race.clone();
    race.name = name.into();
    d.races.push(StoredRace {
        id,
        race,
        example: false,
    });
    d.normalized()
}

#[test]
fn edits_to_different_races_are_both_kept() {
    let b = base();
    let local = renamed(&b, 1, "Berlin (local)");
    let remote = renamed(&b, 3, "Trail (remote)");
    let m = merge(&local, &remote, &b);
    assert_eq!(m.race(1).unwrap().race.name, "Berlin (local)");
    assert_eq!(m.race(3).unwrap().race.name, "Trail (remote)");
    assert_eq!(m.races.len(), 3);
}

#[test]
fn races_added_in_both_tabs_are_both_kept() {
    let b = base();
    let local = new_race(&b, 1001, "local 10K");
    let remote = new_race(&b, 2002, "remote half");
    let m = merge(&local, &remote, &b);
    assert_eq!(m.races.len(), 5);
    assert_eq!(m.race(1001).unwrap().race.name, "local 10K");
    assert_eq!(m.race(2002).unwrap().race.name, "remote half");
}

#[test]
fn the_same_race_edited_in_both_tabs_keeps_this_tabs_edit() {
    let b = base();
    let local = renamed(&b, 1, "mine");
    let remote = renamed(&b, 1, "theirs");
    assert_eq!(
        merge(&local, &remote, &b).race(1).unwrap().race.name,
        "mine"
    );
    assert_eq!(
        merge(&remote, &local, &b).race(1).unwrap().race.name,
        "theirs"
    );
}

#[test]
fn a_delete_wins_over_no_change_but_never_over_an_edit() {
    let b = base();
    let mut deleted = b.clone();
    deleted.races.retain(|r| r.id != 1);
    // Deleted in one tab, untouched in the other: gone, whichever side deleted.
    assert!(merge(&deleted, &b, &b).race(1).is_none());
    assert!(merge(&b, &deleted, &b).race(1).is_none());
    // Deleted in one tab, edited in the other: the edit survives.
    let edited = renamed(&b, 1, "edited");
    assert_eq!(
        merge(&deleted, &edited, &b).race(1).unwrap().race.name,
        "edited"
    );
    assert_eq!(
        merge(&edited, &deleted, &b).race(1).unwrap().race.name,
        "edited"
    );
}

#[test]
fn settings_merge_field_by_field() {
    let b = base();
    let mut local = b.clone();
    local.settings.units = Units::Km;
    let mut remote = b.clone();
    remote.settings.max_weekly_km = 120.0;
    remote.settings.runs_per_week = 6;
    let m = merge(&local, &remote, &b);
    assert_eq!(m.settings.units, Units::Km);
    assert_eq!(m.settings.max_weekly_km, 120.0);
    assert_eq!(m.settings.runs_per_week, 6);
    assert_eq!(m.settings.deload_cadence, b.settings.deload_cadence);
}

#[test]
fn baseline_and_prefs_take_the_side_that_changed_them() {
    let b = base();
    let mut local = b.clone();
    local.prefs.theme = Theme::Light;
    let mut remote = b.clone();
    remote.baseline.weekly_km = 55.0;
    remote.baseline_source = BaselineSource::Manual;
    remote.prefs.last_view = Some(View::Settings);
    let m = merge(&local, &remote, &b);
    assert_eq!(m.prefs.theme, Theme::Light);
    assert_eq!(m.prefs.last_view, Some(View::Settings));
    assert_eq!(m.baseline.weekly_km, 55.0);
    assert_eq!(m.baseline_source, BaselineSource::Manual);
}

#[test]
fn checkins_merge_by_date_and_activities_by_start_and_sport() {
    let b = base();
    let d = |day| NaiveDate::from_ymd_opt(2026, 11, day).unwrap();
    let mut local = b.clone();
    local.checkins.push(periodize::plan::Checkin {
        date: d(22),
        signs: vec![WarningSign::LowMotivation],
    });
    local.activities.remove(1);
    let mut remote = b.clone();
    remote.checkins[0].signs.clear(); // edits the 20 November check-in
    remote.checkins.push(periodize::plan::Checkin {
        date: d(23),
        signs: vec![],
    });
    let mut extra = remote.activities[0].clone();
    extra.start += chrono::Duration::days(1);
    remote.activities.push(extra.clone());
    let m = merge(&local.normalized(), &remote.normalized(), &b);
    let dates: Vec<_> = m.checkins.iter().map(|c| c.date).collect();
    assert_eq!(dates, vec![d(20), d(22), d(23)]);
    assert!(
        m.checkins[0].signs.is_empty(),
        "remote edit of the 20th kept"
    );
    // Local deleted the ride, remote added a run: one run from base, one new run.
    assert_eq!(m.activities.len(), 2);
    assert_eq!(m.activities[1], extra);
}

/// One side's edits to the races whose id has the given parity: keep, delete, or replace.
fn edit_side(base: &Document, parity: u64, actions: &[(u8, Race)], added: Vec<Race>) -> Document {
    let mut d = base.clone();
    let mut races = Vec::new();
    for (i, r) in base.races.iter().enumerate() {
        match actions.get(i) {
            Some((1, _)) if r.id % 2 == parity => {}
            Some((2, new)) if r.id % 2 == parity => races.push(StoredRace {
                id: r.id,
                race: new.clone(),
                example: false,
            }),
            _ => races.push(r.clone()),
        }
    }
    for (k, race) in added.into_iter().enumerate() {
        races.push(StoredRace {
            id: 100 + 2 * k as u64 + parity,
            race,
            example: false,
        });
    }
    d.races = races;
    d.normalized()
}

proptest! {
    #[test]
    fn merge_with_no_change_on_one_side_gives_the_other(b in document(), x in document()) {
        prop_assert_eq!(merge(&x, &b, &b), x.clone());
        prop_assert_eq!(merge(&b, &x, &b), x.clone());
        prop_assert_eq!(merge(&x, &x, &b), x);
    }

    #[test]
    fn merge_is_idempotent(l in document(), r in document(), b in document()) {
        let m = merge(&l, &r, &b);
        prop_assert_eq!(merge(&m, &r, &b), m.clone());
        prop_assert_eq!(merge(&m, &m, &b), m);
    }

    #[test]
    fn disjoint_edits_from_two_tabs_are_all_kept(
        b in document(),
        local_actions in proptest::collection::vec((0u8..3, race()), 6),
        remote_actions in proptest::collection::vec((0u8..3, race()), 6),
        local_added in proptest::collection::vec(race(), 0..3),
        remote_added in proptest::collection::vec(race(), 0..3),
        local_acts in proptest::collection::vec(activity(), 0..4),
        remote_acts in proptest::collection::vec(activity(), 0..4),
        local_checks in proptest::collection::vec(checkin(), 0..3),
        remote_checks in proptest::collection::vec(checkin(), 0..3),
        drop_local in any::<bool>(),
    ) {
        let mut local = edit_side(&b, 0, &local_actions, local_added);
        let mut remote = edit_side(&b, 1, &remote_actions, remote_added);

        // Settings: local changes the units, remote the weekly maximum.
        local.settings.units = match b.settings.units { Units::Km => Units::Mi, Units::Mi => Units::Km };
        remote.settings.max_weekly_km = b.settings.max_weekly_km + 1.5;

        // Activities and check-ins: each side adds new ones; local may delete the first of base.
        let base_keys: BTreeSet<ActivityKey> = b.activities.iter().map(ActivityKey::of).collect();
        let mut seen = base_keys.clone();
        let local_new: Vec<_> = local_acts.into_iter()
            .filter(|a| seen.insert(ActivityKey::of(a))).collect();
        let remote_new: Vec<_> = remote_acts.into_iter()
            .filter(|a| seen.insert(ActivityKey::of(a)))
            .collect();
        local.activities.extend(local_new.iter().cloned());
        remote.activities.extend(remote_new.iter().cloned());
        let dropped = if drop_local && !b.activities.is_empty() {
            Some(local.activities.remove(0))
        } else {
            None
        };
        // New ones only: no key/date of base, of the other side, or repeated on one side.
        let mut dates: BTreeSet<NaiveDate> = b.checkins.iter().map(|c| c.date).collect();
        let local_checks: Vec<_> = local_checks.into_iter()
            .filter(|c| dates.insert(c.date)).collect();
        let remote_checks: Vec<_> = remote_checks.into_iter()
            .filter(|c| dates.insert(c.date)).collect();
        local.checkins.extend(local_checks.iter().cloned());
        remote.checkins.extend(remote_checks.iter().cloned());
        let (local, remote) = (local.normalized(), remote.normalized());

        let m = merge(&local, &remote, &b);

        let mut want: Vec<StoredRace> = local.races.iter().filter(|r| r.id % 2 == 0)
            .chain(remote.races.iter().filter(|r| r.id % 2 == 1)).cloned().collect();
        want.sort_by(|x, y| x.race.date.cmp(&y.race.date).then(x.id.cmp(&y.id)));
        prop_assert_eq!(names(&m), names(&Document { races: want.clone(), ..Document::default() }));
        prop_assert_eq!(&m.races, &want);
        prop_assert_eq!(m.settings.units, local.settings.units);
        prop_assert_eq!(m.settings.max_weekly_km, remote.settings.max_weekly_km);
        for a in local_new.iter().chain(remote_new.iter()) {
            prop_assert!(m.activities.contains(a));
        }
        let expected_acts = b.activities.len() + local_new.len() + remote_new.len()
            - usize::from(dropped.is_some());
        prop_assert_eq!(m.activities.len(), expected_acts);
        if let Some(gone) = dropped {
            prop_assert!(!m.activities.contains(&gone));
        }
        prop_assert_eq!(m.checkins.len(), b.checkins.len() + local_checks.len() + remote_checks.len());
    }
}

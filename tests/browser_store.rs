#![cfg(target_arch = "wasm32")]
//! The store in a real browser (headless Chromium): localStorage round trips, unreadable
//! documents kept, a full quota, namespaces, and the `storage` event.

use std::cell::RefCell;
use std::rc::Rc;

use periodize::store::migrate::{decode, encode};
use periodize::store::{
    apply, corrupt_prefix, discard_corrupt, key, load, migrated_prefix, raw, save, save_merged,
    watch, Applied, Document, Edit, Loaded, StoreError, SCHEMA_VERSION,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const V1: &str = include_str!("fixtures/store/v1.json");
const V2: &str = include_str!("fixtures/store/v2.json");

fn ls() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn sample() -> Document {
    decode(V2).unwrap().doc
}

/// Every key and value in localStorage, sorted.
fn snapshot() -> Vec<(String, String)> {
    let s = ls();
    let mut all: Vec<(String, String)> = (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .map(|k| {
            let v = s.get_item(&k).unwrap().unwrap_or_default();
            (k, v)
        })
        .collect();
    all.sort();
    all
}

/// Removes every key of a namespace (test clean-up).
fn clear_ns(ns: &str) {
    let prefix = format!("{ns}:");
    for (k, _) in snapshot() {
        if k.starts_with(&prefix) {
            ls().remove_item(&k).unwrap();
        }
    }
}

#[wasm_bindgen_test]
fn nothing_stored_loads_empty() {
    clear_ns("t-empty");
    assert_eq!(load("t-empty"), Loaded::Empty);
    assert_eq!(raw("t-empty"), None);
}

#[wasm_bindgen_test]
fn save_then_load_round_trips() {
    let ns = "t-round";
    clear_ns(ns);
    let doc = sample();
    save(ns, &doc).unwrap();
    assert_eq!(load(ns), Loaded::Ready(doc.clone()));
    let text = raw(ns).unwrap();
    assert!(
        text.starts_with(r#"{"app":"periodize","version":4,"#),
        "{text}"
    );
    assert_eq!(ls().get_item(&key(ns)).unwrap(), Some(text));
    clear_ns(ns);
}

#[wasm_bindgen_test]
fn a_version_1_document_is_migrated_and_the_old_text_kept() {
    let ns = "t-migrate";
    clear_ns(ns);
    ls().set_item(&key(ns), V1).unwrap();
    match load(ns) {
        Loaded::Migrated { doc, from } => {
            assert_eq!(from, 1);
            assert_eq!(doc.races.len(), 3);
            assert_eq!(doc.race(1).unwrap().race.name, "Berlin Marathon");
            // The migrated document is stored in the current version...
            assert_eq!(decode(&raw(ns).unwrap()).unwrap().from, SCHEMA_VERSION);
            assert_eq!(load(ns), Loaded::Ready(doc));
        }
        other => panic!("{other:?}"),
    }
    // ...and the version-1 text is kept.
    let kept = format!("{}1", migrated_prefix(ns, 1));
    assert_eq!(ls().get_item(&kept).unwrap().as_deref(), Some(V1));
    clear_ns(ns);
}

#[wasm_bindgen_test]
fn a_corrupt_document_is_kept_under_a_backup_key() {
    let ns = "t-corrupt";
    clear_ns(ns);
    let broken = r#"{"app":"periodize","version":2,"races":[{"id":1,"race":{"name":"Ber"#;
    ls().set_item(&key(ns), broken).unwrap();
    let Loaded::Corrupt {
        raw: got,
        backup_key,
        error,
    } = load(ns)
    else {
        panic!("expected Corrupt");
    };
    assert_eq!(got, broken);
    assert_eq!(backup_key, format!("{}1", corrupt_prefix(ns)));
    assert!(error.contains("not a JSON file"), "{error}");
    // The raw text is still under the document key, and copied under the backup key.
    assert_eq!(raw(ns).as_deref(), Some(broken));
    assert_eq!(ls().get_item(&backup_key).unwrap().as_deref(), Some(broken));
    // Loading again does not pile up copies.
    let Loaded::Corrupt {
        backup_key: again, ..
    } = load(ns)
    else {
        panic!("expected Corrupt");
    };
    assert_eq!(again, backup_key);
    assert_eq!(
        ls().get_item(&format!("{}2", corrupt_prefix(ns))).unwrap(),
        None
    );
    // Saving a fresh document replaces it, the backup stays.
    save(ns, &Document::default()).unwrap();
    assert_eq!(load(ns), Loaded::Ready(Document::default()));
    assert_eq!(ls().get_item(&backup_key).unwrap().as_deref(), Some(broken));
    clear_ns(ns);
}

#[wasm_bindgen_test]
fn save_backs_up_a_corrupt_document_it_has_not_seen() {
    let ns = "t-save-corrupt";
    clear_ns(ns);
    ls().set_item(&key(ns), "garbage one").unwrap();
    ls().set_item(&format!("{}1", corrupt_prefix(ns)), "older garbage")
        .unwrap();
    save(ns, &sample()).unwrap();
    assert_eq!(
        ls().get_item(&format!("{}2", corrupt_prefix(ns)))
            .unwrap()
            .as_deref(),
        Some("garbage one")
    );
    assert_eq!(
        ls().get_item(&format!("{}1", corrupt_prefix(ns)))
            .unwrap()
            .as_deref(),
        Some("older garbage")
    );
    assert_eq!(load(ns), Loaded::Ready(sample()));
    clear_ns(ns);
}

#[wasm_bindgen_test]
fn a_document_from_a_newer_app_is_never_written_over() {
    // Issue 12, defect 4: it was read as corrupt, and the next edit wrote over it.
    let ns = "t-future";
    clear_ns(ns);
    let future = V2.replace("\"version\": 2", "\"version\": 9");
    ls().set_item(&key(ns), &future).unwrap();
    let before = snapshot();
    assert_eq!(load(ns), Loaded::Newer { found: 9 });
    assert_eq!(
        snapshot(),
        before,
        "loading copies nothing and changes nothing"
    );
    // An older build's save (a stale tab, whatever it holds) is refused.
    assert_eq!(save(ns, &sample()), Err(StoreError::Newer));
    assert_eq!(
        save_merged(ns, &sample(), &Document::default()),
        Err(StoreError::Newer)
    );
    assert!(StoreError::Newer.to_string().contains("Reload"));
    // Starting fresh (as from a corrupt banner) leaves it too.
    discard_corrupt(ns, &format!("{}1", corrupt_prefix(ns)));
    assert_eq!(snapshot(), before);
    assert_eq!(raw(ns), Some(future));
    clear_ns(ns);
}

#[wasm_bindgen_test]
fn discard_corrupt_starts_fresh_inside_the_namespace_only() {
    let ns = "t-discard";
    clear_ns(ns);
    ls().set_item("t-discard-host:keep", "host value").unwrap();
    ls().set_item(&key(ns), "not json").unwrap();
    let Loaded::Corrupt { backup_key, .. } = load(ns) else {
        panic!("expected Corrupt");
    };
    discard_corrupt(ns, &backup_key);
    assert_eq!(load(ns), Loaded::Empty);
    assert_eq!(ls().get_item(&backup_key).unwrap(), None);
    // A key outside the namespace is never removed, even if passed in.
    discard_corrupt(ns, "t-discard-host:keep");
    assert_eq!(
        ls().get_item("t-discard-host:keep").unwrap().as_deref(),
        Some("host value")
    );
    // A readable document (another tab saved one meanwhile) is not discarded.
    save(ns, &sample()).unwrap();
    discard_corrupt(ns, &backup_key);
    assert_eq!(load(ns), Loaded::Ready(sample()));
    ls().remove_item("t-discard-host:keep").unwrap();
    clear_ns(ns);
}

/// Fills localStorage until not even one more character fits; returns the filler keys.
fn fill_storage() -> Vec<String> {
    let s = ls();
    let mut keys = Vec::new();
    let mut size = 1 << 20;
    while size >= 1 {
        let k = format!("t-filler:{}", keys.len());
        if s.set_item(&k, &"x".repeat(size)).is_ok() {
            keys.push(k);
        } else {
            size /= 2;
        }
    }
    keys
}

fn unfill(keys: &[String]) {
    for k in keys {
        ls().remove_item(k).unwrap();
    }
}

/// A document too big for any space a full storage has left.
fn big_document() -> Document {
    let mut doc = sample();
    let template = doc.activities[0].clone();
    doc.activities = (0..2000)
        .map(|i| {
            let mut a = template.clone();
            a.start += chrono::Duration::hours(i);
            a
        })
        .collect();
    doc
}

#[wasm_bindgen_test]
fn a_full_quota_gives_quota_exceeded_and_keeps_the_stored_document() {
    let ns = "t-quota";
    clear_ns(ns);
    save(ns, &sample()).unwrap();
    let before = raw(ns).unwrap();
    let fillers = fill_storage();
    let result = save(ns, &big_document());
    let after = raw(ns);
    let loaded = load(ns);
    unfill(&fillers);
    assert!(
        fillers.len() > 3,
        "storage was filled ({} keys)",
        fillers.len()
    );
    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert!(StoreError::QuotaExceeded
        .to_string()
        .contains("storage is full"));
    assert_eq!(after, Some(before));
    assert_eq!(loaded, Loaded::Ready(sample()));
    // With room again, the same save succeeds.
    save(ns, &big_document()).unwrap();
    assert_eq!(load(ns), Loaded::Ready(big_document()));
    clear_ns(ns);
}

#[wasm_bindgen_test]
fn a_full_quota_never_lets_a_corrupt_document_be_overwritten_unbacked() {
    let ns = "t-quota-corrupt";
    clear_ns(ns);
    // A large unreadable document, and room left for a small new one but not for a copy.
    let garbage = format!("{{ this is the runner's only copy {}", "x".repeat(50_000));
    ls().set_item(&key(ns), &garbage).unwrap();
    ls().set_item("t-filler:room", &"r".repeat(4_000)).unwrap();
    let fillers = fill_storage();
    ls().remove_item("t-filler:room").unwrap();
    let small = Document::default();
    assert!(encode(&small).len() < 2_000);
    let loaded = load(ns);
    let result = save(ns, &small);
    let after = raw(ns);
    unfill(&fillers);
    match loaded {
        // The copy did not fit: the document key itself is named as where the text is.
        Loaded::Corrupt {
            raw, backup_key, ..
        } => {
            assert_eq!(raw, garbage);
            assert_eq!(backup_key, key(ns));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(result, Err(StoreError::QuotaExceeded));
    assert_eq!(after, Some(garbage.clone()));
    // With room again, saving first copies the unreadable text, then replaces it.
    save(ns, &small).unwrap();
    let copy = format!("{}1", corrupt_prefix(ns));
    assert_eq!(ls().get_item(&copy).unwrap(), Some(garbage));
    assert_eq!(load(ns), Loaded::Ready(small));
    clear_ns(ns);
}

#[wasm_bindgen_test]
fn namespaces_are_isolated_and_foreign_keys_untouched() {
    for ns in ["t-ns-a", "t-ns-b"] {
        clear_ns(ns);
    }
    let s = ls();
    s.set_item("t-host-app-setting", "dark").unwrap();
    s.set_item("t-ns-a-lookalike:document", "not ours").unwrap();
    let foreign = |snap: Vec<(String, String)>| -> Vec<(String, String)> {
        snap.into_iter()
            .filter(|(k, _)| !k.starts_with("t-ns-a:"))
            .collect()
    };
    let before = foreign(snapshot());

    let mut a = sample();
    a.races.truncate(1);
    save("t-ns-a", &a).unwrap();
    let _ = load("t-ns-a");
    s.set_item(&key("t-ns-a"), "broken").unwrap();
    if let Loaded::Corrupt { backup_key, .. } = load("t-ns-a") {
        discard_corrupt("t-ns-a", &backup_key);
    }
    save("t-ns-a", &a).unwrap();
    assert_eq!(foreign(snapshot()), before, "only t-ns-a:* keys changed");

    save("t-ns-b", &sample()).unwrap();
    assert_eq!(load("t-ns-a"), Loaded::Ready(a));
    assert_eq!(load("t-ns-b"), Loaded::Ready(sample()));
    assert_eq!(
        s.get_item("t-host-app-setting").unwrap().as_deref(),
        Some("dark")
    );
    assert_eq!(
        s.get_item("t-ns-a-lookalike:document").unwrap().as_deref(),
        Some("not ours")
    );
    s.remove_item("t-host-app-setting").unwrap();
    s.remove_item("t-ns-a-lookalike:document").unwrap();
    for ns in ["t-ns-a", "t-ns-b"] {
        clear_ns(ns);
    }
}

#[wasm_bindgen_test]
fn save_merged_keeps_another_tabs_edit() {
    let ns = "t-merge";
    clear_ns(ns);
    let base = sample();
    save(ns, &base).unwrap();
    // Another tab renames race 1 and stores it.
    let mut other = base.clone();
    other
        .races
        .iter_mut()
        .find(|r| r.id == 1)
        .unwrap()
        .race
        .name = "other tab".into();
    ls().set_item(&key(ns), &encode(&other)).unwrap();
    // This tab adds a race from the old base.
    let mut local = base.clone();
    let mut race = base.races[0].race.clone();
    race.date = race.date.succ_opt().unwrap();
    let today = race.date - chrono::Duration::days(30);
    let Ok(Applied::RaceAdded(id)) = apply(&mut local, Edit::AddRace { race, today }) else {
        panic!("the race was not added")
    };
    let stored = save_merged(ns, &local, &base).unwrap();
    assert_eq!(stored.race(1).unwrap().race.name, "other tab");
    assert!(stored.race(id).is_some());
    assert_eq!(load(ns), Loaded::Ready(stored));
    clear_ns(ns);
}

fn storage_event(k: Option<&str>) -> web_sys::StorageEvent {
    let init = web_sys::StorageEventInit::new();
    init.set_key(k);
    init.set_storage_area(Some(&ls()));
    web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap()
}

fn dispatch(ev: &web_sys::StorageEvent) {
    web_sys::window().unwrap().dispatch_event(ev).unwrap();
}

#[wasm_bindgen_test]
fn watch_reports_the_stored_document_for_this_namespace_only() {
    let ns = "t-watch";
    clear_ns(ns);
    let seen: Rc<RefCell<Vec<Document>>> = Rc::default();
    let sink = seen.clone();
    let w = watch(ns, move |remote| sink.borrow_mut().push(remote.doc));

    ls().set_item(&key(ns), &encode(&sample())).unwrap();
    dispatch(&storage_event(Some(&key(ns))));
    assert_eq!(*seen.borrow(), vec![sample()]);

    // Another namespace's key, or an unreadable value: ignored.
    dispatch(&storage_event(Some(&key("t-watch-other"))));
    ls().set_item(&key(ns), "broken").unwrap();
    dispatch(&storage_event(Some(&key(ns))));
    assert_eq!(seen.borrow().len(), 1);

    // localStorage.clear() in another tab (no key) with the document gone: an empty document.
    ls().remove_item(&key(ns)).unwrap();
    dispatch(&storage_event(None));
    assert_eq!(seen.borrow().last(), Some(&Document::default()));
    assert_eq!(seen.borrow().len(), 2);

    // Dropping the watch stops it.
    drop(w);
    ls().set_item(&key(ns), &encode(&sample())).unwrap();
    dispatch(&storage_event(Some(&key(ns))));
    assert_eq!(seen.borrow().len(), 2);
    clear_ns(ns);
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_write_from_another_browsing_context_fires_watch() {
    let ns = "t-watch-frame";
    clear_ns(ns);
    let seen: Rc<RefCell<Vec<Document>>> = Rc::default();
    let sink = seen.clone();
    let _w = watch(ns, move |remote| sink.borrow_mut().push(remote.doc));

    // A same-origin iframe plays the other tab: its writes fire `storage` here.
    let document = web_sys::window().unwrap().document().unwrap();
    let frame: web_sys::HtmlIFrameElement =
        document.create_element("iframe").unwrap().unchecked_into();
    document.body().unwrap().append_child(&frame).unwrap();
    let other = frame
        .content_window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap();
    other.set_item(&key(ns), &encode(&sample())).unwrap();
    for _ in 0..50 {
        if !seen.borrow().is_empty() {
            break;
        }
        sleep_ms(20).await;
    }
    frame.remove();
    assert_eq!(*seen.borrow(), vec![sample()]);
    clear_ns(ns);
}

#[wasm_bindgen_test]
fn a_heavy_document_round_trips_and_its_costs_are_reported() {
    let ns = "t-heavy";
    clear_ns(ns);
    let doc = big_document();
    let runs = 5;
    let t0 = js_sys::Date::now();
    for _ in 0..runs {
        save(ns, &doc).unwrap();
    }
    let t1 = js_sys::Date::now();
    for _ in 0..runs {
        assert_eq!(load(ns), Loaded::Ready(doc.clone()));
    }
    let t2 = js_sys::Date::now();
    let bytes = raw(ns).unwrap().len();
    console_log!(
        "heavy document ({} activities, {bytes} bytes): save {:.1} ms, load {:.1} ms (mean of {runs})",
        doc.activities.len(),
        (t1 - t0) / f64::from(runs),
        (t2 - t1) / f64::from(runs)
    );
    clear_ns(ns);
}

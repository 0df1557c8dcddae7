#![cfg(not(target_arch = "wasm32"))]
//! Two tabs saving at the same moment (issue 12, defect 5): localStorage reads and writes of two
//! tabs are not atomic together, so both can write over the same stored text. Each stored text
//! carries its lineage, and a tab merges another tab's text against their nearest common
//! ancestor, so no tab's edit is lost. Tabs are simulated here over one stored string, with
//! `store::lineage::Seen` and `store::merge` exactly as the app's saver uses them.

use std::collections::BTreeSet;

use chrono::{Duration, NaiveDate};
use periodize::plan::Checkin;
use periodize::store::lineage::Seen;
use periodize::store::migrate::{decode, encode};
use periodize::store::{apply, merge, Document, Edit};
use proptest::prelude::*;

fn day(n: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(i64::from(n))
}

/// One tab: its record of stored texts, its document, and the last stored document it knew.
struct Tab {
    seen: Seen,
    local: Document,
    base: Document,
    /// The stored text as this tab's storage cache still shows it (another tab's write has not
    /// reached it yet), when set.
    stale: Option<Option<String>>,
}

impl Tab {
    fn open(nonce: u64, stored: &Option<String>) -> Tab {
        let mut seen = Seen::new(nonce);
        let doc = match stored {
            Some(text) => {
                let d = decode(text).unwrap().doc;
                seen.read(text, &d, &[]);
                d
            }
            None => Document::default(),
        };
        Tab {
            seen,
            local: doc.clone(),
            base: doc,
            stale: None,
        }
    }

    fn edit(&mut self, n: u32) {
        let c = Checkin {
            date: day(n),
            signs: vec![],
        };
        apply(&mut self.local, Edit::RecordCheckin(c)).unwrap();
    }

    /// The saver's `save_now`: merge with what (this tab sees is) stored, then write.
    fn save(&mut self, stored: &mut Option<String>) {
        let seen_stored = self.stale.take().unwrap_or_else(|| stored.clone());
        if self.local == self.base {
            return;
        }
        let parent = self.seen.parent(seen_stored.as_deref()).unwrap();
        let (merged, prepared) = self.seen.merged(&self.local, &self.base, parent);
        *stored = Some(prepared.text.clone());
        self.seen.wrote(&prepared, &merged);
        self.base = merged.clone();
        self.local = merged;
    }

    /// The `storage` event: read what is stored now and merge it in.
    fn receive(&mut self, stored: &Option<String>) {
        self.stale = None;
        let Some(text) = stored else { return };
        if self.seen.knows(text) {
            return;
        }
        let (remote, base) = self.seen.receive(text).unwrap();
        self.local = merge(&self.local, &remote, base.as_ref().unwrap_or(&self.base));
        self.base = remote;
    }
}

fn dates(doc: &Document) -> BTreeSet<NaiveDate> {
    doc.checkins.iter().map(|c| c.date).collect()
}

/// Delivers every event and makes every pending save until nothing changes.
fn settle(tabs: &mut [Tab], stored: &mut Option<String>) {
    for _ in 0..10 {
        for t in tabs.iter_mut() {
            t.receive(stored);
            t.save(stored);
        }
    }
}

#[test]
fn two_tabs_writing_over_the_same_text_keep_both_edits() {
    let mut stored = Some(encode(&Document::default()));
    let mut a = Tab::open(1, &stored);
    let mut b = Tab::open(2, &stored);
    a.edit(1);
    b.edit(2);
    // Both read X; A writes, then B writes over it from its stale view.
    b.stale = Some(stored.clone());
    a.save(&mut stored);
    let a_wrote = a.local.clone();
    b.save(&mut stored);
    // The old rule merged against A's own last write and lost A's edit:
    let b_doc = decode(stored.as_ref().unwrap()).unwrap().doc;
    assert_eq!(dates(&merge(&a_wrote, &b_doc, &a_wrote)), dates(&b_doc));
    assert!(!dates(&b_doc).contains(&day(1)));
    // Merged against the common ancestor, both edits survive in both tabs and in storage.
    let mut tabs = [a, b];
    settle(&mut tabs, &mut stored);
    let want: BTreeSet<_> = [day(1), day(2)].into();
    assert_eq!(dates(&decode(stored.as_ref().unwrap()).unwrap().doc), want);
    for t in &tabs {
        assert_eq!(dates(&t.local), want);
    }
}

/// A step of the simulation: tab `tab` edits, reads storage into a stale cache, saves, or
/// receives the `storage` event.
#[derive(Clone, Debug)]
enum Step {
    Edit(usize),
    Stale(usize),
    Save(usize),
    Receive(usize),
}

fn step(tabs: usize) -> impl Strategy<Value = Step> {
    let t = 0..tabs;
    prop_oneof![
        t.clone().prop_map(Step::Edit),
        t.clone().prop_map(Step::Stale),
        t.clone().prop_map(Step::Save),
        t.prop_map(Step::Receive),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// However the saves of two or three tabs interleave (stale reads included), once every
    /// event has arrived, storage and every tab hold every edit.
    #[test]
    fn no_edit_is_lost_however_saves_interleave(
        tabs in 2usize..=3,
        steps in prop::collection::vec(step(3), 1..60),
    ) {
        let mut stored = None;
        let mut all: Vec<Tab> = (0..tabs).map(|i| Tab::open(i as u64 + 1, &stored)).collect();
        let mut made = BTreeSet::new();
        for (n, s) in steps.into_iter().enumerate() {
            match s {
                Step::Edit(t) if t < tabs => {
                    all[t].stale = None;
                    all[t].edit(n as u32);
                    made.insert(day(n as u32));
                }
                Step::Stale(t) if t < tabs => all[t].stale = Some(stored.clone()),
                Step::Save(t) if t < tabs => all[t].save(&mut stored),
                Step::Receive(t) if t < tabs => all[t].receive(&stored),
                _ => {}
            }
        }
        settle(&mut all, &mut stored);
        let kept = stored.as_ref().map(|t| dates(&decode(t).unwrap().doc)).unwrap_or_default();
        prop_assert_eq!(&kept, &made);
        for t in &all {
            prop_assert_eq!(&dates(&t.local), &made);
        }
    }
}

#[test]
fn a_lineage_is_stored_bounded_and_ignored_when_malformed() {
    let mut seen = Seen::new(7);
    let mut parent = Vec::new();
    for _ in 0..40 {
        let p = seen.prepare(&Document::default(), &parent);
        parent = p.lineage;
    }
    assert_eq!(parent.len(), periodize::store::lineage::MAX_LINEAGE);
    assert!(parent.iter().all(|r| *r < (1 << 53)));
    let text = seen.prepare(&Document::default(), &parent).text;
    assert!(text.contains("\"lineage\":["), "{text}");
    // A malformed lineage never makes the document unreadable.
    let odd = text.replacen("\"lineage\":[", "\"lineage\":[\"x\",", 1);
    assert_eq!(decode(&odd).unwrap().doc, Document::default());
}

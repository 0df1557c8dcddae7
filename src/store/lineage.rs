//! Revisions, so two tabs merge against their true common ancestor (pure).
//!
//! Every document a tab stores carries a `lineage`: its own revision id first, then its
//! parent's lineage (the text that was stored when it was written), at most [`MAX_LINEAGE`]
//! ids. A tab remembers the last few documents it knew were stored ([`Seen`]: loaded, written
//! or received), each of which is an ancestor of what the tab holds now. When another tab's
//! document arrives, the first id of its lineage this tab remembers names the nearest common
//! ancestor, and the three-way merge runs against it, not against this tab's own last write.
//!
//! Why: localStorage reads and writes of two tabs are not atomic together. Two tabs can both
//! read X and write A and B; B wins in storage, and for the tab that wrote A, "A" is the last
//! stored document it knew. Merging B against A reads A's additions as deletions made in B;
//! merging against X (B's parent) keeps both.
//!
//! A text stored without a lineage (an older build, or before the first save) gets the id
//! `hash(text)`, the same in every tab that read it.

use std::collections::hash_map::DefaultHasher;
use std::collections::VecDeque;
use std::hash::{Hash, Hasher};

use super::merge::merge;
use super::migrate::{decode_stored, encode_stored, DecodeError, Decoded};
use super::schema::{Document, SCHEMA_VERSION};

/// A revision id (53 bits, so JavaScript reads it exactly).
pub type Rev = u64;

/// The most ids a stored lineage holds.
pub const MAX_LINEAGE: usize = 16;

/// How many stored documents a tab remembers as possible common ancestors.
const REMEMBERED: usize = 8;

const MASK: u64 = (1 << 53) - 1;

/// The revision of "nothing stored yet": the parent of a first write, whose document is empty.
/// Every tab knows it, so two tabs that both write first still share an ancestor.
pub const ROOT: Rev = 0;

/// A hash of a stored text.
pub fn text_hash(text: &str) -> u64 {
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// A text to store and its lineage (its own revision first).
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    /// The JSON text.
    pub text: String,
    /// The lineage written in it.
    pub lineage: Vec<Rev>,
}

/// What one tab knows of a namespace's stored documents.
#[derive(Clone, Debug, Default)]
pub struct Seen {
    /// Makes this tab's revision ids differ from every other tab's.
    nonce: u64,
    /// Revisions written by this tab so far.
    count: u64,
    /// The hash of the stored text this tab last knew (read or written).
    text: Option<u64>,
    /// That text's lineage.
    head: Vec<Rev>,
    /// Stored documents this tab knew, oldest first, by revision.
    docs: VecDeque<(Rev, Document)>,
    /// The document of [`ROOT`].
    empty: Document,
}

impl Seen {
    /// A tab's record; `nonce` should be random (two tabs must not share it).
    pub fn new(nonce: u64) -> Seen {
        Seen {
            nonce,
            ..Seen::default()
        }
    }

    /// Whether `text` is the stored text this tab last read or wrote (no other tab wrote since).
    pub fn knows(&self, text: &str) -> bool {
        self.text == Some(text_hash(text))
    }

    /// The lineage of the stored text this tab last knew.
    pub fn head(&self) -> &[Rev] {
        &self.head
    }

    /// Records a stored text this tab read (loaded or received), its document and lineage.
    pub fn read(&mut self, text: &str, doc: &Document, lineage: &[Rev]) {
        let lineage = lineage_or_hash(text, lineage);
        self.text = Some(text_hash(text));
        if let Some(&rev) = lineage.first() {
            self.remember(rev, doc);
        }
        self.head = lineage;
    }

    /// The text to store for `doc`, written over a stored text whose lineage is `parent`.
    pub fn prepare(&mut self, doc: &Document, parent: &[Rev]) -> Prepared {
        self.count += 1;
        let mut h = DefaultHasher::new();
        (self.nonce, self.count, parent.first()).hash(&mut h);
        let rev = (h.finish() & MASK).max(1);
        let lineage: Vec<Rev> = std::iter::once(rev)
            .chain(parent.iter().copied())
            .take(MAX_LINEAGE)
            .collect();
        Prepared {
            text: encode_stored(doc, &lineage),
            lineage,
        }
    }

    /// Records that `prepared` (the text of `doc`) is now stored.
    pub fn wrote(&mut self, prepared: &Prepared, doc: &Document) {
        self.read(&prepared.text, doc, &prepared.lineage);
    }

    /// The nearest ancestor this tab knows of a document with `lineage`.
    pub fn ancestor(&self, lineage: &[Rev]) -> Option<&Document> {
        lineage.iter().find_map(|rev| {
            if *rev == ROOT {
                return Some(&self.empty);
            }
            self.docs
                .iter()
                .rev()
                .find(|(r, _)| r == rev)
                .map(|(_, d)| d)
        })
    }

    fn remember(&mut self, rev: Rev, doc: &Document) {
        if self.docs.back().is_some_and(|(r, _)| *r == rev) {
            return;
        }
        if self.docs.len() == REMEMBERED {
            self.docs.pop_front();
        }
        self.docs.push_back((rev, doc.clone()));
    }

    /// Takes another tab's stored `text`: returns its document (migrated) and the nearest
    /// common ancestor this tab knows, and records it as read. None when it cannot be read.
    pub fn receive(&mut self, text: &str) -> Option<(Document, Option<Document>)> {
        let (Decoded { doc, from }, lineage) = decode_stored(text).ok()?;
        let lineage = lineage_or_hash(text, &lineage);
        let base = self.ancestor(&lineage).cloned();
        if from == SCHEMA_VERSION {
            self.read(text, &doc, &lineage);
        }
        Some((doc, base))
    }

    /// What is stored now (`stored`), as the parent of the next write. Refuses (with
    /// [`DecodeError::TooNew`]) a newer version's document, which must never be written over.
    pub fn parent(&self, stored: Option<&str>) -> Result<Parent, DecodeError> {
        let Some(text) = stored else {
            return Ok(Parent {
                lineage: vec![ROOT],
                ..Parent::default()
            });
        };
        if self.knows(text) {
            return Ok(Parent {
                lineage: self.head.clone(),
                ..Parent::default()
            });
        }
        match decode_stored(text) {
            Ok((Decoded { doc, .. }, lineage)) => Ok(Parent {
                lineage: lineage_or_hash(text, &lineage),
                other: Some(doc),
                unreadable: false,
            }),
            Err(e @ DecodeError::TooNew { .. }) => Err(e),
            Err(_) => Ok(Parent {
                unreadable: true,
                ..Parent::default()
            }),
        }
    }

    /// What to store for `local` (edited from `base`, the last stored document this tab knew)
    /// over `parent`: `local` itself, or merged with another tab's document against their
    /// nearest common ancestor (`base` when none is known). Call [`Seen::wrote`] once stored.
    pub fn merged(
        &mut self,
        local: &Document,
        base: &Document,
        parent: Parent,
    ) -> (Document, Prepared) {
        let doc = match parent.other {
            Some(other) => {
                let ancestor = self.ancestor(&parent.lineage).unwrap_or(base).clone();
                if let Some(&rev) = parent.lineage.first() {
                    self.remember(rev, &other);
                }
                if other == ancestor {
                    local.clone()
                } else {
                    merge(local, &other, &ancestor)
                }
            }
            None => local.clone(),
        };
        let prepared = self.prepare(&doc, &parent.lineage);
        (doc, prepared)
    }
}

/// The stored text a write replaces, as [`Seen::parent`] found it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Parent {
    /// Its lineage ([`ROOT`] when nothing is stored, empty when nothing readable is).
    pub lineage: Vec<Rev>,
    /// Its document, when another tab wrote it (so it must be merged in).
    pub other: Option<Document>,
    /// Whether it cannot be read (keep a copy before writing over it).
    pub unreadable: bool,
}

/// The stored lineage, or for a text without one the id every tab gives it: its hash.
fn lineage_or_hash(text: &str, lineage: &[Rev]) -> Vec<Rev> {
    if lineage.is_empty() {
        vec![(text_hash(text) & MASK).max(1)]
    } else {
        lineage.to_vec()
    }
}

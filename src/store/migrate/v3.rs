//! Schema version 3 and its migration to version 4. Version 3 is read with the current
//! document type (every field it has kept its form; it has no season), then the step below
//! gives it an empty season: no marks, no hand edits, and no start yet. The season starts when
//! the runner next plans ([`crate::store::Edit::StartSeason`] with that day), so a migrated
//! document's plan begins on the migration date, as every plan did before seasons were stored.

use crate::store::schema::Document;
use crate::store::season::StoredSeason;

/// The version 3 document with an empty season.
pub fn to_v4(mut doc: Document) -> Document {
    doc.season = StoredSeason::default();
    doc
}

//! The store's boundary for numbers: a value holding an infinite or not-a-number figure is
//! refused before it enters the document, because JSON writes it as `null` and the saved text
//! could then not be read back (every later save would be refused). Imported activities are
//! checked figure by figure (`Activity::figures_are_finite`); a restored document here.

use crate::store::migrate;
use crate::store::schema::Document;

/// Whether the document comes back unchanged from the text it is stored as (false when it
/// holds a NaN or an infinity; floats come back exactly, serde_json's `float_roundtrip`). It
/// goes through the store's own writer and reader, which the app links anyway: the in-memory
/// JSON tree (`to_value`/`from_value`) would add a second copy of every deserializer to the
/// first load (about 28 KB gzip, measured).
pub(crate) fn document_survives_saving(doc: &Document) -> bool {
    migrate::decode(&migrate::encode(doc)).is_ok_and(|back| back.doc == doc.clone().normalized())
}

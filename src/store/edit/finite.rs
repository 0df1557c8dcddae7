//! The store's boundary for numbers: a value holding an infinite or not-a-number figure is
//! refused before it enters the document, because JSON writes it as `null` and the saved text
//! could then not be read back (every later save would be refused).

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Whether the document comes back unchanged from the text it is stored as (see
/// [`survives_saving`]), through the store's own writer and reader.
pub(crate) fn document_survives_saving(doc: &crate::store::schema::Document) -> bool {
    crate::store::migrate::decode(&crate::store::migrate::encode(doc))
        .is_ok_and(|back| back.doc == doc.clone().normalized())
}

/// Whether `value` comes back unchanged from its saved JSON text (false when it holds a NaN or
/// an infinity, which JSON writes as `null`; floats come back exactly, serde_json's
/// `float_roundtrip`). It goes through the text because the app already links that writer and
/// reader for the document; the in-memory JSON tree (`to_value`/`from_value`) would add a second
/// copy of every deserializer to the first load (about 28 KB gzip, measured).
pub(crate) fn survives_saving<T: Serialize + DeserializeOwned + PartialEq>(value: &T) -> bool {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| serde_json::from_str::<T>(&text).ok())
        .is_some_and(|back| back == *value)
}

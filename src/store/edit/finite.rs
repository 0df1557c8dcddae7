//! The store's boundary for numbers: a value holding an infinite or not-a-number figure is
//! refused before it enters the document, because JSON writes it as `null` and the saved text
//! could then not be read back (every later save would be refused).

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Whether `value` comes back unchanged from its JSON form (false when it holds a NaN or an
/// infinity, which JSON writes as `null`). Works on the in-memory JSON tree, so it neither
/// formats nor parses text.
pub(crate) fn survives_saving<T: Serialize + DeserializeOwned + PartialEq>(value: &T) -> bool {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| serde_json::from_value::<T>(v).ok())
        .is_some_and(|back| back == *value)
}

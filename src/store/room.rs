//! How much room localStorage has left for a namespace's document, so a restore can say
//! whether a backup fits before it replaces anything.

use super::keys::key;

/// What browsers give one site in localStorage: 5 MiB of UTF-16 code units for all keys and
/// values (Chromium, Firefox and Safari alike).
pub const QUOTA_UNITS: usize = 5 * 1024 * 1024;

/// The room (in bytes of ASCII JSON text) the namespace's document may take: the quota less
/// every other key and value of the site. None when storage is unavailable.
pub fn room(ns: &str) -> Option<usize> {
    #[cfg(target_arch = "wasm32")]
    {
        let st = super::local::storage().ok()?;
        let own = key(ns);
        let mut used = own.encode_utf16().count();
        for i in 0..st.length().ok()? {
            let Some(k) = st.key(i).ok().flatten() else {
                continue;
            };
            if k == own {
                continue;
            }
            let v = st.get_item(&k).ok().flatten().unwrap_or_default();
            used += k.encode_utf16().count() + v.encode_utf16().count();
        }
        Some(QUOTA_UNITS.saturating_sub(used))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key(ns);
        None
    }
}

//! The limits one import is held to, so that no archive (a zip bomb, overlapping or nested
//! entries) can make the tab hang or run out of memory.

/// Largest size one compressed file or zip entry may unpack to.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// Largest total all the compressed files and entries of one import may unpack to: a real
/// Strava export of several thousand activities unpacks to well under this.
pub const MAX_IMPORT_UNPACKED_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// Largest file read whole (anything but a zip, which is read an entry at a time).
pub const MAX_WHOLE_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// What is left of one import's decompression allowance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Budget {
    left: u64,
    limit: u64,
}

impl Budget {
    /// A fresh allowance of `limit` unpacked bytes.
    pub fn new(limit: u64) -> Budget {
        Budget { left: limit, limit }
    }

    /// The allowance one import starts with ([`MAX_IMPORT_UNPACKED_BYTES`]).
    pub fn per_import() -> Budget {
        Budget::new(MAX_IMPORT_UNPACKED_BYTES)
    }

    /// How many more bytes may be unpacked now: the rest of the allowance, at most one
    /// file's [`MAX_UNPACKED_BYTES`].
    pub fn allowance(&self) -> u64 {
        self.left.min(MAX_UNPACKED_BYTES)
    }

    /// Whether the whole allowance is used up.
    pub fn spent(&self) -> bool {
        self.left == 0
    }

    /// Counts `n` unpacked bytes against the allowance.
    pub fn spend(&mut self, n: u64) {
        self.left = self.left.saturating_sub(n);
    }

    /// The whole allowance in MB (for messages).
    pub fn limit_mb(&self) -> u64 {
        self.limit / (1024 * 1024)
    }
}

impl Default for Budget {
    fn default() -> Budget {
        Budget::per_import()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_allowance_is_the_smaller_of_what_is_left_and_one_file() {
        let mut b = Budget::new(100 * 1024 * 1024);
        assert_eq!(b.allowance(), MAX_UNPACKED_BYTES);
        b.spend(90 * 1024 * 1024);
        assert_eq!(b.allowance(), 10 * 1024 * 1024);
        b.spend(u64::MAX);
        assert!(b.spent());
        assert_eq!(b.limit_mb(), 100);
    }
}

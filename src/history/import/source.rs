//! Where an import reads its bytes from: a whole file in memory, or (in the import worker) a
//! `File` read a range at a time, so a zip of several GB is never held whole.

/// Random-access bytes of one file.
pub trait Source {
    /// The file's length in bytes.
    fn len(&self) -> u64;

    /// Whether the file is empty.
    fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `len` bytes at `offset` (fewer at the end of the file); the error says why the
    /// browser could not read them.
    fn read(&mut self, offset: u64, len: usize) -> Result<Vec<u8>, String>;
}

impl Source for &[u8] {
    fn len(&self) -> u64 {
        <[u8]>::len(self) as u64
    }

    fn read(&mut self, offset: u64, len: usize) -> Result<Vec<u8>, String> {
        let start = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(<[u8]>::len(self));
        let end = start.saturating_add(len).min(<[u8]>::len(self));
        Ok(self[start..end].to_vec())
    }
}

#[cfg(test)]
mod tests {
    use super::Source;

    #[test]
    fn a_byte_slice_reads_ranges_and_stops_at_its_end() {
        let mut s: &[u8] = b"hello world";
        assert_eq!(Source::len(&s), 11);
        assert_eq!(s.read(6, 5).unwrap(), b"world");
        assert_eq!(s.read(9, 10).unwrap(), b"ld");
        assert_eq!(s.read(99, 3).unwrap(), b"");
    }
}

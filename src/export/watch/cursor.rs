//! An in-memory writer the FIT encoder can seek in (it goes back to fill in the file header).

use core::convert::Infallible;

use embedded_io::{ErrorType, Seek, SeekFrom, Write};

/// Bytes written so far and the write position.
#[derive(Default)]
pub struct Cursor {
    buf: Vec<u8>,
    pos: usize,
}

impl Cursor {
    /// The bytes written.
    pub fn into_inner(self) -> Vec<u8> {
        self.buf
    }
}

impl ErrorType for Cursor {
    type Error = Infallible;
}

impl Write for Cursor {
    fn write(&mut self, data: &[u8]) -> Result<usize, Infallible> {
        let end = self.pos + data.len();
        if end > self.buf.len() {
            self.buf.resize(end, 0);
        }
        self.buf[self.pos..end].copy_from_slice(data);
        self.pos = end;
        Ok(data.len())
    }

    fn flush(&mut self) -> Result<(), Infallible> {
        Ok(())
    }
}

impl Seek for Cursor {
    fn seek(&mut self, to: SeekFrom) -> Result<u64, Infallible> {
        let base = match to {
            SeekFrom::Start(n) => n as i64,
            SeekFrom::End(n) => self.buf.len() as i64 + n,
            SeekFrom::Current(n) => self.pos as i64 + n,
        };
        self.pos = base.max(0) as usize;
        Ok(self.pos as u64)
    }
}

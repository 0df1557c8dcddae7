//! Reading gzip members (RFC 1952) and zip archives (PKWARE APPNOTE, with Zip64), inflated by
//! `miniz_oxide` and checked against their CRC-32.
//!
//! Why not the `zip` and `flate2` crates: together with `crc32fast`'s 16 KB of tables they
//! cost the web app ~25 KB gzip; an export only needs the central directory walked and
//! stored or deflated entries read, which is what this does (both crates stay as test
//! dependencies that write the archives the tests read back).

use super::budget::{Budget, MAX_UNPACKED_BYTES};
use super::source::Source;
use super::ImportError;
use miniz_oxide::inflate::stream::{inflate as inflate_stream, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

/// Unpacks a gzip file (every member, concatenated), refusing output larger than
/// [`MAX_UNPACKED_BYTES`] or than what is left of the import's `budget` (which it spends).
pub fn gunzip(file: &str, bytes: &[u8], budget: &mut Budget) -> Result<Vec<u8>, ImportError> {
    let mut out = Vec::new();
    let mut rest = bytes;
    loop {
        let body = gzip_body(file, rest)?;
        let limit = budget.allowance().saturating_sub(out.len() as u64);
        let (data, used) = inflate(file, body, limit).map_err(|e| e.named(file, budget))?;
        let trailer = body.get(used..used + 8).ok_or_else(|| truncated(file))?;
        check_crc(file, u32_at(trailer, 0), &data)?;
        out.extend_from_slice(&data);
        rest = &body[used + 8..];
        // Members may follow; anything else (zero padding) ends the file.
        if !rest.starts_with(&[0x1f, 0x8b]) {
            budget.spend(out.len() as u64);
            return Ok(out);
        }
    }
}

/// The deflate stream of the gzip member at the start of `bytes`.
fn gzip_body<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a [u8], ImportError> {
    if bytes.len() < 10 {
        return Err(truncated(file));
    }
    if bytes[0..3] != [0x1f, 0x8b, 8] {
        return Err(bad(file, "not a gzip (deflate) stream"));
    }
    let flags = bytes[3];
    let mut at = 10;
    if flags & 0x04 != 0 {
        let len = bytes.get(at..at + 2).ok_or_else(|| truncated(file))?;
        at += 2 + u16::from_le_bytes([len[0], len[1]]) as usize;
    }
    for flag in [0x08, 0x10] {
        // FNAME, FCOMMENT: zero-terminated.
        if flags & flag != 0 {
            let end = bytes.get(at..).and_then(|b| b.iter().position(|&c| c == 0));
            at += end.ok_or_else(|| truncated(file))? + 1;
        }
    }
    if flags & 0x02 != 0 {
        at += 2;
    }
    bytes.get(at..).ok_or_else(|| truncated(file))
}

/// Why inflating stopped early.
enum InflateError {
    /// The output passed the limit.
    OverLimit,
    /// The data is damaged or cut short.
    Bad(ImportError),
}

impl InflateError {
    /// The error for `file`: over the limit is over the import's budget when what was left of
    /// it was the tighter limit, else over the one-file limit.
    fn named(self, file: &str, budget: &Budget) -> ImportError {
        match self {
            InflateError::Bad(e) => e,
            InflateError::OverLimit if budget.allowance() < MAX_UNPACKED_BYTES => {
                over_budget(file, budget)
            }
            InflateError::OverLimit => too_large(file),
        }
    }
}

/// Inflates the raw deflate stream at the start of `input`: the data and the input bytes used.
fn inflate(file: &str, input: &[u8], limit: u64) -> Result<(Vec<u8>, usize), InflateError> {
    let mut state = InflateState::new_boxed(DataFormat::Raw);
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut used = 0;
    loop {
        let result = inflate_stream(&mut state, &input[used..], &mut chunk, MZFlush::None);
        used += result.bytes_consumed;
        if (out.len() + result.bytes_written) as u64 > limit {
            return Err(InflateError::OverLimit);
        }
        out.extend_from_slice(&chunk[..result.bytes_written]);
        match result.status {
            Ok(MZStatus::StreamEnd) => return Ok((out, used)),
            Ok(_) if result.bytes_consumed == 0 && result.bytes_written == 0 => {
                return Err(InflateError::Bad(truncated(file)))
            }
            Ok(_) => {}
            Err(_) if used >= input.len() => return Err(InflateError::Bad(truncated(file))),
            Err(e) => {
                return Err(InflateError::Bad(bad(
                    file,
                    &format!("corrupt compressed data ({e:?})"),
                )))
            }
        }
    }
}

/// One file in a zip archive, as its central directory describes it.
pub struct Entry {
    /// Its path inside the archive.
    pub path: String,
    /// A folder rather than a file.
    pub is_dir: bool,
    method: u16,
    encrypted: bool,
    crc: u32,
    size: u64,
    packed: u64,
    /// Where its local header starts.
    offset: u64,
    /// Its bytes lie inside another entry's (a zip bomb's trick).
    overlaps: bool,
}

impl Entry {
    /// The entry's contents, read from `source`, unpacked and checked; the unpacked bytes are
    /// counted against `budget`.
    pub fn read(
        &self,
        source: &mut dyn Source,
        file: &str,
        budget: &mut Budget,
    ) -> Result<Vec<u8>, ImportError> {
        if self.overlaps {
            return Err(bad(
                file,
                "the entry overlaps another one (a zip bomb's trick), so it was not unpacked",
            ));
        }
        if self.size > MAX_UNPACKED_BYTES {
            return Err(too_large(file));
        }
        if self.size > budget.allowance() {
            return Err(over_budget(file, budget));
        }
        if self.encrypted {
            return Err(bad(file, "the entry is encrypted"));
        }
        // Deflate never grows data by more than a few bytes per 16 KB block.
        if self.packed > self.size + self.size / 1000 + 1024 && self.method == 0
            || self.packed > MAX_UNPACKED_BYTES + 1024 * 1024
        {
            return Err(bad(file, "the entry's sizes do not fit together"));
        }
        let data = self.local_data(source, file)?;
        let out = match self.method {
            0 => data,
            8 => {
                inflate(file, &data, budget.allowance().min(self.size))
                    .map_err(|e| match e {
                        InflateError::OverLimit => {
                            bad(file, "the entry unpacks to more than its stated size")
                        }
                        InflateError::Bad(e) => e,
                    })?
                    .0
            }
            m => return Err(bad(file, &format!("unsupported compression method {m}"))),
        };
        budget.spend(out.len() as u64);
        check_crc(file, self.crc, &out)?;
        Ok(out)
    }

    /// The compressed bytes, after the local header at `offset`.
    fn local_data(&self, source: &mut dyn Source, file: &str) -> Result<Vec<u8>, ImportError> {
        let header = read(source, file, self.offset, 30)?;
        if header.len() < 30 || header[..4] != [0x50, 0x4b, 0x03, 0x04] {
            return Err(truncated(file));
        }
        let start = self.offset + 30 + u16_at(&header, 26) as u64 + u16_at(&header, 28) as u64;
        let len = usize::try_from(self.packed).map_err(|_| too_large(file))?;
        let data = read(source, file, start, len)?;
        if data.len() < len {
            return Err(truncated(file));
        }
        Ok(data)
    }
}

/// Reads `len` bytes at `offset`, naming `file` when the browser cannot.
fn read(
    source: &mut dyn Source,
    file: &str,
    offset: u64,
    len: usize,
) -> Result<Vec<u8>, ImportError> {
    source
        .read(offset, len)
        .map_err(|detail| ImportError::Truncated {
            file: file.to_string(),
            detail,
        })
}

/// Largest central directory read (a Strava export of 10,000 files has about 1 MB).
const MAX_DIRECTORY_BYTES: u64 = 64 * 1024 * 1024;

/// The entries of a zip archive, read from its central directory at the end of `source` (the
/// entries' data is not read).
pub fn zip_entries(file: &str, source: &mut dyn Source) -> Result<Vec<Entry>, ImportError> {
    const EOCD: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    let damaged = || bad(file, "the zip directory is damaged");
    // The end-of-central-directory record is in the last 22 bytes plus a comment of < 64 KB.
    let len = source.len();
    let tail_at = len.saturating_sub(22 + 0xffff);
    let tail = read(source, file, tail_at, (len - tail_at) as usize)?;
    let eocd = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&i| tail[i..i + 4] == EOCD)
        .ok_or_else(|| bad(file, "no zip directory found (not a zip, or cut short)"))?;
    let mut count = u16_at(&tail, eocd + 10) as u64;
    let mut dir_len = u32_at(&tail, eocd + 12) as u64;
    let mut dir_at = u32_at(&tail, eocd + 16) as u64;
    // Zip64: the locator sits just before the record and points at the 64-bit record.
    let eocd_at = tail_at + eocd as u64;
    if eocd_at >= 20 {
        let locator = read(source, file, eocd_at - 20, 20)?;
        if locator[..4] == [0x50, 0x4b, 0x06, 0x07] {
            let rec = read(source, file, u64_at(&locator, 8), 56)?;
            if rec.len() == 56 && rec[..4] == [0x50, 0x4b, 0x06, 0x06] {
                count = u64_at(&rec, 32);
                dir_len = u64_at(&rec, 40);
                dir_at = u64_at(&rec, 48);
            }
        }
    }
    if dir_len > MAX_DIRECTORY_BYTES || count > dir_len / 46 + 1 {
        return Err(damaged());
    }
    let dir = read(source, file, dir_at, dir_len as usize)?;
    let mut at = 0;
    let mut entries = Vec::new();
    for _ in 0..count {
        let header = dir
            .get(at..at + 46)
            .filter(|h| h[..4] == [0x50, 0x4b, 0x01, 0x02])
            .ok_or_else(damaged)?;
        let flags = u16_at(header, 8);
        let (name_len, extra_len, comment_len) = (
            u16_at(header, 28) as usize,
            u16_at(header, 30) as usize,
            u16_at(header, 32) as usize,
        );
        let name = dir.get(at + 46..at + 46 + name_len).ok_or_else(damaged)?;
        let extra = dir
            .get(at + 46 + name_len..at + 46 + name_len + extra_len)
            .unwrap_or(&[]);
        let mut sizes = [
            u32_at(header, 24) as u64,
            u32_at(header, 20) as u64,
            u32_at(header, 42) as u64,
        ];
        zip64_sizes(extra, &mut sizes);
        let [size, packed, offset] = sizes;
        let path = String::from_utf8_lossy(name).into_owned();
        entries.push(Entry {
            is_dir: path.ends_with('/'),
            path,
            method: u16_at(header, 10),
            encrypted: flags & 1 != 0,
            crc: u32_at(header, 16),
            size,
            packed,
            offset,
            overlaps: false,
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    mark_overlaps(&mut entries);
    Ok(entries)
}

/// Marks every file entry whose bytes start inside an earlier entry's (by offset): real
/// archives never share bytes; zip bombs point many entries at one stream.
fn mark_overlaps(entries: &mut [Entry]) {
    let mut order: Vec<usize> = (0..entries.len()).filter(|&i| !entries[i].is_dir).collect();
    order.sort_by_key(|&i| entries[i].offset);
    let mut end = 0u64;
    let mut first = true;
    for i in order {
        let e = &mut entries[i];
        if !first && e.offset < end {
            e.overlaps = true;
        }
        first = false;
        let span = 30 + e.path.len() as u64 + e.packed;
        end = end.max(e.offset.saturating_add(span));
    }
}

/// Replaces the sizes and offset saturated at 0xFFFFFFFF by their Zip64 extra-field values.
fn zip64_sizes(mut extra: &[u8], sizes: &mut [u64; 3]) {
    while extra.len() >= 4 {
        let (id, len) = (u16_at(extra, 0), u16_at(extra, 2) as usize);
        let body = extra.get(4..4 + len).unwrap_or(&[]);
        if id == 1 {
            let mut values = body.chunks_exact(8).map(|c| u64_at(c, 0));
            for s in sizes.iter_mut().filter(|s| **s == 0xffff_ffff) {
                match values.next() {
                    Some(v) => *s = v,
                    None => break,
                }
            }
            return;
        }
        extra = extra.get(4 + len..).unwrap_or(&[]);
    }
}

use crate::checksum::crc32;

fn check_crc(file: &str, expected: u32, data: &[u8]) -> Result<(), ImportError> {
    let computed = crc32(data);
    if computed == expected {
        Ok(())
    } else {
        Err(ImportError::CrcMismatch {
            file: file.to_string(),
            expected,
            computed,
        })
    }
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    b.get(at..at + 2)
        .map_or(0, |s| u16::from_le_bytes([s[0], s[1]]))
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    b.get(at..at + 4)
        .map_or(0, |s| u32::from_le_bytes([s[0], s[1], s[2], s[3]]))
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 8).map_or(0, |s| {
        u64::from_le_bytes([s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7]])
    })
}

fn too_large(file: &str) -> ImportError {
    ImportError::TooLarge {
        file: file.to_string(),
        limit_mb: MAX_UNPACKED_BYTES / (1024 * 1024),
    }
}

fn over_budget(file: &str, budget: &Budget) -> ImportError {
    ImportError::OverBudget {
        file: file.to_string(),
        limit_mb: budget.limit_mb(),
    }
}

fn truncated(file: &str) -> ImportError {
    ImportError::Truncated {
        file: file.to_string(),
        detail: "the compressed data ends early".into(),
    }
}

fn bad(file: &str, detail: &str) -> ImportError {
    ImportError::BadArchive {
        file: file.to_string(),
        detail: detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_member_is_named() {
        // "hi" gzip-compressed by GNU gzip (no name), then one payload byte flipped.
        let good = [
            0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xcb, 0xc8, 4, 0, 0xac, 0x2a, 0x93, 0xd8, 2, 0, 0,
            0,
        ];
        let budget = &mut Budget::per_import();
        assert_eq!(gunzip("a.gz", &good, budget).unwrap(), b"hi");
        let mut crc = good;
        crc[14] ^= 1;
        assert!(matches!(
            gunzip("a.gz", &crc, budget),
            Err(ImportError::CrcMismatch { .. })
        ));
        assert!(matches!(
            gunzip("a.gz", &good[..12], budget),
            Err(ImportError::Truncated { .. })
        ));
        assert!(matches!(
            zip_entries("a.zip", &mut &good[..]),
            Err(ImportError::BadArchive { .. })
        ));
    }
}

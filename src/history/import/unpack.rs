//! Reading gzip members (RFC 1952) and zip archives (PKWARE APPNOTE, with Zip64), inflated by
//! `miniz_oxide` and checked against their CRC-32.
//!
//! Why not the `zip` and `flate2` crates: together with `crc32fast`'s 16 KB of tables they
//! cost the web app ~25 KB gzip; an export only needs the central directory walked and
//! stored or deflated entries read, which is what this does (both crates stay as test
//! dependencies that write the archives the tests read back).

use super::{ImportError, MAX_UNPACKED_BYTES};
use miniz_oxide::inflate::stream::{inflate as inflate_stream, InflateState};
use miniz_oxide::{DataFormat, MZFlush, MZStatus};

/// Unpacks a gzip file (every member, concatenated), refusing output larger than
/// [`MAX_UNPACKED_BYTES`].
pub fn gunzip(file: &str, bytes: &[u8]) -> Result<Vec<u8>, ImportError> {
    let mut out = Vec::new();
    let mut rest = bytes;
    loop {
        let body = gzip_body(file, rest)?;
        let (data, used) = inflate(file, body, MAX_UNPACKED_BYTES - out.len() as u64)?;
        let trailer = body.get(used..used + 8).ok_or_else(|| truncated(file))?;
        check_crc(file, u32_at(trailer, 0), &data)?;
        out.extend_from_slice(&data);
        rest = &body[used + 8..];
        // Members may follow; anything else (zero padding) ends the file.
        if !rest.starts_with(&[0x1f, 0x8b]) {
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

/// Inflates the raw deflate stream at the start of `input`: the data and the input bytes used.
fn inflate(file: &str, input: &[u8], limit: u64) -> Result<(Vec<u8>, usize), ImportError> {
    let mut state = InflateState::new_boxed(DataFormat::Raw);
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 64 * 1024];
    let mut used = 0;
    loop {
        let result = inflate_stream(&mut state, &input[used..], &mut chunk, MZFlush::None);
        used += result.bytes_consumed;
        out.extend_from_slice(&chunk[..result.bytes_written]);
        if out.len() as u64 > limit {
            return Err(too_large(file));
        }
        match result.status {
            Ok(MZStatus::StreamEnd) => return Ok((out, used)),
            Ok(_) if result.bytes_consumed == 0 && result.bytes_written == 0 => {
                return Err(truncated(file))
            }
            Ok(_) => {}
            Err(_) if used >= input.len() => return Err(truncated(file)),
            Err(e) => return Err(bad(file, &format!("corrupt compressed data ({e:?})"))),
        }
    }
}

/// One file in a zip archive.
pub struct Entry<'a> {
    /// Its path inside the archive.
    pub path: String,
    /// A folder rather than a file.
    pub is_dir: bool,
    method: u16,
    encrypted: bool,
    crc: u32,
    size: u64,
    /// The compressed bytes (or None when its offsets lie outside the archive).
    data: Option<&'a [u8]>,
}

impl Entry<'_> {
    /// The entry's contents, unpacked and checked.
    pub fn read(&self, file: &str) -> Result<Vec<u8>, ImportError> {
        if self.size > MAX_UNPACKED_BYTES {
            return Err(too_large(file));
        }
        if self.encrypted {
            return Err(bad(file, "the entry is encrypted"));
        }
        let data = self.data.ok_or_else(|| truncated(file))?;
        let out = match self.method {
            0 => data.to_vec(),
            8 => inflate(file, data, MAX_UNPACKED_BYTES)?.0,
            m => return Err(bad(file, &format!("unsupported compression method {m}"))),
        };
        check_crc(file, self.crc, &out)?;
        Ok(out)
    }
}

/// The entries of a zip archive, read from its central directory.
pub fn zip_entries<'a>(file: &str, bytes: &'a [u8]) -> Result<Vec<Entry<'a>>, ImportError> {
    const EOCD: [u8; 4] = [0x50, 0x4b, 0x05, 0x06];
    // The end-of-central-directory record is in the last 22 bytes plus a comment of < 64 KB.
    let from = bytes.len().saturating_sub(22 + 0xffff);
    let eocd = (from..bytes.len().saturating_sub(21))
        .rev()
        .find(|&i| bytes[i..i + 4] == EOCD)
        .ok_or_else(|| bad(file, "no zip directory found (not a zip, or cut short)"))?;
    let mut count = u16_at(bytes, eocd + 10) as u64;
    let mut dir_at = u32_at(bytes, eocd + 16) as u64;
    // Zip64: the locator sits just before the record and points at the 64-bit record.
    if eocd >= 20 && bytes[eocd - 20..eocd - 16] == [0x50, 0x4b, 0x06, 0x07] {
        let rec = u64_at(bytes, eocd - 12) as usize;
        if bytes
            .get(rec..rec + 56)
            .is_some_and(|r| r[..4] == [0x50, 0x4b, 0x06, 0x06])
        {
            count = u64_at(bytes, rec + 32);
            dir_at = u64_at(bytes, rec + 48);
        }
    }
    let mut at = usize::try_from(dir_at).unwrap_or(usize::MAX);
    let mut entries = Vec::new();
    for _ in 0..count {
        let header = bytes
            .get(at..at + 46)
            .filter(|h| h[..4] == [0x50, 0x4b, 0x01, 0x02])
            .ok_or_else(|| bad(file, "the zip directory is damaged"))?;
        let flags = u16_at(header, 8);
        let (name_len, extra_len, comment_len) = (
            u16_at(header, 28) as usize,
            u16_at(header, 30) as usize,
            u16_at(header, 32) as usize,
        );
        let name = bytes
            .get(at + 46..at + 46 + name_len)
            .ok_or_else(|| bad(file, "the zip directory is damaged"))?;
        let extra = bytes
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
            data: local_data(bytes, offset, packed),
        });
        at += 46 + name_len + extra_len + comment_len;
    }
    Ok(entries)
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

/// The compressed bytes of the entry whose local header is at `offset`.
fn local_data(bytes: &[u8], offset: u64, packed: u64) -> Option<&[u8]> {
    let at = usize::try_from(offset).ok()?;
    let header = bytes.get(at..at.checked_add(30)?)?;
    if header[..4] != [0x50, 0x4b, 0x03, 0x04] {
        return None;
    }
    let start = at + 30 + u16_at(header, 26) as usize + u16_at(header, 28) as usize;
    bytes.get(start..start.checked_add(usize::try_from(packed).ok()?)?)
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
        assert_eq!(gunzip("a.gz", &good).unwrap(), b"hi");
        let mut crc = good;
        crc[14] ^= 1;
        assert!(matches!(
            gunzip("a.gz", &crc),
            Err(ImportError::CrcMismatch { .. })
        ));
        assert!(matches!(
            gunzip("a.gz", &good[..12]),
            Err(ImportError::Truncated { .. })
        ));
        assert!(matches!(
            zip_entries("a.zip", &good),
            Err(ImportError::BadArchive { .. })
        ));
    }
}

//! The FIT wire format: file header, CRC-16, definition and data messages (Garmin FIT SDK,
//! "Flexible and Interoperable Data Transfer Protocol"). Only the messages Periodize reads are
//! kept; every other message, array tail and developer field is skipped by its size.

use super::super::ImportError;

/// One data message of a kind we read: its global number and its valid numeric fields
/// (field number, raw unscaled value of the first element).
#[derive(Clone, Debug, PartialEq)]
pub struct Message {
    /// Global message number (0 file_id, 18 session, 20 record...).
    pub global: u16,
    /// Valid fields as (field number, raw value); invalid values are left out.
    pub fields: Vec<(u8, f64)>,
}

impl Message {
    /// The raw value of field `num`, if present and valid.
    pub fn get(&self, num: u8) -> Option<f64> {
        self.fields.iter().find(|f| f.0 == num).map(|f| f.1)
    }
}

/// Field number of the timestamp in every message that has one.
pub const TIMESTAMP: u8 = 253;

/// The most data messages one file may give: a week of one-second records, more than any
/// activity has. It bounds what decoding allocates (a message with no fields costs one input
/// byte but ~50 bytes decoded and ~100 as a track point).
pub const MAX_MESSAGES: usize = 1_000_000;

/// The global messages worth decoding: file_id, sport, session, lap, record, activity.
const WANTED: [u16; 6] = [0, 12, 18, 19, 20, 34];

/// A local message definition: how to read the data messages that follow it.
struct Definition {
    global: u16,
    big_endian: bool,
    /// (field number, size in bytes, base type).
    fields: Vec<(u8, u8, u8)>,
    /// Bytes in one data message, developer fields included.
    size: usize,
}

/// The FIT CRC-16 (polynomial 0xA001, nibble table from the FIT SDK) of `bytes`.
pub fn crc16(bytes: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    let mut crc = 0u16;
    for &b in bytes {
        for nibble in [b & 0x0F, b >> 4] {
            let tmp = TABLE[(crc & 0x0F) as usize];
            crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ TABLE[nibble as usize];
        }
    }
    crc
}

/// Decodes every FIT file in `bytes` (chained files are read one after the other) into the
/// messages we use, checking headers and CRCs.
pub fn decode(file: &str, bytes: &[u8]) -> Result<Vec<Message>, ImportError> {
    let mut out = Vec::new();
    let mut rest = bytes;
    let mut first = true;
    while !rest.is_empty() {
        if !first && !looks_like_header(rest) {
            // Padding or junk after CRC-checked data: nothing more to read.
            break;
        }
        let (header_len, data_len) = header(file, rest)?;
        let end = header_len + data_len;
        let (Some(data), Some(crc)) = (rest.get(header_len..end), rest.get(end..end + 2)) else {
            return Err(ImportError::Truncated {
                file: file.to_string(),
                detail: format!("{} of {} bytes", rest.len(), end + 2),
            });
        };
        let expected = u16::from_le_bytes([crc[0], crc[1]]);
        let computed = crc16(rest.get(..end).unwrap_or_default());
        if expected != computed {
            return Err(crc_error(file, expected, computed));
        }
        messages(file, data, &mut out)?;
        rest = rest.get(end + 2..).unwrap_or_default();
        first = false;
    }
    Ok(out)
}

/// Whether `bytes` starts with something shaped like a FIT header.
fn looks_like_header(bytes: &[u8]) -> bool {
    matches!(bytes.first(), Some(12..=14)) && bytes.get(8..12) == Some(b".FIT")
}

/// Checks the 12- or 14-byte header (size, `.FIT` signature, header CRC if set) and returns
/// (header length, data length).
fn header(file: &str, bytes: &[u8]) -> Result<(usize, usize), ImportError> {
    let header_len = bytes.first().copied().unwrap_or(0) as usize;
    if bytes.len() < 12 {
        // A real header starts with its size (12 or 14); anything else is not FIT at all.
        return if matches!(header_len, 12 | 14) && bytes.len() > 1 {
            Err(ImportError::Truncated {
                file: file.to_string(),
                detail: format!("only {} bytes", bytes.len()),
            })
        } else {
            Err(ImportError::NotFit {
                file: file.to_string(),
            })
        };
    }
    if !looks_like_header(bytes) {
        return Err(ImportError::NotFit {
            file: file.to_string(),
        });
    }
    let data_len = bytes
        .get(4..8)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)
        .unwrap_or(0) as usize;
    // Saturating: on wasm32 a 4 GB announced size must not wrap around.
    let expected = header_len.saturating_add(data_len).saturating_add(2);
    if bytes.len() < expected {
        return Err(ImportError::Truncated {
            file: file.to_string(),
            detail: format!("{} of {} bytes", bytes.len(), expected),
        });
    }
    if header_len == 14 {
        let stored = bytes
            .get(12..14)
            .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]));
        let computed = crc16(bytes.get(..12).unwrap_or_default());
        if stored != 0 && stored != computed {
            return Err(crc_error(file, stored, computed));
        }
    }
    Ok((header_len, data_len))
}

/// A CRC mismatch error.
fn crc_error(file: &str, expected: u16, computed: u16) -> ImportError {
    ImportError::CrcMismatch {
        file: file.to_string(),
        expected: expected.into(),
        computed: computed.into(),
    }
}

/// A message cut short by the end of the data.
fn cut(file: &str) -> ImportError {
    ImportError::Truncated {
        file: file.to_string(),
        detail: "it ends in the middle of a message".into(),
    }
}

/// Reads the records of one file's data section, appending the wanted data messages.
fn messages(file: &str, data: &[u8], out: &mut Vec<Message>) -> Result<(), ImportError> {
    let mut defs: [Option<Definition>; 16] = Default::default();
    let mut last_time: Option<u32> = None;
    let mut pos = 0usize;
    // Every pass consumes at least the record header byte, so this ends within data.len() passes.
    while let Some(&head) = data.get(pos) {
        pos += 1;
        let (local, offset) = if head & 0x80 != 0 {
            ((head >> 5) & 0x03, Some(head & 0x1F))
        } else if head & 0x40 != 0 {
            let (def, used) = definition(file, data.get(pos..).unwrap_or_default(), head)?;
            defs[(head & 0x0F) as usize] = Some(def);
            pos += used;
            continue;
        } else {
            (head & 0x0F, None)
        };
        let Some(def) = defs.get(local as usize).and_then(Option::as_ref) else {
            return Err(ImportError::BadFit {
                file: file.to_string(),
                detail: format!("a message uses local type {local}, which was never defined"),
            });
        };
        let body = data.get(pos..pos + def.size).ok_or_else(|| cut(file))?;
        pos += def.size;
        let time = offset.and_then(|o| {
            let last = last_time?;
            let mut t = (last & !0x1F) + u32::from(o);
            if u32::from(o) < last & 0x1F {
                t = t.checked_add(0x20)?;
            }
            Some(t)
        });
        if let Some(t) = time {
            last_time = Some(t);
        }
        let wanted = WANTED.contains(&def.global);
        let mut fields = Vec::new();
        let mut at = 0usize;
        for &(num, size, base) in &def.fields {
            let raw = body.get(at..at + size as usize).unwrap_or_default();
            at += size as usize;
            let value = value(raw, base, def.big_endian);
            if num == TIMESTAMP {
                if let Some(v) = value {
                    last_time = Some(v as u32);
                }
            }
            if let (true, Some(v)) = (wanted, value) {
                fields.push((num, v));
            }
        }
        if wanted {
            if let (Some(t), None) = (time, fields.iter().find(|f| f.0 == TIMESTAMP)) {
                fields.push((TIMESTAMP, f64::from(t)));
            }
            if fields.is_empty() {
                // Nothing valid in it: it says nothing and costs nothing.
                continue;
            }
            if out.len() >= MAX_MESSAGES {
                return Err(ImportError::BadFit {
                    file: file.to_string(),
                    detail: format!(
                        "it holds more than {MAX_MESSAGES} messages, more than any activity records"
                    ),
                });
            }
            out.push(Message {
                global: def.global,
                fields,
            });
        }
    }
    Ok(())
}

/// Parses a definition message (after its record header byte); returns it and the bytes used.
fn definition(file: &str, bytes: &[u8], head: u8) -> Result<(Definition, usize), ImportError> {
    let fixed = bytes.get(..5).ok_or_else(|| cut(file))?;
    let big_endian = fixed[1] == 1;
    let global = if big_endian {
        u16::from_be_bytes([fixed[2], fixed[3]])
    } else {
        u16::from_le_bytes([fixed[2], fixed[3]])
    };
    let count = fixed[4] as usize;
    let mut used = 5 + count * 3;
    let list = bytes.get(5..used).ok_or_else(|| cut(file))?;
    let fields: Vec<(u8, u8, u8)> = list.chunks_exact(3).map(|f| (f[0], f[1], f[2])).collect();
    let mut size: usize = fields.iter().map(|f| f.1 as usize).sum();
    if head & 0x20 != 0 {
        // Developer fields: only their sizes matter, to skip them.
        let dev_count = *bytes.get(used).ok_or_else(|| cut(file))? as usize;
        let dev = bytes
            .get(used + 1..used + 1 + dev_count * 3)
            .ok_or_else(|| cut(file))?;
        size += dev.chunks_exact(3).map(|f| f[1] as usize).sum::<usize>();
        used += 1 + dev_count * 3;
    }
    let def = Definition {
        global,
        big_endian,
        fields,
        size,
    };
    Ok((def, used))
}

/// The first element of a field as a number, or None when it is invalid, not numeric, or its
/// size is not a whole number of elements.
fn value(raw: &[u8], base: u8, big_endian: bool) -> Option<f64> {
    let (width, signed, float, zero_invalid) = match base & 0x1F {
        0 | 2 | 13 => (1, false, false, false),
        1 => (1, true, false, false),
        3 => (2, true, false, false),
        4 => (2, false, false, false),
        5 => (4, true, false, false),
        6 => (4, false, false, false),
        8 => (4, false, true, false),
        9 => (8, false, true, false),
        10 => (1, false, false, true),
        11 => (2, false, false, true),
        12 => (4, false, false, true),
        14 => (8, true, false, false),
        15 => (8, false, false, false),
        16 => (8, false, false, true),
        _ => return None, // strings and unknown base types
    };
    if raw.is_empty() || !raw.len().is_multiple_of(width) {
        return None;
    }
    let mut buf = [0u8; 8];
    let first = raw.get(..width)?;
    if big_endian {
        buf[8 - width..].copy_from_slice(first);
        buf.reverse();
    } else {
        buf[..width].copy_from_slice(first);
    }
    let bits = u64::from_le_bytes(buf);
    let all_ones = if width == 8 {
        u64::MAX
    } else {
        (1u64 << (width * 8)) - 1
    };
    let v = if float {
        if bits == all_ones {
            return None;
        }
        let v = if width == 4 {
            f64::from(f32::from_bits(bits as u32))
        } else {
            f64::from_bits(bits)
        };
        return v.is_finite().then_some(v);
    } else if zero_invalid {
        if bits == 0 {
            return None;
        }
        bits as f64
    } else if signed {
        if bits == all_ones >> 1 {
            return None;
        }
        // Sign-extend from the element width.
        let shift = 64 - width * 8;
        ((bits << shift) as i64 >> shift) as f64
    } else {
        if bits == all_ones {
            return None;
        }
        bits as f64
    };
    Some(v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_of_the_check_string() {
        // CRC-16/ARC (the FIT CRC) of "123456789" is 0xBB3D.
        assert_eq!(crc16(b"123456789"), 0xBB3D);
    }

    #[test]
    fn values_honour_invalid_markers_and_endianness() {
        assert_eq!(value(&[0xFF], 2, false), None);
        assert_eq!(value(&[0x7F], 1, false), None);
        assert_eq!(value(&[0xFE], 1, false), Some(-2.0));
        assert_eq!(value(&[0x01, 0x02], 0x84, false), Some(513.0));
        assert_eq!(value(&[0x01, 0x02], 0x84, true), Some(258.0));
        assert_eq!(value(&[0xFF, 0x7F], 0x83, false), None);
        assert_eq!(value(&[0x00, 0x80], 0x83, false), Some(-32768.0));
        assert_eq!(value(&[0xFF; 4], 0x86, false), None);
        assert_eq!(value(&[0, 0, 0, 0], 0x8C, false), None);
        assert_eq!(
            value(&[0x00, 0x00, 0x00, 0x80], 0x85, false),
            Some(-2147483648.0)
        );
        // An array of two u16: the first element; a size that is no whole element: skipped.
        assert_eq!(value(&[5, 0, 6, 0], 0x84, false), Some(5.0));
        assert_eq!(value(&[5, 0, 6], 0x84, false), None);
        assert_eq!(value(b"abc", 7, false), None);
    }
}

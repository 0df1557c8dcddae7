//! A zip archive writer for a handful of small files: entries are *stored* (no compression; FIT
//! workouts are a few hundred bytes), each with its CRC-32, then the central directory.
//! Dates are fixed (1980-01-01), so the same files always make the same archive.

use crate::checksum::crc32;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// The header fields a local file header and its central-directory entry share.
fn common(out: &mut Vec<u8>, crc: u32, size: u32, name_len: u16) {
    u16le(out, 20); // version needed: 2.0
    u16le(out, 0x0800); // flags: names are UTF-8
    u16le(out, 0); // method: stored
    u16le(out, 0); // time 00:00
    u16le(out, (1 << 5) | 1); // date 1980-01-01
    u32le(out, crc);
    u32le(out, size); // compressed size
    u32le(out, size); // uncompressed size
    u16le(out, name_len);
    u16le(out, 0); // extra field length
}

/// Writes `files` (name, bytes) as a stored zip archive. Entries past the format's 65 535 files
/// or 4 GiB are not written (the exports are far below both).
pub fn write(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    let mut count: u16 = 0;
    for (name, data) in files {
        let (Ok(size), Ok(name_len), Ok(offset)) = (
            u32::try_from(data.len()),
            u16::try_from(name.len()),
            u32::try_from(out.len()),
        ) else {
            continue;
        };
        if count == u16::MAX {
            break;
        }
        let crc = crc32(data);
        u32le(&mut out, 0x0403_4b50);
        common(&mut out, crc, size, name_len);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);

        u32le(&mut central, 0x0201_4b50);
        u16le(&mut central, 20); // version made by
        common(&mut central, crc, size, name_len);
        u16le(&mut central, 0); // comment length
        u16le(&mut central, 0); // disk number
        u16le(&mut central, 0); // internal attributes
        u32le(&mut central, 0); // external attributes
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
        count += 1;
    }
    let dir_offset = u32::try_from(out.len()).unwrap_or(u32::MAX);
    let dir_size = u32::try_from(central.len()).unwrap_or(u32::MAX);
    out.extend_from_slice(&central);
    u32le(&mut out, 0x0605_4b50);
    u16le(&mut out, 0); // this disk
    u16le(&mut out, 0); // disk with the directory
    u16le(&mut out, count);
    u16le(&mut out, count);
    u32le(&mut out, dir_size);
    u32le(&mut out, dir_offset);
    u16le(&mut out, 0); // comment length
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_archive_is_the_end_record_alone() {
        let z = write(&[]);
        assert_eq!(z.len(), 22);
        assert_eq!(&z[..4], &[0x50, 0x4b, 0x05, 0x06]);
    }
}

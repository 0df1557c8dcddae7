//! Fuzzes the FIT message decoder past its checksums: the input's header is made valid (size
//! 14, ".FIT", data size = the rest, header CRC "not set") and its file CRC is recomputed, so
//! mutations reach the definitions and data messages instead of failing the CRC check.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The FIT CRC-16 (as in the FIT SDK).
fn crc16(bytes: &[u8]) -> u16 {
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

fuzz_target!(|data: &[u8]| {
    // Skip the input's own header if it has one (seeds are real FIT files).
    let body = match data.first() {
        Some(&h) if (12..=14).contains(&h) && data.get(8..12) == Some(b".FIT") => {
            data.get(h as usize..data.len().saturating_sub(2)).unwrap_or_default()
        }
        _ => data,
    };
    let mut file = vec![14, 0x20, 0x08, 0x08];
    file.extend((body.len() as u32).to_le_bytes());
    file.extend(b".FIT");
    file.extend([0, 0]);
    file.extend(body);
    let crc = crc16(&file);
    file.extend(crc.to_le_bytes());
    let _ = periodize::history::import::import_file("fuzz.fit", &file);
});

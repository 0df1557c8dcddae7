//! The decoder against `fitparser` (an independent reader, test-only) on every fixture, and
//! hand-built files for the protocol's corners.

use super::decode::{crc16, decode, Message, TIMESTAMP};
use super::{import, FIT_EPOCH};
use crate::history::import::text::sport_from_label;
use crate::history::import::ImportError;
use crate::history::Sport;
use fitparser::profile::MesgNum;
use fitparser::Value;

fn fixture(name: &str) -> Vec<u8> {
    let dir = env!("CARGO_MANIFEST_DIR");
    std::fs::read(format!("{dir}/tests/fixtures/fit/{name}")).unwrap()
}

/// A fitparser value as a plain number (timestamps as FIT seconds).
fn fp_num(v: &Value) -> Option<f64> {
    Some(match v {
        Value::SInt8(v) => *v as f64,
        Value::UInt8(v) | Value::UInt8z(v) | Value::Byte(v) | Value::Enum(v) => *v as f64,
        Value::SInt16(v) => *v as f64,
        Value::UInt16(v) | Value::UInt16z(v) => *v as f64,
        Value::SInt32(v) => *v as f64,
        Value::UInt32(v) | Value::UInt32z(v) => *v as f64,
        Value::Float64(v) => *v,
        Value::Timestamp(t) => (t.timestamp() - FIT_EPOCH) as f64,
        _ => return None,
    })
}

/// (fitparser name, our field number, our scale, our offset).
type Field = (&'static str, u8, f64, f64);

/// Every session, lap and record field we read agrees with fitparser, message by message.
#[test]
fn decoder_agrees_with_fitparser_on_every_fixture() {
    // (fitparser kind, our global, [(fitparser name, our field, our scale, our offset)])
    let totals = [
        ("start_time", 2, 1.0, 0.0),
        ("total_elapsed_time", 7, 1000.0, 0.0),
        ("total_timer_time", 8, 1000.0, 0.0),
        ("total_distance", 9, 100.0, 0.0),
        ("avg_heart_rate", 16, 1.0, 0.0),
        ("max_heart_rate", 17, 1.0, 0.0),
        ("total_ascent", 22, 1.0, 0.0),
        ("timestamp", TIMESTAMP, 1.0, 0.0),
    ];
    let laps = [
        ("start_time", 2, 1.0, 0.0),
        ("total_elapsed_time", 7, 1000.0, 0.0),
        ("total_timer_time", 8, 1000.0, 0.0),
        ("total_distance", 9, 100.0, 0.0),
        ("avg_heart_rate", 15, 1.0, 0.0),
        ("max_heart_rate", 16, 1.0, 0.0),
        ("total_ascent", 21, 1.0, 0.0),
        ("timestamp", TIMESTAMP, 1.0, 0.0),
    ];
    let records = [
        ("timestamp", TIMESTAMP, 1.0, 0.0),
        ("distance", 5, 100.0, 0.0),
        ("heart_rate", 3, 1.0, 0.0),
        ("position_lat", 0, 1.0, 0.0),
        ("position_long", 1, 1.0, 0.0),
        // fitparser expands altitude into enhanced_altitude; we read either.
        ("enhanced_altitude", 78, 5.0, 500.0),
    ];
    let kinds: [(MesgNum, u16, &[Field]); 3] = [
        (MesgNum::Session, 18, &totals),
        (MesgNum::Lap, 19, &laps),
        (MesgNum::Record, 20, &records),
    ];
    let mut compared = 0;
    for name in [
        "Activity.fit",
        "garmin-fenix-5-bike.fit",
        "hrv-activity.fit",
        "sample_mulitple_header.fit",
    ] {
        let bytes = fixture(name);
        let theirs = fitparser::from_bytes(&bytes).unwrap();
        let ours = decode(name, &bytes).unwrap();
        for (kind, global, fields) in kinds {
            let t: Vec<_> = theirs.iter().filter(|r| r.kind() == kind).collect();
            let o: Vec<&Message> = ours.iter().filter(|m| m.global == global).collect();
            assert_eq!(t.len(), o.len(), "{name} {kind:?} count");
            for (t, o) in t.iter().zip(o) {
                for &(fname, num, scale, offset) in fields {
                    let theirs = t
                        .fields()
                        .iter()
                        .find(|f| f.name() == fname)
                        .and_then(|f| fp_num(f.value()));
                    let raw = match num {
                        78 => o.get(78).or(o.get(2)),
                        _ => o.get(num),
                    };
                    let ours = raw.map(|v| v / scale - offset);
                    match (theirs, ours) {
                        (Some(a), Some(b)) => {
                            assert!((a - b).abs() < 1e-6, "{name} {kind:?} {fname}: {a} vs {b}");
                            compared += 1;
                        }
                        (None, None) => {}
                        other => panic!("{name} {kind:?} {fname}: {other:?}"),
                    }
                }
            }
        }
    }
    // Sessions' sports: our codes against fitparser's names (read as the old importer did).
    let mut sports = 0;
    for name in [
        "Activity.fit",
        "hrv-activity.fit",
        "sample_mulitple_header.fit",
    ] {
        let bytes = fixture(name);
        let theirs = fitparser::from_bytes(&bytes).unwrap();
        let ours = decode(name, &bytes).unwrap();
        let t = theirs.iter().filter(|r| r.kind() == MesgNum::Session);
        for (t, o) in t.zip(ours.iter().filter(|m| m.global == 18)) {
            let text = |n: &str| match t.fields().iter().find(|f| f.name() == n) {
                Some(f) => f.value().to_string(),
                None => String::new(),
            };
            let label = format!("{} {}", text("sub_sport"), text("sport"));
            assert_eq!(
                super::profile::sport(o.get(5), o.get(6)),
                sport_from_label(&label),
                "{name}: {label}"
            );
            sports += 1;
        }
    }
    assert!(sports >= 7, "{sports} sessions");
    assert!(compared > 10_000, "only {compared} values compared");
}

/// Builds FIT files for tests: definitions, data messages, headers and CRCs.
#[derive(Default)]
struct Builder {
    data: Vec<u8>,
}

impl Builder {
    /// A little-endian definition of `global` on `local` with (field, size, base type).
    fn def(mut self, local: u8, global: u16, fields: &[(u8, u8, u8)]) -> Self {
        self.data.extend([0x40 | local, 0, 0]);
        self.data.extend(global.to_le_bytes());
        self.data.push(fields.len() as u8);
        for f in fields {
            self.data.extend([f.0, f.1, f.2]);
        }
        self
    }
    /// Raw bytes (a record header and its body).
    fn raw(mut self, bytes: &[u8]) -> Self {
        self.data.extend(bytes);
        self
    }
    /// The whole file with a 14-byte header (header CRC `header_crc`, or computed if None).
    fn file(&self, header_crc: Option<u16>) -> Vec<u8> {
        let mut out = vec![14, 0x20, 0x08, 0x08];
        out.extend((self.data.len() as u32).to_le_bytes());
        out.extend(b".FIT");
        let crc = header_crc.unwrap_or_else(|| crc16(&out));
        out.extend(crc.to_le_bytes());
        out.extend(&self.data);
        let crc = crc16(&out);
        out.extend(crc.to_le_bytes());
        out
    }
}

const T0: u32 = 1_000_000_000; // 2021-09-08 in FIT seconds

/// A record definition (local 0: timestamp, heart rate, distance) and three records.
fn records() -> Builder {
    let mut b = Builder::default().def(0, 20, &[(253, 4, 0x86), (3, 1, 2), (5, 4, 0x86)]);
    for i in 0..3u32 {
        b = b.raw(&[0]).raw(&(T0 + i * 60).to_le_bytes());
        b = b.raw(&[150]).raw(&(i * 15_000).to_le_bytes());
    }
    b
}

#[test]
fn records_alone_make_one_activity() {
    let a = &import("r.fit", &records().file(None)).unwrap()[0];
    assert_eq!(a.start.timestamp(), FIT_EPOCH + T0 as i64);
    assert_eq!(a.elapsed_s, 120.0);
    assert_eq!(a.distance_m, 300.0);
    assert_eq!(a.avg_hr, Some(150.0));
}

#[test]
fn compressed_timestamps_roll_over_at_32_seconds() {
    // T0 ends in ...0 (T0 % 32 == 0); a compressed record with offset 5, then offset 2 (rolls
    // over: T0 + 32 + 2).
    assert_eq!(T0 % 32, 0);
    let b = records()
        .def(1, 20, &[(3, 1, 2)])
        .raw(&[0x80 | (1 << 5) | 5, 140])
        .raw(&[0x80 | (1 << 5) | 2, 141]);
    let bytes = b.file(None);
    let msgs = decode("c.fit", &bytes).unwrap();
    let times: Vec<f64> = msgs.iter().filter_map(|m| m.get(TIMESTAMP)).collect();
    let last = (T0 + 120) as f64; // 120 % 32 == 24
    assert_eq!(
        times[3..],
        [last - 24.0 + 32.0 + 5.0, last - 24.0 + 64.0 + 2.0]
    );
}

#[test]
fn big_endian_and_developer_fields_are_read() {
    let mut b = Builder::default();
    // Big-endian session with a developer field of 3 bytes to skip.
    b.data.extend([0x40 | 0x20 | 2, 0, 1, 0, 18, 3]);
    b.data.extend([2, 4, 0x86, 9, 4, 0x86, 5, 1, 0]);
    b.data.extend([1, 7, 3, 0]);
    b.data.push(2);
    b.data.extend(T0.to_be_bytes());
    b.data.extend(1_234_567u32.to_be_bytes());
    b.data.extend([1, 0xAA, 0xBB, 0xCC]);
    let a = import("be.fit", &b.file(Some(0))).unwrap();
    assert_eq!(a.len(), 1);
    assert_eq!(a[0].distance_m, 12_345.67);
    assert_eq!(a[0].sport, Sport::Run);
    assert_eq!(a[0].start.timestamp(), FIT_EPOCH + T0 as i64);
}

#[test]
fn laps_are_added_up_without_a_session() {
    let lap = |start: u32, secs: u32, cm: u32, hr: u8| {
        let mut v = vec![0];
        v.extend(start.to_le_bytes());
        v.extend((secs * 1000).to_le_bytes());
        v.extend(cm.to_le_bytes());
        v.push(hr);
        v
    };
    let b = Builder::default()
        .def(
            0,
            19,
            &[(2, 4, 0x86), (8, 4, 0x86), (9, 4, 0x86), (15, 1, 2)],
        )
        .raw(&lap(T0, 300, 100_000, 140))
        .raw(&lap(T0 + 300, 100, 50_000, 160));
    let a = &import("laps.fit", &b.file(None)).unwrap()[0];
    assert_eq!(a.distance_m, 1500.0);
    assert_eq!(a.moving_s, 400.0);
    assert_eq!(a.avg_hr, Some(145.0));
    assert_eq!(a.start.timestamp(), FIT_EPOCH + T0 as i64);
}

#[test]
fn chained_files_are_both_read() {
    let one = records().file(None);
    let mut two = one.clone();
    two.extend(&one);
    let msgs = decode("two.fit", &two).unwrap();
    assert_eq!(msgs.len(), 6);
    // Junk after the last file is ignored; a damaged second file is not.
    let mut junk = one.clone();
    junk.extend([0, 0, 0]);
    assert_eq!(decode("j.fit", &junk).unwrap().len(), 3);
    let mut bad = two.clone();
    let n = bad.len();
    bad[n - 1] ^= 1;
    assert!(matches!(
        decode("b.fit", &bad),
        Err(ImportError::CrcMismatch { .. })
    ));
}

#[test]
fn damaged_structure_gets_typed_errors() {
    let e = import("h.fit", &records().file(Some(0x1234))).unwrap_err();
    assert!(
        matches!(
            e,
            ImportError::CrcMismatch {
                expected: 0x1234,
                ..
            }
        ),
        "{e}"
    );
    let e = import("u.fit", &Builder::default().raw(&[3, 0]).file(None)).unwrap_err();
    assert!(matches!(e, ImportError::BadFit { .. }), "{e}");
    let cut = records().raw(&[0, 1, 2]).file(None);
    let e = import("t.fit", &cut).unwrap_err();
    assert!(e.to_string().contains("middle of a message"), "{e}");
    let half_def = Builder::default()
        .raw(&[0x40, 0, 0, 20, 0, 5, 253])
        .file(None);
    assert!(matches!(
        import("d.fit", &half_def),
        Err(ImportError::Truncated { .. })
    ));
}

#[test]
fn invalid_or_relative_times_mean_no_timestamps() {
    let b = Builder::default()
        .def(0, 20, &[(253, 4, 0x86), (3, 1, 2)])
        .raw(&[0, 0xFF, 0xFF, 0xFF, 0xFF, 150])
        .raw(&[0, 10, 0, 0, 0, 150]);
    let e = import("n.fit", &b.file(None)).unwrap_err();
    assert!(matches!(e, ImportError::NoTimestamps { .. }), "{e}");
}

#[test]
fn non_activity_file_types_are_refused() {
    let b = Builder::default().def(0, 0, &[(0, 1, 0)]).raw(&[0, 5]);
    let e = import("w.fit", &b.file(None)).unwrap_err();
    assert!(e.to_string().contains("\"workout\""), "{e}");
}

#[test]
fn the_offset_is_local_minus_utc_and_absurd_ones_are_ignored() {
    let with_local = |local: u64| {
        let mut b = records()
            .def(1, 34, &[(253, 4, 0x86), (5, 8, 0x8F)])
            .raw(&[1]);
        b = b.raw(&(T0 + 120).to_le_bytes()).raw(&local.to_le_bytes());
        import("o.fit", &b.file(None)).unwrap()[0]
            .start
            .offset()
            .local_minus_utc()
    };
    assert_eq!(with_local(u64::from(T0) + 120 + 7200), 7200);
    assert_eq!(with_local(u64::from(T0) + 120 - 3 * 3600 - 1800), -12_600);
    assert_eq!(with_local(u64::MAX - 1), 0);
    assert_eq!(with_local(1), 0);
}

/// Sets a valid CRC again after a mutation (header CRC to "not set"), so the damage reaches
/// the message decoder instead of stopping at the checksum.
fn refresh_crc(bytes: &mut [u8]) {
    let n = bytes.len();
    if bytes.first() == Some(&14) {
        bytes[12] = 0;
        bytes[13] = 0;
    }
    let crc = crc16(&bytes[..n - 2]).to_le_bytes();
    bytes[n - 2..].copy_from_slice(&crc);
}

/// Every single-byte change (with the CRC made valid again) and every cut of the data section
/// of a real file is decoded or refused with a typed error, never a panic.
#[test]
fn mutated_files_with_valid_crcs_never_panic() {
    for name in ["Activity.fit", "garmin-fenix-5-bike.fit"] {
        mutate_and_cut(&fixture(name));
    }
}

/// Imports every single-byte change and every cut of `good`.
fn mutate_and_cut(good: &[u8]) {
    let mut outcomes = [0usize; 2];
    // The first kilobyte holds the header, the definitions and the first messages.
    for i in 0..(good.len() - 2).min(1024) {
        for x in [0x01, 0x40, 0x80, 0xFF] {
            let mut b = good.to_vec();
            b[i] ^= x;
            refresh_crc(&mut b);
            outcomes[import("m.fit", &b).is_ok() as usize] += 1;
        }
    }
    let header = good[0] as usize;
    for data_len in 0..good.len() - header - 2 {
        let mut b = good[..header + data_len + 2].to_vec();
        b[4..8].copy_from_slice(&(data_len as u32).to_le_bytes());
        refresh_crc(&mut b);
        outcomes[import("c.fit", &b).is_ok() as usize] += 1;
    }
    // Both paths are taken: many mutations still import, many are refused.
    assert!(outcomes[0] > 100 && outcomes[1] > 100, "{outcomes:?}");
}

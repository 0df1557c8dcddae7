#!/usr/bin/env python3
"""Writes the seeds for the inputs of issue 12 (defects 1, 7 and 8) into fuzz/seeds/.

Run from the repository root: python3 fuzz/seeds/make_seeds.py
"""
import gzip
import io
import struct
import zipfile
from pathlib import Path

SEEDS = Path(__file__).resolve().parent


def crc16(data: bytes) -> int:
    table = [0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
             0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400]
    crc = 0
    for b in data:
        for nibble in (b & 0x0F, b >> 4):
            tmp = table[crc & 0x0F]
            crc = ((crc >> 4) & 0x0FFF) ^ tmp ^ table[nibble]
    return crc


def fit(data: bytes) -> bytes:
    head = bytes([14, 0x20, 0x08, 0x08]) + struct.pack('<I', len(data)) + b'.FIT'
    head += struct.pack('<H', crc16(head))
    body = head + data
    return body + struct.pack('<H', crc16(body))


def zip_of(entries, method=zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', method) as z:
        for name, data in entries:
            z.writestr(name, data)
    return out.getvalue()


def overlapping(data: bytes, copies: int) -> bytes:
    """A zip whose central directory lists one local entry `copies` times (defect 7)."""
    one = zip_of([('a.csv', data)])
    eocd = one.rindex(b'PK\x05\x06')
    size, offset = struct.unpack('<II', one[eocd + 12:eocd + 20])
    central = one[offset:offset + size]
    entries = b''
    for i in range(copies):
        name = f'{i}.csv'.encode()
        # Same local header offset, new name (central header: 46 bytes + name).
        fixed = bytearray(central[:46])
        struct.pack_into('<H', fixed, 28, len(name))
        entries += bytes(fixed) + name
    end = bytearray(one[eocd:eocd + 22])
    struct.pack_into('<HHII', end, 8, copies, copies, len(entries), offset)
    return one[:offset] + entries + bytes(end)


# Defect 1: a Distance of 1e306 km (infinite once in metres), alone and inside a zip.
INF_CSV = (b'Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename\n'
           b'1,"Jan 5, 2024, 7:00:00 AM",Huge,Run,1800,1e306,\n'
           b'2,"Jan 6, 2024, 7:00:00 AM",Forever,Run,1e306,5.0,\n')
(SEEDS / 'csv' / 'defect1-inf-distance.csv').write_bytes(INF_CSV)
(SEEDS / 'zip' / 'defect1-inf-distance.zip').write_bytes(zip_of([('activities.csv', INF_CSV)]))

# Defect 7: one local entry listed many times; a zip inside a zip inside a zip.
TEMPLATE = b'date,sport,distance_km,duration\n2024-01-01,run,5,30:00\n'
(SEEDS / 'zip' / 'defect7-overlapping.zip').write_bytes(overlapping(TEMPLATE * 50, 40))
inner = zip_of([('a.csv', TEMPLATE)])
(SEEDS / 'zip' / 'defect7-nested.zip').write_bytes(zip_of([('in.zip', zip_of([('in2.zip', inner)]))]))

# Defect 8: a record definition without fields, then 64 KB of one-byte messages (normal and
# compressed-timestamp headers), gzipped; and a CSV of unreadable rows.
defs = bytes([0x40, 0, 0, 20, 0, 0]) + bytes([0x41, 0, 0, 20, 0, 1, 253, 4, 0x86])
defs += bytes([0x01]) + struct.pack('<I', 1_000_000_000)
zero = fit(defs + bytes(64 * 1024))
compressed = fit(defs + bytes([0x80]) * (64 * 1024))
(SEEDS / 'fit' / 'defect8-zero-fields.fit').write_bytes(zero)
(SEEDS / 'fit' / 'defect8-compressed.fit').write_bytes(compressed)
(SEEDS / 'gzip' / 'defect8-zero-fields.fit.gz').write_bytes(gzip.compress(zero, 9))
(SEEDS / 'csv' / 'defect8-bad-rows.csv').write_bytes(b'date,sport,distance_km,duration\n' + b'x,\n' * 20000)

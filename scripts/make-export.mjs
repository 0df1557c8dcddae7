// Writes a synthetic Strava bulk export for tests and benchmarks (never committed):
//   node scripts/make-export.mjs OUT.zip [--activities N] [--media-mb M]
// `activities.csv` plus N `activities/<id>.gpx.gz` runs (one a day back from 2024-06-30, an hour
// at one point every 10 s), then M MB of stored "media" filler (photos the importer must skip).
import { closeSync, openSync, writeSync } from 'node:fs';
import { gzipSync, deflateRawSync } from 'node:zlib';
import { randomFillSync } from 'node:crypto';

const TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
export function crc32(buf) {
  let c = -1;
  for (let i = 0; i < buf.length; i++) c = TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A zip writer to a file descriptor (no Zip64: archives stay under 4 GB). */
export class ZipFile {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.at = 0;
    this.dir = [];
  }
  write(buf) {
    writeSync(this.fd, buf);
    this.at += buf.length;
  }
  /** Adds `data` stored (method 0) or deflated (8); `crc` may be given for repeated data. */
  add(name, data, { deflate = false, crc = crc32(data) } = {}) {
    const body = deflate ? deflateRawSync(data) : data;
    const n = Buffer.from(name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(deflate ? 8 : 0, 8);
    h.writeUInt16LE(0x6000, 10);
    h.writeUInt16LE(0x58c1, 12);
    h.writeUInt32LE(crc, 14);
    h.writeUInt32LE(body.length, 18);
    h.writeUInt32LE(data.length, 22);
    h.writeUInt16LE(n.length, 26);
    this.dir.push({ n, crc, packed: body.length, size: data.length, method: deflate ? 8 : 0, offset: this.at });
    this.write(h);
    this.write(n);
    this.write(body);
  }
  close() {
    const start = this.at;
    for (const e of this.dir) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(e.method, 10);
      c.writeUInt16LE(0x6000, 12);
      c.writeUInt16LE(0x58c1, 14);
      c.writeUInt32LE(e.crc, 16);
      c.writeUInt32LE(e.packed, 20);
      c.writeUInt32LE(e.size, 24);
      c.writeUInt16LE(e.n.length, 28);
      c.writeUInt32LE(e.offset, 42);
      this.write(c);
      this.write(e.n);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.dir.length, 8);
    end.writeUInt16LE(this.dir.length, 10);
    end.writeUInt32LE(this.at - start, 12);
    end.writeUInt32LE(start, 16);
    this.write(end);
    closeSync(this.fd);
    return this.at;
  }
}

/** One run as GPX: an hour heading north, a point every 10 s. */
function gpx(start) {
  const pts = [];
  for (let i = 0; i < 360; i++) {
    const t = new Date(start.getTime() + i * 10_000).toISOString();
    pts.push(`<trkpt lat="${(46 + i * 0.00027).toFixed(6)}" lon="14.500000"><ele>300</ele><time>${t}</time></trkpt>`);
  }
  return `<?xml version="1.0"?><gpx version="1.1" creator="make-export" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${pts.join('')}</trkseg></trk></gpx>`;
}

/** Writes the export; returns its size in bytes. */
export function makeExport(path, { activities = 1000, mediaMb = 0 } = {}) {
  const zip = new ZipFile(path);
  const rows = ['Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Filename'];
  const files = [];
  for (let i = 0; i < activities; i++) {
    const start = new Date(Date.UTC(2024, 5, 30, 7) - i * 86_400_000);
    const id = 1000 + i;
    const date = start.toLocaleString('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', second: '2-digit' });
    rows.push(`${id},"${date}",Run ${i},Run,3600,10.8,activities/${id}.gpx.gz`);
    files.push([`activities/${id}.gpx.gz`, gzipSync(gpx(start))]);
  }
  zip.add('activities.csv', Buffer.from(rows.join('\n')), { deflate: true });
  for (const [name, data] of files) zip.add(name, data);
  if (mediaMb > 0) {
    const chunk = randomFillSync(Buffer.alloc(64 * 1024 * 1024));
    const crc = crc32(chunk);
    for (let left = mediaMb, n = 0; left > 0; left -= 64, n++) zip.add(`media/${n}.mp4`, chunk, { crc });
  }
  return zip.close();
}

if (process.argv[1]?.endsWith('make-export.mjs')) {
  const [out, ...rest] = process.argv.slice(2);
  const opt = (name, d) => Number(rest[rest.indexOf(name) + 1] ?? d) || d;
  const bytes = makeExport(out, { activities: opt('--activities', 1000), mediaMb: rest.includes('--media-mb') ? opt('--media-mb', 0) : 0 });
  console.log(`${out}: ${(bytes / 1e6).toFixed(1)} MB`);
}

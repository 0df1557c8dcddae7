// Browser benchmark of the import module's FIT decoding against Garmin's own JavaScript SDK
// (issue 16 item 9; not a test: it measures and reports). Writes a 3-hour run as a FIT file with
// @garmin/fitsdk's encoder (one record a second: time, position, distance, speed, altitude, heart
// rate, cadence; then lap, session and activity), serves it with the release dist and the SDK's
// sources, and in one headless Chromium page times, over repeated runs on the same bytes:
//   ours:   the import module's `runJob` importing the file (decode, summary, the reply's JSON)
//   Garmin: `new Decoder(Stream.fromByteArray(bytes)).read(lean options)` (decode only)
// and prints the medians and their ratio. Target: ours at least 5x faster.
//   node scripts/bench-fit.mjs [DIST]     (BENCH_RUNS, default 25)
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { Encoder, Profile } from '@garmin/fitsdk';
import { startServer } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 25);
const DIST = process.argv[2] ?? 'dist';

/** A 3-hour run, one record a second, as FIT bytes. */
function threeHourRun() {
  const e = new Encoder();
  const start = new Date('2024-05-12T07:00:00Z');
  const at = (s) => new Date(start.getTime() + s * 1000);
  const SECONDS = 3 * 3600;
  e.onMesg(Profile.MesgNum.FILE_ID, { type: 'activity', manufacturer: 'development', product: 1, timeCreated: start, serialNumber: 1234 });
  e.onMesg(Profile.MesgNum.EVENT, { timestamp: start, event: 'timer', eventType: 'start' });
  let distance = 0;
  for (let s = 0; s < SECONDS; s++) {
    const speed = 3.1 + 0.3 * Math.sin(s / 600);
    distance += speed;
    e.onMesg(Profile.MesgNum.RECORD, {
      timestamp: at(s),
      positionLat: Math.round((52.5 + 0.01 * Math.sin(s / 900)) * 2 ** 31 / 180),
      positionLong: Math.round((13.4 + 0.01 * Math.cos(s / 900)) * 2 ** 31 / 180),
      distance,
      enhancedSpeed: speed,
      enhancedAltitude: 40 + 10 * Math.sin(s / 1200),
      heartRate: Math.round(140 + 10 * Math.sin(s / 300)),
      cadence: 86,
    });
  }
  const end = at(SECONDS);
  e.onMesg(Profile.MesgNum.EVENT, { timestamp: end, event: 'timer', eventType: 'stopAll' });
  const totals = { startTime: start, totalElapsedTime: SECONDS, totalTimerTime: SECONDS, totalDistance: distance, avgHeartRate: 140, maxHeartRate: 150 };
  e.onMesg(Profile.MesgNum.LAP, { timestamp: end, messageIndex: 0, ...totals });
  e.onMesg(Profile.MesgNum.SESSION, { timestamp: end, messageIndex: 0, sport: 'running', subSport: 'generic', firstLapIndex: 0, numLaps: 1, ...totals });
  e.onMesg(Profile.MesgNum.ACTIVITY, { timestamp: end, numSessions: 1, totalTimerTime: SECONDS, type: 'manual', event: 'activity', eventType: 'stop' });
  return e.close();
}

const root = mkdtempSync(join(tmpdir(), 'periodize-fit-bench-'));
cpSync(DIST, root, { recursive: true });
// The SDK's modules import one another as ../src/*.js: keep its folder name.
cpSync('node_modules/@garmin/fitsdk/src', join(root, 'fitsdk', 'src'), { recursive: true });
const fit = threeHourRun();
writeFileSync(join(root, 'run.fit'), fit);
const module = readdirSync(root).find((f) => /^periodize-import-.*\.js$/.test(f));
if (!module) throw new Error(`no import module in ${DIST}`);
writeFileSync(join(root, 'fit-bench.html'), '<!doctype html><meta charset="utf-8"><title>FIT bench</title>');

const server = await startServer({ root, prefix: '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}`);
  });
  await page.goto(`${server.url}fit-bench.html`);
  const result = await page.evaluate(async ({ module, runs }) => {
    const ours = await import(`/${module}`);
    await ours.default({ module_or_path: `/${module.replace(/\.js$/, '_bg.wasm')}` });
    const { Decoder, Stream } = await import('/fitsdk/src/index.js');
    const bytes = new Uint8Array(await (await fetch('/run.fit')).arrayBuffer());
    const request = JSON.stringify({ Import: { names: ['run.fit'] } });
    const lean = {
      applyScaleAndOffset: true, expandSubFields: false, expandComponents: false,
      convertTypesToStrings: false, convertDateTimesToDates: false, includeUnknownData: false,
      mergeHeartRates: false,
    };
    const timeOurs = () => {
      const t0 = performance.now();
      const reply = JSON.parse(ours.runJob(request, [bytes.slice()], () => {}));
      return [performance.now() - t0, reply];
    };
    const timeGarmin = () => {
      const t0 = performance.now();
      const { messages, errors } = new Decoder(Stream.fromByteArray(bytes)).read(lean);
      return [performance.now() - t0, { records: messages.recordMesgs?.length ?? 0, errors: errors.length }];
    };
    // Warm both up, then alternate so that neither gets a quieter moment of the machine.
    for (let i = 0; i < 3; i++) { timeOurs(); timeGarmin(); }
    const a = [];
    const b = [];
    let reply;
    let garmin;
    for (let i = 0; i < runs; i++) {
      const [ta, r] = timeOurs();
      const [tb, g] = timeGarmin();
      a.push(ta);
      b.push(tb);
      reply = r;
      garmin = g;
    }
    return { a, b, reply, garmin, size: bytes.length };
  }, { module, runs: RUNS });
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const [ours, garmin] = [median(result.a), median(result.b)];
  const summary = JSON.stringify(result.reply).slice(0, 160);
  console.log(`FIT, 3-hour run (${(result.size / 1024).toFixed(0)} KB, ${result.garmin.records} records, Garmin SDK errors ${result.garmin.errors})`);
  console.log(`import module runJob: median ${ours.toFixed(2)} ms (min ${Math.min(...result.a).toFixed(2)}, n=${RUNS}); reply ${summary}`);
  console.log(`@garmin/fitsdk decode (lean): median ${garmin.toFixed(2)} ms (min ${Math.min(...result.b).toFixed(2)}, n=${RUNS})`);
  console.log(`ratio: ours ${(garmin / ours).toFixed(1)}x faster than Garmin's SDK  [target >= 5x]`);
} finally {
  await browser.close();
  await server.close();
}

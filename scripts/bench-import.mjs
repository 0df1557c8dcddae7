// Browser benchmark of imports through the worker (issue 16 items 2 and 3), release build in
// headless Chromium. Generates synthetic Strava exports in a temporary folder (never committed):
// 1,000 and 3,000 activities, and a 2 GB export (1,000 activities and stored "media" filler).
// For each: wall time from picking the file to the results shown, the longest main-thread task
// meanwhile (PerformanceObserver 'longtask'), how long a click on another screen took to answer
// during the import, and the import module's peak wasm memory (its memory only grows; the
// worker reports its size before its final reply).
// With BENCH_DETAIL=1 it also says what the long tasks held: the worker's replies handled by the
// app (parse, merge, re-render) and the saves to localStorage, each timed.
//   node scripts/bench-import.mjs [dist]        (BENCH_2GB=0 skips the 2 GB export)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
import { makeExport } from './make-export.mjs';

const dir = mkdtempSync(join(tmpdir(), 'periodize-exports-'));
const cases = [
  ['1,000 activities', { activities: 1000 }],
  ['3,000 activities', { activities: 3000 }],
];
if (process.env.BENCH_2GB === 'only') cases.length = 0;
if (process.env.BENCH_2GB !== '0') cases.push(['2 GB export (1,000 activities + media)', { activities: 1000, mediaMb: 1984 }]);

const server = await startServer({ root: process.argv[2] ?? 'dist', prefix: '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const lines = [];
try {
  for (const [label, opts] of cases) {
    const file = join(dir, `export-${opts.activities}-${opts.mediaMb ?? 0}.zip`);
    makeExport(file, opts);
    const mb = (statSync(file).size / 1e6).toFixed(0);
    const context = await browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(() => {
      window.__longest = 0;
      window.__memory = 0;
      window.__tasks = [];
      window.__timed = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__longest = Math.max(window.__longest, e.duration);
          window.__tasks.push([e.startTime, e.duration]);
        }
      }).observe({ type: 'longtask', buffered: true });
      const timed = (what, f) => function (...args) {
        const start = performance.now();
        try {
          return f.apply(this, args);
        } finally {
          window.__timed.push([what, start, performance.now() - start]);
        }
      };
      Storage.prototype.setItem = timed('localStorage.setItem', Storage.prototype.setItem);
      const Base = window.Worker;
      const onmessage = Object.getOwnPropertyDescriptor(Base.prototype, 'onmessage');
      window.Worker = class extends Base {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', (e) => {
            if (e.data?.memory) window.__memory = Math.max(window.__memory, e.data.memory);
          });
        }
        set onmessage(f) {
          onmessage.set.call(this, f && timed('worker reply handled', f));
        }
        get onmessage() {
          return onmessage.get.call(this);
        }
      };
    });
    const page = await context.newPage();
    await page.goto(`${server.url}#/history`);
    await page.locator('#import-files').waitFor({ state: 'attached' });
    // Warm the worker's module into the HTTP cache, as a second import would find it.
    await page.evaluate(() => { window.__longest = 0; window.__t0 = performance.now(); });
    const t0 = Date.now();
    await page.setInputFiles('#import-files', file);
    await page.locator('[data-testid=import-progress]').waitFor();
    // A click on another screen while the import runs: time to the new screen's heading.
    const click = await page.evaluate(async () => {
      const start = performance.now();
      document.querySelector('[data-testid=nav-races]').click();
      await new Promise((ok) => {
        const check = () => (location.hash === '#/races' && document.querySelector('.races, [data-testid=add-race]') ? ok() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    });
    const stillRunning = await page.locator('[data-testid=import-progress]').count();
    await page.click('[data-testid=nav-history]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=import-result]').length === 1, null, { timeout: 600_000 });
    const wall = Date.now() - t0;
    const result = await page.locator('[data-testid=import-result]').innerText();
    await page.waitForTimeout(500); // the save after the paint
    const { longest, memory, tasks, timed } = await page.evaluate(() => ({
      longest: window.__longest, memory: window.__memory, timed: window.__timed,
      tasks: window.__tasks.filter(([start]) => start >= window.__t0),
    }));
    if (process.env.BENCH_DETAIL) {
      for (const [start, dur] of tasks.filter(([, d]) => d > 50)) {
        const inside = timed.filter(([, s, d]) => s >= start - 1 && s + d <= start + dur + 1 && d > 1);
        console.log(`  long task ${dur.toFixed(0)} ms at ${start.toFixed(0)}: ` +
          (inside.map(([w, , d]) => `${w} ${d.toFixed(1)} ms`).join(', ') || 'neither a reply nor a save'));
      }
    }
    lines.push(
      `${label} (${mb} MB zip): ${(wall / 1000).toFixed(2)} s wall; longest main-thread task ${longest.toFixed(0)} ms; ` +
        `click on another screen answered in ${click.toFixed(0)} ms${stillRunning ? ' (import still running)' : ''}; ` +
        `peak import-module memory ${(memory / 1048576).toFixed(0)} MB; ${result.replace(/\s+/g, ' ')}`,
    );
    console.log(lines.at(-1));
    await context.close();
    rmSync(file);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

// Browser benchmark of the release build in headless Chromium (not a test: it measures and reports).
//
// Sets up a saved season as a user would — six races over 52 weeks and a 3-year synthetic training history
// imported from a CSV — then measures, as medians over repeated runs:
//   first render:   navigation start -> the season chart and calendar of the saved season are in the DOM
//   edits:          in the page, from the click on "Save" (an edited race on the races screen; a check-in on
//                   the plan screen with the 52-week week list and chart) to the end of the re-plan and
//                   re-render (the next macrotask), to the next frame, and to the edit being in localStorage
//   26 weeks in:    the same check-in edit with the season's start 26 weeks back (26 frozen weeks)
// Budgets (issue 5, issue 11): first render <= 300 ms; re-plan + re-render <= 16 ms.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
import { addRace, go } from '../tests/e2e/ui-helpers.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
// Dates are relative to the real today: Playwright's fake clock would also fake performance.now().
const DAY = 86400000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const NOW = Date.now();
const TODAY = iso(NOW);
const inDays = (n) => iso(NOW + n * DAY);

/** A 3-year history in the documented CSV template: 5 runs a week plus a weekly ride. */
function historyCsv() {
  const rows = ['date,sport,distance_km,duration,avg_hr,rpe'];
  const end = new Date(`${TODAY}T00:00:00Z`);
  for (let d = 3 * 365; d >= 1; d--) {
    const day = new Date(end.getTime() - d * 86400000);
    const dow = day.getUTCDay();
    const date = day.toISOString().slice(0, 10);
    if (dow === 0) rows.push(`${date} 08:00,run,${(14 + (d % 9)).toFixed(1)},${90 + (d % 30)},142,5`);
    else if (dow === 3) rows.push(`${date} 18:00,ride,30,75,125,4`);
    else if (dow !== 5) rows.push(`${date} 07:00,run,${(7 + (d % 5)).toFixed(1)},${40 + (d % 15)},138,4`);
  }
  return rows.join('\n');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const server = await startServer({ root: process.env.PERIODIZE_DIST ?? 'dist', prefix: '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => {
    throw new Error(`page error: ${e.message}`);
  });
  await page.goto(server.url);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();

  // The saved season: six races across 52 weeks and 3 years of history.
  const races = [
    { name: 'Winter 10K', date: inDays(41), distance: '10k', priority: 'b' },
    { name: 'Spring Half', date: inDays(76), distance: 'half', priority: 'a' },
    { name: 'Parkrun', date: inDays(110), distance: '5k', priority: 'c' },
    { name: 'Summer 10K', date: inDays(160), distance: '10k', priority: 'b' },
    { name: 'Autumn Marathon', date: inDays(230), distance: 'marathon', priority: 'a' },
    { name: 'Winter 5K', date: inDays(356), distance: '5k', priority: 'a' },
  ];
  for (const race of races) await addRace(page, race);
  const dir = mkdtempSync(join(tmpdir(), 'periodize-bench-'));
  const csv = join(dir, 'history.csv');
  writeFileSync(csv, historyCsv());
  await go(page, 'history');
  await page.setInputFiles('#import-files', [csv]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=import-result]').length === 1);
  await page.locator('[data-testid=import-progress]').waitFor({ state: 'detached' });
  const imported = await page.locator('[data-testid=import-result]').innerText();
  await page.check('#baseline-history');
  await go(page, 'plan');
  const weeks = await (async () => {
    await page.click('[data-testid=tab-weeks]');
    return page.locator('[data-testid=week-row]').count();
  })();
  const stored = await page.evaluate(() =>
    Object.keys(localStorage).reduce((n, k) => n + localStorage.getItem(k).length, 0),
  );

  // First render of the saved season, from navigation start.
  await page.addInitScript(() => {
    const seen = () => document.querySelector('[data-testid=season-chart] .bar') && document.querySelector('[data-testid=week-row], .cal-day');
    new MutationObserver((_, obs) => {
      if (seen()) {
        window.__firstRender = performance.now();
        obs.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  const firstRender = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForFunction(() => window.__firstRender !== undefined);
    firstRender.push(await page.evaluate(() => window.__firstRender));
  }

  // Edit a race (move the marathon by a week and back) on the races screen, and check a warning
  // sign on the plan screen (52-week week list and chart shown). Timed in the page from the click:
  // to the end of the reactive work (a macrotask after it), to the next frame, and to the moment
  // the edit is in localStorage (the save runs in its own task after the render).
  const clickTimed = (selector) =>
    page.evaluate(async (sel) => {
      const key = Object.keys(localStorage).find((k) => k.endsWith(':document'));
      const before = localStorage.getItem(key);
      const task = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const t0 = performance.now();
      document.querySelector(sel).click();
      await task();
      const work = performance.now() - t0;
      await frame();
      const painted = performance.now() - t0;
      while (localStorage.getItem(key) === before && performance.now() - t0 < 2000) await new Promise((r) => setTimeout(r, 0));
      return [work, painted, performance.now() - t0];
    }, selector);
  const raceEdit = [[], [], []];
  const planEdit = [[], [], []];
  await go(page, 'races');
  for (let i = 0; i < RUNS; i++) {
    const row = page.locator('[data-testid=race-row]', { hasText: 'Autumn Marathon' });
    await row.getByRole('button', { name: /edit/i }).click();
    await page.fill('#race-date', i % 2 ? inDays(230) : inDays(237));
    (await clickTimed('[data-testid=race-save]')).forEach((t, k) => raceEdit[k].push(t));
  }
  await go(page, 'plan');
  await page.click('[data-testid=tab-weeks]');
  for (let i = 0; i < RUNS; i++) {
    await page.click('[data-testid=checkin-open]');
    if (i % 2) await page.uncheck('#sign-fatigue');
    else await page.check('#sign-fatigue');
    (await clickTimed('[data-testid=checkin-save]')).forEach((t, k) => planEdit[k].push(t));
  }

  // The same season 26 weeks in: its start moved back (as if the runner had planned it then and
  // followed it since), so the app replays and freezes 26 past weeks with 3 years of history; then
  // the same check-in edit on the plan screen, timed the same way.
  const PAST_WEEKS = Number(process.env.BENCH_PAST_WEEKS ?? 26);
  await page.evaluate((start) => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(':document'));
    const doc = JSON.parse(localStorage.getItem(key));
    doc.season = { ...(doc.season ?? {}), start, frozen: [] };
    localStorage.setItem(key, JSON.stringify(doc));
  }, inDays(-7 * PAST_WEEKS));
  await page.reload();
  await page.locator('[data-testid=season-chart]').waitFor();
  await page.waitForFunction(() => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(':document'));
    return (JSON.parse(localStorage.getItem(key)).season?.frozen ?? []).length > 0;
  });
  const frozen = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.endsWith(':document'));
    const f = JSON.parse(localStorage.getItem(key)).season.frozen;
    return { weeks: f.length, days: f.reduce((n, w) => n + w.days.length, 0) };
  });
  await page.click('[data-testid=tab-weeks]');
  const pastWeeks = await page.locator('[data-testid=week-row]').count();
  const pastEdit = [[], [], []];
  const PAST_RUNS = Number(process.env.BENCH_PAST_RUNS ?? 25);
  for (let i = 0; i < PAST_RUNS; i++) {
    await page.click('[data-testid=checkin-open]');
    // Continues the alternation of the runs above, so every save changes the check-in.
    if ((i + RUNS) % 2) await page.uncheck('#sign-fatigue');
    else await page.check('#sign-fatigue');
    (await clickTimed('[data-testid=checkin-save]')).forEach((t, k) => pastEdit[k].push(t));
  }

  const fmt = (xs) => `median ${median(xs).toFixed(1)} ms (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}, n=${xs.length})`;
  const lines = [
    `season: ${races.length} races, ${weeks} weeks; history: ${imported.trim()}; stored ${(stored / 1024).toFixed(0)} KB`,
    `first render of the saved season: ${fmt(firstRender)}  [budget 300 ms]`,
    `edit a race (races screen): re-plan + re-render ${fmt(raceEdit[0])}; next frame ${fmt(raceEdit[1])}; saved ${fmt(raceEdit[2])}  [budget 16 ms]`,
    `edit on the plan screen (week list + chart): re-plan + re-render ${fmt(planEdit[0])}; next frame ${fmt(planEdit[1])}; saved ${fmt(planEdit[2])}  [budget 16 ms]`,
    `${PAST_WEEKS} weeks in (${frozen.weeks} frozen weeks, ${frozen.days} days; ${pastWeeks} week rows): edit on the plan screen: re-plan + re-render ${fmt(pastEdit[0])}; next frame ${fmt(pastEdit[1])}; saved ${fmt(pastEdit[2])}  [budget 16 ms]`,
  ];
  console.log(lines.join('\n'));
} finally {
  await browser.close();
  await server.close();
}

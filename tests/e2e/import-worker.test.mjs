// The import module runs in a Web Worker, fetched only on the first import: an import survives
// leaving the History screen and is saved (issue 12 defect 2); its activities are merged into
// the document as it is when the import ends, keeping another tab's import made meanwhile
// (defect 3); Cancel saves nothing. The worker's script is held back by the test (a route) so
// each step happens while the import is certainly still running.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from './helpers.mjs';
import { openAt, go } from './ui-helpers.mjs';

const FIT = 'tests/fixtures/fit/hrv-activity.fit';
const STRAVA = 'tests/fixtures/csv/strava_activities.csv';

/** Holds every request for the import worker's script until `release()`; counts them. */
async function holdWorker(context) {
  const held = [];
  let releasing = false;
  await context.route(/import-worker-[0-9a-f]+\.js$/, (route) => {
    if (releasing) route.continue();
    else held.push(route);
  });
  return {
    requests: () => held.length,
    release: async () => {
      releasing = true;
      await Promise.all(held.splice(0).map((r) => r.continue()));
    },
    releaseLast: async () => held.pop()?.continue(),
  };
}

/** Waits until `f()` is true (polled every 50 ms, at most 10 s). */
async function until(f) {
  for (let i = 0; i < 200 && !f(); i++) await new Promise((ok) => setTimeout(ok, 50));
  assert.ok(f(), 'condition not met in time');
}

const activityCount = async (page) => {
  await go(page, 'history');
  const title = await page.locator('#acts-h').innerText();
  return Number(title.match(/\((\d+)\)/)?.[1] ?? 0);
};

test('the first load does not fetch the import module; an import survives leaving the screen', async (t) => {
  const { page, context, allErrors } = await openAt(t, { today: '2024-03-20', serviceWorkers: 'block' });
  const fetched = [];
  page.on('request', (r) => fetched.push(r.url()));
  const worker = await holdWorker(context);
  await page.click('[data-testid=load-example]');
  await go(page, 'history');
  assert.ok(!fetched.some((u) => /periodize-import|import-worker/.test(u)), 'no import module before an import');

  await page.setInputFiles('#import-files', [FIT, STRAVA]);
  await page.locator('[data-testid=import-progress]').waitFor();
  assert.match(await page.locator('[data-testid=import-progress-text]').innerText(), /Reading file 1 of 2/);
  await screenshot(page, 'import-progress');
  // Leave the screen while the import runs, and come back only after it is done.
  await go(page, 'plan');
  await go(page, 'races');
  await page.waitForFunction(() => true);
  assert.equal(worker.requests(), 1, 'the worker was asked for once');
  await worker.release();
  await go(page, 'history');
  await page.locator('[data-testid=import-progress]').waitFor({ state: 'detached' });
  const lines = await page.locator('[data-testid=import-result]').allInnerTexts();
  assert.equal(lines.length, 2, lines.join('\n'));
  assert.match(lines[0], /hrv-activity\.fit — imported 1/);
  assert.match(lines[1], /strava_activities\.csv — imported [1-9]/);
  const count = await activityCount(page);
  assert.ok(count >= 6, `activities: ${count}`);

  // Saved: a reload shows them.
  await page.reload();
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.equal(await activityCount(page), count);
  assert.deepEqual(allErrors(), []);
});

test('an import merges into the document as it is when it ends, keeping another tab\'s import', async (t) => {
  const { page, context, open, allErrors } = await openAt(t, { today: '2024-03-20', serviceWorkers: 'block' });
  const worker = await holdWorker(context);
  await go(page, 'history');
  await page.setInputFiles('#import-files', [STRAVA]);
  await page.locator('[data-testid=import-progress]').waitFor();

  // Meanwhile another tab imports the FIT file (its worker is let through at once).
  const other = await open('#/history');
  await other.setInputFiles('#import-files', [FIT]);
  await until(() => worker.requests() === 2);
  await worker.releaseLast();
  await other.waitForFunction(() => document.querySelectorAll('[data-testid=import-result]').length === 1);
  // The first tab's worker is still held: its import still runs.
  assert.ok(await page.locator('[data-testid=import-progress]').isVisible(), 'the first import still runs');
  await other.waitForFunction(() => /Activities \(1\)/.test(document.querySelector('#acts-h')?.textContent));
  await page.waitForFunction(() => /Activities \(1\)/.test(document.querySelector('#acts-h')?.textContent));

  await worker.release();
  await page.locator('[data-testid=import-progress]').waitFor({ state: 'detached' });
  const mine = await activityCount(page);
  assert.ok(mine >= 6, `activities here: ${mine}`);
  assert.match(await page.locator('[data-testid=activities]').innerText(), /hrv-activity/);
  // Both tabs' imports are stored.
  const fresh = await open('#/history');
  assert.equal(await activityCount(fresh), mine);
  assert.deepEqual(allErrors(), []);
});

test('Cancel stops an import and saves nothing from it', async (t) => {
  const { page, context, allErrors } = await openAt(t, { today: '2024-03-20', serviceWorkers: 'block' });
  const worker = await holdWorker(context);
  await go(page, 'history');
  await page.setInputFiles('#import-files', [FIT, STRAVA]);
  await page.locator('[data-testid=import-progress]').waitFor();
  await page.click('[data-testid=import-cancel]');
  await page.locator('[data-testid=import-progress]').waitFor({ state: 'detached' });
  assert.match(await page.locator('[data-testid=import-note]').innerText(), /cancelled; nothing/);
  await worker.release();
  await page.waitForTimeout(500);
  assert.equal(await page.locator('[data-testid=import-result]').count(), 0);
  assert.equal(await activityCount(page), 0);
  await page.reload();
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.equal(await activityCount(page), 0);

  // A later import works (a fresh worker).
  await page.setInputFiles('#import-files', [FIT]);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=import-result]').length === 1);
  assert.equal(await activityCount(page), 1);
  assert.deepEqual(allErrors(), []);
});

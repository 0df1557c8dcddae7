// Restoring a very large backup (issue 12): the preview says how large the file is, how much it
// takes stored, and whether it fits in this browser's storage, before anything is replaced.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAt, go } from './ui-helpers.mjs';
import { screenshots } from './helpers.mjs';
import { tempDir } from './embed-helpers.mjs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The stored document `stored` with `n` activities, pretty-printed as a backup. */
function backup(stored, n) {
  const activities = [];
  const t0 = Date.UTC(2000, 0, 1, 7);
  for (let i = 0; i < n; i++) {
    activities.push({
      start: new Date(t0 + i * 3_600_000).toISOString().replace('.000Z', '+00:00'),
      sport: 'run', distance_m: 10000, moving_s: 3000, elapsed_s: 3000,
      elevation_gain_m: null, avg_hr: 150, rpe: null, source: 'export.zip/activities/123456789.fit.gz',
    });
  }
  return JSON.stringify({ ...JSON.parse(stored), activities }, null, 2);
}

test('a 50 MB backup says how large it is and that it does not fit, and replaces nothing', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await page.click('[data-testid=load-example]');
  await go(page, 'data');
  const before = await page.evaluate(() => localStorage.getItem('periodize:document'));
  // A small backup first: it fits, and says so.
  const fits = await page.evaluate(() => localStorage.getItem('periodize:document'));
  await page.setInputFiles('#restore-file', { name: 'small.json', mimeType: 'application/json', buffer: Buffer.from(fits) });
  const size = page.locator('[data-testid=restore-size]');
  await size.waitFor();
  assert.match(await size.innerText(), /It fits: this browser has room for [\d.]+ MB/);
  await page.locator('[data-testid=restore-preview] button', { hasText: 'Cancel' }).click();

  const big = Buffer.from(backup(before, 180_000));
  assert.ok(big.length > 50e6, `${big.length} bytes`);
  // From a file on disk: Playwright hands the browser its path instead of sending 50 MB.
  const path = join(tempDir(t), 'big.json');
  writeFileSync(path, big);
  await page.setInputFiles('#restore-file', path);
  await page.locator('[data-testid=restore-preview]').waitFor({ timeout: 60_000 });
  const text = await size.innerText();
  assert.match(text, /The file is 5\d\.\d MB; stored, it takes \d+\.\d MB\. It does not fit/);
  assert.equal(await page.locator('[data-testid=restore-confirm]').count(), 0, 'nothing to confirm');
  await screenshots(page, 'restore-too-large');
  assert.equal(await page.evaluate(() => localStorage.getItem('periodize:document')), before, 'nothing replaced');
  assert.deepEqual(allErrors(), []);
});

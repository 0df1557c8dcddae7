// A newer version's data and a newer version's service worker (issue 12, defect 4): an older
// build never writes over a newer document (read-only, with a banner that offers a reload),
// and an open tab of an older build is told when a new version has taken over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, collectErrors, screenshots } from './helpers.mjs';
import { openAt, go } from './ui-helpers.mjs';
import { copyDist, restartableServer, serviceWorkerScope, until } from './embed-helpers.mjs';

const FUTURE = JSON.stringify({ app: 'periodize', version: 99, races: [], hologram: { pace: 'warp' } });

const everything = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

test('data saved by a newer version is shown read-only, never written over, and cannot be discarded', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await page.evaluate((doc) => {
    localStorage.clear();
    localStorage.setItem('periodize:document', doc);
  }, FUTURE);
  await page.reload();
  const banner = page.locator('[data-testid=newer-banner]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /newer version of Periodize saved this data/);
  assert.match(await banner.innerText(), /Reload/);
  const before = await everything(page);
  // Nothing offers an edit; switching screens (an edit elsewhere) writes nothing.
  assert.equal(await page.locator('[data-testid=load-example]').count(), 0);
  assert.equal(await page.locator('[data-testid=corrupt-fresh]').count(), 0, 'no "Start fresh"');
  for (const v of ['races', 'settings', 'history', 'data', 'plan']) await go(page, v);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.waitForTimeout(300);
  assert.deepEqual(await everything(page), before, 'storage is exactly as the newer version left it');
  await screenshots(page, 'newer-data-banner');
  // Reload offers the newer version (here the same build: the banner stays, nothing written).
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid=newer-reload]')]);
  await banner.waitFor();
  assert.deepEqual(await everything(page), before);
  assert.deepEqual(allErrors(), []);
});

test('an open tab is told when a new version has taken over, and offers a reload', async (t) => {
  const { app } = copyDist(t);
  const server = restartableServer(t, { root: app, prefix: '/periodize/' });
  const url = await server.start();
  const browser = await launchBrowser(t);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.equal(await serviceWorkerScope(page), url);
  const banner = page.locator('[data-testid=update-banner]');
  assert.equal(await banner.count(), 0, 'no banner for the first install');
  // A new release on the server; the open tab still runs the old one.
  const sw = join(app, 'sw.js');
  const oldBuild = await page.locator('meta[name=periodize-build]').getAttribute('content');
  writeFileSync(sw, readFileSync(sw, 'utf8').replaceAll(oldBuild, 'e2e0next0release'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await banner.waitFor();
  assert.match(await banner.innerText(), /Update available/);
  await screenshots(page, 'update-banner');
  // Reload loads the new version: no banner then.
  await Promise.all([page.waitForEvent('load'), banner.locator('button', { hasText: 'Reload' }).click()]);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  await until(async () => (await banner.count()) === 0, 'no banner after the reload');
  assert.deepEqual(errors, []);
});

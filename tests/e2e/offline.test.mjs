// Offline (PWA): after one online visit the service worker serves the app with the network
// gone (the server is stopped and the browser is offline), the app re-plans offline, and a new
// release is picked up on the next online load, with the old build's cache deleted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, collectErrors, screenshot } from './helpers.mjs';
import { copyDist, restartableServer, serviceWorkerScope, cacheNames, until } from './embed-helpers.mjs';

const PREFIX = '/periodize/';

/** Serves a copy of the dist and opens it once online; returns what the test needs. */
async function firstVisit(t) {
  const { app } = copyDist(t);
  const server = restartableServer(t, { root: app, prefix: PREFIX });
  const url = await server.start();
  const browser = await launchBrowser(t);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.equal(await serviceWorkerScope(page), url);
  return { app, server, url, context, page, errors };
}

/** Stops the server and takes the browser offline: nothing can come from the network. */
async function goOffline({ server, context }) {
  await server.stop();
  await context.setOffline(true);
}

const build = (page) => page.locator('meta[name=periodize-build]').getAttribute('content');

test('after one online visit the app loads and re-plans offline', async (t) => {
  const visit = await firstVisit(t);
  const { page, errors } = visit;
  await page.click('[data-testid=load-example]');
  await page.locator('[data-testid=season-chart]').waitFor();
  const markersOnline = await page.locator('[data-testid=race-marker]').count();
  assert.equal(markersOnline, 3);
  // The pages the app did not load (the embed page, the import module) are precached when the
  // page is idle, after the first load: wait for that, as a runner's browser would have.
  const embed = `${visit.url}embed.html`;
  await until(() => page.evaluate(async (url) => !!(await caches.match(url)), embed), 'the embed page to be precached', 30_000);

  await goOffline(visit);
  // Proof that the site is gone: the server no longer answers.
  await assert.rejects(fetch(visit.url), 'the server should be unreachable');

  await page.reload();
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  await page.locator('[data-testid=season-chart]').waitFor();
  assert.equal(await page.locator('[data-testid=race-marker]').count(), 3);

  // Re-plan offline: add a race; the plan gains a race marker.
  await page.click('[data-testid=nav-races]');
  await page.click('[data-testid=add-race]');
  await page.fill('#race-name', 'Offline Half');
  const date = await page.evaluate(() => new Date(Date.now() + 60 * 86400000).toISOString().slice(0, 10));
  await page.fill('#race-date', date);
  await page.selectOption('#race-distance', 'half');
  await page.check('#race-priority-b');
  await page.click('[data-testid=race-save]');
  await page.locator('[data-testid=race-row]', { hasText: 'Offline Half' }).waitFor();
  await page.click('[data-testid=nav-plan]');
  await page.locator('[data-testid=season-chart]').waitFor();
  assert.equal(await page.locator('[data-testid=race-marker]').count(), 4);

  // The embed page works offline too (it was precached).
  await page.goto(`${visit.url}embed.html?namespace=offline`);
  await page.locator('[data-testid=first-run]').waitFor();
  await screenshot(page, 'offline-embed');
  assert.deepEqual(errors, []);
});

test('a new release is picked up on the next online load and the old cache is deleted', async (t) => {
  const visit = await firstVisit(t);
  const { app, server, page, context, errors } = visit;
  const oldBuild = await build(page);
  assert.match(oldBuild, /^[0-9a-f]{16}$/);
  const prefix = `periodize:${PREFIX}:`;
  await until(async () => (await cacheNames(page)).includes(prefix + oldBuild), 'the first build to be cached');

  // A new release: new build id in the pages and in the service worker.
  await goOffline(visit);
  const newBuild = 'e2e0next0release';
  for (const file of ['index.html', 'embed.html', 'sw.js']) {
    const path = join(app, file);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.includes(oldBuild), `${file} names its build`);
    writeFileSync(path, text.replaceAll(oldBuild, newBuild));
  }
  await server.start();
  await context.setOffline(false);

  // First online load: the page is fetched from the network, so the new release shows at once.
  await page.reload();
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.equal(await build(page), newBuild);
  // The new service worker takes over and deletes the old build's cache.
  await until(async () => {
    const names = (await cacheNames(page)).filter((n) => n.startsWith(prefix));
    return names.length === 1 && names[0] === prefix + newBuild;
  }, 'only the new build to be cached');
  await page.reload();
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.equal(await build(page), newBuild);

  // And offline again, the new release is what loads.
  await goOffline(visit);
  await page.reload();
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.equal(await build(page), newBuild);
  assert.deepEqual(errors, []);
});

// The release build renders from a sub-path and from the root, with no page or console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serve, collectErrors, openApp, screenshot } from './helpers.mjs';

test('the release app renders from a sub-path without errors', async (t) => {
  const { page, errors } = await openApp(t);
  await assert.doesNotReject(page.locator('main').first().waitFor());
  assert.match(await page.title(), /Periodize/);
  await screenshot(page, 'smoke-subpath');
  assert.deepEqual(errors, []);
});

test('every asset is requested below the sub-path (relative URLs)', async (t) => {
  const server = await serve(t, { prefix: '/deep/er/path/' });
  const browser = await launchBrowser(t);
  const page = await browser.newPage();
  const errors = collectErrors(page);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(server.url);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.ok(requests.some((p) => p.endsWith('.wasm')), `no wasm was requested: ${requests}`);
  for (const path of requests) assert.ok(path.startsWith('/deep/er/path/'), `${path} is outside the sub-path`);
  assert.deepEqual(errors, []);
});

test('the release app also renders from the site root', async (t) => {
  const { errors } = await openApp(t, { prefix: '/' });
  assert.deepEqual(errors, []);
});

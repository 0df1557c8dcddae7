// Static hosting: the release dist copied into a sub-folder of a plain static file server works,
// deep links (#/races) included and after a reload; every request stays below the sub-path;
// the app is installable (manifest with PNG icons + service worker scoped to the sub-path).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { launchBrowser, serve, collectErrors, screenshot } from './helpers.mjs';
import { CHROMIUM_ARGS, copyDist, serviceWorkerScope, tempDir } from './embed-helpers.mjs';

const SUB = 'clubs/riverside/periodize/';

/** The dist copied to `SUB` of a folder served as a whole from `/`. */
async function hostedCopy(t) {
  const { root } = copyDist(t, SUB);
  const server = await serve(t, { root, prefix: '/' });
  return `${server.url}${SUB}`;
}

/** Width and height of a PNG from its header. */
function pngSize(bytes) {
  const b = Buffer.from(bytes);
  assert.equal(b.subarray(1, 4).toString(), 'PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

test('a copy in a sub-folder of a plain static server works, deep links included', async (t) => {
  const base = await hostedCopy(t);
  const browser = await launchBrowser(t);
  const page = await browser.newPage();
  const errors = collectErrors(page);
  const outside = [];
  const failed = [];
  page.on('request', (r) => {
    if (!new URL(r.url()).pathname.startsWith(`/${SUB}`)) outside.push(r.url());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });

  // A deep link straight to the races screen.
  await page.goto(`${base}#/races`);
  await page.locator('h2', { hasText: 'Races' }).waitFor();
  assert.equal(await page.getAttribute('[data-testid=nav-races]', 'aria-current'), 'page');

  // In-app navigation writes the hash, and a reload keeps the screen (no server route needed).
  await page.click('[data-testid=nav-settings]');
  await page.waitForFunction(() => location.hash === '#/settings');
  await page.reload();
  await page.locator('[data-testid=nav-settings][aria-current=page]').waitFor();

  // index.html by name, with a deep link, works too.
  await page.goto(`${base}index.html#/history`);
  await page.locator('[data-testid=nav-history][aria-current=page]').waitFor();
  await screenshot(page, 'hosting-subfolder');

  assert.deepEqual(outside, [], 'every request stays below the sub-folder');
  assert.deepEqual(failed, [], 'no request fails');
  assert.deepEqual(errors, []);
});

test('the hosted app is installable: manifest, PNG icons, service worker for the sub-folder', async (t) => {
  const base = await hostedCopy(t);
  // A real (non-incognito) profile: Chromium never offers installing from an incognito window.
  const context = await chromium.launchPersistentContext(tempDir(t), {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  t.after(() => context.close());
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(base);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  assert.equal(await serviceWorkerScope(page), base);

  const manifestUrl = new URL(await page.getAttribute('link[rel=manifest]', 'href'), base);
  assert.equal(manifestUrl.href, `${base}manifest.json`, 'manifest.json sits at the site root');
  const manifest = await (await fetch(manifestUrl)).json();
  assert.equal(new URL(manifest.start_url, manifestUrl).href, base);
  assert.equal(new URL(manifest.scope, manifestUrl).href, base);
  assert.equal(manifest.display, 'standalone');
  const sizes = [];
  for (const icon of manifest.icons) {
    const res = await fetch(new URL(icon.src, manifestUrl));
    assert.equal(res.status, 200, icon.src);
    const [w, h] = pngSize(await res.arrayBuffer());
    assert.equal(`${w}x${h}`, icon.sizes, icon.src);
    sizes.push(icon.sizes);
  }
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'), `icons: ${sizes}`);

  // Chromium's own installability check ("Add to home screen").
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors, []);
  assert.deepEqual(errors, []);
});

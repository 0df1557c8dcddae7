// Shared helpers for the end-to-end tests: serve the release dist/ under a sub-path, launch Debian's Chromium
// with Playwright, collect page errors and console errors, and save screenshots under target/screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/static-server.mjs';

export const DIST = process.env.PERIODIZE_DIST ?? 'dist';
export const SUB_PATH = '/some/sub/path/';

/** Chromium's flags: headless as root, no background traffic on this offline machine. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium; closed when the test `t` ends. */
export async function launchBrowser(t) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  t.after(() => browser.close());
  return browser;
}

/** Serves `root` (default: the release dist) under `prefix`; stopped when the test `t` ends. */
export async function serve(t, { root = DIST, prefix = SUB_PATH, headers = {}, gzip = false } = {}) {
  const server = await startServer({ root, prefix, headers, gzip });
  t.after(() => server.close());
  return server;
}

/** Records every page error and console error of `page` into the returned array. */
export function collectErrors(page) {
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/**
 * Serves the dist, opens a fresh browser context (own localStorage) and loads the app.
 * Returns { browser, context, page, server, errors }. `options` go to `browser.newContext`.
 */
export async function openApp(t, { prefix = SUB_PATH, hash = '', ...options } = {}) {
  const server = await serve(t, { prefix });
  const browser = await launchBrowser(t);
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url + hash);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  return { browser, context, page, server, errors };
}

/** Saves a full-page screenshot as target/screenshots/NAME.png. */
export async function screenshot(page, name) {
  mkdirSync('target/screenshots', { recursive: true });
  await page.screenshot({ path: `target/screenshots/${name}.png`, fullPage: true });
}

/** Saves NAME-{desktop,phone}-{light,dark}.png (1280 px and 360 px wide), then restores desktop light. */
export async function screenshots(page, name) {
  const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } };
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark']) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: scheme });
      await screenshot(page, `${name}-${size}-${scheme}`);
    }
  }
  await page.setViewportSize(sizes.desktop);
  await page.emulateMedia({ colorScheme: 'light' });
}

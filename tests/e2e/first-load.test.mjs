// The first load's budget (issue 16 item 8): the bytes a returning runner's page actually
// transfers before the plan is drawn, from a server that sends gzip like a static host, with
// the service worker out of the way (its precache is not the page's). Fails above the budget;
// the import module is not among them. Issue 16's target is 300 KB; the app wasm alone is
// 458 KB gzip today (476.9 KB transferred in all with the season screens, after cutting 61 of the
// 67 KB they added, and 3 KB for the days laid out from race day; 476.9 KB before them, after the watch-workout encoder moved to the import
// module; 483.3 KB at the end of round 2 with it on the main thread, 409.9 KB before the season
// core and the form fixes joined the app), so the default guards that figure against further
// growth until the app shrinks (FIRST_LOAD_BUDGET_KB=300 checks the target, not met).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launchBrowser, collectErrors } from './helpers.mjs';

const BUDGET_KB = Number(process.env.FIRST_LOAD_BUDGET_KB ?? 480);

test('the page transfers at most the budget before the plan is drawn, and no import module', async (t) => {
  const server = await serve(t, { gzip: true });
  const browser = await launchBrowser(t);
  // A runner with a plan: the example season, stored by a first visit.
  const setup = await browser.newContext({ serviceWorkers: 'block' });
  const first = await setup.newPage();
  await first.goto(server.url);
  await first.click('[data-testid=load-example]');
  await first.locator('[data-testid=season-chart]').waitFor();
  await first.waitForTimeout(300);
  const storageState = await setup.storageState();
  await setup.close();

  // A fresh HTTP cache, the same storage: everything the page needs comes over the network.
  const context = await browser.newContext({ serviceWorkers: 'block', storageState });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const finished = [];
  page.on('requestfinished', (r) => finished.push(r));
  await page.goto(server.url);
  await page.locator('[data-testid=season-chart]').waitFor();
  const drawn = finished.length;
  const sizes = await Promise.all(
    finished.slice(0, drawn).map(async (r) => {
      const s = await r.sizes();
      return { url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize };
    }),
  );
  const total = sizes.reduce((n, s) => n + s.bytes, 0);
  const list = sizes.map((s) => `${(s.bytes / 1024).toFixed(1)} KB ${s.url.replace(server.url, '')}`).join('\n');
  console.log(`first load: ${(total / 1024).toFixed(1)} KB transferred before the plan was drawn\n${list}`);
  assert.ok(total <= BUDGET_KB * 1024, `first load ${(total / 1024).toFixed(1)} KB > ${BUDGET_KB} KB:\n${list}`);
  assert.ok(!sizes.some((s) => /periodize-import|import-worker/.test(s.url)), list);
  assert.ok(sizes.some((s) => s.url.endsWith('.wasm')), 'the app wasm is counted');
  assert.deepEqual(errors, []);
});

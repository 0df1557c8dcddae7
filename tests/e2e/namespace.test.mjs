// Two script widgets on one page (issue 12, defect 6): two elements without data-namespace both
// get the default namespace, and two apps writing one namespace in one page would overwrite
// each other (no `storage` event fires within a page). The second refuses, visibly; widgets
// with their own namespaces both mount.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serve, collectErrors, screenshots, DIST } from './helpers.mjs';
import { tempDir, writeFiles } from './embed-helpers.mjs';

const page = (widgetUrl) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<h1>Two widgets</h1>
<div id="w-1" data-periodize data-mode="full"></div>
<div id="w-2" data-periodize data-mode="compact"></div>
<div id="w-3" data-periodize data-namespace="own" data-mode="compact"></div>
<script src="${widgetUrl}" defer></script>
</body></html>`;

test('a second widget on the namespace of another refuses with a visible message', async (t) => {
  const app = await serve(t, { root: DIST, prefix: '/periodize/', headers: { 'access-control-allow-origin': '*' } });
  const dir = tempDir(t);
  writeFiles(dir, { 'two.html': page(`${app.url}widget.js`) });
  const host = await serve(t, { root: dir, prefix: '/' });
  const browser = await launchBrowser(t);
  const p = await (await browser.newContext()).newPage();
  const errors = collectErrors(p);
  await p.goto(`${host.url}two.html`);
  const inside = (id, sel) => p.locator(`#${id}`).locator(sel);
  await inside('w-1', '[data-testid=app]').waitFor();
  await inside('w-3', '[data-testid=app]').waitFor();
  const refusal = inside('w-2', '[data-testid=namespace-taken]');
  await refusal.waitFor();
  assert.match(await refusal.innerText(), /another widget on this page already keeps its data/);
  assert.match(await refusal.innerText(), /data-namespace/);
  assert.equal(await inside('w-2', '[data-testid=app]').count(), 0, 'no second app on the namespace');
  assert.ok(await refusal.isVisible());
  // The first widget saves, and nothing on the page writes over it.
  await inside('w-1', '[data-testid=load-example]').click();
  await p.waitForFunction(() => (localStorage.getItem('periodize-widget:document') ?? '').includes('Example'));
  await screenshots(p, 'widget-namespace-taken');
  // Only console warnings, no errors.
  assert.deepEqual(errors, []);
});

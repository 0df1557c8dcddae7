// The script widget: a host page on another origin adds elements marked data-periodize and
// our widget.js. Each widget lives in its own shadow root: hostile host CSS does not change it,
// its CSS does not reach the host, two widgets keep separate state, the host's own
// localStorage keys survive, and mode / units / read-only / namespace come from data attributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serve, collectErrors, screenshot, DIST } from './helpers.mjs';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir, writeFiles } from './embed-helpers.mjs';

const HOSTILE_CSS = `
  html, * { font-size: 40px !important; display: inline; color: red !important; background: yellow;
    margin: 13px; padding: 7px; line-height: 3 !important; font-family: "Comic Sans MS", cursive !important;
    letter-spacing: 5px !important; text-transform: uppercase !important; box-sizing: content-box; }
  div, section, main, header, nav, ul, li { display: inline !important; }
  button, a, h1, h2, input, select { border: 5px dotted lime !important; width: 10px !important; }
  :root, * { --bg: red; --fg: lime; --accent: pink; --pz-rem: 99px; }
`;

/** A host page with three widgets (and hostile CSS when `css` is given). */
function hostPage(widgetUrl, css = '') {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="favicon.png">
${css ? `<style>${css}</style>` : ''}
<script>
  localStorage.setItem('host:theme', 'dark');
  localStorage.setItem('periodize-widget', 'the host owns this key');
  if (!localStorage.getItem('club-a')) localStorage.setItem('club-a', 'host value');
</script>
</head><body>
<h1 id="host-title">Riverside club</h1>
<button id="host-button">Host button</button>
<div id="w-a" data-periodize data-namespace="club-a" data-mode="full"></div>
<div id="w-b" data-periodize data-namespace="club-b" data-mode="compact" data-units="mi"></div>
<div id="w-ro" data-periodize data-namespace="club-ro" data-mode="full" data-read-only></div>
${widgetUrl ? `<script src="${widgetUrl}" defer></script>` : ''}
</body></html>`;
}

/** The app's dist on one origin (with CORS, as GitHub Pages sends) and host pages on another. */
async function setUp(t) {
  const app = await serve(t, { root: DIST, prefix: '/periodize/', headers: { 'access-control-allow-origin': '*' } });
  const dir = tempDir(t);
  const widgetUrl = `${app.url}widget.js`;
  writeFiles(dir, {
    'hostile.html': hostPage(widgetUrl, HOSTILE_CSS),
    'clean.html': hostPage(widgetUrl),
    'plain.html': hostPage(''),
  });
  cpSync(join(DIST, 'icons', 'icon-192.png'), join(dir, 'favicon.png'));
  const host = await serve(t, { root: dir, prefix: '/' });
  assert.notEqual(new URL(app.url).origin, new URL(host.url).origin);
  const browser = await launchBrowser(t);
  return { app, host, browser };
}

/** Computed styles of elements inside widget `id`'s shadow root (and of its root box). */
function widgetStyles(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const props = ['font-size', 'font-family', 'display', 'color', 'background-color', 'letter-spacing',
      'text-transform', 'line-height', 'margin-top', 'padding-top', 'border-top-style'];
    const pick = (sel) => {
      const el = root.querySelector(sel);
      if (!el) return `missing ${sel}`;
      const cs = getComputedStyle(el);
      return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
    };
    return {
      app: pick('[data-testid=app]'),
      h1: pick('h1'),
      nav: pick('nav ul'),
      firstRun: pick('[data-testid=first-run]'),
      button: pick('[data-testid=load-example]'),
    };
  }, id);
}

/** Computed styles of the host's own heading and button. */
function hostStyles(page) {
  return page.evaluate(() =>
    ['#host-title', '#host-button'].map((sel) => {
      const cs = getComputedStyle(document.querySelector(sel));
      return [cs.fontSize, cs.fontFamily, cs.color, cs.backgroundColor, cs.display, cs.marginTop];
    }),
  );
}

const stored = (page, key) => page.evaluate((k) => localStorage.getItem(k), key);

test('script widgets on another origin resist hostile host CSS, keep to themselves and keep separate state', async (t) => {
  const { host, browser } = await setUp(t);
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);

  // Reference: the same widgets on a host page without hostile CSS.
  await page.goto(`${host.url}plain.html`);
  const hostAlone = await hostStyles(page);
  await page.goto(`${host.url}clean.html`);
  await page.locator('#w-a [data-testid=first-run]').waitFor();
  const clean = await widgetStyles(page, 'w-a');
  assert.equal(clean.h1['font-size'], '25.6px', 'the heading has the app size (1.6rem of 16px)');
  assert.equal(clean.firstRun.display, 'block');
  // Our styles do not leak out: the host's elements look as they did without widgets.
  assert.deepEqual(await hostStyles(page), hostAlone);
  assert.equal(await page.evaluate(() => document.styleSheets.length + document.adoptedStyleSheets.length), 0);

  // The hostile page: every widget renders exactly as on the clean page.
  await page.goto(`${host.url}hostile.html`);
  await page.locator('#w-a [data-testid=first-run]').waitFor();
  await page.locator('#w-b [data-testid=first-run]').waitFor();
  assert.deepEqual(await widgetStyles(page, 'w-a'), clean);
  await screenshot(page, 'widget-hostile-host');

  // Separate state: the example season in widget A only.
  await page.locator('#w-a [data-testid=load-example]').click();
  await page.locator('#w-a [data-testid=season-chart]').waitFor();
  assert.equal(await page.locator('#w-b [data-testid=season-chart]').count(), 0);
  await page.locator('#w-b [data-testid=first-run]').waitFor();
  const docA = JSON.parse(await stored(page, 'club-a:document'));
  assert.equal(docA.races.length, 3);
  assert.equal(await stored(page, 'club-b:document'), null);

  // Widget B (compact, data-units="mi") gets its own plan, in miles; A stays in km.
  await page.locator('#w-b [data-testid=load-example]').click();
  await page.locator('#w-b [data-testid=season-chart]').waitFor();
  assert.equal(await page.locator('#w-b nav').count(), 0, 'compact mode has no navigation');
  assert.match(await page.locator('#w-b [data-testid=month-calendar]').innerText(), /\d mi\b/);
  assert.match(await page.locator('#w-a [data-testid=month-calendar]').innerText(), /\d km\b/);
  assert.doesNotMatch(await page.locator('#w-a [data-testid=month-calendar]').innerText(), /\d mi\b/);

  // Screens switch inside the widget without touching the host page's URL.
  await page.locator('#w-a [data-testid=nav-races]').click();
  await page.locator('#w-a [data-testid=race-row]').first().waitFor();
  assert.equal(await page.evaluate(() => location.hash), '');

  // Read-only: give the read-only widget a plan, reload: it shows it without edit controls.
  await page.evaluate(() => localStorage.setItem('club-ro:document', localStorage.getItem('club-a:document')));
  const before = await stored(page, 'club-ro:document');
  await page.reload();
  await page.locator('#w-ro [data-testid=season-chart]').waitFor();
  await page.locator('#w-ro [data-testid=nav-races]').click();
  await page.locator('#w-ro [data-testid=race-row]').first().waitFor();
  assert.equal(await page.locator('#w-ro [data-testid=race-row]').count(), 3);
  assert.equal(await page.locator('#w-ro [data-testid=add-race]').count(), 0);
  assert.equal(await page.locator('#w-ro [data-testid=race-row] button').count(), 0);
  assert.equal(await stored(page, 'club-ro:document'), before);

  // Both widgets kept their own plans across the reload.
  await page.locator('#w-a [data-testid=season-chart]').waitFor();
  await page.locator('#w-b [data-testid=season-chart]').waitFor();

  // The host's own keys survive, including ones that look like ours.
  assert.equal(await stored(page, 'host:theme'), 'dark');
  assert.equal(await stored(page, 'periodize-widget'), 'the host owns this key');
  assert.equal(await stored(page, 'club-a'), 'host value');
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.deepEqual(
    keys.filter((k) => k.includes(':document')),
    ['club-a:document', 'club-b:document', 'club-ro:document'],
  );
  assert.deepEqual(errors, []);
});

test('the example host page mounts two independent widgets from data attributes', async (t) => {
  const server = await serve(t, { prefix: '/periodize/' });
  const browser = await launchBrowser(t);
  const page = await browser.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}examples/script-embed.html`);
  const widgets = page.locator('[data-periodize]');
  await widgets.nth(1).locator('[data-testid=first-run]').waitFor();
  assert.equal(await page.locator('[data-testid=app]').count(), 2);
  assert.equal(await widgets.nth(0).locator('nav').count(), 1, 'the first is the full app');
  assert.equal(await widgets.nth(1).locator('nav').count(), 0, 'the second is compact');
  await widgets.nth(1).locator('[data-testid=load-example]').click();
  await widgets.nth(1).locator('[data-testid=season-chart]').waitFor();
  await widgets.nth(0).locator('[data-testid=first-run]').waitFor();
  assert.ok(await stored(page, 'club-spring-10k:document'));
  assert.equal(await stored(page, 'club-season:document'), null);
  assert.equal(await page.evaluate(() => window.Periodize.mount()), 0, 'mounting again adds nothing');
  await screenshot(page, 'widget-example');
  assert.deepEqual(errors, []);
});

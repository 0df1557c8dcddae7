// The iframe widget: a host page on another origin frames embed.html (compact view, configured
// by URL parameters) and talks to it with postMessage. The widget answers the origin its
// allow-origins names, validates every command, and ignores a page on any other origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serve, collectErrors, screenshot } from './helpers.mjs';
import { until } from './embed-helpers.mjs';

/** Periodize on one origin; the example host page served from two other origins. */
async function setUp(t) {
  const app = await serve(t, { prefix: '/periodize/' });
  const allowed = await serve(t, { prefix: '/' });
  const foreign = await serve(t, { prefix: '/' });
  const origins = [app, allowed, foreign].map((s) => new URL(s.url).origin);
  assert.equal(new Set(origins).size, 3);
  return { app, allowed, foreign, browser: await launchBrowser(t) };
}

/** Opens the example host page at `server` in a fresh context. */
async function openHost(browser, server, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${server.url}examples/iframe-embed.html?${new URLSearchParams(query)}`);
  const frame = page.frameLocator('#periodize');
  return { page, frame, errors };
}

const messages = (page) => page.evaluate(() => window.periodizeHost.messages);
const send = (page, command) => page.evaluate((c) => window.periodizeHost.send(c), command);

/** Waits for the widget's message matching `pred` and returns it. */
function reply(page, pred, what) {
  return until(async () => (await messages(page)).find(pred), what);
}

const inDays = (days) => new Date(Date.now() + days * 86400000).toISOString().slice(0, 10);

test('the iframe widget reports plan changes to an allowed origin and obeys its valid commands', async (t) => {
  const { app, allowed, browser } = await setUp(t);
  const { page, frame, errors } = await openHost(browser, allowed, { app: app.url, units: 'mi' });

  const ready = await reply(page, (m) => m.type === 'ready', 'the ready message');
  assert.equal(ready.source, 'periodize');
  assert.equal(ready.version, 1);
  assert.deepEqual(ready.summary.races, []);
  assert.match(ready.summary.error, /race/i);
  await frame.locator('[data-testid=first-run]').waitFor();
  assert.equal(await frame.locator('nav').count(), 0, 'embed.html shows the compact view');

  const askId = await send(page, { type: 'get-summary' });
  const summary = await reply(page, (m) => m.type === 'summary' && m.id === askId, 'the summary');
  assert.equal(summary.summary.weeks, 0);
  assert.equal(summary.summary.units, 'mi');

  // set-races: acknowledged, then the plan-changed event with the new plan.
  const setId = await send(page, {
    type: 'set-races',
    races: [{ name: 'Spring Marathon', date: inDays(112), distance: 'marathon', priority: 'A' }],
  });
  await reply(page, (m) => m.type === 'ack' && m.id === setId, 'the ack');
  const changed = await reply(page, (m) => m.type === 'plan-changed' && m.summary.races.length === 1, 'plan-changed');
  const s = changed.summary;
  assert.equal(s.error, null);
  assert.ok(s.weeks >= 16, `weeks: ${s.weeks}`);
  assert.equal(s.races[0].distance, 26.2, 'miles, as units=mi asks');
  assert.deepEqual([s.nextRace.name, s.nextRace.daysUntil], ['Spring Marathon', 112]);
  assert.ok(s.totalDistance > 0 && s.peakWeekDistance > 0);
  await frame.locator('[data-testid=season-chart]').waitFor();
  await frame.locator('[data-testid=race-marker]').first().waitFor();
  assert.match(await page.locator('#summary').innerText(), /weeks, [\d.]+ mi in all, next race Spring Marathon/);

  // Invalid commands are refused with a reason and change nothing.
  const badId = await send(page, {
    type: 'set-races',
    races: [{ name: 'Ultra', date: inDays(50), distance: 'ultra', priority: 'A' }],
  });
  const bad = await reply(page, (m) => m.type === 'error' && m.id === badId, 'the error');
  assert.match(bad.error, /race 1: distance must be/);
  const unknownId = await send(page, { type: 'delete-everything' });
  const unknown = await reply(page, (m) => m.type === 'error' && m.id === unknownId, 'the unknown-type error');
  assert.match(unknown.error, /unknown command type/);
  // Messages not addressed to Periodize get no answer at all.
  const count = (await messages(page)).length;
  await page.evaluate(() => document.getElementById('periodize').contentWindow.postMessage({ hello: 'other widget' }, '*'));
  const barrier = await send(page, { type: 'get-summary' });
  const after = await reply(page, (m) => m.id === barrier, 'the barrier reply');
  assert.equal((await messages(page)).length, count + 1, 'only the barrier was answered');
  assert.equal(after.summary.races.length, 1);
  assert.equal(await frame.locator('[data-testid=race-marker]').count(), 1);

  // The widget stores under its own embed namespace on Periodize's origin.
  const frameKeys = await page.frames()[1].evaluate(() => Object.keys(localStorage));
  assert.ok(frameKeys.includes('embed-coach-blog:document'), `keys: ${frameKeys}`);
  await screenshot(page, 'iframe-allowed');
  assert.deepEqual(errors, []);
});

test('the iframe widget ignores a page on an origin it does not allow', async (t) => {
  const { app, allowed, foreign, browser } = await setUp(t);
  // The foreign page frames the widget, which allows only the other origin.
  const { page, frame, errors } = await openHost(browser, foreign, {
    app: app.url,
    allow: new URL(allowed.url).origin,
  });
  await frame.locator('[data-testid=first-run]').waitFor();
  await send(page, { type: 'get-summary' });
  await send(page, {
    type: 'set-races',
    races: [{ name: 'Hijack', date: inDays(60), distance: '10k', priority: 'A' }],
  });
  await send(page, { type: 'nonsense' });
  await page.waitForTimeout(1500);
  assert.deepEqual(await messages(page), [], 'no event or answer reaches the foreign page');
  assert.equal(await frame.locator('[data-testid=season-chart]').count(), 0);
  await frame.locator('[data-testid=first-run]').waitFor();
  const stored = await page.frames()[1].evaluate(() => localStorage.getItem('embed-coach-blog:document'));
  assert.equal(stored, null, 'nothing was stored');
  assert.deepEqual(errors, []);
});

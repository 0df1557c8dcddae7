// Strict CSP: served with `default-src 'self'; script-src 'self' 'wasm-unsafe-eval';
// style-src 'self'`, the app, the iframe page and both example host pages load and work with
// no violation reported (securitypolicyviolation events in every frame, and console errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serve, collectErrors } from './helpers.mjs';
import { STRICT_CSP, serviceWorkerScope, until } from './embed-helpers.mjs';

/** A fresh context on the dist served with the strict CSP, recording violations in every frame. */
async function strictSite(t) {
  const server = await serve(t, { headers: { 'content-security-policy': STRICT_CSP } });
  const browser = await launchBrowser(t);
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  return { server, page, errors };
}

/** Every violation recorded so far, in every frame of `page`. */
async function violations(page) {
  const all = await Promise.all(page.frames().map((f) => f.evaluate(() => window.__cspViolations ?? [])));
  return all.flat();
}

test('the app and embed.html run under the strict CSP with no violation', async (t) => {
  const { server, page, errors } = await strictSite(t);
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  // Work the app: plan, every screen, the week list.
  await page.click('[data-testid=load-example]');
  await page.locator('[data-testid=season-chart]').waitFor();
  await page.click('[data-testid=tab-weeks]');
  await page.locator('[data-testid=week-row]').first().waitFor();
  for (const view of ['races', 'history', 'settings', 'data', 'plan']) {
    await page.click(`[data-testid=nav-${view}]`);
    await page.waitForFunction((v) => location.hash === `#/${v}`, view);
  }
  await serviceWorkerScope(page);

  await page.goto(`${server.url}embed.html?namespace=csp&units=mi`);
  await page.locator('[data-testid=first-run]').waitFor();
  await page.click('[data-testid=load-example]');
  await page.locator('[data-testid=season-chart]').waitFor();
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);

  // Control: the recorder does see a violation (an inline style attribute).
  await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
  await until(async () => (await violations(page)).length === 1, 'the control violation');
  assert.match((await violations(page))[0], /^style-src/);
});

test('both example host pages embed Periodize under the strict CSP with no violation', async (t) => {
  const { server, page, errors } = await strictSite(t);
  await page.goto(`${server.url}examples/script-embed.html`);
  await page.locator('[data-periodize]').nth(1).locator('[data-testid=first-run]').waitFor();
  await page.locator('[data-periodize]').nth(1).locator('[data-testid=load-example]').click();
  await page.locator('[data-periodize]').nth(1).locator('[data-testid=season-chart]').waitFor();
  assert.deepEqual(await violations(page), []);

  await page.goto(`${server.url}examples/iframe-embed.html`);
  await until(() => page.evaluate(() => window.periodizeHost?.messages.some((m) => m.type === 'ready')), 'the ready message');
  await page.click('#set-two');
  await page.frameLocator('#periodize').locator('[data-testid=season-chart]').waitFor();
  assert.match(await page.locator('#summary').innerText(), /next race March Half/);
  assert.deepEqual(await violations(page), []);
  assert.deepEqual(errors, []);
});

// "Today" moves (issue 12, defect 9): a tab left open overnight checks in under the new date,
// whether the timer fires at midnight or the page is brought back to view after sleeping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launchBrowser, collectErrors } from './helpers.mjs';
import { addRace, go } from './ui-helpers.mjs';

/** Opens the app with Playwright's fake clock installed at `time` (local). */
async function openWithClock(t, time) {
  const server = await serve(t);
  const browser = await launchBrowser(t);
  const context = await browser.newContext();
  await context.clock.install({ time: new Date(time) });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(server.url);
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  return { page, errors };
}

/** Checks in with no warning signs and waits until the check-in is stored. */
async function checkIn(page, date) {
  await page.click('[data-testid=checkin-open]');
  await page.click('[data-testid=checkin-save]');
  await page.locator('[data-testid=checkin-result]').waitFor();
  await page.waitForFunction(
    (d) => (localStorage.getItem('periodize:document') ?? '').includes(`"date":"${d}"`),
    date,
  );
}

const storedDates = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('periodize:document')).checkins.map((c) => c.date));

test('at midnight today moves on: the next check-in is stored under the new date', async (t) => {
  const { page, errors } = await openWithClock(t, '2026-03-02T23:50:00');
  await addRace(page, { name: 'Autumn Marathon', date: '2026-10-04', distance: 'marathon', priority: 'a' });
  await go(page, 'plan');
  await checkIn(page, '2026-03-02');
  await page.clock.runFor('15:00');
  // The new day has no check-in yet: the form is offered again.
  await page.locator('[data-testid=checkin-result]').waitFor({ state: 'detached' });
  await checkIn(page, '2026-03-03');
  assert.deepEqual(await storedDates(page), ['2026-03-02', '2026-03-03']);
  assert.deepEqual(errors, []);
});

test('a page shown again after the machine slept reads the date again', async (t) => {
  const { page, errors } = await openWithClock(t, '2026-03-02T21:00:00');
  await addRace(page, { name: 'Autumn Marathon', date: '2026-10-04', distance: 'marathon', priority: 'a' });
  await go(page, 'plan');
  await checkIn(page, '2026-03-02');
  // The clock jumps (no timer runs, as when a laptop sleeps), then the page becomes visible.
  await page.clock.setSystemTime(new Date('2026-03-04T07:00:00'));
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));
  await page.locator('[data-testid=checkin-result]').waitFor({ state: 'detached' });
  await checkIn(page, '2026-03-04');
  assert.deepEqual(await storedDates(page), ['2026-03-02', '2026-03-04']);
  assert.deepEqual(errors, []);
});

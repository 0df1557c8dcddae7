// Forms and screens on a phone (issue 15): a tapped day's detail is brought into view, Esc
// closes it; screenshots of the phone plan, day detail and season chart, light and dark, go to
// target/screenshots/ for review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from './helpers.mjs';
import { openAt } from './ui-helpers.mjs';

const PHONE = { width: 360, height: 740 };

for (const scheme of ['light', 'dark']) {
  test(`a tapped day's detail is on screen at 360 px, Esc closes it (${scheme})`, async (t) => {
    const { page, allErrors } = await openAt(t, { viewport: PHONE, colorScheme: scheme, hash: '#/plan' });
    await page.click('[data-testid=load-example]');
    await page.locator('[data-testid=season-chart]').waitFor();
    await screenshot(page, `phone-plan-${scheme}`);
    await page.locator('[data-testid=season-chart]').screenshot({ path: `target/screenshots/phone-chart-${scheme}.png` });
    const day = page.locator('.cal-day[tabindex="0"]');
    await day.click();
    const detail = page.locator('[data-testid=day-detail]');
    await detail.waitFor();
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid=day-detail]').getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    }, null, { timeout: 3000 });
    await page.screenshot({ path: `target/screenshots/phone-day-detail-${scheme}.png` });
    await day.focus();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    assert.deepEqual(allErrors(), []);
  });
}

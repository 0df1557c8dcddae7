// Screenshots of every main screen at desktop and phone width, in light and dark, saved under
// target/screenshots/ for review; and checks that nothing overflows a 360 px wide phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from './helpers.mjs';
import { openAt, go } from './ui-helpers.mjs';

const SIZES = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 360, height: 780 },
};

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const scheme of ['light', 'dark']) {
    test(`screens at ${size} width in ${scheme}`, async (t) => {
      const { page, allErrors } = await openAt(t, { today: '2026-03-02', viewport, colorScheme: scheme });
      await screenshot(page, `first-run-${size}-${scheme}`);
      await page.click('[data-testid=load-example]');
      await page.locator('[data-testid=season-chart]').waitFor();
      await page.locator('.cal-day.today').click();
      await page.locator('[data-testid=day-detail]').waitFor();
      await screenshot(page, `plan-${size}-${scheme}`);
      await page.click('[data-testid=tab-weeks]');
      await screenshot(page, `plan-weeks-${size}-${scheme}`);
      for (const view of ['races', 'history', 'settings', 'data']) {
        await go(page, view);
        await screenshot(page, `${view}-${size}-${scheme}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${view} overflows by ${overflow}px at ${size}`);
      }
      assert.deepEqual(allErrors(), []);
    });
  }
}

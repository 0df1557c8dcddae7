// Forms and screens on a phone (issue 15): a tapped day's detail is brought into view, Esc
// closes it; screenshots of the phone plan, day detail and season chart, light and dark, go to
// target/screenshots/ for review.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot, screenshots } from './helpers.mjs';
import { openAt, addRace, go } from './ui-helpers.mjs';

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

// A GPX whose watch clock was reset: three points in 1901, 1 km apart.
const GPX_1901 = `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<trk><name>Reset clock</name><type>running</type><trkseg>
<trkpt lat="46.0000" lon="14.0000"><time>1901-06-02T07:00:00Z</time></trkpt>
<trkpt lat="46.0090" lon="14.0000"><time>1901-06-02T07:05:00Z</time></trkpt>
<trkpt lat="46.0180" lon="14.0000"><time>1901-06-02T07:10:00Z</time></trkpt>
</trkseg></trk></gpx>`;

test('a GPX dated 1901 is imported with a word about the clock; its date stays on one line at 360 px', async (t) => {
  const { page, allErrors } = await openAt(t, { viewport: PHONE, hash: '#/history' });
  await page.setInputFiles('#import-files', { name: 'reset.gpx', mimeType: 'application/gpx+xml', buffer: Buffer.from(GPX_1901) });
  const result = page.locator('[data-testid=import-result]');
  await result.waitFor();
  const line = await result.innerText();
  assert.match(line, /reset\.gpx — imported 1/);
  assert.match(line, /1 activity dated 1901: check the watch's clock/);
  // The activities table keeps each date on one line.
  const cell = page.locator('[data-testid=activity-row] td').first();
  await cell.waitFor();
  const lines = await cell.evaluate((td) => {
    const range = document.createRange();
    range.selectNodeContents(td);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  assert.equal(lines, 1, `the date takes ${lines} lines`);
  // The table scrolls inside its card; the page itself does not scroll sideways.
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  await screenshot(page, 'phone-history-odd-date');
  assert.deepEqual(allErrors(), []);
});

test('at 360 px calendar cells show distances and the chart starts at today, saying it scrolls', async (t) => {
  const { page, context, allErrors } = await openAt(t, { viewport: PHONE, hash: '#/plan' });
  await addRace(page, { name: 'Autumn Marathon', date: '2026-10-04', distance: 'marathon', priority: 'a' });
  await go(page, 'plan');
  await page.locator('[data-testid=season-chart]').waitFor();
  // Ten weeks into the season (the chart starts at today while the plan does; once past weeks
  // are drawn, the chart scrolls itself so that today is in view).
  await context.clock.setFixedTime(new Date('2026-05-11T09:00:00'));
  await page.reload();
  await page.locator('[data-testid=season-chart]').waitFor();
  const cells = await page.locator('.cal-day').evaluateAll((days) =>
    days
      .filter((d) => !['rest', 'none'].includes(d.dataset.kind))
      .map((d) => {
        const km = d.querySelector('.cal-km-short');
        const shown = km && getComputedStyle(km).display !== 'none';
        return { kind: d.dataset.kind, text: shown ? km.textContent : '', clipped: shown && km.scrollWidth > km.clientWidth };
      }),
  );
  assert.ok(cells.length > 5, `workout days: ${cells.length}`);
  for (const c of cells.filter((c) => c.kind !== 'race')) {
    // A session sized by time (cross-training) shows its minutes ("40′"); every other its distance.
    assert.match(c.text, c.kind === 'cross' ? /^\d+′$/ : /^\d+ km$/, JSON.stringify(c));
    assert.equal(c.clipped, false, JSON.stringify(c));
  }
  const chart = await page.locator('[data-testid=chart-scroll]').evaluate((el) => {
    const today = el.querySelector('[data-testid=today-marker] line').getBoundingClientRect();
    const box = el.getBoundingClientRect();
    const hint = document.querySelector('[data-testid=chart-scroll-hint]');
    return {
      scrolls: el.scrollWidth > el.clientWidth + 1,
      hint: getComputedStyle(hint).display !== 'none' && hint.getBoundingClientRect().height > 0,
      scrollLeft: el.scrollLeft,
      todayInView: today.left >= box.left && today.right <= box.right,
    };
  });
  assert.ok(!chart.scrolls || chart.hint, `a chart that scrolls says so: ${JSON.stringify(chart)}`);
  assert.ok(chart.todayInView, `today is in view: ${JSON.stringify(chart)}`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways page scroll');
  await screenshot(page, 'phone-plan-mid-season');
  assert.deepEqual(allErrors(), []);
});

test('the race form: focus at its first field, the date takes one Tab, focus back on the saved row', async (t) => {
  const { page, allErrors } = await openAt(t, { hash: '#/races', locale: 'en-US' });
  await page.click('[data-testid=add-race]');
  await page.waitForFunction(() => document.activeElement?.id === 'race-name');
  await page.keyboard.type('Harbour 10K');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'race-date');
  // Typed as the date field reads it here (en-US: month, day, year).
  await page.keyboard.type('06142026');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'race-distance', 'one Tab leaves the date');
  assert.equal(await page.inputValue('#race-date'), '2026-06-14');
  await page.selectOption('#race-distance', '10k');
  await page.check('#race-priority-b');
  await page.click('[data-testid=race-save]');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'race-row');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Harbour 10K/);
  assert.deepEqual(allErrors(), []);
});

test('screenshots of the plan with a day open, desktop and phone, light and dark', async (t) => {
  const { page, allErrors } = await openAt(t, { hash: '#/plan' });
  await page.click('[data-testid=load-example]');
  await page.locator('.cal-day[tabindex="0"]').click();
  await page.locator('[data-testid=day-detail]').waitFor();
  await screenshots(page, 'forms-plan-day');
  await go(page, 'history');
  await screenshots(page, 'forms-history');
  assert.deepEqual(allErrors(), []);
});

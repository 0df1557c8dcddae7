// Workouts on the watch (issue 13): the day detail lists a session's steps, and the export screen's
// "Next 2 weeks" zip holds one FIT workout per run session plus a schedule, decoded by Garmin's own
// FIT SDK (@garmin/fitsdk).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { screenshot } from './helpers.mjs';
import { openAt, go } from './ui-helpers.mjs';
import { checkFilesAlone, unzipStored } from '../node/fit-check.mjs';

async function loadExample(page) {
  await go(page, 'plan');
  await page.click('[data-testid=load-example]');
  await page.locator('[data-testid=season-chart]').waitFor();
}

test('the day detail lists the steps of a session', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await loadExample(page);
  await page.click('[data-testid=tab-weeks]');
  await page.locator('.wl-day.wo-easy button').first().click();
  const steps = page.locator('[data-testid=detail-steps] li');
  assert.equal(await steps.count(), 1, 'an easy run is one step');
  assert.match(await steps.first().innerText(), /^Run \d+\.\d km/);
  for (const kind of ['intervals', 'hills']) {
    const day = page.locator(`.wl-day.wo-${kind} button`).first();
    if ((await day.count()) === 0) continue;
    await day.click();
    await page.locator('[data-testid=detail-steps]').waitFor();
    const lines = await page.locator('[data-testid=detail-steps] li').allInnerTexts();
    assert.match(lines[0], /^Warm-up /, `${kind}: ${lines}`);
    assert.ok(lines.some((l) => /^\d+ x \(Run /.test(l)), `${kind}: a repeat in ${lines}`);
    assert.match(lines.at(-1), /^Cool-down /, `${kind}: ${lines}`);
  }
  await page.locator('.wl-day.wo-rest button').first().click();
  assert.equal(await page.locator('[data-testid=detail-steps]').count(), 0, 'rest days have no steps');
  assert.deepEqual(allErrors(), []);
});

test('the next 2 weeks download as a zip of FIT workouts and a schedule that Garmin\'s SDK reads', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-04' });
  await loadExample(page);
  await page.click('[data-testid=tab-weeks]');
  // The run days from today through 13 days on, as the week list shows them.
  const runDays = await page.locator('[data-testid=week-row]').evaluateAll((rows) => {
    const day = (start, i) => new Date(Date.parse(`${start}T00:00:00Z`) + i * 86400000).toISOString().slice(0, 10);
    return rows.flatMap((r) => [...r.querySelectorAll('.wl-day')].map((li, i) => ({ date: day(r.dataset.start, i), kind: li.className })))
      .filter((d) => d.date >= '2026-03-04' && d.date <= '2026-03-17')
      .filter((d) => !/wo-(rest|cross)/.test(d.kind))
      .map((d) => d.date);
  });
  assert.ok(runDays.length >= 6, `${runDays}`);
  await go(page, 'data');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=watch-2w]')]);
  assert.equal(dl.suggestedFilename(), 'periodize-workouts-2026-03-04-2w.zip');
  const files = unzipStored(await readFile(await dl.path()));
  assert.equal(Object.keys(files).length, runDays.length + 1, `${Object.keys(files)}`);
  const dates = checkFilesAlone(files, '2026-03-04', '2026-03-17');
  assert.deepEqual(dates, runDays);

  // "This week" starts at the plan week's first day.
  const [week] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=watch-week]')]);
  assert.equal(week.suggestedFilename(), 'periodize-workouts-2026-03-02-1w.zip');
  assert.deepEqual(allErrors(), []);
});

for (const [size, viewport] of Object.entries({ desktop: { width: 1280, height: 900 }, phone: { width: 360, height: 780 } })) {
  for (const scheme of ['light', 'dark']) {
    test(`the watch card and the steps at ${size} width in ${scheme}`, async (t) => {
      const { page, allErrors } = await openAt(t, { today: '2026-03-02', viewport, colorScheme: scheme });
      await loadExample(page);
      await page.click('[data-testid=tab-weeks]');
      await page.locator('.wl-day.wo-hills button').first().click();
      await page.locator('[data-testid=detail-steps]').waitFor();
      await page.locator('[data-testid=day-detail]').screenshot({ path: `target/screenshots/steps-detail-${size}-${scheme}.png` });
      await go(page, 'data');
      await page.click('[data-testid=watch-howto] summary');
      await page.locator('[data-testid=watch-export]').screenshot({ path: `target/screenshots/watch-export-${size}-${scheme}.png` });
      await screenshot(page, `data-watch-${size}-${scheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the data screen overflows by ${overflow}px at ${size}`);
      assert.deepEqual(allErrors(), []);
    });
  }
}

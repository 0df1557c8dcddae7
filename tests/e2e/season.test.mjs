// Journey: a new user adds a marathon A race and a 10K B race, enters a baseline, sees the
// taper, deloads and recovery in the calendar and the chart, navigates the calendar by
// keyboard, reloads and finds everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from './helpers.mjs';
import { openAt, go, addRace, setNumber, weekKinds } from './ui-helpers.mjs';

test('a new user plans a marathon season with a 10K tune-up and finds it after a reload', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  // First run: an empty state that says what to do.
  await page.locator('[data-testid=first-run]').waitFor();
  assert.match(await page.locator('[data-testid=first-run]').innerText(), /Add your races/);

  // Validation next to the field: a race in the past.
  await go(page, 'races');
  await page.click('[data-testid=add-race]');
  await page.fill('#race-name', 'Old race');
  await page.fill('#race-date', '2025-05-01');
  await page.click('[data-testid=race-save]');
  assert.match(await page.locator('#race-date-err').innerText(), /in the past/);
  await page.click('[data-testid=race-form] >> text=Cancel');

  await addRace(page, { name: 'City Marathon', date: '2026-09-27', distance: 'marathon', priority: 'a', goal: '3:45:00' });
  await addRace(page, { name: 'Spring 10K', date: '2026-06-14', distance: '10k', priority: 'b' });
  // Two races on one day are refused with the other race's name.
  await page.click('[data-testid=add-race]');
  await page.fill('#race-name', 'Clash');
  await page.fill('#race-date', '2026-06-14');
  await page.click('[data-testid=race-save]');
  assert.match(await page.locator('#race-date-err').innerText(), /Spring 10K/);
  await page.click('[data-testid=race-form] >> text=Cancel');
  assert.equal(await page.locator('[data-testid=race-row]').count(), 2);

  await go(page, 'history');
  await setNumber(page, '#base-weekly', 40);
  await setNumber(page, '#base-long', 16);

  await go(page, 'plan');
  // The season chart: bars by phase with deload, taper, race and recovery weeks, race markers, today.
  const chart = page.locator('[data-testid=season-chart]');
  await chart.waitFor();
  for (const kind of ['deload', 'taper', 'race', 'recovery']) {
    assert.ok((await chart.locator(`.bar[data-kind=${kind}]`).count()) > 0, `chart has a ${kind} week`);
  }
  assert.equal(await chart.locator('[data-testid=race-marker]').count(), 2);
  assert.equal(await chart.locator('[data-testid=today-marker]').count(), 1);
  assert.notEqual(await chart.locator('[data-testid=form-line]').getAttribute('d'), '');

  // The month calendar: today highlighted; keyboard moves between days; Enter opens the detail.
  const todayCell = page.locator('.cal-day.today');
  assert.equal(await todayCell.getAttribute('data-date'), '2026-03-02');
  await todayCell.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  // Focus follows the keys (a moved focus is drawn first, so wait for it).
  await page.waitForFunction(() => document.activeElement?.dataset.date === '2026-03-10');
  await page.keyboard.press('Enter');
  const detail = page.locator('[data-testid=day-detail]');
  await detail.waitFor();
  assert.match(await detail.innerText(), /Tue 10 Mar 2026/);
  assert.ok((await detail.locator('[data-testid=detail-reasons] li').count()) > 0);
  // Page Down to the race month: the marathon day is a race day.
  for (let i = 0; i < 6; i++) await page.keyboard.press('PageDown');
  const raceDay = page.locator('.cal-day[data-date="2026-09-27"]');
  assert.equal(await raceDay.getAttribute('data-kind'), 'race');
  assert.match(await raceDay.getAttribute('aria-label'), /City Marathon/);
  assert.match(await raceDay.getAttribute('class'), /wk-race/);

  // The week list: deloads, taper before the marathon, recovery after it.
  const kinds = await weekKinds(page);
  assert.ok(kinds.includes('deload'), `deload in ${kinds}`);
  // Rows off screen are not laid out until scrolled to (content-visibility), so find the
  // race's week by its text content, then check it shows once scrolled into view.
  const marathonWeek = await page.locator('[data-testid=week-row]').evaluateAll((rows) =>
    rows.findIndex((r) => r.textContent.includes('City Marathon')),
  );
  const marathonRow = page.locator('[data-testid=week-row]').nth(marathonWeek);
  await marathonRow.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (i) => document.querySelectorAll('[data-testid=week-row]')[i].innerText.includes('City Marathon'),
    marathonWeek,
  );
  assert.equal(kinds[marathonWeek], 'race');
  assert.equal(kinds[marathonWeek - 1], 'taper');
  assert.equal(kinds[marathonWeek + 1], 'recovery');
  const tenKWeek = await page.locator('[data-testid=week-row]').evaluateAll((rows) =>
    rows.findIndex((r) => r.textContent.includes('Spring 10K')),
  );
  assert.ok(tenKWeek > 0 && tenKWeek < marathonWeek);
  await screenshot(page, 'journey-season-weeks');

  // Reload: the view, the races and the baseline are all still there.
  await page.reload();
  await page.locator('[data-testid=season-chart]').waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/plan');
  await go(page, 'races');
  assert.equal(await page.locator('[data-testid=race-row]').count(), 2);
  await go(page, 'history');
  assert.equal(await page.inputValue('#base-weekly'), '40');
  assert.deepEqual(allErrors(), []);
});

test('a readiness check-in with warning signs brings a deload forward and says why', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await addRace(page, { name: 'Autumn Marathon', date: '2026-10-04', distance: 'marathon', priority: 'a' });
  await go(page, 'plan');
  const before = await weekKinds(page);
  await page.click('[data-testid=checkin-open]');
  for (const sign of ['fatigue', 'poor_sleep', 'low_motivation']) await page.check(`#sign-${sign}`);
  await page.click('[data-testid=checkin-save]');
  const result = page.locator('[data-testid=checkin-result]');
  await result.waitFor();
  assert.match(await result.innerText(), /easier week/i);
  const after = await weekKinds(page);
  assert.notDeepEqual(after, before, 'the plan changed');
  assert.ok(after.slice(0, 2).includes('deload'), `a deload this or next week: ${after.slice(0, 3)}`);
  assert.deepEqual(allErrors(), []);
});

test('printing shows the whole season week by week, built only while printing', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await addRace(page, { name: 'Autumn Marathon', date: '2026-10-04', distance: 'marathon', priority: 'a' });
  await go(page, 'plan');
  const bars = await page.locator('[data-testid=season-chart] .bar').count();
  const copy = page.locator('[data-testid=print-copy]');
  assert.equal(await copy.count(), 0, 'no hidden copy re-rendered on every change');

  // The browser's own print command (Ctrl+P) fires beforeprint: the copy is there, and the
  // print stylesheet shows it and hides the screen-only controls.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await copy.waitFor({ state: 'attached' });
  await page.emulateMedia({ media: 'print' });
  assert.ok(await copy.isVisible());
  assert.equal(await copy.locator('[data-testid=print-week-row]').count(), bars, 'every week of the season');
  assert.match(await copy.innerText(), /Autumn Marathon/);
  assert.equal(await page.locator('[data-testid=print]').isVisible(), false);
  await screenshot(page, 'print-view');
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await copy.waitFor({ state: 'detached' });

  // The Print button builds the copy before asking the browser to print.
  await page.evaluate(() => {
    window.__printed = [];
    window.print = () => window.__printed.push(!!document.querySelector('[data-testid=print-copy]'));
  });
  await page.click('[data-testid=print]');
  await page.waitForFunction(() => window.__printed.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__printed), [true]);
  assert.deepEqual(allErrors(), []);
});

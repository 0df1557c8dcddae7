// Journey over weeks (Playwright's clock): a runner plans a marathon season, edits a day, comes
// back a week and four weeks later and finds the same season, past weeks with planned vs done,
// marks days, swaps and reverts, adds a race over an edited day (the edit is kept with a
// warning), and "Start over" asks first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshots } from './helpers.mjs';
import { openAt, go, addRace } from './ui-helpers.mjs';

/** Moves the page's clock to `day` 09:00 and reloads. */
async function visitOn(page, context, day) {
  await context.clock.setFixedTime(new Date(`${day}T09:00:00`));
  await page.reload();
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  await go(page, 'plan');
  await page.locator('[data-testid=season-summary]').waitFor();
}

/** Each week row's start date and planned total, from the week list. */
async function weekTotals(page) {
  await page.click('[data-testid=tab-weeks]');
  return page
    .locator('[data-testid=week-row]')
    .evaluateAll((rows) => rows.map((r) => [r.dataset.start, r.dataset.kind, r.querySelector('.wk-km').textContent]));
}

/** Opens the day `date` from the month calendar (moving to its month first). */
async function openDay(page, date) {
  await page.click('[data-testid=tab-month]');
  for (let i = 0; i < 12 && (await page.locator(`[data-testid=cal-day][data-date="${date}"]`).count()) === 0; i++) {
    const first = await page.locator('[data-testid=cal-day]').first().getAttribute('data-date');
    await page.click(date < first ? '[data-testid=prev-month]' : '[data-testid=next-month]');
  }
  await page.click(`[data-testid=cal-day][data-date="${date}"]`);
  await page.locator('[data-testid=day-detail]').waitFor();
}

test('the season stays put over weeks, shows planned vs done and keeps hand edits', async (t) => {
  const { page, context, allErrors } = await openAt(t, { today: '2027-01-04' });
  await addRace(page, { name: 'Spring Marathon', date: '2027-05-02', distance: 'marathon', priority: 'a' });
  await go(page, 'plan');
  await page.locator('[data-testid=season-start]').waitFor();
  assert.match(await page.locator('[data-testid=season-start]').innerText(), /4 Jan 2027/);

  // A hand edit on a day to come: Thursday becomes a rest day.
  await openDay(page, '2027-01-07');
  await page.click('[data-testid=edit-rest]');
  await page.locator('[data-testid=day-replaced]').waitFor();
  assert.match(await page.locator('[data-testid=day-replaced]').innerText(), /the plan had/);
  assert.match(await page.locator('[data-date="2027-01-07"]').getAttribute('aria-label'), /edited/);
  // The plan as it stands with the edit (the later weeks count the rest day).
  const before = await weekTotals(page);
  assert.ok(before.length > 10, 'a season of weeks');

  // A week later: the same season (same weeks from the season's start), the past week kept.
  await visitOn(page, context, '2027-01-11');
  const later = await weekTotals(page);
  assert.equal(later[0][0], '2027-01-04', 'the season still starts on its first week');
  assert.deepEqual(
    later.slice(1).map(([s, k]) => [s, k]),
    before.slice(1).map(([s, k]) => [s, k]),
    'weeks keep their dates and kinds',
  );
  assert.deepEqual(later.slice(2), before.slice(2), 'the weeks to come keep their totals');
  const done = page.locator('[data-testid=week-row]').first().locator('[data-testid=week-done]');
  assert.match(await done.innerText(), /done .* of /);
  assert.match(await page.locator('[data-testid=compliance]').innerText(), /of the planned distance/);

  // Marks on past days: Tuesday skipped, Wednesday done with a distance.
  await openDay(page, '2027-01-05');
  await page.click('[data-testid=mark-skipped]');
  await page.locator('[data-testid=day-status]', { hasText: 'skipped' }).waitFor();
  assert.match(await page.locator('[data-date="2027-01-05"]').getAttribute('aria-label'), /skipped/);
  await openDay(page, '2027-01-06');
  await page.fill('[data-testid=mark-km]', '7');
  await page.click('[data-testid=mark-done-km]');
  await page.locator('[data-testid=day-status]', { hasText: '7.0 km' }).waitFor();
  await page.fill('[data-testid=mark-km]', 'seven');
  await page.click('[data-testid=mark-done-km]');
  assert.match(await page.locator('[data-testid=day-action-error]').innerText(), /not a number/);
  assert.match(await page.locator('[data-testid=compliance]').innerText(), /run.? missed/);

  // Swap a day to come and revert it.
  await openDay(page, '2027-01-12');
  await page.selectOption('[data-testid=edit-move]', '2027-01-14');
  await page.click('[data-testid=edit-move-go]');
  await page.locator('[data-testid=day-replaced]').waitFor();
  await page.click('[data-testid=edit-revert]');
  await page.locator('[data-testid=day-replaced]').waitFor({ state: 'detached' });

  // An edit on a Sunday, then a race added on that day: the edit is kept, with a warning.
  await openDay(page, '2027-02-14');
  await page.selectOption('[data-testid=edit-kind]', 'easy');
  await page.fill('[data-testid=edit-km]', '12');
  await page.fill('[data-testid=edit-note]', 'with the club');
  await page.click('[data-testid=edit-save]');
  await page.locator('[data-testid=day-replaced]').waitFor();
  await addRace(page, { name: 'Valentine 10K', date: '2027-02-14', distance: '10k', priority: 'b' });
  await go(page, 'plan');
  await page.locator('[data-testid=warnings]', { hasText: 'is kept' }).waitFor();
  await openDay(page, '2027-02-14');
  await page.locator('[data-testid=day-conflict]').waitFor();
  await screenshots(page, 'season-conflict');
  await page.click('[data-testid=edit-keep]');
  assert.match(await page.locator('[data-testid=day-conflict]').innerText(), /Kept as you asked/);

  // Four weeks on: the whole season is still there, past weeks with planned vs done, the
  // marks and the edits kept.
  await visitOn(page, context, '2027-02-08');
  const month = await weekTotals(page);
  assert.equal(month[0][0], '2027-01-04');
  assert.equal(await page.locator('[data-testid=week-done]').count(), 5, 'five weeks begun before today');
  await openDay(page, '2027-01-05');
  await page.locator('[data-testid=day-status]', { hasText: 'skipped' }).waitFor();
  assert.match(await page.locator('[data-date="2027-01-07"]').getAttribute('aria-label'), /edited/);
  assert.ok((await page.locator('[data-testid=bar-done]').count()) >= 5, 'the chart shows what was done');
  await screenshots(page, 'season-four-weeks-on');

  // "Start over" asks first; saying no keeps the season.
  await page.click('[data-testid=start-over]');
  await page.locator('[data-testid=start-over-confirm]').waitFor();
  await page.click('[data-testid=start-over-no]');
  assert.match(await page.locator('[data-testid=season-start]').innerText(), /4 Jan 2027/);
  await page.click('[data-testid=start-over]');
  await page.click('[data-testid=start-over-yes]');
  await page.locator('[data-testid=season-start]', { hasText: '8 Feb 2027' }).waitFor();

  assert.deepEqual(allErrors(), []);
});

test('a document saved by version 2 opens with its races, starts its season on the day it migrates, and keeps it', async (t) => {
  const { readFileSync } = await import('node:fs');
  const v2 = readFileSync(new URL('../fixtures/store/v2-example.json', import.meta.url), 'utf8');
  const { page, context, allErrors } = await openAt(t, { today: '2027-01-04' });
  await page.evaluate((text) => localStorage.setItem('periodize:document', text), v2);
  await page.reload();
  await page.locator('h1', { hasText: 'Periodize' }).waitFor();
  await go(page, 'races');
  assert.equal(await page.locator('[data-testid=race-row]').count(), 3, 'the v2 races are kept');
  await go(page, 'plan');
  await page.locator('[data-testid=season-start]').waitFor();
  assert.match(await page.locator('[data-testid=season-start]').innerText(), /4 Jan 2027/);
  const stored = () =>
    page.evaluate(() => {
      const doc = JSON.parse(localStorage.getItem('periodize:document'));
      return { version: doc.version, start: doc.season?.start, frozen: (doc.season?.frozen ?? []).flatMap((w) => w.days.map((d) => d.date)), races: doc.races.length };
    });
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('periodize:document')).version === 4);
  const migrated = await stored();
  assert.equal(migrated.start, '2027-01-04', 'the season starts on the migration date');
  assert.equal(migrated.races, 3);

  // A week later the migrated season is the same season, its first week kept as planned.
  await visitOn(page, context, '2027-01-11');
  assert.match(await page.locator('[data-testid=season-start]').innerText(), /4 Jan 2027/);
  await page.waitForFunction(() => (JSON.parse(localStorage.getItem('periodize:document')).season?.frozen ?? []).length > 0);
  const week = await stored();
  assert.equal(week.start, '2027-01-04');
  assert.deepEqual(week.frozen.slice(0, 7), ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07', '2027-01-08', '2027-01-09', '2027-01-10']);
  await page.click('[data-testid=tab-weeks]');
  const first = page.locator('[data-testid=week-row]').first();
  // The fixture's weeks start on Sunday: the season's first week is the one holding 4 Jan.
  assert.equal(await first.getAttribute('data-start'), '2027-01-03');
  assert.match(await first.innerText(), /done/i, 'the past week shows planned against done');
  assert.deepEqual(allErrors(), []);
});

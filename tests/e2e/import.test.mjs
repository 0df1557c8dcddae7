// Journey: import a real FIT file and a Strava CSV, see the history and a re-planned calendar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { screenshot } from './helpers.mjs';
import { openAt, go, addRace } from './ui-helpers.mjs';

const FIT = 'tests/fixtures/fit/hrv-activity.fit';
const STRAVA = 'tests/fixtures/csv/strava_activities.csv';

test('imported history shows up and re-plans the season', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2024-03-20' });
  await addRace(page, { name: 'Summer Half', date: '2024-06-30', distance: 'half', priority: 'a' });
  await go(page, 'plan');
  await page.click('[data-testid=tab-weeks]');
  const firstWeek = () => page.locator('[data-testid=week-row]').first().innerText();
  const planBefore = await page.locator('[data-testid=week-list]').innerText();

  await go(page, 'history');
  await page.setInputFiles('#import-files', [FIT, STRAVA, 'Cargo.toml']);
  const results = page.locator('[data-testid=import-result]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=import-result]').length === 3);
  await page.locator('[data-testid=import-progress]').waitFor({ state: 'detached' });
  const lines = await results.allInnerTexts();
  assert.match(lines[0], /hrv-activity\.fit — imported 1/);
  assert.match(lines[1], /strava_activities\.csv — imported [1-9]/);
  assert.match(lines[2], /Cargo\.toml — skipped: /);
  const rows = page.locator('[data-testid=activity-row]');
  assert.ok((await rows.count()) >= 6, `activities listed: ${await rows.count()}`);
  assert.match(await page.locator('[data-testid=activities]').innerText(), /Morning Run|Run/);
  await page.locator('[data-testid=history-chart]').waitFor();
  assert.ok((await page.locator('.hist-bar').count()) > 0);

  // Importing the same files again finds only duplicates.
  await page.setInputFiles('#import-files', [STRAVA]);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-testid=import-result]')].some((e) => /imported 0, [1-9]/.test(e.textContent)),
  );

  // Use the history as the baseline: the plan changes.
  await page.check('#baseline-history');
  assert.match(await page.locator('[data-testid=baseline-derived]').innerText(), /From your history/);
  await screenshot(page, 'journey-import-history');
  await go(page, 'plan');
  await page.click('[data-testid=tab-weeks]');
  await firstWeek();
  const planAfter = await page.locator('[data-testid=week-list]').innerText();
  assert.notEqual(planAfter, planBefore, 'the calendar was re-planned from the imported history');
  assert.deepEqual(allErrors(), []);
});

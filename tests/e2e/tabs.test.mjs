// Two tabs saving at the same moment (issue 12, defect 5): two pages of one context each add a
// race and save in the same frame, ten times over. Every stored document carries its lineage
// and each tab merges against the nearest common ancestor, so all twenty races survive, in
// storage and in both tabs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAt, go } from './ui-helpers.mjs';

/** Fills the race form of `page` without saving. */
async function draft(page, name, date) {
  await page.click('[data-testid=add-race]');
  await page.fill('#race-name', name);
  await page.fill('#race-date', date);
  await page.selectOption('#race-distance', '10k');
  await page.check('#race-priority-c');
}

const stored = (page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('periodize:document') ?? '{"races":[]}').races.map((r) => r.race.name));

test('two tabs saving in the same frame, many times, keep both tabs’ edits', async (t) => {
  const { page: a, open, allErrors } = await openAt(t, { today: '2026-03-02', hash: '#/races' });
  const b = await open('#/races');
  await go(a, 'races');
  await go(b, 'races');
  const want = [];
  for (let i = 0; i < 10; i++) {
    const day = (n) => new Date(Date.UTC(2026, 4, 1 + n)).toISOString().slice(0, 10);
    await draft(a, `A${i}`, day(2 * i));
    await draft(b, `B${i}`, day(2 * i + 1));
    want.push(`A${i}`, `B${i}`);
    // Both saves in one go: each page clicks, then saves after its next frame.
    const click = () => document.querySelector('[data-testid=race-save]').click();
    await Promise.all([a.evaluate(click), b.evaluate(click)]);
  }
  const all = (p) => p.locator('[data-testid=race-row]');
  for (const p of [a, b]) {
    await p.waitForFunction((n) => document.querySelectorAll('[data-testid=race-row]').length === n, want.length);
    const names = await all(p).allInnerTexts();
    for (const w of want) assert.ok(names.some((n) => n.includes(w)), `${w} is listed`);
  }
  await a.waitForFunction((n) => JSON.parse(localStorage.getItem('periodize:document')).races.length === n, want.length);
  assert.deepEqual((await stored(a)).sort(), [...want].sort());
  assert.deepEqual(allErrors(), []);
});

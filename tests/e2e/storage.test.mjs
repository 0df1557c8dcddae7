// Journeys about storage: an unreadable stored document shows the recovery banner and stays in
// storage; two tabs stay in sync.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openAt, go, addRace } from './ui-helpers.mjs';

const RAW = '{"version": 2, "races": [ this is not json';

test('a corrupt stored document shows the recovery banner and its text stays in storage', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await page.evaluate((raw) => localStorage.setItem('periodize:document', raw), RAW);
  await page.reload();
  const banner = page.locator('[data-testid=corrupt-banner]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /could not be read/);
  const kept = await page.evaluate(
    (raw) => Object.keys(localStorage).filter((k) => localStorage.getItem(k) === raw),
    RAW,
  );
  assert.ok(kept.length >= 1, 'the raw text is still in storage');
  // Download offers the raw text.
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=corrupt-download]')]);
  assert.ok(dl.suggestedFilename().endsWith('.json'));
  // Editing does not silently lose the kept copy.
  await page.click('[data-testid=load-example]');
  const stillKept = await page.evaluate(
    (raw) => Object.keys(localStorage).some((k) => localStorage.getItem(k) === raw),
    RAW,
  );
  assert.ok(stillKept, 'the raw text survives an edit until the user starts fresh');
  // Start fresh removes the banner.
  await page.click('[data-testid=corrupt-fresh]');
  await banner.waitFor({ state: 'detached' });
  assert.deepEqual(allErrors(), []);
});

test('two tabs stay in sync without losing either tab’s edits', async (t) => {
  const { page: a, open, allErrors } = await openAt(t, { today: '2026-03-02', hash: '#/races' });
  const b = await open('#/races');
  await addRace(a, { name: 'Tab A Marathon', date: '2026-10-04', distance: 'marathon', priority: 'a' });
  await b.locator('[data-testid=race-row]', { hasText: 'Tab A Marathon' }).waitFor();
  await addRace(b, { name: 'Tab B 10K', date: '2026-06-07', distance: '10k', priority: 'b' });
  await a.locator('[data-testid=race-row]', { hasText: 'Tab B 10K' }).waitFor();
  // A settings change in B reaches A's plan.
  await go(b, 'settings');
  await b.check('#units-mi');
  await go(a, 'plan');
  await a.click('[data-testid=tab-weeks]');
  await a.waitForFunction(() => document.querySelector('[data-testid=week-list]')?.innerText.includes(' mi'));
  for (const p of [a, b]) {
    await go(p, 'races');
    assert.equal(await p.locator('[data-testid=race-row]').count(), 2);
  }
  assert.deepEqual(allErrors(), []);
});

test('a full storage quota gives a clear message and nothing in memory is lost', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02', hash: '#/races' });
  await addRace(page, { name: 'Saved Marathon', date: '2026-10-04', distance: 'marathon', priority: 'a' });
  // Fill the rest of this origin's storage with other keys.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(512 * 1024);
    for (let i = 0; chunk.length > 16; i++) {
      try {
        localStorage.setItem(`filler:${i}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
  });
  await addRace(page, { name: 'Unsaved 10K', date: '2026-06-07', distance: '10k', priority: 'b' });
  const banner = page.locator('[data-testid=save-error]');
  await banner.waitFor();
  assert.match(await banner.innerText(), /storage is full/);
  // Both races are still on screen and in the plan.
  assert.equal(await page.locator('[data-testid=race-row]').count(), 2);
  await go(page, 'plan');
  assert.equal(await page.locator('[data-testid=race-marker]').count(), 2);
  // Freeing space lets the next change save, and the banner goes.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler:')).forEach((k) => localStorage.removeItem(k)));
  await go(page, 'settings');
  await page.check('#units-mi');
  await banner.waitFor({ state: 'detached' });
  const stored = await page.evaluate(() => localStorage.getItem('periodize:document'));
  assert.match(stored, /Unsaved 10K/);
  assert.deepEqual(allErrors(), []);
});

test('an edit made just before leaving the page is saved, though saving waits for the paint', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await page.locator('[data-testid=load-example]').waitFor();
  // The click and the reload run in one task: no frame and no timer runs in between, so only
  // the save on pagehide can keep the edit.
  await Promise.all([
    page.waitForEvent('load'),
    page.evaluate(() => {
      document.querySelector('[data-testid=load-example]').click();
      location.reload();
    }),
  ]);
  await go(page, 'races');
  await page.locator('[data-testid=race-row]').first().waitFor();
  assert.ok((await page.locator('[data-testid=race-row]').count()) > 0, 'the example season survived');
  assert.deepEqual(allErrors(), []);
});

test('opened without a link to a screen, the app shows the screen used last', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  const root = page.url().split('#')[0];
  // A first visit stores nothing: opening a screen is not an edit.
  assert.equal(await page.evaluate(() => localStorage.getItem('periodize:document')), null);
  await go(page, 'settings');
  await page.waitForFunction(() => (localStorage.getItem('periodize:document') ?? '').includes('"settings"'));
  await page.goto('about:blank');
  await page.goto(root);
  await page.locator('#settings-h').waitFor();
  assert.equal(await page.evaluate(() => location.hash), '#/settings');
  // A link to a screen still wins.
  await page.goto(root + '#/races');
  await page.locator('[data-testid=add-race]').waitFor();
  assert.deepEqual(allErrors(), []);
});

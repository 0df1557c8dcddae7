// Journeys: export the plan as .ics (read back by ical.js) and .csv; back up and restore.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { openAt, go, download } from './ui-helpers.mjs';

async function loadExample(page) {
  await go(page, 'plan');
  await page.click('[data-testid=load-example]');
  await page.locator('[data-testid=season-chart]').waitFor();
}

test('the .ics download is read by a real iCalendar parser, event by event', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await loadExample(page);
  await page.click('[data-testid=tab-weeks]');
  const plannedDays = await page.locator('[data-testid=week-list] .wl-day:not(.wo-rest)').count();
  await go(page, 'data');
  const ics = await download(page, '[data-testid=export-ics]');
  assert.equal(ics.name, 'periodize-plan.ics');
  const cal = new ICAL.Component(ICAL.parse(ics.text));
  const events = cal.getAllSubcomponents('vevent');
  assert.ok(events.length >= plannedDays * 0.9 && events.length > 50, `${events.length} events for ${plannedDays} days`);
  const uids = new Set();
  for (const ev of events) {
    const e = new ICAL.Event(ev);
    assert.ok(e.summary && e.summary.length > 0, 'every event has a summary');
    assert.ok(e.startDate, 'every event has a start');
    assert.ok(e.uid, 'every event has a uid');
    uids.add(e.uid);
  }
  assert.equal(uids.size, events.length, 'uids are unique');
  const summaries = events.map((ev) => new ICAL.Event(ev).summary);
  assert.ok(summaries.some((s) => s.includes('Example: Autumn Marathon')), 'the A race is an event');

  const csv = await download(page, '[data-testid=export-csv]');
  assert.equal(csv.name, 'periodize-plan.csv');
  const lines = csv.text.trim().split('\n');
  assert.ok(lines.length > 100, `${lines.length} csv lines`);
  assert.match(lines[0], /date/i);
  assert.deepEqual(allErrors(), []);
});

test('a backup restores after a preview and a confirmation', async (t) => {
  const { page, allErrors } = await openAt(t, { today: '2026-03-02' });
  await loadExample(page);
  await go(page, 'data');
  const backup = await download(page, '[data-testid=backup-download]');
  assert.equal(backup.name, 'periodize-backup-2026-03-02.json');
  assert.match(backup.text, /Example: Autumn Marathon/);

  // Start over, then restore.
  await go(page, 'plan');
  await page.click('[data-testid=clear-example]');
  await page.locator('[data-testid=first-run]').waitFor();
  await go(page, 'data');
  await page.setInputFiles('#restore-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"nope": ') });
  await page.locator('[data-testid=restore-error]').waitFor();
  await page.setInputFiles('#restore-file', backup.path);
  const preview = page.locator('[data-testid=restore-preview]');
  await preview.waitFor();
  assert.match(await preview.innerText(), /3 race\(s\)/);
  assert.match(await preview.innerText(), /replaces what is here now: 0 race\(s\)/);
  await page.click('[data-testid=restore-confirm]');
  await page.locator('[data-testid=restore-done]').waitFor();
  await go(page, 'races');
  assert.equal(await page.locator('[data-testid=race-row]').count(), 3);
  assert.deepEqual(allErrors(), []);
});

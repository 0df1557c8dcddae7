// Helpers for the UI journeys: open the app on a fixed "today", add races through the form,
// switch screens, and read downloads.
import { readFile } from 'node:fs/promises';
import { serve, launchBrowser, collectErrors } from './helpers.mjs';

/**
 * Serves the dist and opens the app in a fresh context whose clock reads `today` (YYYY-MM-DD,
 * 09:00 local time). Returns { browser, context, page, server, allErrors, open } where `open()`
 * opens another tab of the same context (same localStorage) with its own error list.
 */
export async function openAt(t, { today = '2026-03-02', hash = '', ...options } = {}) {
  const server = await serve(t);
  const browser = await launchBrowser(t);
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  await context.clock.setFixedTime(new Date(`${today}T09:00:00`));
  const lists = [];
  const open = async (h = hash) => {
    const page = await context.newPage();
    lists.push(collectErrors(page));
    await page.goto(server.url + h);
    await page.locator('h1', { hasText: 'Periodize' }).waitFor();
    return page;
  };
  const page = await open();
  const allErrors = () => lists.flat();
  return { browser, context, page, server, allErrors, open };
}

/** Clicks a navigation link and waits for its screen. */
export async function go(page, view) {
  await page.click(`[data-testid=nav-${view}]`);
  await page.waitForFunction((v) => location.hash === `#/${v}`, view);
}

/** Adds a race through the form on the races screen. */
export async function addRace(page, { name, date, distance, priority, goal = '' }) {
  await go(page, 'races');
  await page.click('[data-testid=add-race]');
  await page.fill('#race-name', name);
  await page.fill('#race-date', date);
  await page.selectOption('#race-distance', distance);
  await page.check(`#race-priority-${priority}`);
  if (goal) await page.fill('#race-goal', goal);
  await page.click('[data-testid=race-save]');
  await page.locator('[data-testid=race-row]', { hasText: name }).waitFor();
}

/** Types a value into a number input and commits it (the app listens for `change`). */
export async function setNumber(page, selector, value) {
  await page.fill(selector, String(value));
  await page.locator(selector).dispatchEvent('change');
}

/** Clicks `selector`, waits for the download it starts and returns { name, text }. */
export async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}

/** The data-kind of every week row of the week list. */
export async function weekKinds(page) {
  await page.click('[data-testid=tab-weeks]');
  return page.locator('[data-testid=week-row]').evaluateAll((rows) => rows.map((r) => r.dataset.kind));
}

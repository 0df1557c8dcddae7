// Browser benchmark of the UI budgets (a measurement script, not a test): in headless Chromium
// against the release dist/,
//   1. first render of a saved 52-week season: navigation start -> the plan calendar in the DOM;
//   2. edit a race on the races screen: click "Save" -> re-plan and re-render done (MessageChannel
//      macrotask after all reactive work) and -> next frame painted;
//   3. an edit on the plan screen (readiness check-in) with the 52-week week list shown:
//      re-plan + re-render of chart and week list, same two end points.
// Usage: node scripts/bench-ui.mjs [dist] [runs]   (prints medians and worst times in ms)
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const dist = process.argv[2] ?? 'dist';
const runs = Number(process.argv[3] ?? 15);
const server = await startServer({ root: dist, prefix: '/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
// No fake clock: it would also fake performance.now(). Race dates are relative to today.
const inDays = (n) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);
const page = await context.newPage();
page.on('pageerror', (e) => console.error('pageerror', e.message));

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(1)} ms, worst ${s[s.length - 1].toFixed(1)} ms (n=${s.length})`;
};

// A 52-week season: an A marathon 51 weeks out, a B half and a C 10K on the way.
await page.goto(server.url + '#/races');
await page.locator('h1').waitFor();
const addRace = async (name, date, distance, priority) => {
  await page.click('[data-testid=add-race]');
  await page.fill('#race-name', name);
  await page.fill('#race-date', date);
  await page.selectOption('#race-distance', distance);
  await page.check(`#race-priority-${priority}`);
  await page.click('[data-testid=race-save]');
  await page.locator('[data-testid=race-row]', { hasText: name }).waitFor();
};
await addRace('Goal Marathon', inDays(357), 'marathon', 'a');
await addRace('Tune-up Half', inDays(280), 'half', 'b');
await addRace('Club 10K', inDays(100), '10k', 'c');

// 1. First render of the saved season.
await page.addInitScript(() => {
  new MutationObserver((_, obs) => {
    if (document.querySelector('.cal-day[data-kind]') && document.querySelector('[data-testid=season-chart]')) {
      window.__firstPlan = performance.now();
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
});
const first = [];
for (let i = 0; i < runs; i++) {
  await page.goto('about:blank');
  await page.goto(server.url + '#/plan');
  await page.waitForFunction(() => window.__firstPlan !== undefined);
  first.push(await page.evaluate(() => window.__firstPlan));
}
const weeks = await page.locator('[data-testid=season-chart] .bar').count();

// Measures a click on `selector` (run in the page) to the end of reactive work and to the next
// frame, and counts the DOM mutation records it caused (issue 16 item 7: a re-planning edit should
// update the chart and calendar in place, not redraw them).
const measure = (selector) =>
  page.evaluate(async (sel) => {
    const done = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    let records = 0;
    const observer = new MutationObserver((list) => { records += list.length; });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    const t0 = performance.now();
    document.querySelector(sel).click();
    await done();
    const t1 = performance.now();
    await frame();
    records += observer.takeRecords().length;
    observer.disconnect();
    return [t1 - t0, performance.now() - t0, records];
  }, selector);

// 2. Edit a race (move the goal marathon a week back and forth) on the races screen.
await page.click('[data-testid=nav-races]');
const raceWork = [], raceFrame = [];
for (let i = 0; i < runs; i++) {
  await page.locator('[data-testid=race-row]', { hasText: 'Goal Marathon' }).getByRole('button', { name: /Edit/ }).click();
  await page.fill('#race-date', inDays(i % 2 ? 357 : 364));
  const [w, f] = await measure('[data-testid=race-save]');
  raceWork.push(w); raceFrame.push(f);
}

// 3. An edit on the plan screen with the 52-week list shown: a check-in with two warning signs
// (which brings a deload forward: the plan changes) and then without them, in turn.
await page.click('[data-testid=nav-plan]');
await page.click('[data-testid=tab-weeks]');
const planWork = [], planFrame = [], planRecords = [];
for (let i = 0; i < runs; i++) {
  await page.click('[data-testid=checkin-open]');
  for (const sign of ['#sign-fatigue', '#sign-poor_sleep']) {
    if (i % 2) await page.uncheck(sign); else await page.check(sign);
  }
  const [w, f, n] = await measure('[data-testid=checkin-save]');
  planWork.push(w); planFrame.push(f); planRecords.push(n);
}

console.log(`season: ${weeks} weeks`);
console.log(`first render of the saved season (navigation -> plan in DOM): ${stats(first)}`);
console.log(`edit race, re-plan + re-render (races screen), reactive work: ${stats(raceWork)}`);
console.log(`edit race, to next frame: ${stats(raceFrame)}`);
console.log(`edit on plan screen (52-week list + chart), reactive work: ${stats(planWork)}`);
console.log(`edit on plan screen, to next frame: ${stats(planFrame)}`);
const sortedRecords = [...planRecords].sort((a, b) => a - b);
console.log(`edit on plan screen, DOM mutation records: median ${sortedRecords[Math.floor(sortedRecords.length / 2)]}, most ${sortedRecords[sortedRecords.length - 1]} (n=${sortedRecords.length})`);
await browser.close();
server.close();

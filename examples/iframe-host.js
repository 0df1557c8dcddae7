// The iframe example's host script: builds the embed.html URL, listens to the widget's events
// and sends it commands. Parameters of this page (for trying other set-ups):
//   ?app=URL     where Periodize is hosted (default: the folder above this page)
//   ?allow=ORIG  the origin the widget should accept (default: this page's origin)
//   ?units=mi    the widget's units
const params = new URLSearchParams(location.search);
const app = new URL(params.get('app') ?? '../', location.href);
const src = new URL('embed.html', app);
src.searchParams.set('namespace', 'coach-blog');
src.searchParams.set('units', params.get('units') ?? 'km');
src.searchParams.set('allow-origins', params.get('allow') ?? location.origin);

const frame = document.getElementById('periodize');
const log = document.getElementById('log');
const summaryText = document.getElementById('summary');
frame.src = src.href;

/** Every message received from the widget, oldest first (the end-to-end tests read it). */
const messages = [];

window.addEventListener('message', (event) => {
  // Check who is talking, as the widget does: only our iframe, from Periodize's origin.
  if (event.origin !== src.origin || event.source !== frame.contentWindow) return;
  const data = event.data;
  if (!data || data.source !== 'periodize') return;
  messages.push(data);
  log.textContent += `${JSON.stringify(data)}\n`;
  const s = data.summary;
  if (s && s.error) summaryText.textContent = `No plan yet: ${s.error}.`;
  else if (s) {
    const next = s.nextRace ? `, next race ${s.nextRace.name} in ${s.nextRace.daysUntil} days` : '';
    summaryText.textContent = `${s.weeks} weeks, ${s.totalDistance} ${s.units} in all${next}.`;
  }
});

let nextId = 1;
/** Sends a command to the widget; returns its id (the reply carries it). */
function send(command) {
  const id = nextId++;
  frame.contentWindow.postMessage({ target: 'periodize', id, ...command }, src.origin);
  return id;
}

/** A date `days` from today as YYYY-MM-DD. */
function inDays(days) {
  const d = new Date(Date.now() + days * 86400000);
  return d.toISOString().slice(0, 10);
}

document.getElementById('set-marathon').addEventListener('click', () =>
  send({
    type: 'set-races',
    races: [{ name: 'Spring Marathon', date: inDays(16 * 7), distance: 'marathon', priority: 'A' }],
  }),
);
document.getElementById('set-two').addEventListener('click', () =>
  send({
    type: 'set-races',
    races: [
      { name: 'March Half', date: inDays(9 * 7), distance: 'half', priority: 'B' },
      { name: 'May Marathon', date: inDays(18 * 7), distance: 'marathon', priority: 'A', goalTime: 4 * 3600 },
    ],
  }),
);
document.getElementById('get-summary').addEventListener('click', () => send({ type: 'get-summary' }));

window.periodizeHost = { send, messages, origin: src.origin };

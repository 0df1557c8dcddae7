// Helpers for the hosting, offline, widget, iframe and CSP tests: copies of the dist that a test
// may change, servers on fixed ports (to stop and restart one origin), the strict CSP, and
// waiting for the service worker.
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../scripts/static-server.mjs';
import { DIST } from './helpers.mjs';

export { CHROMIUM_ARGS } from './helpers.mjs';

/** The Content-Security-Policy the app must run under (issue 6). */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** A temporary folder, removed when the test `t` ends. */
export function tempDir(t) {
  const dir = mkdtempSync(join(tmpdir(), 'periodize-e2e-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Copies the release dist to `sub` below a new temporary folder; returns { root, app }. */
export function copyDist(t, sub = '') {
  const root = tempDir(t);
  const app = join(root, sub);
  mkdirSync(app, { recursive: true });
  cpSync(DIST, app, { recursive: true });
  return { root, app };
}

/** Writes `files` ({ name: text }) into `dir`. */
export function writeFiles(dir, files) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

/**
 * A static server that can be stopped and started again on the same port (same origin), as
 * when a site goes away and comes back. `start()` resolves to the server's URL.
 */
export function restartableServer(t, { root, prefix = '/', headers = {} }) {
  let server = null;
  let port = 0;
  const stop = async () => {
    if (server) await server.close();
    server = null;
  };
  t.after(stop);
  return {
    async start(newRoot = root) {
      server = await startServer({ root: newRoot, prefix, port, headers });
      port = server.port;
      return server.url;
    },
    stop,
  };
}

/** Waits until a service worker controls `page` and returns its scope. */
export async function serviceWorkerScope(page) {
  return page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
    return reg.scope;
  });
}

/** The names of the page origin's caches. */
export function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

/** Polls `fn` until it returns a truthy value (or fails after `timeout` ms with `what`). */
export async function until(fn, what, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

// Loads the Periodize app on index.html and embed.html (Trunk's default loader is an inline
// script, which a strict Content-Security-Policy refuses). The hashed file names come from
// the attributes Trunk writes on this <script> tag (Trunk.toml `pattern_script`).
// Then registers the service worker that keeps the app working offline, and shows an
// "Update available" banner when a newer build's service worker takes over this open tab.
const tag = document.querySelector('script[data-periodize-js]');
const here = document.baseURI;

async function start() {
  if (!tag) throw new Error('Periodize: the loader tag with data-periodize-js is missing');
  const glue = await import(new URL(tag.dataset.periodizeJs, here).href);
  await glue.default({ module_or_path: new URL(tag.dataset.periodizeWasm, here) });
}

/** This page's build id (scripts/post-build.mjs writes it into the page). */
const pageBuild = document.querySelector('meta[name=periodize-build]')?.content;

/** Tells the runner a newer build has taken over, with a reload button (shown once). */
function showUpdateBanner() {
  if (document.querySelector('[data-periodize-update]')) return;
  const banner = document.createElement('div');
  banner.className = 'banner banner-info update-banner';
  banner.setAttribute('role', 'alert');
  banner.dataset.periodizeUpdate = '';
  banner.dataset.testid = 'update-banner';
  const text = document.createElement('p');
  text.textContent = 'Update available: a newer version of Periodize is ready. Reload to use it.';
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = 'Reload';
  button.addEventListener('click', () => location.reload());
  banner.append(text, button);
  document.body.prepend(banner);
  // The Rust app may listen too (e.g. to stop saving from old code).
  window.dispatchEvent(new CustomEvent('periodize-update'));
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    const { type, build } = event.data ?? {};
    if (type === 'periodize-updated' && pageBuild && build !== pageBuild) showUpdateBanner();
  });
  navigator.serviceWorker.startMessages();
  // sw.js sits next to index.html, so its scope is the app's folder, whatever the sub-path.
  navigator.serviceWorker.register(new URL('sw.js', here)).then(
    () => {
      // Once the page is idle, let the worker fetch what the page did not need (the import
      // module, embed and widget files), so imports and exports work offline too.
      const idle = self.requestIdleCallback ?? ((f) => setTimeout(f, 2000));
      navigator.serviceWorker.ready.then((reg) => idle(() => reg.active?.postMessage('periodize:precache')));
    },
    (e) => {
      // Offline use is a bonus: the app works without it (e.g. in a private window).
      console.warn('Periodize: offline support is unavailable:', e.message);
    },
  );
}

start().then(registerServiceWorker, (e) => {
  document.body.dataset.periodizeFailed = '';
  console.error('Periodize could not start:', e);
});

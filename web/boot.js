// Loads the Periodize app on index.html and embed.html (Trunk's default loader is an inline
// script, which a strict Content-Security-Policy refuses). The hashed file names come from
// the attributes Trunk writes on this <script> tag (Trunk.toml `pattern_script`).
// Then registers the service worker that keeps the app working offline.
const tag = document.querySelector('script[data-periodize-js]');
const here = document.baseURI;

async function start() {
  if (!tag) throw new Error('Periodize: the loader tag with data-periodize-js is missing');
  const glue = await import(new URL(tag.dataset.periodizeJs, here).href);
  await glue.default({ module_or_path: new URL(tag.dataset.periodizeWasm, here) });
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  // sw.js sits next to index.html, so its scope is the app's folder, whatever the sub-path.
  navigator.serviceWorker.register(new URL('sw.js', here)).catch((e) => {
    // Offline use is a bonus: the app works without it (e.g. in a private window).
    console.warn('Periodize: offline support is unavailable:', e.message);
  });
}

start().then(registerServiceWorker, (e) => {
  document.body.dataset.periodizeFailed = '';
  console.error('Periodize could not start:', e);
});

// Periodize script widget. On a host page:
//   <div data-periodize data-namespace="club" data-mode="compact" data-units="mi" data-read-only></div>
//   <script src="https://example.org/periodize/widget.js" defer></script>
// Every [data-periodize] element gets its own Periodize in a shadow root. Elements added later
// are mounted by calling `Periodize.mount()`. The host of these files must send
// `Access-Control-Allow-Origin` when the host page is on another origin (GitHub Pages does).
// scripts/post-build.mjs fills in the hashed file names below.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL('.', script.src);
  var files = {
    js: new URL('__PERIODIZE_JS__', base).href,
    wasm: new URL('__PERIODIZE_WASM__', base).href,
    css: new URL('__PERIODIZE_CSS__', base).href,
    // The import module: fetched only when a runner imports or exports. On another origin than
    // this page it runs on the main thread (a page cannot start a worker from another origin).
    importWorker: new URL('__PERIODIZE_IMPORTWORKER__', base).href,
    importJs: new URL('__PERIODIZE_IMPORTJS__', base).href,
    importWasm: new URL('__PERIODIZE_IMPORTWASM__', base).href,
  };
  var loading = null;

  function load() {
    if (!loading) {
      loading = import(files.js).then(function (glue) {
        return glue.default({ module_or_path: files.wasm }).then(function () {
          glue.setImportModule(files.importWorker, files.importJs, files.importWasm);
          return glue;
        });
      });
    }
    return loading;
  }

  /** Mounts every [data-periodize] element not mounted yet; resolves to how many were. */
  function mount() {
    return load().then(function (glue) {
      return glue.mountWidgets(files.css);
    });
  }

  window.Periodize = { mount: mount, build: '__PERIODIZE_BUILD__' };
  var start = function () {
    mount().catch(function (e) {
      console.error('Periodize widget could not start:', e);
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();

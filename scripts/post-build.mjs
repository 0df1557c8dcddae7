// Trunk post_build hook (Trunk.toml [[hooks]]): finishes the build in TRUNK_STAGING_DIR.
//   - index.html: a <meta name="periodize-build"> with this build's id
//   - embed.html: the same page marked as the iframe widget (<body data-periodize-page="frame">)
//   - widget-<hash>.css: the app's stylesheet for the script widget's shadow root
//     (web/widget-reset.css first; :root becomes .pz-root and rem becomes var(--pz-rem), so the
//     host page's root font size cannot scale the widget; width media queries become container
//     queries on the widget's own width)
//   - periodize-import-<hash>.js / _bg.wasm: Trunk names a worker binary without a hash; it gets
//     one here, and import-worker-<hash>.js (from web/import-worker.js) loads it in a Web
//     Worker; the loader tag of index.html names the three files
//   - widget.js: the script widget loader, with the hashed file names filled in
//   - sw.js: the service worker, with the build id and the files to precache
//   - examples/: the example host pages
// Run by hand on a finished dist: `node scripts/post-build.mjs dist`.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { firstLoad } from './size-report.mjs';

const staging = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
const source = process.env.TRUNK_SOURCE_DIR ?? process.cwd();
if (!staging) {
  console.error('post-build: no TRUNK_STAGING_DIR and no dist folder argument');
  process.exit(1);
}
const web = (name) => readFileSync(join(source, 'web', name), 'utf8');
const out = (name, text) => writeFileSync(join(staging, name), text);
const sha = (data) => createHash('sha256').update(data).digest('hex');

/** Every file below `dir`, as paths relative to it with forward slashes. */
function listFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** The attribute value in `html` matching `pattern` (one capture group), or fail the build. */
function find(html, pattern, what) {
  const m = html.match(pattern);
  if (!m) throw new Error(`post-build: cannot find ${what} in index.html`);
  return m[1].replace(/^\.\//, '');
}

let index = readFileSync(join(staging, 'index.html'), 'utf8');
if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(index)) {
  throw new Error('post-build: index.html has an inline script; the strict CSP would block it');
}
const js = find(index, /data-periodize-js="([^"]+)"/, 'the app script');
const wasm = find(index, /data-periodize-wasm="([^"]+)"/, 'the app wasm');
const css = find(index, /<link rel="stylesheet" href="([^"]+\.css)"/, 'the stylesheet');

// The import module (index.html's data-type="worker" link): hashed names, and its worker script.
const fill = (text, values) =>
  text.replace(/__PERIODIZE_([A-Z]+)__/g, (m, key) => {
    if (!(key in values)) throw new Error(`post-build: no value for ${m}`);
    return values[key];
  });
const importFiles = (() => {
  const [js, wasm] = ['periodize-import.js', 'periodize-import_bg.wasm'];
  const jsText = readFileSync(join(staging, js));
  const hash = sha(Buffer.concat([jsText, readFileSync(join(staging, wasm))])).slice(0, 16);
  const named = { js: `periodize-import-${hash}.js`, wasm: `periodize-import-${hash}_bg.wasm` };
  renameSync(join(staging, js), join(staging, named.js));
  renameSync(join(staging, wasm), join(staging, named.wasm));
  const worker = fill(web('import-worker.js'), { IMPORTJS: named.js, IMPORTWASM: named.wasm });
  named.worker = `import-worker-${sha(worker).slice(0, 16)}.js`;
  out(named.worker, worker);
  return named;
})();
index = index.replace(
  'data-periodize-js=',
  `data-periodize-import-worker="${importFiles.worker}" data-periodize-import-js="${importFiles.js}" ` +
    `data-periodize-import-wasm="${importFiles.wasm}" data-periodize-js=`,
);
if (!index.includes(importFiles.worker)) throw new Error('post-build: no loader tag to name the import module on');

// The build id: a digest of everything Trunk produced.
const build = sha(listFiles(staging).map((f) => `${f}\n${sha(readFileSync(join(staging, f)))}`).join('\n')).slice(0, 16);

// Pages.
index = index.replace(/<meta charset="utf-8"\s*\/?>/i, (m) => `${m}\n<meta name="periodize-build" content="${build}">`);
if (!index.includes(build)) throw new Error('post-build: index.html has no <meta charset="utf-8">');
out('index.html', index);
const embed = index
  .replace('data-periodize-page="app"', 'data-periodize-page="frame"')
  .replace(/<title>[^<]*<\/title>/, '<title>Periodize plan</title>')
  .replace(/<link rel="manifest"[^>]*>/, '<meta name="robots" content="noindex">');
if (!embed.includes('data-periodize-page="frame"')) throw new Error('post-build: index.html has no page marker');
out('embed.html', embed);

// The script widget's stylesheet: reset, then the app's rules scoped to the shadow root.
const appCss = readFileSync(join(staging, css), 'utf8')
  .replace(/:root\b/g, '.pz-root')
  // Layout follows the widget's own width, not the host page's window.
  .replace(/@media\s*(\((?:min|max)-width:[^)]*\)(?:\s*and\s*\((?:min|max)-width:[^)]*\))*)\s*\{/g, '@container pz $1 {')
  // rem follows the host page's <html> font size; --pz-rem is ours. Media queries cannot use
  // var(), so their conditions are left alone.
  .replace(/(@media[^{]*)|(-?\d*\.?\d+)rem\b/g, (m, media, n) => media ?? `calc(${n} * var(--pz-rem))`);
const widgetCss = `${web('widget-reset.css')}\n${appCss}`;
const widgetCssName = `widget-${sha(widgetCss).slice(0, 16)}.css`;
out(widgetCssName, widgetCss);

out(
  'widget.js',
  fill(web('widget.js'), {
    JS: js,
    WASM: wasm,
    CSS: widgetCssName,
    BUILD: build,
    IMPORTWORKER: importFiles.worker,
    IMPORTJS: importFiles.js,
    IMPORTWASM: importFiles.wasm,
  }),
);

// Example host pages (not precached: they stand for someone else's site).
const examples = join(source, 'examples');
mkdirSync(join(staging, 'examples'), { recursive: true });
for (const f of readdirSync(examples).filter((f) => /\.(html|js|css)$/.test(f))) {
  copyFileSync(join(examples, f), join(staging, 'examples', f));
}

// The service worker and what it precaches: hashed names are cache-first, the rest network-first.
const files = listFiles(staging).filter((f) => !f.startsWith('examples/') && f !== 'sw.js');
const isHashed = (f) => /-[0-9a-f]{8,16}(_bg)?\.[a-z0-9]+$/.test(f);
const hashed = files.filter(isHashed);
const fixed = files.filter((f) => !isHashed(f));
// What the page itself loads: the service worker takes these from the HTTP cache.
const first = [...firstLoad(staging)].filter((f) => files.includes(f)).sort();
out(
  'sw.js',
  fill(web('sw.js'), {
    BUILD: build,
    HASHED: JSON.stringify(hashed),
    FIXED: JSON.stringify(fixed),
    FIRST: JSON.stringify(first),
  }),
);

console.log(`post-build: build ${build}; precached ${hashed.length} hashed + ${fixed.length} other files (${relative(source, staging)})`);

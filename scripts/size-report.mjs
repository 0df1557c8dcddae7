// Prints the release dist/ sizes per file, raw and gzip -9, in two groups, and writes
// target/size-report.txt:
//   - first load: what index.html pulls before the plan is drawn (the page, boot.js, the app's
//     JS and wasm and the modules its JS imports, the stylesheet, the icon and manifest it links)
//   - on demand: the rest (the import module and its worker, sw.js, embed and widget files...)
// and the whole dist. Exits non-zero when the first load's gzip total is over the budget
// (default 300 KB, SIZE_BUDGET_KB to change).
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The files index.html fetches before the plan is drawn, relative to the dist. */
export function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = new Set(['index.html']);
  const add = (ref) => {
    const f = posix.normalize(ref.replace(/^\.\//, ''));
    if (existsSync(join(dist, f))) refs.add(f);
  };
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) add(m[1]);
  for (const m of html.matchAll(/<link[^>]*\brel="(stylesheet|icon|manifest)"[^>]*\bhref="([^"]+)"/g)) add(m[2]);
  for (const m of html.matchAll(/data-periodize-(?:js|wasm)="([^"]+)"/g)) add(m[1]);
  // Modules the app's JS imports statically (wasm-bindgen snippets).
  for (const js of [...refs].filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(join(dist, js), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*['"](\.\/[^'"]+)['"]/g)) add(posix.join(posix.dirname(js), m[1]));
  }
  return refs;
}

function main() {
  const root = process.argv[2] ?? 'dist';
  const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 300);
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);

  const first = firstLoad(root);
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  const rows = files.sort().map((name) => {
    const body = readFileSync(join(root, name));
    return { name, raw: body.length, gz: gzipSync(body, { level: 9 }).length };
  });
  const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz }), { raw: 0, gz: 0 });
  const width = Math.max(24, ...rows.map((r) => r.name.length));
  const group = (title, list) => {
    const total = sum(list);
    return {
      total,
      lines: [
        `${title}:`,
        ...list.map((r) => `  ${r.name.padEnd(width)} ${kb(r.raw)} ${kb(r.gz)}`),
        `  ${`${title} total`.padEnd(width)} ${kb(total.raw)} ${kb(total.gz)}`,
      ],
    };
  };
  const a = group('first load', rows.filter((r) => first.has(r.name)));
  const b = group('on demand', rows.filter((r) => !first.has(r.name)));
  const whole = sum(rows);
  const ok = a.total.gz <= budgetKb * 1024;
  const lines = [
    `${'file'.padEnd(width + 2)}   raw KB  gzip KB`,
    ...a.lines,
    ...b.lines,
    `${'whole dist'.padEnd(width + 2)} ${kb(whole.raw)} ${kb(whole.gz)}`,
    `budget: first load ${budgetKb} KB gzip — ${ok ? 'within' : 'OVER'} (${(a.total.gz / 1024).toFixed(1)} KB)`,
  ];
  const text = lines.join('\n');
  console.log(text);
  mkdirSync('target', { recursive: true });
  writeFileSync('target/size-report.txt', `${text}\n`);
  process.exit(ok ? 0 : 1);
}

if (process.argv[1]?.endsWith('size-report.mjs')) main();

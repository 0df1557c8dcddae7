// Prints the release dist/ sizes per file, raw and gzip -9, and their total; writes target/size-report.txt.
// Exits non-zero when the gzip total is over the budget (default 300 KB, SIZE_BUDGET_KB to change).
import { readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
const budgetKb = Number(process.env.SIZE_BUDGET_KB ?? 300);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
};
walk(root);
const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files.sort().map((path) => {
  const body = readFileSync(path);
  return { name: relative(root, path), raw: body.length, gz: gzipSync(body, { level: 9 }).length };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz }), { raw: 0, gz: 0 });
const width = Math.max(5, ...rows.map((r) => r.name.length));
const lines = [
  `${'file'.padEnd(width)}   raw KB  gzip KB`,
  ...rows.map((r) => `${r.name.padEnd(width)} ${kb(r.raw)} ${kb(r.gz)}`),
  `${'total'.padEnd(width)} ${kb(total.raw)} ${kb(total.gz)}`,
  `budget: ${budgetKb} KB gzip — ${total.gz <= budgetKb * 1024 ? 'within' : 'OVER'}`,
];
const text = lines.join('\n');
console.log(text);
mkdirSync('target', { recursive: true });
writeFileSync('target/size-report.txt', `${text}\n`);
process.exit(total.gz <= budgetKb * 1024 ? 0 : 1);

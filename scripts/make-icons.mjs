// Renders the PNG app icons (web app manifest, apple-touch-icon) from assets/icon.svg with
// headless Chromium (the same one the tests use). The PNGs are committed; run this again after
// changing the SVG: `node scripts/make-icons.mjs`.
//   icons/icon-192.png, icons/icon-512.png  the icon as drawn (rounded square, clear corners)
//   icons/icon-maskable-512.png             full-bleed square, drawing inside the 80% safe zone
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('assets/icon.svg', 'utf8');
const data = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const icons = [
  { file: 'icon-192.png', size: 192, inset: 0, fill: 'transparent' },
  { file: 'icon-512.png', size: 512, inset: 0, fill: 'transparent' },
  { file: 'icon-maskable-512.png', size: 512, inset: 0.1, fill: '#1f6feb' },
];

mkdirSync('assets/icons', { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const { file, size, inset, fill } of icons) {
    await page.setViewportSize({ width: size, height: size });
    const pad = Math.round(size * inset);
    await page.setContent(
      `<body style="margin:0;background:${fill}">` +
        `<img src="${data}" style="display:block;margin:${pad}px;width:${size - 2 * pad}px;height:${size - 2 * pad}px"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: `assets/icons/${file}`, omitBackground: fill === 'transparent' });
    console.log(`assets/icons/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}

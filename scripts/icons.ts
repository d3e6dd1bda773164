// `npm run icons`: renders the extension's icon set (public/icon/<size>.png) from its source, assets/icon.svg,
// in Debian's headless Chromium (the browser the real-browser tests use; nothing is downloaded). Run it after
// changing the SVG and commit the PNGs: the build copies public/ as it is, and wxt.config.ts names the files.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES } from '../utils/icons';

const ROOT = path.resolve(import.meta.dirname, '..');
const SOURCE = path.join(ROOT, 'assets', 'icon.svg');
const OUT_DIR = path.join(ROOT, 'public', 'icon');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const svg = await readFile(SOURCE, 'utf8');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    // One device pixel per CSS pixel, so a 16 px icon is drawn on 16×16 pixels by the browser's own rasteriser
    // (not drawn larger and scaled down, which blurs the small sizes).
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>` +
          `<img src="${src}" width="${size}" height="${size}" alt="">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      const file = path.join(OUT_DIR, `${size}.png`);
      await writeFile(file, png);
      console.log(`${path.relative(ROOT, file)}  ${size}×${size}  ${png.length} bytes`);
    }
  } finally {
    await browser.close();
  }
}

await main();

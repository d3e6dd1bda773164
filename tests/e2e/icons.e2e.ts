// The icon set (issue 14.6), in both browsers: the installed extension's manifest names an icon for every size
// and for the toolbar button, each file loads at its stated size, and the 16 px icon stands out from both a
// light and a dark toolbar (the placeholder the browsers showed before is what a reader saw).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ICON_SIZES } from '../../utils/icons.ts';
import { test } from './harness/framework.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];
const TOOLBAR_SIZES = [16, 32];
/** Toolbar backgrounds: Chromium light and dark, Firefox light and dark. */
const TOOLBARS: Record<string, [number, number, number]> = {
  'chromium light': [241, 243, 244],
  'chromium dark': [32, 33, 36],
  'firefox light': [249, 249, 251],
  'firefox dark': [43, 42, 51],
};
/** WCAG 1.4.11: a graphic a reader must make out needs 3:1 against what is next to it. */
const MIN_CONTRAST = 3;
/** Share of the 16 px icon's outline that must reach that contrast on each toolbar: its whole shape, bar a
 * few anti-aliased corner pixels. */
const MIN_OUTLINE_SHARE = 0.9;
/** Share of the pixels inside the outline that must stand out from the tile: a mark, not a blank tile. */
const MIN_MARK_SHARE = 0.2;
/** Alpha (0-255) from which a pixel counts as part of the icon rather than its anti-aliased fringe. */
const OPAQUE_ALPHA = 230;

interface Manifest {
  icons?: Record<string, string>;
  action?: { default_icon?: Record<string, string> };
}

function sizesOf(map: Record<string, string> | undefined): number[] {
  return Object.keys(map ?? {})
    .map(Number)
    .sort((a, b) => a - b);
}

test('icons: the manifest has the icon set, each file is its stated size, and 16 px reads on light and dark toolbars', async (ctx) => {
  // The built manifests on disk, both browsers (the running browser's own view is checked next).
  for (const build of BUILDS) {
    const manifest = JSON.parse(await readFile(path.join(ROOT, build, 'manifest.json'), 'utf8')) as Manifest;
    assert.deepEqual(sizesOf(manifest.icons), [...ICON_SIZES], `${build}: icons`);
    assert.deepEqual(sizesOf(manifest.action?.default_icon), TOOLBAR_SIZES, `${build}: toolbar icon`);
  }

  const manifest = await ctx.extension.evaluate(() => {
    const g = globalThis as unknown as { browser?: unknown; chrome?: unknown };
    const api = (g.browser ?? g.chrome) as { runtime: { getManifest(): unknown } };
    return api.runtime.getManifest() as Manifest;
  }, null);
  assert.deepEqual(sizesOf(manifest.icons), [...ICON_SIZES], 'icons in the installed manifest');
  assert.deepEqual(sizesOf(manifest.action?.default_icon), TOOLBAR_SIZES, 'toolbar icon in the installed manifest');

  const page = await ctx.openExtensionPage('options.html');
  const files = Object.entries(manifest.icons ?? {}).map(([size, file]) => ({ size: Number(size), file }));
  const measured = await page.evaluate(
    async ({ files, toolbars, minContrast, opaqueAlpha }) => {
      const load = (src: string) =>
        new Promise<HTMLImageElement>((resolve, reject) => {
          const image = new Image();
          image.onload = () => resolve(image);
          image.onerror = () => reject(new Error(`cannot load ${src}`));
          image.src = src;
        });
      const luminance = ([r, g, b]: number[]) => {
        const [lr = 0, lg = 0, lb = 0] = [r, g, b].map((v = 0) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
      };
      const sizes: Array<{ file: string; stated: number; width: number; height: number }> = [];
      const visible: Record<string, number> = {};
      for (const { size, file } of files) {
        // Chromium gives paths inside the package, Firefox full moz-extension:// addresses.
        const image = await load(new URL(file, location.href).href);
        sizes.push({ file, stated: size, width: image.naturalWidth, height: image.naturalHeight });
        if (size !== 16) continue;
        const canvas = document.createElement('canvas');
        canvas.width = size;
        canvas.height = size;
        const context = canvas.getContext('2d', { willReadFrequently: true });
        if (!context) throw new Error('no 2d canvas');
        // The icon's outline: opaque pixels next to a see-through one (or the image's edge). That is what
        // must stand out from the toolbar; what is inside it must stand out from the tile.
        context.drawImage(image, 0, 0);
        const own = context.getImageData(0, 0, size, size).data;
        const opaque = (x: number, y: number) =>
          x >= 0 && y >= 0 && x < size && y < size && (own[(y * size + x) * 4 + 3] ?? 0) >= opaqueAlpha;
        const outline: number[] = [];
        for (let y = 0; y < size; y++) {
          for (let x = 0; x < size; x++) {
            if (!opaque(x, y)) continue;
            if (!opaque(x - 1, y) || !opaque(x + 1, y) || !opaque(x, y - 1) || !opaque(x, y + 1)) {
              outline.push(y * size + x);
            }
          }
        }
        const contrast = (a: number, b: number) => (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        const at = (data: Uint8ClampedArray, i: number) =>
          luminance([data[i * 4] ?? 0, data[i * 4 + 1] ?? 0, data[i * 4 + 2] ?? 0]);
        for (const [name, background] of Object.entries(toolbars)) {
          context.clearRect(0, 0, size, size);
          context.fillStyle = `rgb(${background.join(',')})`;
          context.fillRect(0, 0, size, size);
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, size, size);
          const lb = luminance(background);
          const standing = outline.filter((i) => contrast(at(data, i), lb) >= minContrast).length;
          visible[name] = outline.length === 0 ? 0 : standing / outline.length;
        }
        // The mark inside: the share of inner pixels that stand out from the tile (the outline's colour).
        const tile = outline.length > 0 ? at(own, outline[0] ?? 0) : 0;
        let inner = 0;
        let mark = 0;
        for (let i = 0; i < size * size; i++) {
          if (!opaque(i % size, Math.floor(i / size)) || outline.includes(i)) continue;
          inner++;
          if (contrast(at(own, i), tile) >= minContrast) mark++;
        }
        visible.mark = inner === 0 ? 0 : mark / inner;
      }
      return { sizes, visible };
    },
    { files, toolbars: TOOLBARS, minContrast: MIN_CONTRAST, opaqueAlpha: OPAQUE_ALPHA },
  );
  for (const { file, stated, width, height } of measured.sizes) {
    assert.deepEqual([width, height], [stated, stated], `${file} is ${stated}×${stated}`);
  }
  ctx.log(
    `16 px, share at ${MIN_CONTRAST}:1 (outline on each toolbar; mark on the tile): ${Object.entries(measured.visible)
      .map(([name, share]) => `${name} ${share.toFixed(2)}`)
      .join(', ')}`,
  );
  const { mark, ...toolbars } = measured.visible;
  assert.deepEqual(Object.keys(toolbars).sort(), Object.keys(TOOLBARS).sort(), 'the 16 px icon was measured');
  for (const [name, share] of Object.entries(toolbars)) {
    assert.ok(
      share >= MIN_OUTLINE_SHARE,
      `16 px on the ${name} toolbar: ${share.toFixed(2)} of its outline stands out`,
    );
  }
  assert.ok((mark ?? 0) >= MIN_MARK_SHARE, `16 px: ${(mark ?? 0).toFixed(2)} of its inside stands out from the tile`);
});

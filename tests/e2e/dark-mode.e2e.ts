// Dark mode on a page without a doctype (issue 14.4), and on the same page with one. In quirks mode the
// browsers' style sheets give tables the initial colour and font size instead of the inherited ones
// (Chromium: `color: -internal-quirk-inherit`, `font-size: medium`), so the sidebar's category table came out
// black on the dark sidebar, and bigger than the text around it. Chromium emulates the dark scheme on the
// test's tab; Firefox cannot over WebDriver BiDi, so the Firefox run launches a browser of its own with the
// dark content scheme set by a pref, the same build installed.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { pollUntil } from '../../tools/browser/poll.ts';
import { portable } from '../../tools/browser/portable.ts';
import type { E2EContext, PageFunction } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { HOST } from './onpage-probes.ts';
import { resetSettings } from './popup-probes.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 'daily8-wire-story.html';
const WAIT_MS = 20_000;
const GECKO_ID = 'sourcelight@sourcelight.dev';
/** Firefox's pref for the scheme web content sees: 0 dark, 1 light, 2 the system's. */
const FIREFOX_CONTENT_SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';
const FIREFOX_DARK = 0;
/** WCAG 1.4.3: body text needs 4.5:1 against its background. */
const MIN_CONTRAST = 4.5;
const DOCTYPE = /^\s*<!doctype html>/i;

/** What a page function needs from either browser's page. */
interface DarkPage {
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
}

interface TableStyle {
  compatMode: string;
  dark: boolean;
  around: { color: string; fontSize: string };
  cell: { color: string; fontSize: string; lineHeight: string };
  background: string;
}

/** The category table's first cell against the sidebar text around the table, once the table is there. */
async function readTable(page: DarkPage): Promise<TableStyle> {
  const found = await pollUntil(
    () =>
      page.evaluate((host: string): TableStyle | null => {
        const root = document.querySelector(host)?.shadowRoot;
        const table = root?.querySelector('.sl-categories');
        const cell = table?.querySelector('tbody th');
        const around = table?.parentElement;
        const sidebar = root?.querySelector('.sl-sidebar');
        if (!table || !cell || !around || !sidebar) return null;
        const style = (element: Element) => getComputedStyle(element);
        return {
          compatMode: document.compatMode,
          dark: matchMedia('(prefers-color-scheme: dark)').matches,
          around: { color: style(around).color, fontSize: style(around).fontSize },
          cell: { color: style(cell).color, fontSize: style(cell).fontSize, lineHeight: style(cell).lineHeight },
          background: style(sidebar).backgroundColor,
        };
      }, HOST),
    WAIT_MS,
    'the sidebar with its category table',
  );
  if (!found) throw new Error('no category table');
  return found;
}

function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The seed article as served, and the same bytes without their doctype (quirks mode). */
async function pages(ctx: E2EContext): Promise<Array<{ mode: string; url: string }>> {
  const html = await readFile(path.join(ROOT, 'seeds', SEED), 'utf8');
  assert.match(html, DOCTYPE, 'the seed starts with a doctype');
  return [
    { mode: 'BackCompat', url: ctx.server.generated('dark-quirks.html', html.replace(DOCTYPE, '')) },
    { mode: 'CSS1Compat', url: ctx.server.generated('dark-standards.html', html) },
  ];
}

/** Turns on "open the source sidebar by itself" on an options page, so each article shows its table. */
async function openSidebarByItself(options: DarkPage): Promise<void> {
  await pollUntil(
    () => options.evaluate(() => document.querySelector('#sl-sidebar-auto') !== null, null),
    WAIT_MS,
    'the options page',
  );
  await options.evaluate(() => {
    const box = document.querySelector<HTMLInputElement>('#sl-sidebar-auto');
    if (box && !box.checked) box.click();
  }, null);
  await pollUntil(
    () => options.evaluate(() => document.querySelector<HTMLInputElement>('#sl-sidebar-auto')?.checked, null),
    WAIT_MS,
    'the setting to be saved',
  );
}

/** Runs `check` on Firefox with the dark content scheme: a browser of its own, the same build installed. */
async function withDarkFirefox(check: (newPage: () => Promise<DarkPage>, options: DarkPage) => Promise<void>) {
  const extensionDir = path.resolve(ROOT, process.env.E2E_EXTENSION_DIR_FIREFOX ?? '.output/firefox-mv3');
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      [FIREFOX_CONTENT_SCHEME_PREF]: FIREFOX_DARK,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const newPage = async (): Promise<DarkPage> => {
      const page = await browser.newPage();
      const evaluate = async <A, R>(fn: PageFunction<A, R>, arg: A) =>
        (await page.evaluate(portable(fn) as (a: unknown) => R | Promise<R>, arg as unknown)) as R;
      return {
        evaluate,
        async goto(url) {
          if (url.startsWith('moz-extension:')) {
            // puppeteer does not see moz-extension navigations finish (tools/browser/firefox.ts): poll the document.
            void page.goto(url, { timeout: WAIT_MS }).catch(() => null);
            await pollUntil(
              () => evaluate((target: string) => location.href === target && document.readyState === 'complete', url),
              WAIT_MS,
              `${url} to load`,
            );
          } else await page.goto(url, { waitUntil: 'load' });
        },
      };
    };
    const options = await newPage();
    await options.goto(`moz-extension://${uuid}/options.html`);
    await check(newPage, options);
  } finally {
    await browser.close();
  }
}

test(
  'dark mode: the category table is light on dark and sized like the sidebar, with or without a doctype',
  async (ctx) => {
    const results: Array<{ mode: string; style: TableStyle }> = [];
    const run = async (newPage: () => Promise<DarkPage>) => {
      for (const { mode, url } of await pages(ctx)) {
        const page = await newPage();
        await page.goto(url);
        results.push({ mode, style: await readTable(page) });
      }
    };
    if (ctx.browser === 'chromium') {
      await resetSettings(ctx);
      try {
        await openSidebarByItself(await ctx.openExtensionPage('options.html'));
        await run(async () => {
          const page = await ctx.newPage();
          if (page.raw.browser === 'chromium') await page.raw.page.emulateMedia({ colorScheme: 'dark' });
          return page;
        });
      } finally {
        await resetSettings(ctx);
      }
    } else {
      await withDarkFirefox(async (newPage, options) => {
        await openSidebarByItself(options);
        await run(newPage);
      });
    }
    for (const { mode, style } of results) {
      const ratio = contrast(style.cell.color, style.background);
      ctx.log(
        `${mode}: cell ${style.cell.color} ${style.cell.fontSize} on ${style.background} (${ratio.toFixed(1)}:1); ` +
          `around ${style.around.color} ${style.around.fontSize}`,
      );
      assert.equal(style.compatMode, mode, 'the page is in the mode under test');
      assert.ok(style.dark, 'the page sees the dark scheme');
      assert.ok(luminance(style.background) < luminance(style.cell.color), `${mode}: light text on a dark sidebar`);
      assert.ok(ratio >= MIN_CONTRAST, `${mode}: contrast ${ratio.toFixed(2)}:1`);
      assert.equal(style.cell.color, style.around.color, `${mode}: the table's text has the sidebar's colour`);
      assert.equal(style.cell.fontSize, style.around.fontSize, `${mode}: the table's text has the sidebar's size`);
    }
  },
  // Firefox launches a second browser of its own (30-40 s on a loaded machine), then reads two pages.
  { timeoutMs: 150_000 },
);

// Screenshots of the popup, the sidebar and the strip, in English and Arabic, light and dark, into
// docs/screenshots/ (issue 14's "done when"). Debian's Chromium through playwright-core, as the real-browser
// suite launches it (never a downloaded browser), with .output/chrome-mv3 loaded: run `npm run build` first.
//   npm run screenshots            (CHROMIUM_PATH to use another Chromium)
import { mkdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_BASE_ARGS } from '../tools/browser/chromium-args.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const SEEDS_DIR = path.join(ROOT, 'seeds');
const OUT_DIR = path.join(ROOT, 'docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The seed article of each language: the browser's UI language and the page's match. */
const LANGUAGES = [
  { code: 'en', seed: 'daily8-wire-story.html' },
  { code: 'ar', seed: 'daily8-arabic.html' },
] as const;
const SCHEMES = ['light', 'dark'] as const;

/** A laptop's window, at one device pixel per CSS pixel: a page shot stays well under 300 kB as PNG. */
const PAGE_VIEWPORT = { width: 1100, height: 720 };
/** The popup's own size in the toolbar (popup.css sets its width; its height follows its content). */
const POPUP_VIEWPORT = { width: 380, height: 560 };
const READY = 'sourcelight-ui[data-state="ready"]';
const WAIT_MS = 30_000;
/** Lets transitions (the sidebar sliding in, the strip's tab) end before a shot. */
const SETTLE_MS = 600;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Serves seeds/ on 127.0.0.1 (content scripts run on http pages only). */
async function serveSeeds(): Promise<{ origin: string; close(): void }> {
  const server = createServer((request, response) => {
    const name = path.basename(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    readFile(path.join(SEEDS_DIR, name)).then(
      (body) => {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(body);
      },
      () => {
        response.writeHead(404);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

async function launch(language: string): Promise<{ context: BrowserContext; baseUrl: string; worker: Worker }> {
  const profile = path.join(tmpdir(), `sourcelight-screenshots-${language}-${process.pid}`);
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      ...CHROMIUM_BASE_ARGS,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${language}`,
    ],
    env: { ...env, LANGUAGE: language },
    viewport: PAGE_VIEWPORT,
    deviceScaleFactor: 1,
  });
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: WAIT_MS }));
  return { context, baseUrl: new URL('/', worker.url()).href, worker };
}

/** The part of the extension API the script uses from an extension page. */
interface TabsApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
}

/**
 * The id of the article's tab, asked from the extension's service worker: the active tab (Chromium hides pages'
 * addresses from an extension without the `tabs` permission, so the address cannot be used).
 */
async function activeTabId(worker: Worker, article: Page): Promise<number> {
  await article.bringToFront();
  const id = await worker.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
    const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

/** `whole`: the page's full height (the popup grows with its content in the toolbar). */
async function shoot(page: Page, name: string, whole = false): Promise<void> {
  const file = path.join(OUT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: whole });
  console.log(file);
}

async function main(): Promise<void> {
  await mkdir(OUT_DIR, { recursive: true });
  const server = await serveSeeds();
  try {
    for (const { code, seed } of LANGUAGES) {
      const { context, baseUrl, worker } = await launch(code);
      try {
        for (const scheme of SCHEMES) {
          const article = await context.newPage();
          await article.emulateMedia({ colorScheme: scheme });
          const url = `${server.origin}/${seed}`;
          await article.goto(url, { waitUntil: 'load' });
          await article.waitForSelector(READY, { timeout: WAIT_MS, state: 'attached' });
          await sleep(SETTLE_MS);
          // The strip: the page as Sourcelight leaves it by default, clutter folded away, the strip's tab shown.
          await shoot(article, `strip-${code}-${scheme}`);

          const tabId = await activeTabId(worker, article);
          const popup = await context.newPage();
          await popup.setViewportSize(POPUP_VIEWPORT);
          await popup.emulateMedia({ colorScheme: scheme });
          await popup.goto(new URL(`popup.html?tab=${tabId}`, baseUrl).href);
          await popup.waitForSelector('[data-sl-status="article"]', { timeout: WAIT_MS });
          await sleep(SETTLE_MS);
          await shoot(popup, `popup-${code}-${scheme}`, true);

          // The sidebar, opened from the popup's switch as a reader would.
          await popup.click('label[for="sl-sidebar"], #sl-sidebar');
          await popup.waitForFunction(
            () => document.querySelector<HTMLInputElement>('#sl-sidebar')?.checked === true,
            null,
            { timeout: WAIT_MS },
          );
          await popup.close();
          await article.bringToFront();
          await sleep(SETTLE_MS);
          await shoot(article, `sidebar-${code}-${scheme}`);
          // Closed again, so that the next shot starts from the same page.
          await article.close();
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
  }
}

await main();

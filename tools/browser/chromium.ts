// Chromium through playwright-core: a persistent context (the only kind that loads unpacked extensions) with
// .output/chrome-mv3 loaded by --load-extension. Debian's Chromium 156 loads extensions in plain `--headless`
// (the new headless mode; the old one, which could not, is a separate binary since Chrome 132), and unlike
// branded Chrome 137+ it still honours --load-extension. Playwright's default --disable-extensions stays: the
// --disable-extensions-except list is exempt from it, and it keeps any other extension out.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM_BASE_ARGS } from './chromium-args.ts';
import { type BrowserDriver, extensionPageOpener, type LaunchOptions } from './driver.ts';
import { pageWaits } from './poll.ts';
import { portable } from './portable.ts';
import type { E2EExtension, E2EPage, PageFunction } from './types.ts';

export { CHROMIUM_BASE_ARGS };

/** Playwright types page functions by the unboxed argument; ours are plain data, so erase the generic. */
type Erased<R> = (arg: unknown) => R | Promise<R>;
const erase = <A, R>(fn: PageFunction<A, R>) => portable(fn) as unknown as Erased<R>;

const EXTENSION_ORIGIN_PREFIX = 'chrome-extension://';
const SERVICE_WORKER_WAIT_MS = 30_000;

export async function launchChromium(options: LaunchOptions): Promise<BrowserDriver> {
  const profile = await mkdtemp(path.join(tmpdir(), 'sourcelight-e2e-chromium-'));
  const args = [...CHROMIUM_BASE_ARGS];
  if (options.extensionDir !== null) {
    args.push(`--disable-extensions-except=${options.extensionDir}`, `--load-extension=${options.extensionDir}`);
  }
  // The UI language: --lang, and LANGUAGE, which Chromium on Linux reads first. It picks the extension's
  // messages (chrome.i18n) even without the language's UI resources installed.
  const language = options.uiLanguage ?? null;
  if (language !== null) args.push(`--lang=${language}`);
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath,
    headless: true,
    args,
    ...(language === null ? {} : { env: { ...env, LANGUAGE: language } }),
  });
  const version = context.browser()?.version() ?? 'unknown';
  const extension = options.extensionDir === null ? null : await findExtension(context);

  const openPage = async (): Promise<E2EPage> => wrapPage(await context.newPage(), extension !== null);

  return {
    name: 'chromium',
    version,
    extension,
    newPage: openPage,
    openExtensionPage: extensionPageOpener(extension, openPage),
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The MV3 service worker's URL is chrome-extension://ID/background.js: that gives the id and base URL. */
async function findExtension(context: BrowserContext): Promise<E2EExtension> {
  const isOurs = (url: string) => url.startsWith(EXTENSION_ORIGIN_PREFIX);
  let worker = context.serviceWorkers().find((w) => isOurs(w.url()));
  worker ??= await context.waitForEvent('serviceworker', {
    predicate: (w) => isOurs(w.url()),
    timeout: SERVICE_WORKER_WAIT_MS,
  });
  const baseUrl = new URL('/', worker.url()).href;
  const id = new URL(baseUrl).host;
  return {
    id,
    baseUrl,
    async evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
      // The worker may have been stopped when idle; an extension page has the same APIs, so fall back to one.
      const live = context.serviceWorkers().find((w) => w.url().startsWith(baseUrl));
      if (live !== undefined) return (await live.evaluate(erase(fn), arg as unknown)) as R;
      const page = await context.newPage();
      try {
        await page.goto(new URL('options.html', baseUrl).href);
        return (await page.evaluate(erase(fn), arg as unknown)) as R;
      } finally {
        await page.close();
      }
    },
  };
}

function wrapPage(page: Page, withExtension: boolean): E2EPage {
  const errors: string[] = [];
  page.on('pageerror', (error: unknown) => errors.push(error instanceof Error ? error.message : String(error)));
  const evaluate = async <A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> =>
    (await page.evaluate(erase(fn), arg as unknown)) as R;
  return {
    browser: 'chromium',
    withExtension,
    raw: { browser: 'chromium', page },
    url: async () => page.url(),
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate,
    async addInitScript<A>(fn: PageFunction<A, void>, arg: A) {
      await page.addInitScript(erase(fn), arg as unknown);
    },
    ...pageWaits(evaluate),
    async click(selector) {
      await page.click(selector);
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    pageErrors: () => errors,
    async screenshot(file) {
      await page.screenshot({ path: file, fullPage: false });
    },
    async close() {
      await page.close();
    },
  };
}

// Firefox ESR through puppeteer-core over WebDriver BiDi, with .output/firefox-mv3 installed as a temporary
// add-on (browser.installExtension, like about:debugging's "Load Temporary Add-on").
//
// - Host permissions: MV3 makes <all_urls> in content_scripts an optional host permission, but Firefox 127+
//   grants the manifest's host permissions at install (pref extensions.originControls.grantByDefault, true by
//   default), for temporary add-ons too. We leave that pref alone, so a regression shows up as the content
//   script not running (setting it to false here makes the article test fail).
// - Base URL: Firefox picks a random moz-extension UUID per install; it reads the id → UUID map from the pref
//   extensions.webextensions.uuids first, so we choose the UUID ourselves before installing.
// - Extension pages: BiDi refuses to navigate a tab to moz-extension:// unless Firefox runs with
//   -remote-allow-system-access; with it the navigation happens, but puppeteer never sees it finish (no network
//   response), so openExtensionPage polls the document instead.
import { randomUUID } from 'node:crypto';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type BrowserDriver, extensionPageOpener, type LaunchOptions } from './driver.ts';
import { pageWaits, pollUntil, splitChord } from './poll.ts';
import { portable } from './portable.ts';
import type { E2EExtension, E2EPage, PageFunction } from './types.ts';

const NAVIGATION_TIMEOUT_MS = 30_000;
const UUID_PREF = 'extensions.webextensions.uuids';
const LOCALE_PREF = 'intl.locale.requested';
const HELPER_PAGE = 'options.html';

/** puppeteer's KeyInput is a closed union of key names; our API takes Playwright-style strings. */
type KeyName = Parameters<Page['keyboard']['press']>[0];

export async function launchFirefox(options: LaunchOptions, addonId: string | null): Promise<BrowserDriver> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.executablePath,
    headless: true,
    args: options.extensionDir === null ? [] : ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      ...(addonId === null ? {} : { [UUID_PREF]: JSON.stringify({ [addonId]: uuid }) }),
      // The UI language; Firefox uses it only when its language pack is installed (else English).
      ...(options.uiLanguage ? { [LOCALE_PREF]: options.uiLanguage } : {}),
      ...options.firefoxPrefs,
    },
  });
  try {
    const version = await browser.version();
    let extension: E2EExtension | null = null;
    if (options.extensionDir !== null) {
      const installedId = await browser.installExtension(options.extensionDir);
      if (installedId !== addonId) {
        throw new Error(`installed add-on id ${installedId} is not the manifest's gecko id ${String(addonId)}`);
      }
      extension = makeExtension(browser, `moz-extension://${uuid}/`);
    }
    const withExtension = extension !== null;
    const openPage = async (): Promise<E2EPage> => wrapPage(await browser.newPage(), withExtension);
    return {
      name: 'firefox',
      version,
      extension,
      newPage: openPage,
      openExtensionPage: extensionPageOpener(extension, openPage),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

function makeExtension(browser: Browser, baseUrl: string): E2EExtension {
  let helper: Promise<E2EPage> | null = null;
  return {
    id: new URL(baseUrl).host,
    baseUrl,
    async evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> {
      // Firefox's MV3 background is an event page BiDi cannot reach; an extension tab has the same APIs.
      helper ??= (async () => {
        const front = (await browser.pages()).at(-1);
        const page = wrapPage(await browser.newPage(), true);
        await page.goto(new URL(HELPER_PAGE, baseUrl).href);
        await front?.bringToFront().catch(() => undefined); // keep the test's tab the active one
        return page;
      })();
      return (await helper).evaluate(fn, arg);
    },
  };
}

function wrapPage(page: Page, withExtension: boolean): E2EPage {
  const errors: string[] = [];
  page.on('pageerror', (error: unknown) => errors.push(error instanceof Error ? error.message : String(error)));
  const evaluate = async <A, R>(fn: PageFunction<A, R>, arg: A): Promise<R> =>
    (await page.evaluate(portable(fn) as (arg: unknown) => R | Promise<R>, arg as unknown)) as R;
  return {
    browser: 'firefox',
    withExtension,
    raw: { browser: 'firefox', page },
    // puppeteer does not track navigations to moz-extension:, so ask the document.
    url: () => evaluate(() => location.href, null),
    async goto(url) {
      if (!url.startsWith('moz-extension:')) {
        await page.goto(url, { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
        return;
      }
      const navigation = page.goto(url, { timeout: NAVIGATION_TIMEOUT_MS }).catch(() => null);
      await pollUntil(
        () => evaluate((target: string) => location.href === target && document.readyState === 'complete', url),
        NAVIGATION_TIMEOUT_MS,
        `${url} to load`,
      );
      void navigation;
    },
    evaluate,
    async addInitScript<A>(fn: PageFunction<A, void>, arg: A) {
      await page.evaluateOnNewDocument(portable(fn), arg);
    },
    ...pageWaits(evaluate),
    async click(selector) {
      await page.click(selector);
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async press(chord) {
      const { modifiers, key } = splitChord(chord);
      for (const m of modifiers) await page.keyboard.down(m as KeyName);
      await page.keyboard.press(key as KeyName);
      for (const m of modifiers.reverse()) await page.keyboard.up(m as KeyName);
    },
    pageErrors: () => errors,
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    async close() {
      await page.close();
    },
  };
}

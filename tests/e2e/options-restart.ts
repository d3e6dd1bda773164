// A browser restart on one profile, for "settings survive a restart": the shared harness gives every run a
// fresh profile, so this launches the test's own browser twice on one profile directory (same flags and the
// same unpacked build as the harness) and hands each launch's options page to the test.
//
// Firefox installs the build as a temporary add-on, which it removes at shutdown; to restart "the same"
// add-on we keep its storage on removal (extensions.webextensions.keepStorageOnUninstall) and give it the same
// internal UUID on both launches (the storage belongs to the moz-extension:// origin).
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_BASE_ARGS } from '../../tools/browser/chromium-args.ts';
import { pollUntil } from '../../tools/browser/poll.ts';
import { portable } from '../../tools/browser/portable.ts';
import type { E2EContext, PageFunction } from '../../tools/browser/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WAIT_MS = 20_000;
const GECKO_ID = 'sourcelight@sourcelight.dev';

/** What the test does with the options page of each launch. */
export interface ProfilePage {
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  waitFor<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  waitForSelector(selector: string): Promise<void>;
}

interface Steps {
  before(options: ProfilePage): Promise<void>;
  after(options: ProfilePage): Promise<void>;
}

function pageApi(evaluate: ProfilePage['evaluate']): ProfilePage {
  return {
    evaluate,
    waitFor: (fn, arg) => pollUntil(() => evaluate(fn, arg), WAIT_MS, 'a condition'),
    async waitForSelector(selector) {
      await pollUntil(
        () => evaluate((s: string) => document.querySelector(s) !== null, selector),
        WAIT_MS,
        `selector ${selector}`,
      );
    },
  };
}

async function chromiumLaunch(profile: string, run: (options: ProfilePage) => Promise<void>): Promise<void> {
  const extensionDir = path.resolve(ROOT, process.env.E2E_EXTENSION_DIR_CHROMIUM ?? '.output/chrome-mv3');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_BASE_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  try {
    const isOurs = (url: string) => url.startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find((w) => isOurs(w.url())) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: WAIT_MS }));
    const page = await context.newPage();
    await page.goto(new URL('/options.html', worker.url()).href);
    await run(
      pageApi(
        async <A, R>(fn: PageFunction<A, R>, arg: A) =>
          (await page.evaluate(portable(fn) as unknown as (a: unknown) => R, arg as unknown)) as R,
      ),
    );
  } finally {
    await context.close();
  }
}

async function firefoxLaunch(
  profile: string,
  uuid: string,
  run: (options: ProfilePage) => Promise<void>,
): Promise<void> {
  const extensionDir = path.resolve(ROOT, process.env.E2E_EXTENSION_DIR_FIREFOX ?? '.output/firefox-mv3');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'extensions.webextensions.keepStorageOnUninstall': true,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    const page = await browser.newPage();
    const url = `moz-extension://${uuid}/options.html`;
    const evaluate = async <A, R>(fn: PageFunction<A, R>, arg: A) =>
      (await page.evaluate(portable(fn) as (a: unknown) => R | Promise<R>, arg as unknown)) as R;
    // puppeteer does not see moz-extension navigations finish (see tools/browser/firefox.ts): poll the document.
    void page.goto(url, { timeout: WAIT_MS }).catch(() => null);
    await pollUntil(
      () => evaluate((target: string) => location.href === target && document.readyState === 'complete', url),
      WAIT_MS,
      `${url} to load`,
    );
    await run(pageApi(evaluate));
  } finally {
    await browser.close();
  }
}

/** Runs `before` in a first launch, closes the browser, runs `after` in a second launch on the same profile. */
export async function restartBrowserWithProfile(ctx: E2EContext, steps: Steps): Promise<void> {
  const profile = await mkdtemp(path.join(tmpdir(), `sourcelight-e2e-restart-${ctx.browser}-`));
  const uuid = randomUUID();
  const launch = (run: (options: ProfilePage) => Promise<void>) =>
    ctx.browser === 'chromium' ? chromiumLaunch(profile, run) : firefoxLaunch(profile, uuid, run);
  try {
    const started = Date.now();
    await launch(async (options) => {
      await options.waitForSelector('#sl-mode-articles');
      await steps.before(options);
    });
    await launch(async (options) => {
      await options.waitForSelector('#sl-mode-articles');
      await steps.after(options);
    });
    ctx.log(`two launches on one profile in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

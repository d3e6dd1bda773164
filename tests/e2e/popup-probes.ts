// Helpers for the popup and options real-browser tests: find a tab's id, open the popup for it, read the
// badge and storage from an extension context. Page functions are serialised, so each uses only its argument
// and the globals of the page it runs in.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';

/** The extension API object of the context a page function runs in (Firefox: browser; Chromium: chrome). */
interface ExtensionApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: {
    local: {
      get(keys: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
      remove(keys: string | string[]): Promise<void>;
    };
  };
}
export type Api = ExtensionApi;

/** One of the project's non-article pages (tests/fixtures/not-articles), served; its address. */
export function servedNotArticleFixture(ctx: E2EContext, file: string): string {
  const html = readFileSync(new URL(`../fixtures/not-articles/${file}`, import.meta.url), 'utf8');
  return ctx.server.generated(`not-article-${file}`, html);
}

/**
 * A page that is not an article and that the cheap gate lets through, so that the engine reads it and the popup
 * gives its verdict: a search engine's results whose snippets are shorter than a paragraph
 * (tests/page/gate.test.ts holds the gate to letting it through). A front page of teasers with standfirsts
 * (seeds/front-page.html) is skipped by the gate, and its popup says Sourcelight is not running there.
 */
export function servedNotArticle(ctx: E2EContext): string {
  return servedNotArticleFixture(ctx, 'search-results.html');
}

/**
 * The id of the tab the test just opened: the active tab of the last focused window (the harness keeps the
 * test's tab in front). Chromium hides pages' addresses from an extension without the `tabs` permission, so
 * the address cannot be used; where it is visible, it is checked.
 */
export async function activeTabId(ctx: E2EContext, expectedUrl?: string): Promise<number> {
  const found = await ctx.extension.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    const api = (g.browser ?? g.chrome) as ExtensionApi;
    const [active] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    return active?.id === undefined ? null : { id: active.id, url: active.url ?? null };
  }, null);
  if (found === null) throw new Error('no active tab');
  if (expectedUrl !== undefined && found.url !== null && found.url !== expectedUrl) {
    throw new Error(`the active tab shows ${found.url}, not ${expectedUrl}`);
  }
  return found.id;
}

export function badgeText(ctx: E2EContext, tabId: number): Promise<string> {
  return ctx.extension.evaluate(async (id: number) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    return ((g.browser ?? g.chrome) as ExtensionApi).action.getBadgeText({ tabId: id });
  }, tabId);
}

export function readStorage(ctx: E2EContext, keys: string[]): Promise<Record<string, unknown>> {
  return ctx.extension.evaluate(async (k: string[]) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    return ((g.browser ?? g.chrome) as ExtensionApi).storage.local.get(k);
  }, keys);
}

export function writeStorage(ctx: E2EContext, items: Record<string, unknown>): Promise<void> {
  return ctx.extension.evaluate(async (i: Record<string, unknown>) => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    await ((g.browser ?? g.chrome) as ExtensionApi).storage.local.set(i);
  }, items);
}

/** Back to the defaults (settings and site list), so tests do not depend on each other's order. */
export function resetSettings(ctx: E2EContext): Promise<void> {
  return ctx.extension.evaluate(async () => {
    const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
    await ((g.browser ?? g.chrome) as ExtensionApi).storage.local.remove(['settings', 'sites']);
  }, null);
}

/**
 * Runs `body` from no saved settings or site choices (every test page is on one site, so a test must not see what
 * an earlier one saved), then puts the site list back as it was for the tests after it.
 */
export async function withFreshSites(ctx: E2EContext, body: () => Promise<void>): Promise<void> {
  const saved = (await readStorage(ctx, ['sites'])).sites;
  try {
    await resetSettings(ctx);
    await body();
  } finally {
    if (saved === undefined) {
      await ctx.extension.evaluate(async () => {
        const g = globalThis as unknown as { browser?: ExtensionApi; chrome?: ExtensionApi };
        await ((g.browser ?? g.chrome) as ExtensionApi).storage.local.remove('sites');
      }, null);
    } else await writeStorage(ctx, { sites: saved });
  }
}

/** Opens the popup for a tab, in a tab of its own (`?tab=ID`), and waits until it shows something. */
export async function openPopup(ctx: E2EContext, tabId: number): Promise<E2EPage> {
  const popup = await ctx.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitForSelector('[data-sl-status]', { timeoutMs: 15_000 });
  return popup;
}

/** How long the browser's own popup, opened by clickToolbarButton, may take to appear. */
const BROWSER_POPUP_WAIT_MS = 5_000;
const BROWSER_POPUP_POLL_MS = 50;

/**
 * What a reader's click on Sourcelight's toolbar button (or its shortcut) grants on `page`'s tab: in Chromium,
 * activeTab, the only way the popup may run a script in the tab (utils/messaging/tab.ts wakes a page the gate let
 * by so: the content script's matches grant no host permission there). A popup opened by its address, as
 * openPopup does, gets no such grant. Done through DevTools' Extensions.triggerAction, a click on the button; the
 * popup the browser opens for it is closed again, and the test opens its own. Firefox: nothing to do (the
 * content script's matches are host permissions there).
 */
export async function clickToolbarButton(ctx: E2EContext, page: E2EPage): Promise<void> {
  if (page.raw.browser !== 'chromium') return;
  const raw = page.raw.page;
  const browser = raw.context().browser();
  if (!browser) throw new Error('no browser to click the toolbar button of');
  const session = await browser.newBrowserCDPSession();
  try {
    const targets = async () =>
      (await session.send('Target.getTargets', { filter: [{ type: 'tab' }, { type: 'page' }] })).targetInfos;
    const tab = (await targets()).find((target) => target.type === 'tab' && target.url === raw.url());
    if (!tab) throw new Error(`no tab shows ${raw.url()}`);
    await session.send('Extensions.triggerAction', { id: ctx.extension.id, targetId: tab.targetId });
    const browserPopup = new URL('popup.html', ctx.extension.baseUrl).href;
    const deadline = Date.now() + BROWSER_POPUP_WAIT_MS;
    for (;;) {
      const shown = (await targets()).find((target) => target.type === 'page' && target.url === browserPopup);
      if (shown) {
        await session.send('Target.closeTarget', { targetId: shown.targetId });
        return;
      }
      if (Date.now() >= deadline) throw new Error('the toolbar button opened no popup');
      await new Promise((resolve) => setTimeout(resolve, BROWSER_POPUP_POLL_MS));
    }
  } finally {
    await session.detach();
  }
}

export function popupStatus(popup: E2EPage): Promise<string | null> {
  return popup.evaluate(() => document.querySelector<HTMLElement>('[data-sl-status]')?.dataset.slStatus ?? null, null);
}

export function popupText(popup: E2EPage, selector: string): Promise<string | null> {
  return popup.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);
}

export function isChecked(popup: E2EPage, selector: string): Promise<boolean | null> {
  return popup.evaluate((s: string) => {
    const input = document.querySelector(s);
    return input instanceof HTMLInputElement ? input.checked : null;
  }, selector);
}

/** Clicks a switch in the popup and waits until the popup shows the page's reply (it is busy until then). */
export async function flip(popup: E2EPage, selector: string): Promise<boolean> {
  const before = await isChecked(popup, selector);
  await popup.click(selector);
  await popup.waitFor(
    ({ s, was }: { s: string; was: boolean | null }) => {
      const input = document.querySelector(s);
      const busy = document.querySelector('main')?.getAttribute('aria-busy') !== 'false';
      return !busy && input instanceof HTMLInputElement && input.checked !== was;
    },
    { s: selector, was: before },
  );
  return !before;
}

let axeSource: Promise<string> | null = null;

/**
 * axe-core's violations on an extension page. Extension pages forbid eval (their CSP), so axe's source is
 * sent as the body of the evaluated function itself, which the drivers run through the debugging protocol.
 */
export async function extensionPageAxeViolations(page: E2EPage): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  const run = (() => []) as unknown as (arg: null) => Promise<string[]>;
  run.toString = () =>
    `async () => { ${source}\n; const results = await axe.run(document, { resultTypes: ['violations'] });` +
    ' return results.violations.map((v) => v.id + " (" + v.impact + "): " +' +
    ' v.nodes.map((n) => JSON.stringify(n.target)).join(", ")); }';
  return page.evaluate(run, null);
}

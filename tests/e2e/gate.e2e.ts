// The content script's cheap gate (utils/page/gate.ts, entrypoints/content/gated.ts) as a reader meets it: on a
// page that cannot hold an article Sourcelight loads none of its modules, changes nothing and listens for no
// message; the popup's "Run on this page" still loads them and reads the page; an SPA that turns into an
// article gets analysed.
import assert from 'node:assert/strict';
import { messageEveryTab, readFigures } from '../../tools/browser/page-messages.ts';
import { poll, settle } from '../../tools/browser/poll.ts';
import type { E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { firstDifference, installMutationRecorder, readMutations, snapshot } from './harness/probes.ts';
import { READY } from './onpage-probes.ts';
import {
  activeTabId,
  clickToolbarButton,
  openPopup,
  popupStatus,
  resetSettings,
  servedNotArticleFixture,
} from './popup-probes.ts';

/**
 * Pages the gate lets by (scripts/eval-gate.ts): teasers without prose, teasers with a standfirst each, a video
 * page whose only sentences are in its column of links, an inbox, an empty app shell.
 */
const GATED_PAGES = [
  'front-page-headlines.html',
  'front-page-standfirsts.html',
  'video-page.html',
  'mail-inbox.html',
  'spa-shell.html',
] as const;
/** Where the content script's modules are served from (utils/content-modules.ts). */
const MODULES_PATH = '/content-scripts/modules/';
const ARTICLE = 'daily8-wire-story.html';
const UI_TIMEOUT_MS = 10_000;
/** The content script as built (scripts/content-script.ts: entrypoints/content/script.ts → content-scripts/content.js). */
const CONTENT_SCRIPT = '/content-scripts/content.js';
/**
 * The most the content script may weigh, in bytes: it runs on every page the reader opens, and what it holds is
 * evaluated on each. 5.4 kB with the gate (which tells a page of teasers from a story) and the watch of a gated
 * page; 4.0 kB before the gate read teasers; 8.8 kB when it also held the popup's messages, its context and the
 * start of the engine and the UI (now the start module), 10.9 kB with WXT's content script wrapper, 35 kB with
 * the settings (WXT's storage items) and webextension-polyfill.
 */
const CONTENT_SCRIPT_MAX_BYTES = 6_000;
/** Text that only the code the content script must not hold carries (its modules load it when a page needs it). */
const NOT_IN_CONTENT_SCRIPT = {
  'webextension-polyfill': 'This script should only be loaded in a browser extension',
  "WXT's storage": 'must be loaded in a web extension environment',
  "Sourcelight's settings": 'local:settings',
  // WXT's content script entrypoint creates its context, and with it the extension API, before the script's first
  // line on every page (scripts/content-script.ts).
  "WXT's content script wrapper": 'crashed on startup',
  // The start module's (entrypoints/content/start-module.ts): the script's context and the popup's messages.
  "the script's context": 'content-script-started',
  "the popup's messages": 'badge report not delivered',
} as const;
/**
 * How long a gated page is watched: past the gate's first two looks at a late article (watch.ts
 * LATE_CHECKS_MS 400 and 1,200 ms), so that a module loaded by one of them would be seen.
 */
const WATCH_MS = 2_000;

/**
 * The content script's modules compiled in a tab, seen by DevTools' debugger (which reports the scripts of the
 * extension's isolated world too). Start before goto(). Chromium only (null in Firefox: BiDi reports no
 * scripts; there the tests read the page's state through the popup instead). The page's own resource timing
 * does not list an extension's module loads, in either browser.
 */
async function watchModules(page: E2EPage): Promise<(() => string[]) | null> {
  if (page.raw.browser !== 'chromium') return null;
  const raw = page.raw.page;
  const session = await raw.context().newCDPSession(raw);
  const urls: string[] = [];
  session.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.includes(MODULES_PATH)) urls.push(event.url);
  });
  await session.send('Debugger.enable');
  return () => [...urls];
}

test(
  'gate: the probe sees the modules an article loads (control)',
  async (ctx) => {
    const page = await ctx.newPage();
    const modules = await watchModules(page);
    await page.goto(ctx.server.seed(ARTICLE));
    await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
    const loaded = modules?.() ?? [];
    ctx.log(`${loaded.length} module files compiled on the article`);
    assert.ok(
      loaded.some((name) => name.endsWith('/engine.js')),
      'the engine module is seen',
    );
    assert.ok(
      loaded.some((name) => name.endsWith('/ui.js')),
      'the UI module is seen',
    );
    assert.ok(
      loaded.some((name) => name.endsWith('/claims.js')),
      'the claim rules module is seen',
    );
  },
  { browsers: ['chromium'] },
);

test(
  'gate: an article in a language the claim rules are not written for is read without loading them',
  async (ctx) => {
    const page = await ctx.newPage();
    const modules = await watchModules(page);
    await page.goto(ctx.server.seed('daily8-arabic.html'));
    await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
    const loaded = (modules?.() ?? []).map((name) => name.slice(name.lastIndexOf('/') + 1)).sort();
    assert.deepEqual(loaded, ['engine.js', 'start.js', 'ui.js']);
  },
  { browsers: ['chromium'] },
);

test('gate: the content script every page evaluates holds only the gate and the watch', async (ctx) => {
  // Read from the installed extension, as the browser reads it.
  const source = await ctx.extension.evaluate(
    async (file: string) => (await fetch(file)).text(),
    new URL(CONTENT_SCRIPT, ctx.extension.baseUrl).href,
  );
  const bytes = new TextEncoder().encode(source).length;
  ctx.log(`${CONTENT_SCRIPT}: ${bytes} bytes`);
  for (const [what, marker] of Object.entries(NOT_IN_CONTENT_SCRIPT)) {
    assert.ok(!source.includes(marker), `the content script holds ${what}`);
  }
  assert.ok(
    bytes <= CONTENT_SCRIPT_MAX_BYTES,
    `the content script is ${bytes} bytes (at most ${CONTENT_SCRIPT_MAX_BYTES})`,
  );
});

for (const file of GATED_PAGES) {
  test(`gate: ${file} loads no module, is not read and is left exactly as without Sourcelight`, async (ctx) => {
    await resetSettings(ctx);
    const url = servedNotArticleFixture(ctx, file);
    const reference = await ctx.newPage({ extension: false });
    const page = await ctx.newPage();
    const modules = await watchModules(page);
    for (const p of [reference, page]) {
      await installMutationRecorder(p);
      await p.goto(url);
    }
    await settle(WATCH_MS);
    if (modules) assert.deepEqual(modules(), [], 'no module of Sourcelight compiled');
    const [expected, actual] = [await readMutations(reference), await readMutations(page)];
    assert.equal(firstDifference(expected, actual), null, 'the same mutations as without Sourcelight');
    const [before, after] = [await snapshot(reference), await snapshot(page)];
    assert.equal(after.html, before.html, 'the same markup as without Sourcelight');
    // No listener either: the page answers the extension's messages only once the popup wakes it
    // (utils/messaging/wake.ts).
    const address = await page.url();
    const replies = (await messageEveryTab(ctx, 'getState', null)) as Array<{ value?: { url?: string } }>;
    assert.ok(!replies.some((reply) => reply?.value?.url === address), 'the page answers a message unasked');
    // Sourcelight runs by itself here (default settings): had its modules loaded, the page would have been read
    // and the popup would say "No news article found". It offers "Run on this page": nothing was read. Opened
    // as a reader opens it, with a click on the toolbar button (in Chromium the popup wakes the page through
    // the activeTab that click grants).
    await clickToolbarButton(ctx, page);
    const popup = await openPopup(ctx, await activeTabId(ctx, url));
    assert.equal(await popupStatus(popup), 'off');
  });
}

test('gate: the popup still runs Sourcelight on a page the gate let by', async (ctx) => {
  await resetSettings(ctx);
  const page = await ctx.newPage();
  const modules = await watchModules(page);
  const url = servedNotArticleFixture(ctx, 'front-page-headlines.html');
  await page.goto(url);
  await clickToolbarButton(ctx, page);
  const popup = await openPopup(ctx, await activeTabId(ctx, url));
  // Not read: offered as a page Sourcelight is not running on, with "Run on this page". The popup woke the page,
  // which loaded the start module to answer it (entrypoints/content/start-module.ts), and nothing else.
  assert.equal(await popupStatus(popup), 'off');
  if (modules)
    assert.deepEqual(
      modules().map((name) => name.slice(name.lastIndexOf('/') + 1)),
      ['start.js'],
    );
  await popup.click('.sl-button');
  // The modules load and the page is read: it is not an article, and the popup says so.
  await popup.waitFor(
    () => document.querySelector('[data-sl-status]')?.getAttribute('data-sl-status') === 'not-article',
    null,
    { timeoutMs: UI_TIMEOUT_MS },
  );
  if (modules)
    assert.ok(
      modules().some((name) => name.endsWith('/engine.js')),
      'the engine loaded on request',
    );
});

test('gate: an SPA that turns from a list of headlines into an article is analysed', async (ctx) => {
  await resetSettings(ctx);
  const page = await ctx.newPage();
  const modules = await watchModules(page);
  await page.goto(ctx.server.page('spa-gated.html'));
  await settle(WATCH_MS);
  if (modules) assert.deepEqual(modules(), [], 'nothing loaded on the list of headlines');
  await page.click('#open');
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  await poll(async () => Number((await readFigures(ctx, page))?.claims ?? 0) > 0, UI_TIMEOUT_MS, 'claims in the story');
});

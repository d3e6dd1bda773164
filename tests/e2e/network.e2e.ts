// Sourcelight never touches the network: on every seed page (seeds/*.html, seeds/hostile/*.html), with its UI up
// and the sidebar opened, the only request is the one for the page itself — in the browser's own record and in
// the test server's log. The seeds themselves must be self-contained too (checked without the extension).
//
// Sourcelight's content script loads its engine and UI from its own package (chrome-extension:// or
// moz-extension://, content-scripts/modules/): the browser lists those loads, but they never leave the machine.
// They are told apart, and the test checks that they are all there is besides the page.
//
// What each browser lets us see: in Chromium, Playwright reports every request of the browser context, the
// extension's service worker and extension pages included (the last test proves it by making one); in Firefox,
// puppeteer reports the tab's requests only, and the extension's background page is out of sight — there the
// server log is the witness for requests to 127.0.0.1, and requests elsewhere from the background are not seen.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pollUntil, settle } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { CONTENT_MODULES_DIR } from '../../utils/content-modules.ts';
import { test } from './harness/framework.ts';
import { clickInUi, evaluateBare, HOST, openSidebar, READY_UI } from './hostile-ui.ts';

const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');
/** Every saved page, the hostile ones included, as paths under seeds/. */
const SEED_PAGES = [
  ...readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.html')),
  ...readdirSync(path.join(SEEDS_DIR, 'hostile'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `hostile/${f}`),
].sort();
/** How long to wait for the UI on a page that may not be an article. */
const UI_WAIT_MS = 4_000;
/** After the UI (or its absence), time for anything deferred (idle callbacks, timers, lazy UI) to fire. */
const QUIET_MS = 1_000;
/** The browser's own request for the site icon is not the page's nor ours; it is tallied separately. */
const FAVICON = '/favicon.ico';
const MANY_PAGES_TIMEOUT_MS = 180_000;
/** A file of Sourcelight's own package that its content script imports (any extension id: Chrome serves them
 * under a per-session one too). */
const PACKAGE_MODULE = new RegExp(`^(?:chrome|moz)-extension://[^/]+/${CONTENT_MODULES_DIR}/[\\w-]+\\.js$`);

/** Records the URLs the browser requests while `run` goes on (see the header for what each browser shows). */
async function recordRequests(page: E2EPage, run: () => Promise<void>): Promise<string[]> {
  const urls: string[] = [];
  const raw = page.raw;
  if (raw.browser === 'chromium') {
    const context = raw.page.context();
    const listener = (request: { url(): string }) => {
      urls.push(request.url());
    };
    context.on('request', listener);
    try {
      await run();
    } finally {
      context.off('request', listener);
    }
  } else {
    const listener = (request: { url(): string }) => {
      urls.push(request.url());
    };
    raw.page.on('request', listener);
    try {
      await run();
    } finally {
      raw.page.off('request', listener);
    }
  }
  return urls;
}

interface Visit {
  /** Requests the browser reported, without data: URLs and Sourcelight's own modules. */
  browser: string[];
  /** Sourcelight's own modules, loaded from its package. */
  fromPackage: string[];
  /** Requests the test server received (method and path). */
  server: string[];
  ui: boolean;
}

/** Loads a seed, waits for the UI (opening the sidebar and every source when it is there) and records. */
async function visit(ctx: E2EContext, page: E2EPage, seed: string): Promise<Visit> {
  const from = ctx.server.requests.length;
  let ui = false;
  const browser = await recordRequests(page, async () => {
    await page.goto(ctx.server.seed(seed));
    if (page.withExtension) {
      // A bare expression: the driver's helpers break on the page that replaces built-ins.
      const ready = `document.querySelector(${JSON.stringify(READY_UI)}) !== null`;
      ui = await pollUntil(async () => (await evaluateBare(page, ready)) === true, UI_WAIT_MS, 'the UI').catch(
        () => false,
      );
      if (ui) {
        // Open the sidebar and every source; on the tampered page the driver cannot, and the UI just stays up.
        await (async () => {
          await openSidebar(page);
          const sources = await page.evaluate(
            (host: string) => document.querySelector(host)?.shadowRoot?.querySelectorAll('.sl-source').length ?? 0,
            HOST,
          );
          for (let i = 0; i < sources; i++) await clickInUi(page, '.sl-source', i);
        })().catch(() => undefined);
      }
    }
    await settle(QUIET_MS);
  });
  const server = ctx.server.requests.slice(from).map((r) => `${r.method} ${r.path}`);
  return {
    browser: browser.filter((u) => !u.startsWith('data:') && !PACKAGE_MODULE.test(u)),
    fromPackage: browser.filter((u) => PACKAGE_MODULE.test(u)),
    server,
    ui,
  };
}

/** Everything in a visit that is not the page itself (nor the browser's favicon request). */
function strays(ctx: E2EContext, seed: string, v: Visit): string[] {
  const pageUrl = ctx.server.seed(seed);
  const pagePath = new URL(pageUrl).pathname;
  const favicon = `${ctx.server.origin}${FAVICON}`;
  return [
    ...v.browser.filter((u) => u !== pageUrl && u !== favicon).map((u) => `browser: ${u}`),
    ...v.server.filter((r) => r !== `GET ${pagePath}` && r !== `GET ${FAVICON}`).map((r) => `server: ${r}`),
  ];
}

test(
  'network: with Sourcelight, every seed page makes no request but itself',
  async (ctx) => {
    const problems: string[] = [];
    let withUi = 0;
    let ownModules = 0;
    for (const seed of SEED_PAGES) {
      const page = await ctx.newPage();
      const v = await visit(ctx, page, seed);
      await page.close();
      if (v.ui) withUi++;
      ownModules += v.fromPackage.length;
      const extra = strays(ctx, seed, v);
      if (extra.length > 0) problems.push(`${seed}${v.ui ? ' (UI shown)' : ''}:\n  ${extra.join('\n  ')}`);
      const loads = v.server.filter((r) => r === `GET ${new URL(ctx.server.seed(seed)).pathname}`).length;
      if (loads !== 1) problems.push(`${seed}: the server saw the page requested ${loads} times`);
    }
    assert.ok(withUi > 0, 'Sourcelight showed its UI on none of the seed pages: nothing was exercised');
    assert.deepEqual(problems, [], `requests other than the page itself:\n${problems.join('\n')}`);
    ctx.log(
      `${SEED_PAGES.length} seed pages, UI on ${withUi}, no stray requests ` +
        `(${ownModules} loads of Sourcelight's own modules from its package)`,
    );
  },
  { timeoutMs: MANY_PAGES_TIMEOUT_MS },
);

test(
  'network: the seed pages are self-contained (no request but the page, without Sourcelight)',
  async (ctx) => {
    const problems: string[] = [];
    for (const seed of SEED_PAGES) {
      const page = await ctx.newPage({ extension: false });
      const v = await visit(ctx, page, seed);
      await page.close();
      const extra = strays(ctx, seed, v);
      if (extra.length > 0) problems.push(`${seed}:\n  ${extra.join('\n  ')}`);
    }
    assert.deepEqual(problems, [], `seed pages that load more than themselves:\n${problems.join('\n')}`);
  },
  { timeoutMs: MANY_PAGES_TIMEOUT_MS },
);

test(
  'network: the recorder sees requests from the extension itself (service worker and extension pages)',
  async (ctx) => {
    // Without this, "no request seen" could mean "requests not visible". Chromium only: see the header.
    const page = await ctx.newPage();
    const probe = (name: string) => `${ctx.server.origin}/pages/__network-probe-${name}`;
    const seen = await recordRequests(page, async () => {
      await ctx.extension.evaluate(async (url: string) => {
        await fetch(url).catch(() => undefined);
      }, probe('worker'));
      const options = await ctx.openExtensionPage('options.html');
      await options.evaluate(async (url: string) => {
        await fetch(url).catch(() => undefined);
      }, probe('extension-page'));
      await settle(300);
    });
    for (const name of ['worker', 'extension-page']) {
      assert.ok(seen.includes(probe(name)), `the browser record missed the ${name}'s request (saw ${seen.join(', ')})`);
      assert.ok(
        ctx.server.requests.some((r) => r.path === `/pages/__network-probe-${name}`),
        `the server did not get the ${name}'s request`,
      );
    }
  },
  { browsers: ['chromium'] },
);

// The content script as a reader meets it: on an article it puts Sourcelight's UI on the page; on a page that
// is not an article it does nothing at all — same mutations, markup and styles as without the extension.
// The seed list comes from seeds/*.gold.json (a gold with an `article` is an article page).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readFigures } from '../../tools/browser/page-messages.ts';
import { poll, settle } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { watchInjection } from './harness/injection.ts';
import {
  firstDifference,
  firstTextDifference,
  installMutationRecorder,
  readMutations,
  snapshot,
} from './harness/probes.ts';

const SEEDS_DIR = path.resolve(import.meta.dirname, '../../seeds');
/** The article the control loads: the richest seed, so a missing UI there is never "no claims found". */
const CONTROL_ARTICLE = 'daily8-wire-story.html';
const READY_UI = 'sourcelight-ui[data-state="ready"]';
/** The UI must be up this soon after `load` (script-inserted-article.html adds its story 300 ms after
 * DOMContentLoaded; analysis has a budget of well under a second; the rest is margin for a busy CI machine). */
const UI_TIMEOUT_MS = 10_000;
/** On a non-article we wait this many times as long as the control article's UI took, so a slow change is
 * caught too, and never less than MIN_SETTLE_MS. */
const SETTLE_FACTOR = 3;
const MIN_SETTLE_MS = 1_500;
/** Requested by the browser itself, once per profile, whatever the extension does. */
const BROWSER_FAVICON = '/favicon.ico';

interface SeedGold {
  article?: unknown;
  claims?: unknown[];
  sources?: unknown[];
}

interface Seed {
  file: string;
  isArticle: boolean;
  goldClaims: number;
  goldSources: number;
}

function readSeeds(): Seed[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((goldFile) => {
      const gold = JSON.parse(readFileSync(path.join(SEEDS_DIR, goldFile), 'utf8')) as SeedGold;
      return {
        file: goldFile.replace(/\.gold\.json$/, '.html'),
        isArticle: gold.article !== undefined && gold.article !== null,
        goldClaims: gold.claims?.length ?? 0,
        goldSources: gold.sources?.length ?? 0,
      };
    });
}

interface UiCounts {
  claims: number;
  numbers: number;
  sources: number;
  hosts: number;
}

async function readUi(ctx: E2EContext, page: E2EPage): Promise<UiCounts | null> {
  const hosts = await page.evaluate(
    (selector: string) =>
      document.querySelector(selector) instanceof HTMLElement
        ? document.querySelectorAll('sourcelight-ui').length
        : null,
    READY_UI,
  );
  if (hosts === null) return null;
  const figures = (await readFigures(ctx, page)) ?? {};
  return {
    claims: Number(figures.claims),
    numbers: Number(figures.numbers),
    sources: Number(figures.sources),
    hosts,
  };
}

/** Loads the control article and returns how long after `load` its UI appeared. */
async function controlUiDelay(ctx: E2EContext): Promise<number> {
  const page = await ctx.newPage();
  await page.goto(ctx.server.seed(CONTROL_ARTICLE));
  const loaded = Date.now();
  await page.waitForSelector(READY_UI, { timeoutMs: UI_TIMEOUT_MS });
  const delayMs = Date.now() - loaded;
  await page.close();
  return delayMs;
}

/** The same page with and without Sourcelight must be the same page, observed from before its first script. */
async function assertUntouched(ctx: E2EContext, url: string): Promise<void> {
  // Control: in this same browser the content script runs on this server's pages and shows its UI.
  const waitMs = Math.max(MIN_SETTLE_MS, SETTLE_FACTOR * (await controlUiDelay(ctx)));

  const withExt = await ctx.newPage();
  const without = await ctx.newPage({ extension: false });
  await installMutationRecorder(withExt);
  await installMutationRecorder(without);
  const injection = await watchInjection(withExt, ctx.extension);

  await without.goto(url);
  await withExt.goto(url);
  if (injection !== null) {
    // Chromium: the content script's isolated world was created in this very tab.
    await poll(async () => injection.worlds() > 0, UI_TIMEOUT_MS, 'the content script to be injected');
  }
  await settle(waitMs);
  if (injection !== null) {
    assert.deepEqual(injection.errors(), [], 'the content script reported errors');
    await injection.stop();
  }
  // Firefox reports the content script's uncaught errors as the tab's: any error beyond the page's own is ours.
  assert.deepEqual(
    withExt.pageErrors(),
    without.pageErrors(),
    'errors in the tab differ from the page without Sourcelight',
  );

  const mutationsWith = await readMutations(withExt);
  const mutationsWithout = await readMutations(without);
  assert.ok(mutationsWithout.length > 0, 'the recorder saw the page being parsed');
  const mutationDiff = firstDifference(mutationsWithout, mutationsWith);
  assert.equal(mutationDiff, null, `mutations differ from the page without Sourcelight ${mutationDiff}`);

  const snapWith = await snapshot(withExt);
  const snapWithout = await snapshot(without);
  const htmlDiff = firstTextDifference(snapWithout.html, snapWith.html);
  assert.equal(htmlDiff, null, `markup differs from the page without Sourcelight ${htmlDiff}`);
  assert.equal(snapWith.styleSheets, snapWithout.styleSheets, 'document.styleSheets count differs');
  assert.equal(snapWith.adoptedStyleSheets, snapWithout.adoptedStyleSheets, 'adoptedStyleSheets count differs');
  const styleDiff = firstDifference(snapWithout.styles, snapWith.styles);
  assert.equal(styleDiff, null, `computed styles differ from the page without Sourcelight ${styleDiff}`);
  ctx.log(`${mutationsWith.length} mutations and ${snapWith.styles.length} elements identical; waited ${waitMs} ms`);
}

const seeds = readSeeds();

for (const seed of seeds.filter((s) => s.isArticle)) {
  test(`article ${seed.file}: the UI appears with what the engine found`, async (ctx) => {
    const page = await ctx.newPage();
    await page.goto(ctx.server.seed(seed.file));
    await page.waitForSelector(READY_UI, { timeoutMs: UI_TIMEOUT_MS });
    const ui = await readUi(ctx, page);
    assert.ok(ui, `no ${READY_UI} on ${seed.file}`);
    assert.equal(ui.hosts, 1, 'exactly one sourcelight-ui on the page');
    if (seed.goldClaims > 0) assert.ok(ui.claims > 0, `the gold has ${seed.goldClaims} claims, the UI says 0`);
    if (seed.goldSources > 0) assert.ok(ui.sources > 0, `the gold has ${seed.goldSources} sources, the UI says 0`);
  });
}

for (const seed of seeds.filter((s) => !s.isArticle)) {
  test(`not an article ${seed.file}: Sourcelight changes nothing`, (ctx) =>
    assertUntouched(ctx, ctx.server.seed(seed.file)));
}

test('not an article pages/web-app.html (scripts change it while loading): Sourcelight changes nothing', (ctx) =>
  assertUntouched(ctx, ctx.server.page('web-app.html')));

/** What a strict site sends: nothing may load or run but the page itself (no script, style, image, connection). */
const STRICT_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";

test('an article whose Content-Security-Policy allows nothing still gets Sourcelight, whole', async (ctx) => {
  // The content script loads its engine and UI from Sourcelight's own package: the page's policy governs the
  // page, not the extension, in either browser. Against the same article without a policy, as a control.
  const html = readFileSync(path.join(SEEDS_DIR, CONTROL_ARTICLE), 'utf8');
  const strict = ctx.server.generated('csp/strict.html', html, { 'content-security-policy': STRICT_CSP });
  const counts: UiCounts[] = [];
  for (const url of [ctx.server.seed(CONTROL_ARTICLE), strict]) {
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForSelector(READY_UI, { timeoutMs: UI_TIMEOUT_MS });
    const ui = await readUi(ctx, page);
    assert.ok(ui, `no ${READY_UI} on ${url}`);
    counts.push(ui);
    await page.close();
  }
  const [control, underPolicy] = counts;
  assert.ok(control && control.claims > 0, 'the control article shows claims');
  assert.deepEqual(underPolicy, control, 'the article under a strict policy shows the same as without one');
  ctx.log(`under "${STRICT_CSP}": ${underPolicy?.claims} claims, ${underPolicy?.numbers} numbers, as without it`);
});

test(
  'on an article the content script asks for its UI module while its engine module still loads',
  async (ctx) => {
    // The two are fetched and compiled side by side, and the UI reads the settings meanwhile
    // (entrypoints/content/script.ts startOnPage): one after the other, the engine's whole load came first.
    const page = await ctx.newPage();
    if (page.raw.browser !== 'chromium') return;
    const raw = page.raw.page;
    const session = await raw.context().newCDPSession(raw);
    const events: string[] = [];
    const modules = new Map<string, string>();
    session.on('Network.requestWillBeSent', (event: { requestId: string; request: { url: string } }) => {
      const name = /\/content-scripts\/modules\/(\w+)\.js/.exec(event.request.url)?.[1];
      if (!name || [...modules.values()].includes(name)) return;
      modules.set(event.requestId, name);
      events.push(`${name} asked`);
    });
    session.on('Network.loadingFinished', (event: { requestId: string }) => {
      const name = modules.get(event.requestId);
      if (name) events.push(`${name} loaded`);
    });
    await session.send('Network.enable');
    await page.goto(ctx.server.seed(CONTROL_ARTICLE));
    await page.waitForSelector(READY_UI, { timeoutMs: UI_TIMEOUT_MS });
    await session.detach();
    ctx.log(events.join(', '));
    assert.ok(events.includes('engine loaded') && events.includes('ui loaded'), 'both modules are seen loading');
    assert.ok(
      events.indexOf('ui asked') < events.indexOf('engine loaded'),
      'the UI module is asked for before the engine module has loaded',
    );
  },
  { browsers: ['chromium'] },
);

test("the page cannot see Sourcelight load its modules (the page's Resource Timing)", async (ctx) => {
  // Were its module loads listed to the page, the page would learn Sourcelight's (per-session) address, and so
  // that it is installed. The observer is the page's own, there from before its first script.
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { __slSeen: string[] }).__slSeen = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.name);
    }).observe({ type: 'resource', buffered: true });
  }, null);
  await page.goto(ctx.server.seed(CONTROL_ARTICLE));
  await page.waitForSelector(READY_UI, { timeoutMs: UI_TIMEOUT_MS });
  await settle(500);
  const names = await page.evaluate(
    () => [
      ...performance.getEntriesByType('resource').map((entry) => entry.name),
      ...(globalThis as unknown as { __slSeen: string[] }).__slSeen,
    ],
    null,
  );
  const ours = names.filter((name) => !name.startsWith(ctx.server.origin));
  assert.deepEqual(ours, [], "the page's Resource Timing lists loads that are not its own");
  ctx.log(`the page saw ${names.length} resource entries, all its own`);
});

test('network: Sourcelight makes no requests of its own', async (ctx) => {
  const load = async (page: E2EPage) => {
    const from = ctx.server.requests.length;
    await page.goto(ctx.server.seed(CONTROL_ARTICLE));
    await settle(MIN_SETTLE_MS);
    return ctx.server.requests
      .slice(from)
      .filter((r) => r.path !== BROWSER_FAVICON)
      .map((r) => `${r.method} ${r.path}`)
      .sort();
  };
  const without = await load(await ctx.newPage({ extension: false }));
  const withExt = await load(await ctx.newPage());
  assert.deepEqual(withExt, without);
});

// Exact restore on every saved page: with everything on (sidebar open, a source selected, the strip's "Hide
// all", highlights) and then off, each seed's markup, style sheets and computed styles equal those of the same
// page in a browser without Sourcelight; pages that are not articles are never changed at all. A page whose
// own script counts its events (tests/e2e/pages/counting-article.html) keeps counting, and its own observer
// sees nothing of ours.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { poll, settle } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { firstDifference, firstTextDifference, type PageSnapshot, snapshot } from './harness/probes.ts';
import { evaluateBare } from './hostile-ui.ts';
import { clickUi, HOST, READY, readHost, sendToPage } from './onpage-probes.ts';

const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
/** Seeds that are not articles: Sourcelight must not touch them at all. */
const NOT_ARTICLES = new Set(['front-page.html']);
/** How long a non-article page is watched for any change (the late-article watcher runs 8 s; half is enough to
 * see a host appear if one would). */
const NOT_ARTICLE_WATCH_MS = 4000;
const UI_TIMEOUT_MS = 15_000;
const TEST_TIMEOUT_MS = 60_000;

/** The seeds, relative to seeds/: every page, hostile ones included. */
const seedFiles = [
  ...readdirSync(SEEDS).filter((f) => f.endsWith('.html')),
  ...readdirSync(path.join(SEEDS, 'hostile'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => `hostile/${f}`),
].sort();

/**
 * The mutation flood seed rewrites its own ticker, counters, paragraph attributes and classes every millisecond,
 * so two loads never match; its own churn is taken out before comparing (anything of ours would remain). Its
 * computed styles change with the toggled "flash" class, so they are not compared for it.
 */
const PAGE_CHURN: Record<string, (html: string) => string> = {
  'hostile/mutation-flood-article.html': (html) =>
    html
      .replace(/(<span class="ticker-item">[^<]*<\/span>)+/g, '')
      .replace(/ data-tick="\d+"/g, '')
      .replace(/ ?\bflash\b/g, '')
      .replace(/ class=""/g, '')
      .replace(/\d+/g, 'N'),
};

/**
 * The seed that replaces the page's built-ins breaks every probe that runs in its world (snapshot, clickUi), so
 * it is driven through the extension's messages only (sidebar and highlights; no source click, no strip) and
 * compared by its markup, read with a bare expression.
 */
const TAMPERED = 'hostile/builtins-article.html';
const BARE_HTML = 'document.documentElement.outerHTML';

async function tamperedPage(ctx: E2EContext, file: string): Promise<void> {
  const url = ctx.server.seed(file);
  const without = await ctx.newPage({ extension: false });
  await without.goto(url);
  const page = await ctx.newPage();
  await page.goto(url);
  const ready = `document.querySelector(${JSON.stringify(READY)}) !== null`;
  await poll(async () => (await evaluateBare(page, ready)) === true, UI_TIMEOUT_MS, 'the UI on the tampered page');
  // Highlights are on by default (settings are the popup's through storage, not a message).
  await sendToPage(ctx, url, 'setSidebar', { open: true });
  await settle(300);
  await sendToPage(ctx, url, 'setEnabled', { enabled: false });
  const gone = `document.querySelector(${JSON.stringify(HOST)}) === null`;
  await poll(async () => (await evaluateBare(page, gone)) === true, UI_TIMEOUT_MS, 'the host to go');
  const reference = String(await evaluateBare(without, BARE_HTML));
  const after = String(await evaluateBare(page, BARE_HTML));
  const htmlDiff = firstTextDifference(reference, after);
  assert.equal(htmlDiff, null, `${file}: markup differs ${htmlDiff}`);
}

function assertSame(file: string, reference: PageSnapshot, after: PageSnapshot): void {
  const normalise = PAGE_CHURN[file] ?? ((html: string) => html);
  const htmlDiff = firstTextDifference(normalise(reference.html), normalise(after.html));
  assert.equal(htmlDiff, null, `${file}: markup differs ${htmlDiff}`);
  assert.equal(after.styleSheets, reference.styleSheets, `${file}: style sheets`);
  assert.equal(after.adoptedStyleSheets, reference.adoptedStyleSheets, `${file}: adopted style sheets`);
  if (!PAGE_CHURN[file]) {
    const styleDiff = firstDifference(reference.styles, after.styles);
    assert.equal(styleDiff, null, `${file}: computed styles differ ${styleDiff}`);
  }
}

const hostGone = (page: E2EPage) =>
  poll(
    async () => (await page.evaluate((h: string) => document.querySelector(h) === null, HOST)) === true,
    UI_TIMEOUT_MS,
    'the host to go',
  );

/** Turns on everything that changes the page: sidebar (pushes it), a selected source, the strip, highlights. */
async function everythingOn(page: E2EPage): Promise<void> {
  // Highlights are on by default (settings are the popup's through storage, not a message).
  if (
    !(await page.evaluate(
      (h: string) => document.querySelector(h)?.shadowRoot?.querySelector('.sl-sidebar') != null,
      HOST,
    ))
  ) {
    assert.ok(await clickUi(page, 'sources'), 'launcher');
  }
  await page.waitFor((h: string) => document.querySelector(h)?.shadowRoot?.querySelector('.sl-sidebar') != null, HOST, {
    timeoutMs: UI_TIMEOUT_MS,
  });
  await page.evaluate((h: string) => {
    (document.querySelector(h)?.shadowRoot?.querySelector('.sl-source') as HTMLElement | null)?.click();
  }, HOST);
  await clickUi(page, 'Hide all');
  await settle(300);
}

/** Off, then on again and "Show all", so that the site's strip choice does not leak into other tests. */
async function offAndCompare(ctx: E2EContext, page: E2EPage, url: string, file: string, reference: PageSnapshot) {
  await sendToPage(ctx, url, 'setEnabled', { enabled: false });
  await hostGone(page);
  const after = await snapshot(page);
  assertSame(file, reference, after);
}

async function restoreSiteChoices(ctx: E2EContext, page: E2EPage, url: string): Promise<void> {
  await sendToPage(ctx, url, 'setEnabled', { enabled: true });
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  if (await clickUi(page, 'Show all')) await settle(200);
  await sendToPage(ctx, url, 'setEnabled', { enabled: false });
  await hostGone(page);
}

for (const file of seedFiles) {
  test(
    `${file}: on with everything, then off, leaves the page as it is without Sourcelight`,
    async (ctx) => {
      if (file === TAMPERED) return tamperedPage(ctx, file);
      const url = ctx.server.seed(file);
      const without = await ctx.newPage({ extension: false });
      await without.goto(url);
      const page = await ctx.newPage();
      await page.goto(url);

      if (NOT_ARTICLES.has(file)) {
        await settle(NOT_ARTICLE_WATCH_MS);
        assert.equal(await page.evaluate((h: string) => document.querySelector(h) === null, HOST), true, 'no host');
        assertSame(file, await snapshot(without), await snapshot(page));
        return;
      }

      await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
      const reference = await snapshot(without);
      await everythingOn(page);
      const host = await readHost(ctx, page);
      ctx.log(`claims ${host?.claims}, painted ${host?.paintedClaims}, mode ${host?.mode}`);
      await offAndCompare(ctx, page, url, file, reference);
      await restoreSiteChoices(ctx, page, url);
    },
    { timeoutMs: TEST_TIMEOUT_MS },
  );
}

interface Counts {
  clicks: number;
  listMutations: number;
  ticks: number;
}

const readCounts = (page: E2EPage) =>
  page.evaluate(() => ({ ...(window as unknown as { __counts: Counts }).__counts }), null);

test(
  "counting-article: after on → off the page's own counters still work and its observer saw nothing of ours",
  async (ctx) => {
    const file = 'counting-article.html';
    const url = ctx.server.page(file);
    const without = await ctx.newPage({ extension: false });
    await without.goto(url);
    const page = await ctx.newPage();
    // Every mutation outside our host from document creation on, recorded by the page world itself.
    await page.addInitScript(() => {
      const w = window as unknown as { __foreign: string[] };
      w.__foreign = [];
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target instanceof Element ? r.target : r.target.parentElement;
          if (el?.closest('sourcelight-ui') || r.type === 'attributes') continue;
          if (document.readyState === 'complete') w.__foreign.push(`${r.type} ${el?.localName ?? '?'}`);
        }
      }).observe(document, { childList: true, characterData: true, subtree: true, attributes: true });
    }, null);
    await page.goto(url);
    await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
    const reference = await snapshot(without);
    await everythingOn(page);
    const mode = (await readHost(ctx, page))?.mode;
    await offAndCompare(ctx, page, url, `tests/e2e/pages/${file}`, reference);

    const before = await readCounts(page);
    assert.equal(before.listMutations, 0, 'the page observer saw mutations of its own list that it did not make');
    const foreign = await page.evaluate(() => (window as unknown as { __foreign: string[] }).__foreign, null);
    ctx.log(`mode ${mode}; childList/characterData mutations outside the host after load: ${foreign.length}`);
    if (mode === 'css') {
      // Custom highlights paint without touching the DOM: nothing but our host and our <style>s in <head>.
      const inBody = foreign.filter((f) => !/ (head|html)$/.test(f));
      assert.deepEqual(inBody, [], 'mutations of the page body outside our host');
    }

    await page.click('#add-update');
    await page.click('#add-update');
    await settle(300);
    const after = await readCounts(page);
    assert.equal(after.clicks, before.clicks + 2, 'clicks counted');
    assert.equal(after.listMutations, before.listMutations + 2, 'own list mutations observed');
    assert.ok(after.ticks > before.ticks, `timer ticks (${before.ticks} → ${after.ticks})`);
    await restoreSiteChoices(ctx, page, url);
  },
  { timeoutMs: TEST_TIMEOUT_MS },
);

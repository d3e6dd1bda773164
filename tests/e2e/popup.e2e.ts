// The toolbar popup in both browsers, opened as popup.html?tab=ID for the seed article's tab: it shows what
// the page found, each switch changes the open page at once, the page's state is there when it is opened
// again, and the badge carries the claim count. Pages that are not articles, or where extensions cannot run,
// get a plain message.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { poll } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { HOST, READY, readHost, readPainted } from './onpage-probes.ts';
import {
  activeTabId,
  badgeText,
  clickToolbarButton,
  extensionPageAxeViolations,
  flip,
  isChecked,
  openPopup,
  popupStatus,
  popupText,
  resetSettings,
  servedNotArticle,
} from './popup-probes.ts';

const ARTICLE = 'daily8-wire-story.html';
const FRONT_PAGE = 'front-page.html';
/** A single-page app that opens on a list of headlines and shows its story on a click (tests/e2e/pages). */
const SPA_GATED = 'spa-gated.html';
const UI_TIMEOUT_MS = 10_000;
const NUMBER_LAYER = 'sl-number';
const CLAIM_LAYER_PREFIX = 'sl-claim';

async function openArticle(ctx: E2EContext): Promise<{ page: E2EPage; tabId: number; url: string }> {
  const page = await ctx.newPage();
  const url = ctx.server.seed(ARTICLE);
  await page.goto(url);
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  return { page, tabId: await activeTabId(ctx, url), url };
}

async function paintedLayers(page: E2EPage): Promise<{ claims: number; numbers: number }> {
  const { ranges } = await readPainted(page);
  return {
    claims: ranges.filter((r) => r.layer.startsWith(CLAIM_LAYER_PREFIX)).length,
    numbers: ranges.filter((r) => r.layer === NUMBER_LAYER).length,
  };
}

test('popup: shows the article, its title and counts', async (ctx) => {
  await resetSettings(ctx);
  const { page, tabId } = await openArticle(ctx);
  const host = await readHost(ctx, page);
  assert.ok(host, 'no Sourcelight UI on the article');
  const popup = await openPopup(ctx, tabId);
  assert.equal(await popupStatus(popup), 'article');
  const title = await popupText(popup, '#sl-article-title');
  assert.ok(title && title.length > 10, `article title shown: ${title}`);
  assert.equal(await popupText(popup, '[data-sl-count="claims"] dd'), String(host.claims));
  assert.match((await popupText(popup, '[data-sl-count="sources"] dd')) ?? '', /^\d+ \(\d+ named, \d+ anonymous\)$/);
  assert.match((await popupText(popup, '[data-sl-count="clutter"] dd')) ?? '', /^\d+ of \d+$/);
  ctx.log(`popup: "${title}", ${host.claims} claims`);
  assert.deepEqual(await extensionPageAxeViolations(popup), [], 'axe-core finds nothing on the popup');
  await popup.screenshot(ctx.artifactPath('popup-article.png'));
});

test('popup: each switch changes the open page at once, and the popup shows it when opened again', async (ctx) => {
  await resetSettings(ctx);
  try {
    const { page, tabId } = await openArticle(ctx);
    const before = await paintedLayers(page);
    assert.ok(before.numbers > 0 && before.claims > 0, `painted before: ${JSON.stringify(before)}`);

    let popup = await openPopup(ctx, tabId);
    await flip(popup, '#sl-numbers');
    await poll(async () => (await paintedLayers(page)).numbers === 0, UI_TIMEOUT_MS, 'number highlights to go');
    assert.ok((await paintedLayers(page)).claims > 0, 'claims stay highlighted');

    await flip(popup, '#sl-claims');
    await poll(async () => (await paintedLayers(page)).claims === 0, UI_TIMEOUT_MS, 'claim highlights to go');

    await flip(popup, '#sl-sidebar');
    await popup.close();

    // Opened again, the popup asks the page: the switches show what the page is doing now.
    popup = await openPopup(ctx, tabId);
    assert.equal(await isChecked(popup, '#sl-numbers'), false, 'numbers switch remembers the page');
    assert.equal(await isChecked(popup, '#sl-claims'), false, 'claims switch remembers the page');
    assert.equal(await isChecked(popup, '#sl-sidebar'), true, 'sidebar switch remembers the page');

    await flip(popup, '#sl-numbers');
    await flip(popup, '#sl-claims');
    await poll(
      async () => {
        const now = await paintedLayers(page);
        return now.numbers > 0 && now.claims > 0;
      },
      UI_TIMEOUT_MS,
      'highlights to come back',
    );

    // Off for the site: Sourcelight leaves the page; on again: it comes back.
    await flip(popup, '#sl-site');
    assert.equal(await popupStatus(popup), 'off');
    await poll(async () => (await paintedLayers(page)).claims === 0, UI_TIMEOUT_MS, 'page to be left alone');
    await popup.click('#sl-site');
    await popup.waitForSelector('[data-sl-status="article"]');
    await poll(async () => (await paintedLayers(page)).claims > 0, UI_TIMEOUT_MS, 'highlights after site on');
  } finally {
    await resetSettings(ctx);
  }
});

test('popup: the badge shows the claim count and clears on navigation', async (ctx) => {
  await resetSettings(ctx);
  const { page, tabId } = await openArticle(ctx);
  const host = await readHost(ctx, page);
  assert.ok(host);
  await poll(async () => (await badgeText(ctx, tabId)) === String(host.claims), UI_TIMEOUT_MS, 'badge count');
  await page.goto(ctx.server.seed(FRONT_PAGE));
  await poll(async () => (await badgeText(ctx, tabId)) === '', UI_TIMEOUT_MS, 'badge to clear');
  const hosts = await page.evaluate((h: string) => document.querySelectorAll(h).length, HOST);
  assert.equal(hosts, 0);
});

test('popup: a page that is not an article says so plainly', async (ctx) => {
  await resetSettings(ctx);
  const page = await ctx.newPage();
  const url = servedNotArticle(ctx);
  await page.goto(url);
  const tabId = await activeTabId(ctx, url);
  // Opened once, whenever the page is in its reading: a popup opened before the page has read itself says it is
  // reading, and shows the answer when the page reports it.
  const popup = await openPopup(ctx, tabId);
  await popup.waitForSelector('[data-sl-status="not-article"]', { timeoutMs: UI_TIMEOUT_MS });
  assert.equal(await popupText(popup, '[data-sl-status]'), 'No news article found on this page.');
});

test('popup: opened before the page has its article, it shows the article when the page has read it', async (ctx) => {
  await resetSettings(ctx);
  const page = await ctx.newPage();
  const url = ctx.server.page(SPA_GATED);
  await page.goto(url);
  const tabId = await activeTabId(ctx, url);
  // The page holds its article back until the test opens it: the popup's first answer is the list of headlines.
  // The gate lets that list by: the popup, opened with a click, wakes the page (utils/messaging/wake.ts).
  await clickToolbarButton(ctx, page);
  const popup = await openPopup(ctx, tabId);
  const first = await popupStatus(popup);
  ctx.log(`before the story: ${first}`);
  assert.notEqual(first, 'article', 'no article yet');
  // The story opens in the page (an address change, no load): the page reads it, shows it and reports; the popup,
  // still open, asks again by itself.
  await page.bringToFront();
  await page.click('#open');
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  await popup.waitForSelector('[data-sl-status="article"]', { timeoutMs: UI_TIMEOUT_MS });
  const host = await readHost(ctx, page);
  assert.ok(host && host.claims > 0, 'the story has claims');
  await poll(
    async () => (await popupText(popup, '[data-sl-count="claims"] dd')) === String(host.claims),
    UI_TIMEOUT_MS,
    'the popup to count the claims the page shows',
  );
  assert.match((await popupText(popup, '#sl-article-title')) ?? '', /Ferry fares/, 'the story in the popup');
});

/** The smallest PDF that renders (one empty page): Firefox shows it in pdf.js, which extensions cannot enter. */
const TINY_PDF = [
  '%PDF-1.4',
  '1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj',
  '2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj',
  '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj',
  'trailer<</Root 1 0 R>>',
  '%%EOF',
].join('\n');

/** Serves TINY_PDF from 127.0.0.1 for one test (the harness's server only serves seeds and test pages). */
async function servePdf(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' });
    response.end(TINY_PDF);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/annual-report.pdf`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('popup: a page where extensions cannot run gets a message, not a failure', async (ctx) => {
  // Chromium: a browser page, whose address is hidden from Sourcelight. Firefox: a PDF in its viewer (Firefox
  // lets extensions into about:blank and data: pages, so those are not closed to them).
  const pdf = ctx.browser === 'firefox' ? await servePdf() : null;
  try {
    const page = await ctx.newPage();
    await page.goto(pdf?.url ?? 'chrome://version/');
    const popup = await openPopup(ctx, await activeTabId(ctx));
    const status = (await popupStatus(popup)) ?? '';
    const text = (await popupText(popup, '[data-sl-status]')) ?? '';
    ctx.log(`${status}: ${text}`);
    assert.equal(status, pdf ? 'unavailable-pdf' : 'unavailable-no-access');
    assert.match(text, /can't (run on|read)/);
    assert.equal(await popup.evaluate(() => document.querySelectorAll('input').length, null), 0, 'no switches');
  } finally {
    await pdf?.close();
  }
});

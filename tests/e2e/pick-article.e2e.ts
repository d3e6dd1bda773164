// "Not the article? Pick it" in Chromium and Firefox, on a page where the engine takes the wrong story
// (tests/e2e/pages/two-stories.html: the page's headline is the ferry story, the engine takes the longer bridge
// feature and says it is not sure): the reader picks the ferry story by clicking it, the highlights and sources
// come from it, the choice is applied again after a reload, another page of the site where the picked element is
// not says so (and offers to pick again), and "Use Sourcelight's choice" brings the automatic article back. The site's stored choices are put back as they were at the end.
import assert from 'node:assert/strict';
import { poll } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { clickUi, HOST, READY, readPainted, sendToPage, uiTexts } from './onpage-probes.ts';
import { readStorage, writeStorage } from './popup-probes.ts';

const PAGE = 'two-stories.html';
const UI_TIMEOUT_MS = 10_000;
/** The storage keys of the per-site choices (utils/settings.ts sitesItem) and of their version. */
const SITE_KEYS = ['sites', 'sites$'];
const PICKED = 'ferry';
const AUTOMATIC = 'bridge';
const PICKED_SOURCE = 'Ann Lee';
/** Another article of the same site, without the picked story's element. */
const OTHER_PAGE = 'counting-article.html';
const NOT_FOUND = /The article you picked on this site is not on this page, so Sourcelight chose it\./;

/** Where the painted highlights are: how many inside the picked story, inside the automatic one, elsewhere. */
async function paintedIn(page: E2EPage): Promise<{ picked: number; automatic: number; other: number }> {
  const { ranges } = await readPainted(page);
  const count = { picked: 0, automatic: 0, other: 0 };
  for (const range of ranges) {
    if (range.inside.some((step) => step.includes(`#${PICKED}`))) count.picked++;
    else if (range.inside.some((step) => step.includes(`#${AUTOMATIC}`))) count.automatic++;
    else count.other++;
  }
  return count;
}

async function waitForPainted(page: E2EPage, where: 'picked' | 'automatic', what: string): Promise<void> {
  await poll(
    async () => {
      const count = await paintedIn(page);
      const elsewhere = where === 'picked' ? count.automatic : count.picked;
      return count[where] > 0 && elsewhere === 0 && count.other === 0;
    },
    UI_TIMEOUT_MS,
    what,
  );
}

async function sidebarText(page: E2EPage): Promise<string> {
  return (await uiTexts(page, '.sl-sidebar')).join(' ');
}

async function openSidebar(page: E2EPage): Promise<void> {
  if (!(await sidebarText(page))) assert.ok(await clickUi(page, 'source'), 'the launcher');
  await poll(async () => (await sidebarText(page)) !== '', UI_TIMEOUT_MS, 'the sidebar');
}

async function open(ctx: E2EContext, url: string): Promise<E2EPage> {
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  return page;
}

test('pick the article: click the right story, kept after a reload, undone with "Use Sourcelight\'s choice"', async (ctx) => {
  const saved = await readStorage(ctx, SITE_KEYS);
  const url = ctx.server.page(PAGE);
  try {
    const page = await open(ctx, url);
    await waitForPainted(page, 'automatic', 'the automatic (wrong) story highlighted first');
    const before = JSON.stringify(await sendToPage(ctx, url, 'getState', null));
    assert.match(before, /"articleCertainty":"unsure"/, 'the popup is told Sourcelight is not sure');
    await openSidebar(page);
    assert.match(await sidebarText(page), /Sourcelight is not sure this is the article\./, 'the sidebar says so');
    assert.doesNotMatch(await sidebarText(page), new RegExp(PICKED_SOURCE), 'the picked story is not read yet');

    // Pick: the button, then a click on the story's own box (its padding, beside its paragraphs).
    assert.ok(await clickUi(page, 'Not the article? Pick it'), 'the pick button');
    await poll(
      async () => /Click the article, or pick it with the keys/.test(await sidebarText(page)),
      UI_TIMEOUT_MS,
      'picking',
    );
    const point = await page.evaluate((id: string) => {
      const element = document.getElementById(id);
      // Its top edge in view: the story is taller than a small viewport, so centring it would hide its padding.
      element?.scrollIntoView({ block: 'start' });
      const rect = element?.getBoundingClientRect();
      return rect ? { x: rect.left + 8, y: rect.top + 8 } : null;
    }, PICKED);
    assert.ok(point, 'the story to pick is on the page');
    const mouse = page.raw.page.mouse;
    await mouse.move(point.x, point.y);
    await poll(
      async () =>
        page.evaluate(
          (h: string) =>
            document.querySelector(h)?.shadowRoot?.querySelector('.sl-picker-label')?.textContent === 'section',
          HOST,
        ),
      UI_TIMEOUT_MS,
      'the outline over the story',
    );
    await mouse.click(point.x, point.y);
    await waitForPainted(page, 'picked', 'the highlights move to the picked story');
    await poll(async () => (await sidebarText(page)).includes(PICKED_SOURCE), UI_TIMEOUT_MS, 'its sources listed');
    assert.match(await sidebarText(page), /You picked the article on this site\./);
    const stored = JSON.stringify(await readStorage(ctx, ['sites']));
    assert.match(stored, new RegExp(`"articlePath":"#${PICKED}"`), 'the choice is saved for the site');

    // A later page of the site (here the same page again) reads the picked story by itself.
    await page.goto(url);
    await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
    await waitForPainted(page, 'picked', 'the saved choice applied after a reload');
    await openSidebar(page);
    assert.match(await sidebarText(page), new RegExp(PICKED_SOURCE));
    assert.match(await sidebarText(page), /You picked the article on this site\./);

    // Another page of the site, where the picked story is not: Sourcelight chooses, and says the pick was not found.
    const other = ctx.server.page(OTHER_PAGE);
    await page.goto(other);
    await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
    await openSidebar(page);
    await poll(async () => NOT_FOUND.test(await sidebarText(page)), UI_TIMEOUT_MS, 'the lost pick told');
    assert.match(await sidebarText(page), /Pick it again/, 'offers to pick again');
    assert.match(await sidebarText(page), /Forget my pick/, 'offers to forget the pick');
    const told = JSON.stringify(await sendToPage(ctx, other, 'getState', null));
    assert.match(told, /"articleCertainty":"unsure"/, 'the popup is told Sourcelight is not sure');
    assert.match(
      JSON.stringify(await readStorage(ctx, ['sites'])),
      new RegExp(`"articlePath":"#${PICKED}"`),
      'the pick is kept for the pages where it is found',
    );

    // Back on the page where it is found, the pick applies again.
    await page.goto(url);
    await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
    await waitForPainted(page, 'picked', 'the saved choice applied again');
    await openSidebar(page);
    assert.match(await sidebarText(page), /You picked the article on this site\./);

    // Undo: the automatic article again, and the site's choice forgotten.
    assert.ok(await clickUi(page, "Use Sourcelight's choice"), 'the undo button');
    await waitForPainted(page, 'automatic', 'the automatic story highlighted again');
    await poll(
      async () => !(await sidebarText(page)).includes(PICKED_SOURCE),
      UI_TIMEOUT_MS,
      'the picked story unlisted',
    );
    assert.match(await sidebarText(page), /Sourcelight is not sure this is the article\./);
    await poll(
      async () => !JSON.stringify(await readStorage(ctx, ['sites'])).includes('articlePath'),
      UI_TIMEOUT_MS,
      'the site choice forgotten',
    );
    assert.deepEqual(await page.pageErrors(), [], 'no errors on the page');
  } finally {
    await restoreStorage(ctx, saved);
  }
});

/** Puts the site choices back exactly as they were (absent keys removed). */
async function restoreStorage(ctx: E2EContext, saved: Record<string, unknown>): Promise<void> {
  const missing = SITE_KEYS.filter((key) => !(key in saved));
  await ctx.extension.evaluate(async (keys: string[]) => {
    type Storage = { local: { remove(keys: string[]): Promise<void> } };
    const g = globalThis as unknown as { browser?: { storage: Storage }; chrome?: { storage: Storage } };
    if (keys.length > 0) await (g.browser ?? g.chrome)?.storage.local.remove(keys);
  }, missing);
  if (Object.keys(saved).length > 0) await writeStorage(ctx, saved);
}

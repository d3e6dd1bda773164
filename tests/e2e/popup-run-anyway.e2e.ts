// "Run anyway" (issue 14.7): on a page judged not an article, the popup offers to run Sourcelight anyway;
// clicking it shows Sourcelight's UI on the page, and turning it off leaves the page exactly as it was.
import assert from 'node:assert/strict';
import { poll } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { firstTextDifference, snapshot } from './harness/probes.ts';
import { HOST, READY } from './onpage-probes.ts';
import {
  activeTabId,
  flip,
  openPopup,
  popupStatus,
  popupText,
  resetSettings,
  servedNotArticle,
} from './popup-probes.ts';

const UI_TIMEOUT_MS = 10_000;
const RUN_ANYWAY = '[data-sl-action="run-anyway"]';
const SITE_SWITCH = '#sl-site';

/** The popup, reopened until the page is read and it says there is no article. */
async function notArticlePopup(ctx: E2EContext, tabId: number): Promise<E2EPage> {
  let found: E2EPage | null = null;
  await poll(
    async () => {
      const popup = await openPopup(ctx, tabId);
      if ((await popupStatus(popup)) === 'not-article') {
        found = popup;
        return true;
      }
      await popup.close();
      return false;
    },
    UI_TIMEOUT_MS,
    'the popup to say there is no article',
  );
  if (found === null) throw new Error('no popup');
  return found;
}

test('popup: "Run anyway" on a page that is not an article shows Sourcelight, and off puts the page back', async (ctx) => {
  await resetSettings(ctx);
  const page = await ctx.newPage();
  const url = servedNotArticle(ctx);
  await page.goto(url);
  const tabId = await activeTabId(ctx, url);
  const popup = await notArticlePopup(ctx, tabId);
  const before = await snapshot(page);
  assert.equal(await page.evaluate((h: string) => document.querySelector(h), HOST), null);
  assert.equal(await popupText(popup, RUN_ANYWAY), 'Run anyway');

  await popup.click(RUN_ANYWAY);
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  await popup.waitFor(
    () =>
      document.querySelector('main')?.getAttribute('aria-busy') === 'false' &&
      document.querySelector('[data-sl-status]')?.getAttribute('data-sl-status') === 'article',
    null,
    { timeoutMs: UI_TIMEOUT_MS },
  );
  assert.equal(await popupStatus(popup), 'article');

  // Off for the site: everything Sourcelight added goes, the page is as it was.
  assert.equal(await flip(popup, SITE_SWITCH), false);
  await poll(
    async () => (await page.evaluate((h: string) => document.querySelector(h) === null, HOST)) === true,
    UI_TIMEOUT_MS,
    'the host to go',
  );
  const after = await snapshot(page);
  assert.equal(firstTextDifference(before.html, after.html), null);
  assert.deepEqual(after.styles, before.styles);
  assert.equal(after.styleSheets, before.styleSheets);
  await resetSettings(ctx);
});

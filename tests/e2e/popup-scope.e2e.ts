// What a popup switch changes, in both browsers (issue 14.2): the highlight switches change this site (stored
// with the site, never the defaults everywhere), the sidebar and strip switches this page only; the popup says
// which is which, another site keeps the defaults, and the options page shows the same. Also the type size of
// the popup and the options page (issue 14.3): Chromium's style sheet for extension pages shrinks the body's
// text to 75 %, so a page that does not set the body's size shows 9.75 px there and 13 px in Firefox.
import assert from 'node:assert/strict';
import { poll } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { READY, readPainted } from './onpage-probes.ts';
import { activeTabId, flip, isChecked, openPopup, popupText, readStorage, resetSettings } from './popup-probes.ts';

const ARTICLE = 'daily8-wire-story.html';
const UI_TIMEOUT_MS = 10_000;
const CLAIM_LAYER_PREFIX = 'sl-claim';
/** The size of body text in the browsers' own panels and settings pages (and the popup's design). */
const UI_TEXT_PX = '13px';
/** The smallest text on either page (the popup's small caps labels), the smallest the browsers' panels use. */
const MIN_TEXT_PX = 11;

async function claimsPainted(page: E2EPage): Promise<number> {
  const { ranges } = await readPainted(page);
  return ranges.filter((r) => r.layer.startsWith(CLAIM_LAYER_PREFIX)).length;
}

/** The seed article on a given origin: 127.0.0.1 and localhost are two sites to Sourcelight (two hosts). */
async function openArticleAt(ctx: E2EContext, origin: string): Promise<{ page: E2EPage; tabId: number }> {
  const page = await ctx.newPage();
  const url = `${origin}/${new URL(ctx.server.seed(ARTICLE)).pathname.replace(/^\//, '')}`;
  await page.goto(url);
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  return { page, tabId: await activeTabId(ctx, url) };
}

function otherOrigin(ctx: E2EContext): string {
  const origin = new URL(ctx.server.origin);
  return `http://localhost:${origin.port}`;
}

/** The key the site is stored under: the host with its port (utils/settings.ts `siteKey`). */
function siteOf(origin: string): string {
  return new URL(origin).host;
}

test('popup scope: highlight switches change this site only, sidebar this page, and the popup says so', async (ctx) => {
  await resetSettings(ctx);
  try {
    const site = siteOf(ctx.server.origin);
    const first = await openArticleAt(ctx, ctx.server.origin);
    assert.ok((await claimsPainted(first.page)) > 0, 'claims painted at first');

    const popup = await openPopup(ctx, first.tabId);
    // Each switch sits under a heading that says what it changes.
    const groups = await popup.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-sl-scope]')].map((group) => ({
          scope: group.dataset.slScope ?? '',
          heading: group.querySelector('h2')?.textContent ?? '',
          switches: [...group.querySelectorAll('input[role="switch"]')].map((input) => input.id),
        })),
      null,
    );
    assert.deepEqual(groups, [
      { scope: 'page', heading: 'This page only', switches: ['sl-sidebar', 'sl-strip'] },
      { scope: 'site', heading: `On this site: ${site}`, switches: ['sl-claims', 'sl-numbers', 'sl-site'] },
    ]);
    assert.equal(await popupText(popup, '#sl-claims-description'), 'Same as everywhere (on)');

    await flip(popup, '#sl-claims');
    await poll(async () => (await claimsPainted(first.page)) === 0, UI_TIMEOUT_MS, 'claim highlights to go');
    // Marked as set apart from the default, with the way back.
    assert.equal(await popupText(popup, '#sl-claims-description'), 'Set for this site only; everywhere: on');
    assert.equal(await popupText(popup, '.sl-use-default'), 'Use the default');
    await flip(popup, '#sl-sidebar');

    const stored = await readStorage(ctx, ['settings', 'sites']);
    const defaults = stored.settings as { highlights?: { claims?: boolean } } | undefined;
    assert.notEqual(defaults?.highlights?.claims, false, 'the default everywhere is untouched');
    const sites = stored.sites as Record<string, { highlights?: { claims?: boolean } }>;
    assert.deepEqual(sites[site]?.highlights, { claims: false }, 'stored with the site');

    // Another site keeps the default: claims highlighted, the popup's switch on and following the default.
    const other = await openArticleAt(ctx, otherOrigin(ctx));
    await poll(async () => (await claimsPainted(other.page)) > 0, UI_TIMEOUT_MS, 'claims on the other site');
    const otherPopup = await openPopup(ctx, other.tabId);
    assert.equal(await isChecked(otherPopup, '#sl-claims'), true, 'claims on for the other site');
    assert.equal(await isChecked(otherPopup, '#sl-sidebar'), false, 'the sidebar was opened on one page only');
    assert.equal(await popupText(otherPopup, '#sl-claims-description'), 'Same as everywhere (on)');

    // A new page of the first site keeps the site's choice.
    await first.page.goto(await first.page.url());
    await first.page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
    assert.equal(await claimsPainted(first.page), 0, 'the site keeps claims off on its next page');

    // The options page tells the same: claims on everywhere, off for this one site.
    const options = await ctx.openExtensionPage('options.html');
    await options.waitForSelector(`[data-sl-site="${site}"]`, { timeoutMs: UI_TIMEOUT_MS });
    const shown = await options.evaluate((host: string) => {
      const row = document.querySelector(`[data-sl-site="${host}"]`);
      const select = (kind: string) =>
        row?.querySelector<HTMLSelectElement>(`[data-sl-site-highlight="${kind}"] select`);
      return {
        everywhere: document.querySelector<HTMLInputElement>('#sl-highlight-claims')?.checked ?? null,
        heading: document.querySelector('#sl-highlights-heading')?.textContent ?? '',
        claims: select('claims')?.value ?? null,
        claimsText: select('claims')?.selectedOptions[0]?.textContent ?? null,
        numbers: select('numbers')?.value ?? null,
        numbersText: select('numbers')?.selectedOptions[0]?.textContent ?? null,
      };
    }, site);
    assert.deepEqual(shown, {
      everywhere: true,
      heading: 'Highlights everywhere',
      claims: 'off',
      claimsText: 'Off for this site',
      numbers: 'default',
      numbersText: 'Same as everywhere (on)',
    });

    // Back to the default from the options page: the open page of the site follows at once.
    await options.evaluate((host: string) => {
      const select = document.querySelector<HTMLSelectElement>(
        `[data-sl-site="${host}"] [data-sl-site-highlight="claims"] select`,
      );
      if (!select) throw new Error('no claims choice');
      select.value = 'default';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, site);
    await poll(async () => (await claimsPainted(first.page)) > 0, UI_TIMEOUT_MS, 'claims back on the site');
  } finally {
    await resetSettings(ctx);
  }
});

test('type size: popup and options text is the browser UI size in both browsers', async (ctx) => {
  await resetSettings(ctx);
  const { tabId } = await openArticleAt(ctx, ctx.server.origin);
  const popup = await openPopup(ctx, tabId);
  const options = await ctx.openExtensionPage('options.html');
  await options.waitForSelector('#sl-mode-articles', { timeoutMs: UI_TIMEOUT_MS });
  const sizes = (page: E2EPage, selectors: string[]) =>
    page.evaluate(
      (list: string[]) =>
        list.map((selector) => {
          const element = document.querySelector(selector);
          return element ? getComputedStyle(element).fontSize : `missing ${selector}`;
        }),
      selectors,
    );
  const popupBody = await sizes(popup, ['body', 'label[for="sl-sidebar"]', '[data-sl-count="claims"] dd']);
  const optionsBody = await sizes(options, ['body', 'label[for="sl-mode-articles"]', '#sl-mode-articles-help']);
  ctx.log(`popup ${popupBody.join(' / ')}; options ${optionsBody.join(' / ')}`);
  assert.equal(popupBody[0], UI_TEXT_PX, 'popup body');
  assert.equal(popupBody[1], UI_TEXT_PX, 'popup switch label');
  assert.equal(optionsBody[0], UI_TEXT_PX, 'options body');
  assert.equal(optionsBody[1], UI_TEXT_PX, 'options choice label');
  // Nothing a reader must read is smaller than that (9.75 px body text was).
  for (const [page, name] of [
    [popup, 'popup'],
    [options, 'options'],
  ] as const) {
    const smallest = await page.evaluate(() => {
      let min = Number.POSITIVE_INFINITY;
      let where = '';
      for (const element of document.querySelectorAll<HTMLElement>('body *')) {
        const own = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (!own || element.closest('.sl-visually-hidden') || element.getClientRects().length === 0) continue;
        const size = Number.parseFloat(getComputedStyle(element).fontSize);
        if (size < min) {
          min = size;
          where = `${element.tagName.toLowerCase()}.${element.className}`;
        }
      }
      return { min, where };
    }, null);
    assert.ok(smallest.min >= MIN_TEXT_PX, `${name}: smallest text ${smallest.min}px at ${smallest.where}`);
  }
});

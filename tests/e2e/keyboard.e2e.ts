// Sourcelight with the keyboard alone, in Chromium and Firefox, on the seed article: Esc gives focus back to
// where it was before Sourcelight's UI took it (the launcher, or the page's element before Alt+Shift+S); a claim
// reached from the sidebar takes focus and shows the hover card; the block picker moves with the arrow keys,
// picks with Enter and cancels with Esc; axe-core finds nothing while each of them is shown.
import assert from 'node:assert/strict';
import { poll, settle } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { axeViolations, clickUi, HOST, isShown, READY, uiTexts } from './onpage-probes.ts';

const SEED = 'daily8-islamic-state.html';
const UI_TIMEOUT_MS = 10_000;
/** A page link before the article on the seed (its navigation). */
const PAGE_LINK = 'a[href="/latest"]';
const PROMO_TEXT = 'Try Our AI Features';
const ARTICLE_TEXT = 'Middle East leaders and their Western allies have been warning';

async function openSeed(ctx: E2EContext): Promise<E2EPage> {
  const page = await ctx.newPage();
  await page.goto(ctx.server.seed(SEED));
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  return page;
}

async function waitForUi(page: E2EPage, selector: string, present = true): Promise<void> {
  await page.waitFor(
    ({ host, selector, present }: { host: string; selector: string; present: boolean }) =>
      (document.querySelector(host)?.shadowRoot?.querySelector(selector) != null) === present,
    { host: HOST, selector, present },
    { timeoutMs: UI_TIMEOUT_MS },
  );
}

/**
 * Where the focus is, as a reader would name it: `ui:<class> <text>` inside Sourcelight's shadow root, `page:<tag>
 * <text>` in the page (`page:body` when nothing has it).
 */
function focusNow(page: E2EPage): Promise<string> {
  return page.evaluate((host: string) => {
    const describe = (el: Element | null): string =>
      el
        ? `${el.localName}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''} ${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60)}`.trim()
        : 'none';
    const active = document.activeElement;
    if (active && active === document.querySelector(host))
      return `ui:${describe(active.shadowRoot?.activeElement ?? null)}`;
    if (!active || active === document.body) return 'page:body';
    return `page:${describe(active)}`;
  }, HOST);
}

/** Focuses the first element of our shadow root matching `selector`. */
function focusUi(page: E2EPage, selector: string): Promise<boolean> {
  return page.evaluate(
    ({ host, selector }: { host: string; selector: string }) => {
      const el = document.querySelector(host)?.shadowRoot?.querySelector<HTMLElement>(selector);
      el?.focus();
      return el !== null && el !== undefined;
    },
    { host: HOST, selector },
  );
}

/** Focuses the first shadow-root button whose text contains `label`. */
function focusUiButton(page: E2EPage, label: string): Promise<boolean> {
  return page.evaluate(
    ({ host, label }: { host: string; label: string }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const button = Array.from(root?.querySelectorAll('button') ?? []).find((b) =>
        (b.textContent ?? '').replace(/\s+/g, ' ').includes(label),
      );
      button?.focus();
      return button !== undefined && root?.activeElement === button;
    },
    { host: HOST, label },
  );
}

async function waitForFocus(page: E2EPage, test: (focus: string) => boolean, what: string): Promise<string> {
  let last = '';
  await poll(
    async () => {
      last = await focusNow(page);
      return test(last);
    },
    UI_TIMEOUT_MS,
    `${what} (focus is on ${JSON.stringify(last)})`,
  ).catch((error: unknown) => {
    throw new Error(`${what}: focus is on ${JSON.stringify(last)} (${String(error)})`);
  });
  return last;
}

test('keyboard: Esc closes the sidebar opened from the launcher and gives focus back to the launcher', async (ctx) => {
  const page = await openSeed(ctx);
  assert.ok(await focusUi(page, '.sl-launcher'), 'the launcher takes focus');
  await page.press('Enter');
  await waitForUi(page, '.sl-sidebar');
  await waitForFocus(page, (f) => f.startsWith('ui:h2'), 'the sidebar takes focus');
  assert.deepEqual(await axeViolations(page, '.sl-sidebar'), [], 'axe-core finds nothing on the sidebar');
  await page.press('Escape');
  await waitForUi(page, '.sl-sidebar', false);
  await waitForFocus(page, (f) => f.startsWith('ui:button.sl-launcher'), 'focus back on the launcher');
});

test('keyboard: Esc after Alt+Shift+S gives focus back to the page element focused before', async (ctx) => {
  const page = await openSeed(ctx);
  const focused = await page.evaluate((selector: string) => {
    const link = document.querySelector<HTMLElement>(selector);
    link?.focus();
    return document.activeElement === link;
  }, PAGE_LINK);
  assert.ok(focused, 'a page link has focus');
  await page.press('Alt+Shift+S');
  await waitForUi(page, '.sl-sidebar');
  await waitForFocus(page, (f) => f.startsWith('ui:h2'), 'the sidebar takes focus');
  await page.press('Escape');
  await waitForUi(page, '.sl-sidebar', false);
  const back = await waitForFocus(page, (f) => f.startsWith('page:a'), 'focus back on the page link');
  assert.match(back, /Latest/, 'the same link');
});

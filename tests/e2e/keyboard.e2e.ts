// Sourcelight with the keyboard alone, in Chromium and Firefox, on the seed article: Esc gives focus back to
// where it was before Sourcelight's UI took it (the launcher, or the page's element before Alt+Shift+S); a claim
// reached from the sidebar takes focus and shows the hover card; the block picker moves with the arrow keys,
// picks with Enter and cancels with Esc; axe-core finds nothing while each of them is shown.
import assert from 'node:assert/strict';
import { poll } from '../../tools/browser/poll.ts';
import type { E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { axeViolations, HOST, isShown, openSeed, UI_TIMEOUT_MS, uiTexts, waitForUi } from './onpage-probes.ts';
import { activeTabId, extensionPageAxeViolations, openPopup, popupText, resetSettings } from './popup-probes.ts';

const SEED = 'daily8-wire-story.html';
/** A page link before the article on the seed (its navigation). */
const PAGE_LINK = 'a[href="/latest"]';
const PROMO_TEXT = 'Read Smarter with Daily8 AI';
const ARTICLE_TEXT = 'Fishing towns from Senegal to Ghana have spent the year';

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
  const page = await openSeed(ctx, SEED);
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
  const page = await openSeed(ctx, SEED);
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

/** Focuses the first source of the sidebar's list with two claims or more; its name, or null. */
function focusSourceWithClaims(page: E2EPage): Promise<string | null> {
  return page.evaluate((host: string) => {
    const root = document.querySelector(host)?.shadowRoot;
    for (const button of Array.from(root?.querySelectorAll<HTMLButtonElement>('.sl-source') ?? [])) {
      const meta = button.querySelector('.sl-source-meta')?.textContent ?? '';
      const count = Number(/(\d+) claims/.exec(meta)?.[1] ?? 0);
      if (count < 2) continue;
      button.focus();
      return (button.querySelector('.sl-source-name')?.textContent ?? '').trim();
    }
    return null;
  }, HOST);
}

/** The focused claim's ring and the card: where the ring is, what the card says, and what the ring is named. */
function ringAndCard(page: E2EPage) {
  return page.evaluate((host: string) => {
    const root = document.querySelector(host)?.shadowRoot;
    const ring = root?.querySelector<HTMLElement>('.sl-claim-ring');
    const card = root?.querySelector<HTMLElement>('.sl-card');
    const box = ring?.getBoundingClientRect();
    const described = ring?.getAttribute('aria-describedby');
    return {
      ring: box ? { width: box.width, height: box.height, top: box.top, bottom: box.bottom } : null,
      name: (ring?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      card: (card?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      cardSource: (card?.querySelector('.sl-card-name')?.textContent ?? '').trim(),
      sources: Array.from(root?.querySelectorAll('.sl-source-name') ?? []).map((e) => (e.textContent ?? '').trim()),
      describedByCard: described !== null && described !== undefined && root?.getElementById(described) === card,
      counter: (root?.querySelector('.sl-counter')?.textContent ?? '').trim(),
      viewport: innerHeight,
    };
  }, HOST);
}

test('keyboard: a claim reached from the sidebar takes focus and shows its card; arrows step, Esc gives focus back', async (ctx) => {
  const page = await openSeed(ctx, SEED);
  await page.press('Alt+Shift+S');
  await waitForUi(page, '.sl-sidebar');
  const source = await focusSourceWithClaims(page);
  assert.ok(source, 'a source with two claims or more');
  ctx.log(`source: ${source}`);
  await page.press('Enter');
  await waitForUi(page, '.sl-focus');

  // The claim list: Enter on a claim gives the claim itself the focus, with its card.
  assert.ok(await focusUi(page, '.sl-focus .sl-claim'), 'the first claim of the list');
  await page.press('Enter');
  await waitForFocus(page, (f) => f.startsWith('ui:button.sl-claim-ring'), 'the claim takes focus');
  // The page scrolls to the claim (smoothly, unless the reader prefers less motion): the ring follows it.
  await poll(
    async () => {
      const { ring, viewport } = await ringAndCard(page);
      return ring !== null && ring.top >= 0 && ring.bottom <= viewport;
    },
    UI_TIMEOUT_MS,
    'the focused claim on screen',
  );
  const first = await ringAndCard(page);
  ctx.log(`ring ${JSON.stringify(first.ring)}; card: ${first.card}`);
  assert.ok(first.ring && first.ring.width > 20 && first.ring.height > 10, 'the ring surrounds the claim');
  assert.ok(first.ring && first.ring.bottom > 0 && first.ring.top < first.viewport, 'the claim is on screen');
  // A claim credited to two sources is listed under both; its card names the one it is credited to first.
  assert.ok(first.sources.includes(first.cardSource), `the card names a listed source (${first.cardSource})`);
  assert.match(first.card, /Cue: \S/, 'the card shows the cue');
  assert.match(first.card, /↑ ↓ previous or next claim/, 'the card says which keys it answers to');
  assert.match(first.name, /^Claim: \S/, 'the focused claim is named by its words');
  assert.ok(first.describedByCard, 'the focused claim is described by its card');
  assert.deepEqual(await axeViolations(page, '.sl-root'), [], 'axe-core finds nothing with a claim focused');

  // ↓ steps to the source's next claim: the focus stays on the claim, the sidebar follows.
  await page.press('ArrowDown');
  await poll(async () => (await ringAndCard(page)).counter !== first.counter, UI_TIMEOUT_MS, 'the next claim');
  const second = await ringAndCard(page);
  assert.notEqual(second.name, first.name, 'another claim has the focus');
  assert.match(await focusNow(page), /^ui:button\.sl-claim-ring/, 'the focus stays on the claim');

  // Esc closes the card and gives the focus back to the claim in the sidebar's list it came from.
  await page.press('Escape');
  await waitForUi(page, '.sl-card', false);
  await waitForFocus(page, (f) => f.startsWith('ui:button.sl-claim '), 'focus back on the claim list');
  assert.ok(await isShown(page, ARTICLE_TEXT), 'the article is shown');

  // Next in the sidebar goes there too, and Esc comes back to Next.
  assert.ok(await focusUiButton(page, 'Next'), 'the Next button');
  await page.press('Enter');
  await waitForFocus(page, (f) => f.startsWith('ui:button.sl-claim-ring'), 'Next gives the claim the focus');
  await waitForUi(page, '.sl-card');
  await page.press('Escape');
  await waitForUi(page, '.sl-card', false);
  await waitForFocus(page, (f) => /^ui:button\.sl-button Next/.test(f), 'focus back on Next');
  assert.equal((await uiTexts(page, '.sl-sidebar')).length, 1, 'the sidebar stays open');
});

interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The picker's outline (null when none is drawn) and the promo box's own box, in viewport coordinates. */
function outlineAndPromo(page: E2EPage, promo: string): Promise<{ outline: Box | null; promo: Box | null }> {
  return page.evaluate(
    ({ host, promo }: { host: string; promo: string }) => {
      const box = (el: Element | null | undefined) => {
        if (!el || (el as HTMLElement).hidden) return null;
        const r = el.getBoundingClientRect();
        return { top: r.top, left: r.left, width: r.width, height: r.height };
      };
      const outline = document.querySelector(host)?.shadowRoot?.querySelector('.sl-picker-outline');
      const heading = Array.from(document.querySelectorAll('h3')).find((h) => h.textContent?.includes(promo));
      return { outline: box(outline), promo: box(heading?.parentElement) };
    },
    { host: HOST, promo },
  );
}

const sameBox = (a: Box | null, b: Box | null): boolean =>
  !!a && !!b && ['top', 'left', 'width', 'height'].every((k) => Math.abs(a[k as keyof Box] - b[k as keyof Box]) < 2);
const inside = (a: Box, b: Box): boolean =>
  a.top >= b.top - 1 &&
  a.left >= b.left - 1 &&
  a.top + a.height <= b.top + b.height + 1 &&
  a.left + a.width <= b.left + b.width + 1;

test('keyboard: the block picker moves with the arrow keys, Enter hides, Esc cancels; focus comes back', async (ctx) => {
  await resetSettings(ctx);
  try {
    const page = await openSeed(ctx, SEED);
    await page.evaluate((promo: string) => {
      const heading = Array.from(document.querySelectorAll('h3')).find((h) => h.textContent?.includes(promo));
      heading?.parentElement?.scrollIntoView({ block: 'center' });
    }, PROMO_TEXT);

    // Esc cancels and the focus is on the button that began it.
    assert.ok(await focusUiButton(page, 'Hide a block'), 'the picker button');
    await page.press('Enter');
    const hint = (await uiTexts(page, '.sl-strip-actions [aria-pressed="true"]')).join(' ');
    assert.match(hint, /← → previous or next, ↑ wider, ↓ narrower, Enter hides it, Esc cancels/, `the hint (${hint})`);
    await page.press('ArrowRight');
    await poll(async () => (await outlineAndPromo(page, PROMO_TEXT)).outline !== null, UI_TIMEOUT_MS, 'an outline');
    await page.press('Escape');
    await waitForUi(page, '.sl-picker-outline', false);
    assert.equal(await isShown(page, PROMO_TEXT), true, 'Esc hides nothing');
    await waitForFocus(page, (f) => f.startsWith('ui:button.sl-chip Hide a block'), 'focus back on the button');

    // Again: the keys alone bring the outline onto the promo box; Enter hides it.
    await page.press('Enter');
    await page.press('ArrowDown');
    let now = await outlineAndPromo(page, PROMO_TEXT);
    for (let i = 0; i < 8 && now.outline && now.promo && !sameBox(now.outline, now.promo); i++) {
      await page.press(inside(now.outline, now.promo) ? 'ArrowUp' : 'ArrowRight');
      now = await outlineAndPromo(page, PROMO_TEXT);
    }
    assert.ok(sameBox(now.outline, now.promo), `the outline on the promo box (${JSON.stringify(now)})`);
    // → and ← move to the next block and back.
    await page.press('ArrowRight');
    const next = await outlineAndPromo(page, PROMO_TEXT);
    assert.ok(next.outline && !sameBox(next.outline, next.promo), '→ moves to the next block');
    await page.press('ArrowLeft');
    // The outline and the promo where they are now: → and ← may scroll the page (the outline follows it).
    await poll(
      async () => {
        const back = await outlineAndPromo(page, PROMO_TEXT);
        return sameBox(back.outline, back.promo);
      },
      UI_TIMEOUT_MS,
      '← comes back to the promo box',
    );
    assert.deepEqual(await axeViolations(page, '.sl-root'), [], 'axe-core finds nothing while picking');

    await page.press('Enter');
    await poll(async () => (await isShown(page, PROMO_TEXT)) === false, UI_TIMEOUT_MS, 'the promo hidden');
    assert.equal(await isShown(page, ARTICLE_TEXT), true, 'the article is still shown');
    await waitForFocus(page, (f) => f.startsWith('ui:button.sl-chip Hide a block'), 'focus back on the button');
  } finally {
    await resetSettings(ctx);
  }
});

test('keyboard: Esc cancels "Not the article? Pick it" and gives focus back to it', async (ctx) => {
  const page = await openSeed(ctx, SEED);
  await page.press('Alt+Shift+S');
  await waitForUi(page, '.sl-sidebar');
  assert.ok(await focusUiButton(page, 'Not the article? Pick it'), 'the pick button');
  await page.press('Enter');
  const hint = (await uiTexts(page, '.sl-picking')).join(' ');
  assert.match(hint, /← → previous or next block, ↑ wider, ↓ narrower, Enter picks it, Esc cancels/, hint);
  await page.press('ArrowRight');
  await waitForUi(page, '.sl-picker-outline');
  await page.press('Escape');
  await waitForUi(page, '.sl-picker-outline', false);
  await waitForFocus(page, (f) => /^ui:button\.\S* Not the article\? Pick it/.test(f), 'focus back on the button');
  assert.equal((await uiTexts(page, '.sl-sidebar')).length, 1, 'the sidebar stays open');
});

test(
  'keyboard: the popup shows the sidebar shortcut, which reaches the sidebar from the start of the page',
  async (ctx) => {
    await resetSettings(ctx);
    const page = await openSeed(ctx, SEED);
    const tabId = await activeTabId(ctx, ctx.server.seed(SEED));
    const popup = await openPopup(ctx, tabId);
    await popup.waitForSelector('[data-sl-status="article"]', { timeoutMs: UI_TIMEOUT_MS });
    const hint = (await popupText(popup, '[data-sl-hint="sidebar-shortcut"]')) ?? '';
    assert.match(hint, /Alt\+Shift\+S opens the sources sidebar/, `the popup names the shortcut (${hint})`);
    assert.deepEqual(await extensionPageAxeViolations(popup), [], 'axe-core finds nothing on the popup');
    await popup.close();

    // The page just loaded, nothing of it focused: one chord, not a Tab through every link, gets to the sidebar.
    await page.bringToFront();
    assert.equal(await focusNow(page), 'page:body', 'nothing focused yet');
    const shortcut = await page.evaluate(
      (host: string) =>
        document.querySelector(host)?.shadowRoot?.querySelector('.sl-launcher')?.getAttribute('aria-keyshortcuts'),
      HOST,
    );
    assert.equal(shortcut, 'Alt+Shift+S', 'the launcher says its shortcut to screen readers');
    await page.press('Alt+Shift+S');
    await waitForUi(page, '.sl-sidebar');
    await waitForFocus(page, (f) => f.startsWith('ui:h2'), 'the sidebar takes focus');
  },
  // A page, the popup and axe-core in one test: more than the default on a loaded machine.
  { timeoutMs: 60_000 },
);

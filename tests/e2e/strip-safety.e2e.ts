// The strip never hides the story (issue 11), in real browsers: a chip's preview outlines its blocks on focus,
// hiding and showing are exact, "Hide all" never hides article text, and a kind remembered for the site is not
// applied on a second page where its box holds the rest of the story (the strip says so).
import assert from 'node:assert/strict';
import { poll } from '../../tools/browser/poll.ts';
import type { E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { clickUi, HOST, isShown, READY, uiTexts } from './onpage-probes.ts';
import { readStorage, withFreshSites } from './popup-probes.ts';

const UI_TIMEOUT_MS = 10_000;
/** Pages written for this test: a story whole in its body, and one whose last paragraphs sit in a promo box. */
const FIRST = 'strip-safety-1.html';
const SECOND = 'strip-safety-2.html';
const FIRST_STORY = [
  'The town library will open on Sundays from the spring',
  'Residents on the mobile route that ends said they were disappointed',
];
const SECOND_STORY = [
  'The harbour board voted on Monday to dredge the eastern channel',
  'Fishing crews who use the eastern berths',
  'A public meeting on the plan is due later this month',
];

/** The page's own markup, Sourcelight's host left out. */
function pageMarkup(page: E2EPage): Promise<string> {
  return page.evaluate(() => `${document.head.outerHTML}${document.body.outerHTML}`, null);
}

/** Focuses (or blurs) the strip button whose text contains `label`; returns its tooltip (aria-describedby). */
function focusChip(page: E2EPage, label: string, focus: boolean): Promise<string | null> {
  return page.evaluate(
    ({ host, label, focus }: { host: string; label: string; focus: boolean }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const button = Array.from(root?.querySelectorAll<HTMLButtonElement>('.sl-strip button') ?? []).find((b) =>
        (b.textContent ?? '').replace(/\s+/g, ' ').includes(label),
      );
      if (!button) return null;
      if (focus) button.focus();
      else button.blur();
      const tip = root?.getElementById(button.getAttribute('aria-describedby') ?? '');
      return (tip?.textContent ?? '').trim();
    },
    { host: HOST, label, focus },
  );
}

/** The preview outlines shown, and whether each lies over the element matching `over` (to the pixel). */
function outlines(page: E2EPage, over: string): Promise<{ count: number; matching: number }> {
  return page.evaluate(
    ({ host, over }: { host: string; over: string }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const boxes = Array.from(root?.querySelectorAll<HTMLElement>('.sl-preview-outline') ?? []).filter(
        (b) => !b.hidden,
      );
      const targets = Array.from(document.querySelectorAll(over)).map((e) => e.getBoundingClientRect());
      const near = (a: number, b: number) => Math.abs(a - b) < 1;
      const matching = boxes.filter((b) => {
        const r = b.getBoundingClientRect();
        return targets.some((t) => near(r.top, t.top) && near(r.left, t.left) && near(r.width, t.width));
      }).length;
      return { count: boxes.length, matching };
    },
    { host: HOST, over },
  );
}

async function open(page: E2EPage, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector(READY);
}

async function allShown(page: E2EPage, texts: string[]): Promise<boolean> {
  for (const text of texts) if ((await isShown(page, text)) !== true) return false;
  return true;
}

test('strip safety: preview on focus, exact hide/show, Hide all spares the story, a remembered kind is not applied over article text', async (ctx) => {
  // Every test page is on one site: start from no saved strip choices, whatever an earlier test left.
  await withFreshSites(ctx, async () => {
    const page = await ctx.newPage();
    await open(page, ctx.server.page(FIRST));
    const chips = await uiTexts(page, '.sl-strip-items .sl-chip');
    assert.ok(
      chips.some((c) => c.includes('Promos')),
      `a Promos chip (got ${chips.join(', ')})`,
    );

    // Focus previews: the promo outlined in our shadow root, named in the tooltip; the page untouched.
    const before = await pageMarkup(page);
    const tip = await focusChip(page, 'Promos', true);
    assert.match(tip ?? '', /^Hides 1 block: ‘Get the town app/, `tooltip: ${tip}`);
    await poll(async () => (await outlines(page, '.promo')).matching === 1, UI_TIMEOUT_MS, 'the promo outlined');
    assert.equal((await outlines(page, '.promo')).count, 1, 'only the promo is outlined');
    assert.equal(await pageMarkup(page), before, 'the preview does not touch the page');
    await focusChip(page, 'Promos', false);
    await poll(async () => (await outlines(page, '.promo')).count === 0, UI_TIMEOUT_MS, 'the preview ends on blur');
    assert.equal(await pageMarkup(page), before, 'nothing left behind by the preview');

    // Hide and show exactly.
    assert.ok(await clickUi(page, 'Promos'), 'Promos chip');
    await poll(async () => (await isShown(page, 'Get the town app')) === false, UI_TIMEOUT_MS, 'the promo hidden');
    assert.ok(await allShown(page, FIRST_STORY), 'the story is shown');
    assert.equal(await isShown(page, 'Swimming pool to reopen'), true, 'related still shown');
    assert.ok(await clickUi(page, 'Promos'), 'Promos chip again');
    await poll(async () => (await isShown(page, 'Get the town app')) === true, UI_TIMEOUT_MS, 'the promo shown');
    assert.equal(await pageMarkup(page), before, 'showing again gives the markup back exactly');

    // Hide all: every kind, never the story.
    assert.ok(await clickUi(page, 'Hide all'), 'Hide all');
    await poll(async () => (await isShown(page, 'Swimming pool to reopen')) === false, UI_TIMEOUT_MS, 'all hidden');
    assert.equal(await isShown(page, 'Get the town app'), false, 'the promo hidden');
    assert.ok(await allShown(page, FIRST_STORY), 'the story is still shown after Hide all');
    assert.ok(await clickUi(page, 'Show all'), 'Show all');
    await poll(async () => (await pageMarkup(page)) === before, UI_TIMEOUT_MS, 'Show all gives the markup back');

    // Remember Promos for the site.
    assert.ok(await clickUi(page, 'Promos'), 'Promos chip, to remember');
    await poll(
      async () => JSON.stringify((await readStorage(ctx, ['sites'])).sites ?? {}).includes('"promo"'),
      UI_TIMEOUT_MS,
      'Promos saved for the site',
    );

    // A second page of the same site: its promo-classed box holds the rest of the story.
    const second = await ctx.newPage();
    await open(second, ctx.server.page(SECOND));
    await poll(
      async () => (await isShown(second, 'Get the harbour app')) === false,
      UI_TIMEOUT_MS,
      'real promo hidden',
    );
    assert.ok(await allShown(second, SECOND_STORY), 'the whole story is shown on the second page');
    const notices = await uiTexts(second, '.sl-strip-notice');
    assert.match(notices.join(' '), /Promos not hidden here: they hold article text/, `notice: ${notices}`);
    assert.ok(await clickUi(second, 'Hide all'), 'Hide all on the second page');
    await poll(
      async () => (await isShown(second, 'Ferry operators ask for a new winter timetable')) === false,
      UI_TIMEOUT_MS,
      'related hidden',
    );
    assert.ok(await allShown(second, SECOND_STORY), 'the story is still shown after Hide all');
  });
});

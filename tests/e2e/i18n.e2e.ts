// The on-page UI in the reader's language and the page's direction. In a browser whose UI language is Arabic,
// the launcher, the sidebar, the strip and the hover card speak Arabic, right to left (the messages of
// public/_locales/ar); and on a right-to-left page (the Arabic seed) the launcher sits at the end of the lines
// and the sidebar pushes the page, so that neither covers where a line of text starts, in an Arabic browser as
// in an English one.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { HOST, READY, readGold, readHost, uiTexts } from './onpage-probes.ts';
import { resetSettings } from './popup-probes.ts';

/** Waits for the UI: generous, the machine is shared (a page read in 1 s alone took over 10 s under load). */
const UI_TIMEOUT_MS = 30_000;
/** Each test opens a page, reads it, drives the UI and scrolls; generous for a machine shared by many runs. */
const TEST_TIMEOUT_MS = 90_000;
const ENGLISH_SEED = 'daily8-wire-story.html';
const ARABIC_SEED = 'daily8-arabic.html';
const ARABIC_GOLD = 'daily8-arabic.gold.json';
const ARABIC = 'ar';
const ROOT = path.resolve(import.meta.dirname, '../..');
/** How far into a line its start reaches: about its first word (the seed's text is 16 px). */
const LINE_START_PX = 32;
/** Where the article is scrolled to when looking under the launcher: the share of its length at the bottom of
 * the window (where the launcher is), from its first lines to its last. */
const SCROLL_STEPS = [0, 0.2, 0.4, 0.6, 0.8, 1];
/** The article's first and last words in the gold file (seeds/*.gold.json) mark out its body. */
interface ArticleWords {
  firstWords: string;
  lastWords: string;
}
/** Arabic letters: a UI text in Arabic has some; the English one has none. */
const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** Latin words in a UI text that is meant to be Arabic: only the product's name may be one. */
const LATIN_WORD = /\b(?!Sourcelight\b)[A-Za-z]{2,}\b/;

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
let arabic: Record<string, Entry> | null = null;

/** An Arabic message as the browser gives it (placeholders filled); plural keys take Intl.PluralRules' form. */
async function ar(key: string, ...subs: string[]): Promise<string> {
  arabic ??= JSON.parse(await readFile(path.join(ROOT, 'public/_locales/ar/messages.json'), 'utf8')) as Record<
    string,
    Entry
  >;
  const entry = arabic[key];
  if (!entry) throw new Error(`no Arabic message ${key}`);
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(
        /\$(\d)/g,
        (__, n: string) => subs[Number(n) - 1] ?? '',
      ),
    )
    .replace(/\$\$/g, '$');
}
const arPlural = (base: string, count: number, ...subs: string[]) =>
  ar(`${base}_${new Intl.PluralRules(ARABIC).select(count)}`, String(count), ...subs);

async function open(ctx: E2EContext, seed: string): Promise<E2EPage> {
  await resetSettings(ctx);
  const page = await ctx.newPage();
  await page.goto(ctx.server.seed(seed));
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  return page;
}

async function waitForUi(page: E2EPage, selector: string): Promise<void> {
  await page.waitFor(
    ({ host, selector }: { host: string; selector: string }) =>
      document.querySelector(host)?.shadowRoot?.querySelector(selector) != null,
    { host: HOST, selector },
    { timeoutMs: UI_TIMEOUT_MS },
  );
}

async function clickInUi(page: E2EPage, selector: string): Promise<void> {
  await waitForUi(page, selector);
  await page.evaluate(
    ({ host, selector }: { host: string; selector: string }) => {
      (document.querySelector(host)?.shadowRoot?.querySelector(selector) as HTMLElement | null)?.click();
    },
    { host: HOST, selector },
  );
}

interface Layout {
  /** The direction each part of the UI is laid out in (computed `direction`), by selector. */
  directions: Record<string, string>;
  /** Every label a screen reader is given, and each part's visible text. */
  labels: string[];
  lang: string | null;
}

function readLayout(page: E2EPage, selectors: readonly string[]): Promise<Layout> {
  return page.evaluate(
    ({ host, selectors }: { host: string; selectors: readonly string[] }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const directions: Record<string, string> = {};
      for (const s of selectors) {
        const el = root?.querySelector(s);
        directions[s] = el ? getComputedStyle(el).direction : 'missing';
      }
      const labels = Array.from(root?.querySelectorAll('[aria-label]') ?? []).map(
        (e) => e.getAttribute('aria-label') ?? '',
      );
      return { directions, labels, lang: root?.querySelector('.sl-root')?.getAttribute('lang') ?? null };
    },
    { host: HOST, selectors },
  );
}

/** A part of the UI's box on screen. */
function uiRect(
  page: E2EPage,
  selector: string,
): Promise<{ left: number; right: number; top: number; bottom: number } | null> {
  return page.evaluate(
    ({ host, selector }: { host: string; selector: string }) => {
      const r = document.querySelector(host)?.shadowRoot?.querySelector(selector)?.getBoundingClientRect();
      return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
    },
    { host: HOST, selector },
  );
}

interface Cover {
  /** Lines of page text on screen, and how many of them share the launcher's (or sidebar's) height. */
  lines: number;
  besideIt: number;
  /** Lines whose start (or, for the sidebar, any part) the UI box covers: their first words. */
  covered: string[];
  direction: string;
}

/**
 * The article's text lines now on screen (fragments of one block at one height make a line; the article is
 * the smallest element holding its first and last words), and those whose start, its first LINE_START_PX in
 * the page's direction, lies under the UI box `selector`; with `whole`, those any part of which lies under it.
 * First scrolls the share `scrollTo` of the article's length to the bottom of the window, by the launcher.
 */
function coveredLines(
  page: E2EPage,
  selector: string,
  whole: boolean,
  words: ArticleWords,
  scrollTo: number,
): Promise<Cover> {
  return page.evaluate(
    ({
      host,
      selector,
      startPx,
      whole,
      words,
      share,
    }: {
      host: string;
      selector: string;
      startPx: number;
      whole: boolean;
      words: ArticleWords;
      share: number;
    }) => {
      const find = (needle: string): Node | null => {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) if ((n.textContent ?? '').includes(needle)) return n;
        return null;
      };
      const first = find(words.firstWords);
      const last = find(words.lastWords);
      const direction = getComputedStyle(document.documentElement).direction;
      if (!first || !last) return { lines: 0, besideIt: 0, covered: ['(article not found)'], direction };
      const span = document.createRange();
      span.setStartBefore(first);
      span.setEndAfter(last);
      const article = span.commonAncestorContainer as Element;
      const extent = article.getBoundingClientRect();
      window.scrollBy(0, extent.top + share * extent.height - (innerHeight - 1));
      const box = document.querySelector(host)?.shadowRoot?.querySelector(selector)?.getBoundingClientRect();
      if (!box) return { lines: 0, besideIt: 0, covered: ['(no UI box)'], direction };
      const lines = new Map<string, { left: number; right: number; top: number; bottom: number; text: string }>();
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const blocks = new Map<Element, number>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        const parent = n.parentElement;
        if (!parent || text.trim() === '' || parent.closest(host)) continue;
        let block: Element = parent;
        while (block.parentElement && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        if (!blocks.has(block)) blocks.set(block, blocks.size);
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of Array.from(range.getClientRects())) {
          if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.top >= innerHeight) continue;
          const key = `${blocks.get(block)}:${Math.round(r.top / 4)}`;
          const line = lines.get(key);
          if (line) {
            line.left = Math.min(line.left, r.left);
            line.right = Math.max(line.right, r.right);
          } else {
            lines.set(key, {
              left: r.left,
              right: r.right,
              top: r.top,
              bottom: r.bottom,
              text: text.trim().slice(0, 30),
            });
          }
        }
      }
      const overlaps = (a: { left: number; right: number; top: number; bottom: number }) =>
        a.left < box.right && a.right > box.left && a.top < box.bottom && a.bottom > box.top;
      let besideIt = 0;
      const covered: string[] = [];
      for (const line of lines.values()) {
        if (line.top < box.bottom && line.bottom > box.top) besideIt++;
        const part = whole
          ? line
          : direction === 'rtl'
            ? { ...line, left: Math.max(line.left, line.right - startPx) }
            : { ...line, right: Math.min(line.right, line.left + startPx) };
        if (overlaps(part)) covered.push(line.text);
      }
      return { lines: lines.size, besideIt, covered, direction };
    },
    { host: HOST, selector, startPx: LINE_START_PX, whole, words, share: scrollTo },
  );
}

/** Scrolls down the article; at each step, the lines whose start (or any part) `selector` covers. */
async function coverDownTheArticle(
  page: E2EPage,
  selector: string,
  whole: boolean,
  words: ArticleWords,
): Promise<Cover> {
  const total: Cover = { lines: 0, besideIt: 0, covered: [], direction: '' };
  for (const step of SCROLL_STEPS) {
    const cover = await coveredLines(page, selector, whole, words, step);
    total.lines += cover.lines;
    total.besideIt += cover.besideIt;
    total.covered.push(...cover.covered);
    total.direction = cover.direction;
  }
  return total;
}

test(
  'i18n: in an Arabic browser the launcher, sidebar, strip and hover card speak Arabic, right to left',
  async (ctx) => {
    const page = await open(ctx, ENGLISH_SEED);
    const host = await readHost(ctx, page);
    assert.ok(host && host.sources > 0, 'the English seed has sources');

    // The launcher: the Arabic count, right to left, at the end of the English page's lines (its right).
    await waitForUi(page, '.sl-launcher');
    const launcher = (await uiTexts(page, '.sl-launcher')).join(' ');
    const count = await arPlural('onPageLauncherSources', host.sources);
    assert.ok(launcher.includes(count), `launcher says "${count}": ${launcher}`);
    assert.ok(launcher.includes(await ar('onPageLauncherOpen')), `launcher's hidden hint in Arabic: ${launcher}`);
    const launcherBox = await uiRect(page, '.sl-launcher');
    const width = await page.evaluate(() => innerWidth, null);
    assert.ok(
      launcherBox && width - launcherBox.right < launcherBox.left,
      `on a left-to-right page the launcher is on the right (${JSON.stringify(launcherBox)})`,
    );

    // The strip.
    if ((await uiTexts(page, '.sl-strip')).length === 0) await clickInUi(page, '.sl-strip-tab');
    await waitForUi(page, '.sl-strip');
    assert.deepEqual(await uiTexts(page, '.sl-strip-title'), [await ar('stripTitle')]);
    const chips = await uiTexts(page, '.sl-strip-items .sl-chip');
    assert.ok(chips.length > 0, 'the strip offers kinds of clutter');
    for (const chip of chips) assert.ok(ARABIC_LETTER.test(chip) && !LATIN_WORD.test(chip), `chip in Arabic: ${chip}`);

    // The sidebar.
    await clickInUi(page, '.sl-launcher');
    await waitForUi(page, '.sl-sidebar');
    assert.deepEqual(await uiTexts(page, '#sl-sidebar-title'), [await ar('sidebarTitle')]);
    const glance = (await uiTexts(page, '.sl-glance-line')).join(' ');
    assert.ok(glance.startsWith(await arPlural('sidebarGlanceSources', host.sources)), `glance line: ${glance}`);
    const headings = await uiTexts(page, '.sl-sidebar h3');
    for (const h of headings) assert.ok(ARABIC_LETTER.test(h), `sidebar heading in Arabic: ${h}`);
    const kinds = await page.evaluate((hostTag: string) => {
      const root = document.querySelector(hostTag)?.shadowRoot;
      return Array.from(root?.querySelectorAll('.sl-number-list .sl-muted') ?? []).map((e) => e.textContent ?? '');
    }, HOST);
    assert.ok(kinds.length > 0, 'numbers listed');
    for (const kind of kinds) assert.ok(ARABIC_LETTER.test(kind), `number kind in Arabic: ${kind}`);
    const metas = await uiTexts(page, '.sl-source-meta');
    const named = await ar('sourceNamed');
    const anonymous = await ar('sourceAnonymous');
    assert.ok(
      metas.length > 0 && metas.every((m) => m.includes(named) || m.includes(anonymous)),
      `source details in Arabic: ${metas.join(' | ')}`,
    );

    const layout = await readLayout(page, ['.sl-root', '.sl-sidebar', '.sl-strip', '.sl-sidebar-body .sl-glance-line']);
    assert.equal(layout.lang, ARABIC);
    // The English story's headline at the sidebar's head keeps its own direction; the UI's words are Arabic.
    const headline = await readLayout(page, ['.sl-article-title']);
    assert.equal(headline.directions['.sl-article-title'], 'ltr', 'the English headline reads left to right');
    for (const [selector, direction] of Object.entries(layout.directions)) {
      assert.equal(direction, 'rtl', `${selector} is laid out right to left`);
    }
    for (const label of layout.labels) {
      assert.ok(ARABIC_LETTER.test(label) && !LATIN_WORD.test(label), `aria-label in Arabic: ${label}`);
    }
    await page.screenshot(ctx.artifactPath('arabic-ui-english-page.png'));

    // The hover card, over a highlighted claim.
    await clickInUi(page, '.sl-sidebar-head .sl-icon-button');
    const point = await page.evaluate(() => {
      const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS.highlights;
      for (const [name, highlight] of registry) {
        if (!name.startsWith('sl-claim-')) continue;
        for (const range of highlight) {
          const rect = range.getClientRects()[0];
          if (!rect || rect.width < 20) continue;
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const again = range.getClientRects()[0];
          if (again) return { x: again.left + Math.min(10, again.width / 2), y: again.top + again.height / 2 };
        }
      }
      return null;
    }, null);
    assert.ok(point, 'a painted claim on screen');
    const raw = page.raw;
    if (raw.browser === 'chromium') await raw.page.mouse.move(point.x, point.y);
    else await raw.page.mouse.move(point.x, point.y);
    await waitForUi(page, '.sl-card');
    const cue = (await uiTexts(page, '.sl-card-cue')).join(' ');
    assert.ok(cue.startsWith(await ar('cardCue')), `the card's cue line in Arabic: ${cue}`);
    const card = await readLayout(page, ['.sl-card']);
    assert.equal(card.directions['.sl-card'], 'rtl', 'the card is laid out right to left');
    assert.ok(card.labels.includes(await ar('cardLabel')), `the card's name in Arabic: ${card.labels.join(' | ')}`);
    ctx.log(`launcher "${launcher}"; chips ${chips.join(', ')}; card "${cue}"`);
  },
  { uiLanguage: ARABIC, timeoutMs: TEST_TIMEOUT_MS },
);

for (const language of [ARABIC, null] as const) {
  const browserName = language === null ? 'an English browser' : 'an Arabic browser';
  test(
    `i18n: on the Arabic seed in ${browserName} the launcher covers no line's start, and the open sidebar no text`,
    async (ctx) => {
      const words = (await readGold(ARABIC_GOLD)).article as unknown as ArticleWords;
      const page = await open(ctx, ARABIC_SEED);
      await waitForUi(page, '.sl-launcher');
      const launcher = await coverDownTheArticle(page, '.sl-launcher', false, words);
      assert.equal(launcher.direction, 'rtl', 'the seed is laid out right to left');
      assert.ok(launcher.besideIt > 0, `some lines pass beside the launcher (of ${launcher.lines} seen)`);
      assert.deepEqual(launcher.covered, [], 'lines whose start the launcher covers');
      const box = await uiRect(page, '.sl-launcher');
      const width = await page.evaluate(() => innerWidth, null);
      assert.ok(
        box && box.left < width - box.right,
        `the launcher is at the left, the end of the lines (${JSON.stringify(box)}, window ${width} px)`,
      );

      await clickInUi(page, '.sl-launcher');
      await waitForUi(page, '.sl-sidebar');
      const sidebar = await coverDownTheArticle(page, '.sl-sidebar', true, words);
      assert.ok(sidebar.besideIt > 0, `lines pass beside the sidebar (of ${sidebar.lines} seen)`);
      assert.deepEqual(sidebar.covered, [], 'lines under the sidebar');
      await page.screenshot(ctx.artifactPath('arabic-page-sidebar.png'));
      ctx.log(`${launcher.besideIt} lines beside the launcher, ${sidebar.besideIt} beside the sidebar, none covered`);
    },
    language === null ? { timeoutMs: TEST_TIMEOUT_MS } : { uiLanguage: language, timeoutMs: TEST_TIMEOUT_MS },
  );
}

// In-page probes for the on-page UI tests (tests/e2e/onpage.e2e.ts): read the highlight registry, drive the
// shadow-root UI, run axe-core. Each function is serialised into the page, so it uses only its argument and
// page globals.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { messageEveryTab, readFigures } from '../../tools/browser/page-messages.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';

export const HOST = 'sourcelight-ui';
export const READY = `${HOST}[data-state="ready"]`;
/** How long a test waits for the on-page UI to show or change. */
export const UI_TIMEOUT_MS = 10_000;

/** Opens a seed page (seeds/) and waits until Sourcelight's UI is ready on it. */
export async function openSeed(ctx: E2EContext, seed: string): Promise<E2EPage> {
  const page = await ctx.newPage();
  await page.goto(ctx.server.seed(seed));
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  return page;
}

/** Waits until an element of Sourcelight's UI (inside its shadow root) is there, or (`present` false) is gone. */
export async function waitForUi(page: E2EPage, selector: string, present = true): Promise<void> {
  await page.waitFor(
    ({ host, selector, present }: { host: string; selector: string; present: boolean }) =>
      (document.querySelector(host)?.shadowRoot?.querySelector(selector) != null) === present,
    { host: HOST, selector, present },
    { timeoutMs: UI_TIMEOUT_MS },
  );
}

export interface HostData {
  claims: number;
  numbers: number;
  sources: number;
  paintedClaims: number;
  paintedNumbers: number;
  mode: string;
  shownAt: number;
  analysisMs: number;
  loadEventEnd: number;
}

export async function readHost(ctx: E2EContext, page: E2EPage): Promise<HostData | null> {
  const shown = await page.evaluate((selector: string) => {
    if (!(document.querySelector(selector) instanceof HTMLElement)) return null;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { loadEventEnd: nav?.loadEventEnd ?? Number.NaN };
  }, READY);
  if (!shown) return null;
  const d = (await readFigures(ctx, page)) ?? {};
  return {
    claims: Number(d.claims),
    numbers: Number(d.numbers),
    sources: Number(d.sources),
    paintedClaims: Number(d.paintedClaims),
    paintedNumbers: Number(d.paintedNumbers),
    mode: d.highlightMode ?? '',
    shownAt: Number(d.shownAt),
    analysisMs: Number(d.analysisMs),
    loadEventEnd: shown.loadEventEnd,
  };
}

export interface PaintedRange {
  layer: string;
  text: string;
  /** Ids of the elements around the range's start, innermost first (to tell article from clutter). */
  inside: string[];
}

/**
 * Every highlighted stretch as the page sees it: the CSS highlight registry (read from the main world; it is
 * per document, so the content script's highlights are visible here), or the <sl-mark> elements of the fallback.
 */
export function readPainted(page: E2EPage): Promise<{ source: 'registry' | 'marks'; ranges: PaintedRange[] }> {
  return page.evaluate(() => {
    const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
    const ancestry = (node: Node | null): string[] => {
      const out: string[] = [];
      for (let el = node instanceof Element ? node : (node?.parentElement ?? null); el; el = el.parentElement) {
        out.push(
          `${el.localName}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(/\s+/).join('.')}` : ''}`,
        );
      }
      return out;
    };
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
    const ranges: PaintedRange[] = [];
    if (registry && registry.size > 0) {
      for (const [layer, highlight] of registry) {
        for (const range of highlight) {
          ranges.push({ layer, text: clean(range.toString()), inside: ancestry(range.startContainer) });
        }
      }
      return { source: 'registry' as const, ranges };
    }
    for (const mark of Array.from(document.querySelectorAll('sl-mark'))) {
      ranges.push({
        layer: mark.getAttribute('data-sl-hl') ?? '',
        text: clean(mark.textContent ?? ''),
        inside: ancestry(mark),
      });
    }
    return { source: 'marks' as const, ranges };
  }, null);
}

/** Clicks the first button in our shadow root whose text contains `label`; false when there is none. */
export function clickUi(page: E2EPage, label: string): Promise<boolean> {
  return page.evaluate(
    ({ host, label }: { host: string; label: string }) => {
      const root = document.querySelector(host)?.shadowRoot;
      const button = Array.from(root?.querySelectorAll('button') ?? []).find((b) =>
        (b.textContent ?? '').replace(/\s+/g, ' ').includes(label),
      );
      button?.click();
      return button !== undefined;
    },
    { host: HOST, label },
  );
}

/** The visible text of the shadow-root elements matching `selector`, whitespace collapsed. */
export function uiTexts(page: E2EPage, selector: string): Promise<string[]> {
  return page.evaluate(
    ({ host, selector }: { host: string; selector: string }) => {
      const root = document.querySelector(host)?.shadowRoot;
      return Array.from(root?.querySelectorAll(selector) ?? []).map((e) =>
        (e.textContent ?? '').replace(/\s+/g, ' ').trim(),
      );
    },
    { host: HOST, selector },
  );
}

/** Whether the first element whose text contains `text` is rendered (has a box). */
export function isShown(page: E2EPage, text: string): Promise<boolean | null> {
  return page.evaluate((needle: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.textContent ?? '').includes(needle)) {
        const el = n.parentElement;
        return el ? el.getClientRects().length > 0 : null;
      }
    }
    return null;
  }, text);
}

/**
 * Sends one content-protocol request to the tab showing `url` (as the popup does), from the extension. Without
 * the "tabs" permission tab URLs are hidden, so every tab is asked `getState`-free: the request goes to all, and
 * only a tab with our content script (there is one per test) answers.
 */
export async function sendToPage(ctx: E2EContext, url: string, name: string, data: unknown): Promise<unknown> {
  const replies = await messageEveryTab(ctx, name, data);
  if (replies.length === 0) throw new Error(`no content script answered ${name} (page ${url})`);
  return replies[0];
}

let axeSource: Promise<string> | null = null;

/** Runs axe-core (installed) in the page, scoped to our shadow root; returns the violations, one line each. */
export async function axeViolations(page: E2EPage, within: string): Promise<string[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  return page.evaluate(
    async ({ source, host, within }: { source: string; host: string; within: string }) => {
      const g = globalThis as unknown as { axe?: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } };
      type AxeResults = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> };
      // biome-ignore lint/security/noGlobalEval: the test page gets axe-core's own source, as its docs advise.
      if (!g.axe) globalThis.eval(source);
      if (!g.axe) throw new Error('axe-core did not load');
      const results = await g.axe.run(
        { include: [{ fromShadowDom: [host, within] }] },
        { resultTypes: ['violations'] },
      );
      return results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
      );
    },
    { source, host: HOST, within },
  );
}

export interface Gold {
  sources: Array<{ key: string; match: string[]; named: boolean; category: string; required: boolean }>;
  claims: Array<{ anchor: string; source: string; required: boolean }>;
  numbers: Array<{ core: string; context: string; kind: string; required: boolean }>;
  numbersMustNotInclude: string[];
  clutter: Array<{ kind: string; contains: string }>;
  article: { mustExclude: string[] };
}

export async function readGold(file: string): Promise<Gold> {
  const url = new URL(`../../seeds/${file}`, import.meta.url);
  return JSON.parse(await readFile(url, 'utf8')) as Gold;
}

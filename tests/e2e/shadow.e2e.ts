// An article drawn by a web component into its open shadow root (issue 11): the reader sees it like any other
// story, so Sourcelight reads it, marks its claims and numbers where they are (the document's highlight rules
// stop at a shadow root: the component's root gets them too), hides its related box with the strip, and when
// turned off leaves the component's shadow root exactly as it was.
import assert from 'node:assert/strict';
import { poll } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { clickUi, READY, sendToPage, UI_TIMEOUT_MS, uiTexts } from './onpage-probes.ts';
import { withFreshSites } from './popup-probes.ts';

const PAGE = 'shadow-article.html';

interface ShadowState {
  /** Highlighted stretches whose text is in the component's shadow tree (or slotted into it). */
  painted: string[];
  /** Our rules in the component's shadow root: highlight rules, strip rule. */
  highlightRules: boolean;
  stripRule: boolean;
  /** Whether the related box and the first paragraph are rendered. */
  relatedShown: boolean;
  storyShown: boolean;
  /** The shadow root's markup and its own adopted sheets, to compare before and after. */
  markup: string;
  adopted: number;
}

function shadowState(page: E2EPage): Promise<ShadowState> {
  return page.evaluate(() => {
    const host = document.querySelector('news-story') as Element;
    const root = host.shadowRoot as ShadowRoot;
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }).CSS?.highlights;
    const painted: string[] = [];
    for (const [, highlight] of registry ?? []) {
      for (const range of highlight) {
        const node = range.startContainer;
        if (node.getRootNode() === root || host.contains(node)) painted.push(range.toString().trim());
      }
    }
    for (const mark of Array.from(root.querySelectorAll('sl-mark'))) painted.push((mark.textContent ?? '').trim());
    const rules = Array.from(root.adoptedStyleSheets ?? [])
      .flatMap((sheet) => Array.from(sheet.cssRules).map((r) => r.cssText))
      .concat(Array.from(root.querySelectorAll('style[data-sl-style]')).map((s) => s.textContent ?? ''))
      .join('\n');
    const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;
    return {
      painted,
      highlightRules: rules.includes('::highlight(') || rules.includes('sl-mark'),
      stripRule: rules.includes('data-sl-hidden'),
      relatedShown: shown(root.getElementById('related')),
      storyShown: shown(root.getElementById('first')),
      markup: root.innerHTML,
      adopted: (root.adoptedStyleSheets ?? []).length,
    };
  }, null);
}

test('an article in a web component: read, highlighted, its related box stripped, and left exactly as it was', async (ctx) => {
  // Every test page is on one site: start from no saved strip choices, whatever an earlier test left.
  await withFreshSites(ctx, () => inComponent(ctx));
});

async function inComponent(ctx: E2EContext): Promise<void> {
  const page = await ctx.newPage();
  await page.goto(ctx.server.page(PAGE));
  // Kept by the component when it was made, before Sourcelight could reach it (it may have by now).
  const pristine = await page.evaluate(
    () =>
      (document.querySelector('news-story') as Element & { pristine: { markup: string; adopted: number } }).pristine,
    null,
  );
  assert.equal(pristine.adopted, 0, 'the component adopts no sheet of its own');
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });

  // The sidebar describes the component's story: its headline, its numbers and its sources.
  await sendToPage(ctx, ctx.server.page(PAGE), 'setSidebar', { open: true });
  await poll(async () => (await uiTexts(page, '.sl-article-title')).length > 0, UI_TIMEOUT_MS, 'the sidebar');
  assert.deepEqual(await uiTexts(page, '.sl-article-title'), ['Valley dam to release water early as snow melts']);
  const sources = (await uiTexts(page, '.sl-source-name')).join(' | ');
  assert.match(sources, /Maria Holt/, `sources: ${sources}`);

  // Claims and numbers inside the shadow tree are highlighted, and the rules that draw them reach it.
  await poll(async () => (await shadowState(page)).painted.length >= 3, UI_TIMEOUT_MS, 'highlights in the shadow tree');
  const painted = await shadowState(page);
  assert.ok(
    painted.painted.some((t) => t.includes('the water board said')),
    `a claim highlighted: ${painted.painted.join(' | ')}`,
  );
  assert.ok(
    painted.painted.some((t) => /92 percent/.test(t)),
    `a number highlighted: ${painted.painted.join(' | ')}`,
  );
  assert.ok(painted.highlightRules, 'the highlight rules are in the component’s shadow root');

  // The strip hides the related box inside the component, and shows it again.
  assert.ok(await clickUi(page, 'Related'), 'a Related chip');
  await poll(async () => !(await shadowState(page)).relatedShown, UI_TIMEOUT_MS, 'the related box hidden');
  assert.ok((await shadowState(page)).storyShown, 'the story stays shown');
  assert.ok((await shadowState(page)).stripRule, 'the strip rule is in the component’s shadow root');
  assert.ok(await clickUi(page, 'Related'), 'the Related chip again');
  await poll(async () => (await shadowState(page)).relatedShown, UI_TIMEOUT_MS, 'the related box shown again');

  // Off: the component's shadow root is exactly as the page made it.
  await sendToPage(ctx, ctx.server.page(PAGE), 'setEnabled', { enabled: false });
  await poll(
    async () => {
      const s = await shadowState(page);
      return s.adopted === 0 && s.painted.length === 0 && s.markup === pristine.markup;
    },
    UI_TIMEOUT_MS,
    'the shadow root as it was',
  );
}

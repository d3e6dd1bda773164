// Pages that change under Sourcelight: an SPA that swaps its story by history navigation
// (tests/e2e/pages/spa-article.html) and a story that loads more paragraphs as the reader scrolls
// (tests/e2e/pages/infinite-article.html). Each change is analysed again exactly once (the figure `analyses`
// counts every analysis), the highlights follow the new text, and a page that stays still is not analysed at all.
import assert from 'node:assert/strict';
import { readFigures } from '../../tools/browser/page-messages.ts';
import { pollUntil, settle } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { HOST, READY, readPainted } from './onpage-probes.ts';

const UI_TIMEOUT_MS = 15_000;
/** Longer than the controller's debounce (600 ms) and URL poll (500 ms) together, several times over. */
const QUIET_MS = 2000;

interface HostCounts {
  analyses: number;
  claims: number;
  paintedClaims: number;
}

async function readCounts(ctx: E2EContext, page: E2EPage): Promise<HostCounts | null> {
  if (!(await page.evaluate((selector: string) => document.querySelector(selector) !== null, READY))) return null;
  const figures = await readFigures(ctx, page);
  if (!figures) return null;
  return {
    analyses: Number(figures.analyses),
    claims: Number(figures.claims),
    paintedClaims: Number(figures.paintedClaims),
  };
}

async function counts(ctx: E2EContext, page: E2EPage): Promise<HostCounts> {
  const c = await readCounts(ctx, page);
  assert.ok(c, 'the host is there');
  return c;
}

/** Waits for the analysis count to reach `n`, then makes sure it stays there while nothing changes. */
async function expectAnalyses(ctx: E2EContext, page: E2EPage, n: number, what: string): Promise<HostCounts> {
  await pollUntil(async () => ((await readCounts(ctx, page))?.analyses ?? 0) >= n || null, UI_TIMEOUT_MS, what);
  await settle(QUIET_MS);
  const c = await counts(ctx, page);
  assert.equal(c.analyses, n, `${what}: exactly one analysis per change (${c.analyses} analyses, expected ${n})`);
  return c;
}

/** The painted ranges: how many lie inside an element matching `inside` (e.g. "article#story-2"), and all. */
async function paintedIn(page: E2EPage, inside: string): Promise<{ inside: number; total: number; texts: string[] }> {
  const { ranges } = await readPainted(page);
  const hits = ranges.filter((r) => r.inside.some((a) => a.startsWith(inside)));
  return { inside: hits.length, total: ranges.length, texts: ranges.map((r) => r.text) };
}

test('spa: a story swapped by pushState is analysed once, highlights move to the new story, back again', async (ctx) => {
  const page = await ctx.newPage();
  await page.goto(ctx.server.page('spa-article.html'));
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  const first = await expectAnalyses(ctx, page, (await counts(ctx, page)).analyses, 'idle after load');
  const a0 = first.analyses;
  const p1 = await paintedIn(page, 'article#story-1');
  assert.ok(p1.inside > 0 && p1.inside === p1.total, `story 1 painted inside its article (${p1.inside}/${p1.total})`);

  await page.click('#next');
  const second = await expectAnalyses(ctx, page, a0 + 1, 'after "Next story"');
  const address = await page.evaluate(() => location.search, null);
  assert.equal(address, '?story=2', 'pushState moved the address');
  const p2 = await paintedIn(page, 'article#story-2');
  assert.ok(p2.inside > 0 && p2.inside === p2.total, `story 2 painted inside its article (${p2.inside}/${p2.total})`);
  assert.ok(
    p2.texts.some((t) => /Whitfield|61%|library/i.test(t)),
    `the highlights cover story 2's text: ${p2.texts.slice(0, 5).join(' | ')}`,
  );
  assert.ok(second.claims > 0, 'story 2 has claims');
  ctx.log(`story 1: ${first.claims} claims, ${p1.total} ranges; story 2: ${second.claims} claims, ${p2.total} ranges`);

  await page.evaluate(() => history.back(), null);
  await expectAnalyses(ctx, page, a0 + 2, 'after Back (popstate)');
  const back = await paintedIn(page, 'article#story-1');
  assert.ok(back.inside > 0 && back.inside === back.total, `story 1 painted again (${back.inside}/${back.total})`);
  assert.equal(await page.evaluate((h: string) => document.querySelectorAll(h).length, HOST), 1, 'one host throughout');
});

test('infinite: paragraphs loaded on scroll are analysed once per batch and their claims highlighted', async (ctx) => {
  const page = await ctx.newPage();
  await page.goto(ctx.server.page('infinite-article.html'));
  await page.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  const start = await expectAnalyses(ctx, page, (await counts(ctx, page)).analyses, 'idle after load');
  const batchTexts = [/Priya Nair|£350 million|Acas/, /Railmark|£700 million|anonymity|13, 14, 20/];
  let analyses = start.analyses;
  let claims = start.claims;
  for (const [i, pattern] of batchTexts.entries()) {
    await page.evaluate(() => window.scrollTo(0, 0), null);
    await settle(100);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), null);
    await page.waitFor((n: number) => (window as unknown as { __batchesLoaded: number }).__batchesLoaded >= n, i + 1, {
      timeoutMs: UI_TIMEOUT_MS,
    });
    analyses++;
    const now = await expectAnalyses(ctx, page, analyses, `after batch ${i + 1}`);
    assert.ok(now.claims > claims, `batch ${i + 1} brought claims (${claims} → ${now.claims})`);
    claims = now.claims;
    const painted = await paintedIn(page, 'article#story');
    assert.ok(
      painted.texts.some((t) => pattern.test(t)),
      `batch ${i + 1}'s claims are highlighted: ${painted.texts.slice(-5).join(' | ')}`,
    );
    ctx.log(`batch ${i + 1}: ${now.claims} claims, ${painted.total} ranges, ${now.analyses} analyses`);
  }
});

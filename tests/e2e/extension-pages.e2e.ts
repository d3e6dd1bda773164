// The harness's own promises to other tests: extension pages open in both browsers, and the base URL and
// extension-context evaluate work. Popup and options tests build on these.
import assert from 'node:assert/strict';
import { test } from './harness/framework.ts';

interface RuntimeLike {
  runtime: { getURL(path: string): string; getManifest(): { version: string } };
}

test('extension pages: popup.html opens and knows its own base URL', async (ctx) => {
  const page = await ctx.openExtensionPage('popup.html');
  assert.equal(await page.url(), `${ctx.extension.baseUrl}popup.html`);
  const base = await page.evaluate(() => {
    const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
    return (g.browser ?? g.chrome)?.runtime.getURL('/') ?? null;
  }, null);
  assert.equal(base, ctx.extension.baseUrl);
});

test('extension pages: evaluate runs with extension APIs', async (ctx) => {
  const version = await ctx.extension.evaluate(() => {
    const g = globalThis as unknown as { browser?: RuntimeLike; chrome?: RuntimeLike };
    return (g.browser ?? g.chrome)?.runtime.getManifest().version ?? null;
  }, null);
  assert.match(version ?? '', /^\d+\.\d+\.\d+$/);
});

test('extension pages: tabId finds the tab of a page', async (ctx) => {
  const first = await ctx.newPage();
  await first.goto(ctx.server.seed('front-page.html'));
  const second = await ctx.newPage();
  await second.goto(ctx.server.page('web-app.html'));
  const firstId = await ctx.tabId(first);
  const secondId = await ctx.tabId(second);
  assert.notEqual(firstId, secondId);
  assert.equal(await ctx.tabId(first), firstId, 'the same page gives the same id');
});

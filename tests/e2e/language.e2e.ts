// Articles in languages the claim and source rules are not written for (the Arabic seed, a Korean article that
// wrongly declares English): the launcher, the sidebar and the popup say "Claims and sources are not available
// for Arabic yet" instead of "0 sources", no claim is highlighted, and the numbers are still highlighted.
import assert from 'node:assert/strict';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { HOST, READY, readHost, readPainted, uiTexts } from './onpage-probes.ts';
import { activeTabId, openPopup, popupStatus, popupText, resetSettings } from './popup-probes.ts';

const UI_TIMEOUT_MS = 10_000;
const NUMBER_LAYER = 'sl-number';
const CLAIM_LAYER_PREFIX = 'sl-claim';

const ARTICLES: readonly { name: string; url: (ctx: E2EContext) => string; language: string; numbers: string[] }[] = [
  {
    name: 'Arabic seed',
    url: (ctx) => ctx.server.seed('daily8-arabic.html'),
    language: 'Arabic',
    // the plant's capacity in the title's first paragraph, and a share in percent
    numbers: ['600', '450'],
  },
  {
    name: 'Korean article declaring English',
    url: (ctx) => ctx.server.page('korean-article.html'),
    language: 'Korean',
    numbers: ['350', '3,000'],
  },
];

async function open(ctx: E2EContext, url: string): Promise<E2EPage> {
  const page = await ctx.newPage();
  await page.goto(url);
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

for (const article of ARTICLES) {
  const message = `Claims and sources are not available for ${article.language} yet`;

  test(`language: the ${article.name} says claims and sources are not available, and its numbers are highlighted`, async (ctx) => {
    await resetSettings(ctx);
    const page = await open(ctx, article.url(ctx));
    const host = await readHost(ctx, page);
    assert.ok(host, 'Sourcelight shows on the article');
    assert.equal(host.claims, 0, 'no English-rule claims');
    assert.equal(host.sources, 0, 'no sources');
    assert.ok(host.numbers > 0, `numbers found (${host.numbers})`);

    // The launcher says it instead of "0 sources".
    await waitForUi(page, '.sl-launcher');
    const launcher = (await uiTexts(page, '.sl-launcher')).join(' ');
    assert.ok(launcher.includes(message), `launcher: ${launcher}`);
    assert.ok(!/\b0 sources\b/.test(launcher), `launcher does not say "0 sources": ${launcher}`);

    // The sidebar too, with the numbers still listed.
    await page.evaluate((host: string) => {
      (document.querySelector(host)?.shadowRoot?.querySelector('.sl-launcher') as HTMLElement | null)?.click();
    }, HOST);
    await waitForUi(page, '.sl-sidebar [data-sl-attribution="unavailable"]');
    const notices = await uiTexts(page, '.sl-sidebar [data-sl-attribution="unavailable"]');
    assert.ok(notices.length > 0 && notices.every((n) => n === message), `sidebar: ${notices.join(' | ')}`);
    const glance = (await uiTexts(page, '.sl-glance-line')).join(' ');
    assert.ok(!/\bsources?\b/.test(glance), `the glance line counts no sources: ${glance}`);
    const listed = await uiTexts(page, '.sl-number-list li');
    for (const n of article.numbers) {
      assert.ok(
        listed.some((l) => l.startsWith(n)),
        `${n} listed in the sidebar (got ${listed.slice(0, 8).join(', ')})`,
      );
    }

    // The page: numbers highlighted, no claim.
    const { ranges } = await readPainted(page);
    const numbers = ranges.filter((r) => r.layer === NUMBER_LAYER).map((r) => r.text);
    for (const n of article.numbers) assert.ok(numbers.includes(n), `${n} highlighted (got ${numbers.join(', ')})`);
    assert.equal(ranges.filter((r) => r.layer.startsWith(CLAIM_LAYER_PREFIX)).length, 0, 'no claim highlighted');
    ctx.log(`${article.name}: "${notices[0]}", ${numbers.length} numbers highlighted`);
    await page.screenshot(ctx.artifactPath(`${article.language.toLowerCase()}-sidebar.png`));
  });

  test(`language: the popup on the ${article.name} says claims and sources are not available`, async (ctx) => {
    await resetSettings(ctx);
    const url = article.url(ctx);
    const page = await open(ctx, url);
    const host = await readHost(ctx, page);
    assert.ok(host);
    const popup = await openPopup(ctx, await activeTabId(ctx, url));
    assert.equal(await popupStatus(popup), 'article');
    assert.equal(await popupText(popup, '[data-sl-attribution="unavailable"]'), message);
    assert.equal(await popupText(popup, '[data-sl-count="sources"] dd'), null, 'no sources count');
    assert.equal(await popupText(popup, '[data-sl-count="claims"] dd'), null, 'no claims count');
    assert.equal(await popupText(popup, '[data-sl-count="numbers"] dd'), String(host.numbers));
    await popup.screenshot(ctx.artifactPath(`${article.language.toLowerCase()}-popup.png`));
  });
}

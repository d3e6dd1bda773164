// A reading that stops part-way, as a reader meets it: here the claim rules' module (content-scripts/modules/
// claims.js) does not load, as with a broken install. The article is shown with its first numbers, the reading
// ends (the host is "unfinished", not "reading" for ever), and the popup says the reading is unfinished.
// Chromium only: Playwright's routes reach the extension's own module requests there; Firefox's driver cannot
// fail them.
import assert from 'node:assert/strict';
import { test } from './harness/framework.ts';
import { HOST, readPainted, UI_TIMEOUT_MS } from './onpage-probes.ts';
import { activeTabId, clickToolbarButton, openPopup, resetSettings } from './popup-probes.ts';

const ARTICLE = 'daily8-wire-story.html';
const UNFINISHED = `${HOST}[data-state="unfinished"]`;

test(
  'unfinished: the claim rules do not load, the first numbers stay, the reading ends and the popup says so',
  async (ctx) => {
    await resetSettings(ctx);
    const page = await ctx.newPage();
    if (page.raw.browser !== 'chromium') return;
    let failed = 0;
    await page.raw.page.route('**/content-scripts/modules/claims.js', (route) => {
      failed++;
      return route.abort();
    });
    const url = ctx.server.seed(ARTICLE);
    await page.goto(url);
    await page.waitForSelector(UNFINISHED, { timeoutMs: UI_TIMEOUT_MS });
    assert.equal(failed, 1, 'the claim rules were asked for once, and failed');
    const painted = await readPainted(page);
    const numbers = painted.ranges.filter((r) => r.layer === 'sl-number' || r.layer === 'sl-date');
    const claims = painted.ranges.filter((r) => r.layer.startsWith('sl-claim-'));
    ctx.log(`painted before the failure: ${numbers.length} numbers, ${claims.length} claims (${painted.source})`);
    assert.ok(numbers.length > 0, 'the first blocks’ numbers stay painted');
    assert.equal(claims.length, 0, 'no claim without the claim rules');

    await clickToolbarButton(ctx, page);
    const popup = await openPopup(ctx, await activeTabId(ctx, url));
    const line = await popup.evaluate(
      () => document.querySelector('[data-sl-status="unfinished"]')?.textContent ?? null,
      null,
    );
    assert.match(line ?? '', /could not finish reading/, 'the popup says the reading is unfinished');
  },
  { browsers: ['chromium'] },
);

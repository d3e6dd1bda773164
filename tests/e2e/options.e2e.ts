// The options page and the stored settings in both browsers: a corrupt stored value is repaired (and does not
// stop the content script), a malformed settings file is refused with a message, "Only when I ask" keeps the
// article untouched until the popup's "Run on this page", and per-site settings survive a browser restart.
import assert from 'node:assert/strict';
import { poll, settle } from '../../tools/browser/poll.ts';
import type { E2EContext, E2EPage } from '../../tools/browser/types.ts';
import { test } from './harness/framework.ts';
import { READY } from './onpage-probes.ts';
import { restartBrowserWithProfile } from './options-restart.ts';
import {
  activeTabId,
  extensionPageAxeViolations,
  openPopup,
  popupStatus,
  readStorage,
  resetSettings,
  writeStorage,
} from './popup-probes.ts';

const ARTICLE = 'daily8-wire-story.html';
const UI_TIMEOUT_MS = 10_000;
/** How long an article is given to show Sourcelight when it should not (analysis takes well under this). */
const QUIET_MS = 2_000;

async function openOptions(ctx: E2EContext): Promise<E2EPage> {
  const page = await ctx.openExtensionPage('options.html');
  await page.waitForSelector('#sl-mode-articles', { timeoutMs: UI_TIMEOUT_MS });
  return page;
}

function checked(page: E2EPage, selector: string): Promise<boolean | null> {
  return page.evaluate((s: string) => {
    const input = document.querySelector(s);
    return input instanceof HTMLInputElement ? input.checked : null;
  }, selector);
}

/** Hands a file to the import button as the file chooser would (a DataTransfer works the same in both
 * browsers, where the drivers' upload calls differ), and returns the message the page shows. */
async function importFile(page: E2EPage, text: string): Promise<{ result: string; message: string }> {
  // The message of the previous import stays on screen until the next one replaces it: wait for a new one.
  const previous = await page.evaluate(
    () => document.querySelector<HTMLElement>('#sl-backup-message')?.textContent ?? '',
    null,
  );
  await page.evaluate((content: string) => {
    const input = document.querySelector<HTMLInputElement>('#sl-import-file');
    if (!input) throw new Error('no import input');
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'sourcelight-settings.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  const shown = await page.waitFor((before: string) => {
    const message = document.querySelector<HTMLElement>('#sl-backup-message');
    const result = message?.dataset.slResult ?? '';
    const text = message?.textContent ?? '';
    return result && text !== before ? { result, message: text } : null;
  }, previous);
  if (!shown) throw new Error('no import message');
  return shown;
}

test('settings: a corrupt stored value is repaired and nothing breaks', async (ctx) => {
  try {
    // Garbage where the settings and the site list belong, with the current version mark (no migration runs).
    await writeStorage(ctx, { settings: 'garbage{', settings$: { v: 2 }, sites: 42 });
    const article = await ctx.newPage();
    await article.goto(ctx.server.seed(ARTICLE));
    await article.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });

    await writeStorage(ctx, { settings: { mode: 'sometimes', highlights: 'yes' }, sites: ['x'] });
    const options = await openOptions(ctx);
    assert.equal(await checked(options, '#sl-mode-articles'), true, 'the default run mode is shown');
    assert.equal(await checked(options, '#sl-kind-date'), false, 'dates off by default');
    const stored = await readStorage(ctx, ['settings', 'sites']);
    const settings = stored.settings as { mode?: string; highlights?: unknown } | undefined;
    assert.equal(settings?.mode, 'articles', `settings repaired in storage: ${JSON.stringify(stored.settings)}`);
    assert.deepEqual(settings?.highlights, { claims: true, numbers: true });
    assert.deepEqual(stored.sites, {}, 'site list repaired in storage');
    assert.deepEqual(await extensionPageAxeViolations(options), [], 'axe-core finds nothing on the options page');
  } finally {
    await resetSettings(ctx);
  }
});

test('settings: a malformed settings file is refused with a message, a good one is imported', async (ctx) => {
  try {
    const options = await openOptions(ctx);
    await options.click('#sl-mode-allowed-sites');
    await poll(
      async () =>
        ((await readStorage(ctx, ['settings'])).settings as { mode?: string } | undefined)?.mode === 'allowed-sites',
      UI_TIMEOUT_MS,
      'the run mode to be saved',
    );

    const refused = await importFile(options, '{"format": "sourcelight-settings", "version": 1, "settings": {');
    assert.equal(refused.result, 'error');
    assert.match(refused.message, /not valid JSON, so nothing was changed/);
    const role = await options.evaluate(() => document.querySelector('#sl-backup-message')?.getAttribute('role'), null);
    assert.equal(role, 'alert', 'the refusal is announced');
    const after = (await readStorage(ctx, ['settings'])).settings as { mode?: string } | undefined;
    assert.equal(after?.mode, 'allowed-sites', 'nothing was changed');

    const wrongVersion = await importFile(options, JSON.stringify({ format: 'sourcelight-settings', version: 9 }));
    assert.match(wrongVersion.message, /version 9/);

    const good = JSON.stringify({
      format: 'sourcelight-settings',
      version: 1,
      exportedAt: '2026-11-23T00:00:00.000Z',
      settings: {
        mode: 'on-request',
        highlights: { claims: true, numbers: false },
        numberKinds: {
          count: true,
          money: true,
          percent: true,
          fraction: true,
          range: true,
          duration: true,
          date: true,
          ordinal: true,
          other: true,
        },
        colorScheme: 'high-contrast',
        sidebarAutoOpen: false,
      },
      sites: { 'imported.example': { enabled: false, stripHidden: ['ad'], hiddenBlocks: [] } },
    });
    // The status line is reused: wait for the new message rather than the old one.
    await options.evaluate(() => {
      const message = document.querySelector<HTMLElement>('#sl-backup-message');
      if (message) message.dataset.slResult = '';
    }, null);
    const imported = await importFile(options, good);
    assert.equal(imported.result, 'ok', imported.message);
    await options.waitForSelector('[data-sl-site="imported.example"]');
    assert.equal(await checked(options, '#sl-mode-on-request'), true);
    assert.equal(await checked(options, '#sl-colors-high-contrast'), true);
  } finally {
    await resetSettings(ctx);
  }
});

test('settings: "Only when I ask" leaves the article alone until "Run on this page"', async (ctx) => {
  try {
    const options = await openOptions(ctx);
    await options.click('#sl-mode-on-request');
    await poll(
      async () =>
        ((await readStorage(ctx, ['settings'])).settings as { mode?: string } | undefined)?.mode === 'on-request',
      UI_TIMEOUT_MS,
      'the run mode to be saved',
    );
    await options.close();

    const article = await ctx.newPage();
    const url = ctx.server.seed(ARTICLE);
    await article.goto(url);
    await settle(QUIET_MS);
    assert.equal(await article.evaluate((s: string) => document.querySelector(s) !== null, READY), false);

    const popup = await openPopup(ctx, await activeTabId(ctx, url));
    assert.equal(await popupStatus(popup), 'off');
    await popup.click('.sl-button');
    await popup.waitForSelector('[data-sl-status="article"]');
    await article.waitForSelector(READY, { timeoutMs: UI_TIMEOUT_MS });
  } finally {
    await resetSettings(ctx);
  }
});

test(
  'settings: per-site settings survive a browser restart',
  async (ctx) => {
    await restartBrowserWithProfile(ctx, {
      async before(options) {
        await options.evaluate(() => {
          const form = document.querySelector<HTMLFormElement>('.sl-add-site');
          const host = form?.querySelector<HTMLInputElement>('input[name="host"]');
          const choice = form?.querySelector<HTMLSelectElement>('select[name="choice"]');
          if (!form || !host || !choice) throw new Error('no add-site form');
          host.value = 'restart.example';
          choice.value = 'blocked';
          form.requestSubmit();
        }, null);
        await options.waitForSelector('[data-sl-site="restart.example"]');
        await options.evaluate(() => {
          const row = document.querySelector('[data-sl-site="restart.example"]');
          const ads = [...(row?.querySelectorAll('label') ?? [])].find((l) => l.textContent === 'Ads');
          ads?.querySelector('input')?.click();
        }, null);
        await options.waitFor(() => {
          const row = document.querySelector('[data-sl-site="restart.example"]');
          const ads = [...(row?.querySelectorAll('label') ?? [])].find((l) => l.textContent === 'Ads');
          return ads?.querySelector('input')?.checked === true;
        }, null);
        // Storage writes are asynchronous in the browser: give them a moment before the browser closes.
        await settle(500);
      },
      async after(options) {
        await options.waitForSelector('[data-sl-site="restart.example"]');
        const row = await options.evaluate(() => {
          const tr = document.querySelector('[data-sl-site="restart.example"]');
          const ads = [...(tr?.querySelectorAll('label') ?? [])].find((l) => l.textContent === 'Ads');
          return {
            run: tr?.querySelector('select')?.value ?? null,
            ads: ads?.querySelector('input')?.checked ?? null,
          };
        }, null);
        assert.deepEqual(row, { run: 'blocked', ads: true });
      },
    });
  },
  { timeoutMs: 120_000 },
);

// The strip on the live page never hides the story (issue 11): a kind or a block remembered for the site is not
// applied where it would cover article text, and the strip says so; a chip's preview outlines what it would
// hide inside Sourcelight's own shadow root, leaving the page's markup untouched.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OnPage } from '../../entrypoints/content/on-page';
import { HIDDEN_ATTR } from '../../utils/marks/strip';
import { analyzePageSteps } from '../../utils/page/analyze-page';
import { defaultSettings, emptySiteSettings, type SiteSettings } from '../../utils/settings';

// Pages written for this project (tests/e2e/pages/), read from the project root (Vitest's working directory).
/** A story whose last paragraphs sit in a sibling box with a promo class, beside a real promo. */
const CONTINUED = readFileSync('tests/e2e/pages/strip-safety-2.html', 'utf8');
/** A story whole in its body, with a real promo and related cards. */
const PLAIN = readFileSync('tests/e2e/pages/strip-safety-1.html', 'utf8');
/** A sentence of CONTINUED's story that the extractor leaves in the promo-classed box. */
const CONTINUED_SENTENCE = 'Fishing crews who use the eastern berths';

function load(html: string): string {
  document.open();
  document.write(html);
  document.close();
  return document.documentElement.outerHTML;
}

function start(site: Partial<SiteSettings> = {}) {
  const abort = new AbortController();
  const saveSite = vi.fn(async () => undefined);
  const onPage = new OnPage({
    doc: document,
    url: 'https://harbour.example/news/dredging',
    signal: abort.signal,
    figuresOnHost: true,
    pause: async () => undefined,
    analyze: analyzePageSteps,
    loadSettings: async () => ({
      settings: defaultSettings(),
      site: { ...emptySiteSettings(), ...site },
      autoRun: true,
    }),
    saveSite,
    log: (feature, error) => {
      throw new Error(`${feature}: ${String(error)}`);
    },
  });
  return { onPage, abort, saveSite };
}

const host = () => document.querySelector('sourcelight-ui') as HTMLElement | null;
const ui = () => host()?.shadowRoot ?? null;
const chip = (label: string) =>
  Array.from(ui()?.querySelectorAll<HTMLButtonElement>('.sl-strip button') ?? []).find((b) =>
    (b.textContent ?? '').includes(label),
  );
const hiddenText = () =>
  Array.from(document.querySelectorAll(`[${HIDDEN_ATTR}]`))
    .map((e) => e.textContent ?? '')
    .join(' ');
const notice = () => (ui()?.querySelector('.sl-strip-notice')?.textContent ?? '').trim();
/** The page's own markup: everything but Sourcelight's host. */
const pageMarkup = () => `${document.head.outerHTML}${document.body.outerHTML}`;

afterEach(() => {
  host()?.remove();
});

describe('remembered strip choices on a page where they would cover article text', () => {
  const cases: Array<{ name: string; site: Partial<SiteSettings>; notice: string; stillHidden: string }> = [
    {
      name: 'a hidden kind (Promos) whose box here holds the rest of the story',
      site: { stripHidden: ['promo'] },
      notice: 'Promos not hidden here: they hold article text.',
      stillHidden: 'Get the harbour app',
    },
    {
      name: 'a hand-hidden block whose saved path names a box of the story here',
      site: { stripHidden: ['promo'], hiddenBlocks: ['main > div:nth-of-type(2)'] },
      notice: '1 block you hid on this site is not hidden here: it holds article text.',
      stillHidden: 'Get the harbour app',
    },
  ];
  for (const c of cases) {
    it(`${c.name}: not applied, the strip says why, the setting is kept`, async () => {
      load(CONTINUED);
      const { onPage, saveSite } = start(c.site);
      await onPage.start();
      expect(host()?.dataset.state).toBe('ready');
      expect(hiddenText()).toContain(c.stillHidden);
      expect(hiddenText()).not.toContain(CONTINUED_SENTENCE);
      expect(notice()).toContain(c.notice);
      expect(saveSite).not.toHaveBeenCalled();
      onPage.destroy();
    });
  }

  it('the same remembered kind applies, without a notice, on a page where it is safe', async () => {
    load(PLAIN);
    const { onPage } = start({ stripHidden: ['promo'] });
    await onPage.start();
    expect(hiddenText()).toContain('Get the town app');
    expect(notice()).toBe('');
    onPage.destroy();
  });

  it('"Hide all" hides every kind offered and never the story', async () => {
    const before = load(CONTINUED);
    const { onPage } = start();
    await onPage.start();
    chip('Hide all')?.click();
    expect(hiddenText()).toContain('Get the harbour app');
    expect(hiddenText()).toContain('Ferry operators ask for a new winter timetable');
    expect(hiddenText()).not.toContain(CONTINUED_SENTENCE);
    expect(hiddenText()).not.toContain('The harbour board voted on Monday');
    onPage.destroy();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('chip preview', () => {
  for (const how of ['hover', 'focus'] as const) {
    it(`${how}ing a chip outlines its blocks in the shadow root, names them, and leaves the page untouched`, async () => {
      load(CONTINUED);
      const { onPage } = start();
      await onPage.start();
      const promo = chip('Promos');
      expect(promo).toBeDefined();
      const described = ui()?.getElementById(promo?.getAttribute('aria-describedby') ?? '');
      expect(described?.textContent).toBe('Hides 1 block: ‘Get the harbour app Tide …’');
      const markup = pageMarkup();
      if (how === 'hover') promo?.dispatchEvent(new MouseEvent('mouseenter'));
      else promo?.focus();
      expect(ui()?.querySelectorAll('.sl-preview-outline').length).toBe(1);
      expect(pageMarkup()).toBe(markup);
      if (how === 'hover') promo?.dispatchEvent(new MouseEvent('mouseleave'));
      else promo?.blur();
      expect(ui()?.querySelectorAll('.sl-preview-outline').length).toBe(0);
      expect(pageMarkup()).toBe(markup);
      onPage.destroy();
    });
  }

  it('"Hide all" previews every block it would hide, and says how many', async () => {
    load(CONTINUED);
    const { onPage } = start();
    await onPage.start();
    const all = chip('Hide all');
    all?.focus();
    const count = onPage.state().counts.clutter;
    // The promo and the related box.
    expect(count).toBe(2);
    expect(ui()?.querySelectorAll('.sl-preview-outline').length).toBe(count);
    const described = ui()?.getElementById(all?.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toMatch(new RegExp(`^Hides ${count} blocks: ‘`));
    all?.blur();
    expect(ui()?.querySelectorAll('.sl-preview-outline').length).toBe(0);
    onPage.destroy();
  });
});

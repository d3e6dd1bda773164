// The popup, rendered in jsdom against a page that lives in the test: what it says for each kind of page, and
// that each switch changes the page at once and is saved where it is a setting.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../components/popup/Popup';
import type { PageState } from '../../utils/messaging/page-controller';
import { getSettings, getSiteSettings, updateSettings, updateSiteSettings } from '../../utils/settings';
import {
  englishMessage,
  fakePage,
  mountRoot,
  pageState,
  targetTab,
  unmountRoot,
  useEnglishMessages,
} from './popup-test-utils';

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  vi.spyOn(console, 'debug').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.commands, 'getAll').mockImplementation((() =>
    Promise.resolve([{ name: '_execute_action', shortcut: 'Alt+Shift+L', description: '' }])) as never);
  root = mountRoot();
});

afterEach(() => unmountRoot(root));

function showPopup(tabId = 7): void {
  render(<Popup search={`?tab=${tabId}`} />, root);
}

async function status(): Promise<HTMLElement> {
  return vi.waitFor(() => {
    const found = root.querySelector<HTMLElement>('[data-sl-status]');
    if (!found) throw new Error('no status yet');
    return found;
  });
}

function switchNamed(label: string): HTMLInputElement {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = found?.htmlFor ? root.querySelector<HTMLInputElement>(`#${found.htmlFor}`) : null;
  if (!input) throw new Error(`no switch labelled ${label}`);
  return input;
}

/** The line under a switch (what it changes). */
function descriptionOf(label: string): string | null {
  const id = switchNamed(label).getAttribute('aria-describedby');
  return id ? (root.querySelector(`#${id}`)?.textContent ?? null) : null;
}

/** Clicks a switch and waits until the page has changed (told by a message, or following storage for a
 * setting) and the popup shows the new state. */
async function flip(label: string, page: { state(): PageState }): Promise<void> {
  const before = switchNamed(label).checked;
  const was = JSON.stringify(page.state());
  switchNamed(label).click();
  await vi.waitFor(() => {
    const busy = root.querySelector('main')?.getAttribute('aria-busy') !== 'false';
    if (busy || JSON.stringify(page.state()) === was || switchNamed(label).checked === before) {
      throw new Error(`${label} not applied yet`);
    }
  });
}

describe('popup', () => {
  it('shows the article, its publisher and its counts', async () => {
    targetTab('https://news.example/story');
    fakePage();
    showPopup();
    expect((await status()).dataset.slStatus).toBe('article');
    expect(root.querySelector('h2')?.textContent).toBe('Officials say the bridge will reopen');
    expect(root.querySelector('h2')?.getAttribute('dir')).toBe('auto');
    expect(root.textContent).toContain('The Daily Test');
    const count = (id: string) => root.querySelector(`[data-sl-count="${id}"] dd`)?.textContent;
    expect(count('claims')).toBe('7');
    expect(count('sources')).toBe('4 (3 named, 1 anonymous)');
    expect(count('numbers')).toBe('12');
    expect(count('clutter')).toBe('2 of 5');
    await vi.waitFor(() => expect(root.textContent).toContain('Shortcut: Alt+Shift+L'));
  });

  it.each([
    ['ar', 'Claims and sources are not available for Arabic yet'],
    ['ko', 'Claims and sources are not available for Korean yet'],
    [null, 'Claims and sources are not available for this language yet'],
  ])(
    'on an article in a language without claim rules (%s), says so instead of the claims and sources counts',
    async (language, message) => {
      targetTab('https://news.example/story');
      fakePage(
        pageState({
          attribution: { available: false, language },
          counts: { claims: 0, sources: 0, named: 0, anonymous: 0, numbers: 9, clutter: 1, clutterHidden: 0 },
        }),
      );
      showPopup();
      expect((await status()).dataset.slStatus).toBe('article');
      expect(root.querySelector('[data-sl-attribution="unavailable"]')?.textContent).toBe(message);
      const count = (id: string) => root.querySelector(`[data-sl-count="${id}"] dd`)?.textContent;
      expect(count('claims')).toBeUndefined();
      expect(count('sources')).toBeUndefined();
      expect(count('numbers')).toBe('9');
      expect(root.textContent).not.toContain('0 named');
    },
  );
  const certainties = [
    ['unsure', true],
    ['sure', false],
    ['picked', false],
    [undefined, false],
  ] as const;
  for (const [certainty, says] of certainties) {
    it(`${says ? 'says' : 'does not say'} it is not sure of the article when it is ${certainty ?? 'unknown'}`, async () => {
      targetTab('https://news.example/story');
      fakePage(pageState({ articleCertainty: certainty }));
      showPopup();
      await status();
      const notice = englishMessage('popupArticleUnsure');
      expect(notice).toContain('not sure this is the article');
      expect(root.textContent?.includes(notice)).toBe(says);
    });
  }

  it('shows page text as text, never as markup', async () => {
    targetTab('https://news.example/story');
    fakePage(pageState({ title: '<img src=x onerror=alert(1)>Breaking' }));
    showPopup();
    await status();
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>Breaking');
  });

  it('changes the page at once from each switch', async () => {
    targetTab('https://news.example/story');
    const page = fakePage();
    showPopup();
    await status();
    await flip('Highlight numbers', page);
    await flip('Source sidebar', page);
    await flip('Clutter strip', page);
    // The highlight switch is a setting: written to storage, which the page follows (no message, issue 13);
    // the sidebar and the strip are this page's, told by message.
    expect(page.calls).toEqual(['setSidebar true', 'setStrip false']);
    expect(page.state()).toMatchObject({ highlights: { numbers: false }, sidebarOpen: true, stripVisible: false });
    // A highlight switch is the site's choice for its next pages, never the default everywhere (issue 14.2).
    expect((await getSiteSettings('news.example')).highlights).toEqual({ numbers: false });
    expect((await getSettings()).highlights.numbers).toBe(true);
  });

  it('says what each switch changes: this page only, or this site', async () => {
    targetTab('https://www.news.example/story');
    fakePage();
    showPopup();
    await status();
    const group = (scope: string) => root.querySelector(`[data-sl-scope="${scope}"]`);
    const labels = (scope: string) => [...(group(scope)?.querySelectorAll('label') ?? [])].map((l) => l.textContent);
    expect(group('page')?.querySelector('h2')?.textContent).toBe('This page only');
    expect(labels('page')).toEqual(['Source sidebar', 'Clutter strip']);
    expect(group('site')?.querySelector('h2')?.textContent).toBe('On this site: news.example');
    expect(labels('site')).toEqual(['Highlight claims', 'Highlight numbers', 'Sourcelight on this site']);
    expect(descriptionOf('Highlight claims')).toBe('Same as everywhere (on)');
  });

  it('marks a highlight switch the site set apart, and goes back to the default', async () => {
    await updateSettings({ highlights: { claims: false } });
    await updateSiteSettings('news.example', { highlights: { claims: true } });
    targetTab('https://news.example/story');
    const page = fakePage();
    showPopup();
    await status();
    expect(descriptionOf('Highlight claims')).toBe('Set for this site only; everywhere: off');
    expect(root.querySelectorAll('[data-sl-override="site"]')).toHaveLength(1);
    const reset = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Use the default');
    reset?.click();
    // Back to the default (off): the page follows the stored change, no message is sent.
    await vi.waitFor(() => expect(page.state().highlights.claims).toBe(false));
    expect(page.calls).toEqual([]);
    await vi.waitFor(() => expect(descriptionOf('Highlight claims')).toBe('Same as everywhere (off)'));
    expect((await getSiteSettings('news.example')).highlights).toBeUndefined();
    // Flipped back to the default by hand: the site keeps no exception either.
    await flip('Highlight numbers', page);
    expect((await getSiteSettings('news.example')).highlights).toEqual({ numbers: false });
    await flip('Highlight numbers', page);
    expect((await getSiteSettings('news.example')).highlights).toBeUndefined();
  });

  it('turns the site off on the page and in the site list, and only stores exceptions', async () => {
    targetTab('https://www.news.example/story');
    const page = fakePage();
    showPopup();
    await status();
    expect(switchNamed('Sourcelight on this site').checked).toBe(true);
    await flip('Sourcelight on this site', page);
    expect(page.calls).toEqual(['setEnabled false']);
    expect(await getSiteSettings('news.example')).toMatchObject({ enabled: false });
    expect((await status()).textContent).toBe(englishMessage('popupOffForSite'));
    await flip('Sourcelight on this site', page);
    // Back to what the run mode does by itself: nothing left to store.
    expect((await getSiteSettings('news.example')).enabled).toBeUndefined();
  });

  it('offers to run once on a page where the run mode keeps it off', async () => {
    await updateSettings({ mode: 'on-request' });
    targetTab('https://news.example/story');
    const page = fakePage(pageState({ enabled: false }));
    showPopup();
    expect((await status()).textContent).toBe(englishMessage('popupOff'));
    expect(switchNamed('Sourcelight on this site').checked).toBe(false);
    const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Run on this page');
    button?.click();
    await vi.waitFor(() => expect(root.querySelector('[data-sl-status="article"]')).not.toBeNull());
    expect(page.calls).toEqual(['setEnabled true']);
    expect(await getSiteSettings('news.example')).toEqual({ stripHidden: [], hiddenBlocks: [] });
  });

  it('says plainly when the page is not an article', async () => {
    targetTab('https://news.example/');
    fakePage(pageState({ isArticle: false }));
    showPopup();
    expect((await status()).textContent).toBe(englishMessage('popupNotArticle'));
  });

  it('says when the reading stopped part-way, beside the article', async () => {
    targetTab('https://news.example/a');
    fakePage(pageState({ unfinished: true }));
    showPopup();
    await vi.waitFor(() => expect(root.querySelector('[data-sl-status="article"]')).not.toBeNull());
    expect(root.querySelector('[data-sl-status="unfinished"]')?.textContent).toBe(englishMessage('popupUnfinished'));
  });

  it('says the reading stopped, not "not an article", when it stopped before the article was found', async () => {
    targetTab('https://news.example/a');
    fakePage(pageState({ unfinished: true, isArticle: false }));
    showPopup();
    expect((await status()).textContent).toBe(englishMessage('popupUnfinished'));
  });

  it('reflects a site the reader blocked earlier', async () => {
    await updateSiteSettings('news.example', { enabled: false });
    targetTab('https://news.example/story');
    fakePage(pageState({ enabled: false }));
    showPopup();
    expect((await status()).textContent).toBe(englishMessage('popupOffForSite'));
    expect(switchNamed('Sourcelight on this site').checked).toBe(false);
  });

  const unavailable: Array<[string, string]> = [
    ['chrome://extensions/', 'popupUnavailableBrowserPage'],
    ['about:preferences', 'popupUnavailableBrowserPage'],
    ['https://chromewebstore.google.com/category/extensions', 'popupUnavailableStore'],
    ['https://addons.mozilla.org/firefox/', 'popupUnavailableStore'],
    ['https://example.com/annual-report.pdf', 'popupUnavailablePdf'],
  ];
  for (const [url, key] of unavailable) {
    it(`says Sourcelight cannot run on ${url}`, async () => {
      targetTab(url);
      showPopup();
      const shown = await status();
      expect(shown.textContent).toBe(englishMessage(key));
      expect(root.querySelector('input')).toBeNull();
    });
  }

  it('says the page cannot be reached when the content script is gone and cannot be injected', async () => {
    targetTab('https://news.example/story');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access this page'));
    showPopup();
    expect((await status()).textContent).toBe(englishMessage('popupUnavailableUnreachable'));
  });

  it('opens the options page', async () => {
    const open = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    targetTab('chrome://newtab/');
    showPopup();
    await status();
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Settings')?.click();
    expect(open).toHaveBeenCalled();
  });
});

describe('popup for a tab whose address the browser hides', () => {
  it('takes the site from the page itself (Chromium without the tabs permission)', async () => {
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((() =>
      Promise.resolve({ id: 7, status: 'complete' })) as never);
    const page = fakePage();
    showPopup();
    await status();
    // jsdom's page address stands in for the article's.
    expect(root.querySelector('#sl-scope-site')?.textContent).toBe(`On this site: ${location.host}`);
    await flip('Sourcelight on this site', page);
    expect(page.calls).toEqual(['setEnabled false']);
  });
});

describe('right-to-left', () => {
  const cases: Array<[string, string, 'ltr' | 'rtl', string]> = [
    // UI language, language of the messages the browser picked, expected dir, expected lang
    ['ar', 'ar', 'rtl', 'ar'],
    ['ar-EG', 'ar', 'rtl', 'ar'],
    // No Hebrew messages: the English fallback stays left to right.
    ['he', 'en', 'ltr', 'en'],
    ['en-GB', 'en', 'ltr', 'en'],
  ];
  for (const [ui, shown, dir, lang] of cases) {
    it(`lays out ${dir} with lang=${lang} for a ${ui} browser showing ${shown} messages`, async () => {
      const { applyUiLanguage } = await import('../../utils/i18n');
      const bidi = ['ar', 'he'].includes(ui.slice(0, 2)) ? 'rtl' : 'ltr';
      vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
        if (key === '@@bidi_dir') return bidi;
        if (key === 'localeCode') return shown;
        return englishMessage(key, subs);
      }) as typeof fakeBrowser.i18n.getMessage);
      vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(ui);
      const html = document.createElement('html');
      applyUiLanguage(html);
      expect(html.dir).toBe(dir);
      expect(html.lang).toBe(lang);
    });
  }
});

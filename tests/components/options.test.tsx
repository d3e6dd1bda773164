// The options page in jsdom: it shows what is stored, saves each change at once, edits the site list, and
// refuses a bad settings file with a message that says what is wrong.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../components/options/Options';
import {
  DEFAULT_SETTINGS,
  getAllSites,
  getSettings,
  SETTINGS_FILE_FORMAT,
  SETTINGS_FILE_VERSION,
  updateSiteSettings,
} from '../../utils/settings';
import { englishMessage, mountRoot, unmountRoot, useEnglishMessages } from './popup-test-utils';

let root: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  useEnglishMessages();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  root = mountRoot();
});

afterEach(() => unmountRoot(root));

async function showOptions(): Promise<void> {
  render(<Options />, root);
  await vi.waitFor(() => {
    if (!root.querySelector('#sl-mode-articles')) throw new Error('not loaded');
  });
}

function input(selector: string): HTMLInputElement {
  const found = root.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

async function chooseFile(text: string, name = 'settings.json'): Promise<HTMLElement> {
  const file = new File([text], name, { type: 'application/json' });
  const picker = input('#sl-import-file');
  Object.defineProperty(picker, 'files', { value: [file], configurable: true });
  picker.dispatchEvent(new Event('change', { bubbles: true }));
  return vi.waitFor(() => {
    const message = root.querySelector<HTMLElement>('#sl-backup-message');
    if (!message?.dataset.slResult) throw new Error('no result yet');
    return message;
  });
}

describe('options page', () => {
  it('shows the defaults: every article, dates not highlighted', async () => {
    await showOptions();
    expect(input('#sl-mode-articles').checked).toBe(true);
    expect(input('#sl-kind-date').checked).toBe(false);
    expect(input('#sl-kind-money').checked).toBe(true);
    // times of day are quiet like dates; ages are shown, as ages and not as counts
    expect(input('#sl-kind-time').checked).toBe(false);
    expect(input('#sl-kind-age').checked).toBe(true);
    const label = (id: string) => root.querySelector(`label[for="${id}"]`)?.textContent;
    expect(label('sl-kind-time')).toBe(englishMessage('numberKindTime'));
    expect(label('sl-kind-age')).toBe(englishMessage('numberKindAge'));
    expect(input('#sl-colors-default').checked).toBe(true);
    expect(input('#sl-sidebar-auto').checked).toBe(false);
    expect(root.textContent).toContain(englishMessage('optionsSitesEmpty'));
  });

  it('saves each change at once', async () => {
    await showOptions();
    input('#sl-mode-on-request').click();
    input('#sl-kind-date').click();
    input('#sl-kind-age').click();
    input('#sl-colors-high-contrast').click();
    input('#sl-sidebar-auto').click();
    await vi.waitFor(async () => {
      expect(await getSettings()).toMatchObject({
        mode: 'on-request',
        numberKinds: { date: true, age: false },
        colorScheme: 'high-contrast',
        sidebarAutoOpen: true,
      });
    });
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Saved.');
  });

  it('lists sites and edits them: run choice, clutter kinds, hidden blocks, remove', async () => {
    await updateSiteSettings('news.example', { enabled: false, stripHidden: ['ad'], hiddenBlocks: ['b1', 'b2'] });
    await showOptions();
    const row = await vi.waitFor(() => {
      const found = root.querySelector<HTMLElement>('[data-sl-site="news.example"]');
      if (!found) throw new Error('no row');
      return found;
    });
    const select = row.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('blocked');
    select.value = 'allowed';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(async () => expect((await getAllSites())['news.example']?.enabled).toBe(true));

    const comments = [...row.querySelectorAll('label')].find((l) => l.textContent === 'Comments');
    comments?.querySelector('input')?.click();
    await vi.waitFor(async () =>
      expect((await getAllSites())['news.example']?.stripHidden).toEqual(['ad', 'comments']),
    );

    [...row.querySelectorAll('button')].find((b) => b.textContent === 'Show 2 again')?.click();
    await vi.waitFor(async () => expect((await getAllSites())['news.example']?.hiddenBlocks).toEqual([]));

    const remove = [...root.querySelectorAll('button')].find(
      (b) => b.getAttribute('aria-label') === 'Remove news.example from the list',
    );
    remove?.click();
    await vi.waitFor(async () => expect(await getAllSites()).toEqual({}));
    await vi.waitFor(() => expect(root.querySelector('[data-sl-site]')).toBeNull());
  });

  it('adds a site and refuses an unusable address', async () => {
    await showOptions();
    const field = input('#sl-new-host');
    field.value = 'not a site';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    (root.querySelector('.sl-add-site button') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toBe(englishMessage('optionsSitesBadHost')),
    );
    field.value = 'https://www.News.Example/today';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    (root.querySelector('.sl-add-site button') as HTMLButtonElement).click();
    await vi.waitFor(async () => expect((await getAllSites())['news.example']).toMatchObject({ enabled: true }));
  });

  it('follows changes made elsewhere (the popup, a page)', async () => {
    await showOptions();
    await updateSiteSettings('elsewhere.example', { stripHidden: ['promo'] });
    await vi.waitFor(() => expect(root.querySelector('[data-sl-site="elsewhere.example"]')).not.toBeNull());
  });

  const bad: Array<[string, string, string]> = [
    ['malformed JSON', '{"format": "sourcelight-settings", "version": 1,', 'That file is not valid JSON'],
    ['a JSON file of something else', '{"name": "my-package"}', englishMessage('importNotSettingsFile')],
    [
      'a file from another version',
      JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 7, settings: DEFAULT_SETTINGS, sites: {} }),
      'That settings file has version 7',
    ],
    [
      'a file with a wrong value',
      JSON.stringify({
        format: SETTINGS_FILE_FORMAT,
        version: SETTINGS_FILE_VERSION,
        settings: { ...DEFAULT_SETTINGS, mode: 'always' },
        sites: {},
      }),
      'invalid values, so nothing was changed: settings.mode.',
    ],
  ];
  for (const [name, text, expected] of bad) {
    it(`refuses ${name} with a message and changes nothing`, async () => {
      await showOptions();
      input('#sl-mode-allowed-sites').click();
      await vi.waitFor(async () => expect((await getSettings()).mode).toBe('allowed-sites'));
      const message = await chooseFile(text);
      expect(message.dataset.slResult).toBe('error');
      expect(message.getAttribute('role')).toBe('alert');
      expect(message.textContent).toContain(expected);
      expect((await getSettings()).mode).toBe('allowed-sites');
    });
  }

  it('imports a good file and shows its settings', async () => {
    await showOptions();
    const file = JSON.stringify({
      format: SETTINGS_FILE_FORMAT,
      version: SETTINGS_FILE_VERSION,
      exportedAt: '2026-01-01T00:00:00.000Z',
      settings: { ...DEFAULT_SETTINGS, mode: 'on-request' },
      sites: { 'news.example': { enabled: true, stripHidden: [], hiddenBlocks: [] } },
    });
    const message = await chooseFile(file);
    expect(message.dataset.slResult).toBe('ok');
    expect(message.textContent).toBe('Settings imported (1 sites).');
    await vi.waitFor(() => expect(input('#sl-mode-on-request').checked).toBe(true));
    expect(root.querySelector('[data-sl-site="news.example"]')).not.toBeNull();
  });
});

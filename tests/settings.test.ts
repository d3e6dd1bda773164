// The reader's settings: defaults, migration from older stored shapes, repair of corrupt values, per-site
// choices, and strict import of exported files.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkSiteMap,
  DEFAULT_SETTINGS,
  effectiveSettings,
  exportSettings,
  getAllSites,
  getSettings,
  getSiteSettings,
  importSettings,
  migrateSettingsV1toV2,
  migrateSitesV1toV2,
  parseSettingsFile,
  removeSite,
  runsAutomatically,
  SETTINGS_FILE_FORMAT,
  SETTINGS_FILE_VERSION,
  siteKey,
  updateSettings,
  updateSiteSettings,
  watchSiteSettings,
} from '../utils/settings';

async function stored(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

beforeEach(() => {
  fakeBrowser.reset();
  // Repairs are logged as warnings; the tests check the repair itself.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('settings defaults', () => {
  it('gives the defaults when nothing is stored, with dates off', async () => {
    const settings = await getSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.mode).toBe('articles');
    expect(settings.numberKinds.date).toBe(false);
    expect(settings.numberKinds.money).toBe(true);
    expect(settings.colorScheme).toBe('default');
    expect(settings.sidebarAutoOpen).toBe(false);
  });

  it('never hands out the shared default object', async () => {
    const a = await getSettings();
    a.highlights.claims = false;
    expect((await getSettings()).highlights.claims).toBe(true);
    expect(DEFAULT_SETTINGS.highlights.claims).toBe(true);
  });

  it('merges a patch and keeps the rest', async () => {
    await updateSettings({ highlights: { numbers: false }, numberKinds: { date: true } });
    const settings = await getSettings();
    expect(settings.highlights).toEqual({ claims: true, numbers: false });
    expect(settings.numberKinds.date).toBe(true);
    expect(settings.numberKinds.count).toBe(true);
  });
});

describe('corrupt stored values are repaired', () => {
  const cases: Array<[string, unknown]> = [
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2, 3]],
    ['a wrong mode', { ...DEFAULT_SETTINGS, mode: 'always' }],
    ['a non-boolean toggle', { ...DEFAULT_SETTINGS, highlights: { claims: 'yes', numbers: true } }],
  ];
  for (const [name, value] of cases) {
    it(`falls back and writes back for ${name}`, async () => {
      await fakeBrowser.storage.local.set({ settings: value, settings$: { v: 2 } });
      const settings = await getSettings();
      expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      expect(await stored('settings')).toEqual(settings);
    });
  }

  it('keeps the valid parts of a partly corrupt value', async () => {
    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, mode: 'on-request', colorScheme: 'neon' },
      settings$: { v: 2 },
    });
    const settings = await getSettings();
    expect(settings.mode).toBe('on-request');
    expect(settings.colorScheme).toBe('default');
    expect((await stored('settings')) as { colorScheme: string }).toMatchObject({ colorScheme: 'default' });
  });

  it('repairs a corrupt site list, keeping the valid sites', async () => {
    await fakeBrowser.storage.local.set({
      sites: {
        'example.com': { enabled: false, stripHidden: ['ad', 'nonsense'], hiddenBlocks: ['b1', 7] },
        'Not A Host!': { enabled: true, stripHidden: [], hiddenBlocks: [] },
        'news.test': 'garbage',
      },
    });
    const sites = await getAllSites();
    expect({ ...sites }).toEqual({ 'example.com': { enabled: false, stripHidden: ['ad'], hiddenBlocks: ['b1'] } });
    expect(await stored('sites')).toEqual({ ...sites });
  });

  it('does not write when the stored value is already valid', async () => {
    await updateSettings({ mode: 'allowed-sites' });
    const writes: string[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(...Object.keys(changes)));
    await getSettings();
    expect(writes).toEqual([]);
  });
});

describe('migration', () => {
  it('turns the v1 single highlight switch into two', () => {
    expect(migrateSettingsV1toV2({ mode: 'articles', highlights: false })).toMatchObject({
      highlights: { claims: false, numbers: false },
      numberKinds: { date: false },
    });
  });

  it('passes values it cannot read to the checker untouched', () => {
    expect(migrateSettingsV1toV2('garbage')).toBe('garbage');
  });

  it('migrates a v1 value found in storage when the item is defined', async () => {
    await fakeBrowser.storage.local.set({
      settings: { mode: 'on-request', highlights: false, colorScheme: 'high-contrast', sidebarAutoOpen: true },
    });
    vi.resetModules();
    const fresh = await import('../utils/settings');
    const settings = await fresh.getSettings();
    expect(settings).toMatchObject({
      mode: 'on-request',
      highlights: { claims: false, numbers: false },
      colorScheme: 'high-contrast',
      sidebarAutoOpen: true,
    });
    expect(settings.numberKinds.date).toBe(false);
    expect(await stored('settings$')).toEqual({ v: 2 });
  });
});

describe('sites migration (v1 had no article choice)', () => {
  const v1 = {
    'news.example': { enabled: false, stripHidden: ['ad'], hiddenBlocks: ['body > aside'] },
    'blog.example': { stripHidden: [], hiddenBlocks: ['#promo'] },
  };

  it('carries every v1 site entry over whole', () => {
    expect(migrateSitesV1toV2(v1)).toEqual(v1);
  });

  it('drops an article choice that no v1 build could have written, and keeps the rest of the entry', () => {
    const edited = { 'news.example': { stripHidden: ['ad'], hiddenBlocks: [], articlePath: 'body > div' } };
    expect(migrateSitesV1toV2(edited)).toEqual({ 'news.example': { stripHidden: ['ad'], hiddenBlocks: [] } });
  });

  it('passes values it cannot read to the checker untouched', () => {
    expect(migrateSitesV1toV2('garbage')).toBe('garbage');
  });

  it('migrates the v1 site list found in storage, then keeps an article choice', async () => {
    await fakeBrowser.storage.local.set({ sites: v1, sites$: { v: 1 } });
    vi.resetModules();
    const fresh = await import('../utils/settings');
    expect({ ...(await fresh.getAllSites()) }).toEqual(v1);
    expect(await stored('sites$')).toEqual({ v: 2 });
    await fresh.updateSiteSettings('news.example', { articlePath: 'body > main > article' });
    expect((await fresh.getSiteSettings('news.example')).articlePath).toBe('body > main > article');
    expect((await fresh.getSiteSettings('news.example')).hiddenBlocks).toEqual(['body > aside']);
  });
});

describe('the article picked on a site', () => {
  it('is saved, forgotten with null, and a site left with no choices goes', async () => {
    await updateSiteSettings('news.example', { articlePath: 'body > div:nth-of-type(2)' });
    expect(await getSiteSettings('news.example')).toEqual({
      stripHidden: [],
      hiddenBlocks: [],
      articlePath: 'body > div:nth-of-type(2)',
    });
    await updateSiteSettings('news.example', { articlePath: null });
    expect(await getAllSites()).toEqual({});
  });

  it('repairs a stored choice that is not a usable path', async () => {
    await fakeBrowser.storage.local.set({
      sites: { 'news.example': { stripHidden: ['ad'], hiddenBlocks: [], articlePath: 42 } },
      sites$: { v: 2 },
    });
    expect(await getSiteSettings('news.example')).toEqual({ stripHidden: ['ad'], hiddenBlocks: [] });
  });
});

describe('per-site settings', () => {
  it('gives empty choices for an unknown site', async () => {
    expect(await getSiteSettings('example.com')).toEqual({ stripHidden: [], hiddenBlocks: [] });
  });

  it('stores choices under the host without www, from a host or a URL', async () => {
    await updateSiteSettings('www.Example.com', { stripHidden: ['ad', 'comments'] });
    await updateSiteSettings('https://example.com/news/1', { enabled: false });
    expect(await getSiteSettings('example.com')).toEqual({
      enabled: false,
      stripHidden: ['ad', 'comments'],
      hiddenBlocks: [],
    });
    expect(Object.keys(await getAllSites())).toEqual(['example.com']);
  });

  it('keeps hosts with ports and IP addresses apart', () => {
    expect(siteKey('127.0.0.1:8080')).toBe('127.0.0.1:8080');
    expect(siteKey('http://[::1]:3000/x')).toBe('[::1]:3000');
    expect(siteKey('chrome://newtab')).toBe('newtab');
    expect(siteKey('')).toBeNull();
    expect(siteKey('a b')).toBeNull();
  });

  it('clears the choice with null and drops a site left with no choices', async () => {
    await updateSiteSettings('example.com', { enabled: true });
    await updateSiteSettings('example.com', { enabled: null });
    expect(await getAllSites()).toEqual({});
  });

  it('runs two quick updates one after the other', async () => {
    await Promise.all([
      updateSiteSettings('a.test', { stripHidden: ['ad'] }),
      updateSiteSettings('b.test', { hiddenBlocks: ['x'] }),
    ]);
    expect(Object.keys(await getAllSites()).sort()).toEqual(['a.test', 'b.test']);
  });

  it('removes a site', async () => {
    await updateSiteSettings('a.test', { enabled: false });
    await removeSite('a.test');
    expect(await getAllSites()).toEqual({});
  });

  it('decides automatic running from the mode and the site choice', () => {
    const settings = { ...DEFAULT_SETTINGS };
    const site = { stripHidden: [], hiddenBlocks: [] };
    expect(runsAutomatically(settings, site)).toBe(true);
    expect(runsAutomatically(settings, { ...site, enabled: false })).toBe(false);
    expect(runsAutomatically({ ...settings, mode: 'allowed-sites' }, site)).toBe(false);
    expect(runsAutomatically({ ...settings, mode: 'allowed-sites' }, { ...site, enabled: true })).toBe(true);
    expect(runsAutomatically({ ...settings, mode: 'on-request' }, site)).toBe(false);
  });
});

describe('highlights set for one site (the popup\'s "on this site" switches)', () => {
  it('are stored with the site, leave the defaults alone, and go with null', async () => {
    await updateSiteSettings('www.news.example', { highlights: { claims: false } });
    expect(await getSiteSettings('news.example')).toEqual({
      stripHidden: [],
      hiddenBlocks: [],
      highlights: { claims: false },
    });
    expect((await getSettings()).highlights).toEqual({ claims: true, numbers: true });
    await updateSiteSettings('news.example', { highlights: { numbers: true } });
    expect((await getSiteSettings('news.example')).highlights).toEqual({ claims: false, numbers: true });
    await updateSiteSettings('news.example', { highlights: { claims: null, numbers: null } });
    // Nothing else was set for the site: it leaves the list.
    expect(await getAllSites()).toEqual({});
  });

  const effective: Array<[string, { claims: boolean; numbers: boolean }, object | undefined, object]> = [
    [
      'a site with none follows the defaults',
      { claims: true, numbers: false },
      undefined,
      { claims: true, numbers: false },
    ],
    ["a site's own switch wins", { claims: true, numbers: true }, { claims: false }, { claims: false, numbers: true }],
    ['in both directions', { claims: false, numbers: false }, { numbers: true }, { claims: false, numbers: true }],
  ];
  for (const [name, defaults, own, expected] of effective) {
    it(`what a page uses: ${name}`, () => {
      const settings = { ...structuredClone(DEFAULT_SETTINGS), highlights: defaults };
      const site = { stripHidden: [], hiddenBlocks: [], ...(own ? { highlights: own } : {}) };
      expect(effectiveSettings(settings, site).highlights).toEqual(expected);
    });
  }

  it('repairs a stored value that is not a switch, keeping the valid one', () => {
    const problems: string[] = [];
    const sites = checkSiteMap(
      { 'news.example': { stripHidden: [], hiddenBlocks: [], highlights: { claims: 'no', numbers: false } } },
      problems,
    );
    expect(sites['news.example']?.highlights).toEqual({ numbers: false });
    expect(problems).toEqual(['sites["news.example"].highlights.claims']);
  });

  it("tells a page of the site when the defaults or the site's own settings change", async () => {
    const seen: Array<{ claims: boolean; numbers: boolean }> = [];
    const unwatch = watchSiteSettings('news.example', (settings) => seen.push(settings.highlights));
    await updateSiteSettings('news.example', { highlights: { claims: false } });
    await vi.waitFor(() => expect(seen).toEqual([{ claims: false, numbers: true }]));
    await updateSettings({ highlights: { numbers: false } });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual({ claims: false, numbers: false }));
    // Another site's switch is not this page's business.
    const count = seen.length;
    await updateSiteSettings('other.example', { highlights: { numbers: true } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toHaveLength(count);
    // This site's strip choice is: the page reads its strip and article choices again.
    await updateSiteSettings('news.example', { stripHidden: ['ad'] });
    await vi.waitFor(() => expect(seen).toHaveLength(count + 1));
    unwatch();
  });
});

describe('export and import', () => {
  it('round-trips all settings through a file', async () => {
    await updateSettings({ mode: 'allowed-sites', colorScheme: 'high-contrast' });
    await updateSiteSettings('example.com', { enabled: true, stripHidden: ['promo'] });
    const file = JSON.stringify(await exportSettings());
    fakeBrowser.reset();
    const result = await importSettings(file);
    expect(result.ok).toBe(true);
    expect((await getSettings()).mode).toBe('allowed-sites');
    expect(await getSiteSettings('example.com')).toMatchObject({ enabled: true, stripHidden: ['promo'] });
  });

  const good = { format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings: DEFAULT_SETTINGS, sites: {} };
  const refused: Array<[string, string, string]> = [
    ['malformed JSON', '{"format": "sourcelight-settings",', 'malformed-json'],
    ['an empty file', '', 'malformed-json'],
    ['another JSON file', JSON.stringify({ name: 'package' }), 'not-settings-file'],
    ['a JSON array', '[]', 'not-settings-file'],
    ['a newer version', JSON.stringify({ ...good, version: 99 }), 'unsupported-version'],
    ['a missing version', JSON.stringify({ ...good, version: undefined }), 'unsupported-version'],
    ['a wrong mode', JSON.stringify({ ...good, settings: { ...DEFAULT_SETTINGS, mode: 'always' } }), 'invalid-fields'],
    ['a bad site', JSON.stringify({ ...good, sites: { 'example.com': { stripHidden: 'ad' } } }), 'invalid-fields'],
  ];
  for (const [name, text, kind] of refused) {
    it(`refuses ${name} and changes nothing`, async () => {
      await updateSettings({ mode: 'on-request' });
      const result = await importSettings(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.kind).toBe(kind);
      expect((await getSettings()).mode).toBe('on-request');
    });
  }

  it('imports a file written before times of day and ages were kinds of number, with their defaults', async () => {
    const { time: _time, age: _age, ...olderKinds } = { ...DEFAULT_SETTINGS.numberKinds, date: true };
    const older = { ...good, settings: { ...DEFAULT_SETTINGS, numberKinds: olderKinds } };
    const result = await importSettings(JSON.stringify(older));
    expect(result.ok).toBe(true);
    const { numberKinds } = await getSettings();
    expect(numberKinds.date).toBe(true);
    expect(numberKinds.time).toBe(false);
    expect(numberKinds.age).toBe(true);
  });

  it('refuses a kind of number that is not a boolean', () => {
    const numberKinds = { ...DEFAULT_SETTINGS.numberKinds, age: 'yes' };
    const result = parseSettingsFile(JSON.stringify({ ...good, settings: { ...DEFAULT_SETTINGS, numberKinds } }));
    expect(result).toEqual({ ok: false, problem: { kind: 'invalid-fields', fields: ['settings.numberKinds.age'] } });
  });

  it('names the fields that are wrong', () => {
    const result = parseSettingsFile(
      JSON.stringify({ ...good, settings: { ...DEFAULT_SETTINGS, colorScheme: 'neon', sidebarAutoOpen: 1 } }),
    );
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'invalid-fields', fields: ['settings.colorScheme', 'settings.sidebarAutoOpen'] },
    });
  });
});

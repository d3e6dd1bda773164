// The reader's settings: typed, versioned storage items with defaults. Whatever is in storage (missing, old,
// hand-edited, corrupt) is read through one checker that keeps what is valid, puts the default in place of what
// is not, and writes the repaired value back; no script ever sees a malformed value.
//
// Two items, so that the per-site list (written by content scripts in many tabs) and the global choices
// (written by the options page) do not overwrite each other:
//   local:settings  the defaults "everywhere" (run mode, highlights, number kinds, colours, sidebar)
//   local:sites     per-site choices, keyed by host without "www.": whether Sourcelight runs there, the strip's
//                   choices, the article choice, and highlight switches that differ from the defaults (the
//                   popup's "on this site" switches write here, never to the defaults)
// What a page uses is `effectiveSettings(settings, site)`: the defaults with the site's exceptions on top.
// Export/import packs both into one JSON file (`SettingsFile`) that is validated strictly before anything is
// written.
import { storage } from 'wxt/utils/storage';
import { CLUTTER_KINDS, type ClutterKind, NUMBER_KINDS, type NumberKind } from './analysis/types';

export { CLUTTER_KINDS, NUMBER_KINDS };

// ---------------------------------------------------------------------------------------------------------------
// Types and defaults

/** When Sourcelight runs by itself: on every page recognised as an article, only on allowed sites, or only when
 * the reader asks from the popup. */
export type RunMode = 'articles' | 'allowed-sites' | 'on-request';
export type ColorScheme = 'default' | 'high-contrast';

export const RUN_MODES: readonly RunMode[] = ['articles', 'allowed-sites', 'on-request'];
export const COLOR_SCHEMES: readonly ColorScheme[] = ['default', 'high-contrast'];

export interface HighlightSettings {
  claims: boolean;
  numbers: boolean;
}

export interface Settings {
  mode: RunMode;
  highlights: HighlightSettings;
  /** Which kinds of number are highlighted when number highlights are on. */
  numberKinds: Record<NumberKind, boolean>;
  colorScheme: ColorScheme;
  /** The source sidebar opens by itself on articles. */
  sidebarAutoOpen: boolean;
}

export interface SiteSettings {
  /** The reader's choice for this site: true = allowed, false = blocked, absent = follow the run mode. */
  enabled?: boolean;
  /** Clutter kinds the strip hides on this site. */
  stripHidden: ClutterKind[];
  /** Ids of single blocks the reader hid on this site (the on-page strip decides what an id is). */
  hiddenBlocks: string[];
  /** The article the reader picked on this site ("Not the article? Pick it"): a selector path (marks/picker.ts
   * `elementPath`), applied on later pages where it finds an element with prose. Absent: the engine chooses. */
  articlePath?: string;
  /** Highlight switches the reader set for this site from the popup, where they differ from the defaults
   * everywhere (`Settings.highlights`). Absent: the site follows the defaults. */
  highlights?: Partial<HighlightSettings>;
}

/** The highlight switches a site can set apart from the defaults. */
export const HIGHLIGHT_KINDS: readonly (keyof HighlightSettings)[] = ['claims', 'numbers'];

export type SiteMap = Record<string, SiteSettings>;

/** Frozen all the way down: every reader gets a copy (defaultSettings, or the checker's output). */
export const DEFAULT_SETTINGS: Readonly<Settings> = deepFreeze({
  mode: 'articles',
  highlights: { claims: true, numbers: true },
  // Dates and times of day are off by default: every article is full of them and they are rarely what a reader
  // checks. Ages are on: they are facts about a person, shown as ages and not as counts.
  numberKinds: {
    count: true,
    money: true,
    percent: true,
    fraction: true,
    range: true,
    duration: true,
    date: false,
    time: false,
    age: true,
    ordinal: true,
    other: true,
  },
  colorScheme: 'default',
  sidebarAutoOpen: false,
});

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) deepFreeze(child);
  }
  return Object.freeze(value);
}

export function defaultSettings(): Settings {
  return structuredClone(DEFAULT_SETTINGS) as Settings;
}

export function emptySiteSettings(): SiteSettings {
  return { stripHidden: [], hiddenBlocks: [] };
}

// Limits that keep a hand-edited or imported file from filling storage (local storage is 10 MB in Chrome).
const MAX_SITES = 5000;
const MAX_HIDDEN_BLOCKS_PER_SITE = 500;
const MAX_BLOCK_ID_LENGTH = 300;
/** A host as `URL.hostname` gives it (IPv6 in brackets), optionally with a port. */
const HOST_PATTERN = /^(?:[a-z0-9_-]+(?:\.[a-z0-9_-]+)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
const MAX_HOST_LENGTH = 260;

// ---------------------------------------------------------------------------------------------------------------
// Checking: one checker per shape. Each returns a valid value and lists the paths it had to replace, so the
// same code repairs storage (replace and write back) and refuses a bad import (report the paths).

type Problems = string[];

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

function checkBoolean(raw: unknown, fallback: boolean, path: string, problems: Problems): boolean {
  if (typeof raw === 'boolean') return raw;
  problems.push(path);
  return fallback;
}

function checkOneOf<T extends string>(
  raw: unknown,
  allowed: readonly T[],
  fallback: T,
  path: string,
  problems: Problems,
): T {
  const found = allowed.find((value) => value === raw);
  if (found !== undefined) return found;
  problems.push(path);
  return fallback;
}

export function checkSettings(raw: unknown, problems: Problems = [], path = 'settings'): Settings {
  const fallback = defaultSettings();
  if (!isRecord(raw)) {
    problems.push(path);
    return fallback;
  }
  const highlights = isRecord(raw.highlights) ? raw.highlights : null;
  if (!highlights) problems.push(`${path}.highlights`);
  const kinds = isRecord(raw.numberKinds) ? raw.numberKinds : null;
  if (!kinds) problems.push(`${path}.numberKinds`);
  const numberKinds = { ...fallback.numberKinds };
  if (kinds) {
    for (const kind of NUMBER_KINDS) {
      // A kind added after the settings were written (a file exported before "age" existed) takes its default.
      if (kinds[kind] === undefined) continue;
      numberKinds[kind] = checkBoolean(
        kinds[kind],
        fallback.numberKinds[kind],
        `${path}.numberKinds.${kind}`,
        problems,
      );
    }
  }
  return {
    mode: checkOneOf(raw.mode, RUN_MODES, fallback.mode, `${path}.mode`, problems),
    highlights: highlights
      ? {
          claims: checkBoolean(highlights.claims, fallback.highlights.claims, `${path}.highlights.claims`, problems),
          numbers: checkBoolean(
            highlights.numbers,
            fallback.highlights.numbers,
            `${path}.highlights.numbers`,
            problems,
          ),
        }
      : fallback.highlights,
    numberKinds,
    colorScheme: checkOneOf(raw.colorScheme, COLOR_SCHEMES, fallback.colorScheme, `${path}.colorScheme`, problems),
    sidebarAutoOpen: checkBoolean(raw.sidebarAutoOpen, fallback.sidebarAutoOpen, `${path}.sidebarAutoOpen`, problems),
  };
}

export function checkSiteSettings(raw: unknown, problems: Problems = [], path = 'site'): SiteSettings {
  const site = emptySiteSettings();
  if (!isRecord(raw)) {
    problems.push(path);
    return site;
  }
  if (typeof raw.enabled === 'boolean') site.enabled = raw.enabled;
  else if (raw.enabled !== undefined) problems.push(`${path}.enabled`);

  if (Array.isArray(raw.stripHidden)) {
    for (const [i, kind] of raw.stripHidden.entries()) {
      const found = CLUTTER_KINDS.find((k) => k === kind);
      if (found === undefined) problems.push(`${path}.stripHidden[${i}]`);
      else if (!site.stripHidden.includes(found)) site.stripHidden.push(found);
    }
  } else if (raw.stripHidden !== undefined) problems.push(`${path}.stripHidden`);

  if (Array.isArray(raw.hiddenBlocks)) {
    for (const [i, id] of raw.hiddenBlocks.entries()) {
      if (typeof id !== 'string' || id.length === 0 || id.length > MAX_BLOCK_ID_LENGTH) {
        problems.push(`${path}.hiddenBlocks[${i}]`);
      } else if (!site.hiddenBlocks.includes(id)) site.hiddenBlocks.push(id);
    }
    if (site.hiddenBlocks.length > MAX_HIDDEN_BLOCKS_PER_SITE) {
      problems.push(`${path}.hiddenBlocks`);
      site.hiddenBlocks = site.hiddenBlocks.slice(-MAX_HIDDEN_BLOCKS_PER_SITE);
    }
  } else if (raw.hiddenBlocks !== undefined) problems.push(`${path}.hiddenBlocks`);

  if (
    typeof raw.articlePath === 'string' &&
    raw.articlePath.length > 0 &&
    raw.articlePath.length <= MAX_BLOCK_ID_LENGTH
  ) {
    site.articlePath = raw.articlePath;
  } else if (raw.articlePath !== undefined) problems.push(`${path}.articlePath`);

  if (isRecord(raw.highlights)) {
    const highlights: Partial<HighlightSettings> = {};
    for (const kind of HIGHLIGHT_KINDS) {
      const value = raw.highlights[kind];
      if (typeof value === 'boolean') highlights[kind] = value;
      else if (value !== undefined) problems.push(`${path}.highlights.${kind}`);
    }
    if (Object.keys(highlights).length > 0) site.highlights = highlights;
  } else if (raw.highlights !== undefined) problems.push(`${path}.highlights`);
  return site;
}

export function checkSiteMap(raw: unknown, problems: Problems = [], path = 'sites'): SiteMap {
  // A null-prototype map: a host called "__proto__" in a hand-edited file must stay data.
  const sites: SiteMap = Object.create(null);
  if (!isRecord(raw)) {
    problems.push(path);
    return sites;
  }
  let count = 0;
  for (const [host, value] of Object.entries(raw)) {
    const key = siteKey(host);
    if (key === null || key !== host) {
      problems.push(`${path}[${JSON.stringify(host)}]`);
      continue;
    }
    if (++count > MAX_SITES) {
      problems.push(path);
      break;
    }
    const site = checkSiteSettings(value, problems, `${path}[${JSON.stringify(host)}]`);
    if (!isEmptySite(site)) sites[key] = site;
  }
  return sites;
}

export function isEmptySite(site: SiteSettings): boolean {
  return (
    site.enabled === undefined &&
    site.stripHidden.length === 0 &&
    site.hiddenBlocks.length === 0 &&
    site.articlePath === undefined &&
    site.highlights === undefined
  );
}

/** What a page of this site uses: the defaults everywhere with the site's own highlight switches on top. */
export function effectiveSettings(settings: Settings, site: SiteSettings): Settings {
  return { ...settings, highlights: { ...settings.highlights, ...site.highlights } };
}

/** The key a site is stored under: the lower-case host without a leading "www.", or null for no usable host. */
export function siteKey(hostOrUrl: string): string | null {
  let host = hostOrUrl.trim().toLowerCase();
  if (host.includes('/')) {
    try {
      host = new URL(host).host;
    } catch {
      return null;
    }
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  if (host.length === 0 || host.length > MAX_HOST_LENGTH || !HOST_PATTERN.test(host)) return null;
  return host;
}

// ---------------------------------------------------------------------------------------------------------------
// Storage items and migrations

export const SETTINGS_VERSION = 2;
// A site's `highlights` came after sites v2 without a new version: it is optional, no v2 entry has it, and a
// v2 entry means the same with it absent (the site follows the defaults), so there is nothing to migrate.
export const SITES_VERSION = 2;

/**
 * v1 (the first draft of this module, kept so that the migration path stays exercised) had one switch for all
 * highlights and no per-kind number choices: `{ mode, highlights: boolean, colorScheme, sidebarAutoOpen }`.
 * Migrations must accept anything: the checker that runs after them repairs what they could not read.
 */
export function migrateSettingsV1toV2(old: unknown): unknown {
  if (!isRecord(old) || typeof old.highlights !== 'boolean') return old;
  return {
    ...old,
    highlights: { claims: old.highlights, numbers: old.highlights },
    numberKinds: { ...DEFAULT_SETTINGS.numberKinds },
  };
}

/**
 * Sites v1 had no article choice, and a v1 site entry's fields mean the same in v2: each entry is carried over
 * whole. What is not a site entry is left for the checker to repair; a stray `articlePath` (a v1 file edited by
 * hand) is dropped, since no v1 build ever wrote one and it cannot be trusted to name an article.
 */
export function migrateSitesV1toV2(old: unknown): unknown {
  if (!isRecord(old)) return old;
  const sites: Record<string, unknown> = Object.create(null);
  for (const [host, value] of Object.entries(old)) {
    if (isRecord(value) && 'articlePath' in value) {
      const { articlePath: _dropped, ...rest } = value;
      sites[host] = rest;
    } else sites[host] = value;
  }
  return sites;
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS as Settings,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateSettingsV1toV2 },
});

export const sitesItem = storage.defineItem<SiteMap>('local:sites', {
  fallback: {},
  version: SITES_VERSION,
  migrations: { 2: migrateSitesV1toV2 },
});

/** Reads an item through its checker; a value that needed repair is written back (once, best effort). */
async function readChecked<T>(
  item: { getValue(): Promise<T>; setValue(value: T): Promise<void>; key: string },
  check: (raw: unknown, problems: Problems) => T,
): Promise<T> {
  let raw: unknown;
  try {
    raw = await item.getValue();
  } catch (error) {
    // A storage area that cannot be read at all (e.g. a corrupt profile database) is as good as empty.
    console.warn(`[sourcelight:settings] could not read ${item.key}`, error);
    raw = null;
  }
  const problems: Problems = [];
  const value = check(raw, problems);
  if (raw !== null && problems.length > 0) {
    console.warn(`[sourcelight:settings] repaired ${item.key}: ${problems.slice(0, 10).join(', ')}`);
    await item.setValue(value).catch((error: unknown) => {
      console.warn(`[sourcelight:settings] could not repair ${item.key}`, error);
    });
  }
  return value;
}

// Updates in one script run one after another, so two quick toggles never read the same old value. (Two
// scripts writing the same item at the same instant can still race; the per-site item is small and the reader
// is one person, so the last write wins.)
let queue: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function getSettings(): Promise<Settings> {
  return readChecked(settingsItem, checkSettings);
}

/** Changes some settings; nested objects (highlights, numberKinds) are merged, not replaced. */
export function updateSettings(patch: SettingsPatch): Promise<Settings> {
  return serialised(async () => {
    const current = await getSettings();
    const next = checkSettings({
      ...current,
      ...patch,
      highlights: { ...current.highlights, ...patch.highlights },
      numberKinds: { ...current.numberKinds, ...patch.numberKinds },
    });
    await settingsItem.setValue(next);
    return next;
  });
}

export interface SettingsPatch {
  mode?: RunMode;
  highlights?: Partial<HighlightSettings>;
  numberKinds?: Partial<Record<NumberKind, boolean>>;
  colorScheme?: ColorScheme;
  sidebarAutoOpen?: boolean;
}

export function getAllSites(): Promise<SiteMap> {
  return readChecked(sitesItem, checkSiteMap);
}

/** The choices for one site (a host or a URL); a site with no entry gets empty choices. */
export async function getSiteSettings(host: string): Promise<SiteSettings> {
  const key = siteKey(host);
  if (key === null) return emptySiteSettings();
  const sites = await getAllSites();
  return sites[key] ?? emptySiteSettings();
}

export interface SiteSettingsPatch {
  /** null clears the reader's choice, so the site follows the run mode again. */
  enabled?: boolean | null;
  stripHidden?: ClutterKind[];
  hiddenBlocks?: string[];
  /** null forgets the site's article choice (the engine chooses again). */
  articlePath?: string | null;
  /** A highlight switch for this site only; null for a switch makes the site follow the default again. */
  highlights?: Partial<Record<keyof HighlightSettings, boolean | null>>;
}

/** Changes one site's choices and returns them; a site left with no choices is removed from the list. */
export function updateSiteSettings(host: string, patch: SiteSettingsPatch): Promise<SiteSettings> {
  return serialised(async () => {
    const key = siteKey(host);
    if (key === null) return emptySiteSettings();
    const sites = await getAllSites();
    const current = sites[key] ?? emptySiteSettings();
    const merged: Record<string, unknown> = {
      ...current,
      ...(patch.stripHidden ? { stripHidden: patch.stripHidden } : {}),
      ...(patch.hiddenBlocks ? { hiddenBlocks: patch.hiddenBlocks } : {}),
    };
    if (patch.enabled === null) delete merged.enabled;
    else if (patch.enabled !== undefined) merged.enabled = patch.enabled;
    if (patch.articlePath === null) delete merged.articlePath;
    else if (patch.articlePath !== undefined) merged.articlePath = patch.articlePath;
    if (patch.highlights) {
      const highlights: Partial<Record<keyof HighlightSettings, boolean>> = { ...current.highlights };
      for (const kind of HIGHLIGHT_KINDS) {
        const value = patch.highlights[kind];
        if (value === null) delete highlights[kind];
        else if (value !== undefined) highlights[kind] = value;
      }
      if (Object.keys(highlights).length > 0) merged.highlights = highlights;
      else delete merged.highlights;
    }
    const next = checkSiteSettings(merged);
    if (isEmptySite(next)) delete sites[key];
    else sites[key] = next;
    await sitesItem.setValue({ ...sites });
    return next;
  });
}

export function removeSite(host: string): Promise<void> {
  return serialised(async () => {
    const key = siteKey(host);
    if (key === null) return;
    const sites = await getAllSites();
    if (!(key in sites)) return;
    delete sites[key];
    await sitesItem.setValue({ ...sites });
  });
}

/** Calls back with checked values whenever the settings change in any script; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(checkSettings(value)));
}

export function watchSites(callback: (sites: SiteMap) => void): () => void {
  return sitesItem.watch((value) => callback(checkSiteMap(value)));
}

/**
 * Calls back with what a page of this site uses (`effectiveSettings`) whenever the defaults or the site's own
 * choices change in any script (the options page, the popup in another window); returns the unwatch function.
 */
export function watchSiteSettings(host: string, callback: (settings: Settings) => void): () => void {
  const key = siteKey(host);
  let latest: { settings: Settings; site: SiteSettings } | null = null;
  const emit = () => {
    if (latest) callback(effectiveSettings(latest.settings, latest.site));
  };
  const ready = Promise.all([getSettings(), key === null ? emptySiteSettings() : getSiteSettings(key)]).then(
    ([settings, site]) => {
      latest = { settings, site };
    },
  );
  const unwatchSettings = settingsItem.watch((value) => {
    void ready.then(() => {
      if (!latest) return;
      latest = { ...latest, settings: checkSettings(value) };
      emit();
    });
  });
  const unwatchSites = sitesItem.watch((value) => {
    void ready.then(() => {
      if (!latest || key === null) return;
      const site = checkSiteMap(value)[key] ?? emptySiteSettings();
      // Any change of this site's own settings: its switches, and its strip and article choices, which the page
      // reads again (issue 13: an open tab follows every change).
      if (JSON.stringify(site) === JSON.stringify(latest.site)) return;
      latest = { ...latest, site };
      emit();
    });
  });
  return () => {
    unwatchSettings();
    unwatchSites();
  };
}

/**
 * Whether Sourcelight runs by itself on a page of this site (the popup can still run it on request).
 * The reader's per-site choice wins over the run mode: a blocked site never runs, an allowed one always does.
 */
export function runsAutomatically(settings: Settings, site: SiteSettings): boolean {
  if (site.enabled !== undefined) return site.enabled;
  return settings.mode === 'articles';
}

// ---------------------------------------------------------------------------------------------------------------
// Export and import

export const SETTINGS_FILE_FORMAT = 'sourcelight-settings';
/** The version of the file layout below (not of the storage items, which migrate on their own). */
export const SETTINGS_FILE_VERSION = 1;
/** Bigger than any real settings file (5000 sites with many hidden blocks stays well under it). */
export const MAX_SETTINGS_FILE_BYTES = 5_000_000;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt: string;
  settings: Settings;
  sites: SiteMap;
}

export type ImportProblem =
  | { kind: 'too-large' }
  | { kind: 'malformed-json'; detail: string }
  | { kind: 'not-settings-file' }
  | { kind: 'unsupported-version'; found: string }
  | { kind: 'invalid-fields'; fields: string[] };

export type ParsedSettingsFile =
  | { ok: true; settings: Settings; sites: SiteMap }
  | { ok: false; problem: ImportProblem };

export async function exportSettings(now = new Date()): Promise<SettingsFile> {
  const [settings, sites] = await Promise.all([getSettings(), getAllSites()]);
  return {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings,
    sites: { ...sites },
  };
}

export function settingsFileName(now = new Date()): string {
  return `sourcelight-settings-${now.toISOString().slice(0, 10)}.json`;
}

/** Reads an exported file strictly: a file with any invalid field is refused whole, never half applied. */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, problem: { kind: 'too-large' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: { kind: 'malformed-json', detail: error instanceof Error ? error.message : String(error) },
    };
  }
  if (!isRecord(raw) || raw.format !== SETTINGS_FILE_FORMAT)
    return { ok: false, problem: { kind: 'not-settings-file' } };
  if (raw.version !== SETTINGS_FILE_VERSION) {
    return { ok: false, problem: { kind: 'unsupported-version', found: JSON.stringify(raw.version) ?? 'none' } };
  }
  const problems: Problems = [];
  const settings = checkSettings(raw.settings, problems);
  const sites = checkSiteMap(raw.sites, problems);
  if (problems.length > 0) return { ok: false, problem: { kind: 'invalid-fields', fields: problems } };
  return { ok: true, settings, sites };
}

/** Replaces all settings with the file's, or changes nothing and says why. */
export async function importSettings(text: string): Promise<ParsedSettingsFile> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  await serialised(async () => {
    await settingsItem.setValue(parsed.settings);
    await sitesItem.setValue({ ...parsed.sites });
  });
  return parsed;
}

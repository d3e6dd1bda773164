// This site's settings for the page's OnPage (./on-page.tsx `loadSettings`, `watchSettings`, `saveSite`), in the start
// module (./start-module.ts) rather than the UI's: the start module is there well before the engine and the UI
// (it is small), so the settings are read while those two are still fetched and compiled, and the analysis starts
// as soon as both are in (issue 15: in Chromium's figures the settings' reads came after the UI's module, 6–16 ms
// on the way to the first highlights).
import {
  effectiveSettings,
  getSettings,
  getSiteSettings,
  runsAutomatically,
  siteKey,
  updateSiteSettings,
  watchSiteSettings,
} from '@/utils/settings';
import type { OnPageDeps } from './on-page';

export type SiteSettingsAccess = Pick<OnPageDeps, 'loadSettings' | 'watchSettings' | 'saveSite'>;
type Prefs = Awaited<ReturnType<OnPageDeps['loadSettings']>>;

/** Reads the settings as the site `host` (location.host) uses them. */
function readSettings(site: string): Promise<Prefs> {
  return Promise.all([getSettings(), getSiteSettings(site)]).then(([settings, siteSettings]) => ({
    // The defaults with this site's own highlight switches (the popup's "on this site") on top.
    settings: effectiveSettings(settings, siteSettings),
    site: siteSettings,
    autoRun: runsAutomatically(settings, siteSettings),
  }));
}

/**
 * The settings of the site `host` for an OnPage, their first reading started now: the first `loadSettings()` gets
 * it, every later one reads them again (a change made since is then told by `watchSettings`, which the OnPage
 * sets up once it has read them).
 */
export function siteSettingsFor(host: string): SiteSettingsAccess {
  const site = siteKey(host) ?? host;
  let first: Promise<Prefs> | null = readSettings(site);
  // Waited on by the first `loadSettings()`; a page that never asks (its engine did not load) is not an error.
  first.catch(() => undefined);
  return {
    loadSettings: () => {
      const read = first ?? readSettings(site);
      first = null;
      return read;
    },
    watchSettings: (callback) => watchSiteSettings(site, callback),
    saveSite: (patch) => updateSiteSettings(site, patch),
  };
}

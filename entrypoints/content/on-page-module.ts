// The on-page UI's module (scripts/content-modules.ts `ui`, imported by entrypoints/content/script.ts only once a
// page is to be read): OnPage with this site's settings wired in. The settings (WXT's storage items) live here
// rather than in the content script, so that a page the gate lets by never evaluates them.
import {
  effectiveSettings,
  getSettings,
  getSiteSettings,
  runsAutomatically,
  siteKey,
  updateSiteSettings,
  watchSiteSettings,
} from '@/utils/settings';
import { OnPage, type OnPageDeps } from './on-page';

export { OnPage };

/** What the content script gives: the page, its lifetime, the engine, the pause between slices and the report. */
export type PageDeps = Pick<OnPageDeps, 'doc' | 'url' | 'signal' | 'analyze' | 'pause' | 'report'>;

/** The page's OnPage, reading and saving the settings of the site it is on (`host`: location.host). */
export function createOnPage(deps: PageDeps, host: string): OnPage {
  const site = siteKey(host) ?? host;
  return new OnPage({
    ...deps,
    loadSettings: async () => {
      const [settings, siteSettings] = await Promise.all([getSettings(), getSiteSettings(site)]);
      // The defaults with this site's own highlight switches (the popup's "on this site") on top.
      const forSite = effectiveSettings(settings, siteSettings);
      return { settings: forSite, site: siteSettings, autoRun: runsAutomatically(settings, siteSettings) };
    },
    watchSettings: (callback) => watchSiteSettings(site, callback),
    saveSite: (patch) => updateSiteSettings(site, patch),
  });
}

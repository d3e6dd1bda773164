// What the content script watches in storage: the settings and the per-site settings, as one signal. Storage is
// the only route for settings (the popup's switches and the options page write it); an open tab follows every
// change, this site's strip and article choices included (OnPage reads its site's settings again on each call).
import { getSettings, type Settings, watchSettings as watchGlobalSettings, watchSites } from './settings';

/** Calls back with the settings whenever they or any site's settings change; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const unwatchSettings = watchGlobalSettings(callback);
  const unwatchSites = watchSites(() => {
    getSettings().then(callback, (error: unknown) => {
      console.debug('[sourcelight:settings] could not read the settings after a site changed', error);
    });
  });
  return () => {
    unwatchSettings();
    unwatchSites();
  };
}

// The composition root on the page: settings first, then (only where Sourcelight runs by itself, or when the reader
// asks) analyse, then show; do nothing on pages that are not articles. Everything on the page belongs to one
// OnPage (entrypoints/content/on-page.tsx), torn down with `ctx`; creating it reads nothing of the page.
import { analyzePageSteps } from '@/utils/analyze';
import { registerContentMessages } from '@/utils/messaging/content';
import {
  getSettings,
  getSiteSettings,
  runsAutomatically,
  siteKey,
  updateSiteSettings,
  watchSettings,
} from '@/utils/settings';
import { OnPage } from './on-page';

/** Set on the content script's own global (never the page's): a second injection into this world is a no-op. */
const INSTANCE_KEY = '__sourcelightOnPage';
type Global = typeof globalThis & { [INSTANCE_KEY]?: OnPage };

export default defineContentScript({
  // http and https only (README.md, "Permissions"): other pages get Sourcelight on request, through the popup.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    const global = globalThis as Global;
    const existing = global[INSTANCE_KEY];
    if (existing && !existing.isDestroyed) return;
    const site = siteKey(location.host) ?? location.host;
    const onPage = new OnPage({
      doc: document,
      url: location.href,
      signal: ctx.signal,
      analyze: analyzePageSteps,
      loadSettings: async () => {
        const [settings, siteSettings] = await Promise.all([getSettings(), getSiteSettings(site)]);
        return { settings, site: siteSettings, autoRun: runsAutomatically(settings, siteSettings) };
      },
      watchSettings,
      saveSite: (patch) => updateSiteSettings(site, patch),
    });
    global[INSTANCE_KEY] = onPage;
    const messages = registerContentMessages(onPage, ctx);
    void onPage.start().then(() => messages.reportToBackground());
  },
});

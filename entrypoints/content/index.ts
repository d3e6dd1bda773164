// The composition root on the page: settings first, then (only where Sourcelight runs by itself, or when the reader
// asks) analyse, then show; do nothing on pages that are not articles. Everything on the page belongs to one
// OnPage (entrypoints/content/on-page.tsx), torn down with `ctx`; creating it reads nothing of the page.
//
// The script's own evaluation is kept short (it is one task the page waits for): the engine and the on-page UI
// are imported dynamically, each after a pause, so that their modules (lexicons, Preact, the sidebar) are set up
// in tasks of their own; the bundler keeps them in this one file and evaluates them on import.
import { registerContentMessages } from '@/utils/messaging/content';
import {
  getSettings,
  getSiteSettings,
  runsAutomatically,
  siteKey,
  updateSiteSettings,
  watchSettings,
} from '@/utils/settings';
import { pauseForPage } from '@/utils/slices';
import type { OnPage } from './on-page';

/** Set on the content script's own global (never the page's): a second injection into this world is a no-op. */
const INSTANCE_KEY = '__sourcelightOnPage';
type Global = typeof globalThis & { [INSTANCE_KEY]?: OnPage };

export default defineContentScript({
  // http and https only (README.md, "Permissions"): other pages get Sourcelight on request, through the popup.
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT's old-instance signal is then a DOM event only. Its window.postMessage is seen by the page's own message
  // listeners, and Chromium records the sender's source location, re-parsing the whole script to find it: about
  // 19 ms of the script's one evaluation task.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const global = globalThis as Global;
    const running = (): boolean => {
      const existing = global[INSTANCE_KEY];
      return !!existing && !existing.isDestroyed;
    };
    if (running()) return;
    const pause = pauseForPage();
    await pause();
    const { analyzePageSteps } = await import('@/utils/analyze');
    await pause();
    const { OnPage } = await import('./on-page');
    // A second injection may have got here first while this one paused; an update may have ended this one.
    if (running() || ctx.isInvalid) return;
    const site = siteKey(location.host) ?? location.host;
    const onPage = new OnPage({
      doc: document,
      url: location.href,
      signal: ctx.signal,
      analyze: analyzePageSteps,
      pause,
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

// The composition root on the page: settings first, then (only where Sourcelight runs by itself, or when the reader
// asks) analyse, then show; do nothing on pages that are not articles. Everything on the page belongs to one
// OnPage (entrypoints/content/on-page.tsx), torn down with `ctx`; creating it reads nothing of the page.
//
// The script's own evaluation is kept short (it is one task the page waits for): the engine and the on-page UI
// are ES modules beside it (scripts/content-modules.ts), imported after a pause each, so that the browser
// compiles and sets them up in tasks of their own rather than in the one that injects this script.

import { CONTENT_MODULES_DIR } from '@/utils/content-modules';
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

type EngineModule = typeof import('@/utils/page/analyze-page');
type UiModule = typeof import('./on-page');

/** One of the two modules built beside this script (web-accessible, so that this script may import it). */
function importModule<T>(name: 'engine' | 'ui'): Promise<T> {
  return import(/* @vite-ignore */ browser.runtime.getURL(`/${CONTENT_MODULES_DIR}/${name}.js` as '/'));
}

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
    // The popup is answered from the start; its messages wait until the page's OnPage is there.
    let settle: { resolve(onPage: OnPage): void; reject(reason: Error): void } | undefined;
    const ready = new Promise<OnPage>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // Waited on by messages only: when there are none, a page that never gets its OnPage is not an error.
    ready.catch(() => undefined);
    const messages = registerContentMessages(ready, ctx);
    const giveUp = (reason: string): void => {
      messages.stop();
      settle?.reject(new Error(reason));
    };
    ctx.onInvalidated(() => giveUp('Sourcelight was stopped on this page'));
    try {
      const pause = pauseForPage();
      await pause();
      const { analyzePageSteps } = await importModule<EngineModule>('engine');
      await pause();
      const { OnPage } = await importModule<UiModule>('ui');
      // A second injection may have got here first while this one paused; an update may have ended this one.
      if (running() || ctx.isInvalid) {
        giveUp(ctx.isInvalid ? 'Sourcelight was stopped on this page' : 'Sourcelight already runs on this page');
        return;
      }
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
      settle?.resolve(onPage);
      void onPage.start().then(() => messages.reportToBackground());
    } catch (error) {
      // Its own modules did not load (a broken install): the page is left as it was, the popup says why.
      giveUp(`Sourcelight could not start on this page: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  },
});

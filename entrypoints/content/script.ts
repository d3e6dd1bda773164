// The content script (scripts/content-script.ts builds it, wxt.config.ts lists it in the manifest): the composition
// root on the page. First the cheap gate (utils/page/gate.ts): on a page that cannot hold an article nothing more
// is loaded or read until the reader asks or the page changes (./gated.ts). Otherwise (only where Sourcelight runs
// by itself, or when the reader asks) analyse, then show; do nothing on pages that are not articles. Everything
// on the page belongs to one OnPage (entrypoints/content/on-page.tsx), torn down with the script's context
// (./page-context.ts); creating it reads nothing of the page.
//
// This script runs on every page the reader opens, so it holds only what every page needs: the gate, the
// watch of a gated page, and the popup's messages. A page the gate let by does not even listen for those until
// the popup wakes it (utils/messaging/wake.ts), and touches no extension API: the context (which reads the
// extension's id) is created, and `browser` looked up (./browser-api.ts), only when Sourcelight starts on the
// page. Not WXT's content script entrypoint for that reason: its wrapper creates WXT's context, and with it
// the extension API in the script's world, before the script's first line. The settings (WXT's storage items), the
// engine and the on-page UI are ES modules beside it (scripts/content-modules.ts), imported together after a
// pause, so that the browser compiles and sets them up in tasks of their own rather than in the one that injects
// this script. `browser` here is the browser's own API, not webextension-polyfill: evaluating the polyfill cost
// every page several milliseconds. tests/e2e/gate.e2e.ts keeps it that way (no storage, no polyfill, a bound in
// bytes).

// First of the imports (modules run in the order they are imported): the moment this script's code starts.
import { SCRIPT_START } from '@/entrypoints/content/script-start';
import { CONTENT_MODULES_DIR } from '@/utils/content-modules';
import { type ContentMessages, registerContentMessages } from '@/utils/messaging/content';
import type { PageController } from '@/utils/messaging/page-controller';
import { INSTANCE_KEY, type Wakeable } from '@/utils/messaging/wake';
import { mayHoldArticle } from '@/utils/page/gate';
import { pauseForPage } from '@/utils/slices';
import { browser } from './browser-api';
import { GatedPage, watchForArticle } from './gated';
import type { OnPage } from './on-page';
import { PageContext } from './page-context';

type EngineModule = typeof import('@/utils/page/analyze-page');
type UiModule = typeof import('./on-page-module');

/** One of the two modules built beside this script (web-accessible, so that this script may import it). */
function importModule<T>(name: 'engine' | 'ui'): Promise<T> {
  return import(/* @vite-ignore */ browser.runtime.getURL(`/${CONTENT_MODULES_DIR}/${name}.js` as '/'));
}

/** Milliseconds in the figures: to a hundredth. */
const msText = (ms: number): string => ms.toFixed(2);

/** What runs in this world (on its global, INSTANCE_KEY: a second injection into it is a no-op): the page's
 * OnPage, or the stand-in of a page the gate let by, which the popup wakes (utils/messaging/wake.ts). */
type Instance = Pick<OnPage, 'isDestroyed'> & Partial<Pick<Wakeable, 'answerMessages'>>;
type Global = typeof globalThis & { [INSTANCE_KEY]?: Instance };

/** The script's start, run once per injection. */
async function main(): Promise<void> {
  const global = globalThis as Global;
  const running = (): boolean => {
    const existing = global[INSTANCE_KEY];
    return !!existing && !existing.isDestroyed;
  };
  // The content script's own figures, answered to the extension's own pages only (the `figures` message):
  // scripts/bench-browser.ts reads them where the browser gives no trace (Firefox). `scriptMs` runs from this
  // script's first line (SCRIPT_START) to the end of its start; what the browser does before that line
  // (compiling the script, setting up the content script's world) is not in them.
  let scriptMs = Number.NaN;
  /** The gate's later looks at a page it let by (gated.ts watchForArticle): how many, and their time. */
  const checks = { count: 0, ms: 0 };
  /** The modules this injection asked for (0 on a page the gate let by). */
  let modulesAsked = 0;
  /** performance.now() at each step of `startOnPage` (NaN: not reached): the modules asked for, the UI's module
   * and the engine's set up. The OnPage's figures go on from there (settingsAt, startedAt, articleAt…). */
  const startSteps = { askedAt: Number.NaN, uiAt: Number.NaN, engineAt: Number.NaN };
  const ownFigures = () => ({
    // performance.now() at the script's first line: the benchmark's "content script start → first highlights".
    scriptStartAt: msText(SCRIPT_START),
    scriptMs: msText(scriptMs),
    gateChecks: String(checks.count),
    gateChecksMs: msText(checks.ms),
    modulesAsked: String(modulesAsked),
    modulesAskedAt: msText(startSteps.askedAt),
    uiAt: msText(startSteps.uiAt),
    engineAt: msText(startSteps.engineAt),
  });
  // The popup's messages wait until the page's controller is there. Answered from the start where the gate
  // passes; on a page it let by, from when the popup wakes it (no listener on the pages that are not articles).
  let settle: { resolve(page: PageController): void; reject(reason: Error): void } | undefined;
  const ready = new Promise<PageController>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Waited on by messages only: when there are none, a page that never gets its OnPage is not an error.
  ready.catch(() => undefined);
  let messages: ContentMessages | undefined;
  const giveUp = (reason: string): void => {
    messages?.stop();
    settle?.reject(new Error(reason));
  };
  /** What to end with the context (the watch of a gated page, its stand-in), once it exists. */
  const endWithContext: Array<() => void> = [];
  let context: PageContext | undefined;
  /** The script's context, created when Sourcelight starts on the page (it sets up the extension API). */
  const ctx = (): PageContext => {
    if (context) return context;
    const created = new PageContext();
    context = created;
    created.onInvalidated(() => giveUp('Sourcelight was stopped on this page'));
    for (const end of endWithContext) created.onInvalidated(end);
    return created;
  };
  const answerMessages = (): ContentMessages => {
    messages ??= registerContentMessages(ready, ctx(), { reportNow: mayBeArticle, ownFigures });
    return messages;
  };

  // A copy ran in this world before (a second injection, or an older Sourcelight's after an update): the context
  // tells it this one starts, which ends it if it is an OnPage (a gated page's stand-in, which has none, stays).
  if (global[INSTANCE_KEY]) ctx();
  if (running()) return;
  // The gate (about a millisecond): a page that cannot hold an article loads nothing and is read no further,
  // until the popup asks or the page changes into one that can (entrypoints/content/gated.ts).
  const mayBeArticle = mayHoldArticle(document);

  /**
   * Loads the engine and the UI and starts the page's OnPage. `owner` is what this injection already put in
   * place (the gated stand-in), if anything. Null when another injection or an update got there first.
   */
  const startOnPage = async (owner: Instance | undefined): Promise<OnPage | null> => {
    const pause = pauseForPage();
    // Both at once, and at once: the browser fetches and compiles them side by side, off the main thread, and
    // sets up each in a task of its own as it arrives, so asking costs this task little (a pause before it cost
    // the first highlights a turn of the page's task queue). The UI (the smaller) reads the settings while the
    // engine still loads.
    startSteps.askedAt = performance.now();
    modulesAsked += 2;
    const engine = importModule<EngineModule>('engine').then((module) => {
      startSteps.engineAt = performance.now();
      return module.analyzePageSteps;
    });
    // Waited on by the OnPage, and below; a failure is reported there.
    engine.catch(() => undefined);
    const { createOnPage } = await importModule<UiModule>('ui');
    startSteps.uiAt = performance.now();
    // A second injection may have got here first while this one loaded; an update may have ended this one.
    const existing = global[INSTANCE_KEY];
    if ((existing !== owner && existing && !existing.isDestroyed) || ctx().isInvalid) {
      giveUp(ctx().isInvalid ? 'Sourcelight was stopped on this page' : 'Sourcelight already runs on this page');
      return null;
    }
    const onPage = createOnPage(
      {
        doc: document,
        url: location.href,
        signal: ctx().signal,
        analyze: engine,
        pause,
        // The badge, and a popup opened while the page was being read, learn when an analysis ends.
        report: () => messages?.reportToBackground(),
      },
      location.host,
    );
    if (owner === undefined) global[INSTANCE_KEY] = onPage;
    void onPage.start().then(() => messages?.reportToBackground());
    // The popup's messages wait for the engine too: without it Sourcelight does not run here (the popup says why).
    await engine.catch((error: unknown) => {
      onPage.destroy();
      throw error;
    });
    return onPage;
  };
  /** Its own modules did not load (a broken install): the page is left as it was, the popup says why. */
  const failed = (error: unknown): void => {
    giveUp(`Sourcelight could not start on this page: ${error instanceof Error ? error.message : String(error)}`);
  };

  if (!mayBeArticle) {
    const gated: GatedPage = new GatedPage(async () => {
      // From here on the on-page UI watches the page itself, and reports to the badge and the popup.
      stopWatching();
      answerMessages();
      const onPage = await startOnPage(stand);
      if (!onPage) throw new Error('Sourcelight already runs on this page');
      return onPage;
    });
    /** The stand-in on the global: ended with the context, or, before there is one, when the extension's API is
     * gone from this world (an update or a reload: asked only by a later injection or the popup). */
    const stand: Instance & Wakeable = {
      get isDestroyed(): boolean {
        return gated.isDestroyed || (context ? context.isInvalid : browser.runtime?.id === undefined);
      },
      answerMessages: (): void => {
        if (!ctx().isInvalid) answerMessages();
      },
    };
    global[INSTANCE_KEY] = stand;
    endWithContext.push(() => gated.destroy());
    settle?.resolve(gated);
    const stopWatching = watchForArticle({
      view: window,
      check: () => {
        const start = performance.now();
        const pass = mayHoldArticle(document);
        checks.count++;
        checks.ms += performance.now() - start;
        return pass;
      },
      onArticle: () => {
        if (!ctx().isInvalid) void gated.load().catch(failed);
      },
    });
    endWithContext.push(stopWatching);
    scriptMs = performance.now() - SCRIPT_START;
    return;
  }
  answerMessages();
  scriptMs = performance.now() - SCRIPT_START;
  try {
    const onPage = await startOnPage(undefined);
    if (onPage) settle?.resolve(onPage);
  } catch (error) {
    failed(error);
    throw error;
  }
}

void main();

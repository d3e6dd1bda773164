// The content script (scripts/content-script.ts builds it, wxt.config.ts lists it in the manifest): what every
// page the reader opens evaluates, so it holds only the cheap gate (utils/page/gate.ts) and the watch of a page
// the gate let by (./watch.ts). Everything else is in the start module (./start-module.ts): the script's context,
// the popup's messages, the engine and the on-page UI. Where the gate passes, the script asks for the start
// module, the engine and the UI at once; on a page it let by, Sourcelight loads nothing and reads nothing more,
// and touches no extension API, until the popup wakes it (utils/messaging/wake.ts) or the watch finds an article.
//
// Not WXT's content script entrypoint: its wrapper creates WXT's context, and with it the extension API in the
// script's world, before the script's first line. `browser` here is the browser's own API (./browser-api.ts),
// looked up on first use, not webextension-polyfill. tests/e2e/gate.e2e.ts keeps it that way (no storage, no
// polyfill, no context, a bound in bytes).

// First of the imports (modules run in the order they are imported): the moment this script's code starts.
import { SCRIPT_START } from '@/entrypoints/content/script-start';
import { INSTANCE_KEY, type Wakeable } from '@/utils/messaging/wake';
import { gateLooks } from '@/utils/page/gate';
import { browser } from './browser-api';
import { importModule } from './content-modules';
import type { Handoff, Instance, ScriptRecord, Started } from './start-module';
import { watchForArticle } from './watch';

type StartModule = typeof import('./start-module');
type Global = typeof globalThis & { [INSTANCE_KEY]?: Instance };

/** A module asked for ahead of the start module, which asks for it again (and reports a failure). */
const ignore = (): undefined => undefined;

/** The script's start, run once per injection. */
function main(): void {
  const global = globalThis as Global;
  const record: ScriptRecord = {
    startAt: SCRIPT_START,
    ms: Number.NaN,
    checks: { count: 0, ms: 0 },
    askedAt: Number.NaN,
    modulesAsked: 0,
  };
  const startModule = (handoff: Handoff): Promise<Started | null> =>
    importModule<StartModule>('start').then((module) => module.start(handoff));
  // The gate (about a millisecond): a page that cannot hold an article loads nothing and is read no further. The
  // watch's later looks read the page again only where it changed.
  const look = gateLooks(document);
  const mayBeArticle = look();

  // The gate passed, or a copy ran in this world before (a second injection, or an older Sourcelight's after an
  // update), which the start module sorts out.
  if (mayBeArticle || global[INSTANCE_KEY] !== undefined) {
    record.modulesAsked = 1;
    if (mayBeArticle && global[INSTANCE_KEY] === undefined) {
      // The engine and the UI with the start module: fetched and compiled side by side, off the main thread (the
      // claim rules come later, when the engine asks for them: ./start-module.ts).
      record.askedAt = performance.now();
      record.modulesAsked = 3;
      importModule('engine').catch(ignore);
      importModule('ui').catch(ignore);
    }
    record.ms = performance.now() - SCRIPT_START;
    void startModule({ record, mayBeArticle });
    return;
  }

  // A page the gate let by: a stand-in on the global for the popup to wake, and the watch. The start module is
  // loaded at the first need, once.
  let handedOver: Promise<Started | null> | undefined;
  let started: Started | null | undefined;
  const handOver = (): Promise<Started | null> => {
    handedOver ??= startModule({ record, mayBeArticle, gated: { stand, stopWatching } }).then((controls) => {
      started = controls;
      return controls;
    });
    return handedOver;
  };
  const stand: Instance & Wakeable = {
    /** Ended with the start module's context, or, before there is one, when the extension's API is gone from
     * this world (an update or a reload: asked only by a later injection or the popup). */
    get isDestroyed(): boolean {
      if (started !== undefined) return started === null || started.isDestroyed;
      return browser.runtime?.id === undefined;
    },
    answerMessages: (): void => {
      handOver().then((controls) => controls?.answerMessages(), reportFailure);
    },
  };
  global[INSTANCE_KEY] = stand;
  const stopWatching = watchForArticle({
    view: window,
    check: () => {
      const start = performance.now();
      const pass = look();
      record.checks.count++;
      record.checks.ms += performance.now() - start;
      return pass;
    },
    onArticle: () => {
      handOver().then((controls) => controls?.load(), reportFailure);
    },
  });
  record.ms = performance.now() - SCRIPT_START;
}

/** The start module did not load (a broken install): the page is left as it was. */
function reportFailure(error: unknown): void {
  console.error('[sourcelight] could not start on this page:', error);
}

main();

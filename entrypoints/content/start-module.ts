// The start module (scripts/content-modules.ts `start`): everything the content script (./script.ts) does once
// Sourcelight is to start on the page, kept out of the script that every page evaluates. The script imports it
// where the gate passed (beside the engine and the UI, asked for at the same moment), where a copy of the script
// ran in this world before, and on a page the gate let by once the popup asks or the watch (./watch.ts) finds an
// article. From here: the script's context (./page-context.ts, which sets up the extension API in the script's
// world), the popup's messages, and the engine and the UI with the page's OnPage (./on-page.tsx); the claim
// rules when the engine asks for them.
import { type ContentMessages, registerContentMessages } from '@/utils/messaging/content';
import type { PageController } from '@/utils/messaging/page-controller';
import { INSTANCE_KEY, type Wakeable } from '@/utils/messaging/wake';
import { gateLooks } from '@/utils/page/gate';
import { pauseForPage } from '@/utils/slices';
import { importModule } from './content-modules';
import { GatedPage } from './gated';
import type { Analyze, OnPage } from './on-page';
import { PageContext } from './page-context';
import { watchForArticle } from './watch';

type EngineModule = typeof import('@/utils/page/read-page');
type TextEngine = import('@/utils/page/read-page').TextEngine;
type ClaimsModule = typeof import('@/utils/analysis/pipeline');
type UiModule = typeof import('./on-page-module');

/** Milliseconds in the figures: to a hundredth. */
const msText = (ms: number): string => ms.toFixed(2);

/** What runs in this world (on its global, INSTANCE_KEY: a second injection into it is a no-op): the page's
 * OnPage, or the stand-in of a page the gate let by, which the popup wakes (utils/messaging/wake.ts). */
export type Instance = Pick<OnPage, 'isDestroyed'> & Partial<Pick<Wakeable, 'answerMessages'>>;
type Global = typeof globalThis & { [INSTANCE_KEY]?: Instance };

/** The content script's own record, kept by the script and read here for the `figures` message. */
export interface ScriptRecord {
  /** performance.now() at the script's first line: the benchmark's "content script start → first highlights". */
  readonly startAt: number;
  /** From the script's first line to the end of its start (NaN until then). */
  ms: number;
  /** The gate's later looks at a page it let by (./watch.ts): how many, and their time. */
  readonly checks: { count: number; ms: number };
  /** performance.now() when the script asked for the modules (NaN: not yet), and how many it asked for. */
  askedAt: number;
  modulesAsked: number;
}

/** What the script hands over. */
export interface Handoff {
  readonly record: ScriptRecord;
  /** The gate's verdict at the script's start. */
  readonly mayBeArticle: boolean;
  /**
   * On a page the gate let by, the script's stand-in on the global (it stays there, and answers through what
   * `start` returns) and the stop function of its watch. Undefined where the gate passed, or where a copy of the
   * script ran in this world before (then this module decides, and watches a page the gate lets by itself).
   */
  readonly gated?: { readonly stand: Instance; readonly stopWatching: () => void };
}

/** A page the gate let by, from here on: the popup's wake-up, the watch's article. */
export interface Started {
  readonly isDestroyed: boolean;
  answerMessages(): void;
  load(): void;
}

/**
 * Starts Sourcelight on the page. Returns the gated page's controls where the gate let the page by (null where
 * another copy runs on the page, or where the page is read from now on).
 */
export function start({ record, mayBeArticle, gated: handed }: Handoff): Started | null {
  const global = globalThis as Global;
  const running = (): boolean => {
    const existing = global[INSTANCE_KEY];
    return !!existing && existing !== handed?.stand && !existing.isDestroyed;
  };
  /** The modules' set-up: performance.now() when the UI's and the engine's module were there (NaN: not yet). */
  const startSteps = { uiAt: Number.NaN, engineAt: Number.NaN, claimsAt: Number.NaN };
  // The content script's own figures, answered to the extension's own pages only (the `figures` message):
  // scripts/bench-browser.ts reads them where the browser gives no trace (Firefox). `scriptMs` runs from the
  // script's first line to the end of its start; what the browser does before that line (compiling the script,
  // setting up the content script's world) is not in them.
  const ownFigures = () => ({
    scriptStartAt: msText(record.startAt),
    scriptMs: msText(record.ms),
    gateChecks: String(record.checks.count),
    gateChecksMs: msText(record.checks.ms),
    modulesAsked: String(record.modulesAsked),
    modulesAskedAt: msText(record.askedAt),
    uiAt: msText(startSteps.uiAt),
    engineAt: msText(startSteps.engineAt),
    claimsAt: msText(startSteps.claimsAt),
  });
  // The popup's messages wait until the page's controller is there.
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
  /** The script's context (it sets up the extension API in the script's world). */
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
  const existing = global[INSTANCE_KEY];
  if (existing && existing !== handed?.stand) ctx();
  if (running()) return null;

  /**
   * Loads the engine and the UI (the claim rules when the engine needs them) and starts the page's OnPage.
   * `owner` is what this injection already put in place (the gated stand-in), if anything. Null when another
   * injection or an update got there first.
   */
  const startOnPage = async (owner: Instance | undefined): Promise<OnPage | null> => {
    const pause = pauseForPage();
    // Both at once (where the gate passed, the script asked for them already, beside this module; the browser's
    // module map gives the same modules again): the browser fetches and compiles them side by side, off the main
    // thread, and sets up each in a task of its own as it arrives. The UI reads the settings while the engine
    // still loads.
    if (Number.isNaN(record.askedAt)) {
      record.askedAt = performance.now();
      record.modulesAsked += 2;
    }
    const engineModule = importModule<EngineModule>('engine');
    const uiModule = importModule<UiModule>('ui');
    // The claim rules only when the engine asks for them, once the article is shown and its first numbers painted
    // (utils/page/read-page.ts): compiling them beside the engine and the UI, and setting them up in the middle of
    // the analysis, held back the first highlights (issue 15). Asked for once.
    let claims: Promise<TextEngine> | undefined;
    const claimRules = (): Promise<TextEngine> => {
      if (!claims) {
        record.modulesAsked++;
        claims = importModule<ClaimsModule>('claims').then((module) => {
          startSteps.claimsAt = performance.now();
          return module;
        });
      }
      return claims;
    };
    const engine = engineModule.then((module): Analyze => {
      startSteps.engineAt = performance.now();
      return (doc, options, progress) => module.readPageSteps(doc, options, progress, claimRules);
    });
    // Waited on by the OnPage, and below; a failure is reported there.
    engine.catch(() => undefined);
    const { createOnPage } = await uiModule;
    startSteps.uiAt = performance.now();
    // A second injection may have got here first while this one loaded; an update may have ended this one.
    const current = global[INSTANCE_KEY];
    if ((current !== owner && current && !current.isDestroyed) || ctx().isInvalid) {
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
    const started: Started = {
      get isDestroyed(): boolean {
        return gated.isDestroyed || ctx().isInvalid;
      },
      answerMessages: (): void => {
        if (!ctx().isInvalid) answerMessages();
      },
      load: (): void => {
        if (!ctx().isInvalid) void gated.load().catch(failed);
      },
    };
    // The script's stand-in stays on the global and answers through `started`; where this module decided on
    // its own (a second injection), it puts one there and watches the page itself.
    const stand: Instance = handed?.stand ?? started;
    if (!handed) global[INSTANCE_KEY] = stand;
    const stopWatching =
      handed?.stopWatching ??
      watchForArticle({
        view: window,
        check: gateLooks(document),
        onArticle: () => started.load(),
      });
    endWithContext.push(() => gated.destroy(), stopWatching);
    settle?.resolve(gated);
    return started;
  }
  answerMessages();
  // A broken install is also an unhandled rejection here, in the page's console.
  void startOnPage(undefined).then(
    (onPage) => {
      if (onPage) settle?.resolve(onPage);
    },
    (error: unknown) => {
      failed(error);
      throw error;
    },
  );
  return null;
}

// The content script's end of the protocol: answers the popup through the page's PageController and keeps the
// background's badge in step. Called once by the content script; the ctx tears the listener down on update.
import type { PageController, PageFigures, PageState } from './page-controller';
import type { PageReport, TabPageState } from './protocol';
import { listen, sendToBackground } from './transport';

export interface ContentMessages {
  /** Tells the background the page's current state (for the badge); call it when analysis finishes or the page
   * changes by itself. */
  reportToBackground(): void;
  /** Stops answering messages (also done when ctx is invalidated). */
  stop(): void;
}

export function pageReport(state: PageState): PageReport {
  const shown = state.enabled && state.isArticle;
  return { isArticle: state.isArticle, enabled: state.enabled, claims: shown ? state.counts.claims : 0 };
}

/** What the messages need of the content script's context (entrypoints/content/page-context.ts; WXT's
 * ContentScriptContext fits too): they end with it. */
export interface MessagesContext {
  onInvalidated(callback: () => void): unknown;
  readonly isValid: boolean;
  addEventListener(
    target: Window,
    type: 'pagehide' | 'pageshow',
    handler: (event: PageTransitionEvent) => void,
    options?: AddEventListenerOptions,
  ): void;
}

interface ContentMessagesOptions {
  /** Tell the background the page's state now (true by default). Not on a page the gate let by: its state says
   * nothing the badge shows (the background cleared it when the page started loading), and the message would
   * cost every such page a round trip. */
  reportNow?: boolean;
  /** The content script's own figures (its run, the gate's), answered with the controller's. */
  ownFigures?: () => PageFigures;
}

/**
 * `controller` may still be on its way (the content script registers before it loads the engine and the UI, so
 * that the popup is answered as soon as they are there); messages wait for it, and fail if it never comes.
 */
export function registerContentMessages(
  controller: PageController | Promise<PageController>,
  ctx: MessagesContext,
  { reportNow = true, ownFigures }: ContentMessagesOptions = {},
): ContentMessages {
  let stopped = false;

  const reportToBackground = (): void => {
    if (stopped || !ctx.isValid) return;
    // Not deduplicated: the background clears the badge on every navigation (including same-document ones),
    // so the same count may need saying twice. The background may be restarting (Chrome's service worker) or
    // gone after an update: the badge is a nicety, so a failure is worth a debug line only.
    void Promise.resolve(controller)
      .then((c) => sendToBackground('reportPage', pageReport(c.state())))
      .then(
        (result) => {
          if (!result.ok) console.debug('[sourcelight:messaging] badge report not delivered:', result.message);
        },
        (error: unknown) => console.debug('[sourcelight:messaging] no page to report:', error),
      );
  };

  const reply = async (): Promise<TabPageState> => ({ ...(await controller).state(), url: location.href });

  /** Applies a change through the controller, then reports and replies with the state that results. */
  const change = async (apply: (c: PageController) => void | Promise<void>): Promise<TabPageState> => {
    await apply(await controller);
    reportToBackground();
    return reply();
  };

  const unlisten = listen('content', {
    getState: reply,
    setSidebar: ({ open }) => change((c) => c.setSidebar(open)),
    setStrip: ({ visible }) => change((c) => c.setStrip(visible)),
    setEnabled: ({ enabled }) => change((c) => c.setEnabled(enabled)),
    runAnyway: () => change((c) => c.runAnyway()),
    figures: async () => ({
      url: location.href,
      figures: { ...ownFigures?.(), ...((await controller).figureReport?.() ?? {}) },
    }),
  });

  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    unlisten();
  };
  ctx.onInvalidated(stop);
  // A page restored from the back/forward cache does not run the content script again, but the background
  // cleared its badge when the navigation started. Watched from the moment the page is put in that cache, so
  // that no code of Sourcelight's runs in the page's own load event (pageshow also fires on every load).
  ctx.addEventListener(window, 'pagehide', (event) => {
    if (event.persisted) ctx.addEventListener(window, 'pageshow', () => reportToBackground(), { once: true });
  });
  if (reportNow) reportToBackground();
  return { reportToBackground, stop };
}

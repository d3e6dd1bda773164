// A page the cheap gate (utils/page/gate.ts) found no article on: Sourcelight loads nothing and reads nothing
// more, and only two things wake it up. The popup asks ("Run on this page"), or the page may have changed into
// an article: its address changed (an SPA's navigation) or its scripts built the story late
// (seeds/script-inserted-article.html), which a few timers look at with the gate again. No MutationObserver, no
// walk of the page: the cost on a page that stays what it is is a handful of gate checks. In the content script
// itself (entrypoints/content/script.ts), so it imports nothing.

/**
 * After the start, the gate looks again at these times (ms): a page's scripts often build the story after
 * load (the seed adds it 300 ms after DOMContentLoaded). The last is the on-page UI's own window for a late
 * article (on-page.tsx LATE_ARTICLE_WINDOW_MS).
 */
export const LATE_CHECKS_MS = [400, 1_200, 3_000, 8_000] as const;
/** After an address change, the same from the change: an SPA renders its new view once its data arrives. */
export const NAVIGATION_CHECKS_MS = [0, 300, 1_000, 3_000, 8_000] as const;
/**
 * Where the Navigation API is missing, an address change made with history.pushState (invisible to content
 * scripts) is found by reading location.href this often: a string comparison, nothing else.
 */
export const URL_POLL_MS = 1_000;

/** The Navigation API's object, where the browser has it (Chromium 102+, Firefox 147+). */
type NavigationTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** What the watch needs of the page's window (a stand-in in unit tests). */
export interface WatchedView {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  /** The page's address as `document.URL`: the document's wrapper is there already, `location`'s is not. */
  readonly document: { readonly URL: string };
  readonly navigation?: NavigationTarget;
}

interface WatchOptions {
  view: WatchedView;
  /** The gate, run again on the page as it is now. */
  check(): boolean;
  /** Called once, when the gate passes. */
  onArticle(): void;
  /** Ends the watch (as the returned function does). */
  signal?: AbortSignal;
}

/**
 * Looks at the page with the gate again at a few moments after the start and after each change of address,
 * until it passes (then `onArticle`, once) or `signal` aborts. Returns the stop function. It holds one timer at
 * a time and one listener where the browser has the Navigation API: each costs every page that is not an
 * article something when the watch starts (so no AbortController, no `location`: each is one more of the
 * browser's objects made in the script's world, on every page).
 */
export function watchForArticle({ view, check, onArticle, signal }: WatchOptions): () => void {
  let timer: number | undefined;
  let stopped = false;
  const clear = (): void => {
    if (timer !== undefined) view.clearTimeout(timer);
    timer = undefined;
  };
  /** Looks at `delays[index]` ms after the series began, then at the next moment of the series. */
  const lookAt = (delays: readonly number[], index = 0): void => {
    clear();
    const delay = delays[index];
    if (delay === undefined) return;
    timer = view.setTimeout(
      () => {
        timer = undefined;
        if (stopped) return;
        if (!check()) {
          lookAt(delays, index + 1);
          return;
        }
        stop();
        onArticle();
      },
      delay - (delays[index - 1] ?? 0),
    );
  };
  lookAt(LATE_CHECKS_MS);

  let address = view.document.URL;
  const moved = (): void => {
    if (stopped || view.document.URL === address) return;
    address = view.document.URL;
    lookAt(NAVIGATION_CHECKS_MS);
  };
  const navigation = view.navigation;
  // The Navigation API reports every change of the current entry: pushState, replaceState, the back button and
  // a new #fragment alike. Without it, those last two have events of their own and pushState is found by a poll.
  let poll: number | undefined;
  if (navigation) navigation.addEventListener('currententrychange', moved);
  else {
    view.addEventListener('popstate', moved);
    view.addEventListener('hashchange', moved);
    poll = view.setInterval(moved, URL_POLL_MS);
  }
  function stop(): void {
    if (stopped) return;
    stopped = true;
    clear();
    if (navigation) navigation.removeEventListener('currententrychange', moved);
    else {
      view.removeEventListener('popstate', moved);
      view.removeEventListener('hashchange', moved);
      view.clearInterval(poll as number);
    }
  }
  signal?.addEventListener('abort', stop, { once: true });
  return stop;
}

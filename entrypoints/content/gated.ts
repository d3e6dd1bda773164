// A page the cheap gate (utils/page/gate.ts) found no article on: Sourcelight loads nothing and reads nothing
// more, and only two things wake it up. The popup asks ("Run on this page": GatedPage loads the modules then),
// or the page may have changed into an article: its address changed (an SPA's navigation) or its scripts built
// the story late (seeds/script-inserted-article.html), which a few timers look at with the gate again. No
// MutationObserver, no walk of the page: the cost on a page that stays what it is is a handful of gate checks.
import {
  type PageController,
  type PageFigures,
  type PageState,
  unreadPageState,
} from '@/utils/messaging/page-controller';

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

/**
 * Stands in for the page's controller until the modules are loaded: answers the popup as a page not read
 * (`unreadPageState`), and loads them (once) when the reader turns Sourcelight on or the page may have become
 * an article.
 */
export class GatedPage implements PageController {
  private page: PageController | null = null;
  private loading: Promise<PageController> | null = null;
  private destroyed = false;

  /** `start` loads the modules and starts the on-page UI; called once, at the first need. */
  constructor(private readonly start: () => Promise<PageController>) {}

  /** Loads the modules and starts the on-page UI (once); resolves with it. */
  load(): Promise<PageController> {
    this.loading ??= this.start().then((page) => {
      this.page = page;
      return page;
    });
    return this.loading;
  }

  /** Whether the modules were asked for (the gate or the popup let the page through). */
  get loaded(): boolean {
    return this.loading !== null;
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  state(): PageState {
    return this.page?.state() ?? unreadPageState();
  }

  async setSidebar(open: boolean): Promise<void> {
    if (!open && !this.page) return;
    await (await this.load()).setSidebar(open);
  }

  setStrip(visible: boolean): void {
    this.page?.setStrip(visible);
  }

  async setEnabled(enabled: boolean): Promise<void> {
    if (!enabled && !this.page) return;
    await (await this.load()).setEnabled(enabled);
  }

  async runAnyway(): Promise<void> {
    await (await this.load()).runAnyway();
  }

  destroy(): void {
    this.destroyed = true;
    this.page?.destroy();
  }

  figureReport(): PageFigures {
    return this.page?.figureReport?.() ?? {};
  }
}

/** The Navigation API's object, where the browser has it (Chromium 102+, Firefox 147+). */
type NavigationTarget = Pick<EventTarget, 'addEventListener'>;

/** What the watch needs of the page's window (a stand-in in unit tests). */
export interface WatchedView {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  setInterval(handler: () => void, ms: number): number;
  clearInterval(id: number): void;
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void, options: { signal: AbortSignal }): void;
  readonly location: { readonly href: string };
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
 * article something when the watch starts.
 */
export function watchForArticle({ view, check, onArticle, signal }: WatchOptions): () => void {
  let timer: number | undefined;
  const abort = new AbortController();
  const clear = (): void => {
    if (timer !== undefined) view.clearTimeout(timer);
    timer = undefined;
  };
  const stop = (): void => {
    abort.abort();
    clear();
  };
  signal?.addEventListener('abort', stop, { once: true });
  /** Looks at `delays[index]` ms after the series began, then at the next moment of the series. */
  const lookAt = (delays: readonly number[], index = 0): void => {
    clear();
    const delay = delays[index];
    if (delay === undefined) return;
    timer = view.setTimeout(
      () => {
        timer = undefined;
        if (abort.signal.aborted) return;
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

  let address = view.location.href;
  const moved = (): void => {
    if (view.location.href === address) return;
    address = view.location.href;
    lookAt(NAVIGATION_CHECKS_MS);
  };
  const listen = { signal: abort.signal };
  const navigation = view.navigation;
  // The Navigation API reports every change of the current entry: pushState, replaceState, the back button and
  // a new #fragment alike. Without it, those last two have events of their own and pushState is found by a poll.
  if (navigation) navigation.addEventListener('currententrychange', moved, listen);
  else {
    view.addEventListener('popstate', moved, listen);
    view.addEventListener('hashchange', moved, listen);
    const poll = view.setInterval(moved, URL_POLL_MS);
    abort.signal.addEventListener('abort', () => view.clearInterval(poll), { once: true });
  }
  return stop;
}

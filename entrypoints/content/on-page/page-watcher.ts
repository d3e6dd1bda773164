// The page watcher: only reads the page, never changes it. While Sourcelight is shown it notices the page
// rewriting its article (a MutationObserver on the article), an SPA swapping its story (the address, polled,
// and popstate), and asks for one re-analysis per burst of changes, spaced by what an analysis costs. Before
// anything is shown, `watchForLateArticle` looks for a story that scripts add after load.
import type { UiHost } from './ui-host';

/** Wait this long after the page last touched the article before re-analysing (pages often mutate in bursts). */
const REANALYSE_DEBOUNCE_MS = 600;
/** A page that rewrites its article forever (a live ticker) is re-analysed at most this often relative to the
 * work it costs: after an analysis that took T ms of work, the next waits at least this many times T, so
 * Sourcelight never takes more than about 1/20 of the page's main thread, however long the reader stays. */
const REANALYSE_COST_FACTOR = 20;
/** Content scripts cannot see the page's pushState, so an SPA's story change is noticed by reading
 * location.href this often (tests/e2e/pages/spa-article.html); cheap, and only while Sourcelight is shown. */
const URL_POLL_MS = 500;

/** A page that builds its story with scripts after load (seeds/script-inserted-article.html) is looked at again
 * for this long; the observer only reads, so a page that never becomes an article is left exactly as it was. */
const LATE_ARTICLE_WINDOW_MS = 8000;
/** Added text smaller than this (a clock, a counter, an ad label) is not worth another analysis. */
const LATE_ARTICLE_MIN_CHARS = 500;
const LATE_ARTICLE_DEBOUNCE_MS = 300;
const LATE_ARTICLE_MAX_ANALYSES = 3;

/** The page's address, and the one the current analysis was made for: another one means a new story. */
export class PageAddress {
  private analysed = '';
  /** The address the page had when Sourcelight started. */
  private readonly first: string;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
  ) {
    this.first = doc.location?.href ?? url;
  }

  current(): string {
    return this.doc.location?.href ?? this.url;
  }

  /** The address to analyse for: the one given at start, unless the page has moved since (a jsdom test's
   * document has none of its own). */
  forAnalysis(): string {
    return this.current() === this.first ? this.url : this.current();
  }

  /** The address now is the one analysed (or being analysed, or a change already queued). */
  seen(): void {
    this.analysed = this.current();
  }

  changed(): boolean {
    return this.analysed !== '' && this.current() !== this.analysed;
  }
}

/** What the watcher needs to know of the last analysis, to space re-analyses by its cost. */
export interface AnalysisCost {
  /** performance.now() when it ended. */
  endedAt: number;
  workMs: number;
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  /** The re-analysis queued last; an older timer that fires finds it replaced. */
  private queued: object | null = null;

  constructor(
    private readonly doc: Document,
    private readonly host: UiHost,
    private readonly address: PageAddress,
    private readonly cost: () => AnalysisCost,
    /** The page changed its article or its address and has been quiet since: read it again. */
    private readonly reanalyse: () => void,
  ) {
    this.watchAddress();
  }

  /** Watches the article (any change inside it) and the body (the article taken out, or a new address). */
  watch(root: Element | null): void {
    this.observer?.disconnect();
    this.observer = null;
    if (!root) return;
    const observer = new MutationObserver((records) => {
      // Only queue: the work happens once, after the page has been quiet for a while. Inside the article any
      // change counts; elsewhere only one that took the article out (an SPA replacing its story element) or came
      // with a new address. Our own host and our own changes (taken by `quietly`) never count.
      const relevant = records.some(
        (record) =>
          !this.host.contains(record.target) &&
          (root.contains(record.target) || !root.isConnected || this.address.changed()),
      );
      if (relevant) this.schedule();
    });
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    const body = this.doc.body;
    if (body && !root.contains(body)) observer.observe(body, { childList: true, subtree: true });
    this.observer = observer;
  }

  /** Makes changes the observer must not take for the page's own (the wrap fallback mutates text). */
  quietly(change: () => void): void {
    try {
      change();
    } finally {
      this.observer?.takeRecords();
    }
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.queued = null;
  }

  /** Polls the address (pushState is invisible to content scripts) and listens to popstate. */
  private watchAddress(): void {
    const view = this.doc.defaultView;
    if (!view) return;
    const check = (): void => {
      if (this.address.changed()) this.schedule();
    };
    const { signal } = this.host;
    view.addEventListener('popstate', check, { signal });
    const poll = view.setInterval(check, URL_POLL_MS);
    signal.addEventListener('abort', () => view.clearInterval(poll), { once: true });
  }

  private schedule(): void {
    // Seen: the poll must not queue the same change again and again while the debounce runs.
    this.address.seen();
    const token = {};
    this.queued = token;
    const { endedAt, workMs } = this.cost();
    const spacing = endedAt + REANALYSE_COST_FACTOR * workMs - performance.now();
    this.host.later('reanalyse', REANALYSE_DEBOUNCE_MS + Math.max(0, spacing), () => {
      if (this.queued === token) this.reanalyse();
    });
  }
}

/**
 * Watches (read-only) for a story that scripts add after load and calls `analyseAgain` when enough text arrived;
 * resolves when it found an article, or after LATE_ARTICLE_WINDOW_MS, or when `signal` aborts.
 */
export function watchForLateArticle(
  doc: Document,
  signal: AbortSignal,
  analyseAgain: () => Promise<boolean>,
): Promise<void> {
  const view = doc.defaultView;
  const body = doc.body;
  if (!view || !body) return Promise.resolve();
  return new Promise((resolve) => {
    let added = 0;
    let attempts = 0;
    let debounce = 0;
    const finish = (): void => {
      observer.disconnect();
      view.clearTimeout(debounce);
      view.clearTimeout(deadline);
      resolve();
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) added += node.textContent?.length ?? 0;
      }
      if (added < LATE_ARTICLE_MIN_CHARS) return;
      view.clearTimeout(debounce);
      debounce = view.setTimeout(() => {
        added = 0;
        attempts++;
        void analyseAgain().then((isArticle) => {
          if (isArticle || attempts >= LATE_ARTICLE_MAX_ANALYSES) finish();
        });
      }, LATE_ARTICLE_DEBOUNCE_MS);
    });
    observer.observe(body, { childList: true, subtree: true });
    const deadline = view.setTimeout(finish, LATE_ARTICLE_WINDOW_MS);
    signal.addEventListener('abort', finish, { once: true });
  });
}

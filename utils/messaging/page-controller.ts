// The contract between the content script's on-page UI (highlights, sidebar, strip) and whoever drives it
// (the popup through messages, the keyboard shortcut, the launcher). Implemented in the content script.
import type { AttributionSupport } from '../analysis/types';

export interface PageCounts {
  claims: number;
  sources: number;
  named: number;
  anonymous: number;
  numbers: number;
  clutter: number;
  clutterHidden: number;
}

export interface PageState {
  /** False on pages Sourcelight did not recognise as an article: then nothing else is shown. */
  isArticle: boolean;
  /** False when the reader turned Sourcelight off for this site: the page is as it was. */
  enabled: boolean;
  title: string | null;
  publisher: string | null;
  /** Whether claims and sources are looked for in the article's language (else the counts of both are 0). */
  attribution: AttributionSupport;
  counts: PageCounts;
  highlights: { claims: boolean; numbers: boolean };
  sidebarOpen: boolean;
  stripVisible: boolean;
  /** How sure Sourcelight is of the article it shows ('picked': the reader's pick on this site); absent when unknown. */
  articleCertainty?: 'sure' | 'unsure' | 'picked';
  /** The page is still being read (its settings, or the analysis): what it says now is not its answer yet. It
   * reports when the reading ends (`PageController` implementations: OnPage's `report`), and the popup asks again. */
  reading?: boolean;
  /** The reading stopped on an error part-way (a module of Sourcelight did not load, or the page broke it): what
   * the page shows and counts is what was read before. */
  unfinished?: boolean;
}

/**
 * What the popup is told about a page that was not read (the gate skipped it, or the run mode waits for the
 * reader): an article that is off, so that the popup offers "Run on this page"; whether it is one is known once
 * the reader asks. `highlights` are the switches the page would use (the defaults where it has not read them).
 * The one description of an unread page: entrypoints/content/gated.ts and on-page.tsx both answer with it.
 */
export function unreadPageState(highlights: PageState['highlights'] = { claims: true, numbers: true }): PageState {
  return {
    isArticle: true,
    enabled: false,
    title: null,
    publisher: null,
    attribution: { available: true, language: null },
    counts: { claims: 0, sources: 0, named: 0, anonymous: 0, numbers: 0, clutter: 0, clutterHidden: 0 },
    highlights: { ...highlights },
    sidebarOpen: false,
    stripVisible: false,
  };
}

/** The figures benchmarks and tests read, by name, as text (the content script's on-page/figures.ts). */
export type PageFigures = Readonly<Record<string, string>>;

export interface PageController {
  state(): PageState;
  /** Opening it turns Sourcelight on first (resolves once the page has been read, if it had not been). */
  setSidebar(open: boolean): void | Promise<void>;
  setStrip(visible: boolean): void;
  /** Off removes everything Sourcelight added and restores every change, leaving the page's markup as it was. */
  setEnabled(enabled: boolean): void | Promise<void>;
  /** "Run anyway" on a page judged not an article: read it again taking its best body as the article, and show
   * Sourcelight on it (off with `setEnabled(false)`, which puts everything back). */
  runAnyway(): void | Promise<void>;
  destroy(): void;
  /** The figures benchmarks and tests read; a controller without any has none. */
  figureReport?(): PageFigures;
}

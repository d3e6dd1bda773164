// The figures benchmarks and tests read (how long the analysis took, its longest slice, how many claims are
// painted…), kept in one place. They are Sourcelight's own business, not the page's: a normal build keeps them
// here and answers them through the extension's messages only (`figures`, utils/messaging/protocol.ts; the e2e
// harness and scripts/bench-browser.ts ask for them), which page scripts cannot send. Only when the one who makes
// the OnPage asks for it (the unit tests, in jsdom, where there are no extension messages: OnPageDeps
// `figuresOnHost`) are they also written on the host element as data attributes.

/** Every figure, by name; the values are kept as the text they are reported as. */
export interface FigureValues {
  /** How highlights are painted: 'css' (CSS Custom Highlight API) or 'wrap' (<sl-mark> fallback). */
  highlightMode: string;
  /** Every analysis run on this page, so that tests can tell one re-analysis per change. */
  analyses: number;
  /** performance.now() when the settings were read, when the last analysis started, when it found the article,
   * when its first highlights were painted, when everything was painted and listed. */
  settingsAt: number;
  startedAt: number;
  articleAt: number;
  firstPaintAt: number;
  shownAt: number;
  /** The last analysis's work (its slices, without the pauses), its longest slice, and how many slices. */
  analysisMs: number;
  longestSliceMs: number;
  slices: number;
  /** What the analysis found. */
  claims: number;
  numbers: number;
  sources: number;
  /** What is painted now (a long article keeps only the blocks near the viewport painted). */
  paintedClaims: number;
  paintedNumbers: number;
}

export type FigureName = keyof FigureValues;
export type FigureReport = Partial<Record<FigureName, string>>;

/** Milliseconds are reported to a tenth. */
const MS_FIGURES = new Set<FigureName>([
  'settingsAt',
  'startedAt',
  'articleAt',
  'firstPaintAt',
  'shownAt',
  'analysisMs',
  'longestSliceMs',
]);

export class Figures {
  private readonly values: FigureReport = {};
  private host: HTMLElement | null = null;

  /** `onHost`: also written on the host as data attributes (unit tests only; the content script never asks). */
  constructor(private readonly onHost = false) {}

  /** Sets figures; null takes one away (a new analysis has painted nothing yet). */
  set(patch: { [K in FigureName]?: FigureValues[K] | null }): void {
    for (const [name, value] of Object.entries(patch) as Array<[FigureName, string | number | null]>) {
      if (value === null) {
        delete this.values[name];
        if (this.host && this.onHost) delete this.host.dataset[name];
        continue;
      }
      const text = typeof value === 'number' && MS_FIGURES.has(name) ? value.toFixed(1) : String(value);
      this.values[name] = text;
      if (this.host && this.onHost) this.host.dataset[name] = text;
    }
  }

  /** The host shown now (null: none); in unit tests it carries the figures as data attributes. */
  attach(host: HTMLElement | null): void {
    this.host = host;
    if (host && this.onHost) Object.assign(host.dataset, this.values);
  }

  /** Every figure, for the `figures` message. */
  report(): FigureReport {
    return { ...this.values };
  }
}

// The on-page layer's features, each by one typed id: the id names the feature's guard (an error in one feature
// is logged and stays in it, the rest of Sourcelight keeps working), its log label ("[sourcelight:strip]") and
// its style sheets on the page (`data-sl-style="strip"` where a page cannot adopt sheets, utils/marks/page-style.ts).

/** Every feature; a new one is added here, so that a typo in a guard is a type error, not a new log label. */
export const FEATURES = [
  'settings',
  'analyse',
  'on-page',
  'highlights',
  'sidebar',
  'strip',
  'picker',
  'pick-article',
  'hover-card',
  'shortcut',
  'listeners',
  'reanalyse',
  'timer',
  'export',
] as const;

export type Feature = (typeof FEATURES)[number];

/** The label of a feature's log lines. */
export const logLabel = (feature: Feature): string => `[sourcelight:${feature}]`;

/** After an extension update the old script's browser.* calls throw this; the script must then leave quietly. */
const INVALIDATED = 'Extension context invalidated';

export type Log = (feature: Feature, error: unknown) => void;

export function consoleLog(feature: Feature, error: unknown): void {
  console.error(logLabel(feature), error);
}

/** Runs a feature's work so that its failure is logged under its id and goes no further. */
export class Guard {
  constructor(
    private readonly log: Log,
    /** Called instead of logging when the extension was updated under the page: everything must go. */
    private readonly onInvalidated: () => void,
  ) {}

  run(feature: Feature, fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.fail(feature, error);
    }
  }

  async runAsync<T>(feature: Feature, fn: () => Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (error) {
      this.fail(feature, error);
      return null;
    }
  }

  fail(feature: Feature, error: unknown): void {
    if (String((error as { message?: unknown })?.message ?? error).includes(INVALIDATED)) {
      this.onInvalidated();
      return;
    }
    this.log(feature, error);
  }
}

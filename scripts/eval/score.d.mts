// Types for score.mjs: the gold-file format (docs/ANNOTATION.md, seeds/README.md) and the score it returns.
// Enumerated fields are typed `string` (the allowed values are in the comments) so that a gold file imported
// as JSON (`import gold from '../../seeds/x.gold.json'`) type-checks as a GoldFile without a cast.

export interface GoldSource {
  key: string;
  match: string[];
  named: boolean;
  /** person | organization | group | document */
  kind: string;
  /** government | military-security | expert | organization | media | other */
  category: string;
  role?: string;
  required: boolean;
}

export interface GoldClaim {
  anchor: string;
  source: string | string[];
  required: boolean;
}

export interface GoldNumber {
  core: string;
  context: string;
  /**
   * count | money | percent | fraction | range | duration | date | ordinal | other; older gold files write times
   * of day and ages as 'other' (the engine's 'time' and 'age'). The scorer matches cores, never kinds.
   */
  kind: string;
  required: boolean;
}

export interface GoldArticle {
  title: string;
  authors?: string[];
  publisher?: string | string[];
  firstWords?: string;
  lastWords?: string;
  mustExclude?: string[];
}

/** Page-level expectations, a seeds/ extension of the format. */
export interface GoldExpect {
  /** false for pages that are not articles (a front page): nothing may be highlighted. */
  isArticle?: boolean;
  /** false for pages whose article only exists after their scripts run (a DOM without scripts is a shell). */
  isArticleWithoutScripts?: boolean;
}

export interface GoldFile {
  /** sourcelight.gold/1 */
  schema: string;
  page: string;
  notes?: string;
  expect?: GoldExpect;
  article?: GoldArticle;
  sources: GoldSource[];
  claims: GoldClaim[];
  numbers: GoldNumber[];
  numbersMustNotInclude?: string[];
  /** kind: related | promo | comments | ad | newsletter | share | other */
  clutter?: { kind: string; contains: string }[];
}

/** The parts of an analysis that are scored; the engine's `Analysis` satisfies it. */
export interface ScorableAnalysis {
  isArticle?: boolean;
  article?: {
    title?: string | null;
    authors?: readonly string[];
    publisher?: string | null;
    text?: string | null;
  } | null;
  claims?: readonly { text: string; sourceId: string | null }[];
  sources?: readonly { id: string; name: string; named: boolean; category: string }[];
  numbers?: readonly { text: string }[];
  clutter?: readonly { kind: string; text: string }[];
}

/** A fraction in [0, 1], or null where the gold has nothing to count. */
export type Ratio = number | null;

export interface SourceScore {
  reported: number;
  recall: Ratio;
  precision: Ratio;
  category: Ratio;
  missed: string[];
  wrong: string[];
}

export interface AnalysisScore {
  page: string;
  claims: {
    reported: number;
    recall: Ratio;
    precision: Ratio;
    attribution: Ratio;
    f1: Ratio;
    missed: string[];
    misattributed: string[];
    falsePositives: string[];
  };
  namedSources: SourceScore;
  anonymousSources: SourceScore;
  /** The listed sources against the gold: `duplicates` as "goldKey: name | name", `junk` matches no gold source. */
  sourceList: { listed: number; duplicates: string[]; junk: string[] };
  numbers: {
    reported: number;
    recall: Ratio;
    precision: Ratio;
    missed: string[];
    wrong: string[];
    leakedFromOutsideArticle: string[];
  };
  /** Present when the gold has `article`. */
  article?: {
    checks: {
      isArticle: boolean;
      title: boolean;
      authors: boolean;
      publisher: boolean;
      firstWords: boolean;
      lastWords: boolean;
      nothingLeaked: boolean;
    };
    passed: Ratio;
  };
  /** Present when the gold has `clutter`. */
  clutter?: { recall: Ratio; missed: string[] };
  /** Present when the gold has `expect.isArticle`. */
  expect?: { isArticle: boolean };
}

/** Scores `analysis` against `gold`; pure. The CLI's `--json` output is this object. */
export function scoreAnalysis(gold: GoldFile, analysis: ScorableAnalysis): AnalysisScore;

/** Prints the CLI's report (text, or JSON when `asJson`). */
export function printReport(out: AnalysisScore, asJson: boolean): void;

/** The scorer's text normalisation: NFKC, one kind of quote and dash, single spaces, lower case. */
export function norm(text: unknown): string;
/** Whole-word containment after normalisation: "two" is not in "twofold", "IS" not in "ISIS". */
export function hasWord(text: string, needle: string): boolean;

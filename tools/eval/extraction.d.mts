// Types for extraction.mjs: the article-extraction benchmark's metric.

/** {"<id>": {"articleBody": "..."}}, as in the benchmark's ground-truth.json. */
export type GroundTruth = Record<string, { articleBody: string; url?: string }>;

export interface PageExtractionScore {
  id: string;
  /** null when undefined (nothing predicted and nothing expected in that direction). */
  precision: number | null;
  recall: number | null;
}

export interface ExtractionScore {
  pages: number;
  /** Ground-truth pages with no entry in the predictions. */
  missing: number;
  f1: number;
  precision: number;
  recall: number;
  /** Share of pages whose tokens match the ground truth exactly. */
  accuracy: number;
  perPage: PageExtractionScore[];
}

/** Scores predicted bodies (id → text) against the ground truth; pure. */
export function scoreExtraction(truth: GroundTruth, predictedMap: ReadonlyMap<string, string>): ExtractionScore;

/** Parses a predictions file's text: JSONL of analyses (with `file` and `article.text`) or one id → body object. */
export function parsePredictions(raw: string): Map<string, string>;

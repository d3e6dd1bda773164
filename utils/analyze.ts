// The one entry to the engine: reads a Document (live page, linkedom or jsdom) and never changes it.
import type { Analysis } from './analysis/types';
import type { PageAnalysis } from './page/types';

export interface AnalyzeOptions {
  url?: string;
}

export function analyzePage(document: Document, options: AnalyzeOptions = {}): PageAnalysis {
  const started = performance.now();
  const analysis: Analysis = {
    url: options.url ?? document.location?.href ?? null,
    isArticle: false,
    article: null,
    claims: [],
    sources: [],
    numbers: [],
    nonResponses: [],
    clutter: [],
    timings: { totalMs: 0 },
  };
  analysis.timings.totalMs = performance.now() - started;
  return { analysis, article: null, clutter: [] };
}

export function analyzeDocument(document: Document, options: AnalyzeOptions = {}): Analysis {
  return analyzePage(document, options).analysis;
}

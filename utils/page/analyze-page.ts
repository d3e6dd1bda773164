// The one entry to the engine in Node and the tests: reads a Document (live page, linkedom or jsdom) and never
// changes it (./read-page.ts, with the text engine, analysis/pipeline.ts, handed in). The content script loads the
// two as modules of their own (scripts/content-modules.ts) and joins them the same way
// (entrypoints/content/start-module.ts).
import * as pipeline from '../analysis/pipeline';
import { complete, type Steps } from '../analysis/steps';
import type { Analysis } from '../analysis/types';
import { type AnalyzeOptions, type AnalyzeProgress, readPageSteps } from './read-page';
import type { PageAnalysis } from './types';

export type { AnalyzeOptions, AnalyzeProgress } from './read-page';
export { wordCountSteps } from './read-page';

export function analyzePage(document: Document, options: AnalyzeOptions = {}): PageAnalysis {
  return complete(analyzePageSteps(document, options));
}

export function analyzePageSteps(
  document: Document,
  options: AnalyzeOptions = {},
  progress: AnalyzeProgress = {},
): Steps<PageAnalysis> {
  return readPageSteps(document, options, progress, () => pipeline);
}

export function analyzeDocument(document: Document, options: AnalyzeOptions = {}): Analysis {
  return analyzePage(document, options).analysis;
}

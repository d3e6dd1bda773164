// The pure engine: article text blocks in, claims, sources, numbers and non-responses out (with spans).
import type { TextAnalysis, TextBlock } from './types';

export function analyzeText(_blocks: readonly TextBlock[]): TextAnalysis {
  return { claims: [], sources: [], numbers: [], nonResponses: [] };
}

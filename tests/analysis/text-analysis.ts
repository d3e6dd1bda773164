// Paragraphs written for a test, analysed as the engine reads an article's text, and what the round tests read off
// the result: each source's name, kind, role and affiliation, and each claim's cue and sources.
import { analyzeText } from '../../utils/analysis/pipeline';
import type { Source, TextAnalysis } from '../../utils/analysis/types';

export const analyze = (...paragraphs: string[]): TextAnalysis =>
  analyzeText(paragraphs.map((text) => ({ text, kind: 'paragraph' as const })));

export const listed = (result: TextAnalysis): Array<Partial<Source>> =>
  result.sources.map((s) => ({ name: s.name, kind: s.kind, role: s.role, affiliation: s.affiliation }));

/** Each claim as its cue and its sources' names. */
export const claimed = (result: TextAnalysis): Array<[string, string[]]> =>
  result.claims.map((c) => [c.cue, c.sourceIds.map((id) => result.sources.find((s) => s.id === id)?.name ?? id)]);

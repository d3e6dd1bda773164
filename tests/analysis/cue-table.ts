// The governing cue of a sentence written for a test, tables of such sentences, and each claim's speakers: the
// cases of the attribution grammar's tests (attribution-beliefs, attribution-recall, speaker-subjects, speaker-other-cues)
// and the sentences that must stay unattributed.
import { expect, it } from 'vitest';
import { findCues, pickCue, type SentenceView } from '../../utils/analysis/attribution';
import { analyzeText } from '../../utils/analysis/pipeline';
import { findQuotes, maskQuotes } from '../../utils/analysis/segment';
import type { AttributionKind } from '../../utils/analysis/types';

/** A whole sentence as the cue finders see it. */
export function view(text: string): SentenceView {
  return { text, masked: maskQuotes(text, findQuotes(text)), start: 0, end: text.length };
}

/** The cue that governs the sentence, its source phrases and what it reports; null when it attributes nothing. */
export function governing(sentence: string): { cue: string; subjects: string[]; kind: AttributionKind } | null {
  const cue = pickCue(findCues(view(sentence)));
  return cue && { cue: cue.cue, subjects: cue.subjects.map((s) => s.text), kind: cue.attribution };
}

export interface Case {
  name: string;
  sentence: string;
  cue: string;
  subjects: string[];
  kind: AttributionKind;
}

/** One test per case: the sentence's governing cue is the case's. */
export function table(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      expect(governing(c.sentence)).toEqual({ cue: c.cue, subjects: c.subjects, kind: c.kind });
    });
  }
}

/** One test per sentence: it attributes nothing. */
export function none(cases: ReadonlyArray<{ name: string; sentence: string }>): void {
  for (const c of cases) {
    it(`${c.name}: not an attribution`, () => {
      expect(governing(c.sentence)).toBeNull();
    });
  }
}

/** The text analysis of paragraphs written for a test. */
export function analyzeParagraphs(...paragraphs: string[]): ReturnType<typeof analyzeText> {
  return analyzeText(paragraphs.map((text) => ({ text, kind: 'paragraph' as const })));
}

/** The speakers of each claim, by name, in order. */
export function speakers(...paragraphs: string[]): string[][] {
  const result = analyzeParagraphs(...paragraphs);
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.claims.map((c) => c.sourceIds.map((id) => names.get(id) ?? id));
}

// Attributions the grammar reads since the third recall pass (issue 12): each case is a sentence written for this
// test, with the governing cue, its source phrase(s) and what the cue reports; and sentences that must stay
// unattributed.
import { describe, expect, it } from 'vitest';
import { findCues, pickCue, type SentenceView } from '../../utils/analysis/attribution';
import { findQuotes, maskQuotes } from '../../utils/analysis/segment';
import type { AttributionKind } from '../../utils/analysis/types';

function view(text: string): SentenceView {
  return { text, masked: maskQuotes(text, findQuotes(text)), start: 0, end: text.length };
}

function governing(sentence: string): { cue: string; subjects: string[]; kind: AttributionKind } | null {
  const cue = pickCue(findCues(view(sentence)));
  return cue && { cue: cue.cue, subjects: cue.subjects.map((s) => s.text), kind: cue.attribution };
}

interface Case {
  name: string;
  sentence: string;
  cue: string;
  subjects: string[];
  kind: AttributionKind;
}

function table(cases: readonly Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      expect(governing(c.sentence)).toEqual({ cue: c.cue, subjects: c.subjects, kind: c.kind });
    });
  }
}

function none(cases: ReadonlyArray<{ name: string; sentence: string }>): void {
  for (const c of cases) {
    it(`${c.name}: not an attribution`, () => {
      expect(governing(c.sentence)).toBeNull();
    });
  }
}

describe('talking about something (issue 12)', () => {
  table([
    {
      name: '"talks about" a topic',
      sentence: 'The governor often talks about her years as a nurse.',
      cue: 'often talks',
      subjects: ['The governor'],
      kind: 'speech',
    },
    {
      name: '"talked of" a topic',
      sentence: 'Mr. Ames talked of reforms to the pension fund.',
      cue: 'talked',
      subjects: ['Mr. Ames'],
      kind: 'speech',
    },
    {
      name: 'whom it was said to, then the topic',
      sentence: 'Union leaders have talked with the mayor about a new contract.',
      cue: 'have talked',
      subjects: ['Union leaders'],
      kind: 'speech',
    },
    {
      name: '"talked up" something',
      sentence: 'Senator Ruiz talked up her housing plan at the fair.',
      cue: 'talked up',
      subjects: ['Senator Ruiz'],
      kind: 'stance',
    },
  ]);
  none([
    { name: 'talking to someone, with no topic', sentence: 'Mr. Ames talked to his sister on Sunday.' },
    { name: 'talks as a noun', sentence: 'The peace talks about the border stalled in May.' },
    { name: 'the noun "talk" after a possessive', sentence: 'Her talk about the budget ran long.' },
  ]);
});

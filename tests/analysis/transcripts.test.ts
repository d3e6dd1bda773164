// An interview printed as a transcript: each answer opens with the name of the person who gives it and a colon.
import { describe, expect, it } from 'vitest';
import { knowledgeSteps } from '../../utils/analysis/knowledge';
import { analyzeText } from '../../utils/analysis/pipeline';
import { complete } from '../../utils/analysis/steps';
import type { TextBlock } from '../../utils/analysis/types';

const paragraphs = (...texts: string[]): TextBlock[] => texts.map((text) => ({ text, kind: 'paragraph' }));

/** Each claim as "source | cue | text". */
function claims(blocks: readonly TextBlock[]): string[] {
  const result = analyzeText(blocks);
  const names = new Map(result.sources.map((s) => [s.id, s.name]));
  return result.claims.map((c) => `${names.get(c.sourceId ?? '') ?? '-'} | ${c.cue} | ${c.text}`);
}

describe('a transcript', () => {
  it('gives each answer, and the speaker\'s own "I think", to the person its label names', () => {
    expect(
      claims(
        paragraphs(
          'The Courier spoke to Ana Lowe, who runs the Harlow ferry company, about the rise in fares.',
          'Courier: Why now?',
          'Lowe: The price of fuel has doubled since the spring. I think most passengers will understand.',
          'Courier: Will fares rise again?',
          'LOWE: Not this year. We have bought two new boats, and the mayor said the town would help.',
        ),
      ),
    ).toEqual([
      'Ana Lowe | Lowe: | Lowe: The price of fuel has doubled since the spring.',
      'Ana Lowe | Lowe: | I think most passengers will understand.',
      'Ana Lowe | LOWE: | LOWE: Not this year.',
      'the mayor | said | We have bought two new boats, and the mayor said the town would help.',
    ]);
  });

  it('needs two answers: one line that opens with a name and a colon is a headline or a list', () => {
    expect(
      claims(
        paragraphs(
          'Ana Lowe runs the Harlow ferry company, which raised its fares on Monday.',
          'Lowe: fares up by a tenth from April, the first rise in three years.',
        ),
      ),
    ).toEqual([]);
  });

  it('needs a person the story names outside its labels, never a common word ("Bonus Tip:")', () => {
    const tips = paragraphs(
      'Bonus Tip: Ask the ferry company for a season ticket before the rise.',
      'Bonus Tip: Book the early boat, which is cheaper and never full.',
      'Every tip here was sent to the Bonus Tip desk by readers.',
    );
    expect(claims(tips)).toEqual([]);
    const onlyLabels = paragraphs(
      'Dana Reyes: The boats are old and slow.',
      'Dana Reyes: I think the fares are too high already.',
    );
    expect(claims(onlyLabels).filter((c) => c.startsWith('Dana Reyes | Dana Reyes:'))).toEqual([]);
  });

  it('never takes a film\'s title for a speaker ("Kestrel: Marrow Island")', () => {
    expect(
      claims(
        paragraphs(
          'Kestrel: Marrow Island opens on Friday, and the studio hopes it will sell well.',
          'This Kestrel is taller than the one of the first film, and angrier.',
          'Kestrel: Marrow Island runs for two hours and ten minutes, with one break.',
        ),
      ).filter((c) => c.includes('| Kestrel: |')),
    ).toEqual([]);
  });

  it('reads no words in a row of numbers after a label', () => {
    expect(
      claims(
        paragraphs(
          'The Harlow lottery was drawn by Ivo Brand on Saturday night in the town hall.',
          'Brand: (i): 3, 4, 5, 6 & 7.',
          'Brand: 4, 5, 6, 7, 8 & 9.',
        ),
      ),
    ).toEqual([]);
  });
});

describe("the text's people", () => {
  it('leave out a greeting before a name ("Hi Ivo", "Dear Dana")', () => {
    const people = complete(
      knowledgeSteps(paragraphs('Hi Ivo, thanks for the call.', 'Dear Dana, the ferry is late again today.')),
    ).people;
    expect([...people.values()].filter((name) => /^(?:Hi|Dear)\b/.test(name))).toEqual([]);
  });
});

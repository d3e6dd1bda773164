import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsPattern } from '../../utils/analysis/lexicon';
import { PhraseFinder, type PhraseMatch } from '../../utils/analysis/phrases';

/** Phrases shaped like the cue verbs: one word, several words, shared first words, a hyphen. */
const PHRASES = [
  'said',
  'say',
  'says',
  'saying',
  'told',
  'point out',
  'pointed out',
  'pointing out',
  'raise questions',
  'raised questions',
  'raised',
  'weigh in',
  'weighed in on',
  'co-sign',
  'warn',
  'warned',
];

/** The alternation PhraseFinder stands for (utils/analysis/phrases.ts, "Equivalence"). */
const reference = (phrases: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}'\\u2019-])(?:${wordsPattern(phrases)})(?![\\p{L}\\p{N}-])`, 'gu');

function all(finder: { lastIndex: number; exec(text: string): PhraseMatch | null }, text: string): string[] {
  const found: string[] = [];
  finder.lastIndex = 0;
  for (let m = finder.exec(text); m; m = finder.exec(text)) found.push(`${m.index}:${m[0]}`);
  return found;
}

describe('PhraseFinder', () => {
  const finder = new PhraseFinder(PHRASES);

  it.each([
    ['The minister said on Monday.', ['13:said']],
    ['Officials pointed out that', ['10:pointed out']],
    ['Officials pointed  \n out that', ['10:pointed  \n out']],
    ['She raised questions, he raised doubts', ['4:raised questions', '25:raised']],
    ['He weighed in on it and weighed in', ['3:weighed in on']],
    ['They co-sign it; co-signed it', ['5:co-sign']],
    ["unsaid, resaid, said-so, o’said, l'said, said’s", ['41:said']],
    ['Said the man; SAID; saysay; says.', ['28:says']],
    ['He warned:‘no’ and warn-ing, warn2', ['3:warned']],
    ['Élus said, 統said, said統', ['5:said']],
  ])('finds the whole phrases in %j', (text, expected) => {
    expect(all(finder, text)).toEqual(expected);
    expect(all(reference(PHRASES), text)).toEqual(expected);
  });

  it('finds what the alternation finds, on generated text', () => {
    const piece = fc.constantFrom(
      ...PHRASES,
      ...PHRASES.map((p) => p.toUpperCase()),
      ' ',
      '  ',
      '\n',
      '\u00a0',
      ',',
      '.',
      "'",
      '\u2019',
      '-',
      's',
      'un',
      '2',
      'é',
      '統',
      '𝐀',
      'questions',
      'in',
      'on',
      'out',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(all(finder, text)).toEqual(all(reference(PHRASES), text));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a phrase whose words the lookup cannot see as one word of the text', () => {
    expect(() => new PhraseFinder(['o’clock'])).toThrow(/letters, digits and hyphens/);
    expect(() => new PhraseFinder(['a  b'])).toThrow(/letters, digits and hyphens/);
  });
});

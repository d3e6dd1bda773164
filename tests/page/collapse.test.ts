import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapse, collapsesTo } from '../../utils/page/dom';

/** Letters, punctuation and every kind of space JavaScript's `\s` knows, with the ones it does not (U+200B). */
const CHARS = [
  'a',
  'B',
  '.',
  'é',
  '٣',
  ' ',
  '\t',
  '\n',
  '\r',
  '\u000b',
  '\f',
  '\u00a0',
  '\u2003',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u200b',
];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 24 }).map((chars) => chars.join(''));

describe('collapsesTo', () => {
  it('answers as collapse(text) === collapsed does, for any two strings', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(collapsesTo(a, b)).toBe(collapse(a) === b);
        expect(collapsesTo(a, collapse(a))).toBe(true);
        expect(collapsesTo(a, collapse(b))).toBe(collapse(a) === collapse(b));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells a heading alone in its wrapper from the container around it', () => {
    expect(collapsesTo('\n    Related news\n  ', 'Related news')).toBe(true);
    expect(collapsesTo('\n  Related news\n  <a>First story</a> ', 'Related news')).toBe(false);
    expect(collapsesTo('Related\u00a0 news', 'Related news')).toBe(true);
    expect(collapsesTo('Related news', 'Related  news')).toBe(false);
    expect(collapsesTo('Related news', ' Related news')).toBe(false);
    expect(collapsesTo('   ', '')).toBe(true);
    expect(collapsesTo('x', '')).toBe(false);
  });
});

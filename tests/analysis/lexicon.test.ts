import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asciiCaseless, GuardedRegExp, hintOf, wordsPattern, wordsRegExp } from '../../utils/analysis/lexicon';

/** Words shaped like the source categories' lists: one word, several words, a dot, a hyphen, capitals. */
const WORDS = ['spokesman', 'think tank', 'think-tank', 'u.s. attorney', 'NASA', 'Bank of England', 'sk', 'ks'];

/** What wordsRegExp stands for: the list's alternation, whole words, case-insensitive (utils/analysis/lexicon.ts). */
const reference = (words: readonly string[], flags = 'i') =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordsPattern(words)})(?![\\p{L}\\p{N}])`, `u${flags}`);

const LAST_CODE_POINT = 0x10ffff;
const isSurrogate = (cp: number) => cp >= 0xd800 && cp <= 0xdfff;

function matches(re: RegExp, text: string): string[] {
  const global = new RegExp(re.source, `${re.flags}g`);
  return [...text.matchAll(global)].map((m) => `${m.index}:${m[0]}`);
}

describe('wordsRegExp', () => {
  it.each([
    ['The SPOKESMAN said', ['4:SPOKESMAN']],
    ['a Think\n Tank and a think-tank', ['2:Think\n Tank', '20:think-tank']],
    ['the U.S. Attorney; nasa; bank OF england', ['4:U.S. Attorney', '19:nasa', '25:bank OF england']],
    ['spokesmen, spokesman2, éspokesman, spokesmané', []],
    // KELVIN SIGN and LONG S fold to k and s: an `iu` RegExp takes them for the letters.
    ['\u212As and s\u212A, \u017Fk', ['0:\u212As', '7:s\u212A', '11:\u017Fk']],
  ])('finds the whole words in %j, as the case-insensitive alternation does', (text, expected) => {
    expect(matches(wordsRegExp(WORDS), text)).toEqual(expected);
    expect(matches(reference(WORDS), text)).toEqual(expected);
  });

  it('takes every code point for a letter of a word exactly where the case-insensitive alternation does', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const fast = wordsRegExp(letters);
    const slow = reference(letters);
    const caseless: string[] = [];
    for (let cp = 0; cp <= LAST_CODE_POINT; cp++) {
      if (isSurrogate(cp)) continue;
      const text = String.fromCodePoint(cp);
      const taken = slow.test(text);
      if (fast.test(text) !== taken) throw new Error(`U+${cp.toString(16)} differs`);
      if (taken) caseless.push(text);
    }
    expect(caseless).toHaveLength(2 * letters.length + 2);
    for (const letter of letters)
      for (const text of caseless) expect(wordsRegExp([letter]).test(text)).toBe(reference([letter]).test(text));
  });

  it('ends a word before and after exactly the code points the case-insensitive alternation does', () => {
    const fast = wordsRegExp(['tank']);
    const slow = reference(['tank']);
    for (let cp = 0; cp <= LAST_CODE_POINT; cp++) {
      if (isSurrogate(cp)) continue;
      const c = String.fromCodePoint(cp);
      for (const text of [`${c}tank`, `tank${c}`]) {
        if (fast.test(text) !== slow.test(text)) throw new Error(`U+${cp.toString(16)} around a word differs`);
      }
    }
  });

  it('finds what the case-insensitive alternation finds, on generated text', () => {
    const piece = fc.constantFrom(...WORDS, ...WORDS.map((w) => w.toUpperCase()), ' ', '\n', '.', '-', 'é', 'ſ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(matches(wordsRegExp(WORDS), text)).toEqual(matches(reference(WORDS), text));
      }),
    );
  });

  it('says by its test what the case-insensitive alternation says, on generated text', () => {
    const piece = fc.constantFrom(
      ...WORDS,
      ...WORDS.map((w) => w.toUpperCase()),
      ' ',
      '\n',
      '.',
      '-',
      'é',
      'ſ',
      '\u212A',
    );
    const fast = wordsRegExp(WORDS);
    const slow = reference(WORDS);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(fast.test(text)).toBe(slow.test(text));
      }),
    );
  });

  it('keeps the case where it is asked to', () => {
    const re = wordsRegExp(['NASA', 'Supreme Court'], '');
    expect(re.test('the Supreme Court')).toBe(true);
    expect(re.test('the supreme court')).toBe(false);
  });
});

describe('GuardedRegExp', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs its full pattern only where the hint finds the words (a list absent from a text is never compiled)', () => {
    const list = wordsRegExp(['spokesman', 'think tank']);
    // RegExp.prototype.test runs a pattern through its `exec`: a spy sees every run of the full pattern.
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    expect(list.test('The minister said on Tuesday')).toBe(false);
    expect(exec).not.toHaveBeenCalled();
    expect(list.test('a Think  Tank spokesman said')).toBe(true);
    expect(exec).toHaveBeenCalled();
  });

  it('matches as the pattern it guards: exec and replace are the full pattern', () => {
    const re = new GuardedRegExp('(?<!\\p{L})(?:Mr\\.?|son)(?!\\p{L})', 'iu', hintOf(/Mr|son/i));
    expect(re.exec('Mr. Lee')?.[0]).toBe('Mr.');
    expect('his SON, Johnson'.replace(re, 'x')).toBe('his x, Johnson');
  });

  it('takes no global or sticky pattern, whose test would move lastIndex', () => {
    expect(() => new GuardedRegExp('a', 'g', () => true)).toThrow();
    expect(() => new GuardedRegExp('a', 'y', () => true)).toThrow();
  });

  it('asciiCaseless writes each ASCII letter as the letters `iu` takes for it, escapes kept', () => {
    expect(asciiCaseless('ks\\.?\\s+x')).toBe('[kK\u212A][sS\u017F]\\.?\\s+[xX]');
    const caseless = new RegExp(`^(?:${asciiCaseless('Mr\\.?|sky\\s+blue')})$`);
    const reference = /^(?:Mr\.?|sky\s+blue)$/iu;
    for (const text of ['MR.', 'mr', 'Sky  BLUE', '\u017F\u212Ay blue', 'Mr..', 'skyblue']) {
      expect(caseless.test(text)).toBe(reference.test(text));
    }
  });
});

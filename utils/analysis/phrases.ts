// Finds whole-word phrases from a long list in running text, as a RegExp of the list's alternation would, without
// compiling that alternation. The cue verbs of attribution.ts are ~1,000 forms (6,900 characters of pattern):
// V8 compiled that one RegExp on its first use on every page, 20–30 ms of the main thread (a CPU profile of the
// engine's first run in Chromium: the largest single cost of the cold run), and again to machine code on the
// second. Here each word of the text is looked up in a Map: nothing to compile, and as fast once warm.
//
// Equivalence: `new PhraseFinder(phrases)` finds, in order, exactly the matches (index and text) of
//   new RegExp(`(?<![\p{L}\p{N}'\u2019-])(?:${wordsPattern(phrases)})(?![\p{L}\p{N}-])`, 'gu')
// (case-sensitive; a space in a phrase is \s+ in the text), provided every word of every phrase is made of
// letters, digits and hyphens only (checked when it is built). Why: a match must start where the character
// before is none of [\p{L}\p{N}'’-], so at the start of a run of [\p{L}\p{N}-]; each word of a phrase is such a
// run and must end where the text's run ends (the next character is whitespace, or fails the lookahead), so
// each word is exactly one whole run of the text, and between two words there is only whitespace. Among the
// phrases that match at one place the alternation takes the first in its order, longest first, which is the
// longest one: the same as here (tests/analysis/phrases.test.ts compares both on generated text).

/** A word of the text: the characters a phrase's words are made of (and that may not follow a match). */
const WORD_RUN = /[\p{L}\p{N}-]+/gu;
/** A whole word made of those characters, to check the phrases. */
const WHOLE_WORD = /^[\p{L}\p{N}-]+$/u;
/** What may not stand right before a match: a word character, or an apostrophe ("o'clock", "don’t"). */
const WORD_BEFORE = /[\p{L}\p{N}'\u2019-]$/u;
/** Between two words of a phrase: whitespace only (the RegExp's \s+). */
const ONLY_SPACE = /^\s+$/u;
/** Enough of the text before a match to hold one code point (a surrogate pair). */
const ONE_CODE_POINT = 2;

/** A match as the RegExp's would be read: its text and where it starts. */
export interface PhraseMatch {
  readonly 0: string;
  readonly index: number;
}

export class PhraseFinder {
  /** Phrases by their first word, each list longest first (the alternation's order). */
  private readonly byFirstWord = new Map<string, string[][]>();
  /** Where the next `exec` starts, and 0 after it finds nothing: a global RegExp's lastIndex. */
  lastIndex = 0;

  constructor(phrases: readonly string[]) {
    const longestFirst = [...phrases].sort((a, b) => b.length - a.length);
    for (const phrase of longestFirst) {
      const words = phrase.split(' ');
      const first = words[0] ?? '';
      if (!words.every((w) => WHOLE_WORD.test(w)))
        throw new Error(`PhraseFinder: "${phrase}" has a word that is not made of letters, digits and hyphens`);
      const list = this.byFirstWord.get(first);
      if (list) list.push(words);
      else this.byFirstWord.set(first, [words]);
    }
  }

  /** The next match at or after lastIndex (which it then moves past the match), or null (lastIndex back to 0). */
  exec(text: string): PhraseMatch | null {
    WORD_RUN.lastIndex = this.lastIndex;
    for (let run = WORD_RUN.exec(text); run; run = WORD_RUN.exec(text)) {
      const start = run.index;
      const candidates = this.byFirstWord.get(run[0]);
      if (!candidates) continue;
      if (start > 0 && WORD_BEFORE.test(text.slice(Math.max(0, start - ONE_CODE_POINT), start))) continue;
      const firstEnd = start + run[0].length;
      for (const words of candidates) {
        const end = this.rest(text, words, firstEnd);
        if (end < 0) continue;
        this.lastIndex = end;
        return { 0: text.slice(start, end), index: start };
      }
      WORD_RUN.lastIndex = firstEnd;
    }
    this.lastIndex = 0;
    return null;
  }

  /** Where the phrase `words` ends when its first word ends at `from`, or -1 when the text goes on otherwise. */
  private rest(text: string, words: readonly string[], from: number): number {
    let at = from;
    for (let i = 1; i < words.length; i++) {
      const word = words[i] ?? '';
      WORD_RUN.lastIndex = at;
      const next = WORD_RUN.exec(text);
      if (!next || next[0] !== word || !ONLY_SPACE.test(text.slice(at, next.index))) return -1;
      at = next.index + word.length;
    }
    return at;
  }
}

// Sentences and quotations of one block of article text. Every offset is into the block's own text, so a
// sentence or a quote maps straight onto a Span.

export interface TextRange {
  start: number;
  end: number;
}

/** One quotation: the marks included in [start, end); the words inside in [innerStart, innerEnd). */
export interface QuoteRange extends TextRange {
  innerStart: number;
  innerEnd: number;
  /** False when the block ended before a closing mark (a quote that runs on into the next paragraph). */
  closed: boolean;
}

/** Titles written with a period that never end a sentence ("Col. Jane Doe", "Dr. Smith"); matched when
 * the word is capitalised as written. */
const TITLE_ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'Maj',
  'Cmdr',
  'Adm',
  'Brig',
  'Cpl',
  'Pvt',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
  'Fr',
  'Sr',
  'Jr',
  'St',
  'Hon',
  'Pres',
  'Supt',
  'Insp',
  'Amb',
  'Atty',
  'Lt-Col',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'No',
  'Nos',
  'Fig',
  'Mt',
  'Ft',
]);

/** Titles of people, whose plural ("Govs. Lee and Park", "Sens. Ray and Cho") is no sentence end either. */
const PERSON_TITLES_WITH_PLURAL = new Set([
  'Dr',
  'Prof',
  'Gen',
  'Col',
  'Sgt',
  'Capt',
  'Maj',
  'Adm',
  'Gov',
  'Sen',
  'Rep',
  'Rev',
]);

/** Lower-case abbreviations that keep a sentence going ("vs.", "approx."). */
const LOWER_ABBREVIATIONS = new Set(['vs', 'v', 'approx', 'est', 'etc', 'ca', 'cf', 'e.g', 'i.e', 'pp', 'p']);

/** Company abbreviations and dotted acronyms ("U.S.", "U.N.", "Inc.") end a sentence only when a typical
 * sentence opener follows: "... the U.S. The next day" splits, "U.S. Ambassador Ana Lowe" does not. */
const DOTTED_ACRONYM = /^(?:[A-Za-z]\.)+[A-Za-z]$/;
const CORPORATE_ABBREVIATIONS = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'Jr', 'Sr', 'etc']);

/** Words that commonly open a sentence: used only to decide whether "U.S." or "Inc." closed one. */
const SENTENCE_OPENERS = new Set(
  (
    'The A An But And He She It They We I In On At This That These Those There His Her Its Their Our So Still ' +
    'Yet However Meanwhile After Before When While As If Some Many Most One Two Three Four Five Separately ' +
    'Officials Analysts Asked Earlier Later Last Since Despite Although Instead Now Then Under Over For With'
  ).split(' '),
);

/** Marks that may follow the terminal punctuation and still belong to the sentence ('.."', '.)'). */
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']', '\u00BB']);
/** Terminal punctuation runs: ".", "?!", "...", "…". */
const TERMINAL_RUN = /[.!?\u2026]+/g;
/** What may start the next sentence: a capital, a digit or an opening quote or bracket. */
const NEXT_SENTENCE_START = /[A-Z0-9\u00C0-\u00DE"'\u201C\u2018(\u00AB[]/;

/** A short cue clause after a quote that ends with "?" or "!": "Kim said.", "asked Sen. Jane Doe, a Democrat." —
 * the quote and its cue are one sentence. The common reporting verbs only: a name then the verb, or the verb
 * then a name. */
const CUE_AFTER_QUOTE =
  /^(?:(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|recalled|explained|continued|responded|insisted|wondered|shouted|yelled|exclaimed)\b[^.!?]{0,60}[.,]|(?:said|says|asked|asks|added|wrote|replied|wondered|continued|responded)\s+\p{Lu})/u;
/** A cue clause alone after a quote closed by a full stop, ending its own sentence: '"... on time." Quint said.',
 * '"... closed." Sen. Ana Lowe said on Monday.' (a slip for the comma): the quote and its cue are one sentence. */
const TAIL_AFTER_QUOTE =
  /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}(?:said|says|added|adds|wrote|writes|told\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}|explained|insisted|recalled|continued)(?:\s+(?:on|in|at|last|this|earlier|later)\s+[^.!?,;:]{1,30})?\.(?:\s|$)/u;
/** How much text after the quote CUE_AFTER_QUOTE looks at. */
const CUE_AFTER_WINDOW = 120;

/** A straight double mark with spaces on both sides and a lower-case word after it closes the quote before it. */
const SPACED_CLOSER = /^(\s+")\s+\p{Ll}/u;
const SPACED_CLOSER_WINDOW = 8;

/**
 * Splits a block into sentences. Survives titles ("Col.", "Dr."), initials ("Michael J. Fox"), decimals
 * ("1.5"), dotted acronyms ("U.S.", "U.N.") and quotes that close after the period.
 */
export function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  TERMINAL_RUN.lastIndex = 0;
  for (let m = TERMINAL_RUN.exec(text); m; m = TERMINAL_RUN.exec(text)) {
    let end = m.index + m[0].length;
    while (end < text.length && CLOSERS.has(text[end] ?? '')) end++;
    if (end < text.length && !/\s/.test(text[end] ?? '')) continue; // "1.5", "U.S.-led", "Yahoo!Inc"
    // '... ourselves? " she wrote': a closing mark set off by spaces still belongs to the sentence.
    const spaced = SPACED_CLOSER.exec(text.slice(end, end + SPACED_CLOSER_WINDOW));
    if (spaced) end += spaced[1]?.length ?? 0;
    let next = end;
    while (next < text.length && /\s/.test(text[next] ?? '')) next++;
    if (next < text.length && !NEXT_SENTENCE_START.test(text[next] ?? '')) continue;
    // '"... our son?" Kim said.': a question or exclamation that closes a quote is followed by its own cue.
    if (
      /[?!]/.test(m[0]) &&
      end > m.index + m[0].length &&
      CUE_AFTER_QUOTE.test(text.slice(next, next + CUE_AFTER_WINDOW))
    )
      continue;
    if (
      m[0] === '.' &&
      end > m.index + 1 &&
      /["\u201D]/.test(text.slice(m.index + 1, end)) &&
      TAIL_AFTER_QUOTE.test(text.slice(next, next + CUE_AFTER_WINDOW))
    )
      continue;
    if (m[0] === '.' && !periodEndsSentence(text, m.index, next)) continue;
    pushTrimmed(out, text, start, end);
    start = end;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

/** What can stand right before the word a period ends: space, a bracket or an opening quote of any language
 * ("„U.S. ..." and "«U.S. ..." must not end a sentence after "U.S."). */
const WORD_BOUNDARY_BEFORE = /[\s("'\u201C\u2018\u201E\u00AB\u2039]/;

/** True when the full stop at `period` ends a sentence, the next one starting at `next`. */
export function periodEndsSentence(text: string, period: number, next: number): boolean {
  let wordStart = period;
  while (wordStart > 0 && !WORD_BOUNDARY_BEFORE.test(text[wordStart - 1] ?? '')) wordStart--;
  const word = text.slice(wordStart, period);
  if (word === '') return true;
  if (/^[A-Z]$/.test(word)) return false; // an initial: "Michael J. Fox"
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  if (word.endsWith('s') && PERSON_TITLES_WITH_PLURAL.has(word.slice(0, -1))) return false;
  if (LOWER_ABBREVIATIONS.has(word) && !CORPORATE_ABBREVIATIONS.has(word)) return false;
  if (DOTTED_ACRONYM.test(word) || CORPORATE_ABBREVIATIONS.has(word)) {
    const following = /^[\p{L}\p{N}]+/u.exec(text.slice(next))?.[0] ?? '';
    return SENTENCE_OPENERS.has(following);
  }
  return true;
}

function pushTrimmed(out: TextRange[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}

/** Quote marks by role. The straight ones and the right single quote (also the apostrophe) are decided by
 * what surrounds them; the seed page mixes ' and " and closes a '-quote with ". */
const OPENING_MARKS = new Set(['\u201C', '\u2018', '\u201E', '\u00AB']);
const CLOSING_MARKS = new Set(['\u201D', '\u00BB']);
const AMBIGUOUS_MARKS = new Set(['"', "'", '\u2019']);
const SINGLE_MARKS = new Set(["'", '\u2018', '\u2019']);
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Any quote mark or apostrophe: the only characters findQuotes looks at. After a word, three apostrophes close a
 * single quote and then a doubled one: "''... 'We won,''' he said". */
const QUOTE_MARK = /(?<=\S)'(?='')|''|\u2019\u2019|``|["'\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB]/g;
/** Two apostrophes (or backticks) written for one double mark, as some archives print quotes: "''We will,'' he said";
 * two right single marks closing one ('“We will,’’ he said'). Each with the mark it acts as ("``" only ever opens). */
const DOUBLED_MARKS = new Map([
  ["''", '"'],
  ['``', '\u201C'],
  ['\u2019\u2019', '\u201D'],
]);
/** Characters after which a mark opens a quote: start, space, bracket or dash. */
const BEFORE_OPENING = /[\s([{\u2014\u2013/-]/;

/** Finds the outermost quotations of a block; a quote still open at the end runs to the end of the block. */
export function findQuotes(text: string): QuoteRange[] {
  const out: QuoteRange[] = [];
  // Stack of open marks (single or double) and where the outermost one opened.
  const stack: boolean[] = [];
  let openAt = -1;
  let openWidth = 1;
  QUOTE_MARK.lastIndex = 0;
  for (let mark = QUOTE_MARK.exec(text); mark; mark = QUOTE_MARK.exec(text)) {
    const i = mark.index;
    const width = mark[0].length;
    // A doubled mark acts as one double mark.
    const ch = DOUBLED_MARKS.get(mark[0]) ?? mark[0];
    const prev = i === 0 ? ' ' : (text[i - 1] ?? ' ');
    const next = i + width >= text.length ? ' ' : (text[i + width] ?? ' ');
    const single = SINGLE_MARKS.has(ch);
    if (single && WORD_CHAR.test(prev) && WORD_CHAR.test(next)) continue; // apostrophe: "Norway's"
    // "”We won,” she said": a right double mark with nothing open, after a space and before a word, opens (as
    // Swedish and Finnish print both marks, and as typed text often has it).
    const rightOpens = ch === '\u201D' && stack.length === 0 && BEFORE_OPENING.test(prev) && WORD_CHAR.test(next);
    const canOpen =
      OPENING_MARKS.has(ch) || rightOpens || (AMBIGUOUS_MARKS.has(ch) && BEFORE_OPENING.test(prev) && !/\s/.test(next));
    // '... ourselves? " she wrote': a straight double mark between spaces closes an open quote.
    const spacedClose = ch === '"' && /\s/.test(prev) && /\s/.test(next) && stack.length > 0;
    // '“Nobody asked,“ said Lowe': a left double mark right after a quote's last punctuation, before a space, is a
    // closing mark typed the wrong way round.
    const leftCloses = ch === '\u201C' && stack.length > 0 && /[,.?!;\u2026]/.test(prev) && /\s/.test(next);
    const canClose =
      CLOSING_MARKS.has(ch) || spacedClose || leftCloses || (AMBIGUOUS_MARKS.has(ch) && !/\s/.test(prev) && !canOpen);
    if (canClose && stack.length > 0) {
      // A double mark closes through any single quote inside it; a single mark closes only a single quote
      // unless the only open quote is single and the mark is double (mismatched pair).
      if (!single) {
        const doubleAt = stack.lastIndexOf(false);
        stack.length = Math.max(doubleAt, 0);
      } else if (stack[stack.length - 1] === true) {
        stack.pop();
      } else {
        continue; // a plural possessive inside a double quote: "the ports' security"
      }
      if (stack.length === 0) {
        out.push({ start: openAt, end: i + width, innerStart: openAt + openWidth, innerEnd: i, closed: true });
      }
      continue;
    }
    if (canOpen) {
      if (stack.length === 0) {
        openAt = i;
        openWidth = width;
      }
      stack.push(single);
    }
    // A closing-looking mark with nothing open is an apostrophe ("sailors' wages").
  }
  if (stack.length > 0) {
    out.push({ start: openAt, end: text.length, innerStart: openAt + openWidth, innerEnd: text.length, closed: false });
  }
  return out;
}

/** Stands in for a quote mark in masked text, so that clause scanning sees it as a boundary. */
export const QUOTE_MASK = '\u0001';

/**
 * The block's text with every quotation's words blanked (same length, same offsets) and its marks replaced
 * by QUOTE_MASK: cue words inside a quote ("We hope...") never attribute anything.
 */
export function maskQuotes(text: string, quotes: readonly QuoteRange[]): string {
  if (quotes.length === 0) return text;
  let out = '';
  let at = 0;
  for (const q of quotes) {
    // A doubled mark ("''") is masked over both its characters, so that offsets stay the text's.
    out += text.slice(at, q.start) + QUOTE_MASK.repeat(q.innerStart - q.start) + ' '.repeat(q.innerEnd - q.innerStart);
    if (q.closed) out += QUOTE_MASK.repeat(q.end - q.innerEnd);
    at = q.end;
  }
  return out + text.slice(at);
}

// The number finder: counts, money, percentages, fractions, ranges, durations, dates, times of day, ages,
// multiples and ordinals in one block of article text, each with its qualifier and unit or head noun ("some
// 4,000 trawlers", "$1.3 billion").
//
// Stages: (1) one tokenizer regex splits the text into number, word and symbol tokens with offsets; (2) a
// left-to-right scan tries at each token a calendar date, then [qualifier] quantity [range] [unit | head noun];
// a mention found moves the scan past its end, so mentions never overlap and come in text order. Every attempt
// looks at a bounded number of tokens (named limits below), so the whole pass is linear in the text length.
//
// `value` is the number as written, scaled: "$1.3 billion" → 1.3e9, "82%" → 82 (percent points, not 0.82),
// "a third" → 1/3, "a dozen" → 12, "5th" → 5. Ranges give their LOWER bound ("1,200 to 2,500" → 1200). Vague
// amounts ("dozens of", "several hundred") give null. Dates give their year when written ("2019",
// "January 18, 2025" → 2025), else null ("December 2"). Thousands separators: "1,500" always; "1.500.000"
// always; a single "1.500" is the decimal 1.5 unless a counted noun follows ("1.500 workers") or it is money
// ("€1.500"), where it is 1500 — no amount of money or people has three decimals. Times of day ("10:30 a.m. ET")
// give null; ages ("the 45-year-old", "Smith, 62,") their years; multiples ("tripled", "twofold") the factor.
// Digits that belong to a name, a score or a phone number ("737 Max jet", "won 3-2", "555-123-4567") give none.

import {
  AGE_DECADE_MODIFIERS,
  AGE_DECADE_POSSESSIVES,
  AS_MANY_WORDS,
  CHANGE_WORDS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  FOLD_SUFFIX,
  FRACTION_DENOMINATORS,
  IRREGULAR_PLURALS,
  LONG_TIME_UNITS,
  MEASURE_MODIFIERS,
  MEASURE_UNITS,
  MONTHS,
  MULTIPLE_ADJECTIVE_IDIOMS,
  MULTIPLE_ADJECTIVES,
  MULTIPLE_OBJECT_WORDS,
  MULTIPLE_VERB_IDIOMS,
  MULTIPLE_VERBS,
  NAME_SUFFIXES,
  NON_HEAD_WORDS,
  NON_PLURAL_S_WORDS,
  NOON_WORDS,
  ONE_NOT_AFTER,
  ORDINAL_DETERMINERS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
  QUALIFIERS,
  RUPEE_ABBREVIATION,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SCORE_NOUNS,
  SMALL_NUMBER_WORDS,
  SPAN_STRESS,
  TENS_WORDS,
  TIME_UNITS,
  TIME_ZONES,
  VAGUE_PLURAL_SCALES,
  VAGUE_SCALE_PREFIXES,
  WEEKDAYS,
  YEAR_HYPHEN_PREFIXES,
} from './number-words';
import type { NumberKind } from './types';

export interface FoundNumber {
  /** The mention with its qualifier and unit or head noun: "some 4,000 trawlers". */
  text: string;
  value: number | null;
  kind: NumberKind;
  /** [start, end) offsets of `text` in the input. */
  start: number;
  end: number;
}

/**
 * One token per match: a number (group 1), a run of letters (group 2), or one other non-space character.
 * Numbers: "1,500" (comma
 * groups), "1.500.000" (two or more dot groups: European thousands), or up to 15 digits with an optional
 * decimal part. Every repetition is bounded and the alternatives cannot overlap inside a match, so 100,000
 * characters of "1,1,1..." tokenize in linear time. Digits glued to a digit, comma or dot on their left are the
 * tail of something longer and make no token; a run of more than 15 digits makes none either.
 */
const TOKEN_PATTERN =
  /(?<![\d.,])(\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,9})?(?!\d)|\d{1,3}(?:\.\d{3}){2,5}(?!\.?\d)|\d{1,15}(?:\.\d{1,9})?(?!\d))|(\p{L}+)|[^\s\p{L}\d]/gu;

/** A digit, comma or dot right after a number token means a run-on such as "1,1,1" or "1.2.3": not a number. */
const RUN_ON_PATTERN = /^[.,]\d/;

/** "1.500": one dot and exactly three decimals. Decimal in English copy unless a counted noun follows. */
const AMBIGUOUS_DOT_PATTERN = /^\d{1,3}\.\d{3}$/;

/** Fraction characters: "½ cup", "1½ hours". */
const VULGAR_FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
  ['¼', 1 / 4],
  ['¾', 3 / 4],
  ['⅕', 1 / 5],
  ['⅛', 1 / 8],
]);

/** What "1.500" is multiplied by when the dot turns out to separate thousands. */
const DOT_THOUSANDS_FACTOR = 1000;

/** Two or more dot groups: "1.500.000" is European thousands. */
const DOT_THOUSANDS_PATTERN = /^\d{1,3}(?:\.\d{3}){2,}$/;

/** Digits only: no separator, no decimals. Only these can be years, days, ordinals or parts of a name. */
const PLAIN_INTEGER_PATTERN = /^\d+$/;
/** A year of the last century or this one, written out ("1998", "2025"). */
const RECENT_YEAR = /^(?:19|20)\d\d$/;
/** A year that is a round hundred ("2000", "1900") may as well be a count. */
const ROUND_HUNDRED = 100;
/** A whole in percent: "52 to 41 percent" sets shares of it against each other. */
const WHOLE_PERCENT = 100;
/** An amount this large after "to" is no year's: "in 2028 to 4 million". */
const SCALED_AMOUNT = 100_000;
/** Words that make the number after them an amount, not a year: "under 3000 or 3100 visits". */
const AMOUNT_BEFORE: ReadonlySet<string> = new Set(['under', 'over', 'about', 'around', 'nearly', 'almost', 'than']);
/** Words that join two years ("2025 and 2026", "2019 to 2021"). */
const YEAR_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through']);
/** Events a year names in the plural ("the 1998 elections", "the 1972 Olympics"). */
const YEAR_EVENT_PLURALS: ReadonlySet<string> = new Set(
  (
    'elections midterms primaries caucuses olympics games playoffs finals championships riots protests attacks ' +
    'floods wildfires hearings talks negotiations awards oscars grammys emmys ' +
    // the things of a year: "2032 permits", "the 2025 models", "its 2024 rankings"
    'returns models editions rankings filings budgets'
  ).split(' '),
);
/** Plain integers of this many digits may be years ("2025", "between 2011 and 2016"). */
const YEAR_DIGITS = 4;
const YEAR_PATTERN = /^\d{4}$/;
/** A day of the month is written with one or two digits. */
const DAY_PATTERN = /^\d{1,2}$/;
/** Years outside this span are read as counts ("9000"). */
const YEAR_MIN = 1000;
const YEAR_MAX = 2100;
/** Day numbers after a month ("December 2", "June 21 and 22"). */
const DAY_MIN = 1;
const DAY_MAX = 31;
/** Longest run of number words read as one number ("one hundred and twenty-five thousand"). */
const MAX_NUMBER_WORD_TOKENS = 12;
/** Words a head noun may span before its plural: "five Chilean anti-smuggling officials". */
const HEAD_MAX_WORDS = 3;
/** Hyphenated parts in one word or compound: "three-year-old", "anti-smuggling". */
const MAX_HYPHEN_PARTS = 3;
/** Shortest word read as a plural by its final "s" ("as", "us" and "is" are not). */
const MIN_PLURAL_LENGTH = 3;
/** "1990s": a decade ends in 0. */
const DECADE = 10;
/** Words between two decades: "the 1950s and 60s", "from the 1960s to 70s". */
const DECADE_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through']);
/** The word between the numbers of a record: "11-for-17", "4-of-6". */
const RECORD_JOINS: ReadonlySet<string> = new Set(['for', 'of']);
/** Last part of an age compound: "58-year-old". */
const AGE_WORD = 'old';
/** ...of the plural: "10-year-olds". */
const AGE_WORDS = 'olds';
/** Words right before an age: "aged 65", "ages 18 to 24". */
const AGE_CUES: ReadonlySet<string> = new Set(['aged', 'age', 'ages']);
/** "at the age of 30": the noun before "of". */
const AGE_NOUN = 'age';
/** "45 years old", "a 7-year-old": the time unit of an age. */
const AGE_UNITS: ReadonlySet<string> = new Set(['year', 'years']);
/** Punctuation that closes an age in apposition: "Joan Ferris, 67, said". */
const AGE_CLOSERS: ReadonlySet<string> = new Set([',', '.', ')', ';']);
/** Oldest age read from a bare number after a name. */
const MAX_AGE = 120;
/** "12 noon", "12 midnight": the only hour written before those words. */
const HOURS_AT_NOON = 12;
/** Values of the words "dozen", "hundred" and "half". */
const DOZEN = 12;
const HUNDRED = 100;
const HALF = 0.5;
/** "sixty-seven", "twenty-first": the unit after a tens word is 1..9. */
const MAX_UNIT_DIGIT = 9;
/** Largest denominator read from "1/4"; "24/7" and "9/11" are not fractions. */
const MAX_SLASH_DENOMINATOR = 10;
/** Precision kept in fraction values (1/3 → 0.333333), so JSON stays short. */
const FRACTION_DIGITS = 6;

/** Hyphens and dashes that join "10-20" or "2014–2017". */
const RANGE_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** Hyphens that join the parts of a compound ("2,000-strong", "Sixty-seven"). */
const HYPHENS: ReadonlySet<string> = new Set(['-', '‐', '‑']);
/** Apostrophes of the possessive "'s" before an ordinal ("harbour's second pier"). */
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
/** Words after a number that make it a percentage ("14 percent"); "per cent" and "%" are checked apart. */
const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'pct']);
/** "percentage points": kept with the number, kind percent. */
const PERCENT_POINT_WORDS: ReadonlySet<string> = new Set(['point', 'points']);
/** "5m" without a currency is five metres, not five million. */
const GLUED_METRE: ReadonlySet<string> = new Set(['m']);
/** "-06-22" after a year: an ISO date ("2025-06-22"). */
const ISO_DATE_TAIL_PATTERN = /^-\d{2}-\d{2}(?!\d)/;
const ISO_DATE_TAIL_LENGTH = 7;
/** After a number, a multiplier: "roughly three times the level" (seed script-inserted-article). */
const MULTIPLIER_WORD = 'times';
/** "The 777 program", "the 9 train": digits between this and a lone singular noun name a thing. */
const MODEL_DETERMINER = 'the';
/** The one multiple that is an adverb: a number only as "twice as many" or "twice the". */
const MULTIPLE_TWICE = 'twice';
/** Two digits after a year and a dash: "2014-17". */
const SHORT_YEAR_PATTERN = /^\d{2}$/;
/** Suffixes after digits that make a time of day ("10am", "10 pm"). */
const TIME_SUFFIXES: ReadonlySet<string> = new Set(['am', 'pm']);
/** "3000K": four digits before a capital K are kelvins (a light's colour), not thousands of thousands. */
const KELVIN_MIN = 1000;
/** Words after "18k" or "10k" that make the "k" a karat or a kilometre race, not a thousand. */
const K_AS_UNIT_BEFORE: ReadonlySet<string> = new Set([
  'gold',
  'white',
  'yellow',
  'rose',
  'solid',
  'run',
  'runs',
  'race',
  'races',
  'walk',
  'runner',
  'runners',
  'course',
]);
/** Hours on a clock: "10:30" is a time of day when the hour is at most 24 and the minutes two digits. */
const MAX_CLOCK_HOUR = 24;
const CLOCK_MINUTES_PATTERN = /^[0-5]\d$/;
/** The colon of a time: "10:30", "2:06:41". */
const COLONS: ReadonlySet<string> = new Set([':']);
/** Seconds after the minutes: "41" of "2:06:41", "00.0" of "18:45:00.0". */
const CLOCK_SECONDS_PATTERN = /^[0-5]\d(?:\.\d+)?$/;
/** Signs that make the digits after them a part of an address or a rank, not an amount: "?id=9917", "#3". */
const RANK_SIGN = '#';
const QUERY_SIGNS: ReadonlySet<string> = new Set(['?', '&']);
/** A phone number's local part: "123-4567" (three digits, a dash, four). Not a range. */
const PHONE_HEAD_PATTERN = /^\d{3}$/;
const PHONE_TAIL_PATTERN = /^\d{4}$/;
/** Slashes between two numbers that are no fraction: "1 / 23" (a gallery counter), "4 / 5" (a rating). */
const SLASHES: ReadonlySet<string> = new Set(['/']);
/** Joins after which a digit tail belongs to the number on its left: "787-9", "3-2", "1 / 23", "FY2020-22". */
const TAIL_JOINS: ReadonlySet<string> = new Set(['-', '–', '/']);
/** A head noun is in the Latin script: on an Arabic or Korean page a number keeps no word after it. */
const HEAD_WORD_PATTERN = /^\p{Script=Latin}+$/u;
/** Words that join two days of a month: "June 21 and 22", "Aug. 9 to 16". */
const DAY_JOINERS: ReadonlySet<string> = new Set(['and', 'to', 'through', 'until']);
/** Words that join the two ends of a range ("1,200 to 2,500 trawlers", "two or three days"). */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['to', 'or']);
/** A lower-case start and a capital later: a brand's camel case ("iPhone", "iOS", "eBay"). */
const CAMEL_CASE_PATTERN = /^\p{Ll}+\p{Lu}/u;
/** A version after a name: "Windows 8.1", "Web 2.0", the "Slate 8.3" (one or two decimals). */
const VERSION_PATTERN = /^\d{1,3}\.\d{1,2}$/;
/** Digits with a leading zero are a code, not an amount: "042", "0161" (a phone number's area code). */
const LEADING_ZERO_PATTERN = /^0\d+$/;
/** Plain integers in a row with only spaces between them, this many or more: a phone number ("0161 496 0732"). */
const MIN_DIGIT_GROUPS = 3;
/** Words between a verb of change and its amount: "rose by", "fell from", "jumped a sharp". */
const CHANGE_LINKS: ReadonlySet<string> = new Set(['by', 'from', 'a', 'an']);
/** Words looked at before an amount for a verb of change. */
const CHANGE_LOOKBACK = 3;
/** A hyphen and one capital letter right after digits, ending the word: "3-D". */
const LETTER_AFTER_HYPHEN = /^-\p{Lu}(?![\p{L}\p{N}])/u;
/** "version 4.2": the word before a version. */
/** Words in lower case whose number names a kind, a stage or a place in a series ("type 2 diabetes", "phase 3
 * trials", "a category 4 storm", "gate 12"): no amount. */
const LABEL_WORDS: ReadonlySet<string> = new Set(
  'type phase stage category level grade tier class size round game gate platform room seat lane route'.split(' '),
);
/** Nouns that make an ordinal word an adjective of kind: "third party", "first-hand", "second-rate". */
const ORDINAL_IDIOMS: ReadonlySet<string> = new Set(['party', 'parties', 'hand', 'rate', 'guess']);
/** Digits glued to an underscore or a slash, or followed by a web page's extension: part of an address. */
const ADDRESS_DIGITS = /^(?:[_/]\d+|\d+(?:[_/]|\.(?:html?|php|aspx?|jsp)\b))/u;
const ADDRESS_TAIL_LENGTH = 6;
/** A number alone in square brackets after a word, or of up to three digits in round ones after a word in lower case
 * closing a sentence: a reference mark ("10 (11)" in a table is a count and its share, "Berg (66)." a score,
 * "rents by town (2024)" a year). */
const REFERENCE_BRACKETS = /^\S\[\d+\]/u;
const REFERENCE_PARENS = /(?:^|\s)\p{Ll}[\p{L}'\u2019-]*\s\(\d{1,3}\)\.?$/u;
const REFERENCE_WORD_SPAN = 30;
const VERSION_WORD = 'version';
/** A whole number written as a version: "2.0", "3.0". */
const WHOLE_VERSION_PATTERN = /^\d{1,2}\.0$/;
/** Words after a version that start the clause or a list, no noun it counts: "3.0 is due", "2.0 and 3.0". */
const VERSION_FOLLOWERS: ReadonlySet<string> = new Set([
  'was',
  'is',
  'are',
  'were',
  'has',
  'had',
  'will',
  'and',
  'or',
  'which',
  'that',
]);
/** Verbs and words of degree an amount follows: "scored 2.0", "rose 3.0", "about 2.0". */
const VERB_BEFORE_AMOUNT =
  /^(?:\p{L}+ed|\p{L}+s|rose|fell|grew|about|around|nearly|almost|over|under|than|just|only|some|up|down|by|to|at|from|rated|scored|won|lost|hit|ran|paid|cost|was|is|are|were|be|been)$/u;
/** "light" of "light-years", a distance. */
const LIGHT_WORD = 'light';
/** Statistics written before their value, which is no version: "SD 0.8", "OR 1.5". */
const STATISTICS: ReadonlySet<string> = new Set(['sd', 'se', 'sem', 'ci', 'or', 'hr', 'rr', 'iqr']);
/** Before "second", the time unit rather than the ordinal when no noun follows ("every second", "for a second."). */
const SECOND_UNIT_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'every', 'each', 'per']);
/** A list's number opens a block: "1. The first reason", "2) Then". */
const LIST_MARKS: ReadonlySet<string> = new Set(['.', ')']);
/** Endings of verbs and adverbs ("killed", "seizing", "roughly"): a head noun does not run through them. */
const VERB_LIKE_ENDINGS = /(?:ed|ing|ly)$/;

type TokenType = 'num' | 'word' | 'sym';

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  type: TokenType;
}

/** A number as read from the tokens [from, to), before range, unit and head are decided. */
interface Quantity {
  from: number;
  to: number;
  value: number | null;
  kind: NumberKind;
  /** A bare four-digit integer in the year span. */
  yearLike: boolean;
  /** Written in words ("Eleven"), not digits. */
  words: boolean;
  /** "1.500": thousands if a counted noun follows. */
  ambiguousDot: boolean;
  /** "dozens", "hundreds": only a number with "of" after it. */
  needsOf: boolean;
  /** A lone "one": a number only with a unit, a qualifier or in a compound ("one day", "one-year"). */
  loneOne: boolean;
}

/** A number the scanner read, token offsets and value, before it becomes a NumberMention with its text. */
interface ScannedNumber {
  from: number;
  to: number;
  value: number | null;
  kind: NumberKind;
}

type Qualifier = readonly string[];

/** Qualifiers indexed by first word, longest first, so matching is one map lookup and a few comparisons. */
const QUALIFIERS_BY_FIRST_WORD: ReadonlyMap<string, readonly Qualifier[]> = (() => {
  const map = new Map<string, Qualifier[]>();
  for (const q of QUALIFIERS) {
    const first = q[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(q);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let m = TOKEN_PATTERN.exec(text); m !== null; m = TOKEN_PATTERN.exec(text)) {
    const t = m[0];
    const type: TokenType = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    tokens.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, type });
  }
  return tokens;
}

function roundFraction(x: number): number {
  return Number(x.toFixed(FRACTION_DIGITS));
}

function isCapitalized(t: Token): boolean {
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase();
}

/**
 * A word that can name a thing before its number: capitalized ("Apollo 11", "Windows 10") or written in a
 * brand's camel case ("iPhone 7", "iOS 10", "eBay").
 */
function isNameWord(t: Token): boolean {
  return isCapitalized(t) || CAMEL_CASE_PATTERN.test(t.text);
}

function isUpperCase(t: Token): boolean {
  return t.text === t.text.toUpperCase();
}

function isPlural(lower: string): boolean {
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (NON_PLURAL_S_WORDS.has(lower) || lower.length < MIN_PLURAL_LENGTH || !lower.endsWith('s')) return false;
  return !(lower.endsWith('ss') || lower.endsWith('us') || lower.endsWith('is'));
}

/** Words that start a number of their own: a head noun stops before them ("three of those four flights"). */
function startsNumber(lower: string): boolean {
  return (
    SMALL_NUMBER_WORDS.has(lower) ||
    TENS_WORDS.has(lower) ||
    SCALE_WORDS.has(lower) ||
    ORDINAL_WORDS.has(lower) ||
    VAGUE_PLURAL_SCALES.has(lower) ||
    lower === 'dozen' ||
    lower === 'half'
  );
}

/** The currency words that are also a unit of weight. */
const POUND_WORDS: ReadonlySet<string> = new Set(['pound', 'pounds']);
/** Pounds by the million are money ("a 40 million pound hall"): no one weighs in millions of pounds. */
const POUNDS_SCALE_MONEY = 1_000_000;
/** A pound sign or pence in the same text makes its pounds money. */
const POUNDS_MONEY_TEXT = /\u00a3|\bpence\b|\bsterling\b/i;
/** How many words before pounds may say they are money, and how far into a bracket after them to look. */
const POUNDS_WINDOW_WORDS = 8;
const POUNDS_WINDOW_CHARS = 40;
/** What ends a sentence: words before it say nothing of the amount after it. */
const SENTENCE_END_SYMBOLS: ReadonlySet<string> = new Set(['.', '!', '?', ';']);
/** Words of weighing before pounds ("weighed 95 pounds", "lost 8 pounds", "carried loads of 12 pounds"). */
const WEIGHT_WORDS: ReadonlySet<string> = new Set(
  (
    'weigh weighs weighed weighing weight weights heavy heavier lose loses lost losing gain gains gained gaining ' +
    'shed sheds shedding carry carries carried carrying load loads lift lifts lifted lifting haul hauls'
  ).split(' '),
);
/** Nouns after "pounds of" that are money ("millions of pounds of funding"). */
const MONEY_NOUNS: ReadonlySet<string> = new Set(
  'money funding investment investments cash savings spending debt debts revenue taxpayers public aid'.split(' '),
);
/** Words of buying, paying and prices before an amount in pounds ("sold for", "fined", "worth", "the highest bid"). */
const MONEY_VERBS_AND_NOUNS: ReadonlySet<string> = new Set(
  (
    'cost costs costing price prices priced fetch fetched fetches paid pay pays paying worth bid bids bidding ' +
    'fine fined fines salary salaries wage wages budget spend spent spending raise raised sum fee fees prize ' +
    'sold sell sells bought buy buys charge charged charges auction earn earns earned earning won win wins ' +
    'rent rents fund funds funding valued value loan loans debt owed owe owes tax taxes ticket tickets payout ' +
    'compensation damages bonus grant'
  ).split(' '),
);

/** A house's number: after "at", "of" or "on" ... */
const STREET_BEFORE = /(?:^|[^\p{L}])(?:at|of|on|from)\s+$/u;
/** ... before a street's name and its kind ("Elm St.", "N. Mill Road", "Harrow Place"). */
const STREET_AFTER =
  /^\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'\u2019-]*\.?\s+){1,3}(?:St|Street|Ave|Avenue|Road|Rd|Place|Pl|Blvd|Boulevard|Drive|Dr|Lane|Ln|Way|Court|Ct|Terrace|Parkway|Pkwy|Highway|Hwy)\b/u;
const STREET_SPAN = 40;

class Scanner {
  readonly tokens: Token[];

  constructor(
    readonly text: string,
    /** Capitalisation marks names ("Apollo 11", "737 Max jet"): English, not German nouns or a Portuguese "As". */
    readonly englishCase = true,
  ) {
    this.tokens = tokenize(text);
  }

  at(i: number): Token | undefined {
    return this.tokens[i];
  }

  word(i: number): string | undefined {
    const t = this.tokens[i];
    return t?.type === 'word' ? t.lower : undefined;
  }

  isSym(i: number, set: ReadonlySet<string>): boolean {
    const t = this.tokens[i];
    return t?.type === 'sym' && set.has(t.text);
  }

  /** Token i touches token i-1 (no space between). */
  touches(i: number): boolean {
    const t = this.tokens[i];
    const p = this.tokens[i - 1];
    return t !== undefined && p !== undefined && t.start === p.end;
  }

  /** Tokens i and i+1 form a hyphen join "X-Y" with no spaces: i is the hyphen. */
  hyphenJoin(i: number): boolean {
    return this.isSym(i, HYPHENS) && this.touches(i) && this.touches(i + 1) && this.at(i + 1)?.type === 'word';
  }

  /** Index after a word with its hyphenated parts ("anti-smuggling"), bounded. */
  endOfHyphenated(i: number): number {
    let e = i + 1;
    for (let h = 0; h < MAX_HYPHEN_PARTS && this.hyphenJoin(e); h++) e += 2;
    return e;
  }

  /** The qualifier at i ("a little over"), as the index after it, or i when there is none. */
  qualifierEnd(i: number): number {
    const first = this.word(i);
    if (first === undefined) return i;
    for (const q of QUALIFIERS_BY_FIRST_WORD.get(first) ?? []) {
      if (q.every((w, k) => this.word(i + k) === w)) return i + q.length;
    }
    return i;
  }

  // ---- numbers written in digits -------------------------------------------------------------------------

  /** "a.m." / "p.m." / "am" / "pm" at i, as the index after it, or -1 ("10 a.m." is a time, not a count). */
  clockSuffixEnd(i: number): number {
    const w = this.word(i);
    if (w !== undefined && TIME_SUFFIXES.has(w)) return i + 1;
    if ((w === 'a' || w === 'p') && this.at(i + 1)?.text === '.' && this.word(i + 2) === 'm' && this.touches(i + 1)) {
      return this.at(i + 3)?.text === '.' ? i + 4 : i + 3;
    }
    return -1;
  }

  /** Token i follows a capitalized word that is no function word, month or weekday: "John 3:16", "Psalm 23". */
  afterName(i: number): boolean {
    const before = this.at(i - 1);
    if (before?.type !== 'word' || !isCapitalized(before) || this.touches(i)) return false;
    return !NON_HEAD_WORDS.has(before.lower) && !MONTHS.has(before.lower) && !WEEKDAYS.has(before.lower);
  }

  /** Index after a time zone at i ("ET", "GMT"), or i when there is none. */
  timeZoneEnd(i: number): number {
    const t = this.at(i);
    return t?.type === 'word' && isUpperCase(t) && TIME_ZONES.has(t.lower) && !this.touches(i) ? i + 1 : i;
  }

  /** A time of day starts at i: "6 p.m.", "6:30", "6pm" (so "Aug. 9 to 6 p.m." is no range of days). */
  clockAt(i: number): boolean {
    const t = this.at(i);
    if (t?.type !== 'num') return false;
    if (this.clockSuffixEnd(i + 1) > 0) return true;
    const next = this.at(i + 1);
    if (next === undefined || !this.touches(i + 1)) return false;
    // ("on March 3: ..." ends a phrase with its colon; "6:30" goes on with the minutes)
    if (next.text === ':') return this.at(i + 2)?.type === 'num' && this.touches(i + 2);
    return TIME_SUFFIXES.has(next.lower);
  }

  /** Digits at i with what is glued to them ("8th", "1990s", "$9.5bn", "10am"), or null when not a number. */
  digitCore(i: number, money: boolean): Quantity | null {
    const t = this.at(i);
    if (t?.type !== 'num') return null;
    if (RUN_ON_PATTERN.test(this.text.slice(t.end, t.end + 2))) return null;
    const prev = this.at(i - 1);
    // "G20", "COVID19": part of a name. "F-16", "Covid-19": also, unless "mid-2025".
    if (prev !== undefined && this.touches(i)) {
      if (prev.type === 'word') return null;
      // "?id=9917", "&page=2", "@2x", "story/48213": part of an address ("n=120", "size=0.59" are amounts)
      if (prev.text === '@') return null;
      if (prev.text === '=' && QUERY_SIGNS.has(this.at(i - 3)?.text ?? '') && this.touches(i - 1)) return null;
      if (SLASHES.has(prev.text) && this.touches(i - 1) && this.at(i - 2)?.type === 'word') return null;
      if (this.isSym(i - 1, HYPHENS) && this.touches(i - 1) && this.at(i - 2)?.type === 'word') {
        if (!YEAR_HYPHEN_PREFIXES.has(this.at(i - 2)?.lower ?? '')) return null;
      }
    }
    // "most ferries run late.[3]", "an hour [12]": a note's number in square brackets, no amount
    if (prev?.text === '[' && this.at(i + 1)?.text === ']' && this.touches(i) && this.touches(i + 1)) return null;
    const dotThousands = DOT_THOUSANDS_PATTERN.test(t.text);
    const value = Number(dotThousands ? t.text.replaceAll('.', '') : t.text.replaceAll(',', ''));
    const plain = PLAIN_INTEGER_PATTERN.test(t.text);
    const q: Quantity = {
      from: i,
      to: i + 1,
      value,
      kind: 'count',
      yearLike: plain && t.text.length === YEAR_DIGITS && value >= YEAR_MIN && value <= YEAR_MAX,
      words: false,
      ambiguousDot: AMBIGUOUS_DOT_PATTERN.test(t.text),
      needsOf: false,
      loneOne: false,
    };
    const clock = this.clockSuffixEnd(i + 1);
    if (clock > 0) return { ...q, to: this.timeZoneEnd(clock), kind: 'time', value: null, yearLike: false };
    if (value === HOURS_AT_NOON && plain && NOON_WORDS.has(this.word(i + 1) ?? '')) {
      return { ...q, to: this.timeZoneEnd(i + 2), kind: 'time', value: null, yearLike: false }; // "12 noon"
    }
    const next = this.at(i + 1);
    const mixed = plain ? this.mixedFraction(i + 1) : null;
    if (mixed !== null) return { ...q, to: i + 4, value: value + mixed, yearLike: false }; // "2 1/2 years"
    if (next === undefined || !this.touches(i + 1)) return q;
    if (next.type === 'word') {
      if (ORDINAL_SUFFIXES.has(next.lower) && plain) return { ...q, to: i + 2, kind: 'ordinal', yearLike: false };
      if (next.lower === 's' && plain && value % DECADE === 0) {
        // "the 1990s", "the ’60s", "the 1950s and 60s": a decade of years
        const years = q.yearLike || this.decadeOfYears(i);
        return { ...q, to: i + 2, kind: years ? 'date' : 'other', yearLike: false };
      }
      // "18k gold" is a purity, "a 10k run" a distance, "3000K" a colour's temperature: no thousands
      const kelvin = next.text === 'K' && plain && value >= KELVIN_MIN;
      if (next.lower === 'k' && !money && (kelvin || K_AS_UNIT_BEFORE.has(this.word(i + 2) ?? ''))) {
        return { ...q, to: i + 2, kind: 'other', yearLike: false };
      }
      // "$5m" is five million, "a 5m wall" five metres
      const scale = next.lower === 'm' && !money ? undefined : SCALE_ABBREVIATIONS.get(next.lower);
      if (scale !== undefined) return { ...q, to: i + 2, value: value * scale, yearLike: false };
      if (TIME_SUFFIXES.has(next.lower)) {
        return { ...q, to: this.timeZoneEnd(i + 2), kind: 'time', value: null, yearLike: false }; // "10pm", "8.30pm"
      }
      if (MEASURE_UNITS.has(next.lower) || GLUED_METRE.has(next.lower)) {
        return { ...q, to: i + 2, kind: 'other', yearLike: false };
      }
      // "800석", "2027년", "3,000명": Korean, Chinese and Japanese write a counter (and a particle) against the
      // digits; the digits alone are the number
      if (!HEAD_WORD_PATTERN.test(next.text)) return q;
      return null; // "5G", "3D", "4x4"
    }
    const vulgar = VULGAR_FRACTIONS.get(next.text);
    if (vulgar !== undefined) return { ...q, to: i + 2, value: value + vulgar, yearLike: false }; // "1½"
    if (next.text === ':' && this.at(i + 2)?.type === 'num' && this.touches(i + 2)) {
      // "10:30 a.m. ET": a time of day; "John 3:16" or a "3:1 ratio" stay 'other'
      const minutes = this.at(i + 2)?.text ?? '';
      // ":41" of "2:06:41", the seconds
      const seconds = this.isSym(i + 3, COLONS) && this.touches(i + 3) && this.touches(i + 4);
      const end = seconds && CLOCK_SECONDS_PATTERN.test(this.at(i + 4)?.text ?? '') ? i + 5 : i + 3;
      if (
        plain &&
        value <= MAX_CLOCK_HOUR &&
        CLOCK_MINUTES_PATTERN.test(minutes) &&
        !(this.englishCase && this.afterName(i))
      ) {
        const suffix = this.clockSuffixEnd(end);
        const to = this.timeZoneEnd(suffix > 0 ? suffix : end);
        // "won in 2:06:41": hours, minutes and seconds with nothing to make them a time of day are a duration
        const elapsed = end > i + 3 && to === end && t.text.length === 1;
        return { ...q, to, kind: elapsed ? 'duration' : 'time', value: null, yearLike: false };
      }
      return { ...q, to: end, kind: 'other', value: null, yearLike: false };
    }
    if (next.text === '/' && this.at(i + 2)?.type === 'num' && this.touches(i + 2)) {
      // "1/4" is a fraction, "6/22/2025" a date; "24/7" and "9/11" are kept whole as 'other'
      if (
        this.at(i + 3)?.text === '/' &&
        this.at(i + 4)?.type === 'num' &&
        this.touches(i + 3) &&
        this.touches(i + 4)
      ) {
        return { ...q, to: i + 5, kind: 'date', value: null, yearLike: false };
      }
      const den = Number(this.at(i + 2)?.text);
      const fraction = plain && den > value && den <= MAX_SLASH_DENOMINATOR;
      return {
        ...q,
        to: i + 3,
        kind: fraction ? 'fraction' : 'other',
        value: fraction ? roundFraction(value / den) : null,
        yearLike: false,
      };
    }
    // "2025-06-22": an ISO date
    if (q.yearLike && ISO_DATE_TAIL_PATTERN.test(this.text.slice(t.end, t.end + ISO_DATE_TAIL_LENGTH))) {
      return { ...q, to: i + 5, kind: 'date' };
    }
    return q;
  }

  /** A proper fraction at i set off by a space from the whole number before it: "1/2" of "2 1/2", or null. */
  mixedFraction(i: number): number | null {
    const num = this.at(i);
    const den = this.at(i + 2);
    if (num?.type !== 'num' || den?.type !== 'num' || this.touches(i) || !this.isSym(i + 1, SLASHES)) return null;
    if (!this.touches(i + 1) || !this.touches(i + 2)) return null;
    const after = this.at(i + 3);
    if (after !== undefined && this.touches(i + 3) && (after.type !== 'sym' || SLASHES.has(after.text))) return null;
    if (!PLAIN_INTEGER_PATTERN.test(num.text) || !PLAIN_INTEGER_PATTERN.test(den.text)) return null;
    const n = Number(num.text);
    const d = Number(den.text);
    return n > 0 && n < d && d <= MAX_SLASH_DENOMINATOR ? roundFraction(n / d) : null;
  }

  // ---- numbers written in words --------------------------------------------------------------------------

  /** "Sixty-seven", "two hundred and fifty", "three thousand", "two dozen": [to, value], or null. */
  cardinalWords(i: number): [number, number] | null {
    let total = 0;
    let current = 0;
    let last: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' = 'none';
    let end = i;
    let k = i;
    while (k < i + MAX_NUMBER_WORD_TOKENS) {
      const w = this.word(k);
      if (w === undefined) break;
      const tens = TENS_WORDS.get(w);
      const small = SMALL_NUMBER_WORDS.get(w);
      const scale = SCALE_WORDS.get(w);
      const free = last === 'none' || last === 'hundred' || last === 'scale';
      if (tens !== undefined && free) {
        if (this.hyphenJoin(k + 1) && ORDINAL_WORDS.has(this.word(k + 2) ?? '')) break; // "twenty-first"
        current += tens;
        last = 'tens';
        k++;
        end = k;
        const unit = SMALL_NUMBER_WORDS.get(this.word(k + 1) ?? '');
        if (this.hyphenJoin(k) && unit !== undefined && unit >= 1 && unit <= MAX_UNIT_DIGIT) {
          current += unit;
          last = 'unit';
          k += 2;
          end = k;
        }
        continue;
      }
      if (small !== undefined && (free || (last === 'tens' && small >= 1 && small <= MAX_UNIT_DIGIT))) {
        current += small;
        last = 'unit';
        k++;
        end = k;
        continue;
      }
      if (w === 'dozen' && (last === 'unit' || last === 'tens')) {
        current *= DOZEN;
        last = 'scale';
        k++;
        end = k;
        continue;
      }
      if (scale !== undefined && (last === 'unit' || last === 'tens' || (last === 'hundred' && scale > HUNDRED))) {
        if (scale === HUNDRED) {
          current *= scale;
          last = 'hundred';
        } else {
          total += current * scale;
          current = 0;
          last = 'scale';
        }
        k++;
        end = k;
        continue;
      }
      const after = this.word(k + 1) ?? '';
      if (
        w === 'and' &&
        (last === 'hundred' || last === 'scale') &&
        (SMALL_NUMBER_WORDS.has(after) || TENS_WORDS.has(after))
      ) {
        k++;
        continue;
      }
      break;
    }
    return end === i ? null : [end, total + current];
  }

  /** Numbers and vague amounts written in words at i: "a dozen", "two-thirds", "hundreds of", "half". */
  wordCore(i: number, qualified: boolean): Quantity | null {
    const w = this.word(i);
    if (w === undefined) return null;
    const base: Quantity = {
      from: i,
      to: i + 1,
      value: null,
      kind: 'count',
      yearLike: false,
      words: true,
      ambiguousDot: false,
      needsOf: false,
      loneOne: false,
    };
    const w1 = this.word(i + 1);
    const w2 = this.word(i + 2);
    if (w === 'a' || w === 'an') {
      if (w1 === 'dozen') return { ...base, to: i + 2, value: DOZEN };
      const scale = SCALE_WORDS.get(w1 ?? '');
      if (scale !== undefined) return { ...base, to: i + 2, value: scale };
      if (w1 === 'few' && (w2 === 'dozen' || SCALE_WORDS.has(w2 ?? ''))) return { ...base, to: i + 3 };
      const den = FRACTION_DENOMINATORS.get(w1 ?? '');
      // "a half-hour" is the duration, read from "half"
      if (den !== undefined && w1 !== undefined && !isPlural(w1) && !this.hyphenJoin(i + 2)) {
        // "a third of last year's catch", "roughly a third", "cut by a quarter from September 1" — but "a
        // third term" is an ordinal: a fraction is followed by a function word, punctuation or nothing
        if (qualified || w2 === undefined || NON_HEAD_WORDS.has(w2)) {
          return { ...base, to: i + 2, value: roundFraction(1 / den), kind: 'fraction' };
        }
      }
      // "a year and a half", "an hour and a half": a duration in words
      if (
        w1 !== undefined &&
        TIME_UNITS.has(w1) &&
        !isPlural(w1) &&
        w2 === 'and' &&
        this.word(i + 3) === 'a' &&
        this.word(i + 4) === 'half'
      ) {
        return { ...base, to: i + 5, value: 1 + HALF, kind: 'duration' };
      }
      // "in more than a decade", "for a decade" (seed goldens); a bare "a year" is too common to count
      if (w1 !== undefined && TIME_UNITS.has(w1) && !isPlural(w1) && (qualified || LONG_TIME_UNITS.has(w1))) {
        return { ...base, value: 1 };
      }
      return null;
    }
    if (w === 'half') {
      if (w1 === 'a' && w2 === 'dozen') return { ...base, to: i + 3, value: DOZEN * HALF };
      const scale = SCALE_WORDS.get(w2 ?? '');
      if (w1 === 'a' && scale !== undefined) return { ...base, to: i + 3, value: scale * HALF };
      if ((w1 === 'a' || w1 === 'an') && TIME_UNITS.has(w2 ?? '')) return { ...base, to: i + 2, value: HALF }; // "half an hour"
      // "a half-hour", "a half hour"
      if (this.hyphenJoin(i + 1) && TIME_UNITS.has(w2 ?? ''))
        return { ...base, to: i + 3, value: HALF, kind: 'duration' };
      if (w1 !== undefined && TIME_UNITS.has(w1) && !isPlural(w1)) {
        return { ...base, to: i + 2, value: HALF, kind: 'duration' };
      }
      if (this.hyphenJoin(i + 1)) return null; // "half-brother"
      return { ...base, value: HALF, kind: 'fraction' };
    }
    if (w === 'several' && w1 !== undefined && TIME_UNITS.has(w1) && isPlural(w1)) return base; // "several weeks"
    if (VAGUE_SCALE_PREFIXES.has(w) && (w1 === 'dozen' || SCALE_WORDS.has(w1 ?? ''))) {
      return { ...base, to: i + 2 }; // "several hundred Jewish youngsters"
    }
    if (w === 'many' && VAGUE_PLURAL_SCALES.has(w1 ?? '') && w2 === 'of') return { ...base, to: i + 2, needsOf: true };
    if (VAGUE_PLURAL_SCALES.has(w)) {
      if (w1 !== 'of') return null;
      // "tens of thousands of", "hundreds of thousands of"
      if (VAGUE_PLURAL_SCALES.has(w2 ?? '') && this.word(i + 3) === 'of') return { ...base, to: i + 3, needsOf: true };
      return w === 'tens' ? null : { ...base, needsOf: true };
    }
    const cardinal = this.cardinalWords(i);
    if (cardinal === null) return null;
    const [to, value] = cardinal;
    // "two-thirds", "three quarters", "one third"
    const denIndex = this.hyphenJoin(to) ? to + 1 : to;
    const denWord = this.word(denIndex) ?? '';
    const den = FRACTION_DENOMINATORS.get(denWord);
    if (den !== undefined && value >= 1 && value < den && (value === 1) !== isPlural(denWord)) {
      if (value > 1 || denIndex > to || this.word(denIndex + 1) === 'of') {
        return { ...base, to: denIndex + 1, value: roundFraction(value / den), kind: 'fraction' };
      }
    }
    // "one in five Americans": a proportion
    if (this.word(to) === 'in') {
      const of = this.cardinalWords(to + 1);
      if (of !== null && of[1] > value && value > 0) {
        return { ...base, to: of[0], value: roundFraction(value / of[1]), kind: 'fraction' };
      }
    }
    const loneOne = to === i + 1 && value === 1;
    return { ...base, to, value, loneOne };
  }

  /**
   * A multiple at i: "doubled", "tripling", "triple the cost", "triple taillights", "twice as many", "twofold".
   * Kind 'other' with the factor as value, as the seed goldens have "three times".
   */
  multiple(i: number, qualified: boolean): Quantity | null {
    const t = this.at(i);
    if (t?.type !== 'word' || this.hyphenJoin(i + 1) || (this.touches(i) && this.at(i - 1)?.type !== 'sym'))
      return null;
    const w = t.lower;
    const nextWord = this.word(i + 1);
    const base: Quantity = {
      from: i,
      to: i + 1,
      value: null,
      kind: 'other',
      yearLike: false,
      words: true,
      ambiguousDot: false,
      needsOf: false,
      loneOne: false,
    };
    const verb = MULTIPLE_VERBS.get(w);
    if (verb !== undefined) return MULTIPLE_VERB_IDIOMS.has(nextWord ?? '') ? null : { ...base, value: verb };
    const factor = MULTIPLE_ADJECTIVES.get(w);
    if (factor !== undefined) {
      // "twice as many" keeps its comparison; "double as" is "serve as", so "as" counts only after "twice"
      const asMany = nextWord === 'as' && AS_MANY_WORDS.has(this.word(i + 2) ?? '');
      if (w === MULTIPLE_TWICE) {
        if (asMany) return { ...base, to: i + 3, value: factor };
        return qualified || (nextWord !== undefined && MULTIPLE_OBJECT_WORDS.has(nextWord))
          ? { ...base, value: factor }
          : null;
      }
      const next = this.at(i + 1);
      const clauseEnd = next === undefined || (next.type === 'sym' && !CURRENCY_SYMBOLS.has(next.text));
      const object = nextWord !== undefined && nextWord !== 'as' && MULTIPLE_OBJECT_WORDS.has(nextWord);
      const plural =
        next !== undefined &&
        nextWord !== undefined &&
        !isCapitalized(next) &&
        isPlural(nextWord) &&
        !MULTIPLE_ADJECTIVE_IDIOMS.has(nextWord);
      return qualified || clauseEnd || object || plural ? { ...base, value: factor } : null;
    }
    // "twofold", "tenfold", "hundredfold"
    if (w.length > FOLD_SUFFIX.length && w.endsWith(FOLD_SUFFIX)) {
      const stem = w.slice(0, -FOLD_SUFFIX.length);
      const value = SMALL_NUMBER_WORDS.get(stem) ?? TENS_WORDS.get(stem) ?? SCALE_WORDS.get(stem);
      if (value !== undefined) return { ...base, value };
    }
    return null;
  }

  /** "the second Vellmark official", "harbour's second pier", "the twenty-first": ordinal words need a determiner. */
  ordinalWord(i: number): Quantity | null {
    const w = this.word(i);
    if (w === undefined) return null;
    let value = ORDINAL_WORDS.get(w);
    let to = i + 1;
    const tens = TENS_WORDS.get(w);
    if (tens !== undefined && this.hyphenJoin(i + 1)) {
      const unit = ORDINAL_WORDS.get(this.word(i + 2) ?? '');
      if (unit !== undefined && unit <= MAX_UNIT_DIGIT) {
        value = tens + unit;
        to = i + 3;
      }
    }
    if (value === undefined) return null;
    // "a third-party vendor", "a third party": one outside a deal, no place in a series
    if (ORDINAL_IDIOMS.has(this.word(this.hyphenJoin(to) ? to + 1 : to) ?? '') && to === i + 1) return null;
    const prev = this.at(i - 1);
    const possessive = prev?.lower === 's' && this.isSym(i - 2, APOSTROPHES) && this.touches(i - 1);
    if (!possessive && !ORDINAL_DETERMINERS.has(prev?.lower ?? '')) return null;
    // "for a second." and "a page every second in the morning" are the time unit
    if (w === 'second' && SECOND_UNIT_BEFORE.has(prev?.lower ?? '')) {
      const next = this.word(to);
      const each = prev?.lower !== 'a' && prev?.lower !== 'an';
      if (next === undefined || (each && NON_HEAD_WORDS.has(next))) return null;
    }
    return {
      from: i,
      to,
      value,
      kind: 'ordinal',
      yearLike: false,
      words: true,
      ambiguousDot: false,
      needsOf: false,
      loneOne: false,
    };
  }

  // ---- a quantity with its currency, scale and percent ----------------------------------------------------

  quantity(i: number, qualified: boolean): Quantity | null {
    let j = i;
    let money = false;
    const t = this.at(j);
    if (t === undefined) return null;
    if (
      t.type === 'word' &&
      DOLLAR_PREFIXES.has(t.lower) &&
      isUpperCase(t) &&
      this.at(j + 1)?.text === '$' &&
      this.touches(j + 1)
    ) {
      money = true; // "US$5"
      j += 2;
    } else if (t.type === 'sym' && CURRENCY_SYMBOLS.has(t.text)) {
      money = true;
      j += 1;
    } else if (t.type === 'word' && CURRENCY_CODES.has(t.lower) && isUpperCase(t) && this.at(j + 1)?.type === 'num') {
      money = true; // "USD 10"
      j += 1;
    } else if (t.type === 'word' && t.lower === RUPEE_ABBREVIATION && isCapitalized(t)) {
      const dot = this.at(j + 1)?.text === '.' && this.touches(j + 1) ? 1 : 0;
      if (this.at(j + 1 + dot)?.type === 'num') {
        money = true; // "Rs 500", "Rs. 2.4 lakh"
        j += 1 + dot;
      }
    }
    const vulgar = VULGAR_FRACTIONS.get(this.at(j)?.text ?? '');
    if (vulgar !== undefined && !money && !this.touches(j)) {
      // "½ cup"
      return {
        from: i,
        to: j + 1,
        value: roundFraction(vulgar),
        kind: 'fraction',
        yearLike: false,
        words: false,
        ambiguousDot: false,
        needsOf: false,
        loneOne: false,
      };
    }
    const core =
      this.digitCore(j, money) ??
      (money ? null : (this.multiple(j, qualified) ?? this.ordinalWord(j) ?? this.wordCore(j, qualified)));
    if (core === null) return null;
    let q: Quantity = { ...core, from: i };
    if (money) q = { ...q, kind: 'money', yearLike: false };
    if (q.kind !== 'count' && q.kind !== 'money') return q;
    if (q.needsOf) return q;
    // "1.3 billion", "9.5 bn", "a $1.5-billion deal"
    const hyphened = this.hyphenJoin(q.to) && SCALE_WORDS.has(this.word(q.to + 1) ?? '') ? 1 : 0;
    const scaleWord = this.word(q.to + hyphened) ?? '';
    const scale = SCALE_WORDS.get(scaleWord) ?? (money ? SCALE_ABBREVIATIONS.get(scaleWord) : undefined);
    if (scale !== undefined && !q.words && q.value !== null) {
      q = { ...q, to: q.to + 1 + hyphened, value: q.value * scale, yearLike: false, ambiguousDot: false };
    } else if (money && q.ambiguousDot && q.value !== null && q.to === j + 1) {
      q = { ...q, value: Math.round(q.value * DOT_THOUSANDS_FACTOR), ambiguousDot: false }; // "€1.500"
    }
    // "and a half"
    if (
      this.word(q.to) === 'and' &&
      this.word(q.to + 1) === 'a' &&
      this.word(q.to + 2) === 'half' &&
      q.value !== null
    ) {
      q = { ...q, to: q.to + 3, value: q.value + HALF, yearLike: false, loneOne: false };
    }
    if (money) {
      return q;
    }
    // "82%", "14 percent", "14 per cent", "3 percentage points"
    const next = this.at(q.to);
    if (next?.text === '%') return { ...q, to: q.to + 1, kind: 'percent', yearLike: false, loneOne: false };
    const nw = this.word(q.to);
    let pctEnd = -1;
    if (nw !== undefined && PERCENT_WORDS.has(nw)) pctEnd = q.to + 1;
    // ("100-percent")
    else if (this.hyphenJoin(q.to) && PERCENT_WORDS.has(this.word(q.to + 1) ?? '')) pctEnd = q.to + 2;
    else if (nw === 'per' && this.word(q.to + 1) === 'cent') pctEnd = q.to + 2;
    else if (nw === 'percentage' && PERCENT_POINT_WORDS.has(this.word(q.to + 1) ?? '')) pctEnd = q.to + 2;
    // ("a 12-percentage-point lead")
    else if (
      this.hyphenJoin(q.to) &&
      this.word(q.to + 1) === 'percentage' &&
      this.hyphenJoin(q.to + 2) &&
      PERCENT_POINT_WORDS.has(this.word(q.to + 3) ?? '')
    )
      return { ...q, to: q.to + 4, kind: 'percent', yearLike: false, loneOne: false };
    if (pctEnd >= 0) {
      if (nw !== 'percentage' && this.word(pctEnd) === 'points') pctEnd++;
      return { ...q, to: pctEnd, kind: 'percent', yearLike: false, loneOne: false };
    }
    // "5 million euros", "ten dollars"
    if (nw !== undefined && CURRENCY_WORDS.has(nw) && !(nw === 'cents' && q.words)) {
      // ("a goat of 95 pounds", "5 pounds of flour": a weight, a unit of measure)
      if (POUND_WORDS.has(nw) && !this.poundsOfMoney(q)) return q;
      return { ...q, to: q.to + 1, kind: 'money', yearLike: false, loneOne: false };
    }
    // "1 in 5 adults", "one out of 20,000 voters": a proportion
    const denominatorAt = nw === 'in' ? q.to + 1 : nw === 'out' && this.word(q.to + 1) === 'of' ? q.to + 2 : -1;
    if (denominatorAt > 0 && !q.yearLike && q.value !== null && q.value > 0) {
      const den = this.quantity(denominatorAt, false);
      // (not "won 3 in 10 minutes": a time it took)
      const within = TIME_UNITS.has(this.word(den?.to ?? -1) ?? '');
      if (
        den?.kind === 'count' &&
        !den.yearLike &&
        !den.needsOf &&
        !within &&
        den.value !== null &&
        den.value > q.value
      ) {
        return { ...q, to: den.to, value: roundFraction(q.value / den.value), kind: 'fraction', loneOne: false };
      }
    }
    return q;
  }

  /** Whether "pounds" after a quantity are money, not weight: a scale ("6 million pounds"), a sum written in
   * another currency beside it ("90,000 pounds ($110,000)"), money's words before it ("was fined 500 pounds", "the
   * price rose to 70,000 pounds") or a pound sign or "pence" in the same text; never before "of" and a thing ("5
   * pounds of flour"). Weight is what pounds mostly count where nothing says money. */
  poundsOfMoney(q: Quantity): boolean {
    const after = q.to + 1;
    if (this.word(after) === 'of' && !MONEY_NOUNS.has(this.word(after + 1) ?? '')) return false;
    if (q.value !== null && q.value >= POUNDS_SCALE_MONEY) return true;
    const next = this.at(after);
    if (next?.text === '(') {
      const close = this.text.indexOf(')', next.end);
      const inside = this.text.slice(next.end, close < 0 ? next.end + POUNDS_WINDOW_CHARS : close);
      if (/[$\u20ac\u00a5]|\b(?:dollars?|euros?|yen)\b/i.test(inside)) return true;
    }
    for (let k = q.from - 1; k >= Math.max(0, q.from - POUNDS_WINDOW_WORDS); k--) {
      const t = this.at(k);
      if (t?.type === 'sym' && SENTENCE_END_SYMBOLS.has(t.text)) break;
      if (t?.type !== 'word') continue;
      if (WEIGHT_WORDS.has(t.lower)) return false;
      if (MONEY_VERBS_AND_NOUNS.has(t.lower)) return true;
    }
    return POUNDS_MONEY_TEXT.test(this.text);
  }

  // ---- dates ---------------------------------------------------------------------------------------------

  /** A day number token at i (1..31, optionally "21st"): the index after it, or -1. */
  dayEnd(i: number): number {
    const t = this.at(i);
    if (t?.type !== 'num' || !DAY_PATTERN.test(t.text)) return -1;
    const d = Number(t.text);
    if (d < DAY_MIN || d > DAY_MAX) return -1;
    if (this.touches(i + 1)) {
      const next = this.at(i + 1);
      if (next?.type === 'word' && ORDINAL_SUFFIXES.has(next.lower)) return i + 2;
      if (next?.type === 'word') return -1;
    }
    return i + 1;
  }

  /** A year token at i: the year, or -1. */
  yearAt(i: number): number {
    const t = this.at(i);
    if (t?.type !== 'num' || !YEAR_PATTERN.test(t.text)) return -1;
    const y = Number(t.text);
    return y >= YEAR_MIN && y <= YEAR_MAX ? y : -1;
  }

  /** Index after a capitalized month name at i (and the dot of "Dec."), or -1. */
  monthEnd(i: number): number {
    const t = this.at(i);
    if (t?.type !== 'word' || !isCapitalized(t) || !MONTHS.has(t.lower)) return -1;
    return this.at(i + 1)?.text === '.' && t.lower.length <= 4 && this.touches(i + 1) ? i + 2 : i + 1;
  }

  /**
   * After a day number at `day` (ending at `end`): the end of a range of days, or `end`. "June 21 and 22",
   * "March 3-5", "Aug. 9 to 16", "Aug. 30 to Sept. 2". The second day must come later and must not be a time of
   * day: "Aug. 9 to 6 p.m." and "May 5 to 3" are no ranges of days.
   */
  dayRangeEnd(day: number, end: number): number {
    const joiner = this.at(end);
    if (joiner === undefined || !(DAY_JOINERS.has(joiner.lower) || RANGE_DASHES.has(joiner.text))) return end;
    const month = this.monthEnd(end + 1);
    if (month >= 0) {
      const otherDay = this.dayEnd(month);
      return otherDay >= 0 && !this.clockAt(month) && joiner.lower !== 'and' ? otherDay : end;
    }
    const second = this.dayEnd(end + 1);
    if (second < 0 || this.yearAt(end + 1) >= 0 || this.clockAt(end + 1)) return end;
    return Number(this.at(end + 1)?.text) > Number(this.at(day)?.text) ? second : end;
  }

  /** "December 2", "January 18, 2025", "June 21 and 22", "May 2025", "2 December 2025". */
  date(i: number): ScannedNumber | null {
    const m = this.monthEnd(i);
    if (m >= 0) {
      const year = this.yearAt(m);
      if (year >= 0) return { from: i, to: m + 1, value: year, kind: 'date' };
      let to = this.dayEnd(m);
      if (to < 0 || this.clockAt(m)) return null;
      to = this.dayRangeEnd(m, to);
      if (this.at(to)?.text === ',' && this.yearAt(to + 1) >= 0) {
        return { from: i, to: to + 2, value: this.yearAt(to + 1), kind: 'date' };
      }
      return { from: i, to, value: null, kind: 'date' };
    }
    const d = this.dayEnd(i);
    if (d < 0) return null;
    let m2 = this.monthEnd(d);
    if (m2 < 0) {
      // "9-16 August", "9 to 16 August"
      const second = this.dayRangeEnd(i, d);
      m2 = second > d ? this.monthEnd(second) : -1;
    }
    if (m2 < 0) return null;
    const year = this.yearAt(m2);
    return year >= 0
      ? { from: i, to: m2 + 1, value: year, kind: 'date' }
      : { from: i, to: m2, value: null, kind: 'date' };
  }

  // ---- heads and units -----------------------------------------------------------------------------------

  /**
   * The counted noun after a number, as the index after it, or -1: up to HEAD_MAX_WORDS words ending at the
   * first plural ("two cancelled sailings", "five Chilean anti-smuggling officials"). Without a plural, the
   * lowercase words before the first function word, verb-like word or capitalized word ("47 total", "one bad
   * infection"). Stops at punctuation, function words and other numbers.
   */
  headEnd(i: number): number {
    let j = i;
    let firstEnd = -1;
    let fallback = -1;
    let open = true;
    for (let words = 0; words < HEAD_MAX_WORDS; words++) {
      const t = this.at(j);
      if (t?.type !== 'word' || NON_HEAD_WORDS.has(t.lower) || startsNumber(t.lower)) return fallback;
      if (!HEAD_WORD_PATTERN.test(t.text)) return fallback;
      if (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) return fallback;
      const e = this.endOfHyphenated(j);
      const lastWord = this.at(e - 1)?.lower ?? '';
      if (isPlural(lastWord)) return e;
      if (isCapitalized(t) || VERB_LIKE_ENDINGS.test(lastWord)) open = false;
      if (open) fallback = e;
      if (words === 0) firstEnd = fallback;
      j = e;
    }
    // a long run with no plural and no stop is not one noun phrase: keep only its first word
    return firstEnd;
  }

  /** A unit of measure or time right after a number: [end, kind], or null. */
  unitAt(i: number): [number, NumberKind] | null {
    const w = this.word(i);
    if (w === undefined) return null;
    if (TIME_UNITS.has(w)) return [i + 1, 'duration'];
    // "two full years", "six straight weeks": a span, whatever word stresses it.
    if (SPAN_STRESS.has(w) && TIME_UNITS.has(this.word(i + 1) ?? '')) return [i + 2, 'duration'];
    if (MEASURE_UNITS.has(w) || POUND_WORDS.has(w)) return [i + 1, 'other'];
    // "41 light-years away": a distance
    if (w === LIGHT_WORD) {
      if (this.hyphenJoin(i + 1) && AGE_UNITS.has(this.word(i + 2) ?? '')) return [i + 3, 'other'];
      if (AGE_UNITS.has(this.word(i + 1) ?? '')) return [i + 2, 'other'];
    }
    if (MEASURE_MODIFIERS.has(w) && MEASURE_UNITS.has(this.word(i + 1) ?? '')) return [i + 2, 'other'];
    return null;
  }

  // ---- a whole mention -----------------------------------------------------------------------------------

  /** The second end of a range after q ("to 3,000", "-20", "or three"): the quantity, or null. */
  rangeEnd(q: Quantity): Quantity | null {
    const joiner = this.at(q.to);
    if (joiner === undefined || q.value === null) return null;
    let next = -1;
    if (joiner.type === 'word' && RANGE_JOINERS.has(joiner.lower)) next = q.to + 1;
    else if (joiner.type === 'sym' && RANGE_DASHES.has(joiner.text) && !q.words) {
      // "10-20" glued, or "10 – 20" spaced; "2,000-strong" is a compound, not a range
      const glued = this.touches(q.to) && this.touches(q.to + 1);
      const spaced = !this.touches(q.to) && !this.touches(q.to + 1) && joiner.text !== '-';
      if (glued || spaced) next = q.to + 1;
    }
    if (next < 0) return null;
    const q2 = this.quantity(next, false);
    // ("six to 12 pieces": a word and digits joined by a word are a range too; a dash joins digits only)
    if (q2 === null || q2.value === null || (q2.words !== q.words && joiner.type !== 'word') || q2.needsOf) return null;
    if (q2.kind !== 'count' && q2.kind !== 'money' && q2.kind !== 'percent') return null;
    if (joiner.lower === 'or' && (q.yearLike || q2.yearLike)) return null;
    // "12 percent to $80 million": a change and a level, not a range
    if (q.kind !== q2.kind && q.kind !== 'count' && q2.kind !== 'count') return null;
    // a range goes up: "won 52% to 48%" and "fell from 10 to 5" are two numbers
    return q2.value > q.value ? q2 : null;
  }

  /**
   * "X to Y" after a verb of change is the change and the level it reached, two numbers ("fell $2.40 to $31.10",
   * "rose from 140 to 175"), unless X is approximate ("grew by as much as 4 to 5 percent") or takes its unit from
   * Y ("the vines grow 8 to 9 feet").
   */
  /** A year of the last century or this one, not a round hundred ("2031 brings", "the 2031 plans"; "2000 employees"
   * may be a count). */
  recentYear(q: Quantity): boolean {
    return q.yearLike && q.value !== null && RECENT_YEAR.test(String(q.value)) && q.value % ROUND_HUNDRED !== 0;
  }

  changeAndLevel(i: number, qualified: boolean, q: Quantity, q2: Quantity): boolean {
    if (qualified || this.word(q.to) !== 'to' || !this.afterChange(i)) return false;
    return q.kind !== 'count' || (q2.kind === 'count' && this.unitAt(q2.to) === null);
  }

  /** A verb or adverb of change ends before token i, maybe with "by", "from" or an adverb between: "rose by". */
  afterChange(i: number): boolean {
    for (let k = i - 1; k >= i - CHANGE_LOOKBACK; k--) {
      const w = this.word(k);
      if (w === undefined) return false;
      if (CHANGE_WORDS.has(w)) return true;
      if (!CHANGE_LINKS.has(w) && !w.endsWith('ly')) return false;
    }
    return false;
  }

  /** "52 to 41 percent": a bare number no greater than a whole, then "to" and a percentage (a smaller one: a greater
   * one makes a range). */
  sharesPercentAfter(q: Quantity): boolean {
    if (q.value === null || q.value > WHOLE_PERCENT || this.word(q.to) !== 'to') return false;
    return this.quantity(q.to + 1, false)?.kind === 'percent';
  }

  /** "between 10 and 20", "between 2011 and 2016": the mention, or null. */
  between(i: number): ScannedNumber | null {
    const q1 = this.quantity(i + 1, false);
    if (q1 === null || q1.value === null || this.word(q1.to) !== 'and') return null;
    const q2 = this.quantity(q1.to + 1, false);
    if (q2 === null || q2.value === null) return null;
    if (q1.kind === 'ordinal' || q2.kind === 'ordinal' || q1.kind === 'fraction') return null;
    if (q1.yearLike && q2.yearLike) return { from: i, to: q2.to, value: q1.value, kind: 'date' };
    if (this.ageCueBefore(i)) return { from: i, to: q2.to, value: q1.value, kind: 'age' }; // "aged between 18 and 24"
    const unit = this.unitAt(q2.to);
    const head = unit === null ? this.headEnd(q2.to) : -1;
    const to = unit !== null ? unit[0] : head >= 0 ? head : q2.to;
    return { from: i, to, value: q1.value, kind: 'range' };
  }

  /**
   * A number that is part of a name: a capitalized number word after a capitalized word ("Fox Five", "Formula
   * One") or before one inside a sentence ("in Nine Wells"), or bare digits after a capitalized word that is not a
   * function word ("Apollo 11", "Resolution 2254", "Windows 10"). Months and weekdays do not make names ("Ukraine
   * January 12, 2024" is a date).
   */
  partOfName(q: Quantity): boolean {
    const before = this.at(q.from - 1);
    const own = this.at(q.from);
    if (before?.type !== 'word' || own === undefined || this.touches(q.from)) return false;
    // "the firmware 3.0 is due", "Web 2.0": a whole number written with ".0" right after a noun, with no noun
    // of its own after it, is a version
    const after = this.at(q.to);
    if (
      q.kind === 'count' &&
      q.to === q.from + 1 &&
      WHOLE_VERSION_PATTERN.test(own.text) &&
      /^\p{L}{3,}$/u.test(before.text) &&
      !NON_HEAD_WORDS.has(before.lower) &&
      !VERB_BEFORE_AMOUNT.test(before.lower) &&
      (after === undefined || /^[.,;:!?)]$/.test(after.text) || VERSION_FOLLOWERS.has(after.lower))
    )
      return true;
    // "version 4.2": a version after the word itself; "type 2", "phase 3", "category 4": a label's number
    if ((before.lower === VERSION_WORD || (LABEL_WORDS.has(before.lower) && q.to === q.from + 1)) && !q.words)
      return PLAIN_INTEGER_PATTERN.test(own.text) || VERSION_PATTERN.test(own.text);
    // "in Nine Wells", "the Seven Oaks estate": a number word in capitals inside a sentence (after a word in
    // lower case), before a capitalized word, starts a name
    if (q.words && isCapitalized(own) && before.text === before.lower && /^\p{L}/u.test(before.text)) {
      const next = this.at(q.to);
      if (
        next?.type === 'word' &&
        isCapitalized(next) &&
        !MONTHS.has(next.lower) &&
        !WEEKDAYS.has(next.lower) &&
        !startsNumber(next.lower)
      )
        return true;
    }
    if (!isNameWord(before)) return false;
    if (MONTHS.has(before.lower) || WEEKDAYS.has(before.lower)) return false;
    if (q.words) return isCapitalized(own);
    // "In 2019", "Since 2014": a capitalized function word starts a sentence, not a name
    if (NON_HEAD_WORDS.has(before.lower)) return false;
    // "Add 1 cup of flour", "Buy 10 pounds of rice": a verb opens the sentence before an amount in a unit
    if (this.opensSentence(q.from - 1) && this.unitAt(q.to) !== null) return false;
    if (PLAIN_INTEGER_PATTERN.test(own.text)) {
      // "Kepra 2041b": a small letter against the digits names a planet or a part, not a billion ("640K users" counts)
      const letter = this.at(q.from + 1);
      const lettered = letter?.type === 'word' && letter.text.length === 1 && letter.text === letter.lower;
      return q.to === q.from + 1 || (q.to === q.from + 2 && lettered && this.touches(q.from + 1));
    }
    // "Windows 8.1", "Quillix 3.2": a version, unless a unit makes it a size ("the Slate 10.5-inch") or the word
    // before is a statistic ("SD 0.8")
    return (
      q.to === q.from + 1 &&
      VERSION_PATTERN.test(own.text) &&
      !STATISTICS.has(before.lower) &&
      !this.hyphenJoin(q.to) &&
      this.unitAt(q.to) === null
    );
  }

  /** Token i opens the text or a sentence. */
  opensSentence(i: number): boolean {
    const previous = this.at(i - 1);
    return i === 0 || (previous?.type === 'sym' && SENTENCE_END_SYMBOLS.has(previous.text));
  }

  /**
   * Digits that are a code, not an amount: a leading zero ("042", "0161"), or one of three or more groups of
   * plain digits with only spaces between them (a phone number, "0161 496 0732").
   */
  isCode(q: Quantity): boolean {
    const own = this.at(q.from);
    if (q.words || q.to !== q.from + 1 || own === undefined || !PLAIN_INTEGER_PATTERN.test(own.text)) return false;
    if (LEADING_ZERO_PATTERN.test(own.text)) return true;
    // "3-D", "4-H": digits joined to one capital letter name a format or a club
    if (LETTER_AFTER_HYPHEN.test(this.text.slice(own.end, own.end + 3))) return true;
    // "story_n_48213.html", "/2019/04/": digits inside a web address or a file's name
    const around = this.text.slice(Math.max(0, own.start - 1), own.end + ADDRESS_TAIL_LENGTH);
    if (ADDRESS_DIGITS.test(around)) return true;
    // "of 418 Elm St.", "at 77 Harrow Place": a house's number before its street's name
    if (
      STREET_BEFORE.test(this.text.slice(Math.max(0, own.start - STREET_SPAN), own.start)) &&
      STREET_AFTER.test(this.text.slice(own.end, own.end + STREET_SPAN))
    )
      return true;
    // "tied to poor sleep (5).", "as reported [12]": a reference to a source listed below the text
    const marked = this.text.slice(Math.max(0, own.start - 2), own.end + 2);
    const word = this.text.slice(Math.max(0, own.start - REFERENCE_WORD_SPAN), own.end + 2);
    if (own.start > 2 && (REFERENCE_BRACKETS.test(marked) || REFERENCE_PARENS.test(word))) return true;
    // token k is plain digits set off by a space from plain digits before it
    const digits = (k: number): boolean => {
      const t = this.at(k);
      // not the hour of "8:16" or the first of "8-16"
      const joined = this.touches(k + 1) && this.at(k + 1)?.type === 'sym' && this.at(k + 2)?.type === 'num';
      return t?.type === 'num' && PLAIN_INTEGER_PATTERN.test(t.text) && !joined;
    };
    const follows = (k: number): boolean => digits(k) && digits(k - 1) && !this.touches(k);
    let first = q.from;
    while (first > q.from - MIN_DIGIT_GROUPS && follows(first)) first--;
    let last = q.from;
    while (last < first + MIN_DIGIT_GROUPS - 1 && follows(last + 1)) last++;
    return last - first + 1 >= MIN_DIGIT_GROUPS;
  }

  /** Digits that number a list at the start of a block: "1. The first reason", "2) Then". */
  isListMark(q: Quantity): boolean {
    const own = this.at(q.from);
    const mark = this.at(q.from + 1);
    if (q.from !== 0 || q.words || q.to !== q.from + 1 || own === undefined || mark === undefined) return false;
    return (
      PLAIN_INTEGER_PATTERN.test(own.text) &&
      mark.type === 'sym' &&
      LIST_MARKS.has(mark.text) &&
      this.touches(q.from + 1) &&
      this.at(q.from + 2) !== undefined &&
      !this.touches(q.from + 2)
    );
  }

  /**
   * An age without a head noun: "aged 65", or set off by commas after a name ("Joan Ferris, 67, said"). The
   * seed goldens give ages kind 'other'.
   */
  isAge(q: Quantity, qEnd: number): boolean {
    const own = this.at(q.from);
    if (q.words || q.to !== q.from + 1 || own === undefined || !PLAIN_INTEGER_PATTERN.test(own.text)) return false;
    if (q.value === null || q.value > MAX_AGE) return false;
    if (this.ageCueBefore(qEnd)) return true;
    const before = this.at(q.from - 1);
    const after = this.at(q.to);
    if (before?.text !== ',' || (after !== undefined && !AGE_CLOSERS.has(after.text))) return false;
    // the name before the comma: "Joan Ferris, 67,", or with its suffix "Patrick Smith Jr., 55,"
    let name = this.at(q.from - 2);
    if (name?.text === '.' && NAME_SUFFIXES.has(this.word(q.from - 3) ?? '') && this.touches(q.from - 2)) {
      name = this.at(q.from - 3);
    }
    return name?.type === 'word' && isCapitalized(name);
  }

  /** An age cue ends right before token i: "aged", "ages", "at age", "at the age of". */
  ageCueBefore(i: number): boolean {
    const before = this.word(i - 1);
    if (before !== undefined && AGE_CUES.has(before)) return true;
    return before === 'of' && this.word(i - 2) === AGE_NOUN;
  }

  /** A decade in two digits at token i is one of years: an apostrophe stands for its century ("the ’60s"), or one
   * written in full comes right before ("the 1950s and 60s"); "in the low 70s" may be degrees. */
  decadeOfYears(i: number): boolean {
    if (this.isSym(i - 1, APOSTROPHES) && this.touches(i)) return true;
    return (
      DECADE_JOINERS.has(this.word(i - 1) ?? '') &&
      this.word(i - 2) === 's' &&
      RECENT_YEAR.test(this.at(i - 3)?.text ?? '')
    );
  }

  /** A decade at qEnd is an age after a possessive: "in his 40s", "in her late 30s", "their mid-20s". */
  decadeAge(qEnd: number): boolean {
    if (this.word(qEnd + 1) !== 's' || !this.touches(qEnd + 1)) return false;
    let k = qEnd - 1;
    if (this.isSym(k, HYPHENS) && this.touches(k + 1)) k--;
    if (AGE_DECADE_MODIFIERS.has(this.word(k) ?? '')) k--;
    return AGE_DECADE_POSSESSIVES.has(this.word(k) ?? '');
  }

  /** Token i is the tail of a pair the scan did not take as a range: "787-9", "won 3-2", "1 / 23", "FY2020-22". */
  isTail(i: number): boolean {
    if (this.recordAt(i - 4)) return true;
    const t = this.at(i);
    const join = this.at(i - 1);
    if (t?.type !== 'num' || join?.type !== 'sym' || !TAIL_JOINS.has(join.text) || this.at(i - 2)?.type !== 'num') {
      return false;
    }
    return join.text === '/' || (this.touches(i) && this.touches(i - 1));
  }

  /** Token i opens a shooting or a voting record, "11-for-17", "4-of-6": like a score, no count. */
  recordAt(i: number): boolean {
    return (
      this.at(i)?.type === 'num' &&
      RECORD_JOINS.has(this.word(i + 2) ?? '') &&
      this.hyphenJoin(i + 1) &&
      this.isSym(i + 3, HYPHENS) &&
      this.touches(i + 3) &&
      this.touches(i + 4) &&
      this.at(i + 4)?.type === 'num'
    );
  }

  /**
   * A dashed pair of integers that is no range: descending ("won 3-2", "the 787-9 jet"), a phone number
   * ("555-123-4567", "123-4567") or a score before its noun ("a 2-3 loss"). A gallery counter or rating with a
   * slash ("1 / 23") is none either.
   */
  notARange(q: Quantity): boolean {
    const own = this.at(q.from);
    const second = this.at(q.to + 1);
    if (q.words || q.to !== q.from + 1 || own === undefined || !PLAIN_INTEGER_PATTERN.test(own.text)) return false;
    if (second?.type !== 'num' || !PLAIN_INTEGER_PATTERN.test(second.text)) return false;
    if (this.isSym(q.to, SLASHES)) return true;
    // "(555) 123-4567": an area code
    if (this.at(q.from - 1)?.text === '(' && this.at(q.to)?.text === ')' && PHONE_HEAD_PATTERN.test(own.text)) {
      return PHONE_HEAD_PATTERN.test(second.text) && this.isSym(q.to + 2, RANGE_DASHES);
    }
    if (!this.isSym(q.to, RANGE_DASHES) || !this.touches(q.to) || !this.touches(q.to + 1)) return false;
    if (Number(second.text) <= Number(own.text)) return true;
    // "a 1-2-3 ninth": three numbers in a row are a sequence, not a range
    if (this.isSym(q.to + 2, RANGE_DASHES) && this.at(q.to + 3)?.type === 'num' && this.touches(q.to + 2)) return true;
    if (PHONE_HEAD_PATTERN.test(own.text) && PHONE_TAIL_PATTERN.test(second.text)) return true;
    return SCORE_NOUNS.has(this.word(q.to + 2) ?? '');
  }

  /**
   * Digits that name a model, not a count: after another number ("400 737 Max jets", "five 787 Dreamliner
   * sales"), before a capitalized name and a singular noun ("the 737 Max jet"), or between "the" and a lone
   * singular noun ("The 777 program has", "the 9 train"). "30 Boeing jets" and "the 50 largest firms" count.
   */
  modelName(q: Quantity): boolean {
    const own = this.at(q.from);
    const next = this.at(q.to);
    if (q.words || q.yearLike || q.to !== q.from + 1 || own === undefined || !PLAIN_INTEGER_PATTERN.test(own.text)) {
      return false;
    }
    if (this.word(q.from - 1) === MODEL_DETERMINER && next?.type === 'word' && !isCapitalized(next)) {
      // the noun ends its phrase ("The 777 program has", "the 9 train."): in "the 50 largest firms" and "the 180
      // page book" the word is a modifier of the noun after it, and the number counts
      const after = this.word(q.to + 1);
      const phraseEnd = after === undefined || NON_HEAD_WORDS.has(after) || VERB_LIKE_ENDINGS.test(after);
      return q.value !== null && q.value > 1 && this.singularNoun(q.to) && phraseEnd;
    }
    if (next?.type !== 'word' || !isCapitalized(next) || MONTHS.has(next.lower) || WEEKDAYS.has(next.lower)) {
      return false;
    }
    const prev = this.at(q.from - 1);
    const afterNumber =
      prev !== undefined &&
      !this.touches(q.from) &&
      (prev.type === 'num' || SMALL_NUMBER_WORDS.has(prev.lower) || TENS_WORDS.has(prev.lower));
    if (afterNumber) return true;
    return q.value !== null && q.value > 1 && this.singularNoun(q.to + 1);
  }

  /** A range with a unit follows: "Drink 20–30 minutes" is a quantity after a verb, not a name. */
  rangeWithUnit(q: Quantity): boolean {
    const q2 = this.rangeEnd(q);
    return q2 !== null && this.unitAt(q2.to) !== null;
  }

  /** A lowercase singular noun at i that is no unit, function word or verb: "jet", "program". */
  singularNoun(i: number): boolean {
    const noun = this.at(i);
    if (noun?.type !== 'word' || isCapitalized(noun) || isPlural(noun.lower)) return false;
    const w = noun.lower;
    return (
      !NON_HEAD_WORDS.has(w) &&
      !VERB_LIKE_ENDINGS.test(w) &&
      !startsNumber(w) &&
      !TIME_UNITS.has(w) &&
      !MEASURE_UNITS.has(w) &&
      !MEASURE_MODIFIERS.has(w) &&
      !PERCENT_WORDS.has(w) &&
      !CURRENCY_WORDS.has(w) &&
      !SCALE_ABBREVIATIONS.has(w) &&
      !NOON_WORDS.has(w) &&
      !TIME_SUFFIXES.has(w) &&
      w !== 'per' &&
      w !== 'percentage' &&
      w !== MULTIPLIER_WORD
    );
  }

  /** "No. 2", "the No. 3 official", "#3": a rank. */
  numero(i: number): ScannedNumber | null {
    if (this.at(i)?.text === RANK_SIGN) {
      const n = this.at(i + 1);
      if (n?.type !== 'num' || !this.touches(i + 1) || !PLAIN_INTEGER_PATTERN.test(n.text)) return null;
      return this.touches(i + 2) && this.at(i + 2)?.type !== 'sym'
        ? null
        : { from: i, to: i + 2, value: Number(n.text), kind: 'ordinal' };
    }
    if (this.word(i) !== 'no' || this.at(i + 1)?.text !== '.' || !this.touches(i + 1)) return null;
    const t = this.at(i + 2);
    if (t?.type !== 'num' || this.touches(i + 2) || !PLAIN_INTEGER_PATTERN.test(t.text)) return null;
    return { from: i, to: i + 3, value: Number(t.text), kind: 'ordinal' };
  }

  /** The mention starting at token i, or null. */
  mention(i: number): ScannedNumber | null {
    if (this.isTail(i)) return null;
    const qEnd = this.qualifierEnd(i);
    const qualified = qEnd > i;
    if (this.word(qEnd) === 'between') {
      const range = this.between(qEnd);
      if (range !== null) return { ...range, from: i };
    }
    const q = this.quantity(qEnd, qualified);
    if (q === null) return null;
    if (q.kind === 'ordinal' || q.kind === 'date') return { from: q.from, to: q.to, value: q.value, kind: q.kind };
    if (q.kind === 'other' && this.decadeAge(qEnd)) return { from: i, to: q.to, value: q.value, kind: 'age' };
    if (q.kind === 'fraction' || q.kind === 'other' || q.kind === 'time' || q.kind === 'duration') {
      return { from: i, to: q.to, value: q.value, kind: q.kind };
    }

    if (
      !qualified &&
      this.englishCase &&
      (this.partOfName(q) || this.modelName(q)) &&
      !this.rangeWithUnit(q) &&
      !this.sharesPercentAfter(q)
    ) {
      return null;
    }
    if (!qualified && (this.isCode(q) || this.isListMark(q))) return null;

    // "2014-17": a span of years
    const shortYear = this.at(q.to + 1);
    if (q.yearLike && this.isSym(q.to, RANGE_DASHES) && this.touches(q.to) && this.touches(q.to + 1)) {
      if (shortYear?.type === 'num' && SHORT_YEAR_PATTERN.test(shortYear.text)) {
        return { from: qEnd, to: q.to + 2, value: q.value, kind: 'date' };
      }
    }

    if (this.notARange(q)) return null;

    if (q.needsOf) {
      // "hundreds of drones"; without a head after "of" the vague amount is not worth a mention
      const head = this.headEnd(q.to + 1);
      // ("tens of millions of dollars": a vague amount of a currency is money)
      const money = head === q.to + 2 && CURRENCY_WORDS.has(this.word(q.to + 1) ?? '');
      return head < 0 ? null : { from: i, to: head, value: null, kind: money ? 'money' : 'count' };
    }

    const ranged = q.kind === 'count' || q.kind === 'money' || q.kind === 'percent' ? this.rangeEnd(q) : null;
    const q2 = ranged !== null && this.changeAndLevel(i, qualified, q, ranged) ? null : ranged;
    if (q2 !== null) {
      if (q.yearLike && q2.yearLike) return { from: i, to: q2.to, value: q.value, kind: 'date' };
      // "from $17 billion in 2029 to $21.4 billion": a year before an amount of another kind ends a phrase of time
      if (!qualified && this.recentYear(q) && (q2.kind !== 'count' || (q2.value ?? 0) >= SCALED_AMOUNT))
        return { from: qEnd, to: q.to, value: q.value, kind: 'date' };
      if (this.ageCueBefore(i)) return { from: i, to: q2.to, value: q.value, kind: 'age' }; // "ages 18 to 24"
      const unit = q2.kind === 'count' ? this.unitAt(q2.to) : null;
      const head = q2.kind === 'count' && unit === null ? this.headEnd(q2.to) : -1;
      const to = unit !== null ? unit[0] : head >= 0 ? head : q2.to;
      return { from: i, to, value: q.value, kind: 'range' };
    }

    if (q.kind !== 'count') return { from: i, to: q.to, value: q.value, kind: q.kind };
    // "led 52 to 41 percent", "fell from 12 to 10 percent": a share set against a smaller one takes its unit
    if (this.sharesPercentAfter(q)) return { from: i, to: q.to, value: q.value, kind: 'percent' };

    // A lone "one" is a number only with a unit, a qualifier or in a compound ("one day", "at least one
    // production line", "one-year"); "One resident said" and "one of the" are not (seed goldens).
    const pronounOne = q.loneOne && !qualified;

    // "three times the level", "three times as many": a multiplier
    if (this.word(q.to) === MULTIPLIER_WORD) {
      const asMany = this.word(q.to + 1) === 'as' && AS_MANY_WORDS.has(this.word(q.to + 2) ?? '');
      return { from: i, to: q.to + (asMany ? 3 : 1), value: q.value, kind: 'other' };
    }

    if (this.recordAt(q.from) && q.to === q.from + 1) return null;
    // "2,000-strong", "15-member", "three-year-old"
    if (this.hyphenJoin(q.to) && !startsNumber(this.word(q.to + 1) ?? '')) {
      const first = this.word(q.to + 1) ?? '';
      if (q.loneOne && !TIME_UNITS.has(first)) return null; // "one-sided", "one-off"
      let to = q.to + 2;
      for (let h = 1; h < MAX_HYPHEN_PARTS && this.hyphenJoin(to); h++) to += 2;
      // "58-year-old plant" is an age, "a 25-year partnership" a duration, "a 10-fold rise" a multiple
      // ("as 10-year-olds": the plural is an age too)
      const last = this.word(to - 1);
      const age = (last === AGE_WORD || last === AGE_WORDS) && to > q.to + 2;
      const kind: NumberKind = age
        ? 'age'
        : MEASURE_UNITS.has(first) || first === FOLD_SUFFIX
          ? 'other'
          : TIME_UNITS.has(first)
            ? 'duration'
            : 'count';
      return { from: i, to, value: q.value, kind };
    }

    if (pronounOne && ONE_NOT_AFTER.has(this.at(qEnd - 1)?.lower ?? '')) return null; // "the one day I"
    const unit = this.unitAt(q.to);
    // "45 years old": an age; so is "a 19 year-old nurse", its hyphen misplaced
    if (unit !== null && AGE_UNITS.has(this.word(q.to) ?? '') && this.word(unit[0]) === AGE_WORD) {
      return { from: i, to: unit[0] + 1, value: q.value, kind: 'age' };
    }
    if (
      unit !== null &&
      AGE_UNITS.has(this.word(q.to) ?? '') &&
      this.hyphenJoin(unit[0]) &&
      this.word(unit[0] + 1) === AGE_WORD
    )
      return { from: i, to: unit[0] + 2, value: q.value, kind: 'age' };
    if (unit !== null && !(q.yearLike && !qualified)) return { from: i, to: unit[0], value: q.value, kind: unit[1] };

    const head = this.headEnd(q.to);
    const plural = head >= 0 && isPlural(this.at(head - 1)?.lower ?? '');
    // ("the 1998 elections": a year names events that no one counts in thousands)
    // ("for the 2031 and 2032 permits": a year joined to a year before it)
    const afterYear =
      YEAR_JOINERS.has(this.word(qEnd - 1) ?? '') &&
      RECENT_YEAR.test(this.at(qEnd - 2)?.text ?? '') &&
      !AMOUNT_BEFORE.has(this.word(qEnd - 3) ?? '');
    const yearsEvents = plural && (afterYear || YEAR_EVENT_PLURALS.has(this.at(head - 1)?.lower ?? ''));
    if (q.yearLike && (!plural || yearsEvents || (!qualified && this.recentYear(q))))
      return { from: qEnd, to: q.to, value: q.value, kind: 'date' };
    if (pronounOne) return null;
    if (head < 0 && this.isAge(q, qEnd)) return { from: i, to: q.to, value: q.value, kind: 'age' };
    const value = q.ambiguousDot && plural && q.value !== null ? Math.round(q.value * DOT_THOUSANDS_FACTOR) : q.value;
    return { from: i, to: head >= 0 ? head : q.to, value, kind: 'count' };
  }
}

export interface FindOptions {
  /**
   * The text follows English capitalisation, so a capitalized word next to digits makes them part of a name
   * ("Apollo 11", "the 737 Max jet"). Off for other languages (German capitalizes every noun: "100 Seminaren").
   */
  englishCase?: boolean;
}

/**
 * Arabic-Indic and Persian digits ("٩٥"), the Arabic decimal and thousands separators and percent sign ("٣٫٥",
 * "١٬٥٠٠", "٩٥٪"): each one character, read as the Western one it stands for, so that offsets stay the text's.
 */
const EASTERN_NUMERALS = /[\u0660-\u066C\u06F0-\u06F9]/g;
const EASTERN_SIGNS: Readonly<Record<string, string>> = { '\u066A': '%', '\u066B': '.', '\u066C': ',' };

function westernNumerals(text: string): string {
  return text.replace(EASTERN_NUMERALS, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0x06f0) return String(code - 0x06f0);
    return code <= 0x0669 ? String(code - 0x0660) : (EASTERN_SIGNS[c] ?? c);
  });
}

/** Every number in `text`, in text order, without overlaps. Pure and linear in the length of `text`. */
export function findNumbers(text: string, options: FindOptions = {}): FoundNumber[] {
  const s = new Scanner(westernNumerals(text), options.englishCase ?? true);
  const found: FoundNumber[] = [];
  const n = s.tokens.length;
  for (let i = 0; i < n; ) {
    const m = s.date(i) ?? s.numero(i) ?? s.mention(i);
    if (m === null || m.to <= m.from) {
      i++;
      continue;
    }
    const first = s.tokens[m.from];
    const last = s.tokens[m.to - 1];
    if (first !== undefined && last !== undefined) {
      found.push({
        text: text.slice(first.start, last.end),
        value: m.value,
        kind: m.kind,
        start: first.start,
        end: last.end,
      });
    }
    i = m.to;
  }
  return found;
}

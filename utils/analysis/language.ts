// Which language the article is written in, and whether the claim and source rules exist for it. The rules
// (attribution.ts, sources.ts) are English only: on an Arabic or Korean article they would find nothing (and
// say "0 sources", which is false) or, worse, misread a few Latin words. The page's declared language is checked
// against the letters of its text, since many pages declare none or keep a template's wrong one.
import type { AttributionSupport, TextBlock } from './types';

/** The languages the claim and source rules are written for (base codes). */
export const ATTRIBUTION_LANGUAGES: ReadonlySet<string> = new Set(['en']);

/** Letters read from the body to decide its script: enough for a paragraph or two, bounded for long pages. */
const SCRIPT_SAMPLE_CHARS = 4000;
/** A script owns the text when at least this share of its letters are in it. */
const SCRIPT_MAJORITY = 0.5;
/** Fewer letters than this say nothing about a script (a photo caption, a headline only). */
const MIN_LETTERS = 40;

/**
 * The scripts a news page is written in, with the language to assume for each when the page declares none of
 * its languages. Latin is decided apart (English or not, by its function words).
 */
const SCRIPTS: readonly { script: string; pattern: RegExp; fallback: string; languages: ReadonlySet<string> }[] = [
  {
    script: 'Arabic',
    pattern: /\p{Script=Arabic}/u,
    fallback: 'ar',
    languages: new Set(['ar', 'fa', 'ur', 'ps', 'ckb', 'sd', 'ug']),
  },
  { script: 'Hangul', pattern: /\p{Script=Hangul}/u, fallback: 'ko', languages: new Set(['ko']) },
  { script: 'Kana', pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/u, fallback: 'ja', languages: new Set(['ja']) },
  { script: 'Han', pattern: /\p{Script=Han}/u, fallback: 'zh', languages: new Set(['zh', 'ja', 'yue']) },
  {
    script: 'Cyrillic',
    pattern: /\p{Script=Cyrillic}/u,
    fallback: 'ru',
    languages: new Set(['ru', 'uk', 'bg', 'sr', 'be', 'mk', 'kk', 'ky', 'mn', 'tg']),
  },
  { script: 'Hebrew', pattern: /\p{Script=Hebrew}/u, fallback: 'he', languages: new Set(['he', 'yi']) },
  { script: 'Greek', pattern: /\p{Script=Greek}/u, fallback: 'el', languages: new Set(['el']) },
  { script: 'Thai', pattern: /\p{Script=Thai}/u, fallback: 'th', languages: new Set(['th']) },
  {
    script: 'Devanagari',
    pattern: /\p{Script=Devanagari}/u,
    fallback: 'hi',
    languages: new Set(['hi', 'mr', 'ne', 'sa']),
  },
];

/** What is not a letter, of any script: taken out of the sample, which leaves its letters. */
const NOT_LETTERS = /\P{L}+/gu;
/** Letters up to U+024F (Basic Latin to Latin Extended-B; no letter comes before "A"): taken out of the letters,
 * which leaves the others. */
const LATIN_LETTERS = /[A-\u024f]+/g;
/** Latin words, for the English check. */
const LATIN_WORD_PATTERN = /\p{Script=Latin}+/gu;

/**
 * The commonest function words of the languages written in Latin letters that news pages use most: they make a
 * quarter to a third of the words of running prose. Words two of these languages share ("a", "in", "on", "la")
 * are left out of both where they would blur the count.
 */
const FUNCTION_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set([
    'the',
    'of',
    'and',
    'to',
    'is',
    'that',
    'for',
    'with',
    'was',
    'said',
    'by',
    'it',
    'from',
    'has',
    'have',
    'are',
    'were',
    'this',
    'which',
    'would',
    'their',
    'they',
    'he',
    'she',
    'his',
    'her',
  ]),
  de: new Set([
    'der',
    'die',
    'das',
    'und',
    'ist',
    'nicht',
    'mit',
    'den',
    'von',
    'zu',
    'sich',
    'des',
    'auf',
    'für',
    'ein',
    'eine',
    'dem',
    'auch',
    'wird',
    'im',
    'sie',
    'werden',
  ]),
  fr: new Set([
    'le',
    'les',
    'et',
    'est',
    'une',
    'du',
    'pour',
    'qui',
    'dans',
    'pas',
    'sur',
    'au',
    'il',
    'par',
    'avec',
    'ce',
    'sont',
    'aux',
    'ont',
    'cette',
  ]),
  es: new Set([
    'el',
    'los',
    'las',
    'del',
    'por',
    'con',
    'una',
    'para',
    'es',
    'se',
    'al',
    'lo',
    'como',
    'más',
    'su',
    'sus',
    'fue',
    'y',
  ]),
  pt: new Set([
    'os',
    'do',
    'da',
    'dos',
    'das',
    'em',
    'um',
    'uma',
    'com',
    'não',
    'é',
    'ao',
    'foi',
    'mais',
    'na',
    'no',
    'pelo',
    'pela',
  ]),
  it: new Set([
    'il',
    'di',
    'che',
    'della',
    'per',
    'sono',
    'non',
    'gli',
    'è',
    'nel',
    'alla',
    'anche',
    'dei',
    'delle',
    'nella',
  ]),
  nl: new Set([
    'het',
    'een',
    'van',
    'dat',
    'op',
    'te',
    'zijn',
    'met',
    'voor',
    'niet',
    'er',
    'ook',
    'aan',
    'bij',
    'door',
    'werd',
  ]),
  id: new Set([
    'yang',
    'dan',
    'ini',
    'itu',
    'dengan',
    'untuk',
    'dari',
    'dalam',
    'tidak',
    'akan',
    'pada',
    'ke',
    'juga',
    'ada',
    'oleh',
    'bahwa',
    'atau',
    'sebagai',
  ]),
};
/** Latin text with at least this share of one language's function words is in that language (prose: 0.2-0.35). */
const FUNCTION_WORD_SHARE = 0.12;
/** Fewer Latin words than this cannot be told apart: trust the page's declaration. */
const MIN_LATIN_WORDS = 20;

function base(code: string | null): string {
  return (code ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/** The first SCRIPT_SAMPLE_CHARS characters of the body's blocks. */
function sample(blocks: readonly TextBlock[]): string {
  let out = '';
  for (const block of blocks) {
    if (out.length >= SCRIPT_SAMPLE_CHARS) break;
    out += `${block.text}\n`;
  }
  return out.slice(0, SCRIPT_SAMPLE_CHARS);
}

/**
 * The language of Latin-script text by its function words: the declared language when its words are common
 * enough, else the language whose words are commonest; the declaration (or null) when none is common enough.
 */
function latinLanguage(text: string, declared: string): string | null {
  const words = text.match(LATIN_WORD_PATTERN) ?? [];
  if (words.length < MIN_LATIN_WORDS) return declared || null;
  const counts = new Map<string, number>();
  const languages = Object.entries(FUNCTION_WORDS);
  for (const word of words) {
    const lower = word.toLowerCase();
    for (const [language, set] of languages) {
      if (set.has(lower)) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  const share = (language: string): number => (counts.get(language) ?? 0) / words.length;
  if (share(declared) >= FUNCTION_WORD_SHARE) return declared;
  let best: string | null = null;
  for (const language of counts.keys()) if (best === null || share(language) > share(best)) best = language;
  if (best !== null && share(best) >= FUNCTION_WORD_SHARE) return best;
  // Not a language we can tell: a declaration other than English stands, an English one is doubtful
  return declared && declared !== 'en' ? declared : null;
}

/**
 * The article's language (a base code such as "en", "ar", "ko"; null when it cannot be told), from the page's
 * declaration checked against its letters: a page declaring "en" with Arabic text is Arabic, one declaring "ar"
 * whose text is English prose is English.
 */
export function articleLanguage(declared: string | null, blocks: readonly TextBlock[]): string | null {
  const code = base(declared);
  const text = sample(blocks);
  // Counted without a string per letter: the Latin ones (most letters of most pages, all in the BMP) by length,
  // the others one by one.
  const letters = text.replace(NOT_LETTERS, '');
  const others = letters.replace(LATIN_LETTERS, '');
  const latin = letters.length - others.length;
  const counts = new Map<string, number>();
  let otherCount = 0;
  for (const letter of others) {
    otherCount++;
    const found = SCRIPTS.find((s) => s.pattern.test(letter));
    if (found) counts.set(found.script, (counts.get(found.script) ?? 0) + 1);
  }
  const letterCount = latin + otherCount;
  if (letterCount < MIN_LETTERS) return code || null;
  // Japanese mixes kana with Han: any kana share makes Han text Japanese
  const kana = counts.get('Kana') ?? 0;
  if (kana > 0) counts.set('Kana', kana + (counts.get('Han') ?? 0));
  for (const s of SCRIPTS) {
    if ((counts.get(s.script) ?? 0) / letterCount >= SCRIPT_MAJORITY) return s.languages.has(code) ? code : s.fallback;
  }
  if (latin / letterCount >= SCRIPT_MAJORITY) return latinLanguage(text, code);
  return code || null;
}

/** Whether claims and sources can be found in the article, and its language. */
export function attributionSupport(declared: string | null, blocks: readonly TextBlock[]): AttributionSupport {
  const language = articleLanguage(declared, blocks);
  // An article whose language cannot be told at all is given the English rules, as before this check existed.
  return { available: language === null || ATTRIBUTION_LANGUAGES.has(language), language };
}

/** Support for a page that is not an article (nothing was read): the rules are not the question there. */
export const ATTRIBUTION_UNKNOWN: AttributionSupport = { available: true, language: null };

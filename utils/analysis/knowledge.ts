// What the whole text says about names, read before the sources are resolved: acronyms and their long forms,
// people's full names (for a surname met alone), and the titles and appositions that describe them.
import { normName, normSurname, PARTY_MEMBERS, surnameOf } from './entity';
import {
  CALENDAR_WORDS,
  CONNECTIVES,
  OPENING_SPEECH_VERBS,
  ORG_NAME_WORDS,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  PORTFOLIO_WORDS,
  US_STATE_ABBREVIATIONS,
  WORK_NOUNS,
} from './lexicon';
import {
  afterCapitals,
  cleanToken,
  ELIDED_ARTICLE,
  HONORIFICS,
  HYPHENED_ADJECTIVE,
  isCountryLike,
  isDemonym,
  isNameToken,
  LONG_ACRONYM,
  parseNounPhrase,
  singular,
  standsBeforeName,
} from './noun-phrase';
import { periodEndsSentence } from './segment';
import type { Steps } from './steps';
import type { TextBlock } from './types';

/** A word in capitals run into a capitalised one, as text from two elements joined without a space gives it
 * ("ANDERSONSupriya": a photo credit, then the caption's name). */
const GLUED_CAPITALS = /^(\p{Lu}{2,})(\p{Lu}\p{Ll}+)$/u;
const splitGluedCapitals = (token: string): string[] => {
  const m = GLUED_CAPITALS.exec(token);
  return m ? [m[1] ?? '', m[2] ?? ''] : [token];
};

/** A post and its "of" right before a run of capitalised words: "Secretary of State Ana Lowe". */
const TITLE_OF_BEFORE =
  /(?<![\p{L}])(?:[Ss]ecretary|[Mm]inister|[Cc]hief|[Dd]irector|[Hh]ead|[Cc]ommissioner|[Aa]dministrator|[Cc]hair(?:man|woman)?)\s+of\s+(?:the\s+)?$/u;
const TITLE_OF_SPAN = 24;
/** What a post is of, in the capitalised words after its "of": a portfolio ("Health", "Homeland Security"), "State",
 * "Staff". */
const POST_OBJECTS = new Set([
  ...PORTFOLIO_WORDS,
  ...'state staff security affairs services human national public home war intelligence police operations policy communications'.split(
    ' ',
  ),
]);
/** A run of two or more capitalised words (with particles) for the name pre-scan. */
const NAME_RUN =
  /(?<![\p{L}\p{M}'\u2019.-])(?:(?:al|el|bin|ibn|de|van|von|da|di|du|la|le|der|del)[- ])?\p{Lu}[\p{L}\p{M}'\u2019.-]*(?:\s+(?:(?:al|el|bin|ibn|bint|de|del|van|von|der|da|di|du|la|le)[- ])?\p{Lu}[\p{L}\p{M}'\u2019.-]*)+/gu;
/** "Ivo Brand, the former harbour master of Tarnby,", "Ana Lowe, who is the council's ... adviser." */
const APPOSITION_AFTER_NAME =
  /^,\s+(?:who\s+(?:is|was)\s+)?((?:the|a|an)\s+[^,;.()\u201C\u201D"]{3,80}?)(?=[,;.]|\s+and\s)/u;
/** How far after a name its apposition is looked for: bounds the work on a block of names. */
const APPOSITION_WINDOW = 120;
/** A person's descriptions kept for the category: a few say all. */
const MAX_DESCRIPTIONS = 6;
/** A capitalised word after a lower-case word or a comma: a name, not a sentence opener. */
const MID_SENTENCE_CAPITAL = /(?<=[\p{Ll},]\s)(\p{Lu}[\p{L}\p{M}-]*)/gu;
/** Words before a title that make it a title still: "the Doctor", "his Bishop". */
const NO_NAME_BEFORE = '(?<![\\p{L}])(?:the|a|an|his|her|their|its|our|your|my|this|that)';
/** "Full Name (ACRONYM)" definitions. */
const ACRONYM_DEFINITION =
  /((?:[\p{Lu}][\p{L}'-]*\s+(?:(?:of|for|and|the|on|de|du)\s+)?){0,7}[\p{Lu}][\p{L}'-]*)\s+\((\p{Lu}{2,8})\)/gu;
/** A cheap first look for ACRONYM_DEFINITION, true of every text it matches (as DATELINE_HINT): a space, then two to
 * eight capitals in parentheses (up to 16 code units: a capital outside the BMP is two). */
const ACRONYM_HINT = /\s\([^\s)a-z\d]{2,16}\)/;

/** Prepositions and subordinators that open a sentence before a name without being part of it ("For Lowe, ...",
 * "When Clinton spoke, ..."): never a given name. */
const OPENER_WORDS = new Set(
  (
    'for in on at with from after before during since under over to by of about against among between into ' +
    'through without unlike despite when while as if although though because once until unless whereas'
  ).split(' '),
);
/** Verbs of speech that open a sentence before its speaker ('Said Penn, "..."'): never a given name. */
const OPENING_VERBS = new Set(OPENING_SPEECH_VERBS.map((verb) => verb.toLowerCase()));
/** Verbs that open an instruction to the reader before a name ("Read Ana's post", "Follow Ivo Brand on X", "Meet
 * Ana Lowe"): no given name where they come first. */
const IMPERATIVE_OPENERS = new Set(
  'read see watch meet follow join visit contact email e-mail call ask thank write listen click subscribe'.split(' '),
);
/** A dateline opening a block: a place in capitals, then only capitalised words, dates and an agency in brackets up
 * to a dash ("OSLO, May 3 (Reuters) -", "BERGEN, Norway -", "OSLO (AP) —"), the agency perhaps first ("(AP) OSLO -"). */
const DATELINE_OPENING =
  /^(?:\(\p{Lu}[\p{L}]*\)\s*)?(\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]+){0,4})(?:,?\s+(?:\p{Lu}[\p{L}.'-]*|\d[\d,]*|\((?:\p{Lu}[\p{L}]*)\))){0,8}\s*[\u2014\u2013-]\s/u;
/** A cheap first look for DATELINE_OPENING (no \p{…} class to compile: V8 compiles a pattern on its first use, and
 * this one costs about a millisecond of a page's first analysis, while most pages have no dateline): true of every
 * text it matches, two letters that are not lower-case ASCII, then a dash before a space. Not a `u` pattern: a capital
 * outside the BMP is two code units, both of which it takes. */
const DATELINE_HINT = /^[^\sa-z\d][^\sa-z\d][\s\S]*[\u2014\u2013-]\s/;
/** A dateline is short: the pattern is tried on a block's first characters only (its two repeated groups can share
 * words, which on a block of 20,000 capitalised words cost seconds, and overran Firefox's regexp stack). */
const DATELINE_SPAN = 160;
/** Nouns of abstract endings are never given names: "Public Prosecution Eva-Marie Persson" is a post and a name. */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ness|ity|ance|ence|ship|ism)$/u;
/** A run of capitalised words cut where a full stop in it ends a sentence: "... by the author John M. Ford. Helen
 * placed" holds "John M. Ford" and "Helen placed", not one name of four words. */
function sentenceParts(run: string): string[] {
  if (!run.includes('. ')) return [run];
  const parts: string[] = [];
  let from = 0;
  for (const m of run.matchAll(/\.\s+/g)) {
    const next = m.index + m[0].length;
    if (!periodEndsSentence(run, m.index, next)) continue;
    parts.push(run.slice(from, m.index + 1));
    from = next;
  }
  parts.push(run.slice(from));
  return parts;
}

/** What the whole text says about names: acronyms and people's full names, for surnames met alone. */
export interface TextKnowledge {
  /** "VPA" -> "Vellmark Ports Authority". */
  acronyms: Map<string, string>;
  /** Long forms of acronyms: these are organisations. */
  longForms: Set<string>;
  /** Normalised surname -> titles before the name and appositions after it, anywhere in the text ("Rep.",
   * "the former harbour master of Tarnby", "who is the council's ... adviser"): for the category. */
  descriptions: Map<string, string[]>;
  /** Full name -> the titles written before it ("Ivo Brand" -> ["President"]): whom "the president" may mean. */
  titles: Map<string, string[]>;
  /** Normalised first word of a full name -> the full name, for names that put the family name first. */
  firstNames: Map<string, string>;
  /** Lower-cased words written with a capital inside a sentence ("said Emirates", "carrier Emirates"). */
  midSentenceCapitals: Set<string>;
  /** Normalised surname -> full name ("reed" -> "Tomas Reed"). */
  people: Map<string, string>;
  /** Places in capitals that open a block as its dateline ("OSLO"): never a speaker. */
  datelines: Set<string>;
  /** Capitalised words before a full name that the text also writes in lower case ("Goalkeeper" of "Goalkeeper Lena
   * Brandt"): a role, no part of the name. */
  roleWords: Set<string>;
  /** One-word names a verb and "his" or "her" follow ("Tarrow defended his own record", "Mira (31) saw her sister"):
   * a person's, if no common word. "person": "his", or "her" before a relative or one's own life; "maybe": "her"
   * before anything else, which may be an object's ("Kestrel closed her stall"). */
  possessiveAfter: Map<string, 'person' | 'maybe'>;
  /** A capitalised word ("Focus", "Even") that the text also writes in lower case somewhere: a common word. */
  writtenLowerCase: (word: string) => boolean;
}

/** The rest of a sentence that ends in a question mark. */
/** How far ahead a question mark is looked for: the 200 characters QUESTION_AHEAD reads, and the mark. */
const QUESTION_SPAN = 201;
const QUESTION_AHEAD = /^[^.!?]{0,200}\?/u;
/**
 * A model number right after a name: "Osprey 7", "Jet 200"; not a score, a rank or a time ("Ann Lowe 7-6",
 * "Ann Lowe 13th", "Ann Lowe 4:02"); an age follows a comma ("Ann Lowe, 45").
 */
const MODEL_NUMBER_AFTER = /^ \d{1,4}(?![\d\-\u2013:./]|st|nd|rd|th)/;
/** How many characters after a name MODEL_NUMBER_AFTER reads. */
const MODEL_NUMBER_SPAN = 8;

/** A word in capitals: an acronym, no family name in running text. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** What follows a thing's name after an article: its verb or the clause's end ("the Zentro Pulse launches", "with the
 * Zentro Pulse."). */
const THING_AFTER =
  /^(?:\s*[,.;:!?)]|\s+(?:is|was|has|had|will|would|can|could|may|might|\p{Ll}+(?:s|ed))(?![\p{L}]))/u;
const THING_AFTER_SPAN = 16;
/** An article right before a capitalised run, in the ARTICLE_SPAN characters before it. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|an?)\s$/u;
const ARTICLE_SPAN = 4;
/** The word right before a capitalised run (group 1). */
const WORD_BEFORE = /(\p{L}+)\s$/u;
const WORD_BEFORE_SPAN = 16;
/** A lower-case word right after a name (the two characters after it). */
const LOWER_WORD_AFTER = /^ \p{Ll}/u;

/** A role noun in lower case right after a name, then another capitalised name: " analyst Ana Lowe". */
const ROLE_THEN_NAME = /^\s+(\p{Ll}+)\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
const ROLE_THEN_NAME_SPAN = 40;
/** A capitalised word and the reflexive pronoun of a person after it: "Lowe himself". */
const REFLEXIVE_AFTER_NAME = /(?<![\p{L}])(\p{Lu}[\p{Ll}'\u2019-]+)\s+(himself|herself)(?![\p{L}])/gu;

/** A one-word name (an age may follow it), then its verb in the past or "and", then "his" or "her": "Tarrow
 * defended his own record", "Tarrow and his co-authors", "Mira (31) saw her sister" (one verb only: in "Lowe's aide
 * said his" the "his" is the aide's; "her" before a preposition or an adverb is an object: "Lowe drove her home"). */
const POSSESSIVE_AFTER_NAME =
  /(?<![\p{L}'\u2019-])(?<!\p{Lu}[\p{L}.'\u2019-]*\s)(\p{Lu}\p{Ll}[\p{Ll}'\u2019-]*)(?:,\s+\d{1,3},|\s+\(\d{1,3}\))?\s+(?:and|(?!(?:told|asked|gave|sent|offered|handed|thanked|hired|fired|urged|joined|named|called|accused|praised|blamed|replaced|followed|succeeded|defeated|beat|met|paid|let|made)\s)\p{Ll}{2,}ed|answered|wrote|said|spoke|took|made|gave|lost|won|left|began|spent|kept|held|led|ran|saw)\s+(?:his|her)\s+(?!(?:with|to|in|on|at|for|from|into|about|and|or|as|that|the|a|an|up|out|off|down|back|over|again|when|while|because|after|before|if|by|of|so|than|through|across|around|home|away|there|here|once|twice|last|this|every|each|some)(?![\p{L}]))(?!\p{Ll}+ly(?![\p{L}]))\p{Ll}/gu;

/** What "her" may stand before that only a person has: a relative, one's own life or home. */
const HER_OWN =
  /(?:sister|brother|husband|wife|son|daughter|mother|father|children|child|family|parents|baby|boyfriend|girlfriend|partner|own|life|home|career)s?(?![\p{L}])/uy;

/** A name, then a lawmaker's party and state in commas or brackets: "Ana Lowe, R-Ariz.,", "Lowe (D-NY)"
 * (groups: the last word of the name, the party's letter, the state's abbreviation). */
const PARTY_TAG = /(\p{Lu}[\p{L}'\u2019-]+)(?:,\s+|\s+\()([RDI])-([A-Z][A-Za-z.]*)\s*[,)]/gu;
/** The parties a lawmaker's letter stands for. */
const PARTY_LETTERS: Readonly<Record<string, string>> = { R: 'Republican', D: 'Democrat', I: 'Independent' };

/** An acronym of three to six capitals standing as a word ("KHP", "NTSB"). */
const UNDEFINED_ACRONYM = /(?<![\p{L}\d])\p{Lu}{3,6}(?![\p{L}\d])/gu;

/** The words of a capitalised run whose initials spell `acronym` ("Kestrel Highway Patrol" for "KHP"), or null. */
function spelledOut(acronym: string, runs: readonly string[][]): string | null {
  const n = acronym.length;
  for (const run of runs) {
    for (let i = 0; i + n <= run.length; i++) {
      const words = run.slice(i, i + n);
      // ("Federal Trade Commissioner Ana Lowe" spells no "FTC": a post is no body's name)
      const last = (words.at(-1) ?? '').toLowerCase();
      if (PERSON_TITLES.has(last) || PERSON_ROLE_NOUNS.has(last)) continue;
      if (words.every((w, k) => /^\p{Lu}\p{Ll}/u.test(w) && w[0] === acronym[k])) return words.join(' ');
    }
  }
  return null;
}

/** A subject's verb or an adverb right after a word (not "and", "or": "Ana and Ivo Lowe said"). */
const LOWER_WORD_NEXT = /^\s+(?!(?:and|or)(?![\p{L}]))\p{Ll}/u;
/** How many characters after a word LOWER_WORD_NEXT reads. */
const NEXT_WORD_SPAN = 6;

/** Whether `word` stands alone before `limit` in `text` as a clause's subject, a lower-case word after it and no
 * comma before it ("Zentro has", not "her husband, Ray, was"). */
function writtenAloneBefore(text: string, word: string, limit: number): boolean {
  if (word === '' || limit <= 0) return false;
  for (let at = text.indexOf(word); at >= 0 && at < limit; at = text.indexOf(word, at + word.length)) {
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + word.length, at + word.length + NEXT_WORD_SPAN);
    if (/[\p{L}\p{M}'\u2019.-]$/u.test(before) || /,\s$/.test(before)) continue;
    if (LOWER_WORD_NEXT.test(after)) return true;
  }
  return false;
}

/** Whether `text` writes `word` alone before "of" and a capitalised name, as a body's branch is ("Zentro of Harlow"). */
function bodyOfPlace(text: string, word: string): boolean {
  for (let at = text.indexOf(`${word} of `); at >= 0; at = text.indexOf(`${word} of `, at + word.length)) {
    const before = text.slice(Math.max(0, at - 1), at);
    if (!/[\p{L}\p{M}'\u2019.-]$/u.test(before) && /^\p{Lu}/u.test(text.slice(at + word.length + 4))) return true;
  }
  return false;
}

/**
 * What the text says about the person named `name` whose normalised family name is `surname`: the descriptions
 * of that family name, unless the text named someone else with it first ("Dianne Lowe" after "Gov. Robert Lowe"
 * is not the governor; "Robert Lowe" and "Robert J. Lowe" are one).
 */
export function descriptionsOf(knowledge: TextKnowledge, surname: string, name: string): readonly string[] {
  const first = knowledge.people.get(surname);
  const given = (full: string): string => full.split(/\s+/)[0] ?? '';
  if (first && /\s/.test(name) && given(first) !== given(name)) return [];
  return knowledge.descriptions.get(surname) ?? [];
}

/** What the whole text says about names, acronyms and people, read block by block (pausing after each). */
export function* knowledgeSteps(blocks: readonly TextBlock[]): Steps<TextKnowledge> {
  const acronyms = new Map<string, string>();
  const longForms = new Set<string>();
  const people = new Map<string, string>();
  const midSentenceCapitals = new Set<string>();
  const firstNames = new Map<string, string>();
  const capitalRuns: string[][] = [];
  const employers = new Set<string>();
  const makers = new Set<string>();
  const descriptions = new Map<string, string[]>();
  const titles = new Map<string, string[]>();
  const datelines = new Set<string>();
  const roleWords = new Set<string>();
  const possessiveAfter = new Map<string, 'person' | 'maybe'>();
  let wholeText: string | null = null;
  /** Whether the whole text holds what `pattern` makes of a capitalised word, asked once per word. */
  const foundInText = (pattern: (word: string) => RegExp): ((word: string) => boolean) => {
    const seen = new Map<string, boolean>();
    return (word) => {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
      const known = seen.get(word);
      if (known !== undefined) return known;
      wholeText ??= blocks.map((b) => b.text).join('\n');
      const found = pattern(word).test(wholeText);
      seen.set(word, found);
      return found;
    };
  };
  const writtenLowerCase = foundInText((word) => new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u'));
  // "says Ivo Doctor" ... "Doctor asserts": a title written alone with its capital inside a sentence, with no
  // article or name around it, is a family name, and the run that ends in it a person's name.
  const titleAsName = foundInText(
    (word) =>
      new RegExp(
        `(?<=(?<![\\p{L}])\\p{Ll}+\\s|,\\s)(?<!${NO_NAME_BEFORE}\\s)${word}(?![\\p{L}]|\\s+\\p{Lu}|['\u2019])`,
        'u',
      ),
  );
  const describe = (surname: string, text: string): void => {
    const list = descriptions.get(surname) ?? [];
    if (list.length < MAX_DESCRIPTIONS) list.push(text);
    descriptions.set(surname, list);
  };
  for (const block of blocks) {
    const opening = block.text.slice(0, DATELINE_SPAN);
    const dateline = DATELINE_HINT.test(opening) ? DATELINE_OPENING.exec(opening)?.[1] : undefined;
    if (dateline) datelines.add(dateline);
    // "Lowe himself declined": a name a reflexive pronoun follows is a person's (not which: "Lowe himself" may be
    // another Lowe than the one "she" is).
    if (block.text.includes('self')) {
      REFLEXIVE_AFTER_NAME.lastIndex = 0;
      for (let m = REFLEXIVE_AFTER_NAME.exec(block.text); m; m = REFLEXIVE_AFTER_NAME.exec(block.text))
        describe(surnameOf(m[1] ?? ''), m[2] ?? '');
    }
    // ("Sen. Ana Lowe, R-Ariz., said ... the Arizona Republican added": the party and the state after a lawmaker's
    // name describe them as the text may later.)
    if (/[RDI]-[A-Z]/.test(block.text)) {
      PARTY_TAG.lastIndex = 0;
      for (let m = PARTY_TAG.exec(block.text); m; m = PARTY_TAG.exec(block.text)) {
        const state = US_STATE_ABBREVIATIONS.get(m[3] ?? '');
        const party = PARTY_LETTERS[m[2] ?? ''];
        if (state && party) describe(normSurname(m[1] ?? ''), `${state} ${party}`);
      }
    }
    if (block.text.includes('his ') || block.text.includes('her ')) {
      POSSESSIVE_AFTER_NAME.lastIndex = 0;
      for (let m = POSSESSIVE_AFTER_NAME.exec(block.text); m; m = POSSESSIVE_AFTER_NAME.exec(block.text)) {
        const name = m[1] ?? '';
        // ("Mira saw her sister": "her" before a relative or one's own life is the subject's, as "his" is)
        HER_OWN.lastIndex = m.index + m[0].length - 1;
        const kin = HER_OWN.test(block.text);
        const sure = /\shis\s+\p{Ll}$/u.test(m[0]) || kin;
        if (possessiveAfter.get(name) !== 'person') possessiveAfter.set(name, sure ? 'person' : 'maybe');
      }
    }
    MID_SENTENCE_CAPITAL.lastIndex = 0;
    for (let m = MID_SENTENCE_CAPITAL.exec(block.text); m; m = MID_SENTENCE_CAPITAL.exec(block.text)) {
      midSentenceCapitals.add((m[1] ?? '').toLowerCase());
    }
    ACRONYM_DEFINITION.lastIndex = 0;
    const definitions = ACRONYM_HINT.test(block.text);
    for (let m = definitions ? ACRONYM_DEFINITION.exec(block.text) : null; m; m = ACRONYM_DEFINITION.exec(block.text)) {
      const words = (m[1] ?? '').split(/\s+/);
      const acronym = m[2] ?? '';
      for (let n = Math.min(words.length, acronym.length + 2); n >= 1; n--) {
        const tail = words.slice(words.length - n);
        const initials = tail
          .filter((w) => /^\p{Lu}/u.test(w))
          .map((w) => w[0])
          .join('');
        if (initials === acronym) {
          const long = tail.join(' ');
          if (!acronyms.has(acronym)) acronyms.set(acronym, long);
          longForms.add(normName(long));
          break;
        }
      }
    }
    NAME_RUN.lastIndex = 0;
    for (let m = NAME_RUN.exec(block.text); m; m = NAME_RUN.exec(block.text)) {
      // A possessive ends a name: "Chile's Ana Lowe" holds "Chile" and "Ana Lowe"; so does an acronym
      // with a full stop, which ends a sentence ("according to the AP. Vance was"): initials are written "A.P.".
      // ("Kestrel News’ Ivo Brand": so does a plural's.)
      for (const part of sentenceParts(m[0]).flatMap((p) =>
        p.split(/(?<=['\u2019]s|s['\u2019]|(?<![\p{L}.])\p{Lu}{2,}\.)\s+/u),
      )) {
        const tokens = part
          .split(/\s+/)
          .flatMap((t) => splitGluedCapitals(t))
          .map(cleanToken)
          .map((t) => t.replace(/['\u2019]s$|(?<=s)['\u2019]$/u, ''));
        if (tokens.length >= 2) capitalRuns.push(tokens);
        let from = 0;
        tokens.forEach((t, i) => {
          const lower = t.toLowerCase();
          if (
            CONNECTIVES.has(lower) ||
            OPENER_WORDS.has(lower) ||
            OPENING_VERBS.has(lower) ||
            (i === 0 && IMPERATIVE_OPENERS.has(lower)) ||
            // ("Top-seeded Ana Lowe", "Newly-elected Ivo Brand": an adjective opening the sentence)
            (i === 0 && HYPHENED_ADJECTIVE.test(t)) ||
            lower === 'the' ||
            lower === 'a' ||
            lower === 'an' ||
            standsBeforeName(t)
          )
            from = i + 1;
          // ("Architects Ana Holm and Ray Lund": a role in the plural is no one's name)
          // (a title that ends the run after a name, and that the text writes alone as a name, is the family name)
          const title = PERSON_TITLES.has(lower) && !(i > from && i === tokens.length - 1 && titleAsName(t));
          if (title || (lower.endsWith('s') && PERSON_ROLE_NOUNS.has(singular(lower)))) from = i + 1;
        });
        // "Kestrel CEO Dana Roth": a word before a title is the holder's employer, no person's given name ("Kestrel
        // Osprey", a product, does not make "Kestrel said" a person).
        for (let k = 0; k + 1 < from; k++) {
          const word = tokens[k] ?? '';
          if (PERSON_TITLES.has((tokens[k + 1] ?? '').toLowerCase()) && !PERSON_TITLES.has(word.toLowerCase()))
            employers.add(normSurname(word));
        }
        // "LOS ANGELES Paula Abdul", "EMOTIONAL Nicole Pratt": a dateline or a kicker is no part of the name.
        from = afterCapitals(tokens, from);
        // "Goalkeeper Lena Brandt": a capitalised first word that the text also writes in lower case is a role.
        if (tokens.length - from >= 3 && writtenLowerCase(tokens[from] ?? '')) roleWords.add(tokens[from++] ?? '');
        // "Vellmark Ivo Brand": a country or nationality before a name qualifies it; so does a body's or a post's
        // acronym ("MPA Nadia Holm") and a party's member ("ranking Republican Ivo Brand").
        while (
          from < tokens.length - 2 &&
          (isCountryLike(tokens[from] ?? '') ||
            isDemonym(tokens[from] ?? '') ||
            LONG_ACRONYM.test(tokens[from] ?? '') ||
            PARTY_MEMBERS.has((tokens[from] ?? '').toLowerCase()))
        )
          from++;
        // "Secretary of State Ana Lowe", "Minister of Health Ivo Brand": the words of the post after its "of" are
        // no part of the name.
        const postOf = m[0].startsWith(part)
          ? TITLE_OF_BEFORE.exec(block.text.slice(Math.max(0, m.index - TITLE_OF_SPAN), m.index))
          : null;
        const postFrom = from;
        if (postOf) while (from < tokens.length - 2 && POST_OBJECTS.has((tokens[from] ?? '').toLowerCase())) from++;
        const post = postOf && from > postFrom ? `${postOf[0]}${tokens.slice(postFrom, from).join(' ')}` : null;
        // "Director of Public Prosecution Eva-Marie Persson": the name starts after the post's last noun.
        for (let k = from; k < tokens.length - 2; k++) if (ABSTRACT_NOUN.test(tokens[k] ?? '')) from = k + 1;
        const name = tokens.slice(from);
        // "Ms. Dahl": an honorific before a family name alone still says how the person is referred to.
        const honorific = tokens[from - 1] ?? '';
        // ("President Harlan" too: a capitalised title before a family name alone)
        const titled =
          HONORIFICS.has(honorific.toLowerCase()) ||
          (PERSON_TITLES.has(honorific.toLowerCase()) && /^\p{Lu}/u.test(honorific));
        if (name.length === 1 && titled && isNameToken(name[0] ?? '') && !ORG_NAME_WORDS.has(name[0] ?? ''))
          describe(surnameOf(name[0] ?? ''), honorific);
        if (name.length < 2 || name.length > 4) continue;
        // "a Kestrel Osprey 7 rocket": a name a number follows may be a model's, whose first word is its maker's
        // name, no given name (a poll's "Ann Lowe 14 percent" is a person's: the family name still counts).
        // ("the Zentro Pulse", "a Kestrel Osprey": an article right before the name makes it a thing's, whose first
        // word is its maker's name; in "the Ann Lowe case" the name of a person qualifies a noun)
        const end = m.index + m[0].length;
        const article =
          from === 0 &&
          m[0].startsWith(part) &&
          ARTICLE_BEFORE.test(block.text.slice(Math.max(0, m.index - ARTICLE_SPAN), m.index));
        if (article && m[0].endsWith(part) && !LOWER_WORD_AFTER.test(block.text.slice(end, end + 2))) continue;
        // ("the film Harbor Lights": a work's title after its noun is no person's name.)
        const wordBefore =
          from === 0 && m[0].startsWith(part)
            ? WORD_BEFORE.exec(block.text.slice(Math.max(0, m.index - WORD_BEFORE_SPAN), m.index))
            : null;
        if (WORK_NOUNS.has(wordBefore?.[1]?.toLowerCase() ?? '')) continue;
        // ("Harlow Securities analyst Ana Lowe": a name before a role and another's full name is the employer's.)
        const roleAfter = m[0].endsWith(part)
          ? ROLE_THEN_NAME.exec(block.text.slice(end, end + ROLE_THEN_NAME_SPAN))
          : null;
        if (roleAfter && PERSON_ROLE_NOUNS.has(roleAfter[1] ?? '')) continue;
        const model =
          article || (m[0].endsWith(part) && MODEL_NUMBER_AFTER.test(block.text.slice(end, end + MODEL_NUMBER_SPAN)));
        // "Will Lowe ever sell?": a modal opening a question is no given name.
        if (
          /^(?:Will|May)$/.test(name[0] ?? '') &&
          QUESTION_AHEAD.test(block.text.slice(m.index + m[0].length, m.index + m[0].length + QUESTION_SPAN))
        )
          continue;
        // "Mark Cuban", "David French": a demonym after a given name is a surname, read as noun-phrase.ts reads it.
        const demonymSurname = (at: number): boolean =>
          at === name.length - 1 && !isDemonym(name[at - 1] ?? '') && parseNounPhrase(name.join(' ')).kind === 'person';
        const bad = name.some(
          (t, at) =>
            ORG_NAME_WORDS.has(t) ||
            isCountryLike(t) ||
            (isDemonym(t) && !demonymSurname(at)) ||
            PARTY_MEMBERS.has(singular(t)) ||
            CALENDAR_WORDS.has(t.toLowerCase()) ||
            // "Scheduling HRT", "Organizing CRM": a heading's verb and an acronym are no person's names
            (at === 0 && t.endsWith('ing') && writtenLowerCase(t)) ||
            (at === name.length - 1 && ACRONYM.test(t)) ||
            // ("KVT Pilot": a maker's acronym before a product's name; "JD Vance" keeps two initials)
            (at === 0 && LONG_ACRONYM.test(t)) ||
            (at === 0 && ELIDED_ARTICLE.test(t)) ||
            // "Hi Girish, ...", "Dear Ana": a greeting before a name is no part of it
            (at === 0 && /^(?:Hi|Hello|Hey|Dear|Thanks)$/.test(t)) ||
            // "West Bank", "North Harbor Council"; but "Oskar West", "Ida North": a family name after a given one.
            (/^(?:East|West|North|South)$/.test(t) && at !== name.length - 1) ||
            /^(?:Middle|Central|Islamic|United|National|New)$/.test(t) ||
            !isNameToken(t),
        );
        // "NISSAN SENTRA": a heading in capitals names no person.
        const capitals = !/\p{Ll}/u.test(name.join(''));
        if (bad || capitals || longForms.has(normName(name.join(' ')))) continue;
        const surname = surnameOf(name.join(' '));
        if (!people.has(surname)) people.set(surname, name.join(' '));
        // ("H. Ivo Brand": after an initial, the name one goes by is the second.)
        const first = normSurname((/^\p{Lu}\.$/u.test(name[0] ?? '') && name.length > 2 ? name[1] : name[0]) ?? '');
        // (not "the Ann Lowe case": a person's name may qualify a noun after an article)
        const thing =
          (article || (from === 1 && /^(?:The|An?)$/.test(tokens[0] ?? ''))) &&
          THING_AFTER.test(block.text.slice(end, end + THING_AFTER_SPAN));
        if (thing) makers.add(first);
        if (!firstNames.has(first) && !model) firstNames.set(first, name.join(' '));
        const before = tokens.slice(0, from).filter((t) => PERSON_TITLES.has(t.toLowerCase()));
        if (post) describe(surname, post);
        if (before.length > 0) {
          describe(surname, before.join(' '));
          const full = name.join(' ');
          titles.set(full, [...(titles.get(full) ?? []), ...before].slice(0, MAX_DESCRIPTIONS));
        }
        if (part === m[0].split(/(?<=['\u2019]s)\s+/u).pop()) {
          const at = m.index + m[0].length;
          const apposition = APPOSITION_AFTER_NAME.exec(block.text.slice(at, at + APPOSITION_WINDOW));
          if (apposition?.[1]) describe(surname, apposition[1]);
        }
      }
    }
    yield;
  }
  for (const employer of employers) firstNames.delete(employer);
  // ("Zentro Pulse owners" ... "the Zentro Pulse launches" ... "Zentro says": a name the text writes as a thing's once
  // names a maker by its first word wherever it is written.)
  for (const maker of makers) firstNames.delete(maker);
  // ("Kestrel Highway Patrol troopers ... according to the KHP": an acronym the text never defined stands for
  // the capitalised words whose initials it is.)
  const all = blocks.map((b) => b.text).join('\n');
  for (const acronym of new Set(all.match(UNDEFINED_ACRONYM) ?? [])) {
    if (acronyms.has(acronym)) continue;
    const long = spelledOut(acronym, capitalRuns);
    if (!long) continue;
    acronyms.set(acronym, long);
    longForms.add(normName(long));
  }
  // ("Zentro said little for a year, then put its app out again as Zentro Voice": a word the text wrote alone
  // before it wrote the name it opens is a body's or a product's, no given name.)
  // ("Zentro of Harlow": a word a place follows after "of" is a body's, no given name either.)
  for (const [first, full] of firstNames) {
    const given = full.split(/\s+/)[0] ?? '';
    if (writtenAloneBefore(all, given, all.indexOf(full)) || bodyOfPlace(all, given)) firstNames.delete(first);
  }
  return {
    acronyms,
    longForms,
    people,
    firstNames,
    midSentenceCapitals,
    descriptions,
    titles,
    datelines,
    roleWords,
    possessiveAfter,
    writtenLowerCase,
  };
}

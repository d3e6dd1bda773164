// Reads one noun phrase that names a source ("five Chilean anti-smuggling officials", "Fisheries Minister
// Ivo Brand", "the VPA", "he"): determiner, head noun, proper name, title, kind. Rules, no tagger.

import {
  asciiCaseless,
  CALENDAR_WORDS,
  CONNECTIVES,
  COUNTRIES,
  DEMONYMS,
  DOCUMENT_NAME_ENDS,
  DOCUMENT_NOUNS,
  GOVERNMENT_SEATS,
  GROUP_NOUNS,
  GuardedRegExp,
  hintOf,
  NAME_PARTICLES,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  QUANTIFIERS,
  SUBJECT_PRONOUNS,
  TITLE_QUALIFIERS,
  WORK_NOUNS,
} from './lexicon';
import { VERB_FORMS } from './verbs';

export type PhraseKind = 'person' | 'group' | 'organization' | 'document';

/** An ordinal opening a name: "First", "Twentieth". */
const ORDINAL_NAME_OPENER =
  /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Twentieth|Twenty-First|Thirtieth|Fiftieth|Hundredth)$/u;

/** The last word of a place's name, never a family name's: "Harlow Bay", "Kestrel Island", "Harlow City". */
const PLACE_NAME_ENDS = new Set(
  'Island Islands Bay City County Valley River Mountains Heights Springs Falls Square Avenue Coast Canyon Creek Peninsula Strait'.split(
    ' ',
  ),
);
/** A possessive ending: "Island's", "Island‘s". */
const POSSESSIVE_S = /['\u2018\u2019]s$/u;
/** A body that surveys land or sea, named like a document: "the Tarn Geological Survey". */
const SURVEYING_AGENCY = /\b(?:Geological|Ordnance|Hydrographic|Geodetic)\s+Survey$/;
/** Followers of a faith, in the singular: in the plural ("Sikhs say", "Muslims say") a group, as a people is. */
const FAITHS = new Set(
  'muslim sikh jew hindu christian buddhist mormon evangelical protestant catholic shiite sunni copt jain'.split(' '),
);
export type Determiner = 'definite' | 'indefinite' | 'another' | 'none';

export interface NounPhrase {
  /** The phrase without leading connectives ("But", "Still") or trailing punctuation. */
  text: string;
  pronoun: 'he' | 'she' | 'they' | 'it' | null;
  determiner: Determiner;
  /** The noun phrase before any postmodifier ("a spokesperson" of "a spokesperson for Norway's prime minister"). */
  core: string;
  /** Postmodifier: "for Norway's prime minister", "familiar with the matter", "in Harlow and Tarnby". */
  post: string;
  /** Head word as written ("officials", "Quint", "VPA"). */
  head: string;
  headLower: string;
  /** Head is a proper name: a named person or organisation. */
  proper: boolean;
  plural: boolean;
  kind: PhraseKind;
  /** For a named person: the name without titles ("Ivo Brand"); for a named organisation its name. */
  name: string;
  /** Title or role words before a name ("Fisheries Minister"), or a common-noun role ("director"). */
  title: string | null;
  /** Owner in a possessive ("Zentro" of "Zentro's director"). */
  possessor: string | null;
  /** Lower-case words of the core other than the determiner and the head (for "the official" matching). */
  modifiers: string[];
  /** Looks like something that can speak or be cited. */
  valid: boolean;
}

/** Members of a party or a camp, used as a description of a person ("the Kentucky Republican", "a Democrat"). */
export const PARTY_MEMBERS = new Set([
  'republican',
  'democrat',
  'dem',
  'conservative',
  'liberal',
  'socialist',
  'libertarian',
  'progressive',
  'independent',
  'tory',
]);

/** Parsed phrases by text: the same phrase is looked at several times per sentence. Bounded. */
const PARSE_CACHE = new Map<string, NounPhrase>();
const PARSE_CACHE_LIMIT = 2000;

/** Words that end the core of a noun phrase and start a postmodifier ("a source familiar with the matter"). */
const POSTMODIFIER_WORDS = new Set(
  (
    'of for in at from with on to familiar close who which that whose knowledgeable briefed involved ' +
    'speaking based within inside near across outside under over by among'
  ).split(' '),
);

/** Participles that may follow a noun: "data released by", "a study published in", "a memo sent to". */
const POSTNOMINAL_PARTICIPLE = /^(?:[a-z]+(?:ed|en|wn)|sent|made|held|kept|sold|built|paid|brought|bought|led)$/;
/** Adverbs of time that may stand before such a participle: "a study just published in", "data recently released by". */
const POSTNOMINAL_ADVERB = /^(?:just|recently|newly|first|originally|previously|jointly|widely|once)$/;

/** A time adverbial fronted before the subject ("Last week State Department official David Holmes said", "On
 * Monday the minister said"): it is no part of the speaker's name. */
const LEADING_TIME_PHRASE = new RegExp(
  // Case-insensitive, written with both cases of each letter (lexicon.ts asciiCaseless) rather than the `i` flag,
  // which V8 compiles at several times the cost.
  asciiCaseless(
    `^(?:(?:last|this|next|earlier|later|early|late)\\s+(?:this\\s+|last\\s+|next\\s+)?(?:week|month|year|night|weekend|` +
      `spring|summer|fall|autumn|winter|morning|evening|afternoon|${[...CALENDAR_WORDS].join('|')})` +
      // ("On Tuesday night", "Late Monday afternoon": a part of the day after the day.)
      `(?:\\s+(?:morning|afternoon|evening|night))?|` +
      `on\\s+(?:${[...CALENDAR_WORDS].join('|')})(?:\\s+(?:morning|afternoon|evening|night))?|` +
      `(?:back\\s+)?in\\s+(?:${[...CALENDAR_WORDS].join('|')}|\\d{4}))(?:,)?\\s+(?=\\S)`,
  ),
  'u',
);
/** True of every phrase LEADING_TIME_PHRASE matches (a long s is let through: `u` with both cases takes it for "s"):
 * on the others that pattern, with its calendar words, is never compiled. */
const LEADING_TIME_WORD = /^(?:last|this|next|earlier|later|early|late|on|in|back)\s|\u017F/i;

/** "Back" before a preposition or "then" opens a phrase of time or place. */
const BACK_OPENING = /^Back\s+(?:in|at|on|then|when|home|during|before|after|from)\s/u;

/** The length of the time phrase fronted before a subject ("On Tuesday ", "In 2019 ", "Last week "), or 0. */
export function leadingTimeLength(text: string): number {
  if (!LEADING_TIME_WORD.test(text)) return 0;
  return LEADING_TIME_PHRASE.exec(text)?.[0].length ?? 0;
}
/** A capitalised sentence adverb opening the sentence ("Ultimately", "Significantly", "Interestingly"): never a
 * name. The endings leave given names alone ("Kelly", "Carly", "Beverly", "Emily"). */
const SENTENCE_ADVERB = new GuardedRegExp(
  '^\\p{Lu}\\p{Ll}{2,}(?:ally|ually|ately|ently|antly|ously|ively|ingly|edly|fully|ibly|ably|arly|icly|ckly|ctly|ftly|htly|stly|rtly|ptly|efly|enly|rely|gely|mply|dely)$',
  'u',
  (word) => word.endsWith('ly'),
);
/** Conjunctions, prepositions and answers: alone before a verb they are no subject ("As promised, the file is
 * ready", "To estimate the cost, ...", "But that said, ..."): the verb reports for no one. */
const OPENING_FUNCTION_WORDS = 'as but and or nor to with without for from of by about into upon at in on during yes';
const OPENING_FUNCTION_WORD_SET = new Set(OPENING_FUNCTION_WORDS.split(' '));
/** A one-word phrase that is a conjunction, a preposition or an answer ("As", "To", "Yes"). */
export function isOpeningFunctionWord(text: string): boolean {
  return OPENING_FUNCTION_WORD_SET.has(text.trim().toLowerCase());
}
/** Words that alone never name a speaker: articles, demonstratives, first and second person, question words,
 * possessives ("An" of "An estimated 200 officers", "I", "Who", "His"). "Some" and "Others" stay: they are an
 * unnamed group ("Some said"). */
const NEVER_A_NAME = new Set(
  (
    'a an the this that these those any each every no i we you me us who whom what which whose his her ' +
    'their its our my your ' +
    // Sentence adverbs and openers without an -ly ending: "Likewise, ...", "Here ...", "So ...", "Speaking ...".
    'likewise otherwise here there so thus hence yet still instead speaking asked meanwhile nonetheless ' +
    'often sometimes next then now later earlier again also even just only soon already perhaps maybe ' +
    // Subordinators that open a fronted clause ("When asked who ..., most named ..."): the clause's word, no name.
    'when while whereas although though because unless until whenever if once ' +
    // Conjunctions, prepositions and answers that open a sentence: "As promised", "But that said", "To estimate".
    OPENING_FUNCTION_WORDS
  ).split(' '),
);
/** A one-word phrase that is no name although it may open a sentence with a capital: "An" (of "An estimated 200
 * officers"), "I", "Who", "Ultimately". The sentence may still be a claim; the word is just not its speaker. */
export function isNonName(text: string): boolean {
  const t = text.trim();
  // ("According to WHO": an acronym of three capitals or more is a name, whatever word it spells.)
  const acronym = /^\p{Lu}{3,}$/u.test(t);
  return (
    !/\s/.test(t) &&
    ((!acronym && NEVER_A_NAME.has(t.toLowerCase())) || SENTENCE_ADVERB.test(t) || PRONOUN_CONTRACTION.test(t))
  );
}

/** A pronoun with its verb written on: "I'm", "We’re", "They'll" are no name. */
const PRONOUN_CONTRACTION = /^(?:i|you|he|she|it|we|they)['\u2019](?:m|re|s|ll|d|ve)$/iu;

/** The pronoun of "He’s", "They're": the word before the apostrophe when it names a person or people, else null
 * ("It's easy to ..." names no one). */
export function contractedPronoun(token: string): string | null {
  if (!PRONOUN_CONTRACTION.test(token)) return null;
  const pronoun = token.split(/['\u2019]/)[0] ?? '';
  return /^(?:he|she|they)$/i.test(pronoun) ? pronoun : null;
}

/** Function words that, capitalised at a sentence start, stand before a name without being part of it. */
/** Words of time and frequency that open a sentence before its subject: "Sometimes Ada Brook said". */
const TIME_WORDS = new Set(
  'sometimes often usually later earlier then now meanwhile instead yesterday today tonight tomorrow again'.split(' '),
);
/** Determiners after which a word of time is no part of the phrase: "Usually the company". */
const DETERMINERS_AFTER_TIME = new Set('the a an his her their its our my your this these those'.split(' '));
const WORDS_BEFORE_A_NAME = new Set([
  ...'even like unlike despite what his her their its with without including except neither either both only'.split(
    ' ',
  ),
  // time and frequency: "Sometimes Ada Brook said", "Later Ann Cole told"
  ...TIME_WORDS,
]);
/** A word that may open a sentence before a name without being part of it: "Even", "Despite", "Ultimately". */
export function standsBeforeName(word: string): boolean {
  return WORDS_BEFORE_A_NAME.has(word.toLowerCase()) || SENTENCE_ADVERB.test(word);
}
/** Lower-case words that do not end a role before a name: they join the words of one name or phrase. */
const ROLE_BOUNDARY_EXCEPTIONS = new Set([...NAME_PARTICLES, 'and', 'the', 'for', 'of', 'nor', 'but']);

/** A lower-case word that may be a role before a name: "host", "re-enactor", "co-founder". */
const ROLE_WORD = /^\p{Ll}{3,}$|^\p{Ll}+(?:-\p{Ll}+)+$/u;

/** Lower-case words that end a clause or open one, never inside a name or a role before it: the clause before a
 * name ("It looks like Nintendo", "Even as China", "toll review comes two days after Zentro"). */
const CLAUSE_BREAKS = new Set(
  (
    'after before like as behind since while when because although unlike despite whereas until unless ' +
    'it i we they he she you that this there looks seems appears comes lets makes takes gets goes gives feel ' +
    'feels think thinks know knows'
  ).split(' '),
);
/** A clause's subject and verb at a sentence's start, capitalised: "It's clear Saban", "That's one day after". */
const CLAUSE_OPENERS = /^(?:[Ii]t|[Tt]hat|[Tt]here|[Ww]hat)['\u2019](?:s|ll|d)$/;

/**
 * The last word of a clause that stands before the name a phrase ends with, or -1: a lower-case verb (a reporting
 * verb's finite form, a copula, a modal), a subordinator, a subject pronoun or a contraction such as "It's". Not the
 * phrase's last word (its head).
 */
function clauseBreak(tokens: readonly string[]): number {
  for (let j = tokens.length - 2; j >= 0; j--) {
    const t = tokens[j] ?? '';
    if (CLAUSE_OPENERS.test(t)) return j;
    if (t !== t.toLowerCase()) continue;
    if (CLAUSE_WORDS.has(t) || CLAUSE_BREAKS.has(t) || VERB_FORMS.get(t)?.form === 'finite') return j;
  }
  return -1;
}

/** Letters that end a body's name: a club's, a channel's, a company's legal form ("Manchester City FC", "Acme PLC"). */
const BODY_LETTERS = new Set(['FC', 'AFC', 'SC', 'TV', 'PLC', 'LLC', 'LLP', 'AG', 'SA', 'NV', 'SpA', 'BV', 'PAC']);
/** A word as a sentence opens it: a capital, then small letters. */
const SENTENCE_CASE = /^\p{Lu}\p{Ll}+$/u;
/** Two capitals or more, as initials and names of bodies are written: "BT", "FC", "NASA". */
const NAME_IN_CAPITALS = /^\p{Lu}{2,}$/u;
/** A regnal number: "Carl XVI Gustaf", "Louis XIV". */
const ROMAN_NUMERAL = /^[IVXLC]+$/;
/** Letters after a person's name: "Sam Reed QC", "Ann Cole MP" (entity.ts NAME_SUFFIX adds "Jr." and the like). */
export const POSTNOMINALS: readonly string[] = ['QC', 'KC', 'MP', 'MSP', 'MEP', 'MLA', 'PhD', 'Esq'];
const POSTNOMINAL = new Set(POSTNOMINALS);

/** A word in capitals only, as a dateline or a kicker writes it: "LOS", "EMOTIONAL". */
const ALL_CAPITALS_WORD = /^\p{Lu}{2,}(?:['\u2019-]\p{Lu}+)*$/u;

/**
 * Where a name starts after the words in capitals that open `tokens` at `from` ("LOS ANGELES Paula Abdul",
 * "EMOTIONAL Nicole Pratt": a dateline or a kicker), or `from` when there are none: two such words, or one of five
 * letters or more ("NATO", "EU" and "PAC" before a name are the body the person is of), before a word in capitals
 * and small letters, with a name of two words or more after them.
 */
export function afterCapitals(tokens: readonly string[], from = 0): number {
  let upper = from;
  while (upper < tokens.length && ALL_CAPITALS_WORD.test(tokens[upper] ?? '')) upper++;
  const kicker = upper - from > 1 || (tokens[from] ?? '').length >= 5;
  return upper > from && kicker && upper <= tokens.length - 2 && /\p{Ll}/u.test(tokens[upper] ?? '') ? upper : from;
}

/** Months that are family names too: "Theresa May", "Ann March", "Mary June". */
const FAMILY_NAME_MONTHS = new Set(['may', 'march', 'april', 'june', 'august']);
/** Capitalised words before a month that make it a time, not a family name: "In May", "Early March". */
const NOT_GIVEN_NAMES = new Set(
  (
    'in on by since until till from through before after during of last next this that early late mid every each ' +
    'throughout around about the a an and or but so only also even'
  ).split(' '),
);

/** "I've", "We're": a capital that opens no name. */
const CONTRACTION = /^(?:I|We|You|They|He|She|It)['\u2019]/;

/** Lower-case nouns that describe a body and never a person's role: "state broadcaster Channel One", "the rights
 * group Amnesty International" (ORG_NOUNS less those a person can be: "publisher", "producer", "prosecutor"). */
const BODY_DESCRIPTORS = new Set(
  (
    'firm company agency group broadcaster newspaper network channel outlet bank airline automaker carmaker ' +
    'regulator ministry department university institute foundation charity organization organisation union ' +
    'coalition militia exchange hospital brokerage insurer lender retailer manufacturer website tabloid daily ' +
    'weekly magazine provider platform startup giant conglomerate nonprofit chain brand app service consultancy ' +
    'publication'
  ).split(' '),
);
/** Endings of words for what a person does: "physician", "historian", "columnist", "biologist". */
const PERSON_ROLE_ENDING = /^\p{Ll}{3,}(?:ian|ist)$/u;
/** Words a description before a body's name may hold besides small letters: an acronym ("US tech giant", "satellite
 * TV network") and a place's "-based" ("Seoul-based news agency"). */
const DESCRIPTION_CAPITALS = /^(?:\p{Lu}{2,3}|\p{Lu}[\p{L}.-]*-based)$/u;

/** Honorifics: they say how a person is addressed, not their role ("Ms. Persson", "Mr. Tarn"). */
export const HONORIFICS = new Set('mr mr. mrs mrs. ms ms. miss mx mx. messrs messrs.'.split(' '));

/** Determiners that point back to something already mentioned ("the official", "those sources"). */
const DEFINITE_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those']);

/** Words that, capitalised at a sentence start, are still not names ("Others said", "Some say"). */
const NON_NAME_OPENERS = new Set(
  'others other some many most both several few all each everyone someone nobody anyone such one half none'.split(' '),
);

/** Auxiliaries and other words that never sit inside a subject noun phrase: a segment holding one is a clause. */
const CLAUSE_WORDS = new Set(
  (
    'is are was were be been being has have had do does did will would can could may might must should shall ' +
    'not never if because although though whether than'
  ).split(' '),
);

/** Comparatives that, before "than" and a number, make a quantifier of the phrase ("more than 4 in 10", "fewer
 * than 20 officers"): the "than" of a subject, not of a clause ("more than the mayor said"). */
const QUANTIFYING_COMPARATIVES = new Set(['more', 'fewer', 'less']);
const QUANTITY_WORD =
  /^(?:\d[\d,.]*%?|a|an|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?|thousands?|millions?)$/i;

/** Participles that may sit in a source's noun phrase ("people briefed on the talks", "a retired general"). */
export const NOUN_PHRASE_PARTICIPLES = new Set(
  (
    'briefed involved retired unnamed detained elected appointed named concerned affected displaced wounded ' +
    'injured armed trained licensed based informed related united allied supported backed led owned run ' +
    'designated registered accredited selected acting ruling leading governing opposing remaining' +
    ' visiting fighting striking ailing speaking dissenting published released conducted commissioned cited ' +
    'obtained reviewed leaked filed compiled updated revised proposed planned'
  ).split(' '),
);

/** Determiners and quantifiers after which a participle is an adjective ("one unaligned strategist"), and before
 * which it is a verb with its object ("tracked a smuggler"). */
const DETERMINERS_BEFORE_ADJECTIVE = new Set(
  'a an the one two three four several some many other another this that these those his her their its'.split(' '),
);
/** Prepositions inside a phrase: a past participle right after one, before its noun, describes the noun ("head of
 * advanced programs", "two-thirds of retired nurses"); a verb does not follow a preposition (an -ing word
 * there is mostly a gerund with an object of its own: "for bringing in an expert"). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** Verbs of saying that are no nouns of a phrase. */
const SAYING_VERBS = new Set(['say', 'says', 'said', 'told']);
/** What follows a gerund as its object or particle: an article, a pronoun, a question word ("Finding someone to"). */
const GERUND_OBJECT =
  /^(?:a|an|the|this|that|these|those|his|her|their|its|our|your|my|someone|something|how|what|why|whether|back|up|out|them|him|it|us|me)$/i;
/** Months written short: "Jan. 31", "Sept. 4". */
const SHORT_MONTHS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** A verb of thinking right after "I", "we", "you" or "they": "I doubt", "we know". */
const THINKING_VERB = /^(?:doubt|know|think|believe|guess|suppose|hope|bet|suspect|imagine|feel|reckon|expect|wonder)$/;
/** Verb forms that are never a noun: "Your purchase helps", "the table below includes", "the van got". */
const FINITE_ONLY_VERBS = new Set(
  (
    'adds allows appears becomes begins brings contains continues depends enjoys exists gets gives goes got ' +
    'happens helps includes involves keeps knows let lets makes occurs provides puts requires seems takes threatens tries'
  ).split(' '),
);
/**
 * What may follow "I", "we", "you" or "they" inside a noun phrase: a word that joins or sums ("they and their aides",
 * "we all", "they themselves"), a plural noun ("we parents"), an adverb before the verb ("I fully agree" keeps its
 * subject); any other lower-case word is the pronoun's verb ("They fix engines, write manuals" is a clause).
 */
const AFTER_PLURAL_PRONOUN =
  /^(?:and|or|all|both|each|alone|together|too|themselves|ourselves|yourselves|myself|yourself|two|three|four|five|also|still|just|even|only|often|then|now|again|already|later|first|sure|indeed|always|ever|once|quite|soon|rather|\p{Ll}+ly|\p{Ll}+(?<!s)s|\P{Ll}.*)$/u;
/** Past forms that no noun shares, which after a name are its verb: "Vera Holm found the letters", "Police came". */
const PAST_AFTER_NAME = new Set(
  'found gave came went saw knew thought wrote began became brought bought kept met ran won sent spent took'.split(' '),
);
/** A subject pronoun and its verb written as one word: "we're", "they’ve", "I'm". */
const CONTRACTED_PRONOUN = /^(?:i|we|you|they|he|she)['\u2019](?:m|re|s|ve|d|ll)$/;
/** Words an article may follow inside a phrase: prepositions, conjunctions and quantifiers ("half the", "such a"). */
const BEFORE_ARTICLE = new Set(
  (
    'of at for in with from on among across to by about into over under after before between against without ' +
    'within via than like as near per amid despite during through toward towards upon behind beyond beside besides ' +
    'around outside inside off and or nor but such half quite many what all both rather once twice not only just ' +
    'including excluding regarding concerning involving following alongside amongst throughout beneath plus ' +
    'except unlike versus vs worth ' +
    'even nearly almost barely least more most less fewer also perhaps maybe chiefly mostly mainly especially ' +
    // ("on Monday night the council", "last year the firm": a time before the phrase)
    'night morning afternoon evening day week weekend month year time ago now then later earlier today yesterday ' +
    'tonight since meanwhile however too still though'
  ).split(' '),
);
const PREPOSITIONS_BEFORE_ADJECTIVE = new Set('of at for in with from on among across'.split(' '));
/** ...and a gerund there, before "at" or "for", names a field of work: "director of marketing at Kestrel". */
const DEPARTMENT_AFTER = new Set(['at', 'for']);

/** Words that open a noun phrase: after a verb, its object starts ("claims the council", "told his aides"). */
const PHRASE_OPENERS = new Set('a an the this that these those his her their its our my your'.split(' '));

/**
 * Where a subject found before a cue is a clause of its own, the length of the words before its verb, or -1: a
 * reporting verb's finite form between its words ("His family denies police [reports]", "Lee claims the city council
 * [says]"). That form is a verb when a phrase opens after it or a name follows, when it is a past ("denied", "told")
 * or an "-ies" form, never after a determiner, where it is an adjective ("the reported deaths", "the alleged
 * victim"); a plural noun ("media reports and party sources") stays.
 */
export function innerVerbStart(text: string): number {
  const tokens = text.split(' ');
  let at = (tokens[0] ?? '').length + 1;
  for (let i = 1; i < tokens.length - 1; at += (tokens[i] ?? '').length + 1, i++) {
    const word = tokens[i] ?? '';
    if (word !== word.toLowerCase() || VERB_FORMS.get(word)?.form !== 'finite') continue;
    const before = (tokens[i - 1] ?? '').toLowerCase();
    if (DETERMINERS_BEFORE_ADJECTIVE.has(before) || POSSESSIVE.test(before)) continue;
    const next = tokens[i + 1] ?? '';
    // "the dock chief known as Ned", "officials quoted by the paper": a participle after its noun describes it.
    if (next === 'as' || next === 'by') continue;
    const opens = PHRASE_OPENERS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next);
    if (opens || !word.endsWith('s') || word.endsWith('ies')) return at - 1;
  }
  return -1;
}

/** Proportions and shares of a group: "One in three", "two out of five voters", "half of GOP voters", "a majority
 * of respondents", "most of them", "40 percent of those polled": a group speaking. */
/** Words before a proportion: "a full", "nearly", "more than". */
const PROPORTION_PREFIX =
  '(?:(?:a\\s+)?(?:full|mere|whopping|nearly|almost|about|roughly|some|only|just|over|more\\s+than|fewer\\s+than|' +
  'less\\s+than)\\s+)?';
/** "one in three", "two out of five" (then up to three words: "voters"). */
const PROPORTION_IN =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:in|out\\s+of)\\s+' +
  '(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)';
/** A count in words, up to ninety-nine: "two", "forty", "thirty-one". */
const NUMBER_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen)';
/** "half of", "a majority of", "40 percent of", "forty percent of" (then the group: "those polled"). */
const PROPORTION_OF =
  `(?:a\\s+|the\\s+)?(?:(?:${NUMBER_WORD}|\\d+(?:\\.\\d+)?)(?:[-\\s]|(?=%)))?(?:half|third|thirds|quarter|quarters|majority|minority|` +
  'plurality|percent|per\\s+cent|%|most|many|some|all|none|each|both|several|few|share|number|fraction|rest)\\s+of\\s+';
/** A share alone, the group it is of named before: "42% say", "a mere 9 percent say" (of those polled). */
const PROPORTION_BARE = '\\d+(?:\\.\\d+)?\\s*(?:%|percent|per\\s+cent)';
const PROPORTION = new GuardedRegExp(
  `^${PROPORTION_PREFIX}(?:${PROPORTION_BARE}$|${PROPORTION_IN}(?:\\s+\\p{Ll}+){0,3}|${PROPORTION_OF}` +
    '(?:(?:the|those|these|them|his|her|their|its|our)\\s*)?(?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)$',
  'iu',
  // The same openings without the words after them, which hold the \p{…} classes (lexicon.ts GuardedRegExp).
  hintOf(
    new RegExp(
      `^${asciiCaseless(PROPORTION_PREFIX)}(?:${asciiCaseless(PROPORTION_BARE)}|${asciiCaseless(PROPORTION_IN)}|${asciiCaseless(PROPORTION_OF)})`,
    ),
  ),
);

/** Plural nouns for kinds of people not in the lists ("forecasters", "physicians", "economists"). */
const PEOPLE_PLURAL = /^[a-z-]{3,}(?:ers|ors|ists|ians)$/;
/** A determiner of one person or thing, opening a phrase. */
const ONE_PERSON_DETERMINER = /^(?:a|an|the|one|another)\s/i;
/** Plurals of people without an -s ("fishermen", "congresswomen", "children"), for "they" as for "farmers". */
const PEOPLE_PLURAL_IRREGULAR = /^(?:[a-z-]*men|children)$/;
/** Words in -men that are no people ("specimen", "abdomen", "regimen"). */
const NOT_PEOPLE_MEN = new Set(
  'specimen regimen abdomen omen amen acumen stamen semen hymen bitumen albumen lumen'.split(' '),
);
/** A plural of people written without an -s: "fishermen", "women", "children". */
export function irregularPeoplePlural(head: string): boolean {
  return PEOPLE_PLURAL_IRREGULAR.test(head) && !NOT_PEOPLE_MEN.has(head);
}

const COUNTRY_SET = new Set(COUNTRIES.map((c) => c.toLowerCase()));
const DEMONYM_SET = new Set(DEMONYMS.map((c) => c.toLowerCase()));
const SEAT_SET = new Set(GOVERNMENT_SEATS.map((c) => c.toLowerCase()));

const CAPITALISED = /^[\p{Lu}]/u;
/** A capitalised adjective of two words joined by a hyphen, the second a participle ("Top-seeded",
 * "Tarnby-based", "Newly-elected", a state's short name "Kan.-based", "N.C.-based"): no part of a name after it. */
export const HYPHENED_ADJECTIVE = /^\p{Lu}(?:\p{Ll}+|[\p{Lu}\p{Ll}]{0,3}\.(?:\p{Lu}\.)*)-\p{Ll}+(?:ed|ing)$/u;

/** A dotted or all-capital acronym: "U.S.", "VPA", "NATO", "UN". */
const ACRONYM = /^(?:(?:\p{Lu}\.){2,}|\p{Lu}{2,}s?)$/u;
/** Possessive ending: "Norway's", "sailors'". */
const POSSESSIVE = /(?:['\u2019]s|s['\u2019])$/;

/** Plain words need no cleaning: the common case, checked first. */
const PLAIN_TOKEN = /^[\p{L}\p{N}-]+$/u;

/** A title word, also hyphenated: "Secretary-General", "Lieutenant-Colonel". */
function isTitle(lower: string): boolean {
  return PERSON_TITLES.has(lower) || (lower.includes('-') && lower.split('-').some((part) => PERSON_TITLES.has(part)));
}

/** Strips wrapping punctuation from a token, keeping the dots of "U.S." and "Jr.". */
/** A preposition or "and" inside a title before a name, and what follows it. */
const TITLE_JOINT = /\s(?:of|from|by|against|in|with|as|and)\s|^(?:in|as|by|from|with)\s/gu;
/** A person's noun by its ending, listed as a role or not: "photographer", "whistleblower", "economist". */
const PERSON_NOUN_END = /(?:er|or|ist|ian|ant|ent|ee|man|woman|person)$/u;

/**
 * The role a title before a name gives: the words after the last preposition or "and" that the words before it
 * have no part in ("a visit from Governor" -> "Governor", "three years as trade envoy" -> "trade envoy", "vote and
 * Green MP" -> "Green MP", "Ina Rask and psychiatrist" -> "psychiatrist"). A role noun or a name before a
 * preposition keeps the title whole ("Director of Public Works", "University of Harlow law professor"), as does a
 * person's noun before "and" ("Danish painter and entrepreneur").
 */
export function titleRole(title: string): string {
  let role = title;
  for (const m of title.matchAll(TITLE_JOINT)) {
    const before = cleanToken(title.slice(0, m.index).split(/\s+/).pop() ?? '');
    const after = title.slice((m.index ?? 0) + m[0].length);
    // ("Secretary of Parks and Public Gardens": no role after the "and")
    if (!isRoleWord(after.split(/\s+/).pop() ?? '')) continue;
    const lower = before.toLowerCase();
    const roleBefore = PERSON_ROLE_NOUNS.has(lower) || PERSON_TITLES.has(lower);
    const joinsPeople = m[0].trim() === 'and';
    // ("Fisheries and Coastal Affairs Minister": two capitalised fields of one portfolio)
    const capitals = /^\p{Lu}/u.test(before);
    const oneField = joinsPeople && capitals && /^\p{Lu}/u.test(after);
    if (before !== '' && (roleBefore || oneField || (joinsPeople ? PERSON_NOUN_END.test(lower) : capitals))) continue;
    role = after;
  }
  // "apparently President": a sentence adverb is no part of the title
  return role.replace(LEADING_ADVERB, '');
}

/** Words that join a post to what came before it, not open it ("and president"). */
const POST_OPENER = /^(?:and|or|of|for|to)$/;
/** A post written as an acronym: "CEO", "CFO". */
const ACRONYM_POST = /^C[EFOTIM]O$/;

/** A French or Italian article elided before a capital: "L'Aurore", "L’Esprit". */
export const ELIDED_ARTICLE = /^L['\u2019]\p{Lu}/u;

/** An acronym of three letters or more ("MPA", "NASA"); two may be a person's initials ("JD"). */
export const LONG_ACRONYM = /^\p{Lu}{3,}$/u;

/** Words before a title that say when one held it, not where: "Former", "Acting", "Outgoing". */
export const WHEN_IN_POST: ReadonlySet<string> = new Set(
  'former acting interim outgoing incoming then ex retired late current'.split(' '),
);
/** Lower-case words inside an organisation's name: "Bank of Harlow", "Institute for Fiscal Studies". */
const EMPLOYER_JOINERS = new Set(['of', 'for', 'and', '&', 'the', 'de']);

/**
 * "Kestrel CEO", "Harlow Bank chief executive", "White House spokesman": a name before a post written in lower case
 * or as an acronym is the holder's employer; a title in capitals holds its own words ("Interior Minister", "Prime
 * Minister"), and a qualifier, a nationality or a party is no employer ("Former CEO", "Egyptian foreign minister").
 */
export function titleEmployer(title: string): { body: string; role: string } | null {
  const tokens = title.split(/\s+/);
  const post = (t: string): boolean => ACRONYM_POST.test(t) || /^\p{Ll}/u.test(t);
  // The role is the lower-case run at the end; the employer's name before it may hold "of" ("Bank of Harlow").
  let at = tokens.length;
  while (at > 0 && post(tokens[at - 1] ?? '')) at--;
  if (at < 1 || at === tokens.length) return null;
  const body = tokens.slice(0, at);
  const role = tokens.slice(at);
  if (POST_OPENER.test(role[0] ?? '') || !isRoleWord(role[role.length - 1] ?? '')) return null;
  // ("Danish-Chilean organiser", "Liberal strategist", "Norwegian chief pilot": who, not whose)
  const adjective = (t: string): boolean => {
    const lower = cleanToken(t).toLowerCase();
    return (
      TITLE_QUALIFIERS.has(lower) ||
      PERSON_TITLES.has(lower) ||
      t.split('-').every((part) => isDemonym(part) || /(?:ian|ese)$/.test(part)) ||
      PARTY_MEMBERS.has(lower) ||
      PARTY_MEMBERS.has(lower.replace(/ic$/, ''))
    );
  };
  const named = (t: string, k: number): boolean =>
    /^\p{Lu}/u.test(t) || (k > 0 && k < body.length - 1 && EMPLOYER_JOINERS.has(t));
  // ("Harlow Institute of Public Health Studies president": the adjectives before a body's word and after its "of" are
  // its name's; "Senate Republican leader" is a Republican's post.)
  const bodyWord = body.findIndex((t) => ORG_NAME_WORDS.has(cleanToken(t)));
  const joiner = body.findIndex((t, k) => k > bodyWord && (t === 'of' || t === 'for'));
  // ("Former National Energy Council official": when one held a post is the person's.)
  const ownAdjective = (t: string, k: number): boolean =>
    WHEN_IN_POST.has(t.toLowerCase()) ||
    (adjective(t) && (bodyWord < 0 || (k > bodyWord && (joiner < 0 || k < joiner))));
  if (!body.every(named) || body.some(ownAdjective)) return null;
  return { body: body.join(' ').replace(/['\u2018\u2019]s$/u, ''), role: role.join(' ') };
}

/** An -ly adverb before a capitalised word. */
const LEADING_ADVERB = /^\p{Ll}+ly\s+(?=\p{Lu})/u;

/** A person's role or title: "head", "director", "president". */
export function isRoleWord(word: string): boolean {
  const lower = cleanToken(word).toLowerCase();
  return PERSON_ROLE_NOUNS.has(lower) || PERSON_TITLES.has(lower);
}

export function cleanToken(token: string): string {
  if (PLAIN_TOKEN.test(token)) return token;
  let t = token.replace(/^[("'\u201C\u2018[]+/, '').replace(/[)"\u201D\],;:!?]+$/, '');
  const keepsDot =
    /^(?:\p{L}\.)+$/u.test(t) ||
    PERSON_TITLES.has(t.toLowerCase()) ||
    ORG_NAME_WORDS.has(t) ||
    /^(?:Jr|Sr|St)\.$/.test(t);
  if (t.endsWith('.') && !keepsDot) t = t.slice(0, -1);
  // ("Kestrels’ Brand": a plural's possessive keeps its apostrophe, curly or straight; "‘yes’" is quoted)
  if (/['\u2019]$/u.test(t) && (!POSSESSIVE.test(t) || /^['\u2018]/u.test(token))) t = t.slice(0, -1);
  return t;
}

export function isCountryLike(text: string): boolean {
  const t = text
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
  return COUNTRY_SET.has(t) || SEAT_SET.has(t);
}

/** A country (not a capital or a seat of government): "Chile", "the U.S.". */
export function isCountry(text: string): boolean {
  return COUNTRY_SET.has(
    text
      .toLowerCase()
      .replace(/^the\s+/, '')
      .trim(),
  );
}

export function isDemonym(word: string): boolean {
  return DEMONYM_SET.has(word.toLowerCase());
}

/** A site's address, the name a site goes by in lower case: "tarnow-news.pl", "harbor.example.com". */
const DOMAIN_NAME = /^[\p{Ll}\d][\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.(?:com|org|net|gov|edu|info|news|io|tv|[a-z]{2})$/u;

/** A site's address in lower case: a name, though it has no capital. */
export function isSiteAddress(token: string): boolean {
  return token.includes('.') && DOMAIN_NAME.test(token);
}

/** A token that can be part of a proper name: capitalised, "al-Rashan", a particle between names, a site's address. */
export function isNameToken(token: string): boolean {
  if (CAPITALISED.test(token)) return true;
  if (/^(?:al|el|ad|ash|as|at|ar|an|az|bin|ibn|abu|bani)-\p{Lu}/u.test(token)) return true;
  return isSiteAddress(token);
}

/** Memoises a string predicate with a bounded cache (the same segments are tested for each cue verb). */
function memo(test: (s: string) => boolean): (s: string) => boolean {
  const cache = new Map<string, boolean>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    if (cache.size >= PARSE_CACHE_LIMIT) cache.clear();
    const value = test(s);
    cache.set(s, value);
    return value;
  };
}

/** A segment is a bare name: "Vera Holm", "Karim al-Faydi", "Colonel Omar al-Rashan". */
export const isNameSegment = memo(nameSegment);

function nameSegment(segment: string): boolean {
  const tokens = segment.trim().split(/\s+/).map(cleanToken).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 7) return false;
  const first = (tokens[0] ?? '').toLowerCase();
  if (CONNECTIVES.has(first) || CALENDAR_WORDS.has(first) || NON_NAME_OPENERS.has(first)) return false;
  let capitals = 0;
  for (const t of tokens) {
    if (isNameToken(t)) capitals++;
    else if (!NAME_PARTICLES.has(t.toLowerCase())) return false;
  }
  return capitals > 0;
}

/** A verb form right after "it", "he" or "she": an -s or -ed form, a common irregular past, an auxiliary. */
const VERB_AFTER_PRONOUN =
  /^(?:\p{Ll}+(?:s|ed|n['\u2019]t)|said|told|thought|knew|felt|sent|took|gave|made|put|kept|left|got|had|did|was|is|has|will|would|can|could|should|may|might|must)$/u;

/** True when the words can be a noun phrase: no auxiliary, no finite verb form that we can recognise. */
export const isNounPhrase = memo(nounPhrase);

function nounPhrase(segment: string): boolean {
  const tokens = segment.trim().split(/\s+/).filter(Boolean);
  if (tokens.length === 0 || tokens.length > 14) return false;
  // "It needs", "She sent": a singular pronoun then a verb form is a clause ("he and his wife", "she first" stay).
  if (tokens.length > 1 && /^(?:it|he|she)$/i.test(tokens[0] ?? '') && VERB_AFTER_PRONOUN.test(tokens[1] ?? ''))
    return false;
  // ("(learn and) let potential employers": a verb's object follows it.)
  if (tokens.length > 1 && /^lets?$/.test(tokens[0] ?? '') && tokens[1] !== 'by') return false;
  // "I doubt many", "We know the council": a pronoun and its verb of thinking open a clause.
  if (tokens.length > 1 && /^(?:I|we|you|they)$/i.test(tokens[0] ?? '') && THINKING_VERB.test(tokens[1] ?? ''))
    return false;
  if (
    tokens.length > 1 &&
    /^(?:I|we|you|they)$/i.test(tokens[0] ?? '') &&
    !AFTER_PLURAL_PRONOUN.test(cleanToken(tokens[1] ?? ''))
  )
    return false;
  for (let i = 0; i < tokens.length; i++) {
    const raw = tokens[i] ?? '';
    const t = cleanToken(raw).toLowerCase();
    // "Will Doyle", "May Ortiz": a modal written as a given name before a surname.
    // "Will said": alone, the capitalised modal is a surname (sources.ts keeps it for a person named in full).
    // "Theresa May": after a given name, it is the family name.
    const givenOrSurname =
      /^(?:Will|May)$/.test(raw) &&
      (tokens.length === 1 || isNameToken(tokens[i + 1] ?? '') || (i > 0 && isNameToken(tokens[i - 1] ?? '')));
    if (CLAUSE_WORDS.has(t) && !givenOrSurname) {
      const quantifier =
        t === 'than' &&
        QUANTIFYING_COMPARATIVES.has((tokens[i - 1] ?? '').toLowerCase()) &&
        QUANTITY_WORD.test(cleanToken(tokens[i + 1] ?? ''));
      if (!quantifier) return false;
    }
    // ("Sources say adviser Ivo Brand": a verb of saying inside the words makes them a clause.)
    if (i > 0 && SAYING_VERBS.has(t) && !ARTICLES.has((tokens[i - 1] ?? '').toLowerCase())) return false;
    if (i > 0 && FINITE_ONLY_VERBS.has(t)) return false;
    if (i > 0 && PAST_AFTER_NAME.has(raw) && isNameToken(cleanToken(tokens[i - 1] ?? ''))) return false;
    // "Becoming a certified consultant", "Stepping back to": a gerund with its object or particle opens a clause
    // ("Leading scientists", "Striking workers" describe people; "Answering a question Kestrel's Ana Lowe" ends in
    // the name that speaks).
    if (
      i === 0 &&
      /^\p{L}+ing$/u.test(raw) &&
      GERUND_OBJECT.test(tokens[1] ?? '') &&
      !CAPITALISED.test(tokens[tokens.length - 1] ?? '')
    )
      return false;
    // ("Let's say we're a firm and we": a pronoun with its verb contracted is a clause of its own.)
    if (i > 0 && (SUBJECT_PRONOUNS.has(t) || CONTRACTED_PRONOUN.test(t))) return false;
    // "justices upheld a ruling", "Lee cited the report": an article after a word that neither joins nor places
    // opens the object of a verb; a phrase has its article first ("a man and a woman", "one of the judges").
    // ("Everyone who saw the car", "the first to reach the scene": a clause inside the phrase has its object.)
    if (
      i > 0 &&
      ARTICLES.has(t) &&
      /^\p{Ll}+$/u.test(tokens[i - 1] ?? '') &&
      !BEFORE_ARTICLE.has(tokens[i - 1] ?? '') &&
      // ("spokesman the Rev. Ivo Brand", "rights group the Harlow League": a role or a body's noun before a name)
      !(isCommonNoun(tokens[i - 1] ?? '') && CAPITALISED.test(tokens[i + 1] ?? '')) &&
      !CLAUSE_INSIDE.test(tokens.slice(0, i - 1).join(' '))
    )
      return false;
    // "one unaligned strategist", "a leading economist": a participle between a determiner and a noun describes it.
    const before = (tokens[i - 1] ?? '').toLowerCase();
    // ("the recently restored chief justice", "Tarnby's newly formed council": an adverb in -ly may come between;
    // so may a possessive stand for the determiner.)
    const opener = /^\p{Ll}+ly$/u.test(before) ? (tokens[i - 2] ?? '') : (tokens[i - 1] ?? '');
    const determined =
      DETERMINERS_BEFORE_ADJECTIVE.has(opener.toLowerCase()) || (POSSESSIVE.test(opener) && t.endsWith('ed'));
    const describes =
      i > 0 &&
      i < tokens.length - 1 &&
      (determined ||
        (PREPOSITIONS_BEFORE_ADJECTIVE.has(before) &&
          ((t.endsWith('ed') && /^\p{Ll}/u.test(tokens[i + 1] ?? '')) ||
            (t.endsWith('ing') && DEPARTMENT_AFTER.has(tokens[i + 1] ?? ''))))) &&
      !DETERMINERS_BEFORE_ADJECTIVE.has((tokens[i + 1] ?? '').toLowerCase());
    // "voters polled": a survey's participle closing the phrase says who its people are (see `polledGroup`).
    const polled = i > 0 && i === tokens.length - 1 && POLLED.test(t);
    // "syndicated radio host Dennis Lee": a participle opens the role written before a full name.
    const opensRole = i === 0 && roleBeforeFullName(tokens.slice(1));
    // "consulting firm", "polling director", "sailing experts", "fundraising documents": a gerund before the body,
    // the role, the people or the document it names is a noun.
    const next = cleanToken(tokens[i + 1] ?? '').toLowerCase();
    const compound =
      ORG_NOUNS.has(next) || PERSON_ROLE_NOUNS.has(next) || GROUP_NOUNS.has(next) || DOCUMENT_NOUNS.has(next);
    // "head of marketing", "professor of nursing": a field after a role's "of" or "for" is a noun.
    const field = i >= 2 && /^(?:of|for)$/.test(before) && isRoleWord(tokens[i - 2] ?? '');
    // "The man accused of the theft", "a nurse hired by the clinic": a passive participle after a person's noun,
    // before its preposition, says what was done to the person.
    const doneTo =
      i > 0 &&
      DONE_TO_PARTICIPLES.has(t) &&
      /^\p{Ll}+$/u.test(tokens[i - 1] ?? '') &&
      (PERSON_ROLE_NOUNS.has(before) || GROUP_NOUNS.has(before) || isRoleWord(before)) &&
      AFTER_DONE_TO.test(tokens[i + 1] ?? '');
    if (
      /^\p{Ll}/u.test(raw) &&
      /^[a-z]+(?:ed|ing)$/.test(t) &&
      !NOUN_PHRASE_PARTICIPLES.has(t) &&
      !describes &&
      !polled &&
      !doneTo &&
      !opensRole &&
      !(field && t.endsWith('ing')) &&
      !(compound && t.endsWith('ing') && !PREPOSITION_ING.test(t))
    ) {
      // "officials familiar with..." is fine, "the foiled raid" or "tracked a smuggler" is not a speaker.
      if (!(PERSON_ROLE_NOUNS.has(t) || GROUP_NOUNS.has(t) || DOCUMENT_NOUNS.has(t) || ORG_NOUNS.has(t))) return false;
    }
  }
  return true;
}

/** Participles of what is done to a person, which may follow the person's noun: "the man accused of", "a worker
 * fired over", "the student expelled from". */
const DONE_TO_PARTICIPLES = new Set(
  (
    'accused charged convicted arrested jailed sentenced suspected hired employed interviewed quoted fired sacked ' +
    'dismissed suspended expelled banned sued blamed hurt rescued evacuated hospitalized hospitalised treated ' +
    'nominated chosen honored honoured pictured photographed identified trapped stranded kidnapped abducted held ' +
    'targeted attacked questioned investigated cleared acquitted pardoned freed deported caught'
  ).split(' '),
);
/** The preposition after such a participle: "accused of", "charged with", "hired by", "trapped in". */
const AFTER_DONE_TO = /^(?:of|with|by|in|for|over|from|at|on|after|during|under)$/;
/** -ing words that are prepositions: "most presidents, including President Lee". */
const PREPOSITION_ING =
  /^(?:including|regarding|concerning|following|excluding|involving|considering|pending|barring|according|during)$/;

/** Lower-case words, then a full name to the end ("radio host Dennis Lee"), perhaps with where the person is from
 * ("undecided Democratic voter Ann Hale of Millbrook"): a role before a name (see the reading of "Fox News host Sean Hannity"
 * below). */
function roleBeforeFullName(tokens: readonly string[]): boolean {
  // "undecided Democratic voter Ann Hale": a capitalised word right before a lower-case one is the role's.
  let k = 0;
  while (k < tokens.length && (/^\p{Ll}+$/u.test(tokens[k] ?? '') || /^\p{Ll}+$/u.test(tokens[k + 1] ?? ''))) k++;
  if (k <= 0 || !isNameToken(tokens[k] ?? '')) return false;
  let end = k;
  while (end < tokens.length && isNameToken(tokens[end] ?? '')) end++;
  if (end - k < 2) return false;
  if (end === tokens.length) return true;
  const place = tokens.slice(end + 1);
  return /^(?:of|from)$/.test(tokens[end] ?? '') && place.length > 0 && place.every(isNameToken);
}

function stripLeading(tokens: string[]): string[] {
  let i = 0;
  while (i < tokens.length - 1) {
    const token = tokens[i] ?? '';
    const lower = token.toLowerCase();
    const next = tokens[i + 1] ?? '';
    const before = CONNECTIVES.has(lower) || SENTENCE_ADVERB.test(token.replace(/,$/, ''));
    // "Even Rendell", "Despite Santilli's", "Like Corker": a capitalised function word before a name.
    const beforeName = WORDS_BEFORE_A_NAME.has(lower) && CAPITALISED.test(token) && CAPITALISED.test(next);
    // "Usually the company says", "Often his aides say": a word of time or frequency before a determiner
    const beforeDeterminer = TIME_WORDS.has(lower) && CAPITALISED.test(token) && DETERMINERS_AFTER_TIME.has(next);
    if (!before && !beforeName && !beforeDeterminer) break;
    i++;
  }
  return tokens.slice(i);
}

/** Words of what a title is "of" ("Secretary of State", "Director of National Intelligence", "Minister of Foreign
 * Affairs"): a qualifier, an organisation word, a country; a given name is none of these. */
const TITLE_OBJECT_WORDS = new Set(
  'national homeland public foreign affairs staff commerce treasury transportation veterans urban human labor the united nations'.split(
    ' ',
  ),
);
/** Abstract nouns name a field or an office, never a person: "Prosecution", "Development", "Security". */
const ABSTRACT_NOUN = /^\p{Lu}\p{Ll}+(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ics)$/u;
function inTitleObject(token: string): boolean {
  const lower = token.toLowerCase();
  return (
    ABSTRACT_NOUN.test(token) ||
    TITLE_QUALIFIERS.has(lower) ||
    TITLE_OBJECT_WORDS.has(lower) ||
    ORG_NAME_WORDS.has(token) ||
    isCountryLike(token) ||
    isDemonym(token)
  );
}

/** Where the full name starts that ends the tokens when the words from position k are what a title is "of" or
 * "for" ("for Tarn and Harlow Ivo Brand", "of Foreign Affairs Ana Lowe"): -1 when they are not, or the name is
 * shorter than two words. */
function titleObjectThenName(tokens: readonly string[], k: number): number {
  let start = tokens.length;
  while (start > k && isNameToken(tokens[start - 1] ?? '') && !inTitleObject(tokens[start - 1] ?? '')) start--;
  if (tokens.length - start < 2 || start === k) return -1;
  const object = tokens.slice(k, start);
  const joined = object.every(
    (t, at) =>
      inTitleObject(t) ||
      (TITLE_OBJECT_JOINERS.has(t) && at > 0 && at < object.length - 1 && inTitleObject(object[at + 1] ?? '')),
  );
  return joined && inTitleObject(object.at(-1) ?? '') ? start : -1;
}

/** Words joining what a title is for: "for Tarn and Harlow". */
const TITLE_OBJECT_JOINERS = new Set(['and', '&']);

/** "of" (or "of the") at position k of a name's run joins two parts of one name ("Bank of Tarnby", "Friends of the
 * Earth"), after a name's word ("One of Lowe's aides" is no name). */
function ofInsideName(tokens: readonly string[], k: number): boolean {
  const word = tokens[k];
  if (word === 'of') return isNameToken(tokens[k - 1] ?? '');
  return word === 'the' && tokens[k - 1] === 'of' && ofInsideName(tokens, k - 1);
}

/** Kin in the plural that, capitalised before "of", name a body: "Friends of the Earth", "Sisters of Mercy". */
const KIN_BODIES = new Set(['Friends', 'Sisters', 'Brothers', 'Sons', 'Daughters', 'Mothers', 'Fathers']);

/** What kin in the plural are "of" when they name a body (from position k): a thing with "the" ("the Earth", "the
 * American Revolution"), one name ("Mercy"), or names ending in a plural ("Harlow Libraries"); not a person's full
 * name ("Friends of Ana Lowe" are her friends). */
function kinBodyObject(tokens: readonly string[], k: number): boolean {
  const first = tokens[k] ?? '';
  if (first === 'the') return CAPITALISED.test(tokens[k + 1] ?? '');
  let end = k;
  while (end < tokens.length && isNameToken(tokens[end] ?? '')) end++;
  return end === k + 1 || /[^s'\u2019]s$/u.test(tokens[end - 1] ?? '');
}

/** Whether the tokens after position k are a full name of two or more words, none an organisation's word. */
function fullNameFollows(tokens: readonly string[], k: number): boolean {
  const rest = tokens.slice(k + 1);
  return (
    rest.length >= 2 &&
    rest.every((t) => isNameToken(t) || NAME_PARTICLES.has(t.toLowerCase())) &&
    !rest.some((t) => ORG_NAME_WORDS.has(t))
  );
}

/** Whether the tokens from position k end in a lower-case role word and then a full name ("and party
 * strategist Mary Jones"), with no clause word on the way. */
function roleThenNameFrom(tokens: readonly string[], k: number): boolean {
  for (let r = tokens.length - 3; r >= k; r--) {
    const word = tokens[r] ?? '';
    if (ROLE_WORD.test(word) && !ROLE_BOUNDARY_EXCEPTIONS.has(word) && fullNameFollows(tokens, r))
      return tokens.slice(k, r).every((t) => !CLAUSE_WORDS.has(t.toLowerCase()));
  }
  return false;
}

/** Whether the tokens from position k are capitalised words (the rest of an organisation's name) and then a
 * lower-case role and a full name. */
function employerThenRoleAndName(tokens: readonly string[], k: number): boolean {
  let r = k;
  while (r < tokens.length && CAPITALISED.test(tokens[r] ?? '')) {
    // ("Bank of Harlow President Ana Lowe", "Festival of Lights President Ana Lowe": a title in capitals, then the
    // person's full name to the end)
    if (r > k && isTitle((tokens[r] ?? '').toLowerCase()) && fullNameFollows(tokens, r)) return true;
    r++;
  }
  if (!(r > k && ROLE_WORD.test(tokens[r] ?? '') && roleThenNameFrom(tokens, r))) return false;
  // ("Rowing Club members Ann Lowe, Ray Lund": a role in the plural is no one person's)
  let last = r;
  while (ROLE_WORD.test(tokens[last + 1] ?? '')) last++;
  const role = (tokens[last] ?? '').toLowerCase();
  return !(role.endsWith('s') && !PERSON_ROLE_NOUNS.has(role) && PERSON_ROLE_NOUNS.has(singular(role)));
}

/** Parts a title joins with a hyphen to a role noun or another title: "vice-", "-general", "-elect", "co-". */
const TITLE_PARTS = new Set(['vice', 'general', 'deputy', 'elect', 'co', 'ex', 'chief']);

/** "director-general", "secretary-general", "president-elect", "co-founder": a role written as one hyphened word. */
export function isRoleCompound(lower: string): boolean {
  if (!lower.includes('-')) return false;
  const parts = lower.split('-');
  const role = (part: string): boolean => PERSON_ROLE_NOUNS.has(part) || PERSON_TITLES.has(part);
  return parts.every((part) => role(part) || TITLE_PARTS.has(part)) && parts.some(role);
}

const isCommonNoun = (lower: string): boolean =>
  PERSON_ROLE_NOUNS.has(lower) ||
  isRoleCompound(lower) ||
  GROUP_NOUNS.has(lower) ||
  ORG_NOUNS.has(lower) ||
  DOCUMENT_NOUNS.has(lower) ||
  NON_NAME_OPENERS.has(lower);

/** Words that make a demonym a region's ("South Korean", "Latin American"), not a surname. */
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Latin|Native|Middle|Anglo|Afro)$/;

/** Parses a source noun phrase (results are shared: treat them as read-only). */
export function parseNounPhrase(raw: string): NounPhrase {
  const cached = PARSE_CACHE.get(raw);
  if (cached) return cached;
  if (PARSE_CACHE.size >= PARSE_CACHE_LIMIT) PARSE_CACHE.clear();
  let parsed = polledGroup(raw) ?? ageGroup(raw) ?? parseUncached(raw);
  if (!parsed.valid) parsed = coordinatedGroup(raw) ?? numberedName(raw) ?? parsed;
  // "Cuban said": a nationality word alone, with no article, may be the surname of a person named earlier; it is
  // a phrase, and sources.ts keeps it only for such a person.
  if (!parsed.valid && /^\p{Lu}\p{Ll}+$/u.test(parsed.text) && isDemonym(parsed.text))
    parsed = { ...parsed, valid: true };
  // "a Republican from the Concord area", "a Democrat", "the No. 3 Democrat on the council", "one Republican
  // involved": one member of a party is a person described, no name.
  if (
    parsed.proper &&
    !parsed.plural &&
    (/^an?\s/i.test(parsed.text) || (/^(?:the|one)\s/i.test(parsed.text) && PARTY_MEMBERS.has(parsed.headLower))) &&
    PARTY_MEMBERS.has(singular(parsed.headLower))
  )
    parsed = { ...parsed, proper: false, kind: 'person', name: parsed.text, valid: true };
  PARSE_CACHE.set(raw, parsed);
  return parsed;
}

/**
 * A name with a number after it: a station, a channel or a union's local ("Kestrel 7 reported", "local news
 * affiliate Harlow 4", "Local 32 said"), a body of that name. Not a clause of a law or a paper's table ("Article 50
 * says", "Table 2 shows").
 */
function numberedName(raw: string): NounPhrase | null {
  const m = NUMBERED_NAME.exec(raw.trim());
  const word = m?.[2] ?? '';
  // ("reports through Jan. 31": a month written short and its day are a date.)
  if (!m || NUMBERED_PARTS.test(word) || SHORT_MONTHS.has(word.replace(/\.$/, '').toLowerCase())) return null;
  const name = parseUncached(m[1] ?? '');
  if (!name.valid || !name.proper || name.plural || name.pronoun) return null;
  return { ...name, text: raw.trim(), name: `${name.name} ${m[3]}`, kind: 'organization' };
}
const NUMBERED_NAME = /^((?:.*\s)?(\p{Lu}[\p{L}&'’.-]*))\s+(\d{1,3})$/u;
/** Parts of a law, a ballot or a paper, and other things a number names: "Article 50", "Proposition 8", "Table 2". */
const NUMBERED_PARTS =
  /^(?:Table|Figure|Fig|Exhibit|Appendix|Chart|Box|Article|Section|Chapter|Paragraph|Clause|Rule|Amendment|Proposition|Prop|Measure|Question|Title|Schedule|Part|Room|Flight|Apollo|Windows|Step|Phase|Level|Stage|Round|Game|Week|Day|Year|Page|Volume|Number|No)\.?$/;

/** A survey's participle after its people: "voters polled", "those surveyed", "students interviewed". */
const POLLED = /^(?:polled|surveyed|interviewed|questioned|sampled|contacted)$/i;

/** "Students polled said": the people a survey asked are the group that speaks; the participle only says who
 * they are, so the phrase reads as its plural noun (or "those") with the participle kept in its name. */
function polledGroup(raw: string): NounPhrase | null {
  const tokens = raw.trim().split(/\s+/);
  const last = tokens[tokens.length - 1] ?? '';
  if (tokens.length < 2 || !POLLED.test(last)) return null;
  const rest = tokens.slice(0, -1).join(' ');
  const text = tokens.join(' ');
  if (/^(?:all\s+)?those$/i.test(rest)) return thoseGroup(rest, text, last);
  const people = parseUncached(rest);
  if (!people.valid || people.proper || !people.plural || people.pronoun) return null;
  return { ...people, text, core: `${people.core} ${last}`, name: `${people.name} ${last}` };
}

/** "those" and what marks the group off, as a poll does by age: "those over 60", "those aged 18 to 29", "those 65 and
 * older". */
const THOSE_OF_AGE =
  /^((?:all\s+)?those)\s+(?:(?:over|under|aged|ages|older\s+than|younger\s+than|between)\s+\d{1,3}(?:\s*(?:-|to|and)\s*\d{1,3})?(?:\s+and\s+(?:older|over|up|younger|under))?|\d{1,3}\s+and\s+(?:older|over|up|younger|under))$/i;

/** "Those over 60 say": a group of respondents by age speaks. */
function ageGroup(raw: string): NounPhrase | null {
  const m = THOSE_OF_AGE.exec(raw.trim());
  return m?.[1] ? thoseGroup(m[1], raw.trim(), m[1].split(/\s+/).pop() ?? m[1]) : null;
}

/** "those" with the words that say who they are, read as one plural group named by the whole phrase. */
function thoseGroup(those: string, text: string, head: string): NounPhrase {
  return {
    ...parseUncached(those),
    text,
    core: text,
    head,
    headLower: head.toLowerCase(),
    name: text,
    kind: 'group',
    plural: true,
    valid: true,
  };
}

/** "Friends, lobbyists and former foes": plural common nouns joined by commas and "and" are one group of people,
 * whatever the nouns (each is read alone; the first as if it did not open the sentence). */
const CLAUSE_INSIDE = /\b(?:to|what|who|whom|whose|that|which|where|when|how|if|than)\b/i;
function coordinatedGroup(raw: string): NounPhrase | null {
  const conjuncts = raw.trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/);
  if (conjuncts.length < 2 || conjuncts.length > 5) return null;
  let last: NounPhrase | null = null;
  for (const [i, conjunct] of conjuncts.entries()) {
    const words = i === 0 ? conjunct.charAt(0).toLowerCase() + conjunct.slice(1) : conjunct;
    const p = parseUncached(words);
    // ("senators and representatives to showcase what ...": a clause inside a conjunct makes it no noun.)
    if (CLAUSE_INSIDE.test(conjunct)) return null;
    if (!p.valid || p.proper || p.pronoun || !p.plural || p.kind !== 'group' || p.text.includes(' and ')) return null;
    last = p;
  }
  if (!last) return null;
  const text = conjuncts.join(' and ');
  return { ...last, text, core: text, name: raw.trim(), possessor: null, modifiers: [] };
}

/** Determiners that say whose: "your friends", "their parents". */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'our', 'their', 'his', 'her']);
/** Prepositions whose object a name after them is: "the talk around Harlow", "the mood in Tarnby". */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(
  'around about over against into toward towards near inside outside within across among between behind beyond'.split(
    ' ',
  ),
);
/** A word with a verb contracted onto it: "they're", "we've", "I'm", "you'll", "it's" (never a possessive). */
const CONTRACTED_VERB = /^(?:\p{L}+['\u2019](?:re|ve|ll|m)|(?:it|that|there|here|what|who|where|he|she)['\u2019]s)$/iu;
/** What follows "those" where it stands for people: "those in favour", "those close to", "those who". */
const THOSE_PEOPLE_AFTER =
  /^(?:in|at|from|with|behind|against|opposed|close|familiar|involved|inside|outside|near|who|affected|living|working|responsible|loyal|around|on)$/i;
/** Words that single out the phrase after them: "Even their parents", "Only your doctor". */
const FOCUS_WORDS: ReadonlySet<string> = new Set(['even', 'only', 'just', 'also', 'especially', 'particularly', 'not']);

function parseUncached(raw: string): NounPhrase {
  // A bracketed acronym after a name is not part of it: "the Institute for Fiscal Studies (IFS)".
  const trimmed = raw.trim();
  const rawTokens = (LEADING_TIME_WORD.test(trimmed) ? trimmed.replace(LEADING_TIME_PHRASE, '') : trimmed)
    .split(/\s+/)
    .filter((t, i) => t !== '' && !(i > 0 && /^\([^()]*\)[,.;:]?$/.test(t)));
  const tokens = stripLeading(rawTokens).map(cleanToken).filter(Boolean);
  const text = tokens.join(' ');
  const empty: NounPhrase = {
    text,
    pronoun: null,
    determiner: 'none',
    core: text,
    post: '',
    head: '',
    headLower: '',
    proper: false,
    plural: false,
    kind: 'person',
    name: text,
    title: null,
    possessor: null,
    modifiers: [],
    valid: false,
  };
  // "Back at the show the company", "Back then the firm": a fronted phrase of time or place, no name.
  if (tokens.length === 0 || BACK_OPENING.test(rawTokens.join(' '))) return empty;
  const firstLower = (tokens[0] ?? '').toLowerCase();
  // "Ask your friends", "Tell their parents": a capitalised word before a possessive, other than a quantifier or a
  // focusing word ("All your staff", "Even their parents"), is an imperative's verb, and what follows its object.
  if (
    tokens.length > 2 &&
    POSSESSIVE_DETERMINERS.has((tokens[1] ?? '').toLowerCase()) &&
    CAPITALISED.test(tokens[0] ?? '') &&
    !QUANTIFIERS.has(firstLower) &&
    !DEFINITE_DETERMINERS.has(firstLower) &&
    !FOCUS_WORDS.has(firstLower)
  )
    return empty;
  // "They're great writers": a pronoun and its verb make a clause, no phrase ("She'll" alone is the
  // pronoun, its auxiliary left on it).
  if (tokens.length > 1 && tokens.some((t) => CONTRACTED_VERB.test(t))) return empty;
  if (PROPORTION.test(text)) {
    const head = tokens[tokens.length - 1] ?? '';
    return {
      ...empty,
      determiner: 'indefinite',
      head,
      headLower: head.toLowerCase(),
      kind: 'group',
      plural: true,
      valid: true,
    };
  }
  // "Another said": one more of the people just described.
  if (tokens.length === 1 && firstLower === 'another')
    return { ...empty, determiner: 'another', head: text, headLower: firstLower, title: null, valid: true };
  if (tokens.length === 1 && SUBJECT_PRONOUNS.has(firstLower)) {
    const pronoun = firstLower as 'he' | 'she' | 'they' | 'it';
    const kind: PhraseKind = pronoun === 'they' ? 'group' : pronoun === 'it' ? 'organization' : 'person';
    return {
      ...empty,
      pronoun,
      head: tokens[0] ?? '',
      headLower: firstLower,
      kind,
      plural: pronoun === 'they',
      valid: true,
    };
  }

  // "Those in favour of the plan", "those close to the mayor", "those who fled": "those" stands for people, whom the
  // words after it pick out.
  if (tokens.length > 1 && firstLower === 'those' && THOSE_PEOPLE_AFTER.test(tokens[1] ?? ''))
    return {
      ...empty,
      determiner: 'definite',
      core: tokens[0] ?? '',
      post: tokens.slice(1).join(' '),
      head: tokens[0] ?? '',
      headLower: firstLower,
      kind: 'group',
      plural: true,
      name: text,
      valid: true,
    };
  // Determiner and quantifiers ("more than 20", "at least two").
  let i = 0;
  let determiner: Determiner = 'none';
  if (DEFINITE_DETERMINERS.has(firstLower)) {
    determiner = 'definite';
    i = 1;
  } else if (firstLower === 'another') {
    determiner = 'another';
    i = 1;
  }
  while (i < tokens.length - 1) {
    const t = (tokens[i] ?? '').toLowerCase();
    if (QUANTIFIERS.has(t) || /^\d[\d,.]*$/.test(t)) {
      if (determiner === 'none') determiner = 'indefinite';
      i++;
    } else break;
  }

  // ("Many in Harlow fear", "Most across the valley": a quantifier standing alone is the core, the place its
  // postmodifier.)
  if (
    i > 0 &&
    i < tokens.length &&
    /^(?:many|most|some|few|several|all|both)$/i.test(tokens[i - 1] ?? '') &&
    // ("Most of the witnesses" is a part of a group, read as one phrase; "All that said" no phrase.)
    /^(?:in|across|at|among|from|within|inside|around|throughout|on)$/.test(tokens[i] ?? '')
  )
    i--;
  // Core runs to the first postmodifier word, except "of"/"for" inside a name ("Bank of America").
  let end = i;
  while (end < tokens.length) {
    const t = tokens[end] ?? '';
    const lower = t.toLowerCase();
    // "Figures published by the ONS": a participle followed by a preposition starts a postmodifier.
    // (Lower case as written: "Andrew McCutchen of the weather" ends in a name, not in a participle.)
    // ("data released today from": a time between the participle and its preposition)
    const afterParticiple = (tokens[end + 1] ?? '').toLowerCase();
    const timeThenPreposition =
      /^(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(afterParticiple) &&
      POSTMODIFIER_WORDS.has((tokens[end + 2] ?? '').toLowerCase());
    if (
      end > i &&
      t === lower &&
      POSTNOMINAL_PARTICIPLE.test(lower) &&
      (POSTMODIFIER_WORDS.has(afterParticiple) || timeThenPreposition)
    )
      break;
    // "A textbook just published for pupils": an adverb of time before that participle.
    if (
      end > i &&
      POSTNOMINAL_ADVERB.test(t) &&
      POSTNOMINAL_PARTICIPLE.test((tokens[end + 1] ?? '').toLowerCase()) &&
      POSTMODIFIER_WORDS.has((tokens[end + 2] ?? '').toLowerCase())
    )
      break;
    if (end > i && POSTMODIFIER_WORDS.has(lower) && t === lower) {
      const prev = tokens[end - 1] ?? '';
      const next = tokens[end + 1] ?? '';
      // "Bank of America", "Office of the Inspector General".
      const after = next === 'the' ? (tokens[end + 2] ?? '') : next;
      // "Secretary of State Madeleine Albright": "of" inside a title, when a full name follows the title.
      // ("Special Envoy for Tarn and Harlow Ivo Brand", "Ambassador to the United Nations Ana Lowe": "for" and "to"
      // too, with the places the title is for.)
      const inTitle =
        (lower === 'of' &&
          isTitle(prev.toLowerCase()) &&
          CAPITALISED.test(after) &&
          fullNameFollows(tokens, end + 1)) ||
        ((lower === 'of' || lower === 'for' || lower === 'to') &&
          CAPITALISED.test(prev) &&
          isTitle(prev.toLowerCase()) &&
          titleObjectThenName(tokens, end + 1) > 0);
      // "Former Secretary of State and party strategist Mary Jones", "Acme Radio Vice President for news Tom
      // Barker": a capitalised title's "of"/"for" phrase runs on to a lower-case role and then the person's name.
      const roleAndName =
        (lower === 'of' || lower === 'for') &&
        determiner === 'none' &&
        CAPITALISED.test(prev) &&
        isTitle(prev.toLowerCase()) &&
        roleThenNameFrom(tokens, end + 1);
      // "Zentro of America boss Carl Benning": an organisation's name with its "of" part, then a lower-case role
      // and the person's name; the person is the head.
      const employerRoleAndName =
        (lower === 'of' || lower === 'for') &&
        determiner === 'none' &&
        CAPITALISED.test(prev) &&
        employerThenRoleAndName(tokens, end + 1);
      const joinsName =
        (lower === 'of' && KIN_BODIES.has(prev) && kinBodyObject(tokens, end + 1)) ||
        // ("Council of Canadians with Disabilities": "with" and capitals after a body's name of its own)
        (lower === 'with' && CAPITALISED.test(next) && tokens.slice(i, end).some((t) => ORG_NAME_WORDS.has(t))) ||
        // ("Tarn Centers for Plant Health": a body's word in the plural too)
        ((lower === 'of' || lower === 'for') &&
          (ORG_NAME_WORDS.has(prev) || ORG_NAME_WORDS.has(prev.replace(/s$/, ''))) &&
          CAPITALISED.test(after)) ||
        inTitle ||
        roleAndName ||
        employerRoleAndName;
      if (!joinsName) break;
    }
    end++;
  }
  let coreTokens = tokens.slice(i, end);
  const post = tokens.slice(end).join(' ');
  if (coreTokens.length === 0) return { ...empty, determiner };

  // An acronym in brackets after a name: "Vellmark Ports Authority (VPA)".
  coreTokens = coreTokens.filter((t, k) => !(k > 0 && /^\(.*\)$/.test(t)));
  const headRaw = coreTokens[coreTokens.length - 1] ?? '';
  const head = headRaw.replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''));
  const headLower = head.toLowerCase();

  // Possessor: "Zentro's director" -> Zentro; "the Vellmark Army's 5th Division" -> the Vellmark Army.
  let possessor: string | null = null;
  let possEnd = -1;
  for (let k = coreTokens.length - 2; k >= 0; k--) {
    // ("Tarnby Farmers’ Union": a plural's possessive before a body's word is a part of the body's name)
    const nameWithin = /^\p{Lu}.*s['\u2019]$/u.test(coreTokens[k] ?? '') && ORG_NAME_WORDS.has(coreTokens[k + 1] ?? '');
    if (POSSESSIVE.test(coreTokens[k] ?? '') && !nameWithin) {
      possEnd = k;
      break;
    }
  }
  if (possEnd >= 0) {
    possessor = coreTokens
      .slice(0, possEnd + 1)
      .join(' ')
      .replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''));
  }
  const afterPossessor = coreTokens.slice(possEnd + 1);
  // A possessive is a definite determiner: "Ukraine's military" is the Ukrainian military met before.
  if (possessor !== null && determiner === 'none') determiner = 'definite';

  const headIsFirst = afterPossessor.length === 1 && i === 0 && possEnd < 0;
  const capital = CAPITALISED.test(head) || isNameToken(head);
  // "David French", "Mark Cuban": a demonym after a given name is a surname ("the French", "South Korean" are not).
  const given = afterPossessor[afterPossessor.length - 2] ?? '';
  const surname =
    isNameToken(given) &&
    !isDemonym(given) &&
    !isCountryLike(given) &&
    !ORG_NAME_WORDS.has(given) &&
    !COMPASS.test(given);
  const proper =
    capital &&
    (!isDemonym(head) || surname) &&
    !(headIsFirst && isCommonNoun(headLower)) &&
    !(isCommonNoun(headLower) && !CAPITALISED.test(head)) &&
    // "Theresa May", "Ann March": a month that is also a family name, after a given name ("In May", "Last March"
    // are times).
    (!CALENDAR_WORDS.has(headLower) ||
      (FAMILY_NAME_MONTHS.has(headLower) &&
        surname &&
        !CALENDAR_WORDS.has(given.toLowerCase()) &&
        !NOT_GIVEN_NAMES.has(given.toLowerCase()) &&
        !isCommonNoun(given.toLowerCase())));

  const modifiers = afterPossessor
    .slice(0, -1)
    .map((t) => t.toLowerCase())
    .concat(possessor ? possessor.toLowerCase().split(/\s+/) : []);

  /** The phrase as read: the fields a name and a common noun fill alike come from the reading above (as they
   * stand when it is called), what the head makes of the phrase from the caller. */
  const phrase = (
    reading: Pick<NounPhrase, 'proper' | 'plural' | 'kind' | 'name' | 'title' | 'valid'>,
  ): NounPhrase => ({
    ...empty,
    determiner,
    core: coreTokens.join(' '),
    post,
    head,
    headLower,
    possessor,
    modifiers,
    ...reading,
  });

  if (proper) {
    // "It looks like Nintendo", "That's one week after Zentro", "Reed claims the port authority": a clause before
    // the name is no part of it; the phrase is what follows the clause's last word.
    const clause = clauseBreak(coreTokens);
    if (clause >= 0) return { ...parseUncached([...coreTokens.slice(clause + 1), post].join(' ')), text };
    // "LOS ANGELES Paula Abdul", "EMOTIONAL Nicole Pratt": a dateline or a kicker is no part of the name.
    const named = afterCapitals(coreTokens);
    if (named > 0) return { ...parseUncached([...coreTokens.slice(named), post].join(' ')), text };
    // "The President", "the Prime Minister": a title in capitals with no name is the person who holds it, as
    // "the president" is, not a body called "President".
    // ("the Harlow Pact Secretary General": so is a body's title of two words or more after the body's name.)
    const titleWord = (t: string): boolean => isTitle(t.toLowerCase()) || TITLE_QUALIFIERS.has(t.toLowerCase());
    const firstTitle = afterPossessor.findIndex(titleWord);
    const bodyTitle =
      firstTitle > 0 &&
      afterPossessor.length - firstTitle >= 2 &&
      afterPossessor.slice(firstTitle).every(titleWord) &&
      afterPossessor.slice(0, firstTitle).every((t) => /^\p{Lu}/u.test(t));
    if (
      determiner === 'definite' &&
      possessor === null &&
      isTitle(headLower) &&
      (afterPossessor.every(titleWord) || bodyTitle)
    )
      return phrase({ proper: false, plural: false, kind: 'person', name: text, title: head, valid: true });
    // Titles before a name: "Chilean Interior Minister Ana Lowe", "former president Tomas Reed".
    let lastTitle = -1;
    // "Office of the Inspector General", "Ministry of Defence": an organisation word joined by "of" names a body;
    // with a lower-case role and a full name after it, the body is where the person works ("Ministry of Health
    // spokesman Ali Hassan", "University of Oslo geologist Maria Lund").
    // ("Bank of Harlow President Ana Lowe": so is a title in capitals there.)
    const ofName =
      afterPossessor.includes('of') &&
      ORG_NAME_WORDS.has(afterPossessor[0] ?? '') &&
      !roleThenNameFrom(afterPossessor, 0) &&
      !employerThenRoleAndName(afterPossessor, afterPossessor.indexOf('of') + 1);
    for (let k = 0; k < afterPossessor.length - 1 && !ofName; k++) {
      const word = afterPossessor[k] ?? '';
      const lower = word.toLowerCase();
      // Where the full name starts after a title's "of", "for" or "to" and what the title is of; -1 if none does.
      const nameAt =
        (lower === 'of' || lower === 'for' || lower === 'to') && lastTitle === k - 1 && k > 0
          ? titleObjectThenName(afterPossessor, k + 1)
          : -1;
      // "State Department official David Holmes": a lower-case role noun before a name is a title too; the
      // capitalised words before it say where the person works, they do not make the phrase an organisation.
      // "Democrat Bernie Sanders": a party's member before a full name says what the person is.
      if (
        isTitle(lower) ||
        (word === lower && PERSON_ROLE_NOUNS.has(lower)) ||
        // "Expert Vera Holm said": a role noun opening the sentence, capitalised only for that, before a full name;
        // so is a post's or a body's acronym ("MPA Nadia Holm").
        (k === 0 && (PERSON_ROLE_NOUNS.has(lower) || LONG_ACRONYM.test(word)) && fullNameFollows(afterPossessor, k)) ||
        // ("Lead Designer Ana Lowe", "Senior Planner Ivo Brand": a role noun after a title's qualifier)
        (k > 0 &&
          PERSON_ROLE_NOUNS.has(lower) &&
          TITLE_QUALIFIERS.has((afterPossessor[k - 1] ?? '').toLowerCase()) &&
          fullNameFollows(afterPossessor, k)) ||
        // ("Visual Designer Ana Lowe", "UX Designer Ivo Brand": a title written in capitals, whatever qualifies it)
        // ("Harlow spokesman Father Ivo Brand": not after a role in small letters)
        (k > 0 &&
          word !== lower &&
          PERSON_ROLE_NOUNS.has(lower) &&
          afterPossessor.slice(0, k).every((t) => CAPITALISED.test(t)) &&
          fullNameFollows(afterPossessor, k)) ||
        (PARTY_MEMBERS.has(lower) && fullNameFollows(afterPossessor, k)) ||
        // "Roman physician Galen", "economic historian Tawney": a word for what a person does, right before a name.
        (word === lower && PERSON_ROLE_ENDING.test(lower) && k === afterPossessor.length - 2)
      )
        lastTitle = k;
      // "Secretary of State Ana Lowe", "Director of National Intelligence Ivo Brand": the words after
      // "of" belong to the title as long as a full name still follows them.
      // ("Special Envoy for Tarn and Harlow Ivo Brand": places joined by "and", and "for" or "to".)
      else if (nameAt > 0) {
        lastTitle = nameAt - 1;
        k = lastTitle;
      } else if (lower === 'of' && lastTitle === k - 1 && k > 0) {
        let j = k + 1;
        while (
          j < afterPossessor.length - 2 &&
          fullNameFollows(afterPossessor, j) &&
          inTitleObject(afterPossessor[j] ?? '')
        )
          j++;
        lastTitle = j - 1;
        k = j - 1;
      }
      // "Fox News host Sean Hannity": any lower-case noun right before a full name is the person's role.
      // ("the letter Ana Lowe wrote": a document is no one's role)
      else if (
        word === lower &&
        ROLE_WORD.test(word) &&
        !ROLE_BOUNDARY_EXCEPTIONS.has(lower) &&
        !DOCUMENT_NOUNS.has(lower) &&
        fullNameFollows(afterPossessor, k)
      )
        lastTitle = k;
      // ("Mayor Bill de Blasio": a particle inside the name keeps the title.)
      else if (
        lastTitle >= 0 &&
        !TITLE_QUALIFIERS.has(lower) &&
        !NAME_PARTICLES.has(lower) &&
        !isNameToken(afterPossessor[k] ?? '')
      )
        lastTitle = -2;
    }
    const afterTitle = lastTitle >= 0 ? afterPossessor.slice(lastTitle + 1) : afterPossessor;
    // The name is the trailing run of name tokens; lower-case words before it are a role ("Local resident
    // Tom Hughes", "former president Tomas Reed").
    let firstName = afterTitle.length;
    while (
      firstName > 0 &&
      !HYPHENED_ADJECTIVE.test(afterTitle[firstName - 1] ?? '') &&
      (isNameToken(afterTitle[firstName - 1] ?? '') ||
        NAME_PARTICLES.has((afterTitle[firstName - 1] ?? '').toLowerCase()) ||
        // ("the charity Bank of Tarnby", "the group Friends of the Earth": "of" inside a body's name)
        ofInsideName(afterTitle, firstName - 1))
    ) {
      firstName--;
    }
    let roleWords = afterPossessor.slice(0, afterPossessor.length - (afterTitle.length - firstName));
    // "a claim Brand denied": lower-case words that are no role belong to a clause, not to the name; so does a
    // document's noun ("the letter Lowe wrote", "a memo Lowe drafted").
    const loose =
      lastTitle < 0 &&
      possessor === null &&
      roleWords.length > 0 &&
      roleWords.every((w) => {
        const lower = w.toLowerCase();
        if (HYPHENED_ADJECTIVE.test(w)) return true;
        if (w !== lower) return false;
        return DOCUMENT_NOUNS.has(lower) || (!isTitle(lower) && !isCommonNoun(lower) && !TITLE_QUALIFIERS.has(lower));
      });
    // ("the talk around Harlow": the name is the object of a preposition, and the phrase is the noun's before it)
    if (loose && OBJECT_PREPOSITIONS.has((roleWords.at(-1) ?? '').toLowerCase())) return empty;
    if (loose) {
      coreTokens = coreTokens.slice(roleWords.length);
      roleWords = [];
      if (determiner === 'indefinite') determiner = 'none';
    }
    const title = roleWords.length > 0 ? roleWords.join(' ') : null;
    const cleanName = afterTitle.slice(firstName);
    const name = cleanName.join(' ');
    // "The Ministry of Health", "Bank of America": an organisation word anywhere in the core.
    const hasOrgWord = afterPossessor.some((t) => ORG_NAME_WORDS.has(t));
    const acronym = cleanName.length === 1 && ACRONYM.test(name);
    // "US Air Force", "BT Vision", "Sydney FC", "Windows OS": a word in capitals opening a short name, or ending a
    // name of two words, is a body's or a product's ("Carl XVI Gustaf", "Sam Reed QC", "Jonathan Segal FAIA" and
    // "UX Designer Ann Lee" are people).
    const lettered =
      BODY_LETTERS.has(cleanName[cleanName.length - 1] ?? '') ||
      (cleanName.length > 1 &&
        cleanName.length <= 3 &&
        [0, cleanName.length === 2 ? 1 : 0].some((at) => {
          const t = cleanName[at] ?? '';
          return NAME_IN_CAPITALS.test(t) && !ROMAN_NUMERAL.test(t) && !POSTNOMINAL.has(t);
        }));
    // "state broadcaster Channel One", "research firm Kestrel Analytics": a lower-case noun that only a body can be,
    // right before the name, makes the name a body's, however many words it has.
    const bodyDescribed =
      lastTitle >= 0 &&
      lastTitle === afterPossessor.length - cleanName.length - 1 &&
      BODY_DESCRIPTORS.has(afterPossessor[lastTitle] ?? '');
    // With a real title ("Senate Majority Leader Chuck Schumer") only the name itself can make it an organisation.
    const organization =
      bodyDescribed ||
      ((lastTitle < 0 || cleanName.some((t) => ORG_NAME_WORDS.has(t))) &&
        (hasOrgWord ||
          // ("Friends of the Earth": kin named for a cause, KIN_BODIES)
          KIN_BODIES.has(cleanName[0] ?? '') ||
          // A possessor makes the phrase definite; only a written "the" makes a name an organisation's.
          (determiner === 'definite' && possessor === null) ||
          acronym ||
          lettered ||
          isCountryLike(name) ||
          cleanName.length === 1 ||
          isDemonym(cleanName[0] ?? '') ||
          // "L'Esprit Nouveau", "L'Aurore": a name opening with an elided article is a paper's or a firm's.
          ELIDED_ARTICLE.test(cleanName[0] ?? '') ||
          // "Twentieth Century Pictures", "First Harlow Bank": no person's name opens with an ordinal.
          ORDINAL_NAME_OPENER.test(cleanName[0] ?? '') ||
          // "Chile's Ana Lowe" is a person; "Russia's Gazprom" a company.
          (possessor !== null && cleanName.length < 2) ||
          // ("Harlow Bay", "Tarn Island": a place speaking is its team, its council or its people, no person.)
          PLACE_NAME_ENDS.has((cleanName[cleanName.length - 1] ?? '').replace(POSSESSIVE_S, ''))));
    const allNames = cleanName.every(
      (t, at) => isNameToken(t) || NAME_PARTICLES.has(t.toLowerCase()) || ofInsideName(cleanName, at),
    );
    // "research firm Kestrel", "the rights group Amnesty International": lower-case words before an organisation's
    // name describe it (its title here); they are no part of the name, which the next mention gives alone.
    // ("Chilean activist group Harbour Watch": a nationality may open the description. Adjectives alone describe no
    // body: "senior Democrats", "former CIA" keep their words.)
    const lastRoleWord = (roleWords[roleWords.length - 1] ?? '').toLowerCase();
    const described =
      organization &&
      (BODY_DESCRIPTORS.has(lastRoleWord) || isCommonNoun(lastRoleWord)) &&
      // ("Global financial firm JP Morgan": a sentence's capital may open it.)
      roleWords.every(
        (w, at) =>
          w === w.toLowerCase() ||
          isDemonym(w) ||
          DESCRIPTION_CAPITALS.test(w) ||
          (at === 0 && !/^the\s/i.test(text) && SENTENCE_CASE.test(w)),
      ) &&
      cleanName.length > 0 &&
      cleanName.every(
        (t, at) =>
          (isNameToken(t) || NAME_PARTICLES.has(t.toLowerCase()) || ofInsideName(cleanName, at)) &&
          !CONTRACTION.test(t),
      );
    // "Americans", "Palestinians": a people in the plural is a group speaking, no body.
    // ("Senate Republicans", "Top Democrats": members of a party in the plural are a group too.)
    const lastName = (cleanName[cleanName.length - 1] ?? '').toLowerCase();
    const people =
      (cleanName.length === 1 &&
        /[^s]s$/.test(name) &&
        (isDemonym(name.slice(0, -1)) || FAITHS.has(name.slice(0, -1).toLowerCase()))) ||
      (/[^s]s$/.test(lastName) && PARTY_MEMBERS.has(lastName.slice(0, -1)));
    // ("Her first book Winter Lamps says": a work's noun right before its title; the title names the work.)
    // ("the Harbor Health Report", "Kestrel's 2031 Shopping Survey": a name that ends in a document's noun names one.)
    const work =
      WORK_NOUNS.has((text.split(/\s+/).at(-cleanName.length - 1) ?? '').toLowerCase()) ||
      (cleanName.length > 1 && DOCUMENT_NAME_ENDS.has(lastName) && !SURVEYING_AGENCY.test(name));
    return phrase({
      proper: true,
      plural: people,
      kind: people ? 'group' : work ? 'document' : organization ? 'organization' : 'person',
      // ("the interior ministry's Bashary": a possessor in small letters is a body's description, not its name.
      // "Most Norwegians": a people keeps its quantifier.)
      name: people
        ? text.replace(/^the\s+/i, '')
        : described || (possessor !== null && possessor === possessor.toLowerCase())
          ? name
          : organization
            ? coreTokens.join(' ').replace(/^the\s+/i, '')
            : name,
      title,
      valid: allNames || organization,
    });
  }

  let kind: PhraseKind | null = null;
  const timeOrPoint = SHARES.has(headLower) && !speakingShare(text);
  if (timeOrPoint) kind = null;
  else if (
    GROUP_NOUNS.has(headLower) ||
    NON_NAME_OPENERS.has(headLower) ||
    PEOPLE_PLURAL.test(headLower) ||
    irregularPeoplePlural(headLower)
  )
    kind = 'group';
  // "a conservative", "the Kentucky Republican": a member of a party or a camp is a person (after a determiner of one:
  // "conservative thought leaders", "many conservative patriots" use the word as an adjective).
  else if (
    PERSON_ROLE_NOUNS.has(headLower) ||
    isRoleCompound(headLower) ||
    (PARTY_MEMBERS.has(headLower) && ONE_PERSON_DETERMINER.test(text))
  )
    kind = 'person';
  else if (DOCUMENT_NOUNS.has(headLower)) kind = 'document';
  else if (ORG_NOUNS.has(headLower)) kind = 'organization';
  // "said the 46-year-old": a person named by their age (a word spelt out is a generic head already).
  else if (AGE_HEAD.test(headLower)) kind = 'person';
  // Any other noun head names a source too ("Rights organizations", "a peewee hockey coach", "Twenty-four
  // percent"): a group when plural, else a person (the category is decided from the words later).
  if (
    kind === null &&
    !timeOrPoint &&
    isGenericHead(head, coreTokens.length + i) &&
    coreTokens.slice(0, -1).every(isModifier)
  )
    kind = /[^s]s$/.test(headLower) ? 'group' : 'person';
  // "One of the man's daughters", "one of his aides": one person of a group; "one of the firms in the row", one body.
  if (kind === 'group' && ONE_OF_GROUP.test(text))
    kind = ORG_NOUNS.has(singular(headLower)) ? 'organization' : 'person';
  const plural = kind === 'group' || (kind === 'document' && /s$/.test(headLower) && headLower !== 'analysis');
  return phrase({
    proper: false,
    plural,
    kind: kind ?? 'person',
    name: text,
    title: kind === 'person' ? head : null,
    valid: kind !== null,
  });
}

/** "one of": a phrase that picks one of the group after it. */
const ONE_OF_GROUP = /^one\s+of\s/i;

/** Shares of a people or a sample that speak as a group: "A third said", "the majority believe". */
const SHARES = new Set(['third', 'thirds', 'quarter', 'quarters', 'half', 'fifth', 'fifths', 'majority', 'minority']);
/** Words before a share that make it a stretch of time or a place in a list: "the third quarter", "the first half". */
const NOT_A_SHARE_BEFORE = new Set(
  'first second third fourth fifth last next this latter former final previous opening early late'.split(' '),
);

/**
 * A share speaks when something counts it out ("A third", "two-thirds", "the majority", "Half"): not when it is
 * a stretch of time ("the third quarter", "the first half") or a point of a list ("And third, plan ahead").
 */
function speakingShare(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  const before = words[words.length - 2];
  if (before === undefined) return head === 'half' || head === 'majority' || head === 'minority';
  return !NOT_A_SHARE_BEFORE.has(before) && before !== 'and';
}

/** Words that end a phrase without being a noun that can speak: function words, pronouns, adverbs. */
const NOT_A_HEAD = new Set(
  (
    "this that these those there here what which who whom whose whoever whatever it its it's itself one ones " +
    'something someone somebody anything anybody nothing everything everybody thing things way time times ' +
    'year years day days week weeks month months night morning evening point part lot kind sort fact case ' +
    'and or but nor so yet than then also too very just only even still ever never now later soon again ' +
    'said says told tells i me my we us our you your him his her hers them their own the a an of in on at to for with by from about ' +
    'into over under between among across through during per via like as some any all each every other another ' +
    'such many much more most few several both either neither no not amid against despite toward towards upon ' +
    'within without beyond around after before since until while because if whether ' +
    // particles and adverbs of place after a noun ("a poll out Monday", "the report here"): no noun
    'out off down up away ' +
    // what is thought or said speaks for no one ("The views expressed here are the author's")
    'view views opinions thought thoughts idea ideas feeling feelings'
  ).split(' '),
);
/** Lower-case plurals that still modify a noun ("news organizations", "arms dealers"); any other lower-case
 * word in -s before the head is a verb ("Clinton wins with 38 percent"). */
const PLURAL_MODIFIERS = new Set('news arms sales affairs rights services sports systems savings'.split(' '));
/** A generic head: a lower-case word (hyphens allowed) after at least one other word, or a plural by itself. */
const GENERIC_HEAD = /^[a-z][a-z-]{2,}$/;
/** An age in figures as a noun: "the 46-year-old" (numbers.ts reads its years as an age). */
export const AGE_HEAD = /^\d{1,3}-year-old$/;
/** An adverb or a verb form is no noun head ("quickly", "leaving"). */
const NON_NOUN_ENDING = /(?:ly|ing|ed|ous|ful|ive|able|ible)$/;

/** Possessive words that may open a generic phrase: "my own folks", "our readers". */
const POSSESSIVE_MODIFIERS = new Set('my our your his her their own'.split(' '));
/** A word before a generic head that can modify it: not a lower-case verb form in -s. */
function isModifier(token: string): boolean {
  if (NOT_A_HEAD.has(token) && !POSSESSIVE_MODIFIERS.has(token)) return false; // "to end the unrest amid": an infinitive or a clause, no phrase
  // ("region’s": a possessive with a curly apostrophe is no plural)
  return !/^[a-z]+[^s'\u2019]s$/.test(token) || PLURAL_MODIFIERS.has(token);
}

/** The head of an unlisted noun phrase that may still speak: "organizations", "the white paper", "coach". */
function isGenericHead(head: string, words: number): boolean {
  const lower = head.toLowerCase();
  if (!GENERIC_HEAD.test(head) || NOT_A_HEAD.has(lower) || NON_NOUN_ENDING.test(lower)) return false;
  return words > 1 || /[^s]s$/.test(lower);
}

/** Singular form of a head noun for matching "the officials" with "five officials", "the sources" etc. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('people')) return 'person';
  if (w.endsWith('s') && !w.endsWith('ss') && w !== 'data' && w !== 'news') return w.slice(0, -1);
  return w;
}

// Sources after coreference: one per real speaker or document. Resolves each mention ("he", "the official",
// "Quint", "the VPA", "the data") to an earlier source or a new one, then names and categorises them.
import type { SourcePhrase } from './attribution';
import { MEDIA_NAME_WORDS, SourceCategorizer } from './categories';
import {
  type Entity,
  headKey,
  NAME_SUFFIX,
  normName,
  normSurname,
  PARTY_MEMBERS,
  sameOrganisation,
  stem,
  surnameOf,
} from './entity';
import { descriptionsOf, type TextKnowledge } from './knowledge';
import {
  asciiCaseless,
  CALENDAR_WORDS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  GuardedRegExp,
  hintOf,
  ORDINALS,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  PLURAL_TITLES,
  QUANTIFIERS,
  RELATION_OF,
  RELATION_ROLE,
  TITLE_QUALIFIERS,
  US_STATE_ABBREVIATIONS,
  withoutWhomClose,
} from './lexicon';
import {
  AGE_HEAD,
  cleanToken,
  HONORIFICS,
  isCountry,
  isCountryLike,
  isDemonym,
  isNonName,
  NOUN_PHRASE_PARTICIPLES,
  type NounPhrase,
  parseNounPhrase,
  singular,
  titleEmployer,
  titleRole,
  WHEN_IN_POST,
} from './noun-phrase';
import { SMALL_NUMBER_WORDS, VAGUE_SCALE_PREFIXES } from './number-words';
import { STEP_EVERY, type Steps } from './steps';
import type { Source, SourceCategory, SourceKind } from './types';

/** Heads that may stand for any named non-state organisation: "the company said", "the group added". */
const GENERIC_ORG_HEADS = new Set([
  'company',
  'firm',
  'group',
  'organization',
  'organisation',
  'business',
  'carrier',
  'airline',
  'automaker',
  'carmaker',
  'manufacturer',
  'maker',
  'brokerage',
  'broker',
  'bank',
  'lender',
  'insurer',
  'retailer',
]);

/** The words of titles written short before a name ("Gov.", "Sen.", "Gen."). */
const ABBREVIATED_TITLES: Readonly<Record<string, string>> = {
  gov: 'governor',
  sen: 'senator',
  rep: 'representative',
  gen: 'general',
  col: 'colonel',
  lt: 'lieutenant',
  sgt: 'sergeant',
  capt: 'captain',
  cmdr: 'commander',
  supt: 'superintendent',
  atty: 'attorney',
  insp: 'inspector',
  det: 'detective',
  prof: 'professor',
  pres: 'president',
  amb: 'ambassador',
  fr: 'father',
};

/** A word before a body's name that says whose it is, not a post: "official", "state-run". */
const STATE_ADJECTIVE_ROLE = /^(?:official|semi-official|state|state-run|state-owned|government-run)$/i;

/** A description that names one holder: "the …", "Harlow's …". */
const OWNED_OR_DEFINITE = /^(?:the\s|\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['\u2019]s\s)/u;

/** Where an unnamed source's name stops: "two people familiar with his thinking [who spoke on condition...]". */
const ANONYMOUS_NAME_CUT = /\s+(?:who|which|that|whose)\s.*$/i;

/** Documents an organisation issues about itself: "the statement said" is the organisation speaking. */
const ISSUED_DOCUMENTS = new Set(['statement', 'release', 'notice', 'filing', 'letter', 'alert', 'memo']);
/** Documents of research and of record, by their head key: "the data", "the report", "the ruling" may name again a
 * document cited before by another name ("Court records show ... according to the data"); "the census", "the
 * video", "the website" name their own. */
const RESEARCH_DOCUMENTS = new Set(
  (
    'data statistics stats report study survey poll analysis analyses research estimate review audit assessment ' +
    'results findings calculations inquiry investigation tally paper whitepaper document records filing memo ' +
    'letter complaint lawsuit indictment ruling opinion judgment judgement verdict transcript'
  )
    .split(' ')
    .map(headKey),
);

/** A relative clause in an apposition: "which monitors ...", "who have been monitoring ...". */
const RELATIVE_CLAUSE = /^(?:which|who|whom|whose|where|that)\s/i;

/** Organisation nouns that, with a country ("Israel's military", "the Ukrainian army"), name a state body. */
const STATE_BODIES = new Set([
  'government',
  'military',
  'army',
  'navy',
  'ministry',
  'police',
  'cabinet',
  'parliament',
  'administration',
  'embassy',
  'presidency',
]);

/** A description ending with a preposition: the name after it is its object. */
const NAME_AFTER_PREPOSITION =
  /(?<![\p{L}])(?:of|in|at|from|near|on|for|with|by|and|&|against|into|about|over|to|toward|towards|behind|under|among|between|versus|beside|alongside)$/iu;
/** A party's member or a people, as a word qualifying a name ("Democrat", "Republican", "Kenyan"). */
function isPartyOrPeople(word: string): boolean {
  return /^\p{Lu}/u.test(word) && (PARTY_MEMBERS.has(word.toLowerCase()) || isDemonym(word));
}
/** What speaks for the person whose it is: "the office of", "the campaign of". */
const SPEAKS_FOR_HOLDER = /^(?:the\s+)?(?:office|campaign|administration|government|press\s+office)\s+(?:of|for)\s/iu;
/** A preposition and a capitalised title at the end of a description: "The office of House Speaker". */
const TITLED_OBJECT_END =
  /\s(?:of|for|to|against|into|about|over|on|with|toward|towards|behind|under|among|between|versus|beside|alongside)\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+)*\p{Lu}[\p{L}.'\u2019-]*$/u;
/** Institutions that speak as themselves even without a name (ANNOTATION: "police", "the office"). */
const INSTITUTION_HEADS = new Set(['police', 'council', 'court', 'parliament', 'legislature', 'senate', 'office']);

/** The last word of a public body's name ("Federal Election Commission", "Justice Department"): such a body is
 * no "company", "firm" or "group". */
const PUBLIC_BODY_HEADS = new Set([
  ...STATE_BODIES,
  ...INSTITUTION_HEADS,
  'commission',
  'department',
  'agency',
  'bureau',
  'congress',
]);

/**
 * A count where a body would follow "of": "mother of two", "father of 4", "one of five", "of several" (not "one",
 * which picks one body of a kind: "the spokesman for one of the insurgent groups").
 */
function countAfterOf(text: string): boolean {
  const first = (/^\S+/.exec(text)?.[0] ?? '').toLowerCase();
  if (first === 'one' || first === 'zero') return false;
  return /^\d+$/.test(first) || SMALL_NUMBER_WORDS.has(first) || VAGUE_SCALE_PREFIXES.has(first);
}
/** What follows a post's head to say whose it is: "of the port authority", "for the union", "at Kestrel". */
const WHOSE_POST = /^(?:of|for|at|from)\s/i;
/** The small words of what follows a head ("of the", "for a", "at"): no word that tells one source from another. */
const POST_LINKS = new Set(['of', 'for', 'at', 'in', 'on', 'from', 'with', 'the', 'a', 'an', 'and', 'to']);
/** Words ignored when a definite mention is matched against earlier ones ("the second Vellmark official"). */
const MATCH_IGNORED = new Set([...ORDINALS, ...QUANTIFIERS, 'the', 'this', 'that', 'these', 'those', 'senior', 'then']);
/** A possessor that only points at the place the story is about ("the city's police", "the country's army"): it
 * tells no body apart from the one already met. */
const PLACE_POSSESSORS = new Set(['city', 'town', 'country', 'nation', 'state', 'region', 'county', 'province']);
/** A possessive, then one word: "Kestrel's Lowe", "NPR’s Feng". */
const POSSESSIVE_THEN_WORD = /(?:['\u2019]s|s['\u2019])\s+\S+$/u;
/** A sponsor's survey and its poll are one document: "harbor poll" for "harbor survey". */
const asPoll = (key: string): string => key.replace(/ survey$/, ' poll');
/** A possessor that is a pronoun: "her sister Ann", "their lawyer Lee Park" tell no affiliation. */
const POSSESSIVE_PRONOUNS = /^(?:his|her|their|its|our|my|your)$/i;
/** Words that start a fronted clause before the subject ("Knowing Bardos, the coach said"): a capitalised
 * participle no sentence writes with a capital elsewhere. */
const OPENING_PARTICIPLE = new GuardedRegExp(
  '^\\p{Lu}\\p{Ll}{2,}(?:ing|ed)$',
  'u',
  (word) => word.endsWith('ing') || word.endsWith('ed'),
);
/** A plural common noun for people that may open a sentence ("Forecasters", "Residents", "Officials"); a name
 * ending in s ("Hamas", "Reuters") is none. */
const PEOPLE_WORD = /(?:ers|ors|ists|ians|ants|ents|als|ees|ives|ics|men|people)$/;
/** Words that label a section: "Summary", "Overview", "Takeaway". */
const HEADING_WORDS = /^(?:Summary|Conclusion|Overview|Background|Update|Takeaway|Verdict|Analysis)\s/u;
/** Two capitalised words, the second a plural: "Summary Studies" (group 1: the plural). */
const HEADING_THEN_PLURAL = /^\p{Lu}\p{Ll}+\s+(\p{Lu}\p{Ll}+s)$/u;
/** A relative pronoun or a pronoun's contraction left at a phrase's edge ("people who", "letters that", "which
 * many voters", "people I've"): the clause's words, not the source's ("both of whom" keeps its words). */
const RELATIVE_EDGE =
  /^(?:[Ww]hich|[Tt]hat|[Ww]ho|[Ww]hom)\s+|(?<!\sof)\s+(?:who|whom|which|that|whose|(?:I|[Ww]e|[Yy]ou|[Tt]hey)['\u2019](?:ve|re|m|d|ll))$/gu;
/** Relative pronouns and honorifics are never a role ("who", "Ms."). */
/** ("the late Ana Lowe", "the former Ana Lowe": when alone is no post.) */
const NOT_A_ROLE = new Set(['who', 'whom', 'which', 'that', 'whose', ...HONORIFICS, ...WHEN_IN_POST]);

/** Words dropped from a group's name when two are compared: determiners and hedges ("some analysts",
 * "Several observers", "even his own supporters"). Numbers stay: "two officials" and "three officials" are
 * counted apart, so they are two groups. */
const GROUP_NAME_FILLERS = new Set(
  'the these those some several many most various numerous multiple even own'.split(' '),
);
/** A group as a reader tells groups apart: lower case, fillers dropped ("Federal prosecutors" = "federal
 * prosecutors"; "his advisers" and "her advisers" stay apart). */
const groupKey = (name: string): string =>
  name
    .toLowerCase()
    .split(/\s+/)
    .map((t) => cleanToken(t))
    .filter((t) => t !== '' && !GROUP_NAME_FILLERS.has(t))
    .join(' ');
/** The head nouns of a group's conjuncts: "experts and brokerages" -> expert, brokerage. */
const groupHeads = (key: string): Set<string> =>
  new Set(key.split(/\s+(?:and|or)\s+/).map((part) => headKey(part.split(' ').pop() ?? '')));
/** Staff and the bodies they speak for: "prosecutors" are the U.S. Attorney's Office or the prosecution
 * service, "forecasters" the weather office, when the story names one such body. */
const STAFF_OF: Record<string, RegExp> = {
  prosecutor: /(?<![\p{L}])(?:attorney|prosecut|procurator)/iu,
  forecaster: /(?<![\p{L}])(?:meteorolog|weather|met office)/iu,
  meteorologist: /(?<![\p{L}])(?:meteorolog|weather|met office)/iu,
};
/** A short name in capitals that may be a name's initials ("VW", "BP"). */
const INITIALS = /^\p{Lu}{2,5}$/u;
/** "VW" in "Volkswagen": the first letters match and the rest follow in order. */
const initialsOf = (short: string, long: string): boolean => {
  const s = short.toLowerCase();
  const l = long.toLowerCase();
  if (s[0] !== l[0] || long.length <= short.length) return false;
  let at = 1;
  for (const ch of s.slice(1)) {
    at = l.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
};
/** Whether a name is a shorter form of another: its words (initials and suffixes aside) end the other's. */
const nameWithin = (short: string, long: string): boolean => {
  const words = (n: string): string[] =>
    n
      .split(/\s+/)
      .filter((t) => t !== '' && !NAME_SUFFIX.test(t) && !/^\p{Lu}\.$/u.test(t))
      .map((t) => normSurname(t));
  const a = words(short);
  const b = words(long);
  return a.length < b.length && a.every((w, i) => b[b.length - a.length + i] === w);
};
/** Whether one entity's name says more than another's: named first, then longer. */
const fuller = (a: Entity, b: Entity): boolean =>
  a.named !== b.named ? a.named : a.name.split(/\s+/).length >= b.name.split(/\s+/).length;

/** A conjunct that points back at the one before it: "and their coastal allies", "and its partners". */
const POINTS_BACK = /^(?:their|its)\s/i;
/** A word in capitals or with dots: an acronym, never a sentence-opening common noun ("VPA", "U.S."). */
const ACRONYM_WORD = /^(?:\p{Lu}{2,}s?|(?:\p{L}\.)+)$/u;

/** A possessive ending: "Cruz's", "Rangers'". */
const POSSESSIVE_END = /['\u2019]s$|(?<=s)['\u2019]$/;

/** Honorifics and roles that say a person is referred to as "he" / "she". */
const MALE =
  'Mr\\.?|Sir|Lord|spokesman|congressman|chairman|businessman|councilman|assemblyman|alderman|selectman|king|prince|father|son|brother|husband';
const FEMALE =
  'Mrs\\.?|Ms\\.?|Miss|Dame|Lady|spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|assemblywoman|alderwoman|selectwoman|queen|princess|mother|' +
  'daughter|sister|wife';
/** Whole words (no letter either side), case-insensitive; compiled only where the words are there between ASCII
 * letters (lexicon.ts GuardedRegExp). */
const genderWords = (words: string) =>
  new GuardedRegExp(
    `(?<![\\p{L}])(?:${words})(?![\\p{L}])`,
    'iu',
    hintOf(new RegExp(`(?<![A-Za-z])(?:${asciiCaseless(words)})(?![A-Za-z])`)),
  );
const MALE_WORDS = genderWords(MALE);
const FEMALE_WORDS = genderWords(FEMALE);
/** A person's reflexive pronoun, as knowledge.ts records it after a name ("Lowe himself"). */
const REFLEXIVE = /^(?:himself|herself)$/;
/** Capitals past a word's first letter: "KLM", "KestrelX". */
const INNER_CAPITAL = /^.\S*\p{Lu}/u;

/** Country names that are no single state: a bloc or a region speaks through its own bodies. */
const NOT_ONE_STATE = new Set(['europe', 'european union', 'eu', 'gaza', 'west bank', 'kurdistan']);
/** A country as a speaker is its government: "Chile" -> "Chile's government", "the U.S." -> "U.S. government"
 * (a reader expects the state, not the place; the country's name stays in it, so "Chile" still finds it). */
const governmentOf = (country: string): string => {
  const name = country.replace(/^the\s+/i, '');
  if (NOT_ONE_STATE.has(name.toLowerCase())) return name;
  return /[.]|^\p{Lu}+$|s$/u.test(name) ? `${name} government` : `${name}'s government`;
};

/**
 * Words that name a kind of body and, alone, the one body of that kind a story is about ("police", "the ministry",
 * "the court"). Not "house" ("the House" is no "White House") nor "state" or "group", which end other names.
 */
const BODY_KINDS = new Set(
  (
    'police army military navy ministry government court parliament council party company agency commission ' +
    'committee authority tribunal board union coalition administration hospital department cabinet bank ' +
    'university school church'
  ).split(' '),
);

function isBodyWord(word: string): boolean {
  return BODY_KINDS.has(word);
}

/** A plural ending: "friends", "lobbyists" (not "business", "bias"). */
const PLURAL_WORD = /[^su]s$/u;
/** Plurals of people that PEOPLE_WORD's endings miss: "Friends say", "Majorities of members say". */
const PEOPLE_PLURALS = new Set(['friends', 'guests', 'fans', 'majorities', 'colleagues', 'peers', 'kids', 'allies']);

/** The parts of a hyphened title that name no other post: "president-elect", "ex-minister", "co-founder". */
const ELECT_OR_FORMER = /^(?:co|ex)-|-elect$/;

/** "a spokesman", "an official", "his mother": one unnamed person, introduced or related to someone. */
const INDEFINITE_ONE = /^(?:an?|one|his|her|our)\s/i;

/** Resolves mentions to sources as the text is read in order. */
export class SourceRegistry {
  private readonly entities: Entity[] = [];
  private readonly index = new Map<string, Entity>();
  /** Live entities, most recently mentioned first. */
  private readonly recent: Entity[] = [];
  private clock = 0;
  private nextId = 1;

  /** Categories read from each source and what the text says about it, with every source known so far. */
  private readonly categorizer: SourceCategorizer;

  /** Set while a subject that is no source is noticed (`notice`). */
  private noticing = false;

  constructor(private readonly knowledge: TextKnowledge) {
    this.categorizer = new SourceCategorizer({ knowledge, entities: this.entities });
  }

  /** The source a mention names, or null when it names nothing we can use (a pronoun with no antecedent). */
  resolve(original: SourcePhrase): string | null {
    const speaker = this.speaker(original);
    if (!speaker) return null;
    const { mention, p } = speaker;
    this.clock++;
    const entity = this.find(mention, p);
    if (!entity) return null;
    this.enrich(entity, mention, p);
    entity.lastSeen = this.clock;
    // Most recent first: pronouns and "the official" look back from the front.
    const at = this.recent.indexOf(entity);
    if (at > 0) {
      this.recent.splice(at, 1);
      this.recent.unshift(entity);
    }
    return entity.id;
  }

  /** What a mention names as a speaker: its words, or its role when the words are no name ("Ultimately, the
   * minister said", "Knowing Bardos, the coach said": the fronted word or clause came before the subject). */
  private speaker(original: SourcePhrase): { mention: SourcePhrase; p: NounPhrase } | null {
    const edgeless = original.text.replace(RELATIVE_EDGE, '');
    const mention = edgeless === original.text ? original : { ...original, text: edgeless };
    const p = parseNounPhrase(mention.text);
    const first = p.name.split(/\s+/)[0] ?? '';
    // "Having announced ..., the judge": a capitalised participle is no name, of a person or anything else.
    const clauseOpener =
      p.proper &&
      (p.kind === 'person' || (!p.text.includes(' ') && !mention.role)) &&
      OPENING_PARTICIPLE.test(first) &&
      // "Leading Democrats say": a participle that describes a noun opens no clause.
      !NOUN_PHRASE_PARTICIPLES.has(first.toLowerCase()) &&
      !this.knowledge.midSentenceCapitals.has(first.toLowerCase());
    // "Cuban said", "French argued", "Will said": one capitalised word that is also a nationality or a modal is the
    // surname of a person the text has named in full ("Mark Cuban", "George Will"), not a country's people.
    // ("Letters said" after "Ada Letters": a surname that is also a common noun)
    const commonSurname =
      !p.text.includes(' ') &&
      /^\p{Lu}\p{Ll}/u.test(p.text) &&
      (!p.proper || p.kind === 'document') &&
      this.knowledge.people.has(normSurname(p.text));
    if (
      /^(?:Will|May)$/.test(p.text) ||
      commonSurname ||
      (!p.proper && !p.text.includes(' ') && /^\p{Lu}\p{Ll}/u.test(p.text) && isDemonym(p.text))
    ) {
      const full = this.knowledge.people.get(normSurname(p.text));
      if (full && surnameOf(full) === normSurname(p.text) && parseNounPhrase(full).kind === 'person')
        return { mention, p: { ...p, proper: true, kind: 'person', name: p.text, title: null, valid: true } };
      return null;
    }
    // "Kestrel's Lowe said" after "Kestrel analyst Ana Lowe": a body's possessive before a surname the text has
    // given a person in full is that person, of that body (not a body called "Kestrel's Lowe").
    const afterPossessive = p.possessor !== null && POSSESSIVE_THEN_WORD.test(p.core);
    const surname = afterPossessive && p.kind === 'organization' ? normSurname(p.head) : '';
    const named = surname === '' ? undefined : this.knowledge.people.get(surname);
    if (named && p.name.endsWith(p.head) && surnameOf(named) === surname && parseNounPhrase(named).kind === 'person')
      return { mention, p: { ...p, kind: 'person', name: p.head, title: null } };
    // ("Summary Studies show ...": a heading's word glued to a plural the text writes in lower case is no name; the
    // plural speaks.)
    const glued = HEADING_THEN_PLURAL.exec(p.text);
    const plural = glued?.[1]?.toLowerCase() ?? '';
    if (
      glued &&
      p.proper &&
      (DOCUMENT_NOUNS.has(plural) || GROUP_NOUNS.has(plural)) &&
      this.knowledge.writtenLowerCase(glued[1] ?? '') &&
      (HEADING_WORDS.test(p.text) || this.knowledge.writtenLowerCase(p.text.split(/\s+/)[0] ?? ''))
    ) {
      const start = mention.start + p.text.length - plural.length;
      const lowered = { ...mention, start, text: plural };
      const common = parseNounPhrase(plural);
      if (common.valid && !common.proper) return { mention: lowered, p: common };
    }
    // "Forecasters expect": one capitalised word that the text never writes with a capital inside a sentence is
    // a common noun opening the sentence, unless it reads as a name in lower case too.
    // ("Norwegians say": a people keeps its capital.)
    if (p.proper && p.kind !== 'group' && !p.text.includes(' ') && !ACRONYM_WORD.test(p.text)) {
      const lower = p.text.toLowerCase();
      const common = this.writtenAsName(lower) ? null : parseNounPhrase(lower);
      if (common?.valid && !common.proper && common.kind === 'group' && PEOPLE_WORD.test(lower))
        return { mention: { ...mention, text: lower }, p: common };
    }
    // "Patience suggests the crop is late", "Even seen from here": one word that the text also
    // writes in lower case, and never with a capital inside a sentence, is no name
    const word = p.name.toLowerCase();
    const commonWord =
      p.proper &&
      p.kind !== 'group' &&
      !p.name.includes(' ') &&
      !ACRONYM_WORD.test(p.name) &&
      !this.writtenAsName(word) &&
      this.knowledge.writtenLowerCase(p.name);
    // "WASHINGTON — The president said": a place in capitals is the story's dateline, never its speaker.
    const dateline =
      p.proper &&
      !/\p{Ll}/u.test(p.name) &&
      ((isCountryLike(p.name) && p.name.replace(/\W/g, '').length > 3) || this.knowledge.datelines.has(p.name));
    if (p.proper && p.determiner === 'definite' && PARTY_MEMBERS.has(p.headLower)) {
      // "The Kentucky Republican" describes a person; it names no organisation.
      return { mention, p: { ...p, proper: false, kind: 'person', name: p.text, title: p.headLower, valid: true } };
    }
    if (commonWord && PLURAL_WORD.test(word) && (PEOPLE_WORD.test(word) || PEOPLE_PLURALS.has(word))) {
      // "Friends say", "Majorities of members say": a plural common noun is a group speaking
      const lowered = { ...mention, text: mention.text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) };
      const common = parseNounPhrase(lowered.text);
      if (common.valid && !common.proper) return { mention: lowered, p: common };
    }
    if (p.valid && !clauseOpener && !dateline && !commonWord && !isNonName(p.text)) {
      // ("Harbor Telecom said its masts ...": a body, unless the text gives the name a person's title or role)
      const body =
        mention.body && p.kind === 'person' && !p.title && !mention.role && !this.describedAsPerson(p.name, mention);
      return { mention, p: body ? { ...p, kind: 'organization' } : p };
    }
    if (mention.count) return { mention, p: { ...p, kind: 'group', plural: true, valid: true } };
    if (!mention.role) return null;
    const role = parseNounPhrase(mention.role);
    if (!role.valid && !role.proper && PERSON_TITLES.has(role.headLower)) {
      // "the coach": a title used as an apposition is a person even when it is not among the role nouns.
      return { mention: { ...mention, text: mention.role, role: null }, p: { ...role, valid: true, kind: 'person' } };
    }
    return role.valid ? { mention: { ...mention, text: mention.role, role: null }, p: role } : null;
  }

  /** Makes a source the latest one a pronoun may mean again: a sentence's main speaker after the others it
   * names ("Asked by Lee whether ..., Park said" leaves Park the "he" of the next sentence). */
  promote(id: string): void {
    const e = this.byId(id);
    const at = e ? this.recent.indexOf(e) : -1;
    if (!e || at <= 0) return;
    this.recent.splice(at, 1);
    this.recent.unshift(e);
  }

  /** The name a reader sees for a party (of "she declined to comment"): a pronoun is resolved like any
   * source's; a party named in words keeps the words ("The Ports Authority, Harlow and Tarnby"). */
  partyName(mention: SourcePhrase): string {
    if (!parseNounPhrase(mention.text).pronoun) return mention.text;
    const id = this.resolve(mention);
    const e = id ? this.byId(id) : null;
    return e?.name ?? mention.text;
  }

  /** The sources of one cue. Unnamed groups joined by "and" where the later ones point back at the first
   * ("Harbour masters and their coastal allies warned") speak as one group: "their coastal allies" names
   * no one alone. Groups counted apart ("three port sources and three Chilean officials") stay apart. */
  resolveSubjects(mentions: readonly SourcePhrase[]): string[] {
    const parsed = mentions.map((m) => parseNounPhrase(m.text));
    const joined =
      mentions.length > 1 &&
      parsed.every((p) => p.valid && !p.proper && !p.pronoun && p.kind === 'group') &&
      mentions.slice(1).every((m) => POINTS_BACK.test(m.text));
    if (joined) {
      const first = mentions[0] as SourcePhrase;
      const last = mentions[mentions.length - 1] as SourcePhrase;
      const text = mentions.map((m) => m.text).join(' and ');
      const id = this.resolve({ ...first, text, end: last.end });
      if (id) return [id];
    }
    const ids: string[] = [];
    for (const m of mentions) {
      // A subject that is no source may stand for another mention (attribution.ts's `fallback`).
      const id = this.resolve(m) ?? (m.fallback ? this.resolve(m.fallback) : null);
      if (id && !ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  /** The text writes the lower-cased word with a capital inside a sentence, or as a person's family name. */
  private writtenAsName(word: string): boolean {
    return this.knowledge.midSentenceCapitals.has(word) || this.knowledge.people.has(normSurname(word));
  }

  /** A sentence's subject that is no source (yet): it becomes the latest of its kind for pronouns. */
  notice(mention: SourcePhrase): void {
    const p = parseNounPhrase(mention.text);
    // "Production will move", "Volunteers counted": a capital at the sentence start makes no name, unless the
    // word is written with a capital inside sentences too.
    const word = p.text.toLowerCase();
    // ("Mira saw her sister": a verb and "her" after the word say it is a person's name)
    const known = this.writtenAsName(word) || this.possessiveAfter(p.text);
    if (p.proper && !p.text.includes(' ') && !known) return;
    this.noticing = true;
    this.resolve(mention);
    this.noticing = false;
  }

  /** A sentence's subject that describes one person ("The student started a blog"), or names them in an apposition
   * ("The student, identified only as Vera,"): the latest a later "she" may mean, when its head is a person's and, for
   * "the" with no name, no person came before it ("the retired surgeon" after a named one is that person again); a
   * body or a document described ("The study looked at ...") is the latest a later "it" may mean. */
  noticeDescribed(mention: SourcePhrase): void {
    const p = parseNounPhrase(mention.role ?? mention.text);
    if (p.kind === 'document' || p.kind === 'organization' || p.kind === 'group' || p.plural) {
      this.notice(mention);
      return;
    }
    if (!PERSON_ROLE_NOUNS.has(p.headLower)) return;
    // ("The student, identified only as Vera,": a name of one word the text gives with a description is a person's.)
    if (mention.role) this.resolve(mention);
    else if (p.determiner !== 'definite' || !this.recent.some((e) => e.kind === 'person')) this.notice(mention);
  }

  /** Whether a source speaks as many or as a document ("sources", "the report"): no "he" a later sentence writes. */
  isNoOne(id: string): boolean {
    const e = this.byId(id);
    return e !== null && (e.plural || e.kind === 'group' || e.kind === 'document');
  }

  /** The category a source id has now (it may change as the text goes on); 'other' for no source. */
  categoryOf(id: string | null): SourceCategory {
    const e = id ? this.byId(id) : null;
    return e ? this.categorizer.categorize(e) : 'other';
  }

  /** A body's name of one word whose quoted words say "I" is a person's family name ("'I was there,' said Brandt"):
   * a body speaks as "we". */
  speaksAsOne(id: string): void {
    const e = this.byId(id);
    if (!e?.named || e.kind !== 'organization' || /\s/.test(e.name) || ACRONYM_WORD.test(e.name)) return;
    if (this.knowledge.acronyms.has(e.name) || isCountryLike(e.name) || isDemonym(e.name)) return;
    if (ORG_NAME_WORDS.has(e.name) || MEDIA_NAME_WORDS.test(e.name)) return;
    e.kind = 'person';
    e.surname ??= normSurname(e.name);
  }

  /** Counts one claim for a source id (after merges). */
  countClaim(id: string): void {
    const e = this.byId(id);
    if (e) e.claimCount++;
  }

  /** Sources with at least one claim, in order of first mention, with their final ids. */
  *finish(): Steps<{ sources: Source[]; ids: Map<string, string> }> {
    const ids = new Map<string, string>();
    const sources: Source[] = [];
    const listed = this.entities.filter((e) => e.claimCount > 0);
    const into = this.sameSources(listed);
    for (const e of listed) {
      const keep = into.get(e) ?? e;
      if (keep !== e) {
        // The one kept takes the other's claims and what the text says about it.
        keep.claimCount += e.claimCount;
        keep.role ??= e.role;
        keep.affiliation ??= e.affiliation;
        keep.context.push(...e.context);
        keep.activities.push(...e.activities);
      }
    }
    for (const e of listed) {
      const keep = into.get(e) ?? e;
      const done = ids.get(keep.id);
      if (done) {
        ids.set(e.id, done);
        continue;
      }
      if (sources.length % STEP_EVERY === STEP_EVERY - 1) yield;
      const id = `s${sources.length + 1}`;
      ids.set(e.id, id);
      ids.set(keep.id, id);
      sources.push({
        id,
        name: keep.name,
        named: keep.named,
        kind: keep.kind,
        category: this.categorizer.categorize(keep),
        role: keep.role,
        // ("the Harbour Party's ferry spokesman": the body, not its possessive)
        affiliation: keep.affiliation?.replace(POSSESSIVE_END, '') ?? null,
        claimCount: keep.claimCount,
      });
    }
    return { sources, ids };
  }

  /**
   * Listed sources that a reader takes for one: the same group written twice ("prosecutors", "Prosecutors",
   * "Federal prosecutors"), a bare group and the one described group of its kind, a body's staff and the body
   * ("prosecutors" and "the U.S. Attorney's Office"), a person's full name and its shorter forms ("Joseph R.
   * Biden Jr.", "Biden"), an organisation and its initials ("Volkswagen", "VW"). Maps each merged entity to
   * the one kept (the fullest name); entities kept map to nothing.
   */
  private sameSources(listed: readonly Entity[]): Map<Entity, Entity> {
    const into = new Map<Entity, Entity>();
    const root = (e: Entity): Entity => {
      let r = e;
      for (let next = into.get(r); next; next = into.get(r)) r = next;
      return r;
    };
    const join = (a: Entity, b: Entity): void => {
      const ra = root(a);
      const rb = root(b);
      if (ra === rb) return;
      // Keep the fuller name: a named source over an unnamed one, then more words.
      const [keep, drop] = fuller(ra, rb) ? [ra, rb] : [rb, ra];
      into.set(drop, keep);
    };
    // The same name twice ("Brand" once as a person, once read as an organisation; "records" and "records"),
    // except unnamed single people: "a resident" and "a resident" may be two.
    const byName = new Map<string, Entity>();
    for (const e of listed) {
      if (!e.named && e.kind === 'person') continue;
      // "some" and "Many" alone name no group a reader would take for the same people.
      if (!e.named && groupKey(e.name) === '') continue;
      const key = `${e.named}|${e.named ? normName(e.name) : groupKey(e.name)}`;
      const seen = byName.get(key);
      if (!seen) byName.set(key, e);
      else {
        if (e.kind === 'person' && seen.named) seen.kind = 'person';
        join(seen, e);
      }
    }
    const groups = listed.filter((e) => !e.named && e.kind === 'group');
    const byKey = new Map<string, Entity>();
    for (const g of groups) {
      const key = groupKey(g.name);
      if (key === '') continue;
      const seen = byKey.get(key);
      if (seen) join(seen, g);
      else byKey.set(key, g);
    }
    // A bare "analysts" is the one described group of analysts in the story, when there is just one. A group
    // with a count or a quantifier of its own ("several candidates", "a dozen members") is counted apart.
    const counted = (e: Entity): boolean => QUANTIFIERS.has(e.name.split(/\s+/)[0]?.toLowerCase() ?? '');
    for (const [key, g] of byKey) {
      if (key.includes(' ') || /\s/.test(g.name.replace(/^the\s+/i, ''))) continue;
      const head = headKey(key);
      const described = [...byKey].filter(
        ([k, other]) =>
          other !== g &&
          !counted(other) &&
          (groupHeads(k).has(head) || other.heads.has(head)) &&
          root(other) !== root(g),
      );
      const only = described[0];
      if (described.length === 1 && only) join(only[1], g);
    }
    // Staff speak for their body when the story names one body they belong to.
    for (const g of groups) {
      const body = STAFF_OF[headKey(groupKey(g.name).split(' ').pop() ?? '')];
      if (!body) continue;
      const bodies = listed.filter((e) => e.named && e.kind === 'organization' && body.test(e.name));
      const only = bodies[0];
      if (bodies.length === 1 && only) join(only, g);
    }
    // People: a shorter form of a full name, when no other listed person shares the family name.
    const people = listed.filter((e) => e.named && e.kind === 'person');
    for (const e of listed) {
      if (!e.named || (e.kind !== 'person' && !(e.kind === 'organization' && !e.name.includes(' ')))) continue;
      const surname = surnameOf(e.name);
      const others = people.filter((x) => x !== e && surnameOf(x.name) === surname);
      const longer = others.filter((x) => nameWithin(e.name, x.name));
      const first = longer[0];
      const distinct = new Set(others.map((x) => root(x)));
      if (first && distinct.size === 1) join(first, e);
    }
    // Organisations: initials of a one-word name ("VW" for "Volkswagen").
    const orgs = listed.filter((e) => e.named && e.kind === 'organization');
    // A shorter form of one other organisation's name: its first words ("Brennan Center" of "Brennan Center for
    // Justice"), its last word alone ("Times"), or a body named in lower case ("budget office").
    for (const a of orgs) {
      const words = normName(a.name).split(' ');
      const fits = orgs.filter((b) => {
        if (b === a) return false;
        const other = normName(b.name).split(' ');
        if (other.length <= words.length) return false;
        // "Brennan Center" but not "New York" (of "New York Times"): the short form ends as a body's name does.
        const leading = words.every((w, i) => other[i] === w) && ORG_NAME_WORDS.has(a.name.split(/\s+/).pop() ?? '');
        // "Times" of "New York Times", but not "House" of "White House": outlets are known by their last word.
        const last = words.length === 1 && other[other.length - 1] === words[0] && MEDIA_NAME_WORDS.test(a.name);
        const lowerCase = a.name === a.name.toLowerCase() && words.every((w) => other.includes(w));
        // "Police said" after "Cleveland Police said", "The army said" after "the Israeli army said": the
        // bare body is the one body of its kind the story names.
        const bare = words.length === 1 && other[other.length - 1] === words[0] && isBodyWord(words[0] ?? '');
        // "The CDC said" after "the Chinese CDC said": the body the story qualified by its country once.
        const qualifier = b.name.replace(/^the\s+/i, '').split(/\s+/)[0] ?? '';
        const qualified =
          other.length === words.length + 1 &&
          (isDemonym(qualifier) || isCountryLike(qualifier)) &&
          words.every((w, i) => other[i + 1] === w);
        return leading || last || lowerCase || bare || qualified;
      });
      const only = fits[0];
      if (fits.length === 1 && only) join(only, a);
    }
    for (const a of orgs) {
      if (!INITIALS.test(a.name)) continue;
      const fits = orgs.filter((b) => b !== a && !b.name.includes(' ') && initialsOf(a.name, b.name));
      const only = fits[0];
      if (fits.length === 1 && only) join(only, a);
    }
    const out = new Map<Entity, Entity>();
    for (const e of listed) {
      const r = root(e);
      if (r !== e) out.set(e, r);
    }
    return out;
  }

  private byId(id: string): Entity | null {
    return this.index.get(id) ?? null;
  }

  /** One capitalised word that names no known kind of body: no acronym, country, people or body's word. */
  private bareSurname(name: string): boolean {
    return (
      /^\p{Lu}\p{Ll}+(?:[-'\u2019]\p{Lu}?\p{Ll}+)?$/u.test(name) &&
      !isCountryLike(name) &&
      !isDemonym(name) &&
      !ORG_NAME_WORDS.has(name) &&
      !this.knowledge.longForms.has(normName(name))
    );
  }

  private live(): Entity[] {
    return this.recent;
  }

  private find(mention: SourcePhrase, parsed: NounPhrase): Entity | null {
    let p = parsed;
    const live = this.live();
    if (p.pronoun === 'he' || p.pronoun === 'she') {
      // The latest person the pronoun fits ("Ms. Dahl" is no "he"); else the latest person, as before.
      const pronoun = p.pronoun;
      const people = live.filter((e) => e.kind === 'person' && !e.plural);
      const person = people.find((e) => (this.genderOf(e) ?? pronoun) === pronoun) ?? people[0];
      if (person) return person;
      // "'We waited too long,' Lowe said. She added ...": with no person before it, the pronoun's one-word name,
      // which the text gave no full name, is a person's surname, not a body.
      const surname = live.find((e) => e.kind === 'organization' && e.named && this.bareSurname(e.name));
      if (!surname) return null;
      surname.kind = 'person';
      // ("One of Lowe's speeches came in May, when he told …": the name without its possessive.)
      surname.name = surname.name.replace(POSSESSIVE_END, '');
      surname.surname = normSurname(surname.name);
      return surname;
    }
    if (p.pronoun === 'they') {
      // ("Experts reviewed the studies. They say ...": people before papers; "they" is a document's only with no one
      // else to be.)
      return (
        live.find((e) => e.plural && e.kind !== 'document') ??
        live.find((e) => e.plural) ??
        live.find((e) => e.kind === 'organization') ??
        null
      );
    }
    // "The 46-year-old said": an age in place of a name is the latest person, as "he" or "she" is (a story gives a
    // person's age once it has named them).
    if (p.determiner === 'definite' && AGE_HEAD.test(p.headLower) && p.modifiers.length === 0 && p.post === '') {
      const person = live.find((e) => e.kind === 'person' && !e.plural);
      if (person) return person;
    }
    if (p.pronoun === 'it') {
      return live.find((e) => e.kind === 'organization' || e.kind === 'document') ?? null;
    }

    if (p.proper && p.kind === 'group') {
      // "Americans say": a people speaking, one group however often it speaks.
      const key = normName(p.name);
      return (
        live.find((e) => e.kind === 'group' && e.aliases.has(key)) ??
        this.create(p.name, false, 'group', { plural: true })
      );
    }
    if (p.proper) {
      // "Ted Cruz's" standing alone as a subject is Ted Cruz.
      if (p.kind === 'person' && POSSESSIVE_END.test(p.name)) p = { ...p, name: p.name.replace(POSSESSIVE_END, '') };
      const acronymLong = this.knowledge.acronyms.get(p.name);
      const single = p.name.split(/\s+/).length === 1;
      // "Wei said" after "Wei Lan": a family name may come first.
      const known = single
        ? (this.knowledge.people.get(normSurname(p.name)) ?? this.knowledge.firstNames.get(normSurname(p.name)))
        : undefined;
      const isPerson =
        (p.kind === 'person' && !this.knowledge.longForms.has(normName(p.name)) && !this.bodyOfCountry(p.name)) ||
        (known !== undefined && !acronymLong) ||
        (single && !acronymLong && !ACRONYM_WORD.test(p.name) && this.describedAsPerson(p.name, mention));
      if (isPerson && !single) {
        // "Goalkeeper Lena Brandt": the full name the text gives the surname ends the phrase; the words before it
        // are the role (knowledge.ts leaves a first word the text also writes in lower case out of the name).
        const full = this.knowledge.people.get(surnameOf(p.name) || normSurname(p.name));
        const prefix = full && p.name.endsWith(` ${full}`) ? p.name.slice(0, -full.length - 1) : '';
        if (full && this.knowledge.roleWords.has(prefix)) p = { ...p, name: full };
      }
      if (isPerson) {
        const surname = surnameOf(known && single ? known : p.name) || normSurname(p.name);
        const firstName = single ? null : (p.name.split(/\s+/)[0] ?? '').toLowerCase();
        // ("Willems Van Dijk" after "Julie Willems Van Dijk": a family name of several words, written alone.)
        const matches = (e: Entity): boolean =>
          e.kind === 'person' &&
          e.surname === surname &&
          (firstName === null || e.name.toLowerCase().startsWith(firstName) || !e.named || nameWithin(p.name, e.name));
        // "Lund said" after "Coach Ray Lund" and "his sister, Mia Lund": a surname alone is the person
        // the text named first with it, the story's own, not the latest one met
        // ("Ina wrote" after "Ray Moss" is Ina Moss, whom the text named too: a given name alone is that person.)
        // (A subject that says nothing, "Otto, 61, died", names no one new.)
        const givenName =
          single && known !== undefined && !this.noticing && !this.knowledge.people.has(normSurname(p.name));
        const existing =
          (single && known ? live.find((e) => matches(e) && e.name === known) : undefined) ??
          (givenName ? undefined : live.find(matches));
        if (existing) return existing;
        // "news agency RIA Novosti" ... "RIA Novosti said": a name of two words or more that reads as a person's
        // names a body met before. (One word, "Park said", is more often a person first taken for a body.)
        const body = single
          ? undefined
          : live.find((e) => e.kind === 'organization' && e.named && e.aliases.has(normName(p.name)));
        if (body) return body;
        const fullName = known && single ? known : p.name;
        // "a Tarnby Bank analyst said" ... "Tarnby Bank analyst Ida Berg said": the description met first has a name
        // now.
        const title = p.title ? normName(p.title) : '';
        // ("Harlow's finance minister said" ... "Finance Minister Ana Lowe said": a definite or possessive description
        // that ends in a title of two words or more.)
        const described = live.find((e) => {
          if (e.named || e.kind !== 'person' || e.plural || title === '') return false;
          const unnamed = normName(e.name.replace(DETERMINER, ''));
          return (
            unnamed === title ||
            (title.includes(' ') && OWNED_OR_DEFINITE.test(e.name) && unnamed.endsWith(` ${title}`))
          );
        });
        if (described && !single) {
          described.name = fullName;
          described.named = true;
          described.surname = surname;
          return described;
        }
        const merged = this.mergeAnonymousRole(mention, live);
        if (merged) {
          // The unnamed description becomes the role: "spokesperson for Norway's prime minister".
          merged.role ??= cleanRole(merged.name);
          if (!merged.affiliation)
            merged.affiliation = /\b(?:for|of|at|with|to)\s+(.+)$/.exec(merged.name)?.[1] ?? null;
          merged.name = fullName;
          merged.named = true;
          merged.surname = surname;
          merged.kind = 'person';
          return merged;
        }
        return this.create(fullName, true, 'person', { surname });
      }
      // ("the film Harbor Lights shows": a work by its title.)
      if (p.kind === 'document') {
        const key = normName(p.name);
        return live.find((e) => e.kind === 'document' && e.aliases.has(key)) ?? this.create(p.name, true, 'document');
      }
      const name = acronymLong ?? p.name;
      const aliases = new Set([normName(name), normName(p.name)]);
      // ("Zentro fans" ... "Zentro said": a group named after a body is not the body.)
      const existing = live.find(
        (e) => e.kind !== 'person' && e.kind !== 'group' && sameOrganisation(e, aliases, p.name),
      );
      if (existing) return existing;
      // "the regional water authority said" ... "The Kessel Valley Water Authority said": the description came
      // first; the name now names it.
      const lastWord = headKey((name.split(/\s+/).pop() ?? '').toLowerCase());
      const described = live.find((e) => !e.named && e.kind === 'organization' && e.heads.has(lastWord));
      if (described) {
        described.name = name;
        described.named = true;
        for (const a of aliases) described.aliases.add(a);
        return described;
      }
      // "Chile said": a country speaking is its government, and the list says so.
      const display = isCountry(name) && !acronymLong ? governmentOf(name) : name;
      const state = live.find((e) => e.named && e.kind === 'organization' && this.sameState(e, name));
      if (state && display !== name) return state;
      return this.create(display, true, 'organization', { aliases });
    }

    if (mention.name && p.kind === 'document') {
      // "a Harbor poll" ... "a Harbor poll released Friday": one poll by its sponsor's name.
      // ("the Harbor survey" after "a Harbor poll" is that poll.)
      const key = asPoll(normName(mention.name));
      return (
        live.find((e) => e.kind === 'document' && [...e.aliases].some((a) => asPoll(a) === key)) ??
        this.create(mention.name, true, 'document')
      );
    }
    // "Vellmark's ambassador to Harlow Ivo Brand": a description that ends with a full name met in the text.
    const person = this.describedPerson(p.text, live);
    if (person) return person;
    // ("the president-elect" is the president named before; "the ex-minister" the minister.)
    const head = headKey(p.headLower.replace(ELECT_OR_FORMER, ''));
    if (p.kind === 'document' && p.determiner === 'definite') {
      // "the statement said" is no other document cited before ("FEC records"): only one it names again is.
      const issued = ISSUED_DOCUMENTS.has(head);
      // "the exit polls in New Hampshire", "the Harlow survey": words of its own set a document apart from the others.
      const described = p.post !== '' || p.modifiers.some((w) => !MATCH_IGNORED.has(w));
      // ("the data" after "Court records" are those records; "the census" or "the video" after them is another.)
      const cited =
        live.find((e) => e.heads.has(head)) ??
        (issued || described || !RESEARCH_DOCUMENTS.has(head) ? null : live.find((e) => e.kind === 'document'));
      if (cited) return cited;
      // "the statement said": a statement is issued by the organisation last heard from, not by the outlet
      // that reported on it ("according to the BBC"). Right after it spoke ("the army said in a statement"), it is
      // the organisation speaking again; later, the statement speaks, the organisation its affiliation.
      if (issued) {
        const issuer = live.find((e) => e.named && e.kind === 'organization' && !this.isMedia(e));
        // "the office release": a modifier that names the issuer ("office") makes it the issuer's own words.
        const byIssuer = issuer && p.modifiers.some((w) => this.orgFits(issuer, w));
        if (issuer && (issuer === live[0] || byIssuer)) return issuer;
        const statement = this.create(p.text.replace(ANONYMOUS_NAME_CUT, ''), false, 'document');
        statement.affiliation = issuer?.name ?? null;
        return statement;
      }
    }
    // "The German automaker": a nationality still points at the latest named organisation of that sort.
    const plainModifiers = p.modifiers.every((w) => isDemonym(w));
    if (p.determiner === 'definite' && p.kind === 'organization' && plainModifiers && !p.possessor) {
      // "the company", "the ministry", "the group": the latest named organisation of that sort.
      // ("the Chilean military" after "the U.S. military": a body whose name gives another country is another body.)
      const nationality = p.modifiers.map((w) => w.toLowerCase());
      const otherCountry = (e: Entity): boolean => {
        const words = e.name.toLowerCase().split(/\s+/);
        return (
          nationality.length > 0 &&
          words.some((w) => isDemonym(w) || isCountryLike(w)) &&
          !nationality.every((w) => words.includes(w))
        );
      };
      const org = live.find((e) => e.named && e.kind === 'organization' && this.orgFits(e, head) && !otherCountry(e));
      if (org) return org;
    }
    if (p.determiner === 'definite' && PARTY_MEMBERS.has(head)) {
      // "the Kentucky Republican": the latest person described with the party and every other word.
      const wanted = [head, ...p.modifiers.filter((w) => !MATCH_IGNORED.has(w))].map(stem);
      // ("Sen. Ana Lowe, R-Ariz.," is the Arizona Republican: the party and the state the text gave after her name)
      const described = (e: Entity): Set<string> =>
        new Set(
          (e.surname ? descriptionsOf(this.knowledge, e.surname, e.name) : []).flatMap((d) => d.split(/\s+/)).map(stem),
        );
      const member = live.find((e) => {
        if (e.kind !== 'person' || !e.named) return false;
        const said = described(e);
        return wanted.every((w) => e.stems.has(w) || said.has(w));
      });
      if (member) return member;
    }
    if (p.determiner === 'definite') {
      const placeOnly = PLACE_POSSESSORS.has(p.possessor?.toLowerCase() ?? '');
      const wanted = p.modifiers
        .filter((w) => !MATCH_IGNORED.has(w) && !/^\d/.test(w) && !(placeOnly && w === p.possessor?.toLowerCase()))
        .map(stem);
      // "the city's police" after "police said": an institution is kept singular, whatever its noun's number.
      const plural = p.plural && !INSTITUTION_HEADS.has(head);
      // ("the mayor-elect" again is the mayor-elect met before, as "the mayor-elect" after "the mayor" is)
      // ("the director of national intelligence" after "the director of the port authority": the words after a
      // post's head that say whose post it is must be the earlier one's too; "the team led by …" only describes.)
      // ("Those close to the mayor" after "Those in favour of the plan": "those" is whom its words pick out.)
      const whose = (p.kind === 'person' && WHOSE_POST.test(p.post)) || p.headLower === 'those';
      const post = (whose ? p.post : '')
        .split(/\s+/)
        .map(cleanToken)
        .filter((w) => w !== '' && !POST_LINKS.has(w.toLowerCase()))
        .map(stem);
      const heads = (e: Entity): boolean =>
        (e.heads.has(head) || e.heads.has(headKey(p.headLower))) && post.every((w) => e.stems.has(w));
      const match = live.find((e) => heads(e) && e.plural === plural && wanted.every((w) => e.stems.has(w)));
      if (match) return match;
      const loose = live.find((e) => heads(e) && e.plural === plural);
      if (loose && wanted.length === 0) return loose;
      // "since President Ivo Brand took office ... the then president-elect said": a title the text wrote before a
      // person's name, even where that person was not speaking.
      const titled =
        wanted.length === 0 && p.kind === 'person' && !plural
          ? live.find(
              (e) =>
                e.kind === 'person' &&
                e.named &&
                (this.knowledge.titles.get(e.name) ?? []).some((t) => {
                  const word = t.toLowerCase().replace(/\.$/, '');
                  return headKey(ABBREVIATED_TITLES[word] ?? word) === head;
                }),
            )
          : undefined;
      if (titled) return titled;
      // "A neighbour of the family said ... The source added": "the source" is the latest unnamed speaker.
      const speaker =
        head === 'source' && wanted.length === 0 ? live.find((e) => !e.named && e.plural === plural) : null;
      if (speaker && (speaker.kind === 'person' || speaker.kind === 'group')) return speaker;
    }
    // Unnamed sources are named by their head phrase, without a trailing relative clause.
    // "the doctor's" cut off before its noun is the doctor.
    const name = p.text.replace(ANONYMOUS_NAME_CUT, '').replace(POSSESSIVE_END, '');
    // "Israel's military", "the Ukrainian military", "Chile's government": a state body speaking as itself.
    const stateBody =
      p.kind === 'organization' &&
      STATE_BODIES.has(head) &&
      p.post === '' &&
      (isCountryLike(p.possessor ?? '') || p.modifiers.some((w) => isDemonym(w) || isCountryLike(w)));
    // "police said", "The town council ... said": an institution speaking as itself is named.
    const institution =
      INSTITUTION_HEADS.has(head) && p.determiner !== 'indefinite' && p.determiner !== 'another' && p.post === '';
    const named = stateBody || institution;
    // "a Tarn ministry official said ... , a Tarn ministry official said", "his mother said ... his mother said": one
    // description written again word for word is the same unnamed speaker (a second would be "another official"),
    // not a second entry of the same name.
    const repeated = INDEFINITE_ONE.test(name)
      ? live.find((e) => !e.named && !e.plural && e.kind === p.kind && e.name.toLowerCase() === name.toLowerCase())
      : undefined;
    if (repeated) return repeated;
    if (stateBody) {
      // "Chile's government" after "Chile said": the same government.
      const country = isCountryLike(p.possessor ?? '')
        ? (p.possessor ?? '')
        : (p.modifiers.find((w) => isDemonym(w) || isCountryLike(w)) ?? '');
      const state = live.find((e) => e.named && e.kind === 'organization' && this.sameState(e, country));
      if (state && head === 'government') return state;
      if (isCountry(country)) {
        const e = this.create(name.replace(/^the\s+/i, ''), true, 'organization');
        e.aliases.add(normName(country));
        return e;
      }
    }
    return this.create(named ? name.replace(/^the\s+/i, '') : name, named, institution ? 'organization' : p.kind, {
      plural: p.plural && !institution,
    });
  }

  private describedPerson(text: string, live: Entity[]): Entity | null {
    const words = text.split(/\s+/);
    if (words.length < 3) return null;
    const surname = surnameOf(text);
    const full = this.knowledge.people.get(surname);
    if (!full || !text.endsWith(` ${full}`)) return null;
    const description = text.slice(0, text.length - full.length).trim();
    // "One resident of Mill Lane": a name after a preposition is a place or a body, not the speaker (so is one
    // after a preposition and a party or a nationality: "supporters of Democrat Ana Lowe").
    const qualified = description.split(/\s+/);
    while (qualified.length > 1 && isPartyOrPeople(qualified.at(-1) ?? '')) qualified.pop();
    if (description === '' || !/\p{Ll}/u.test(description) || NAME_AFTER_PREPOSITION.test(qualified.join(' ')))
      return null;
    // "The lawyer for Senator Ed Moss": the titled name is whose the speaker is; "the office of Mayor Ana Lowe"
    // speaks for her, under the title the text gives her.
    const lastWord = description.split(/\s+/).pop()?.toLowerCase() ?? '';
    const titled = PERSON_TITLES.has(lastWord) ? TITLED_OBJECT_END.exec(description) : null;
    if (titled && !SPEAKS_FOR_HOLDER.test(description)) return null;
    const existing = live.find((e) => e.kind === 'person' && e.surname === surname);
    if (existing) return existing;
    // The same description met before without the name is this person.
    const unnamed = live.find((e) => !e.named && e.kind === 'person' && normName(e.name) === normName(description));
    const e = unnamed ?? this.create(full, true, 'person', { surname });
    e.name = full;
    e.named = true;
    e.surname = surname;
    e.role ??= cleanRole(titled ? titled[0].replace(/^\s\S+\s+/, '') : description);
    e.context.push(description);
    return e;
  }

  /** "Smith, a plumber, said", "Ms. Dahl", "President Dahl": a single name the text gives a person's role,
   * honorific or title is a person's family name, not an organisation's name. */
  private describedAsPerson(name: string, mention: SourcePhrase): boolean {
    if (isCountryLike(name) || isDemonym(name)) return false;
    if (mention.aged) return true;
    const role = mention.role ? parseNounPhrase(mention.role) : null;
    if (role && !role.proper && role.kind === 'person') return true;
    const said = this.knowledge.descriptions.get(normSurname(name)) ?? [];
    // ("Tarrow defended his own record": "his" or "her" after a word the text never writes in lower case, and no common
    // noun: "Police said his car" is no person's.)
    return (
      this.possessiveAfter(name) ||
      said.some((d) => HONORIFICS.has(d.toLowerCase()) || PERSON_TITLES.has(d.toLowerCase()) || REFLEXIVE.test(d))
    );
  }

  /** "Tarrow defended his own record", "Mira saw her sister": a one-word name with a verb and "his" or "her" after
   * it, that the text never writes in lower case and no list holds as a common noun. "her" may be an object's
   * ("Kestrel closed her stall"), so it counts only for a word the text never capitalises inside a sentence. */
  private possessiveAfter(name: string): boolean {
    const lower = name.toLowerCase();
    const possessive = this.knowledge.possessiveAfter.get(name);
    return (
      (possessive === 'person' || (possessive === 'maybe' && !this.writtenAsName(lower))) &&
      !this.knowledge.writtenLowerCase(name) &&
      ![PERSON_ROLE_NOUNS, GROUP_NOUNS, ORG_NOUNS, ORG_NAME_WORDS].some((set) => set.has(lower) || set.has(name))
    );
  }

  /** "Cricket Norway", "Rowing Canada": a word the text also writes in lower case, then a country, name a body
   * (not "Michael Jordan": a given name is never written in lower case). */
  private bodyOfCountry(name: string): boolean {
    const [first = '', last = '', ...rest] = name.split(/\s+/);
    return rest.length === 0 && last !== '' && isCountryLike(last) && this.knowledge.writtenLowerCase(first);
  }

  /** Words the text writes as a name: more than one word, capitals past the first letter ("KLM", "KestrelX"), or a
   * word it capitalises inside a sentence too ("Garden writer" opening a sentence names no body). */
  private isName(text: string): boolean {
    return /\s/.test(text) || INNER_CAPITAL.test(text) || this.knowledge.midSentenceCapitals.has(text.toLowerCase());
  }

  /** The pronoun a person takes, from honorifics and gendered roles anywhere in the text ("Ms.", "spokeswoman",
   * "congressman"); null when unknown or when the words disagree. Pronouns teach nothing: one resolved wrongly
   * would mislead every later one, nor does a possessive after a name ("Lowe took her phone" may be a daughter's). */
  private genderOf(e: Entity): 'he' | 'she' | null {
    // ("The woman built it": an unnamed person's own words say it too.)
    const words = [
      e.named ? '' : e.name,
      e.role ?? '',
      ...e.context,
      ...(e.surname ? descriptionsOf(this.knowledge, e.surname, e.name) : []),
    ];
    const text = words.join(' | ');
    const he = MALE_WORDS.test(text);
    const she = FEMALE_WORDS.test(text);
    return he === she ? null : he ? 'he' : 'she';
  }

  /** Whether an organisation is the government of a country named or described ("Chile", "Chilean"). */
  private sameState(e: Entity, country: string): boolean {
    if (country === '') return false;
    const wanted = stem(country.replace(/^the\s+/i, ''));
    return [...e.aliases].some((a) => isCountry(a) && stem(a) === wanted);
  }

  /** A news outlet as the text describes it so far ("according to the BBC", "the Guardian"). */
  private isMedia(e: Entity): boolean {
    return this.categorizer.categorize(e) === 'media';
  }

  /** Whether "the <head>" can mean this named organisation: "the ministry" a Ministry, "the company" a firm. */
  private orgFits(e: Entity, head: string): boolean {
    if (e.name.toLowerCase().split(/\s+/).includes(head)) return true;
    const country = isCountryLike(e.name);
    // "the airline", "the company": a business, not the outlet that reported on it ("the Guardian", "the BBC").
    // "the group" is no state either ("Chile said" made "Chile's government").
    const state = [...e.aliases].some((a) => isCountry(a));
    const publicBody = PUBLIC_BODY_HEADS.has((e.name.split(/\s+/).pop() ?? '').toLowerCase());
    if (GENERIC_ORG_HEADS.has(head))
      return !country && !state && !publicBody && !MEDIA_NAME_WORDS.test(e.name) && !this.isMedia(e);
    if (head === 'government' || head === 'administration' || head === 'country') return country;
    return false;
  }

  /** "The Vellmark spokesperson, Mara Quint": the definite role points at an earlier unnamed spokesperson. */
  private mergeAnonymousRole(mention: SourcePhrase, live: Entity[]): Entity | null {
    if (!mention.role || !/^(?:the|this|that)\s/i.test(mention.role)) return null;
    const role = parseNounPhrase(mention.role);
    if (role.proper || !role.valid) return null;
    const head = headKey(role.headLower);
    const wanted = role.modifiers.filter((w) => !MATCH_IGNORED.has(w)).map(stem);
    return (
      live.find((e) => !e.named && e.kind === 'person' && e.heads.has(head) && wanted.every((w) => e.stems.has(w))) ??
      null
    );
  }

  private create(
    name: string,
    named: boolean,
    kind: SourceKind,
    extra: { surname?: string; aliases?: Set<string>; plural?: boolean } = {},
  ): Entity {
    const e: Entity = {
      id: `e${this.nextId++}`,
      name,
      named,
      kind,
      role: null,
      affiliation: null,
      context: [],
      activities: [],
      heads: new Set(),
      stems: new Set(),
      plural: extra.plural ?? false,
      surname: extra.surname ?? null,
      aliases: extra.aliases ?? new Set([normName(name)]),
      lastSeen: this.clock,
      claimCount: 0,
    };
    this.entities.push(e);
    this.index.set(e.id, e);
    this.recent.unshift(e);
    return e;
  }

  private enrich(e: Entity, mention: SourcePhrase, p: NounPhrase): void {
    if (p.pronoun) return;
    // "a close friend of the mayor", "the wife of the governor": whom a relative or a friend is close to is no
    // employer, and says nothing of what the source is.
    const relation = !p.proper && RELATION_OF.test(mention.text);
    e.context.push(withoutWhomClose(mention.text));
    if (!p.proper) e.heads.add(headKey(p.headLower));
    if (mention.document) e.heads.add(headKey(mention.document));
    for (const w of `${mention.text} ${mention.role ?? ''}`.split(/\s+/)) {
      const t = cleanToken(w);
      if (t) e.stems.add(stem(t));
    }
    if (mention.role) {
      const role = parseNounPhrase(mention.role);
      if (role.valid && !role.proper) e.heads.add(headKey(role.headLower));
      e.context.push(withoutWhomClose(mention.role));
    }
    // "research firm Kestrel": the words that describe an organisation before its name say what it is.
    // (Only then is the title outside the name: "Office of the Inspector General" keeps its words in its name.)
    // (A year before a document's name, "Kestrel's 2031 Shopping Survey", is no title.)
    const describedAs = p.title !== null && !p.name.includes(p.title) && /\p{L}/u.test(p.title);
    const title = p.proper && (p.kind === 'person' || describedAs) ? p.title : null;
    // "Interior Minister Anna Holm" is "the minister" later: the title's last word is a head of hers.
    // ("Gov. Ana Lowe" is "the governor" later: an abbreviated title is its word.)
    const lastTitleWord = cleanToken(title?.split(/\s+/).pop() ?? '').toLowerCase();
    const titleHead = ABBREVIATED_TITLES[lastTitleWord.replace(/\.$/, '')] ?? lastTitleWord;
    if (titleHead && PERSON_ROLE_NOUNS.has(titleHead)) e.heads.add(headKey(titleHead));
    const posted = title && !mention.role ? titleEmployer(title) : null;
    const employer = posted && this.isName(posted.body) ? posted : null;
    if (employer) e.affiliation ??= mention.affiliation ?? employer.body;
    // ("Tarn's official news agency": "official" before a body's name says it is the state's, no post.)
    // ("Senate Majority Leader Ed Moss, a Democrat": a party after a titled name is the affiliation; the title stays
    // the role.)
    const partyOnly = title !== null && PARTY_MEMBERS.has(singular(mention.role?.toLowerCase() ?? ''));
    const role =
      (partyOnly ? null : cleanRole(mention.role)) ?? cleanRole(employer?.role ?? (title && titleRole(title)));
    if (!(e.kind === 'organization' && role !== null && STATE_ADJECTIVE_ROLE.test(role))) e.role ??= role;
    // "Analysts at Goldman Sachs", "a spokesperson for the union": the postmodifier names the affiliation.
    const at = /^(?:at|of|for|from|with)\s+(.+)$/i.exec(p.post);
    // ("the High Commissioner for Refugees", "the Minister for Health": a capitalised title's "for" is its portfolio.)
    // (Not a capital that only opens the sentence: "Lawyers for the union".)
    const portfolio = /^for\s/i.test(p.post) && /^\p{Lu}/u.test(p.head) && !mention.text.startsWith(p.head);
    // "the Harlow Pact Secretary General": the body's name before a capitalised title is whom the holder is of.
    if (!p.proper && p.kind === 'person' && p.determiner === 'definite' && /^\p{Lu}/u.test(p.head)) {
      const words = p.core.split(/\s+/);
      const first = words.findIndex((w) => PERSON_TITLES.has(w.toLowerCase()) || TITLE_QUALIFIERS.has(w.toLowerCase()));
      const body = words.slice(0, Math.max(first, 0)).join(' ');
      if (first > 0 && words.slice(0, first).every((w) => /^\p{Lu}/u.test(w))) e.affiliation ??= body;
    }
    if (
      at &&
      !portfolio &&
      !SPEAKS_FOR_HOLDER.test(mention.text) &&
      !p.proper &&
      !relation &&
      !mention.affiliation &&
      !/^(?:the\s+)?(?:matter|situation|talks|case|issue)/i.test(at[1] ?? '') &&
      !isTime(at[1] ?? '') &&
      // ("a mother of two", "one of five": a number after "of" counts people, it names no body)
      !countAfterOf(at[1] ?? '') &&
      // ("the remains of a man", "a group of Tarn scientists", "diners with allergies": no body)
      namesABody(at[1] ?? '')
    ) {
      // "Director of Public Prosecution Eva-Marie Persson": the name after the post is the person, not the body.
      const body = (at[1] ?? '').replace(/^the\s+/i, '');
      e.affiliation ??= e.named && body.endsWith(` ${e.name}`) ? body.slice(0, -e.name.length).trim() : body;
    }
    // "said Ed Moss of the Harbor Institute": a person's name, then the body whose name says it is one (not where
    // the person is from: "Ray Lund of Tarnby"), or whose head before its own "of" or "for" does ("the University
    // of Tarnby", "the Institute for Coastal Studies").
    const body = at?.[1]?.replace(/^the\s+/i, '') ?? '';
    const bodyHead = /^(.+?)\s+(?:of|for)\s/.exec(body)?.[1] ?? body;
    // ("Ana Lowe of NPR": an acronym that names no country or state is a body's.)
    const saysBody = (words: string) => ORG_NAME_WORDS.has(words.split(/\s+/).pop() ?? '') || bodyAcronym(words);
    if (p.proper && p.kind === 'person' && !mention.affiliation && (saysBody(body) || saysBody(bodyHead)))
      e.affiliation ??= body;
    // "The city council's Ann Reyes", "the interior ministry's Bashary": the possessor is whom the source is of
    // (not a place the story is about: "the city's Ann Reyes"; not a pronoun).
    const possessor = p.possessor?.replace(/^the\s+/i, '') ?? '';
    if (
      p.proper &&
      possessor !== '' &&
      !e.name.includes(possessor) &&
      !PLACE_POSSESSORS.has(possessor.toLowerCase()) &&
      !POSSESSIVE_PRONOUNS.test(possessor)
    )
      e.affiliation ??= possessor;
    // ("The mayor's brother, Ivo Brand," is no one's employee: whose relative he is says nothing of what he is; a
    // relative named, "Ana Holm's daughter", is shown.)
    const relative = mention.role !== null && mention.role !== undefined && RELATION_ROLE.test(mention.role);
    if (mention.affiliation && relative) {
      if (/^\p{Lu}/u.test(mention.affiliation)) e.affiliation ??= mention.affiliation;
    } else if (mention.affiliation) {
      e.affiliation ??= mention.affiliation.replace(/^the\s+/i, '');
      e.context.push(mention.affiliation);
    }
    // "a spokesman for the agency", "the department's director": the named body of that kind met before.
    const kindOfBody = e.affiliation !== null && /^\p{Ll}+$/u.test(e.affiliation) ? e.affiliation : null;
    const named = kindOfBody
      ? this.recent.find((o) => o !== e && o.named && o.kind === 'organization' && this.orgFits(o, kindOfBody))
      : undefined;
    if (named) e.affiliation = named.name;
    // Appositions say what a source is ("a Vellmark think tank"); relative clauses say what it does, which only
    // tells whether an organisation does research ("which monitors ferry traffic online").
    for (const piece of mention.descriptor?.split('; ') ?? []) {
      if (RELATIVE_CLAUSE.test(piece)) e.activities.push(piece);
      else e.context.push(piece);
    }
  }
}

/** An acronym that names a body, not a country or an American state ("NPR", "the IMF"; not "US", "NY"). */
function bodyAcronym(text: string): boolean {
  return /^\p{Lu}{2,6}$/u.test(text) && !isCountryLike(text) && !US_STATE_CODES.has(text);
}

/** The two-letter codes of American states ("NY", "CA"), from lexicon.ts's list of their abbreviations. */
const US_STATE_CODES: ReadonlySet<string> = new Set(
  [...US_STATE_ABBREVIATIONS.keys()].filter((abbreviation) => /^\p{Lu}{2}$/u.test(abbreviation)),
);

/** People who act as one and speak through a spokesperson: "a spokesman for the militants", "the rebel groups". */
const COLLECTIVE_ACTORS =
  /^(?:groups|militants|rebels|insurgents|fighters|protesters|activists|demonstrators|separatists|militias|forces|troops|families|family|victims|plaintiffs)$/;
/** Words after "at", "of", "for", "from" or "with" that name a body one may be of: a name that is no group of people
 * ("Kestrel Sachs", "the Harbor Institute"), a body's noun ("the union", "the mayor's office") or people who act as one
 * ("the militants"). */
function namesABody(text: string): boolean {
  const p = parseNounPhrase(text);
  if (!p.valid) return false;
  if (p.kind === 'organization' || ORG_NOUNS.has(p.headLower) || COLLECTIVE_ACTORS.test(p.headLower)) return true;
  return /^\p{Lu}/u.test(text.replace(/^the\s+/i, '')) && p.kind !== 'group';
}

/** A time, which no source belongs to: "research from March 2019", "a study from 2019", "data from last year". */
function isTime(text: string): boolean {
  const [first = '', second = ''] = text.split(/\s+/);
  // ("a spokesman for May" is for a person: a month is a time with a number after it)
  if (CALENDAR_WORDS.has(first.toLowerCase())) return /^\d/.test(second);
  if (/^(?:\d{4}s?|last|this|next|early|late|mid(?:-\d{4})?)$/i.test(first)) return true;
  // ("transcripts from the night of the fire", "records from the days before the vote")
  return TIME_HEAD.test(text);
}
/** A time's noun heading a phrase: "the night of the fire", "the weeks before the vote". */
const TIME_HEAD =
  /^(?:the|that|those)\s+(?:same\s+|early\s+|final\s+|first\s+|last\s+)?(?:night|day|morning|afternoon|evening|weekend|week|month|year|time|era|period|hours?|days|weeks|months|years|decades?|moment)(?:\s|$)/iu;

/** An article before a description: "a Tarnby Bank analyst". */
const DETERMINER = /^(?:an?|the)\s+/i;

/** "an advisor to Vellmark port police" -> "advisor to Vellmark port police"; "Zentro's director" -> as given. */
function cleanRole(role: string | null): string | null {
  if (!role) return null;
  // ("Its interim leader, Ana Holm": "its" stands for a body named before, no part of the role; "her brother" says
  // whose, and stays)
  // ("surgeon Dr. Ines Berg": the honorific after the role is the name's)
  // ("(KTV)Harlow Gov. Ana Lowe": a dateline's agency glued to the title is no part of it)
  const words = role
    .replace(/^\(?\p{Lu}{2,}\)\s*/u, '')
    .replace(/^(?:the|a|an|whose|its|their)\s+/i, '')
    .trim()
    .split(/\s+/);
  while (words.length > 1 && NAME_HONORIFIC.test(words[words.length - 1] ?? '')) words.pop();
  // ("host of “Harbor Hour,”": a title's closing mark went with the comma that closed the role)
  // ("Sens. Ana Lowe and Ivo Brand": each one's title is in the singular)
  const joined = PLURAL_TITLES.get(words.join(' ').toLowerCase()) ?? words.join(' ');
  const cleaned = /\u201C[^\u201D]*$/u.test(joined) ? `${joined}\u201D` : joined;
  return cleaned === '' || NOT_A_ROLE.has(cleaned.toLowerCase()) || NO_ROLE.test(cleaned) ? null : cleaned;
}

/** An honorific written before a name: "Dr.", "Ms", "Prof.". */
const NAME_HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?$/;

/** Words that are no role: a report set in commas ("Harbor Mills, Lee said, plans"), a phrase of time, place or
 * manner ("in a quiet way", "for over a decade", "how much"), an amount, a web address or markup. */
const NO_ROLE =
  /(?:^|\s)(?:said|says|told|tells)$|^(?:in|on|at|for|as|with|by|along|from|to|against|how|when|where|while|after|before)\s|^[$\u00a3\u20ac]|\/\/|["<>]/iu;

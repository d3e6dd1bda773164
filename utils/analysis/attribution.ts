// Finds the attribution cue of a sentence ("X said", "said X", "X told Reuters", "according to X", "the data
// shows", "X believes") and the noun phrases of its source(s), with their appositions; and the non-responses
// ("did not respond"). Works on one sentence of one block; coreference is sources.ts's job.
import {
  CONCESSIONS,
  CONNECTIVES,
  DOCUMENT_NOUNS,
  FRONTED_ADVERBS,
  GROUP_NOUNS,
  GuardedRegExp,
  hintOf,
  OPENING_SPEECH_VERBS,
  ORG_NAME_WORDS,
  ORG_NOUNS,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  PLURAL_TITLES,
  RELATION_ROLE,
  SUBJECT_PRONOUNS,
  TITLE_QUALIFIERS,
  US_STATE_ABBREVIATIONS,
} from './lexicon';
import {
  cleanToken,
  contractedPronoun,
  innerVerbStart,
  irregularPeoplePlural,
  isCountryLike,
  isDemonym,
  isNameSegment,
  isNameToken,
  isNonName,
  isNounPhrase,
  isOpeningFunctionWord,
  isRoleCompound,
  isRoleWord,
  leadingTimeLength,
  type NounPhrase,
  PARTY_MEMBERS,
  parseNounPhrase,
  singular,
  titleRole,
} from './noun-phrase';
import { SMALL_NUMBER_WORDS, TENS_WORDS } from './number-words';
import { PhraseFinder } from './phrases';
import { QUOTE_MASK } from './segment';
import type { AttributionKind } from './types';
import { CUE_NOUNS, PARTICIPLE_ONLY_FORMS, STATE_ADJECTIVES, VERB_FORMS, type VerbEntry, type VerbForm } from './verbs';

/** One sentence of a block: `text` and `masked` are the whole block's (same offsets), [start, end) the sentence. */
export interface SentenceView {
  text: string;
  masked: string;
  start: number;
  end: number;
}

/** A noun phrase in a sentence that names a source ("Vera Holm", "two officials"), with what its appositions say
 * about it; offsets into the block. Its grammar is read by `parseNounPhrase` (noun-phrase.ts); sources.ts resolves it to
 * a source. */
export interface SourcePhrase {
  text: string;
  start: number;
  end: number;
  /** "Fisheries Minister", "advisor to Vellmark port police", "The Vellmark spokesperson". */
  role: string | null;
  affiliation: string | null;
  /** Relative clauses and appositions ("which monitors ferry traffic online"), for the category. */
  descriptor: string | null;
  /** The mention cites a document of this kind ("data" of "according to data from Zentro"). */
  document: string | null;
  /** The name a sponsored document goes by, from its sponsor and its noun: "CBS News poll". */
  name?: string;
  /** What the text itself said, when this mention stands in for it ("he" for the name the sentence is about):
   * used when this one names no source. */
  fallback?: SourcePhrase;
  /** A bare count whose noun the sentence left out ("520 delegates back Lee, 39 have said they back Hale"): a group,
   * though no noun phrase alone. */
  count?: boolean;
  /** A name that reports about itself as "its" ("Harbor Telecom said its masts were down"): a body, not a person. */
  body?: boolean;
  /** An age set after the name ("Mira, 41, said"): a person, whatever the name reads as. */
  aged?: true;
  /** Who speaks with the subject, named before it with appositions of their own ("Ana Lowe, 34, and Tomas Reed,
   * 36, said": Ana Lowe, beside Tomas Reed). */
  partners?: SourcePhrase[];
}

/** How the cue names its source: the verb's subject, "according to", a document's verb, or the agent after "by" of a
 * passive ("opposed by unions"), which governs the sentence only when nothing else does. */
export type CueKind = 'verb' | 'according' | 'data' | 'agent';

export interface CueMatch {
  cue: string;
  cueStart: number;
  cueEnd: number;
  subjects: SourcePhrase[];
  kind: CueKind;
  /** "..., the official added." — a trailing cue after the reported words; it governs the sentence. */
  tail: boolean;
  /** Inside a subordinate clause: "The company, which analysts say is undervalued, said ...". */
  embedded: boolean;
  /** Inside a clause that sets its subject against the sentence's other party ("..., while most members favored
   * Lee"): subordinate in form, a statement of its own in sense. */
  contrast?: boolean;
  /** Reports nothing alone, only beside the sentence's other cues ("when a reporter asked Lee about ...", "Ng
   * blamed the press for Lee's claim that ..."): it does not govern the sentence while another cue can. */
  aside?: true;
  /** What the source does: speaks, believes, intends, or takes a stance. */
  attribution: AttributionKind;
}

export interface NonResponseMatch {
  party: SourcePhrase | null;
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------------------
// What makes a verb of verbs.ts attribute, besides the verb itself.

/** What makes an intention verb ("to-or-that") an intention: "to", "that", "on". */
const INTENTION_MARKER = /^\s+(?:not\s+)?(?:to|that|on)\s/u;
/** A dash or a bracket, right before a word. */
const ASIDE_MARK_BEFORE = /(?:[\u2014\u2013(]|\s--?)\s*$/u;
/** A dash, in the sentence before a word. */
const DASH = /[\u2014\u2013]|\s--?\s/gu;

/** A dash or a bracket right before `pos` that opens an aside: a bracket, or a dash with none open before it. */
function opensAside(view: SentenceView, pos: number): boolean {
  const before = view.masked.slice(view.start, pos);
  if (!ASIDE_MARK_BEFORE.test(before)) return false;
  return /\(\s*$/u.test(before) || (before.match(DASH)?.length ?? 0) % 2 === 1;
}
/** Where an adjective stands: after a determiner or a superlative ("the", "best"). */
const ADJECTIVE_SLOT_BEFORE = /(?<![\p{L}])(?:a|an|the|his|her|their|its|our|best|worst|most|least)\s+$/iu;
/** A noun right after the word, not what a verb would take (a determiner, a clause, "to", "of"). */
const NOUN_AFTER_ADJECTIVE =
  /^\s+(?!(?:that|the|a|an|his|her|their|its|our|this|these|those|to|of|on|for|with|in|at|about|and|or|it|him|them|us)\s)\p{Ll}{3,}(?=[\s.,;:!?]|$)/u;
/** "agreed to a three-year deal", "agreed to the terms": "to" before a thing accepts it and reports nothing. */
const TO_THING =
  /^\s+to\s+(?!(?:a|an|some)\s+(?:certain\s+|large\s+|great\s+)?(?:extent|degree|point)\b)(?:a|an|the|this|these|those|its|their|our|his|\d[\d,.]*)\s/u;
/** "called him a liar", "called it unusual": a pronoun and what it is called (not "called him on Friday", "called
 * it off", "called them back"). */
const CALLED_PRONOUN =
  '^\\s+(?:him|her|them|it|me|us|himself|herself|themselves)\\s+(?!(?:on|at|in|back|off|up|out|to|from|about|for|last|yesterday|today|tonight|this|every|again|and|or|but|with|after|before|when|during|while|because|\\p{Ll}+ly)(?![\\p{L}]))[\\p{L}]';
/** What makes "called" a stance: "for"/"on" right after it, or a quote later in the sentence. */
const CALL_MARKER = new RegExp(
  `^\\s+(?:for|on|upon)\\b|${QUOTE_MASK}|${CALLED_PRONOUN}|^\\s+(?:the|this|that|its|his|her|their|it)\\s[^,.;:!?]{0,60}?\\s(?:a|an)\\s+\\p{L}`,
  'u',
);
/** What makes "spoke" a cue: what it was about ("spoke about", "spoke highly of", "has spoken out against"), also
 * after whom it was said to ("talked to voters about", "talked with aides about"). */
const ABOUT_MARKER =
  /^\s+(?:(?:to|with)\s+(?:[^\s,.;:!?]+\s+){1,4}?(?=about\s))?(?:(?:\p{Ll}+ly|at\s+length|out)\s+)?(?:about|of|against|in\s+(?:favou?r|support|defen[cs]e)\s+of)\s/u;
/** A hearer, then the question put to them: "asked the mayor whether", "asked Lee what it cost". A request ("asked
 * residents to save water") or a topic ("asked Lee about the delay") is no claim, nor is "asked the waiter for the
 * bill". */
const OBJECT_THEN_CLAUSE =
  /^\s+(?:him|her|them|us|me|(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}.'\u2019-]+\s+){0,3}?[\p{L}.'\u2019-]+)\s+(?:whether|if|what|why|how|when|where)\s/u;
/** A hearer, then the topic of the question put to them: "asked the mayor about the delay". */
const OBJECT_THEN_ABOUT =
  /^\s+(?:him|her|them|us|me|(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}.'\u2019-]+\s+){0,3}?[\p{L}.'\u2019-]+)\s+about\s/u;
/** What makes an "as-or-quote" verb a cue: " as " within the clause, or a quote. */
const AS_MARKER = new RegExp(`^[^,.;:!?${QUOTE_MASK}]{0,80}?\\sas\\s|^[^.;:!?]{0,80}?${QUOTE_MASK}`, 'u');
/** What makes an "as" verb a belief: an object, then "as" and what it is held to be ("sees the vote as a warning");
 * not "as" that opens a clause ("saw gains as the economy improved") or a fixed phrase ("as well", "as soon as"). */
/** "with" and what a stance is toward: "agreed with the plan", "disagreed with him" (not "with a laugh"). */
const WITH_OBJECT = /^\s+with\s+(?!(?:a|an)\s+(?:laugh|smile|grin|shrug|sigh)(?![\p{L}]))\S/u;
const SEEN_AS = new RegExp(
  `^[^,.;:!?${QUOTE_MASK}]{0,80}?\\sas\\s+(?!(?:if|though|well|long|soon|much|many|far|part|of|for|to|such|usual|expected|they|he|she|it|we|I)(?![\\p{L}])|(?:\\S+\\s+){0,3}?(?:is|are|was|were|has|have|had|will|would|\\p{Ll}+ed)(?![\\p{L}]))`,
  'u',
);
/** A verb that takes an -ing form as its object ("stopped backing", "kept supporting"): no noun phrase before it. */
const VERB_BEFORE_PARTICIPLE =
  /(?<![\p{L}])(?:\p{Ll}+ed|keeps?|kept|stops?|starts?|began|begins?|begun|continues?|avoids?|quit|considers?|risks?|enjoys?|likes?|loves?|hates?|mind|finish(?:es)?|been|be|is|are|was|were)\s+$/u;
/** What follows a participle that has no object: a preposition, a conjunction or punctuation. */
const PARTICIPLE_WITHOUT_OBJECT = new RegExp(
  `^\\s*(?:[,.;:!?)${QUOTE_MASK}\\u2014\\u2013]|$|(?:from|of|for|by|in|on|at|with|and|or|but)(?![\\p{L}]))`,
  'u',
);
/** "backed down", "backed away from": a move, no stance. */
const BACKED_AWAY = /^\s+(?:down|away|off|out|into|onto)(?![\p{L}])/u;
/** What is recalled when it is called back: envoys, goods, players. */
const RECALLED_BACK =
  /^\s+(?:(?:about|nearly|almost|over|some|more\s+than)\s+)?\d|^\s+(?:(?:its|their|his|her|the|a|an|some)\s+)?(?:ambassador|envoy|diplomat|troop|ship|car|vehicle|truck|product|unit|model|batch|lot|toy|device|drug|player|defen[cs]em[ae]n|forward|goalie|goaltender|pitcher|infielder|outfielder|striker)(?:s|es)?(?![\p{L}])/u;
/** Endings of nouns for someone who does something, not all in the lists: "caterer", "sponsor", "rider". */
const PERSON_LIKE_HEAD = /(?:er|or|ist|ian|ant|ent|ee|ef|man|woman|person|ster)$/;
/** Nouns for people together or for a business, not all in the lists: "the couple", "medical staff", "the
 * intelligence community", "the mill planned to close". */
const COLLECTIVE_HEADS: ReadonlySet<string> = new Set(
  (
    'couple staff community public crew team family pair duo trio panel jury audience ' +
    'mill plant factory store shop restaurant theatre theater studio museum library resort hotel venture platform ' +
    'faction side leadership circle kingdom nonprofit non-profit city town village county state fund operation'
  ).split(' '),
);
/** A name inside a phrase (a capitalised word after its first, or a possessive name first): "Ana Lowe's inner
 * circle", "the Harbor Party leadership" (with a preposition, a thing related to a name: "the move by Lowe"). */
const NAME_INSIDE = /^\p{Lu}\p{L}*['\u2019]s\s|\s\p{Lu}/u;
/** Verbs of speech that, after a thing, describe it: "the course emphasizes writing". */
const THING_DESCRIBING_VERBS: ReadonlySet<string> = new Set([
  'emphasize',
  'emphasise',
  'stress',
  'highlight',
  'point to',
]);
/** A relative pronoun, then a clause's subject pronoun: "which he says", "whom they call". */
const RELATIVE_WITH_CLAUSE = /^(?:which|whom|who)\s+(?:he|she|they|we|I|you)\s/i;
/** A verb that takes a noun as its object, with what may stand before the noun: "takes", "needs more". */
const OBJECT_VERB_BEFORE =
  /(?<![\p{L}])(?:takes?|took|taken|requires?|required|needs?|needed|deserves?|deserved|gives?|gave|given|puts?)\s+(?:(?:a\s+lot\s+of|lots\s+of|some|much|more|little|no|careful|serious|real|great)\s+)?$/u;
/** "cheers echoed in the hall", "shots echoed through the valley": a sound that echoes somewhere says nothing. */
const ECHOED_AROUND = /^\s+(?:in|into|through|throughout|across|around|off|down|along|over|inside|from|up)(?![\p{L}])/u;
/** "Councillors questioned Brand about ...": asking a person is no stance; "questioned whether" is. */
const ASKED_PERSON =
  /^\s+(?:him|her|them|\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*)*\s+(?:about|on|over|for)\b)/u;
/** Releasing or filing a document that says something: "released two sharply worded reports that described ...",
 * "filed separate statements that suggest". */
const RELEASED_DOCUMENT =
  /(?<![\p{L}])(?:released|published|issued|filed|submitted)\s+(?:(?:a|an|the|its|their|two|three|new|several|separate|joint|written|\p{Ll}+ly|\p{Ll}+al|critical|annual|latest)\s+){0,4}(?:report|reports|study|studies|statement|statements|findings|survey|analysis|assessment|review|audit|letter|letters|filing|brief)\s+(?:that|which|saying|showing|finding)\b/gu;
/** "The union would like to reopen talks", "he'd love to run": a wish, with what is wished after it. */
const WOULD_LIKE =
  /(?<![\p{L}])(?:would|['\u2019]d)\s+(?:(?:really|also|still|very\s+much)\s+)?(?:like|love)\s+(?:to|for)\s/gu;
/** "a plan that the mayor hopes will pass": the hoped clause's subject is the phrase before, and its modal follows. */
const GAPPED_MODAL = /^\s+(?:will|would|can|could|may|might)\s/u;
/**
 * "The group claimed responsibility for the blast", "Brand claimed victory": a claim made by taking the deed or the
 * win as one's own, with no clause after it (a verb of claiming otherwise wants one: "claimed that").
 */
const CLAIMED_DEED =
  /(?<![\p{L}])(?:(?:is|are|was|were|has|have|had)\s+(?:(?:already|now|also|quickly)\s+)?)?claim(?:s|ed|ing)?\s+(?:(?:full|partial|joint)\s+)?(?:responsibility\s+for|credit\s+for|victory)(?![\p{L}])/gu;
/** "Pilots and skippers are of the view that ...": a cognition phrase. */
const OF_THE_VIEW = /(?<![\p{L}])(?:is|are|was|were)\s+of\s+the\s+(?:view|opinion)\s+that\b/gu;
/** Every cue verb form, lower case as written in running text (case-sensitive: "States" is not "states"). Found
 * word by word in a Map (phrases.ts): the same matches as the ~1,000-form alternation, which V8 compiled on every
 * page's first sentence (20–30 ms of the engine's cold run in the page). */
const CUE_VERB = new PhraseFinder([...VERB_FORMS.keys()]);
/** Auxiliaries and adverbs between a subject and its verb: "has said", "have been warning", "privately said",
 * a time ("yesterday reported"; in lower case: "USA Today reported" is a paper's name),
 * "gingerly said", "often mentions" (any -ly adverb, but not the nouns that end so: "the family said"), a sentence
 * adverb ("has nevertheless called", "has since said"), and the
 * contracted ones after a pronoun ("he's said", "she's pointing out"; "Clinton's support" is a possessive). */
const LEFT_AUX =
  /(?:(?<=(?<![\p{L}])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Ww]ho))['\u2019](?:s|ve|re|d)\s+|(?<![\p{L}])(?:(?:on\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day(?:\s+(?:morning|afternoon|evening|night))?|(?:(?:late|earlier)\s+)?last\s+(?:week|month|year|night)|(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?|(?:earlier\s+)?this\s+(?:past\s+)?(?:week|month|year|morning|afternoon|evening|weekend)|has|have|had|is|are|was|were|been|be|also|previously|repeatedly|publicly|privately|later|earlier|separately|then|again|further|reportedly|once|recently|already|long|still|often|frequently|now|even|clearly|openly|flatly|strongly|firmly|quickly|here|there|itself|himself|herself|themselves|alone|often|long|only|just|always|sometimes|usually|nevertheless|nonetheless|meanwhile|instead|since|in\s+fact|(?!(?:family|assembly|ally|rally|supply|anomaly|monopoly|homily|bully|belly|tally|reply|butterfly|melancholy|daily|weekly|monthly|quarterly)\s)\p{Ll}{2,}ly)\s+)+$/u;
/** How far back auxiliaries and adverbs are looked for ("has also previously been"): bounds the scan. */
const AUX_WINDOW = 60;
/** Auxiliaries that make a following -ed form passive ("is expected", "was confirmed") or an -ing progressive. */
const BE_AUX = /(?<![\p{L}])(?:is|are|was|were|been|be|being)\s/u;
/** A word right before a verb form that makes it a noun or an adjective: "five other states", "the rest of the
 * states", "270 pledged delegates", "38 percent support", "in favor". */
const PRENOMINAL_WORD =
  /(?<![\p{L}])(?:the|a|an|these|those|of|in|on|at|to|for|with|by|from|into|across|other|each|every|any|no|his|her|its|their|our|my|your|(?:the|a)\s+(?:most|more|least|less))\s+$/iu;
/** "leaving shoppers one brand": "one" or "another" after a word of the clause is a determiner ("One decided",
 * ", and another wondered" open a clause, as pronouns). */
const ONE_BEFORE_NOUN =
  /(?<![\p{L}])(?!(?:and|but|or|so|yet|then|where|when|while|as|if|that|which|who)\s)\p{Ll}+\s+(?:one|another)\s+$/u;
/** A linking verb right before a verb form, an adverb between them or not: "feels understood", "seemed truly
 * convinced". */
const LINKING_BEFORE =
  /(?<![\p{L}])(?:feels?|felt|seems?|seemed|looks?|looked|appears?|appeared|becomes?|became|remains?|remained)\s+(?:\p{Ll}+ly\s+)?$/u;
/** A count right before a verb form: "12 confirmed". */
const COUNT_BEFORE = /(?<![\p{L}\p{N}.,])\d[\d,.]*\s+$/u;
/** "1" or "one" right before a verb form, and the singular noun it counts after: "1 confirmed case". */
const ONE_BEFORE = /(?<![\p{L}\p{N}.,])(?:1|[Oo]ne)\s+$/u;
const SINGULAR_NOUN_AFTER = /^\s+\p{Ll}{3,}(?<!s)(?=\s*(?:[,.;:)\u2013\u2014-]|$|\s+(?:in|of|and|at|on)\s))/u;
/** A plural noun in lower case right after a verb form, ending its phrase: "confirmed cases", "suspected deaths". */
const PLURAL_NOUN_AFTER = /^\s+\p{Ll}{3,}s(?=\s*(?:[,.;:)\u2013\u2014-]|$|\s+(?:in|of|and|at|on)\s))/u;
/** A possessive right before a participle makes it the possessed noun's adjective: "the mayor's preferred
 * candidates", "Lee's declared goal" (not a contraction: "that's", "there's"; "he's said" is an auxiliary). Nouns
 * after one are read as cues of their own elsewhere ("Lee's comments"). */
const POSSESSIVE_BEFORE =
  /(?<![\p{L}])(?!(?:that|there|here|what|where|who|it|he|she|let)['\u2019])\p{L}[\p{L}.-]*['\u2019]s\s+$/iu;
/** ...when the noun follows the participle: a name that is itself a possessive ("Macy's noted that",
 * "Sainsbury's cited the cost") is a subject whose verb takes an object, a clause or a phrase. */
const NOUN_AFTER_PARTICIPLE =
  /^\s+(?!(?:the|a|an|that|this|these|those|his|her|its|their|our|my|your|it|him|them|us|me|he|she|they|we|to|on|in|at|for|with|by|about|as|from|of|up|out|down|off|over|back|last|again|also|what|how|why|when|whether|if|no|not|some|any|all|both|each|every|several|many|more)\s)(?!\p{L}+ly\s)[\p{L}\p{N}]/u;
/** A plural count right before an -s form makes it a plural noun, since a plural subject takes no -s verb: "the
 * dozen states that voted", "three reports", "both claims"; not a count that ends a name (NAME_WORD_END). */
const PLURAL_COUNT_BEFORE =
  /(?<![\p{L}\p{N}])(?:\d[\d,]*\d|[2-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|dozens|hundreds|thousands|millions|several|many|few|both|multiple|numerous|various|some|most|these|those|all|more|fewer|such)\s+$/iu;
/** "basis" or "percentage" right before "points": the name of a unit, a noun. */
const UNIT_POINTS_BEFORE = /(?<![\p{L}])(?:basis|percentage)\s+$/iu;
/** Digits and an acronym right before an -s form: "12 FAA credits". */
const COUNT_ACRONYM_BEFORE = /(?<![\p{L}\p{N}])\d[\d,]*\s+\p{Lu}{2,6}\s+$/u;
/** "how to" after a verb of belief: a skill ("knows how to"), not a belief. */
const SKILL_AFTER = /^\s+how\s+to\s/u;
/** One word after a comma, before a form that a comma follows: an item of a list ("yoga, writing, cooking"). */
const LIST_ITEM_BEFORE = /(?:,|\b(?:including|such as|like))\s+[\p{L}-]+,\s+$/u;
const LIST_ITEM_AFTER = /^\s*,\s+[\p{L}-]+(?:,|\s+(?:and|or)\s)/u;
/** After an -ing word in a list: the list's "and" or "or", or its next -ing word (", and print", ", acting"). */
const GERUND_LIST_AFTER = /^\s*,\s+(?:(?:and|or)\s|\p{Ll}+ing(?![\p{L}]))/u;
/** An aside set in commas, then what is reported: ", and repeating later, that". */
const ASIDE_THEN_REPORT = /^\s*,\s+[^,.;]{1,40},\s*(?:that(?![\p{L}])|["\u201C])/u;
/** A word in lower case and a comma, right before a word of a list. */
const WORD_COMMA_BEFORE = /(?<![\p{L}])\p{Ll}+,\s+$/u;
/** A place's name and a comma: "in Harlow and Tarnby, " before "states that vote". */
const PLACE_COMMA_BEFORE = /(?:in|and|or|of|from|to)\s+\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)*,\s+$/u;
/** A relative clause or a preposition after a noun: " that vote", " where", " with". */
const RELATIVE_AFTER = /^\s+(?:that|which|where|whose|with|like|such\s+as)\s/u;
/** At most a word more before the phrase ends: " scope." of "project scope.", "." of "support.". */
const PHRASE_END_AFTER = /^(?:\s+[\p{L}'\u2019-]+)?\s*(?:[.,;:!?)]|$)/u;
/** "As they say", "as people say": the opening of a saying. */
const AS_THEY_SAY = /(?:^|[^\p{L}])[Aa]s\s+(?:they|people|some|many)\s+$/u;
/** A preposition's noun and "and" before a word: "on timing and " of "on timing and project size", "for their
 * patience and " of "for their patience and support". */
const PREPOSITION_NOUN_AND_BEFORE =
  /(?<![\p{L}])(?:in|of|on|for|with|at|by|from|about|over|into)\s+(?:(?:the|a|an|their|his|her|its|our|my|your)\s+)?\p{Ll}+\s+(?:and|or)\s+$/u;
/** A plural and a comma before a list's word: "invoices, " of "invoices, estimates, and quotes". */
const PLURAL_COMMA_BEFORE = /(?<![\p{L}])\p{Ll}+(?<!s)s,\s+$/u;
/** The last word of a list after a comma: ", or tired", ", and cold." */
const LIST_LAST_AFTER = /^\s*,\s+(?:and|or)\s+\p{Ll}[\p{Ll}-]*(?=[\s.,;!?]|$)/u;
/** The same, closing the sentence or its clause: ", and quotes." */
const LIST_END_AFTER = /^\s*,\s+(?:and|or)\s+\p{Ll}[\p{Ll}-]*\s*(?:[.,;!?]|$)/u;
/** A capitalised word right before a count makes the count part of a name: "Channel Four reports", "Station 9 reports". */
const NAME_WORD_END = /\p{Lu}[\p{L}.'\u2019-]*\s+$/u;
/** A preposition where a telling verb's hearer would be: "told through", "told in verse". */
const HEARER_WANTED = /^\s+(?:through|in|from|with|via|at|over|during|as|across|under|within)\s/u;
/** The agent of a passive participle: "preferred by airlines" (not the means: "by phone", "by email"). */
const AGENT_AFTER = /^\s+by\s+(?!(?:phone|telephone|e-?mail|text|video|videolink|satellite|letter|mail|fax)\b)/u;
/** A person's name that may label a quote as theirs: capitalised words with lower-case letters ("Ann Ortiz"), not a
 * label in capitals ("WATCH") nor one letter of an interview ("Q"); "Update:" is no person. */
const SPEAKER_LABEL = /^\p{Lu}[\p{Ll}'\u2019.-]+(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}$/u;
/** A colon right before a quotation: what the clause before it introduces is quoted. */
const COLON_QUOTE = new RegExp(`:\\s*${QUOTE_MASK}`, 'gu');
/** Prepositions before a participle that reports: "after saying", "by declaring", "since announcing". */
const PREPOSITION_BEFORE_PARTICIPLE = /(?<![\p{L}])(?:after|before|since|by|in|upon|while|when|through)\s+$/iu;
/** A form of "be" (or its negation) or "get" and adverbs right before a participle: "which was widely expected",
 * "isn't just assumed", "were promptly and politely answered", "the van got told to" are passive; so is a participle
 * joined to another ("has been written and said"). */
const PASSIVE_BEFORE =
  /(?<![\p{L}])(?:is|are|was|were|been|be|being|(?:is|are|was|were)n['\u2019]t|get|gets|got|gotten|getting)\s+(?:(?:\p{Ll}+ly|not|just|also|only|never)\s+(?:and\s+)?){0,3}(?:\p{Ll}+(?:ed|en|wn)\s+(?:and|or)\s+)?$/u;
/** "tells the story of": a thing that tells a story speaks to no one. */
const TELLS_STORY = /^\s+(?:\S+\s+){0,2}(?:story|stories|tale|tales|truth|lie|lies|joke|jokes)(?![\p{L}])/u;
/** Nouns that take a content clause: "pleaded guilty to charges he threatened", "denied allegations she lied" —
 * the pronoun's verb is the content of the noun, not an attribution. */
const CONTENT_NOUN_BEFORE =
  /(?<![\p{L}])(?:charges?|allegations?|accusations?|claims?|reports?|rumou?rs?|suspicions?|evidence|grounds|belief|fears?|hopes?|news|word|proof|signs?|idea|notion|fact)\s+$/u;
/** Words that open a sentence as a whole subject but speak for no one: an interjection or an instruction ("Imagine,
 * …", "Take notes in every class"). */
const OPENING_WORDS = (
  'remember imagine look listen consider well okay yes take add keep prepare make use check try avoid get put give ' +
  'choose create start read see watch meet follow join visit contact email write ask click subscribe let'
)
  .split(' ')
  .join('|');
/** Phrases that are never a speaker: a prepositional phrase ("For Lowe", "of the state"), no one ("Nobody
 * said", "None of them thinks", "No star is willing": what no one said is no one's claim), an adverb, or a
 * capitalised function word at the sentence start ("There", "Ultimately", "Hours"), an instruction ("Get your hands
 * on a card"), the degree word of an adjective ("the little known leader"). */
const NOT_A_SUBJECT = new RegExp(
  String.raw`^(?:(?:the|a)\s+(?:little|lesser|less|best|better|well)$|(?:for|of|despite|to|in|on|at(?!\s+(?:least|most)\b)|with|from|by|after|before|during|under|as|like|unlike|into|through|among|amongst|amid|alongside|upon|none\s+of|no(?!\s+(?:wonder|doubt|matter|longer)\b))\s|(?:there|here|this|that|what|which|whatever|no\s+one|nobody|nothing|let['\u2019]s|don['\u2019]t(?:\s.*)?|(?:${OPENING_WORDS})(?:\s+(?:your|the|a|an|some|this|these|those|it|them|yourself|out|up)\s.*)?|hours|days|weeks|months|years|minutes|moments|\p{L}+(?:ally|ately|ously|ently|antly|ively|edly|ingly|fully|lessly|ually|icly))$)`,
  'iu',
);
/** Words that cancel a cue just before it: negation, modals, infinitive ("declined to comment"). */
const CANCELLING_WORD =
  /(?<![\p{L}])(?:not|n't|never|to|would|will|could|can|may|might|should|must|did|does|do|cannot|wo|won't|didn't|doesn't)\s+$/u;
/** A participle's ending: "stressed", "spoken". */
const PARTICIPLE_FORM = /(?:ed|en)$/u;
/** A degree word right before a participle, which makes it an adjective: "less stressed", "very noted". */
const DEGREE_BEFORE = /(?<![\p{L}])(?:less|more|least|most|very|too|so|quite|rather|extremely|highly)\s+$/iu;
/** A negation before a verb of belief or intention: "does not believe", "doesn't want", "never thought". */
const NEGATION_BEFORE =
  /(?<![\p{L}])(?:(?:(?:do|does|did)\s+)?(?:not|never)|(?:do|does|did|is|are|was|were|has|have|had)n['\u2019]t)\s+$/u;
/** "will" or "would" before a verb of belief, intention or stance: "will support the bill", "would not oppose". */
const FUTURE_BEFORE = /(?<![\p{L}])(?:will|would|wo\s*n['\u2019]t|would\s*n['\u2019]t)(?:\s+not)?\s+$/u;

/** The words before a cue that negate it or put it in the future, when the cue still attributes with them: what a
 * source does not believe or want is still their belief or intention, and what they will support is their stance
 * ("did not say" and "could say" report nothing). */
function heldDespite(kind: AttributionKind, beforeAux: string): string | null {
  if (kind === 'speech') return null;
  const future = FUTURE_BEFORE.exec(beforeAux);
  if (future) return future[0];
  if (kind === 'stance') return null;
  return NEGATION_BEFORE.exec(beforeAux)?.[0] ?? null;
}

/** The forms of the verbs of speech, to find one before a clause. */
const SPEECH_VERB = new PhraseFinder(
  [...VERB_FORMS].filter(([, v]) => v.entry.kind === 'speech').map(([form]) => form),
);

/** A verb of speech in the sentence before `pos` ("Lee said that, ..."). */
function speechBefore(view: SentenceView, pos: number): boolean {
  SPEECH_VERB.lastIndex = 0;
  return SPEECH_VERB.exec(view.masked.slice(windowStart(view, pos), pos)) !== null;
}

/** A verb of speech before `pos` with no comma, colon, dash or quotation between: what the words at `pos` are part of
 * is what it reports ("Lowe said the visit convinced her the board still believed"). */
function speechInStretch(view: SentenceView, pos: number): boolean {
  const left = view.masked.slice(windowStart(view, pos), pos);
  const stretch = left.slice(
    Math.max(...[',', ';', ':', '\u2014', '\u2013', QUOTE_MASK].map((c) => left.lastIndexOf(c))) + 1,
  );
  SPEECH_VERB.lastIndex = 0;
  return SPEECH_VERB.exec(stretch) !== null;
}

/** Past forms that do not end in -ed, read as a clause's verb by both patterns below. */
const SHARED_IRREGULAR_PAST = 'made|took|gave|got|knew|met|began|became|grew|fell|rose|brought|told|wrote|spent';
/** Past forms that do not end in -ed, after a subject pronoun: "reported it lost", "announced they won". */
const IRREGULAR_PAST = `(?:${SHARED_IRREGULAR_PAST}|sold|bought|paid|lost|won|found|saw|left|kept|held|led|ran|sent|built|thought|felt|heard|meant|spoke|chose|broke|fought|sought|caught|drew|withdrew|stood|understood)`;
/** A clause without "that" whose subject is a noun phrase and whose verb is in the past ("reported the memo came
 * hours later", "noted Okafor proposed a curfew"): a name, or a determiner and at least one word, and an "-ed" verb
 * before an object or a preposition (so that "the first confirmed case" is no clause). */
const PAST_CLAUSE = `(?:(?:the|a|an|his|her|their|its|this)\\s+(?:[\\p{L}'\\u2019-]+\\s+){1,4}|\\p{Lu}[\\p{L}.'\\u2019-]*\\s+(?:\\p{Lu}[\\p{L}.'\\u2019-]*\\s+){0,2})(?:\\p{Ll}{2,}ed\\s+(?=(?:the|a|an|his|her|their|its|this|that|these|those|to|in|on|at|for|with|by|from|of|about|after|it|him|them|us|me)\\s|\\p{Lu}|\\d)|(?:came|went|${SHARED_IRREGULAR_PAST})\\s)`;
/** A clause in the present after a name or "he"/"she"/"it", its verb's object next: "claims Lund owns the land",
 * "says she owns it" (not "showed Lund plans for a bridge", a noun and its preposition). */
const PRESENT_CLAUSE = `(?:(?:he|she|it)|\\p{Lu}[\\p{L}.'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\\u2019-]*){0,2})\\s+\\p{Ll}{2,}(?<!ss)s\\s+(?=(?:the|a|an|his|her|their|its|this|that|these|those|it|him|them|us|me)\\s|\\p{Lu}|\\d)`;
/** What follows a clause verb when it reports: "that", "whether", a colon, a quote, or a clause that opens with a
 * subject pronoun and its verb ("noted he had", "knows it will"); after a time ("on Monday", "Saturday"); a manner
 * adverb before "that", a colon or a quote ("fired back forcefully:", "added quietly that"). */
const CLAUSE_MARKER = new RegExp(
  `^\\s*(?:(?:on|in|at|last|this|late|early|earlier|later)\\s[^,.;:!?${QUOTE_MASK}]{0,40}?\\s|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)(?:\\s+(?:morning|afternoon|evening|night))?\\s+)?(?:,\\s*(?:though|however|too|also|moreover|nonetheless|of\\s+course|in\\s+fact),\\s*that|,\\s*that|that|whether|if|how|why|what|:|,?\\s*${QUOTE_MASK}|\\p{Ll}{2,}ly(?:\\s*:|,?\\s*${QUOTE_MASK}|\\s+that\\b)|(?:he|she|it|they|we|I)\\s+(?:is|are|was|were|has|have|had|will|would|could|can|should|might|must|did|does|do|\\p{Ll}+ed|${IRREGULAR_PAST})\\b|${PRESENT_CLAUSE}|(?:the|a|an|his|her|their|its|this|\\p{Lu}[\\p{L}.'\\u2019-]*)\\s+(?:[\\p{L}'\\u2019.-]+\\s+){0,4}(?:is|are|was|were|has|have|had|will|would|could|can|should|might|must|did|does|says|said)\\s|${PAST_CLAUSE})`,
  'u',
);
/** "that", a colon or a quote right after a verb: what only a verb that wants its clause so may report. */
const THAT_OR_QUOTE = new RegExp(`^\\s*(?:,\\s*)?(?:that(?![\\p{L}])|:|${QUOTE_MASK})`, 'u');
/** A quote closed, and perhaps its comma, right before a trailing cue's subject: "“…,” Lowe charged." */
const QUOTE_CLOSED_BEFORE = new RegExp(`${QUOTE_MASK}\\s*,?\\s*$`, 'u');
/** A trailing cue is followed only by a short adverbial, then punctuation: ", he said on Monday." */
const TAIL_REST = new RegExp(
  `^\\s*(?:(?:on|in|at|last|this|earlier|later|late|recently|previously|by|via|during|after|before|yesterday|today|tonight|when|while|as|without|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\\p{L}-])[^,.;:!?${QUOTE_MASK}]{0,60})?\\s*(?:[,.;:!?${QUOTE_MASK}]|$)`,
  'iu',
);
/** A trailing cue closed by a dash, after a comma or a quote: "..., she added — the second time that week." */
const TAIL_DASH = /^\s*(?:[\u2014\u2013]|--?\s)/u;
/** The one asked, after a verb of asking that closes its sentence: " him.", " Brand."; " Ana Lowe,". */
const ASKED_THEN_END = new RegExp(
  `^\\s+(?:him|her|them|me|us|\\p{Lu}[\\p{L}.'\\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\\u2019-]*){0,2})\\s*(?:[,.;:!?${QUOTE_MASK}]|$)`,
  'u',
);
/** True when a stretch is only connectives and commas: "But, ", "And yet, ". */
function onlyConnectives(text: string): boolean {
  const words = text.split(/[\s,]+/).filter(Boolean);
  return words.length > 0 && /,\s*$/.test(text) && words.every((w) => CONNECTIVES.has(w.toLowerCase()));
}
/** A clause of time or manner to the sentence's end, with no quote in it: " as she tied the boat to the post.". */
const TIME_CLAUSE_TO_END = new RegExp(`^\\s+(?:as|while|when|before|after)\\s[^${QUOTE_MASK}]*$`, 'u');
/** How a reply after a quote was given, closing its sentence: "with a laugh", "through an aide". */
const MANNER_TO_END = new RegExp(`^\\s+(?:with|through)\\s[^,;:${QUOTE_MASK}]{1,40}[.!?]?\\s*$`, 'u');
/** A subject pronoun or a perfect's auxiliary right before a verb: it is active ("whom she had accused of"). */
const ACTIVE_BEFORE = /(?<![\p{L}])(?:he|she|they|we|I|you|it|has|have|had)\s+$/iu;
/** A comma or a quote mark right before a trailing cue's subject (masked text). */
const COMMA_OR_QUOTE_BEFORE = new RegExp(`[,${QUOTE_MASK}]\\s*$`, 'u');
/** A dash anywhere in a stretch of text. */
const DASH_INSIDE = /[\u2014\u2013]|\s--?\s/u;
/** A figure as a verb's object, a few words in at most: "906 attacks", "a 12 percent rise", "a loss of $5 million",
 * "no arrests", "raising about $9 million" (not a place or a time first: "reported for duty at 6"). */
const FIGURE_OBJECT =
  /^\s+(?!(?:for|to|at|on|in|from|back|by|with|into|after|before|during)\s)(?:no\s+\p{L}|(?:(?:raising|having|spending|losing|earning)\s+)?(?:[\p{L}-]+\s+){0,3}[$£€]?\d)/u;
/** What may follow a finding's verb that closes its sentence: "..., the agency found.", "..., researchers found in
 * a survey," (not an object: "finds this development intriguing"). */
const FINDING_END =
  /^\s*(?:(?:in|on|at|last|earlier|during|after|when|while|by)(?![\p{L}-])[^,.;:!?]{0,60})?\s*(?:[,.;:!?]|$)/u;
/** The hearer after "told": "Reuters", "reporters", "state-owned Vellmark TV", "state broadcaster Harlow FM", "a
 * news conference". */
const HEARER =
  /^\s+((?:(?:the|a|an)\s+)?(?:[\p{Ll}]+-[\p{L}-]+\s+)*(?:(?:(?:state|public|national|regional|local|private)\s+)?(?:broadcaster|television|radio|newspaper|daily|weekly|channel|news\s+agency|network|station|magazine)\s+(?=\p{Lu}))?(?:(?:\p{Lu}(?:\.\p{Lu})+\.|\p{Lu}[\p{L}&'-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}&'-]*)*|(?:local\s+|state\s+|foreign\s+)?(?:reporters|journalists|lawmakers|legislators|parliament|senators|congress|the\s+newspaper|the\s+broadcaster|the\s+agency|(?:a\s+)?(?:news|press)\s+(?:conference|briefing)|a\s+briefing|an\s+interview|supporters|the\s+court|the\s+jury|investigators|police|officials|members|residents|the\s+crowd|the\s+audience|him|her|them|us|me|\p{Ll}{3,}s(?![\p{L}]))))/u;
/** People a place's name may stand before as a hearer: "told Harlow police", "told Tarnby officials". */
const HEARER_PEOPLE_AFTER =
  /^\s+(?:police|officials|authorities|investigators|detectives|officers|prosecutors|reporters|journalists|lawmakers|media|(?:radio|television|TV)(?:\s+(?:network|station|channel))?)(?![\p{L}])/u;
/** An outlet's name ending in a word of the news, then the name of the clause's subject before its verb: "told
 * Harlow News Brand was" (group 1: the outlet's name). */
const OUTLET_THEN_SUBJECT =
  /^(\s+(?:the\s+)?(?:\p{Lu}[\p{L}&'-]*\s+)*?(?:News|Times|Post|Journal|Radio|TV|Television|Herald|Tribune|Press|Daily|Channel))(?:\s+\p{Lu}[\p{L}'-]*){1,2}\s+(?:is|was|were|are|had|has|have|would|will|could|did|does|\p{Ll}{2,}ed)(?![\p{L}])/u;

/** How much of what follows a verb of telling its hearer takes: the matched phrase, the people after a place's name
 * ("told Harlow police"), or an outlet without the name that opens the clause after it ("told Harlow News Brand was
 * ..." is told Harlow News). */
function hearerLength(hearer: string, next: string): number {
  const people = HEARER_PEOPLE_AFTER.exec(next.slice(hearer.length));
  if (people && /\p{Lu}/u.test(hearer) && !/\s(?:of|the|a|an)\s*$/u.test(hearer))
    return hearer.length + people[0].length;
  const outlet = OUTLET_THEN_SUBJECT.exec(next);
  if (outlet?.[1] && outlet[1].length < hearer.length) return outlet[1].length;
  return hearer.length;
}

/** A poll or survey a figure is found in: "in the latest Harlow poll", "In a national survey released Monday,". */
const IN_POLL = /(?<![\p{L}])[Ii]n\s+((?:[^\s,.;:!?\u2014\u2013]+\s+){0,6}?(?:poll|survey))(?![\p{L}-])/gu;
/** Where a clause opens: the sentence's start, a comma, a colon, a dash or "that". */
const CLAUSE_OPENING_BEFORE = /(?:^|[,;:\u2014\u2013]|(?<![\p{L}])that)\s*$/u;
/** A standing a poll reports: a figure or a lead ("31%", "leads by 9 points", "fell behind"). */
const POLL_STANDING =
  /\d|(?<![\p{L}])(?:percent|points?|leads?|leading|led|ahead|behind|trails?|trailing|edge)(?![\p{L}])/u;
/** A question put by someone, passive with its asker: "Asked by reporters whether ...", "when challenged by Lee on
 * ...". The asker is the phrase after "by", up to what the question was about. */
const ASKED_BY =
  /(?<![\p{L}])(?:[Aa]sked|[Cc]hallenged|[Pp]ressed|[Qq]uestioned)\s+by\s+((?:[^\s,.;:!?\u2014\u2013]+\s+){0,5}?[^\s,.;:!?\u2014\u2013]+)(?=\s+(?:whether|if|about|on|over|why|what|how|to)\s|,)/gu;
/** A sentence that opens with its verb of speech: 'Said Penn, "..."', 'Added the mayor: "..."'. */
const OPENING_VERB = new RegExp(`^(${OPENING_SPEECH_VERBS.join('|')})\\s+(?=\\S)`, 'u');
/** After the speaker of an opening verb, the quote (a relative clause about the speaker may come between). */
const QUOTE_AFTER_SPEAKER = new RegExp(`^(?:,[^${QUOTE_MASK}]*?)?\\s*[,:]\\s*${QUOTE_MASK}`, 'u');
/** "according to", and "per" as newsrooms write it, opening a sentence or after a comma or a quotation (masked
 * text: QUOTE_MASK): "Per the coroner's report,", ", per Reuters.", "...," per Lowe."; not "per cent", "$5 per
 * share". */
const ACCORDING_TO = new RegExp(
  `(?<![\\p{L}])(?:[Aa]ccording\\s+to|(?<=(?:^|[,;${QUOTE_MASK}])\\s{0,3})[Pp]er(?=\\s+(?:the|a|an|his|her|their|its|\\p{Lu})))\\s+`,
  'gu',
);
/** A US party and state in brackets after a name, which belongs to it: "Rep. Ana Lowe (D-Ore.) said". */
const PARTY_IN_BRACKETS = '[RDI](?:-[A-Z][A-Za-z.]{0,6})?';
/** Clause and apposition boundaries inside a sentence (masked text: quote marks are QUOTE_MASK), and a web address
 * or the angle brackets of markup a page shows as text. A bracketed acronym is no boundary: "the Institute for Fiscal Studies
 * (IFS) warned"; nor is the comma or the colon inside a number or a time: "30,000 troops said", "At 9:30 the police
 * said". */
const BOUNDARY = new RegExp(
  `(?:https?:)?\\/\\/\\S+|[,:](?<!\\d[,:](?=\\d))|[;\\[\\]<>\\u2014\\u2013${QUOTE_MASK}]|\\s--?\\s|\\((?!\\p{Lu}{2,8}\\)|${PARTY_IN_BRACKETS}\\))|(?<!\\(\\p{Lu}{2,8}|\\(${PARTY_IN_BRACKETS})\\)`,
  'gu',
);
/** Segments that describe the phrase before them rather than name a source. */
const DESCRIPTOR_START =
  /^(?:who|whom|whose|which|where|of|from|at|with|also|formerly|now|currently|once|himself|herself|a|an|the|one|another|both|each|now|then)\b/i;
/** "... and said", "... but said": a second verb of the sentence's subject. */
const COORDINATED_VERB = /(?<![\p{L}])(?:and|but|yet)(?:\s+(?:then|also|later))?\s+$/u;
/** "A boy asked for an autograph and Lane said": a coordinator inside a clause that is no noun phrase starts a new
 * clause, whose subject is the phrase after it. */
const COORDINATE_SUBJECT = /(?<=\S)\s+(?:and|but|or|so|yet)\s+((?:\S+\s+){0,5}\S+)$/u;
/** "Everyone but Hewlett": after these, "but" means "except", inside the phrase. */
const EXCEPT_BEFORE = /(?:^|\s)(?:everyone|everybody|all|none|nobody|anyone|anybody|no\s+one|nothing)$/iu;
/** The coordinators of COORDINATE_SUBJECT that join clauses only, and how a phrase after them opens. */
const CLAUSE_COORDINATOR = /^\s+(?:but|so|yet)\s/u;
const PHRASE_START =
  /^(?:(?:the|a|an|his|her|their|its|our|some|many|most|several|two|three|four|five)\s|\p{Lu}|\p{Ll}+s(?:\s|$))/u;
/** Words after a sentence's subject that show it is one: an auxiliary, an adverb or a verb form. */
const AFTER_TOPIC =
  /^(?!(?:its|his|hers|this|thus|us|plus|less|unless|across|news|towards|whereas|perhaps|always|sometimes)$)(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does|do|\p{Ll}+n['\u2019]t|also|then|later|earlier|still|now|already|previously|repeatedly|once|again|never|\p{Ll}+ly|\p{Ll}+(?:ed|s(?<!sis|ss|us))|saw|said|told|went|made|took|got|gave|came|knew|thought|felt|left|kept|held|met|ran|won|lost|led|began|became|brought|bought|wrote|spoke|stood|sat|found|heard|paid|sent|built|spent|struck|threw|drove|rose|fell|grew|drew|broke|chose|hid|shot|fought|sought|taught|caught|meant|put|set|cut|let|hit|quit|read|ate|sang|flew|wore|sold|forgot|hung|rode|shook|slept|swore|tore|woke|beat|fed|fled|sank|swung|laid|bent|dealt|stuck|swept|wept|froze|stole|blew|dug|rang|swam|hurt|shut|upset)$/u;
/** Subject pronouns whose verb has its plain form: "I work", "they pass". */
const PLAIN_VERB_SUBJECT = /^(?:I|we|you|they)$/i;
/** Quantifiers that stand before a plural noun: "Other companies", "Many firms". */
const PLURAL_QUANTIFIER = /^(?:other|many|several|most|some|few|both|all|various|numerous)$/i;
/** Plain present forms, after a plural subject, of verbs that report or hold a view (no noun is written so). */
const PRESENT_AFTER_TOPIC = /^(?:say|tell|think|believe|argue|tend|know|agree|insist|contend)$/;
/** A verb after a name that makes the words a clause ("went", "attacked", "has"), not a noun's modifier. */
const PAST_OR_AUX =
  /^(?:is|are|was|were|has|have|had|will|would|did|does|\p{Ll}{3,}ed|said|told|went|made|took|gave|came|met|ran|won|lost|led|began|wrote|spoke|sent|fought|found|saw|got|kept|knew|thought|felt|brought|bought|paid|became|built|chose|heard|sold|taught)$/u;
/** A finite verb of PAST_OR_AUX that no noun phrase holds (an -ed form may be an adjective: "armed forces"). */
const IRREGULAR_VERB =
  /^(?:is|are|was|were|has|have|had|will|would|did|does|said|told|went|made|took|gave|came|met|ran|won|lost|began|wrote|spoke|sent|fought)$/u;
/** A run of capitalised words that may name an organisation ("the Kessel Valley Water Authority"). */
const ORG_RUN =
  /(?<![\p{L}.'\u2019-])(?:\p{Lu}[\p{L}'\u2019&.-]*)(?:\s+(?:of\s+|for\s+|the\s+)?\p{Lu}[\p{L}'\u2019&.-]*)+/gu;
/** Heads that mean a business, and the last words of business names they may point at. */
const COMPANY_HEADS = new Set(['company', 'firm', 'business', 'group', 'carrier', 'airline', 'automaker', 'brokerage']);
const COMPANY_NAME_ENDS = new Set([
  'group',
  'inc',
  'inc.',
  'corp',
  'corp.',
  'co',
  'co.',
  'ltd',
  'ltd.',
  'llc',
  'plc',
  'holdings',
  'company',
  'airline',
  'airlines',
  'airways',
]);
/** A verb's -s form, which a plural noun shares ("reports", "claims", "states"). */
const PLURAL_LIKE_FORM = /s$/u;
/** A possessive determiner, perhaps with an adjective, right before a word: "their empty", "his repeated". No verb
 * follows a possessive determiner, so an -s form there is a noun ("their baseless claims that …"). */
const POSSESSIVE_DETERMINER_BEFORE =
  /(?<![\p{L}])(?:[Hh]is|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y|[Yy]our)\s+(?:(?:own|new|latest|recent|earlier|previous|repeated|empty|false|baseless|wild|many|various|numerous|frequent|main|initial|first|\p{Ll}{3,}ed)\s+)?$/u;
/** A form of "be" and one word, not an adverb, right before a word: "been vocal", "are loyal". */
const BE_ADJECTIVE_BEFORE =
  /(?<![\p{L}])(?:is|are|was|were|been|be|being)\s+(?!(?:also|still|now|just|often|then)\s)\p{Ll}{3,}(?<!ly)\s+$/u;
/** A graded adjective right before a word: "the most serious", "very costly". */
const GRADED_ADJECTIVE_BEFORE =
  /(?<![\p{L}])(?:most|more|least|less|very)\s+(?!(?:often|seldom|rarely|recently|than|it|he|she|they|we|you|one|people)\s)\p{Ll}{3,}(?<!ly)\s+$/u;
/** A relative clause in the plural right after a word: "that were", "which are", "that have". */
const PLURAL_RELATIVE_AFTER =
  /^\s+(?:that|which)\s+(?:were|are|have|remain|include|weren['\u2019]t|aren['\u2019]t)(?![\p{L}])/u;
/** An auxiliary of the perfect or of "be", after which a verb is a participle, never an -s form. */
const PERFECT_OR_BE = /(?<![\p{L}])(?:has|have|had|is|are|was|were|be|been)\s/u;
/** A word in lower case, no pronoun, right before a verb: "southern" of "southern states". */
const LOWER_WORD_END = /(?<![\p{L}])(?!(?:he|she|it|they|we|you|i|who|which|that)\s)\p{Ll}+\s+$/u;
/** A plural common noun alone opening the sentence, capitalised only for that: "Companies (mentioned here are)". */
const OPENING_PLURAL_NOUN = /^\s*\p{Lu}\p{Ll}+s\s+$/u;
/** "that" and a verb right after a word: a relative clause about it ("states that will vote", "that have"). */
const RELATIVE_AFTER_NOUN = new RegExp(
  `^\\s+that\\s+(?:(?:are|were|have|had|will|would|can|could|may|might|must|should|do|did)\\s|(?:\\p{Ll}{2,}ed|${IRREGULAR_PAST})\\s+(?:the|a|an|his|her|their|its|our|this|these|those|him|them|it|to|in|on|at|for|with|from|by|over|against|\\p{Lu}))`,
  'u',
);
/** A verb of the clause right after an -s form: the form was the clause's subject, a plural noun ("the tool's
 * reports are", "pilot schemes have"); after a possessive also an adverb and a past form ("Lee's doubts soon
 * proved"). */
const VERB_AFTER_PLURAL_NOUN = /^\s+(?:are|were|have|had|will|would|can|could|may|might|must|should|do|did)\s/u;
const PAST_AFTER_POSSESSED_NOUN = new RegExp(
  `^\\s+(?:(?:\\p{Ll}+ly|also|still|soon|then)\\s+)?(?:\\p{Ll}{2,}ed|${IRREGULAR_PAST})\\s`,
  'u',
);
/** A relative pronoun a few words back: "which the company says will open" leaves the verb's object out. */
const RELATIVE_GAP_BEFORE = /(?<![\p{L}])(?:which|that|who|whom|what)\s+(?:\S+\s+){0,3}$/iu;
/** Stances whose verb takes an object first, so "for" right after is the noun's: "support for night workers",
 * "praise for the plan" (the verb: "praised her for"). */
const NOUN_BEFORE_FOR = /^(?:support|supports|praise|credit|credits|blame|estimate|estimates)$/;
/** Cue words more often nouns than verbs in running text. */
/** A preposition and an adjective right before a word: "under constant", "with chronic" (a word there may be the
 * subject's own: "most of them stress"). */
const PREPOSITION_WORD_BEFORE =
  /(?<![\p{L}])(?:with|of|from|under|about|amid|over|for|by|into|without|in|on|at)\s+\p{Ll}+(?:ic|al|ous|ive|ful|less|able|ible|ent|ant|ary|ish)\s+$/u;
const NOUN_LIKE_CUES =
  /^(?:stress|stresses|promise|promises|highlight|highlights|fear|fears|post|posts|projects|reasons|references|questions)$/;
/** What a verb of report takes right after it: a determiner, a pronoun, "to", "on" and a name ("post on Harbor"), a
 * name, an amount or a quotation (a clause: CLAUSE_MARKER). */
const REPORTED_AFTER = new RegExp(
  `^\\s+(?:that|the|a|an|how|what|why|whether|its|their|his|her|our|my|your|this|these|those|to|it|they|he|she|we|I|no|on\\s+\\p{Lu})\\b|^\\s+(?:\\d|\\p{Lu}\\p{Ll})|^\\s*[,:]?\\s*${QUOTE_MASK}`,
  'u',
);
/** A cue word and a particle that give the verb another sense: "sought after", "the gains show up". */
const PHRASAL_OTHER_SENSE: ReadonlyMap<string, RegExp> = new Map([
  ['sought', /^\s+after(?![\p{L}])/u],
  ...['show', 'shows', 'showed', 'shown'].map((form): [string, RegExp] => [form, /^\s+up(?![\p{L}])/u]),
  // ("the Harlow Open champion, will play": a title won, no cause taken up; that takes an object)
  ...['champion', 'champions'].map((form): [string, RegExp] => [form, /^\s*(?:[,.;:!?)]|$)/u]),
]);
/** A finite verb right after a participle: the participle was a modifier of the noun before it. */
const CLAUSE_VERB_AFTER = /^\s+(?:do|does|did|are|is|were|was|have|has|will|would|can|may|might|must|should)\s/u;
/** Where a thing was found or shown, then the clause's verb: "found near the mill are", "shown at the fair was". */
const PLACE_THEN_CLAUSE_VERB =
  /^\s+(?:in|at|on|near|inside|under|across|during)\s+(?:(?!(?:that|who|which|he|she|it|they|we|you|i)\s)[\p{L}\d'\u2019-]+\s+){1,5}?(?:do|does|did|are|is|were|was|have|has|will|would|can|may|might|must|should)\s/u;
/** A participle's pointer to the text around it, then no clause: "the stages mentioned here,", "the figures cited
 * above show" (not "mentioned earlier that"). */
const REFERRING_ADVERB_AFTER =
  /^\s+(?:here|above|below|earlier|previously)(?:\s*(?:[,.;:)!?]|$)|\s+(?!(?:that|how|whether|why|what)(?![\p{L}]))\p{Ll})/u;
/** "as" opening the clause a few words before a verb: "as officials mentioned earlier". */
const AS_CLAUSE_BEFORE = /(?<![\p{L}])as\s+(?:[\p{L}'\u2019-]+\s+){1,3}$/iu;
/** A short phrase after a comma or a dash: a trailing cue's subject ("..., the officials mentioned earlier"). */
const TAIL_SUBJECT_BEFORE = /[,;:\u2014]\s*(?:[\p{L}'\u2019.-]+\s+){1,4}$/u;
/** "noted for its cast", not "noted for the record". */
const NOTED_FOR = /^\s+for\s+(?!the\s+record)/u;
/** Past participles not in -ed or -en: "the bones found in the cave are". */
const IRREGULAR_PARTICIPLE = /^(?:found|told|shown|known|heard|seen|thought|held|made|kept|taught)$/u;
/** "as" right before a participle: "as predicted", "as expected". */
const AS_BEFORE = /(?<![\p{L}])as\s+$/u;
/** "easier said than done": a comparison, no report. */
const THAN_AFTER = /^\s+than\s/u;
/** A phrase that ends in a possessive ("Lee's", "the senators'"): it owns the noun after it. */
const POSSESSIVE_END = /['\u2019]s?$/u;
/** "its annual report", "their latest figures". */
const POSSESSIVE_PRONOUN = /^(?:its|their)\s/i;
/** A document a possessive pronoun owns: "his Facebook page" is his, whatever site's name is in it. */
const OWNED_BY_PRONOUN = /^(?:his|her|its|their|my|our|your)\s/i;
/** A time that cannot own data: "Last year's count", "Monday's figures". */
const TIME_POSSESSOR =
  /^(?:(?:last|this|next|the\s+previous|the\s+past)\s+(?:year|month|week|quarter|season)|yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** "Then, last month, Mara Quint wrote", "But a few days later, Lee said": a time before the subject. */
const TIME_OPENER =
  /^(?:(?:[Jj]ust\s+|[Oo]nly\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+\p{Ll}+(?:\s+\p{Ll}+)?|[Yy]esterday|[Tt]oday|[Tt]onight|[Mm]eanwhile|(?:\p{Lu}\p{Ll}+day)(?:\s+\p{Ll}+)?|(?:(?:[Bb]ut|[Aa]nd|[Tt]hen)\s+)?(?:(?:[Aa]\s+few|[Aa]\s+couple\s+of|\p{L}+|\d+)\s+)?(?:[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths|[Yy]ears)\s+(?:later|earlier|ago))$/u;
/** "Walking home, Lopez said", "Here in Dayton, Lopez said", "Arranged across three halls, the display": an opening
 * phrase of place or manner before the subject (a past participle before a preposition, not a given name in -ed:
 * "Alfred in", "Ahmed at"). */
const OPENING_PARTICIPLE =
  /^(?:\p{Lu}\p{Ll}+ing\s+\p{Ll}|(?:Here|There|Back|Out)\s+(?:in|at|on)\s|\p{Lu}\p{Ll}{3,}(?<!re|me|ee)d\s+(?:in|on|at|across|by|with|from|for|into|under|over|near|inside|along|during|after)\s)/u;
/** A name as a subject: capitalised words, particles and "of"/"the" inside ("The Office of the Inspector General"). */
const NAME_WORDS =
  /^(?:[Tt]he\s+)?(?:\p{Lu}|(?:al|el|bin|ibn|abu)-)[\p{L}\p{M}.'\u2019&-]*(?:\s+(?:(?:of|for|the|de|del|van|von|al|bin|da|di|le|la)\s+)*(?:\p{Lu}|(?:al|el|bin|ibn|abu)-)[\p{L}\p{M}.'\u2019&-]*)*$/u;
/** The sentence's closing punctuation after a phrase, but not the dot of an abbreviation ("U.S.") or an initial that ends it
 * ("said Robert T. Lang Jr.", "said Acme Inc."). */
const SENTENCE_END = /(?<!(?:^|\s)(?:Jr|Sr|Inc|Co|Corp|Ltd|Bros|St|\p{Lu}))(?<!\.\p{Lu})[.!?]+$/u;
/** A conjunction inside a phrase. */
const COORDINATION_WORD = /\s(?:and|or|&)\s/;
/** A topic is at most this many words: "The Kessel Valley Water Authority". */
const TOPIC_MAX_WORDS = 8;
/** The words that give the name a person goes by, after the noun that describes them: "known as Ghost". */
const NAMED_AS_WORDS = String.raw`(?:better\s+|also\s+)?known\s+as|nicknamed|dubbed`;
const NAMED_AS = new RegExp(String.raw`\s+(?:${NAMED_AS_WORDS})\s.*$`, 'i');
/** Where the noun phrase of an apposition ends: a relative clause ("a hydrologist ... who has studied ..."), or the
 * name it goes by ("the climber known as Ghost"). */
const APPOSITION_CLAUSE = new RegExp(String.raw`\s+(?:who|whom|whose|which|that|${NAMED_AS_WORDS})\s.*$`, 'i');
/** "In May, ...", "On Monday, ...": a capitalised adverbial, not a name. */
const LEADING_PREPOSITION = /^(?:in|on|at|by|for|from|with|after|before|during|since|until|under|over|as|of|to)\s/i;
/** A fronted participle clause ("Speaking at a rally, Tarn said", "Having announced that ..., the judge",
 * "Asked about it, she said"): it has no subject of its own; the clause after it has. "Sterling said" is a name. */
const FRONTED_PARTICIPLE =
  /^(?:Having\s|(?:Early|Late|Earlier|Later)\s+(?:in|on|this|that|last)\s|\p{Lu}\p{Ll}+(?:ing|ed)\s+(?:at|in|on|to|about|by|from|with|after|before|during|for|of|that|if|whether|what|how|why|the|a|an|his|her|their|its)\s)/u;
/** The words before a place's second part ("in Salem, New Hampshire", "of Flint, Mich."). */
const PLACE_BEFORE = /(?<![\p{L}])(?:in|of|from|at|near|outside)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*$/u;
/** The second part of a place: a state or country after its town ("New Hampshire", "Mich.", "N.C."). */
const PLACE_PART = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?$/u;
/** A dateline opening a story ("WASHINGTON —", "PARIS, Aug 31 (Reuters) -", "Washington (AFP) –", "(AP) HARLOW -"): a
 * place in capitals or a place and a news agency in parentheses; never the subject of the sentence after it. */
const DATELINE =
  /^(?:(?:\((?:\p{Lu}{2,}|Reuters)\)\s*)?\p{Lu}[\p{Lu}.'\s-]{2,}\s*[\u2014\u2013-]|[\p{L}.\s\d'-]+\((?:\p{Lu}{2,}|Reuters)\)\s*[\u2014\u2013-])/u;
/** A dateline opening a block's first sentence, up to its dash: a place in capitals with a date and an agency
 * ("PARIS, Aug 31 (Reuters) -", "WASHINGTON, Dec. 8 (UPI) —", "CHARLESTON, S.C. -", "(AP) HARLOW -"), or a place and an agency in
 * brackets ("New York (AFP) –"); or a place in capitals whose dash the page dropped, before a sentence that opens with
 * a determiner ("CAIRO The ballot count ..."), or a place and an agency glued to the sentence ("Harlow (CNN)The mayor",
 * "Harlow, Tarn (CNN) The mayor").
 * Tried on the block's first characters only. */
const DATELINE_OPENING =
  /^(?:(?:\((?:\p{Lu}{2,}|Reuters)\)\s*)?\p{Lu}[\p{Lu}.'-]+(?:\s+\p{Lu}[\p{Lu}.'-]+){0,3}(?:,(?:\s+(?:\p{Lu}[\p{L}.'-]*|\d[\d,]*)){1,5})?(?:\s*\((?:\p{Lu}{2,}|Reuters)\))?|\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}\s*\((?:\p{Lu}{2,}|Reuters)\))\s*(?:[\u2014\u2013]|--?)\s+|^\p{Lu}{3,}[.'-]?(?:\s+\p{Lu}{2,}[\p{Lu}.'-]*){0,3}\s+(?=(?:The|A|An|This|These|Those|His|Her|Their|Its)\s)|^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}(?:,\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})?\s*\((?:\p{Lu}{2,}|Reuters)\)\s*(?=\p{Lu})/u;
const DATELINE_SPAN = 80;
/** An editor's label opening a block ("Update:", "UPDATE 2:", "Editor's note:", "Note:", "Correction:",
 * "Disclaimer:"): no subject. */
export const EDITORIAL_LABEL =
  /^(?:[Uu]pdated?|UPDATED?|(?:[Ee]ditor['\u2019]s\s+)?[Nn]ote|(?:EDITOR['\u2019]S\s+)?NOTE|[Cc]orrection|CORRECTION|[Cc]larification|CLARIFICATION|[Dd]isclaimer|DISCLAIMER)(?:\s+\d{1,2})?\s*:\s+/u;
/** How many appositions may stand between a name and its verb ("Jane Doe, 34, a nurse, of Leeds, said"). */
const APPOSITION_CHAIN_MAX = 4;
/** Where a statement was made: "in a statement", "in an interview with". */
const PARENTHETICAL_MEDIA =
  'statement|interview|email|e-mail|letter|release|briefing|conference|post|tweet|speech|call|message|filing';
/** A parenthetical between a subject and its verb: "Rights groups, in a statement, said", "X, however, said". */
const PARENTHETICAL: readonly RegExp[] = [
  // The alternatives of one anchored pattern, each its own RegExp: those with \p{…} classes are compiled only on
  // the phrases that can match them (lexicon.ts GuardedRegExp).
  /^(?:in\s+(?:turn|response|reply|particular|addition|fact|short|part|general)|for\s+(?:example|instance|(?:his|her|their|its)\s+part)|of\s+course|at\s+(?:least|times|one\s+point)|among\s+others|among\s+other\s+things|as\s+well|however|though|too|meanwhile)$/u,
  new GuardedRegExp(
    `^(?:in|on|at|during|after|before|via|through)\\s+(?:a|an|the|his|her|its|their)?\\s*(?:\\p{L}+\\s+){0,3}(?:${PARENTHETICAL_MEDIA})s?(?:\\s+(?:on|with|to|at|in|from|this|last)\\s+[^,;:]{1,40})?$`,
    'u',
    hintOf(new RegExp(`^(?:in|on|at|during|after|before|via|through)\\s[^]*(?:${PARENTHETICAL_MEDIA})`)),
  ),
  new GuardedRegExp('^\\p{Ll}+ly$', 'u', (text) => text.endsWith('ly')),
  new GuardedRegExp('^(?:on|last|this)\\s+\\p{Lu}\\p{Ll}+$', 'u', hintOf(/^(?:on|last|this)\s/)),
  // ("Lee, without looking up, replied": a preposition before a gerund's clause says how or when)
  /^(?:without|after|before|while|since|upon)\s+[a-z]+ing(?:\s|$)/u,
];
/** A prepositional phrase between a subject and its verb is a parenthetical when it is this short: "Brand, in
 * the light of a fresh survey, told the Courier". */
const PARENTHETICAL_MAX_WORDS = 10;
/** Prepositions that open a parenthetical adverbial. */
const PARENTHETICAL_PREPOSITION =
  /^(?:in|at|on|during|after|before|despite|amid|like|unlike|with|without|under|from|by)\s/i;

/** Who made a document, set between commas after it ("from the Harbor Foreign Office", "by Ana Holm"), or the body
 * a person is from. */
const DOCUMENT_MAKER = /^(?:from|by)\s+(?:the\s+)?\p{Lu}/u;

/** "in a statement", "for example", or a short prepositional phrase with no verb ("in the light of a fresh survey"). */
function isParenthetical(text: string): boolean {
  if (PARENTHETICAL.some((pattern) => pattern.test(text))) return true;
  const words = text.split(/\s+/);
  return (
    PARENTHETICAL_PREPOSITION.test(text) &&
    words.length <= PARENTHETICAL_MAX_WORDS &&
    isNounPhrase(words.slice(1).join(' '))
  );
}

/** "Ivo Brand, who claimed ...": a relative pronoun as the subject of a cue. */
const RELATIVE_SUBJECT = /^(?:[Ww]ho|[Tt]hat|[Ww]hich)$/u;
/** A relative pronoun with no comma before it, right before its verb: "individuals who claim" ("a piece that
 * noted" credits a thing, and is left out). */
const RELATIVE_BEFORE = /(?<=\p{L}\s+)(who)\s+$/u;
/** Adverbs that single out the phrase after them: "particularly", "especially", "notably", "namely". */
const SINGLING_OUT: ReadonlySet<string> = new Set(['particularly', 'especially', 'notably', 'namely', 'chiefly']);
/** Adverbs of time and manner that open a clause, never a noun phrase: "So often the councillors want", "Lately the
 * officials say". */
const CLAUSE_ADVERBS: ReadonlySet<string> = new Set(
  (
    'often usually sometimes always never lately recently typically generally traditionally frequently ' +
    'increasingly initially originally historically apparently ultimately eventually finally predictably ' +
    'understandably unsurprisingly naturally certainly clearly obviously perhaps maybe even whenever wherever'
  ).split(' '),
);
/** A past form that is only a verb, inside a phrase (after its first word). */
const PAST_INSIDE = new RegExp(`\\s(?:${IRREGULAR_PAST}|came|went|said)(?:\\s|$)`, 'u');
/** A present verb and its object's determiner inside a phrase: "The inquiry quotes several clerks" is a clause. */
const PRESENT_INSIDE =
  /\s\p{Ll}{2,}(?<![su]s)s\s+(?:the|a|an|several|many|some|multiple|two|three|four|five|his|her|their|its)\s/u;
/** A preposition inside a phrase before a word in lower case ("at this map"; not "Institute for Fiscal
 * Studies"). */
const PREPOSITION_PHRASE_INSIDE = /\s(?:of|in|on|at|from|with|about|for|to|by)\s+\p{Ll}/u;
/** A capitalised word and "of" or "for" right before a phrase: the phrase ends a longer name ("Friends for"). */
const NAME_THEN_PREPOSITION_END = /\p{Lu}[\p{L}.'\u2019-]*\s+(?:of|for)\s+$/u;
/** The longest noun phrase this many words back that a relative clause can be about. */
const ANTECEDENT_MAX_WORDS = 8;

/** The noun phrase that a relative pronoun at `pos` is about: the longest phrase ending right before it
 * ("One such skipper was Captain Ana Lowe, who claimed" -> "Captain Ana Lowe"). */
function antecedentBefore(
  view: SentenceView,
  pos: number,
  plural = false,
  fits: (p: NounPhrase, before: string) => boolean = () => true,
): SourcePhrase | null {
  const from = windowStart(view, pos);
  const left = view.masked.slice(from, pos).replace(/,?\s*$/, '');
  const words = [...left.matchAll(/\S+/g)];
  for (let n = Math.min(words.length, ANTECEDENT_MAX_WORDS); n >= 1; n--) {
    const first = words[words.length - n];
    if (!first || first.index === undefined) continue;
    const text = left.slice(first.index);
    if (/[,;:\u2014\u2013]/.test(text) || text.includes(QUOTE_MASK) || !isNounPhrase(text)) continue;
    // ("the surprise came from the Harbor Board, which": a verb inside is a clause's, not the phrase's)
    if (PAST_INSIDE.test(text) || PRESENT_INSIDE.test(text)) continue;
    const p = parseNounPhrase(text);
    if (
      !p.valid ||
      p.pronoun ||
      NOT_A_SUBJECT.test(text) ||
      LEADING_PREPOSITION.test(text) ||
      !fits(p, left.slice(0, first.index))
    )
      continue;
    if (placeSecondPart(text, left.slice(0, first.index))) return null;
    // "rights groups who say": a plural names its members too.
    if (
      !(
        p.proper ||
        (plural && p.plural && /^\p{L}/u.test(text)) ||
        /^(?:the|a|an|two|three|several|some|many)\s/i.test(text)
      )
    )
      continue;
    const start = from + first.index;
    return makeMention({ start, end: start + text.length, text: view.text.slice(start, start + text.length) });
  }
  return null;
}

/** "a keeper at the College of Harlow, Tarnby, who said": a place's second part, after a comma, is no one. */
function placeSecondPart(text: string, before: string): boolean {
  // (one word, or a country's name: "the mayor of Harlow, Ann Lowe, who said" is a person)
  const place = PLACE_PART.test(text) && (!text.includes(' ') || isCountryLike(text));
  return place && /,\s*$/.test(before) && PLACE_BEFORE.test(before.replace(/,\s*$/, ''));
}

/** Participles that open a list or a topic, never a role: "including", "featuring", "regarding". */
const LISTING_PARTICIPLE = /^(?:including|excluding|featuring|involving|regarding|concerning|following|notably)\s/i;
/** A role opened by a participle, then a person's full name: "syndicated radio host Ana Lowe", "acting mayor Ivo
 * Brand" (no clause; "including radio host Ana Lowe" names some of a group). */
function participleRoleThenName(text: string): boolean {
  if (LISTING_PARTICIPLE.test(text)) return false;
  const p = parseNounPhrase(text);
  return p.valid && p.proper && p.kind === 'person' && !p.pronoun && p.name !== text && text.endsWith(` ${p.name}`);
}

/** A person's name with a role before it in lower case: "Former council member Ana Ruiz". */
function isRoleThenName(text: string): boolean {
  const p = parseNounPhrase(text);
  if (!p.valid || !p.proper || p.kind !== 'person' || p.pronoun || !text.endsWith(p.name) || p.name === text)
    return false;
  const role = text
    .slice(0, text.length - p.name.length)
    .trim()
    .split(/\s+/);
  return role.every((word) => {
    const lower = word.toLowerCase();
    return (
      /^\p{Lu}/u.test(word) ||
      TITLE_QUALIFIERS.has(lower) ||
      PERSON_ROLE_NOUNS.has(lower) ||
      PERSON_TITLES.has(lower) ||
      ORG_NOUNS.has(lower)
    );
  });
}

/** A preposition of place right before a phrase ("at Camp Lund"). */
const PLACE_PREPOSITION_END = /(?<![\p{L}])(?:at|in|on|near|into|outside|inside)\s+$/iu;
/** How many words back the name an apposition describes may start. */
const APPOSED_NAME_MAX_WORDS = 5;

/**
 * What a relative pronoun stands for: the phrase before it, or the name that phrase describes when it is an
 * apposition ("said Tim Lane, a ferry lobbyist who fought the toll": Tim Lane fought it).
 */
function relativeAntecedent(view: SentenceView, pos: number, plural = false): SourcePhrase | null {
  // "a look at this map, which shows": a thing "which" stands for is the phrase after the last preposition.
  const thing = view.masked.startsWith('which', pos);
  // ("a club called Friends for Ruiz, which": nor the name inside another name)
  const fits = (p: NounPhrase, before: string): boolean =>
    !PREPOSITION_PHRASE_INSIDE.test(p.text) && !NAME_THEN_PREPOSITION_END.test(before);
  // ("a ruling by a judge who": "who" stands for a person, not for the work the person is named as the maker of)
  // ("a visit to a chef who": nor for a thing whose phrase names a person after it; "a friend of the mayor who" is
  // the friend.)
  const someone = (p: NounPhrase): boolean => p.kind !== 'document' && !/^by\s/i.test(p.post) && !thingBeforePerson(p);
  const phrase = antecedentBefore(view, pos, plural, thing ? fits : someone);
  return phrase && apposedName(view, phrase);
}

/** A noun no list names as people's, then a person after a preposition: "a trip to a dentist". */
function thingBeforePerson(p: NounPhrase): boolean {
  const after = /^(?:to|with|of|for|from)\s+(.+)$/i.exec(p.post)?.[1];
  if (!after || PERSON_ROLE_NOUNS.has(p.headLower) || GROUP_NOUNS.has(p.headLower) || p.proper) return false;
  const object = parseNounPhrase(after);
  return !object.proper && object.kind === 'person' && PERSON_ROLE_NOUNS.has(object.headLower);
}

/** The name that a phrase set after it between commas describes ("Tim Lane, a ferry lobbyist"), or the phrase. */
function apposedName(view: SentenceView, phrase: SourcePhrase): SourcePhrase {
  if (!/^(?:a|an|the)\s/i.test(phrase.text)) return phrase;
  const left = view.masked.slice(windowStart(view, phrase.start), phrase.start);
  const comma = /,\s*$/.exec(left);
  if (!comma) return phrase;
  const before = left.slice(0, comma.index);
  const from = phrase.start - left.length;
  const words = [...before.matchAll(/\S+/g)];
  for (let n = Math.min(words.length, APPOSED_NAME_MAX_WORDS); n >= 1; n--) {
    const first = words[words.length - n];
    if (!first || first.index === undefined) continue;
    const text = before.slice(first.index);
    // ("Ana Holm founded Kestrel, a firm which": the name is the verb's object, not the clause)
    if (/[,;:\u2014\u2013]/.test(text) || text.includes(QUOTE_MASK) || !isNounPhrase(text)) continue;
    const p = parseNounPhrase(text);
    if (!p.valid || !p.proper || p.pronoun || NOT_A_SUBJECT.test(text) || LEADING_PREPOSITION.test(text)) continue;
    // "at Port Vell, a neighbor who says": a place's name after a preposition is described by nothing.
    if (PLACE_PREPOSITION_END.test(before.slice(0, first.index))) return phrase;
    const start = from + first.index;
    return makeMention({ start, end: start + text.length, text: view.text.slice(start, start + text.length) });
  }
  return phrase;
}

/** A preposition anywhere in a phrase: "with polls", "the wake of a poll" hold the document, are not it. */
const PREPOSITION_INSIDE = /(?:^|\s)(?:with|in|of|for|from|by|on|at|to|amid|after|before|despite)\s/i;
/** A pronoun and a verb that takes a clause, opening a subject: "That means", "This shows", "It suggests". */
const PRONOUN_CLAUSE_OPENING =
  /^(?:that|this|it|which)\s+(?:means|meant|suggests|suggested|shows|showed|implies|implied|explains|proves|ensures|indicates|indicated)\s+/iu;
/** A subject pronoun ending a longer phrase, not joined to it ("my aides and I") nor an object in it ("Many of
 * you"): "The first song I". */
const TRAILING_PRONOUN =
  /(?<![,;:]|\b(?:and|or|nor|but|of|to|for|with|from|by|at|in|on|about|like|than|among|all|both))\s+(I|we|you|he|she|they)$/iu;
/** "I" or "we" joined to the phrase before it: "the design and I". */
const JOINED_FIRST_PERSON = /\s+(?:and|&)\s+(I|we)$/u;
/** A subject pronoun, then a word that does not join another subject to it: "I sure", "We work with". */
const PRONOUN_LED =
  /^(I|[Ww]e|[Yy]ou|[Hh]e|[Ss]he|[Tt]hey)(?:['\u2019](?:m|re|s|ve|d|ll))?(?=\s+(?!(?:and|or|nor|&|both|all|each|alone|too|themselves|himself|herself|ourselves|myself|yourself)(?:\s|$))[\p{L}\p{N}])/u;
/** A name or a pronoun, its present verb, and the phrase after it: "Lowe plays a stubborn engineer" (not a
 * preposition: "Majorities across the valley"; nor a second clause: "Lee wants the job and Ng wants"). */
const NAME_VERB_OBJECT =
  /^(?:\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)*|[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|[Yy]ou|I)\s+(?!(?:across|towards|besides|unless|whereas|plus|versus|has|is|was|does|this|thus|as|always|perhaps)\s)\p{Ll}{2,}s\s+(?:to\s+)?((?:the|a|an|his|her|their|its|my|our|your)\s(?:(?!\s(?:and|but|or)\s).)+)$/u;
/** An adverb right after a subject pronoun: "I sure believed", "we really think". */
const ADVERB_AFTER_PRONOUN = /^\s+(?:\p{Ll}+ly|sure|also|then|still|just|even|now|only|always|never|once)(?:\s|$)/u;
const ADVERBS_ONLY = /^(?:\s+(?:\p{Ll}+ly|sure|also|then|still|just|even|now|only|always|never|once))+\s*$/u;
/** A relative pronoun right before a verb: "polls that show". */
const THAT_BEFORE = /(?<=\p{L}\s+)(?:that|which)\s+$/u;

/** The document a finding's participle or relative clause belongs to: "a poll showing", "polls that show" (not
 * "..., showing", whose subject is the sentence's). */
function documentBefore(
  view: SentenceView,
  cueStart: number,
  beforeAux: string,
  entry: VerbEntry,
  participle: boolean,
): SourcePhrase | null {
  if (entry.needs !== 'document-subject') return null;
  const relative = participle ? null : THAT_BEFORE.exec(beforeAux);
  if (!participle && !relative) return null;
  if (participle && /[,;:\u2014\u2013]\s*$/u.test(beforeAux)) return null;
  // "in the light of a fresh survey showing", "and with surveys showing": the document, not a longer phrase that holds it.
  return antecedentBefore(
    view,
    cueStart - (relative?.[0].length ?? 0),
    true,
    (p) => p.kind === 'document' && !PREPOSITION_INSIDE.test(p.text),
  );
}

/** The group, organisation or unnamed people right before a stance participle ("a group backing", "hedge fund
 * executives supporting"): a name or a thing there is mostly the object of an earlier verb ("crediting Reed and
 * urging him", "pitches highlighting"). */
function groupBefore(view: SentenceView, pos: number): SourcePhrase | null {
  const phrase = antecedentBefore(view, pos, true);
  if (!phrase) return null;
  const p = parseNounPhrase(phrase.text);
  const left = view.masked.slice(windowStart(view, phrase.start), phrase.start);
  if (/(?<![\p{L}])(?:and|or|but|nor)\s*$/u.test(left) || ENDS_IN_COORDINATOR.test(phrase.text)) return null;
  // ("Lowe wrote on a forum accusing the label": a place the verb before it went to holds no view.)
  if (MEANS_PREPOSITION_END.test(left)) return null;
  if (p.kind === 'document' || p.pronoun || (p.proper && p.kind !== 'organization')) return null;
  // Only a head that is known to hold views: "op-eds defending", "pitches highlighting" are things.
  const listed = [PERSON_ROLE_NOUNS, GROUP_NOUNS, ORG_NOUNS].some(
    (set) => set.has(p.headLower) || set.has(singular(p.headLower)),
  );
  return listed || (p.proper && p.kind === 'organization') ? phrase : null;
}

/** A preposition of where something was posted or sent right before a phrase: "on", "via", "through" (not "to":
 * "gave to a group backing the mayor"). */
const MEANS_PREPOSITION_END = /(?<![\p{L}])(?:on|onto|via|through)\s+$/u;
/** A phrase ending in a coordinator ("mayor of Tampa and"): the tail of a clause before a second verb. */
const ENDS_IN_COORDINATOR = /\s(?:and|or|but|then)$/i;
/** "The senator who made enemies and bragged": a relative clause inside the phrase owns the coordinator. */
/** A relative "who" inside a phrase, with its contraction ("leaders who'd rather ..."); "that" and "which" open
 * clauses of other kinds too ("The fact that ...", "a year in which ..."). */
const RELATIVE_INSIDE = /\swho(?:['\u2019](?:d|s|ve|re|ll))?\s/iu;
const endsInCoordinator = (text: string): boolean =>
  ENDS_IN_COORDINATOR.test(text) && !/\s(?:who|which|that)\s/i.test(text);
/** How many segments a relative clause between a name and its verb may span ("X, whose firm, Y, makes Z, said"). */
const RELATIVE_CHAIN_MAX = 5;
/** "Democracy for America, or DFA, said": a short name the phrase before it goes by is no phrase of its own. */
const ACRONYM_ALIAS = /^or\s+(?:\p{Lu}\.){2,}$|^or\s+\p{Lu}[\p{Lu}&]+$/u;
/** A relative clause about a person: "who ...", "whose ...". */
const WHO_START = /^(?:who|whose)\s/i;
/** An apposition longer than this is a clause, not a description of the name before it. */
const APPOSITION_MAX_WORDS = 20;
/** "Brand's attorney", "Harlow's new harbour master": a possessive opens the phrase. */
const POSSESSIVE_START = new GuardedRegExp(
  "^(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*['\\u2019]s?\\s+\\p{L}",
  'u',
  hintOf(/['\u2019]s?\s/),
);
/** "the one", "a few": determiners with nothing that describes. */
const PRONOUN_ONLY = /^(?:a|an|the)\s+(?:one|few|other|same|latter|former)$/i;
/** US party and state after a politician's name: "Sen. John Thune, R-S.D., said". */
const PARTY_STATE = /^[RDI]-[A-Z][A-Za-z.]*$/;
/** An age after a name: "Maria Lopez, 34, said", "Maria Lopez, now 34,". */
const AGE = /^(?:(?:now|aged?)\s+)?\d{1,3}$/;
/** A report set in commas after a subject, no apposition: "Harbor Mills, Lee said, plans ...". */
const REPORT_ASIDE =
  /^(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,3}(?:said|says|added|adds|believes|thinks|argued|argues)$|^(?:he|she|they)\s+(?:said|says|added|adds)$/u;
/** A participle clause between a subject and its verb: "The official, speaking on condition of anonymity,". */
const PARTICIPLE_CLAUSE = /^(?:\p{Ll}+ing|\p{Ll}+ed|led|held|run|made|known|seen|written|built|given|taken)\s/u;
/** "led by the port's new director, Karim al-Faydi," — a participle phrase and its name are a descriptor. */
const PARTICIPLE_BY = /^(?:\p{Ll}+(?:ed|en)|led|run|backed|held)\s+by\b/u;
/** The verb and the article of a post held now, at the start of a relative clause: "is an actor", "has been the". */
const PRESENT_POST = /^(?:is|has\s+been)\s+(?:an?|the)\s+(?=\S)/i;
/** A relative clause that states a position: "who heads the Vellmark program at ...", "who served as ..." (not a time
 * or an amount after its article: "who was a term behind him"). */
const ROLE_CLAUSE =
  /^(?:heads|headed|leads|led|runs|ran|directs|directed|chairs|chaired|oversees|oversaw|manages|managed|founded|co-founded|advises|advised|represents|represented|commands|commanded|teaches|taught|(?:is|was|has been|had been)\s+(?:a|an|the)\b(?!\s+(?:year|month|week|day|decade|few|bit|lot|little|long|short|while|way)\b)|serves?\s+as|served\s+as|works?\s+(?:for|at|with)|worked\s+(?:for|at|with))\b/i;
/** A clause that opens with one of these is subordinate: its cue does not govern the sentence. */
const SUBORDINATE_START =
  /^(?:which|who|whom|whose|that|where|when|while|as|because|although|though|if|after|before|since|until|whether|lest|unless)\b/i;
/** Subordinators of contrast and concession: their clause states what its own subject says, believes or does. */
const CONTRAST_START = /^(?:while|whereas|although|though)\s/i;
/** An auxiliary that a question puts before its subject. */
const QUESTION_AUX = String.raw`(?:do|does|did|is|are|was|were|has|have|had|can|could|would|will|should|must|may|might|shall|(?:do|does|did|is|are|was|were|has|have|had|ca|could|would|wo|should|must)n['\u2019]t)`;
/** A subordinator inside the words before a verb: the subject is what follows it ("This comes after police"; a
 * reason's "why", "which is why doctors", not an asked one, "asked why Lowe"). */
const SUBORDINATE_SUBJECT = new RegExp(
  String.raw`(?<=\S)\s+(?:after|as|when|while|because|since|before|that|although|though|once|until|whereas|where|lest|unless|(?<=(?:is|was|explains?|explained|reason)\s+)why(?!\s+${QUESTION_AUX}\s))\s+((?:\S+\s+){0,5}\S+)$`,
  'u',
);
/** Conjunctions that join two sources sharing one cue ("A and B said"). */
const COORDINATION = /\s+(?:and|as well as|&)\s+/gu;
/** Two or three capitalised words: what an ampersand joins when it joins two people ("Ann Lowe & Tim Baker"). */
const FULL_NAME = /^\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,2}$/u;
/** Determiners a second conjunct may start with ("A Harlow official and a spokesperson"). */
const CONJUNCT_START =
  /^(?:the|a|an|another|some|two|three|four|five|six|several|many|their|his|her|its|other|(?:former|acting|interim)\s+\p{Lu}|\d|\p{Lu})/u;
/** Pronoun right before the verb: "it says", "he added", "they said", or before its contracted auxiliary ("that
 * they're endorsing", "firms he's criticized"). */
const PRONOUN_BEFORE = /(?<![\p{L}])(he|she|they|it|He|She|They|It)\s*$/u;
/** Names and definite organisation nouns, for the "it" of "Vellmark begins ... it says", "The embassy is ... it
 * expects". */
const PROPER_RUN =
  /(?<![\p{L}])(?:[Tt]he\s+\p{Ll}+|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'-]*)(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'-]*)*)(?=\s+(\p{Ll}[\p{L}]*))/gu;
/** What may stand before a clause subject: nothing, a boundary or a conjunction ("as Vellmark begins"). */
const CLAUSE_OPENING = new RegExp(
  `(?:^|[,;:${QUOTE_MASK}\\u2014]|(?<![\\p{L}])(?:as|and|but|that|while|when|because|since|after|before|if|though|although|so))\\s*$`,
  'u',
);
/** A word right after a name that makes the name a clause subject ("Vellmark begins", "Chile has"). */
const VERB_LIKE =
  /^(?!(?:this|thus|his|its|us|yes|perhaps|always|sometimes|less|unless|across|besides|whereas|towards)$)(?:is|are|was|were|has|have|had|will|would|can|could|may|might|says|said|\p{Ll}+(?:s|ed))$/u;

/** A cheap test that a sentence may hold a non-response, before the full pattern runs. */
const NON_RESPONSE_HINT = /not|n't|declined|refused/;
/** Non-responses: "did not respond", "declined to comment", "did not answer questions". */
const NON_RESPONSE = new RegExp(
  "(?<![\\p{L}])(?:(?:did|does|do|has|have|had|would|could)\\s*(?:not|n't)\\s+(?:immediately\\s+)?" +
    '(?:respond|reply|comment|answer|return|be\\s+reached|provide\\s+(?:a\\s+)?comment)|' +
    '(?:declined|refused)\\s+(?:to\\s+(?:comment|respond|answer|discuss|elaborate|say|confirm)|comment)|' +
    'could\\s+not\\s+(?:immediately\\s+)?be\\s+reached|(?:was|were)\\s+not\\s+(?:immediately\\s+)?available\\s+for\\s+comment|' +
    'did\\s+not\\s+immediately\\s+respond)',
  'iu',
);

// ---------------------------------------------------------------------------------------------------------

/** How far around a cue the engine looks for its subject, hearer and complement: a source phrase with its
 * appositions fits easily, and a sentence of 20,000 "said"s stays linear ("said said said..." page). */
const CONTEXT_WINDOW = 400;
/** Marks a window cut short of the sentence end, so that "$" in a pattern does not mean the sentence end. */
const TRUNCATED = '\u0002';

/** The masked text after `pos`, at most CONTEXT_WINDOW characters. */
function ahead(view: SentenceView, pos: number): string {
  const end = Math.min(view.end, pos + CONTEXT_WINDOW);
  return view.masked.slice(pos, end) + (end < view.end ? TRUNCATED : '');
}

/** Where the look-back from `pos` starts. */
function windowStart(view: SentenceView, pos: number): number {
  return Math.max(view.start, pos - CONTEXT_WINDOW);
}

interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Splits [start, end) of the block at boundaries; segments are trimmed and may be empty. */
function segments(view: SentenceView, start: number, end: number): Segment[] {
  const out: Segment[] = [];
  // ("Sen. Ivo Brand (profile, votes, speeches), R-Tn., the chairman, said": a list in brackets is an aside; its commas
  // part nothing, and the segment it ends stops before it.)
  const slice = view.masked.slice(start, end).replace(LISTED_ASIDE, (aside) => ' '.repeat(aside.length));
  let from = 0;
  BOUNDARY.lastIndex = 0;
  const push = (seg: Segment): void => {
    // "Harbor Soft, Inc., the maker of ...": a company's suffix after a comma is its name's last word; "of Tarnby,
    // Vt.", "in Oslo, Norway": so is a place's second part, abbreviated or a country.
    // ("a Tarnby, Vt., seed company": the noun after the place's second part ends the phrase the place opened.)
    const last = out[out.length - 1];
    const place = (/\.$/.test(seg.text) || isCountryLike(seg.text)) && placeSecondPart(seg.text, `${last?.text},`);
    const opened = out[out.length - 2];
    if (
      opened &&
      last &&
      PLACE_NOUN_AFTER.test(seg.text) &&
      /^(?:a|an)\s+\p{Lu}/u.test(opened.text) &&
      (US_STATE_ABBREVIATIONS.has(last.text) || isCountryLike(last.text))
    ) {
      out.splice(-2, 2, { start: opened.start, end: seg.end, text: view.text.slice(opened.start, seg.end) });
      return;
    }
    // ("a Tarnby, Vt.-based lawyer": the state, with the rest of the phrase, ends the phrase the place opened)
    const based = STATE_THEN_NOUN.exec(seg.text);
    if (
      last &&
      based &&
      /^(?:a|an)\s+\p{Lu}[\p{L}.'-]*$/u.test(last.text) &&
      US_STATE_ABBREVIATIONS.has(based[1] ?? '')
    ) {
      out[out.length - 1] = { start: last.start, end: seg.end, text: view.text.slice(last.start, seg.end) };
      return;
    }
    if (last && last.text !== '' && (COMPANY_SUFFIX.test(seg.text) || place))
      out[out.length - 1] = { start: last.start, end: seg.end, text: view.text.slice(last.start, seg.end) };
    else out.push(seg);
  };
  // (trimmed on the slice, so that an aside set blank ends no segment's words)
  const cut = (a: number, b: number): Segment => {
    let e = b;
    while (e > a && /\s/.test(slice[e - 1] ?? '')) e--;
    return trimmed(view, start + a, start + e);
  };
  for (let m = BOUNDARY.exec(slice); m; m = BOUNDARY.exec(slice)) {
    push(cut(from, m.index));
    from = m.index + m[0].length;
  }
  push(cut(from, end - start));
  return out;
}
/** Words in brackets with a comma among them, before a comma: "(profile, votes, speeches),". */
const LISTED_ASIDE = /\([^()]*,[^()]*\)(?=\s*,)/gu;

/** A state's abbreviation joined to the words after it: "Vt.-based lawyer" (group 1: the abbreviation). */
const STATE_THEN_NOUN = /^(\p{Lu}[\p{L}.]*\.)-\p{Ll}+(?:\s+\p{Ll}[\p{Ll}-]*){1,3}\.?$/u;
/** One to three words in lower case, a noun a place's name modifies: "seed company", "law firm". */
const PLACE_NOUN_AFTER = /^\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}$/u;

/** A company's legal form, written after a comma in its name. */
const COMPANY_FORMS = 'Inc|Ltd|LLC|Corp|Co|plc|PLC|L\\.P|S\\.A|N\\.V|AG|GmbH';
const COMPANY_SUFFIX = new RegExp(`^(?:${COMPANY_FORMS})\\.?$`, 'u');
/** The comma before one. */
const SUFFIX_COMMA = new RegExp(`,(?=\\s+(?:${COMPANY_FORMS})\\.?(?![\\p{L}]))`, 'gu');

function trimmed(view: SentenceView, start: number, end: number): Segment {
  // Trimmed on the masked text, so that a quotation's words make an empty segment.
  let s = start;
  let e = end;
  while (s < e && /\s/.test(view.masked[s] ?? '')) s++;
  while (e > s && /\s/.test(view.masked[e - 1] ?? '')) e--;
  return { start: s, end: e, text: view.text.slice(s, e) };
}

/** A segment that is only a clause opener: "however", "Meanwhile", "Online". */
function isConnectiveSegment(text: string): boolean {
  const lower = text.toLowerCase();
  return CONNECTIVES.has(lower) || FRONTED_ADVERBS.has(lower) || CONCESSIONS.has(lower);
}

/** Drops leading connectives ("But", "Still") from a segment, moving its start. */
function stripConnectives(seg: Segment): Segment {
  // "It seems Zentro are planning", "It looks like buyers are keen": the clause after it has its subject.
  const seems = IT_SEEMS.exec(seg.text) ?? IT_IS_FRAME.exec(seg.text);
  let s = seems ? { start: seg.start + seems[0].length, end: seg.end, text: seg.text.slice(seems[0].length) } : seg;
  // ("in what Ana Lowe, the campaign's treasurer, called a farce": the name after a free relative's "what" is its
  // subject)
  const what =
    WHAT_BEFORE_NAME.exec(s.text) ?? REASON_FRAME.exec(s.text) ?? MANNER_FRAME.exec(s.text) ?? WAY_FRAME.exec(s.text);
  if (what) s = { start: s.start + what[0].length, end: s.end, text: s.text.slice(what[0].length) };
  for (;;) {
    const m = /^(\p{L}+)\s+/u.exec(s.text);
    const word = (m?.[1] ?? '').toLowerCase();
    // "particularly Govs. Ada Fenn and Tim Crest, who say": an adverb that singles a phrase out is no part of it.
    // ("And once the clerk noticed": "once" before a determiner or a pronoun is a subordinator.)
    const onceThen = word === 'once' && ONCE_CLAUSE.test(s.text);
    // ("Most owners, particularly those with old boats, are unwilling": "those" singled out of the group before it is
    // an aside about that group, no subject of its own.)
    const singledThose = SINGLING_OUT.has(word) && /^those\s/i.test(s.text.slice(m?.[0].length ?? 0));
    if (
      !m ||
      singledThose ||
      !(
        CONNECTIVES.has(word) ||
        SINGLING_OUT.has(word) ||
        CLAUSE_ADVERBS.has(word) ||
        SUBORDINATORS.has(word) ||
        onceThen
      )
    )
      return s;
    s = { start: s.start + m[0].length, end: s.end, text: s.text.slice(m[0].length) };
  }
}

/** A question's "why" and its auxiliary before a subject ("why don't Tarnby's owners", "Why haven't more people"),
 * a wondered "why" ("Wonder why fans"), or "how many" ("How many people said …?"). */
const QUESTION_OPENING = new RegExp(
  String.raw`^(?:(?:I\s+)?wonder\s+why\s|why\s+${QUESTION_AUX}\s|how\s+(?:many|much)\s)`,
  'iu',
);
/** "That's why", "which is why", a "why" with no auxiliary after it: a reason's frame before the clause that holds
 * the subject ("That explains why critics say"). */
const REASON_FRAME = new RegExp(
  String.raw`^(?:(?:that|this|which|it)(?:['\u2019]s|\s+is|\s+was)\s+)?why\s+(?!${QUESTION_AUX}\s)(?=\S)`,
  'iu',
);
/** A "how" before a name or a plural, no auxiliary: the manner's frame before the clause's subject ("the rules, how
 * Christians think these are demons"). */
const MANNER_FRAME = new RegExp(
  String.raw`^(?:(?:about|on|of)\s+)?[Hh]ow\s+(?!${QUESTION_AUX}\s)(?=\p{Lu}|\p{Ll}+s(?:\s|$)|(?:people|men|women|children|police)(?:\s|$))`,
  'u',
);

/** "the way" before a name, wherever in the segment: "(and moves on) the way Lee (promised)": the name is the
 * subject of the clause that says how. */
const WAY_FRAME = /^(?:[^,;:]*\s)?the\s+way\s+(?=\p{Lu}\p{L})/u;

/** A free relative's "what", perhaps after a preposition, before a capitalised name: "in what Ana Lowe". */
const WHAT_BEFORE_NAME = /^(?:(?:in|of|with|by|for|to|from|on|at)\s+)?what\s+(?=\p{Lu})/u;

/** Conjunctions that open a clause of their own after a comma: ", because voters think", ", lest critics say". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['because', 'lest', 'although', 'though', 'whereas']);
/** "once" opening a clause: before a determiner or a pronoun ("once the man said", "once they knew"). */
const ONCE_CLAUSE = /^[Oo]nce\s+(?:the|a|an|his|her|their|its|our|my|this|that|these|those|he|she|they|we|it|I)\s/u;

/** "It seems", "It looks like", "It appears that": an impersonal opening before the clause that holds the subject. */
const IT_SEEMS =
  /^[Ii]t\s+(?:seems|seemed|looks|looked|appears|appeared|(?:does\s+not|doesn['\u2019]t|did\s+not|didn['\u2019]t)\s+(?:seem|look|appear))(?:\s+(?:like|as\s+if|as\s+though|that))?\s+(?=\S)/u;

/** "it's", "that's", "here's" or "there's" and the words that frame what follows: "That's (what Lee wrote)", "it's
 * clear (Lowe still believes)", "Here's (how Lee's allies put it)", "there's (Ivo Brand walking in)"; not before a
 * phrase of its own ("It's the newest turn in …"). */
const IT_IS_FRAME =
  /^(?:(?:And|But|So|Yet)\s+)?(?:[Ii]t|[Tt]hat|[Tt]here|[Hh]ere)['\u2019]s\s+(?:(?:(?:also|still|just|now|clear|likely|unlikely|obvious|possible|true|evident|apparent)\s+)+(?:that\s+)?|that\s+|(?![Tt]he\s))(?=\S)/u;

/** A time that ends a subject in lower case: "Lowe yesterday declined ..., saying" ("USA Today" is a name). */
const TIME_END = /\s+(?:yesterday|today|tonight)(?:\s+(?:morning|afternoon|evening))?$/u;
/** A word that names a work, left at a phrase's end when the name was a quotation: "a study titled", "called". */
const TITLED_END = /\s+(?:titled|entitled|called|named|dubbed)$/u;

function makeMention(seg: Segment, extra: Partial<SourcePhrase> = {}): SourcePhrase {
  // ("a study by Harbor Labs titled "…"": the title, in quotes, is masked; the word that named it goes too)
  const time = TIME_END.exec(seg.text) ?? TITLED_END.exec(seg.text);
  const text = time ? seg.text.slice(0, time.index) : seg.text;
  return {
    text,
    start: seg.start,
    end: seg.start + text.length,
    role: null,
    affiliation: null,
    descriptor: null,
    document: null,
    ...extra,
  };
}

/** A phrase ending with a role noun: "Zentro's director", "The Vellmark spokesperson". */
function isRolePhrase(text: string): boolean {
  // ("Speaking to The Harbor Reporter about the tour, Lund said": a fronted participle clause is no role)
  if (!isNounPhrase(text) || PARTICIPLE_BY.test(text) || FRONTED_PARTICIPLE.test(text)) return false;
  const words = text.split(/\s+/);
  const last = cleanToken(words[words.length - 1] ?? '').toLowerCase();
  return PERSON_ROLE_NOUNS.has(last) || PERSON_TITLES.has(last);
}

/** A role whose person noun closes an "of", "to" or "for" phrase: "a cousin of the farmer", "an aide to the mayor". */
const ROLE_OF_PERSON =
  /\s(?:of|to|for)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}\d'\u2019-]+\s+){0,3}[\p{L}-]+$/u;

/** A month's name, short or long, as a date writes it: "Oct. 3", "Jan 5". */
const MONTH_ABBREVIATION =
  /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)\.?$/;
/** "in" or "near" right before a name: a place. */
const IN_PLACE_END = /(?<![\p{L}])(?:in|near|outside)\s+$/u;
/** Capitalised words and "of" opening a run of a body's name: "CEO and Founder of" (group 1: the words). */
const TITLES_THEN_OF = /^((?:\p{Lu}[\p{L}.&-]*\s+(?:(?:and|&)\s+)?)+)of\s+/u;
/** "at" right before a name, which then says where one works. */
const AT_END = /(?<![\p{L}])at\s+(?:the\s+)?$/u;

/** Capitalised words that end a body's name and may have "of the" after them: "Office", "University". */
const BODY_HEAD_WORDS = [...ORG_NAME_WORDS].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)).join('|');
/** A run of capitalised words (digits may end one: "Kestrel64"), with the "of", "for", "and" or "&" inside a name, a
 * possessive between two names ("Harlow University's Program"), and "of the", "for the" or "on" only after a word
 * that names a body ("the State Office of the Harbors", "Program on Fisheries"; not "Director of the Harbor
 * Institute"). */
const ORGANISATION_RUN = new RegExp(
  `(?:\\p{Lu}[\\p{L}\\d.'-]*)(?:(?:\\s+(?:of\\s+|for\\s+|and\\s+|&\\s+|(?<=(?<![\\p{L}])(?:${BODY_HEAD_WORDS})\\s+)(?:(?:of|for)\\s+the|on)\\s+)?|\\u2019s\\s+)\\p{Lu}[\\p{L}\\d.'-]*)*`,
  'gu',
);

/** Capitalised organisation-like run inside a phrase ("at the Tarnby Institute" -> Tarnby Institute). */
function findOrganisation(text: string): string | null {
  // ("Harbor, Inc." is one name; so is "Centre for Arts and Crafts")
  const joined = text.replace(SUFFIX_COMMA, ' ');
  let best: string | null = null;
  for (const m of joined.matchAll(ORGANISATION_RUN)) {
    // ("CEO and Founder of Harbor Robotics": posts in capitals joined before "of" are no body, the body follows;
    // one post alone, "Head of Platform Solutions for Kestrel", is read as before)
    const posts =
      TITLES_THEN_OF.exec(m[0])?.[1]
        ?.trim()
        .split(/\s+(?:and|&)\s+/) ?? [];
    const run = posts.length > 1 && posts.every(isRoleWord) ? m[0].replace(TITLES_THEN_OF, '') : m[0];
    if (/^\S+-(?:backed|led|based|owned|run|linked|allied|aligned)$/.test(run)) continue; // "Iran-backed"
    // "at the Harbor Marine Lab in Tarnby": the place the body is in is no body
    // ("special envoy to Tarnland": where an envoy is posted)
    // ("a scientist in Harbor's Deep Sea Directorate": a body's own name after "in" is a body still)
    const before = joined.slice(0, m.index);
    const place = IN_PLACE_END.test(before) && !namesBody(run);
    if (place || POSTED_TO.test(before) || isCountryLike(run) || MONTH_ABBREVIATION.test(run)) continue;
    const p = parseNounPhrase(run);
    // "head of Tarn-Harlow strategy at Harbor Générale", "an analyst at Kestrel Stanley": the name after "at" is
    // the employer, though written as a person's may be.
    // ("the Program on Fisheries": "on" inside the name, which the phrase reads as what follows it)
    const name = /\son\s/u.test(run) ? run : p.name;
    if (p.proper && AT_END.test(before) && (p.kind === 'organization' || p.kind === 'person')) return name;
    if (p.proper && p.kind === 'organization') best = name;
  }
  return best;
}

/**
 * The body a role belongs to, after its preposition: "chief economist at the Harbor Institute" -> "the Harbor
 * Institute". A body is named with a capital; "a baker with two shops who bakes for weddings" names none.
 */
function bodyAfterPreposition(role: string): string | null {
  const clause = role.replace(RELATIVE_CLAUSE, '');
  for (const m of clause.matchAll(/\b(?:of|to|at|for|with)\s+/gu)) {
    const after = clause.slice((m.index ?? 0) + m[0].length);
    // ("the US ambassador to France": where an envoy is posted is no body they are of)
    if (POSTED_TO.test(clause.slice(0, (m.index ?? 0) + m[0].length))) continue;
    // "the rights group Fair Harbor", "Harbor University"; "the agency", "the sheriff's office"
    const last = after.split(/\s+/).pop()?.toLowerCase() ?? '';
    const definite = /^the\s/u.test(after);
    // "Vice President of Retail for Harbor": a department named before the body it is in
    const department = DEPARTMENT_THEN_BODY.exec(after);
    if (department && !ORG_NOUNS.has((department[1] ?? '').toLowerCase())) continue;
    if (/^\p{Lu}/u.test(after) || (definite && (/\p{Lu}/u.test(after) || ORG_NOUNS.has(last)))) return after;
  }
  return null;
}

/** An envoy's post and "to": "ambassador to", "special envoy to", "representative to". */
const POSTED_TO =
  /(?<![\p{L}])(?:ambassadors?|envoys?|emissar(?:y|ies)|representatives?|delegates?|delegation|consul|attach[eé]|liaison)\s+to\s+$/iu;

/** One or two capitalised words, then "for" or "at" and a name: "Retail for Harbor" (not when the last word names a
 * body: "Lakeside Centre for Arts", "the Center for ..."). */
const DEPARTMENT_THEN_BODY = /^(?:\p{Lu}\p{L}*\s+)?(\p{Lu}\p{L}*)\s+(?:for|at)\s+\p{Lu}/u;

/** A relative clause at the end of a role: " who bakes for weddings", " which it leads"; or a clause of time
 * ("a chef before the show began"). */
const RELATIVE_CLAUSE =
  /\s+(?:who|whom|whose|which|that|where|before|after|when|while|until|because|although)(?:\s.*)?$/u;

/** One who stands with or against a name, and is of no body by it: "Tarn's close ally", "Lowe's fiercest critic". */
const STANCE_ROLE =
  /(?:^|\s)(?:ally|allies|rival|rivals|critic|critics|opponent|opponents|foe|foes|enemy|enemies|adversary|supporter|supporters)$/iu;
/** A name's possessive opening a phrase: "Tarn Mobile's", "Kestrel Motors'". */
const NAME_POSSESSIVE_ROLE = /^(\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*){0,4})['\u2019]s?\s+\S/u;

/**
 * A body's name, then a role in it: "Acme CEO" -> Acme, CEO; "Harbor Mills chief executive" -> Harbor Mills, chief
 * executive. The role is the words at the end that are roles, titles, their qualifiers or lower case.
 */
function bodyThenRole(text: string): { body: string; role: string } | null {
  const words = text.split(/\s+/);
  let at = words.length;
  while (at > 0) {
    const word = words[at - 1] ?? '';
    const lower = cleanToken(word).toLowerCase();
    const roleWord = PERSON_ROLE_NOUNS.has(lower) || PERSON_TITLES.has(lower) || TITLE_QUALIFIERS.has(lower);
    if (!roleWord && !/^\p{Ll}/u.test(word)) break;
    at--;
  }
  if (at === 0 || at === words.length || !endsInRole(text)) return null;
  const body = words.slice(0, at).join(' ');
  // ("the Chamber's chief strategist" keeps its possessive: the role as written.)
  if (!/^\p{Lu}/u.test(body) || /['\u2019]/u.test(body) || words.slice(0, at).some((word) => /^\p{Ll}/u.test(word)))
    return null;
  return { body, role: words.slice(at).join(' ') };
}

/** "managing director of Harlow Auto", "acting chief", "visiting professor", "registered dietitian": an -ing word or
 * a qualifying participle before a role noun is the role's, no participle clause. */
function roleAfterParticiple(text: string): boolean {
  const [first = '', ...rest] = text.split(/\s+/);
  // ("registered dietitian and founder of …", "retired colonel")
  if (!first.endsWith('ing') && !QUALIFYING_PARTICIPLE.test(first)) return false;
  // ("acting assistant attorney general": the qualifiers of a title before it)
  for (const word of rest.slice(0, 4)) {
    const next = cleanToken(word).toLowerCase();
    if (PERSON_ROLE_NOUNS.has(next) || PERSON_TITLES.has(next)) return true;
    if (!TITLE_QUALIFIERS.has(next)) return false;
  }
  return false;
}

/** Participles that qualify a profession: "registered nurse", "retired colonel", "certified planner". */
const QUALIFYING_PARTICIPLE = /^(?:registered|licensed|certified|retired|trained|qualified|practising|practicing)$/u;

/** A possessive determiner: what it opens is someone's, no body ("her hospital bed", "his lawyers"). */
const PERSONAL_POSSESSIVE = /^(?:his|her|their|its|my|our|your)\s/i;

/** A post held, as a relative clause says it: "heads the Bank of Tarnby", "led a brigade known as the Tarn Guard". */
const POST_HELD =
  /^(heads|headed|leads|led|directs|directed|chairs|chaired|manages|managed|founded|co-founded|commands|commanded|advises|advised|represents|represented)\s+(.+)$/u;
/** "serves as a magistrate", "served as director of ...": the post after "as". */
const SERVED_AS = /^(?:serves|served|has\s+served|had\s+served)\s+as\s+(?:(?:a|an|the)\s+)?(.+)$/u;
/** What follows a post and is none of it: when and where it was held ("during the 1990s", "until the merger"). */
const POST_TIME = /\s(?:during|under|until|since|from|in|between|when|after|before|for\s+\d)\s.*$/u;
/** "works for Kestrel", "worked at the Harbor Institute": the body, named. */
const WORKS_FOR = /^(?:works|worked|has\s+worked)\s+(?:for|at|with)\s+(?:the\s+)?(\p{Lu}.*)$/u;
/** The holder's noun of each verb of POST_HELD, present form then past form. */
const POST_NOUNS: ReadonlyMap<string, string> = new Map(
  (
    [
      ['heads headed', 'head'],
      ['leads led', 'leader'],
      ['directs directed', 'director'],
      ['chairs chaired', 'chair'],
      ['manages managed', 'manager'],
      ['commands commanded', 'commander'],
      ['advises advised', 'adviser'],
      ['represents represented', 'representative'],
    ] as const
  ).flatMap(([forms, noun]) => forms.split(' ').map((form) => [form, noun] as const)),
);
/** Founding is done once: the founder stays the founder. */
const FOUNDERS: ReadonlyMap<string, string> = new Map([
  ['founded', 'founder'],
  ['co-founded', 'co-founder'],
]);
/** The capitalised words that open a phrase, with the small words of a name between them: "Bank of Tarnby" of
 * "Bank of Tarnby after the merger". */
const LEADING_NAME = /^\p{Lu}[\p{L}\p{N}.'&-]*(?:\s+(?:(?:of|for|and|&|the|de)\s+)*\p{Lu}[\p{L}\p{N}.'&-]*)*/u;
/** What names a body after its noun: "a brigade known as the Tarn Guard". */
const CALLED = /\s(?:called|named|known\s+as)\s+(.+)$/u;
/** How many words an object with no name may have to make a role of it ("head of the regional office"). */
const POST_OBJECT_MAX_WORDS = 5;

/** The post a relative clause says the person holds, and the body, when it names one: "who heads the Bank of
 * Tarnby" → head, Bank of Tarnby; "who led a brigade known as the Tarn Guard" → former leader, Tarn Guard; "who chairs
 * the finance committee" → chair of the finance committee. */
function postHeld(clause: string): { role: string | null; affiliation: string | null } | null {
  // "who served as director of the HRA until the merger" → director of the HRA, HRA; "who works for Kestrel" →
  // Kestrel.
  const served = SERVED_AS.exec(clause);
  if (served) {
    const role = (served[1] ?? '').replace(POST_TIME, '').trim();
    const body = /\s(?:of|at|for|with)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(role)?.[1];
    return { role, affiliation: body ? (LEADING_NAME.exec(body)?.[0] ?? null) : null };
  }
  const works = WORKS_FOR.exec(clause);
  if (works) return { role: null, affiliation: LEADING_NAME.exec(works[1] ?? '')?.[0] ?? null };
  const m = POST_HELD.exec(clause);
  if (!m) return null;
  const verb = m[1] ?? '';
  const founder = FOUNDERS.get(verb);
  const noun = founder ?? POST_NOUNS.get(verb);
  if (!noun) return null;
  const past = !founder && (verb === 'led' || verb.endsWith('ed'));
  const object = (m[2] ?? '')
    .replace(/\s+(?:who|which|that|where|since|until|from|in|after|before|during)\s.*$/u, '')
    .trim();
  // "led the Harbor Agency's search": an owner's thing is no post; the owner is the body.
  const owned = /^(?:the\s+)?(\p{Lu}.*?)['\u2019]s\s/u.exec(object);
  if (owned) return { role: `${verb} ${object}`, affiliation: owned[1] ?? null };
  if (/['\u2019]s\s/u.test(object)) return null;
  const formerly = past ? `former ${noun}` : noun;
  const called = CALLED.exec(object)?.[1];
  if (called) return { role: formerly, affiliation: LEADING_NAME.exec(called.replace(/^the\s+/i, ''))?.[0] ?? null };
  // A name that is the whole object, up to a preposition, is the body ("the Bank of Tarnby in Harlow"); a name
  // before a noun in lower case qualifies it ("the housing program at the Harbor Institute").
  const bare = object.replace(/^the\s+/i, '');
  const lead = LEADING_NAME.exec(bare)?.[0];
  if (lead && /^(?:$|[,;]|\s+(?:at|of|for|in|on|with|and)\s)/u.test(bare.slice(lead.length)))
    return { role: formerly, affiliation: lead };
  const [thing = object, owner] = object.split(/\s+(?:at|of|for|with)\s+(?:the\s+)?(?=\p{Lu})/u);
  const words = thing.split(/\s+/).length;
  return {
    role: words <= POST_OBJECT_MAX_WORDS ? `${formerly} of ${thing}` : formerly,
    affiliation: owner ? (LEADING_NAME.exec(owner)?.[0] ?? null) : null,
  };
}

/** An apposition whose head is a body's noun ("the state body that funds it", "a firm in Harlow"). */
function describesBody(text: string): boolean {
  const head = parseNounPhrase(text.replace(RELATIVE_CLAUSE, '')).headLower;
  return (head === 'body' || ORG_NOUNS.has(head)) && !PERSON_ROLE_NOUNS.has(head);
}

/** A role that says where one lives: "30-year-old from Harlow", "resident of Tarnby", "a Harlow native". */
const HOMETOWN_ROLE = /^(?:[\p{L}\d]+-year-old|(?:longtime\s+|local\s+)?(?:resident|native)s?)\s+(?:of|from|in)\s/u;

/** A degree or a title of one's profession written after a name: "PhD", "M.D.", "RD", "Jr.". */
const CREDENTIAL =
  /^(?:Ph\.?\s?D\.?|M\.?D\.?|D\.?O\.?|R\.?N\.?|RDN?|MSc?|MA|MBA|MPH|MFA|BSc|DDS|DVM|CPA|CFA|CFP|JD|LLB|LCSW|Esq\.?|Jr\.?|Sr\.?)$/u;
/** A phrase and its finite verb, set in commas: "the second is growing fast", no apposition. */
const CLAUSE_SEGMENT =
  /^(?:the|a|an|one|another|both|each)\s+(?:(?!(?:who|whom|whose|which|that)\s)[\p{L}\d'\u2019-]+\s+){1,4}(?:is|are|was|were|has|have|had|will|would)\s/iu;

/** A verb's form that may come before its subject ("states the report"; not the plain "state"). */
function invertibleForm(info: VerbForm): boolean {
  const { invertible } = info.entry;
  return invertible === true || (invertible === 'inflected' && info.form === 'finite');
}

/** A phrase that may be a body one works for: a name ("Harlow", "the Kestrel Institute") or a body's noun ("the
 * union"), not a time, an amount or an occasion ("at the time", "at $30 a head", "at a news conference"). */
function namesOrIsBody(phrase: string): boolean {
  return /^\p{Lu}/u.test(phrase.replace(/^the\s+/i, '')) || describesBody(phrase);
}

/** A name with a word that says it is a body's: "the Kestrel Institute", "Harlow College" (not "Tarnby"). */
function namesBody(name: string): boolean {
  return name.split(/\s+/).some((w) => ORG_NAME_WORDS.has(w));
}

/** Role, affiliation and descriptor from the appositions around a name. */
function readAppositions(roleBefore: string | null, after: readonly string[], subject = ''): Partial<SourcePhrase> {
  // ("Rebel commander Ivo Brand, who commands a brigade known as ...": the title before the name is the role.)
  const titled = subject !== '' && parseNounPhrase(subject).title !== null;
  let role: string | null = null;
  let affiliation: string | null = null;
  const descriptor: string[] = [];
  if (roleBefore) {
    const p = parseNounPhrase(roleBefore);
    role = titleRole(roleBefore);
    if (p.possessor) {
      // "Britain's prime minister" -> role "prime minister", affiliation "Britain".
      affiliation = p.possessor;
      const at = roleBefore.indexOf(p.possessor);
      role = roleBefore
        .slice(at >= 0 ? at + p.possessor.length : 0)
        .replace(/^['\u2019]s?\s+/, '')
        .trim();
    }
  }
  let aged = false;
  // ("34 and a mother of two": the age, then the description)
  const links = after.flatMap((raw) => (ageAndMore(raw.trim()) ? raw.trim().split(/\s+and\s+/) : [raw]));
  for (const raw of links) {
    const text = raw.trim();
    if (AGE.test(text)) aged = true;
    if (PARTY_STATE.test(text) || AGE.test(text) || REPORT_ASIDE.test(text)) continue;
    descriptor.push(text);
    if (PARTICIPLE_CLAUSE.test(text) && !/^(?:\p{Ll}+ed|led|run|held)\s+by\b/u.test(text) && !roleAfterParticiple(text))
      continue;
    if (/^(?:which|where|also|now|then)\b/i.test(text)) continue;
    const of = /^(?:of|from|at|with)\s+(.+)$/i.exec(text);
    if (of) {
      // ("Ana Lowe, from her hospital bed, said": where one is is no body one is of; "Ivo Brand, 22, of Tarnby": after
      // an age, where one lives.)
      const object = of[1] ?? '';
      if (!PERSONAL_POSSESSIVE.test(object) && !(aged && !namesBody(object)) && namesOrIsBody(object))
        affiliation ??= object;
      continue;
    }
    if (role !== null) continue;
    // ("Ana Lowe, of the Harlow Council, the state body that funds it": what follows the body describes the body.)
    if (affiliation !== null && describesBody(text)) continue;
    const who = /^(?:who|whom|whose)\s+(.+)$/i.exec(text);
    const held = who ? postHeld(who[1] ?? '') : null;
    if (held) {
      if (!titled && held.role) role = held.role;
      affiliation ??= held.affiliation;
      continue;
    }
    if (who && !ROLE_CLAUSE.test(who[1] ?? '')) continue;
    // ("one of the three nurses" keeps its "one")
    const body = who ? (who[1] ?? '') : text.replace(/^(?:a|an|the|one(?!\s+of\s))\s+/i, '');
    // "Tarn Mobile's CEO", "Kestrel Motors' chief executive": a name's possessive before a role is the body one is of
    // (of the last of two roles joined: "Ana's brother and Zentro's pilot"); the role stays as written. One who is
    // close to the name or stands with or against it is of no body ("Lowe's brother", "Tarn's close ally").
    const last = body.split(/\s+(?:and|&)\s+/).pop() ?? body;
    const owner = NAME_POSSESSIVE_ROLE.exec(last);
    if (owner?.[1]) {
      role = body;
      if (!RELATION_ROLE.test(last) && !STANCE_ROLE.test(last)) affiliation ??= owner[1];
      continue;
    }
    const named = who ? null : bodyThenRole(body);
    if (named) {
      role = named.role;
      // ("a Tarnby-based lawyer": where one is based is no body one is of)
      if (!/-based$/u.test(named.body)) affiliation ??= named.body;
      continue;
    }
    // ("Lowe, who is the mayor of Tarnby": the post, not the clause's verb and article)
    role = body.replace(RELATIVE_CLAUSE, '').replace(PRESENT_POST, '');
    // ("a farmer who has quarrelled with Ivo Brand": whom a relative clause names is no body one is of)
    const described = body.replace(NAMED_AS, '').replace(RELATIVE_CLAUSE, '');
    // ("Zentro VP for Marketing and Sales": a title closing the capitalised words is the post, no part of the body.)
    const found = withoutTitleAtEnd(findOrganisation(described) ?? bodyAfterPreposition(described));
    // ("a 30-year-old from Harlow", "a resident of Tarnby": where one lives, unless it is a body's name)
    if (!(HOMETOWN_ROLE.test(body) && found !== null && !namesBody(found))) affiliation ??= found;
  }
  return {
    role,
    affiliation,
    descriptor: descriptor.length > 0 ? descriptor.join('; ') : null,
    ...(aged ? { aged: true as const } : {}),
  };
}

/** Titles of a business's posts, which close no body's name ("Zentro VP", "Kestrel CEO"; a paper may be the "Harlow
 * Speaker"). */
const CLOSING_TITLES = new Set(
  'vp svp evp ceo cfo coo cto president chairman chairwoman director manager founder chief executive head'.split(' '),
);
/** A body's name without a title that closes it ("Zentro VP" -> "Zentro"); null where nothing else is left. */
function withoutTitleAtEnd(body: string | null): string | null {
  if (body === null) return null;
  const words = body.split(/\s+/);
  let end = words.length;
  // ("President and CEO": titles and the words joining them, to the name before them, if any)
  const closing = (word: string): boolean =>
    CLOSING_TITLES.has(cleanToken(word).toLowerCase()) || /^(?:and|&|of|for|the)$/i.test(word);
  if (!CLOSING_TITLES.has(cleanToken(words[end - 1] ?? '').toLowerCase())) return body;
  while (end > 0 && closing(words[end - 1] ?? '')) end--;
  return end > 0 ? words.slice(0, end).join(' ') : null;
}

/** "Some local and state officials", "Current and former officers": a quantifier and one singular word, or an
 * adjective of time alone, is an adjective shared with the noun after the conjunction ("some official" is no phrase
 * of its own), not a source. */
const ADJECTIVE_CONJUNCT =
  /^(?:(?:some|many|several|most|other|both|all)\s+\p{Ll}+(?<!s)|current|past|present|future|serving|retired)$/iu;

/** "Both" opening a pair joined by "and": "Both Harlow and Brisk Media". */
const BOTH_BEFORE_PAIR = /^[Bb]oth\s+(?=\S.*\sand\s)/u;

/** The fields a body's name lists after "of" or "for", joined by "and": "Health and Social Care", "Plant Health
 * and Prevention", "Trade and Industry". */
const FIELD_AFTER_AND =
  /^(?:\p{Lu}\p{Ll}+\s+)?(?:Prevention|Development|Innovation|Services|Sciences|Science|Studies|Statistics|Industry|Trade|Energy|Health|Research|Technology|Culture|Welfare|Security|Safety|Justice|Transport|Tourism|Sports?|Arts|Crafts|Fisheries|Forestry|Agriculture|Commerce|Finance|Labou?r|Housing|Environment|Planning|Youth|Education|Communications|Information|Immigration|Customs|Revenue|Resources|Works|Wildlife|Parks|Recreation|Training|Care|Affairs|Enforcement|Protection|Management|Reform|Family|Families|Employment)$/u;

/** A portfolio's first field alone before "and", and after it the rest of a capitalised title and a person's name:
 * "Parks and Leisure Secretary Ana Lowe" (not two places or people: "Tarn and Harlow Mayor Ed Moss" is rare,
 * "Ana Lowe and Mayor Ed Moss" keeps two). */
function portfolioBeforeAnd(leftText: string, rightText: string): boolean {
  const left = leftText.trim();
  if (!/^\p{Lu}\p{Ll}+$/u.test(left) || isCountryLike(left) || isDemonym(left)) return false;
  const right = parseNounPhrase(rightText.trim());
  if (!right.proper || right.kind !== 'person' || right.title === null) return false;
  // The title opens with a capitalised field, no title word: "Leisure Secretary", "Coastal Affairs Minister".
  const first = right.title.split(/\s+/)[0] ?? '';
  return (
    /^\p{Lu}\p{Ll}+$/u.test(first) &&
    !PERSON_TITLES.has(first.toLowerCase()) &&
    !TITLE_QUALIFIERS.has(first.toLowerCase())
  );
}

/** What ends a firm's name after "and": "Brand and Co.", "Lowe and Sons", "Moss and Partners". */
/** Fields a body's name may join with "and" before its head ("Food and Drug", "Fish and Wildlife"). */
const FIELD_BEFORE_AND =
  /(?:^|\s)(?:Food|Drugs?|Fish|Game|Wildlife|Parks|Recreation|Health|Human|Natural|Water|Power|Light|Roads|Mines|Marine|Fire|Rescue|Science|Sciences|Technology|Trade|Industry|Energy|Education|Culture|Sports?|Arts|Transport|Housing|Planning|Land|Environment|Agriculture|Fisheries|Forestry|Labou?r|Commerce|Justice|Safety|Security|Research|Development|Social|Family|Youth|Customs|Immigration|Tourism|Heritage)$/u;
/** After "and", a field or two and a body's head: "Drug Administration", "Wildlife Service". */
const BODY_AFTER_AND = /^(?:\p{Lu}\p{Ll}+\s+){1,2}(\p{Lu}\p{Ll}+)$/u;

/** "the Food and Drug Administration": a field before "and", and a field and a body's head after it, are one
 * body's name. */
function fieldsThenBody(left: string, right: string): boolean {
  const head = BODY_AFTER_AND.exec(right)?.[1];
  return head !== undefined && ORG_NAME_WORDS.has(head) && FIELD_BEFORE_AND.test(left.trim());
}

const FIRM_AFTER_AND = /^(?:Co\.?|Company|Sons|Partners|Associates)$/u;

/** A place's name alone before "and" and another's before a plural noun: "the Tarn and Harlow governments". */
const NAME_ALONE = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.'\u2019-]*)$/u;
const NAME_THEN_PLURAL = /^(\p{Lu}[\p{L}.'\u2019-]*)\s+((?:\p{Ll}[\p{Ll}-]*\s+)?)(\p{Ll}[\p{Ll}-]*)$/u;

/** "The Tarn and Harlow governments", "Tarn and Harlow police": two bodies or groups that share the plural noun
 * after the second name, each named with it (a body's noun in the singular: "Tarn government", "Harlow
 * government"). A nationality before "and" ("Danish and Dutch leaders") keeps one group. */
function sharedHead(leftText: string, rightText: string): [string, string] | null {
  const left = NAME_ALONE.exec(leftText.trim());
  const right = NAME_THEN_PLURAL.exec(rightText.trim());
  if (!left?.[1] || !right?.[1] || !right[3]) return null;
  if (isDemonym(left[1]) || !isNameToken(left[1])) return null;
  const head = right[3];
  const plural = head === 'police' || irregularPeoplePlural(head) || /[^s]s$/.test(head);
  // ("Tarn and Harlow says": a verb's form is no shared noun)
  if (!plural || head === 'says') return null;
  const one = ORG_NOUNS.has(singular(head)) && head !== 'police' ? singular(head) : head;
  const tail = `${right[2] ?? ''}${one}`;
  return [`${left[1]} ${tail}`, `${right[1]} ${tail}`];
}

/** Splits "A Vellmark harbour official and a spokesperson for Norway's prime minister" into its two sources. */
function splitCoordination(phrase: SourcePhrase, singularVerb = false): SourcePhrase[] {
  // "Both Harlow and Brisk Media refused": "both" before a pair belongs to neither.
  // ("both Danish and Dutch leaders" is one group: the words joined are its adjectives.)
  const both = BOTH_BEFORE_PAIR.exec(phrase.text);
  const first = both ? (phrase.text.slice(both[0].length).split(/\s+/)[0] ?? '') : '';
  const m =
    both && !isDemonym(first)
      ? { ...phrase, text: phrase.text.slice(both[0].length), start: phrase.start + both[0].length }
      : phrase;
  COORDINATION.lastIndex = 0;
  for (let c = COORDINATION.exec(m.text); c; c = COORDINATION.exec(m.text)) {
    const leftText = m.text.slice(0, c.index);
    const rightText = m.text.slice(c.index + c[0].length);
    // ("the Tarn Centers for Plant Health and Prevention", "the Harlow Office of Trade and Industry": a body's name
    // whose field runs on after "and")
    const field = rightText.trim().replace(/\s*\([^()]*\)$/, '');
    if (/\s(?:of|for)\s+\p{Lu}/u.test(leftText) && FIELD_AFTER_AND.test(field)) continue;
    // ("the Food and Drug Administration", "the Harlow Parks and Recreation Department": a field before "and", and
    // another field and a body's head after it)
    if (fieldsThenBody(leftText, field)) continue;
    // ("Brand and Co.", "Lowe and Sons": a firm's name)
    if (FIRM_AFTER_AND.test(field)) continue;
    // ("Fisheries and Coastal Affairs Minister Ivo Brand": a portfolio of two fields, then the title and the name)
    if (portfolioBeforeAnd(leftText, rightText)) continue;
    const shared = sharedHead(leftText, rightText);
    if (shared) {
      const rightStart = m.start + c.index + c[0].length;
      return [
        { ...m, text: shared[0], end: m.start + leftText.length },
        { ...m, text: shared[1], start: rightStart, end: m.end },
      ];
    }
    const left = parseNounPhrase(leftText);
    const right = parseNounPhrase(rightText);
    if (!left.valid || !right.valid || left.post !== '') continue;
    // "away from the pier and boathouses and harbour officials said": a thing before "and" ends the clause before;
    // the people after it speak.
    if (isBareThing(left) && isAgent(right) && !right.pronoun) {
      const rightStart = m.start + c.index + c[0].length;
      return splitCoordination({ ...m, text: rightText, start: rightStart, end: m.end });
    }
    // ("Ivo Brand and fishermen said": a name and a group of people with no determiner are two sources.)
    // (not "Wardens and former foes said": a plural capitalised only because it opens the sentence names no one)
    // (nor "Republican and independent pollsters": a party's or a people's adjective shares the noun after it)
    const leftName = leftText.trim();
    const adjective = !/\s/.test(leftName) && (isDemonym(leftName) || /(?:ic|an)$/.test(leftName));
    const nameAndGroup =
      left.proper &&
      !left.pronoun &&
      NAME_WORDS.test(leftName) &&
      !adjective &&
      !/^\p{Lu}\p{Ll}+s$/u.test(leftName) &&
      right.kind === 'group' &&
      !right.proper &&
      right.plural;
    // ("Ana Lowe and farmer Tomas Reed said": a person's name, then a role in lower case before another name: two
    // people, the role the second's alone.)
    const leftEnd = leftName.split(/\s+/).pop()?.toLowerCase() ?? '';
    const nameAndTitledName =
      left.proper &&
      left.kind === 'person' &&
      !PERSON_TITLES.has(leftEnd) &&
      !PERSON_ROLE_NOUNS.has(leftEnd) &&
      right.proper &&
      right.kind === 'person' &&
      right.title !== null &&
      right.name !== '' &&
      /^\p{Ll}/u.test(rightText.trim()) &&
      !singularVerb;
    if (!CONJUNCT_START.test(rightText) && !nameAndGroup && !nameAndTitledName) continue;
    // ("He and Lowe traded barbs": a pronoun before a name is one of two people.)
    const pronounAndName = /^(?:he|she)$/i.test(leftText.trim()) && right.proper && !right.pronoun;
    if ((left.pronoun && !pronounAndName) || right.pronoun || ADJECTIVE_CONJUNCT.test(leftText)) continue;
    // "Harbor Power & Light", "Lowe & Sons": an ampersand joins the words of one body's name, unless it joins two
    // people's full names ("Ann Lowe & Tim Baker").
    if (c[0].trim() === '&' && !(FULL_NAME.test(leftText) && FULL_NAME.test(rightText))) continue;
    // "Kestrel President and CEO Anna Lind", "historian and analyst Tom Vale": a title or a role with no name before
    // "and" and a titled name after it are one person's two posts ("the president and the prime minister" stay two).
    const leftLast = leftText.split(/\s+/).pop()?.toLowerCase() ?? '';
    if (
      (PERSON_TITLES.has(leftLast) || PERSON_ROLE_NOUNS.has(leftLast)) &&
      left.determiner === 'none' &&
      !/^(?:the|a|an)\s/i.test(rightText) &&
      right.proper &&
      right.kind === 'person'
    )
      continue;
    const rightStart = m.start + c.index + c[0].length;
    const rights = splitCoordination({ ...m, text: rightText, start: rightStart, end: m.end });
    // "Sens. Carla Voss and Ben Ruiz": a title in the plural is each name's, in the singular
    const plural = leftText.split(/\s+/)[0] ?? '';
    const title = PLURAL_TITLES.get(plural.toLowerCase());
    if (!title) return [{ ...m, text: leftText, end: m.start + leftText.length }, ...rights];
    const skip = /^\S+\s+/u.exec(leftText)?.[0].length ?? 0;
    const titled = rights.map((r) =>
      r.role === null && parseNounPhrase(r.text).kind === 'person' ? { ...r, role: title } : r,
    );
    return [
      {
        ...m,
        text: leftText.slice(skip),
        start: m.start + skip,
        end: m.start + leftText.length,
        role: m.role ?? title,
      },
      ...titled,
    ];
  }
  return [m];
}

/** A personal pronoun: "I ask the people" is a clause, no phrase. */
const PERSONAL_PRONOUN = /^(?:I|we|you|he|she|they|it)$/i;

/** "many of them farmers", "most of whom live nearby": part of the group before it. */
const PARTITIVE = /^(?:many|most|some|all|both|several|few|none|each|one|two|three|half)\s+of\s+(?:them|whom)\b/i;

/** "Senator Ann Ray of Ohio", "Tom Reyes from Dover": a person's name and where they are from. */
function isNameOfPlace(text: string): boolean {
  const p = parseNounPhrase(text);
  return p.proper && p.kind === 'person' && /^(?:of|from)\s+\p{Lu}/u.test(p.post) && isNameSegment(p.core);
}

/** A verb closed by a comma with nothing after it: "said," of "Lee, a top aide said, is ...". */
const SET_INSIDE_VERB = /^\p{L}+,/u;

/** "all", "both", "each" after a plural noun, a name ("Zentro, Kestrel and Harbor all back") or the dash that
 * closes what describes it, before its verb. ("they all" stays one phrase: a pronoun resolved alone would lose the
 * "all"; a sentence's "And" is no name.) */
/** A remark in brackets right before a verb, after a word ("Hobbs (who holds 12 seats) said"); not a party and state
 * or an acronym ("IFS", "IoT"), which belong to the name before them. */
const BRACKETED_REMARK = new RegExp(
  `(?<=\\S)\\s*\\((?!${PARTY_IN_BRACKETS}\\)|\\p{Lu}{2,8}\\)|\\p{Lu}\\p{L}*\\p{Lu}\\p{L}*\\))[^()]{1,120}\\)\\s*$`,
  'u',
);
/** A modal or a finite "be" or "have" right after a gerund: the gerund is the subject ("bashing could reach"). */
const GERUND_SUBJECT_AFTER = /^\s*(?:could|would|will|can|may|might|must|should|is|was|are|were|has|had)\s/;
/** A word followed by a finite form of "be": the subject of that verb, no verb itself. */
const NOUN_BEFORE_VERB = /^\s*\S+\s+(?:is|was|are|were)\s/;
/** A compound participle right before the verb: it modifies the word after it, a noun ("AI-generated answers",
 * "state-funded reports"), and no phrase ends with it. */
const COMPOUND_PARTICIPLE_END = /[\p{L}\p{N}]-\p{Ll}+(?:ed|ing)\s+$/u;
const FLOATED_QUANTIFIER =
  /(?<=(?:\p{Ll}s|(?<![\p{L}'\u2019-])(?!(?:And|But|Or|Nor|So|Yet|Then|Now)\s)\p{Lu}[\p{L}'\u2019-]*|\u2014|\u2013|--))\s+(?:both|all|each)\s+$/u;

/** Whether `text` is an organisation's name ("the Tarn Defence League") that the role before it names a body of
 * ("the commander of the largest alliance of militias"). */
function namesBodyOf(text: string, role: string): boolean {
  const name = text.replace(/^the\s+/i, '');
  if (name === text && !isNameSegment(text)) return false;
  if (!isNameSegment(name) || parseNounPhrase(name).kind !== 'organization') return false;
  const body = /\s(?:of|for|at|with)\s(.*)$/u.exec(role)?.[1] ?? '';
  return body.split(/\s+/).some((word) => ORG_NOUNS.has(cleanToken(word).toLowerCase()));
}

/** The subject before a verb at `pos`: pronoun, plain phrase, or a name with its appositions. */
function subjectBefore(
  view: SentenceView,
  pos: number,
): { mention: SourcePhrase; afterBoundary: boolean; described?: boolean } | 'empty' | null {
  const from = windowStart(view, pos);
  const left = view.masked.slice(from, pos);
  if (COMPOUND_PARTICIPLE_END.test(left)) return null;
  // "The senators all said", "figures — whose party ... — both suggested": a quantifier floated after the subject.
  const floated = FLOATED_QUANTIFIER.exec(left);
  if (floated) return subjectBefore(view, pos - floated[0].length);
  // "Hobbs (who holds 12 seats) said", "Ann Lowe (pictured) said": a remark in brackets before the verb.
  // ("The ten-million-dollar (a season) question is whether": a word that a verb follows is a noun, not the verb.)
  const remark = BRACKETED_REMARK.exec(left);
  if (remark && remark.index > 0 && !NOUN_BEFORE_VERB.test(ahead(view, pos))) {
    return subjectBefore(view, from + remark.index);
  }
  const pronoun = PRONOUN_BEFORE.exec(left);
  if (pronoun) {
    const start = from + pronoun.index;
    const word = pronoun[1] ?? '';
    const before = view.masked.slice(from, start);
    const afterBoundary = new RegExp(`[,;:${QUOTE_MASK}\\u2014]\\s*$`, 'u').test(before);
    return { mention: makeMention({ start, end: start + word.length, text: word }), afterBoundary };
  }
  // "Supporters, however, say": a segment that is only a connective is no part of the structure.
  const all = segments(view, from, pos);
  // A segment cut by the window is no phrase of ours.
  if (from > view.start && all[0]) all[0] = { ...all[0], text: TRUNCATED };
  const segs = all.filter(
    (seg, i) => i === all.length - 1 || !(isConnectiveSegment(seg.text) || ACRONYM_ALIAS.test(seg.text)),
  );
  let k = segs.length - 1;
  let last = segs[k];
  let commaClosed = false;
  const skipped: string[] = [];
  if (!last || last.text === '') {
    // "Still, Zentro's director, Vera Holm, cautioned": an apposition closed by a comma before the verb. After a
    // quote mark, or when the phrase before the comma is no source, the verb comes first: "..., said X".
    let prev = segs[k - 1];
    // "Lee — a friend of the family — said": a dash closes an apposition as a comma does.
    const closedByComma = /(?:,|\u2014|\u2013|\s--?)\s*$/.test(left);
    if (!closedByComma || !prev || prev.text === '') return 'empty';
    k--;
    // "Rights groups, in a statement, said": a parenthetical adverbial between the subject and its verb.
    let before = segs[k - 1];
    while (k > 0 && before?.text && isParenthetical(prev.text)) {
      skipped.push(prev.text);
      k--;
      prev = before;
      before = segs[k - 1];
    }
    last = prev;
    commaClosed = true;
  }
  // ("As a result, claims that ...": a noun phrase after "as" or "like", closed by its comma, says how, not who;
  // not "as well as her campaign", nor a clause, "as he is known".)
  const asPhrase = /^(?:as|like)\s+(?!well\s+as\s)(.+)$/iu.exec(last.text)?.[1];
  if (commaClosed && asPhrase && isNounPhrase(asPhrase) && parseNounPhrase(asPhrase).valid) return 'empty';
  let subject = stripConnectives(last);
  // ("At the meeting Ana Lowe said": a setting fronted without a comma is no part of the subject.)
  const setting = frontedSettingLength(subject.text);
  if (setting > 0) subject = { start: subject.start + setting, end: subject.end, text: subject.text.slice(setting) };
  // "Why don't more skippers try it?", "Wonder why fans want it?": a question asks, nobody is reported.
  if (QUESTION_OPENING.test(subject.text)) return null;
  let roleBefore: string | null = null;
  const after: string[] = [];
  // "Ivo Brand, chief executive of a ferry line, a harbour shipping firm, said", "Mara Quint, 21, a
  // student from Tarnby, said": a name that opens its clause, then a chain of appositions.
  for (let j = k - 1; j >= 0 && j >= k - APPOSITION_CHAIN_MAX; j--) {
    const candidate = segs[j];
    if (!candidate || candidate.text === '' || k - j < 2) continue;
    const between = segs.slice(j + 1, k + 1).map((seg) => seg.text);
    const clean = stripConnectives(candidate);
    // "Cory Lane, 22, of Dover, Del., said", "Ann Pike, speaking in Salem, Ore., said": a place's second part
    // after its town, prepositional and participle phrases are links too, but describe no role.
    const link = (text: string, at: number): boolean =>
      isChainedApposition(text) ||
      isSideClause(text) ||
      (at > 0 && PLACE_PART.test(text) && PLACE_BEFORE.test(between[at - 1] ?? '')) ||
      // "Ann Vian, the editor of the city's newspaper, The Harbor Star, said": the body's name after its noun.
      (at > 0 && isNameSegment(text) && ORG_NOUNS.has(cleanToken(between[at - 1]?.split(/\s+/).pop() ?? ''))) ||
      // "Ivo Brand, the commander of the largest alliance of militias, the Tarn Defence League, said": an organisation's name
      // after a role of a body the role names.
      (at > 0 && namesBodyOf(text, between[at - 1] ?? ''));
    if (!between.every(link)) break;
    // ("His sister, reached by phone in Harlow, Tarn, told ...": a person described, then side clauses only.)
    const described =
      between.every((text, at) => isSideClause(text) || (at > 0 && PLACE_PART.test(text))) &&
      describesOnePerson(clean.text);
    if (
      (isNameSegment(clean.text) || described) &&
      !NOT_A_SUBJECT.test(clean.text) &&
      !LEADING_PREPOSITION.test(clean.text) &&
      opensClause(view, candidate, clean)
    ) {
      // An apposition after a side clause describes that clause's last noun ("the AfroSpear, a group of bloggers").
      after.push(...between.filter((text, at) => isChainedApposition(text) && !isSideClause(between[at - 1] ?? '')));
      subject = clean;
      k = j;
      break;
    }
  }
  // "Laura Finch, whose new firm, Brightline, makes panels, said": a name that opens its clause, then a relative
  // clause of several segments closed by the comma before the verb; the name speaks, not the clause's last noun.
  if (commaClosed && after.length === 0) {
    for (let j = k - 1; j >= 0 && j >= k - RELATIVE_CHAIN_MAX; j--) {
      const name = segs[j];
      const next = segs[j + 1];
      if (!name || !next || name.text === '' || !WHO_START.test(next.text)) continue;
      const clean = stripConnectives(name);
      if (isNameSegment(clean.text) && !NOT_A_SUBJECT.test(clean.text) && opensClause(view, name, clean)) {
        // ("Ivo Brand, who heads the Bank of Tarnby, said": the clause says what the name does.)
        after.push(
          segs
            .slice(j + 1, k + 1)
            .map((seg) => seg.text)
            .join(', '),
        );
        subject = clean;
        k = j;
      }
      break;
    }
  }
  // "Karim al-Faydi, an advisor to Vellmark port police, told reporters": the segment before the verb describes
  // a name; "Harbour inspectors ..., who have been checking the ferries for years, told reporters": a relative clause.
  // "Lee, a top aide said, ...": a reporting clause set inside the sentence it reports, between commas; the phrase
  // right before its verb is its subject and describes nothing before it.
  const setInside = !commaClosed && SET_INSIDE_VERB.test(ahead(view, pos));
  for (let depth = 0; depth < 2 && k > 0 && after.length === 0 && !setInside; depth++) {
    const prev = segs[k - 1];
    if (!prev || prev.text === '') break;
    const prevClean = stripConnectives(prev);
    // "Ultimately, the minister said": a sentence adverb is described by nothing; the phrase after it speaks.
    if (NOT_A_SUBJECT.test(prevClean.text)) break;
    // ("at the College of Harlow, Tarnby, who said": the town is described by nothing)
    const before = view.masked.slice(windowStart(view, prev.start), prev.start);
    if (/^(?:who|whom|whose|which)\b/i.test(subject.text) && placeSecondPart(prevClean.text, before)) break;
    // "Ed Moss of Harlow, Ohio, said": a place's second part closes the "of <town>" of the phrase before it.
    // ("north of Harlow, Brandt said": a name right before its verb, with no comma, speaks.)
    if (commaClosed && placeSecondPart(subject.text, `${prevClean.text}, `) && isNounPhrase(prevClean.text)) {
      subject = prevClean;
      k--;
      continue;
    }
    // ("Former council member Ana Ruiz, a Lane ally, said": a name with its role before it.)
    const named = isNameSegment(prevClean.text) || isNameOfPlace(prevClean.text) || isRoleThenName(prevClean.text);
    // "Brand, via Harlow Today, said": where the words were carried is no speaker and says nothing of the name.
    if (/^via\s/i.test(subject.text) && named) {
      subject = prevClean;
      k--;
      continue;
    }
    const describesPrev =
      (/^(?:who|whom|whose|which|of|from)\b/i.test(subject.text) &&
        // ("the play, which she says Holm praised": a clause of its own inside the relative one is no description.)
        !RELATIVE_WITH_CLAUSE.test(subject.text) &&
        isNounPhrase(prevClean.text) &&
        !PAST_INSIDE.test(prevClean.text)) ||
      ((PARTY_STATE.test(subject.text) || AGE.test(subject.text) || ageAndMore(subject.text)) && named) ||
      // "Ana Holm, now 52, a retired pilot, urged": an age between a name and what describes it.
      (AGE.test(prevClean.text) && k > 1 && isApposition(subject.text)) ||
      (PARTICIPLE_CLAUSE.test(subject.text) && isNounPhrase(prevClean.text) && !participleRoleThenName(subject.text)) ||
      // "His critics, many of them farmers, say": some of the group described.
      (PARTITIVE.test(subject.text) &&
        commaClosed &&
        isNounPhrase(prevClean.text) &&
        !PREPOSITION_OPENER.test(prevClean.text) &&
        !parseNounPhrase(prevClean.text).pronoun) ||
      (DESCRIPTOR_START.test(subject.text) && named && isRolePhraseOrApposition(subject.text)) ||
      // "Vera A. Holm, Brand's attorney, told", "General Ivo Brand, chief of the Harbour Defence Staff,
      // told", "Samuel Okafor, a hydrologist at Brenford University who ..., said": a name that opens its clause
      // and a noun phrase that describes it.
      // ("Ultimately, the minister said": a sentence adverb is no name, and the role after it speaks.)
      (named &&
        !NOT_A_SUBJECT.test(prevClean.text) &&
        !LEADING_PREPOSITION.test(prevClean.text) &&
        opensClause(view, prev, prevClean) &&
        isApposition(subject.text) &&
        agreesInNumber(prevClean.text, subject.text));
    if (describesPrev) {
      after.unshift(subject.text);
      subject = prevClean;
      k--;
      continue;
    }
    if (PARTICIPLE_BY.test(prevClean.text) && k > 1) {
      const owner = segs[k - 2];
      if (owner && owner.text !== '') {
        after.unshift(prevClean.text, subject.text);
        subject = stripConnectives(owner);
        k -= 2;
      }
    }
    break;
  }
  // "This comes after police said", "a point that experts highlight": the subject is the subordinate clause's.
  const sub = SUBORDINATE_SUBJECT.exec(subject.text);
  let cutAtSubordinator = false;
  if (sub?.[1] && after.length === 0) {
    const rest = sub[1];
    const p = parseNounPhrase(rest);
    if (p.valid && !p.pronoun && isNounPhrase(rest)) {
      const at = subject.text.length - rest.length;
      subject = { start: subject.start + at, end: subject.end, text: rest };
      cutAtSubordinator = true;
    }
  }
  // "A boy asked for an autograph and Lane said": the clause after the coordinator has its own subject.
  const coordinate = COORDINATE_SUBJECT.exec(subject.text);
  // ("Leaders who worked for Cruz or Ben Carson said": the relative clause owns the coordinator.)
  const relativeOwns = coordinate !== null && RELATIVE_INSIDE.test(subject.text.slice(0, coordinate.index));
  // "until at least Friday but the port said": "but", "yet" and "so" join clauses, not a phrase's words, when a
  // phrase opens after them (a determiner, a capital, a plural: not "a small but vocal group").
  const clauseJoin =
    coordinate !== null &&
    CLAUSE_COORDINATOR.test(coordinate[0]) &&
    PHRASE_START.test(coordinate[1] ?? '') &&
    !EXCEPT_BEFORE.test(subject.text.slice(0, coordinate.index));
  if (
    coordinate?.[1] &&
    after.length === 0 &&
    !relativeOwns &&
    (clauseJoin || (!cutAtSubordinator && !isNounPhrase(subject.text)))
  ) {
    const rest = coordinate[1];
    const p = parseNounPhrase(rest);
    // ("it trims the work and speeds delivery times": one word in lower case that names no one is a verb.)
    const bareWord = !/\s/.test(rest) && /^\p{Ll}/u.test(rest) && !isAgent(p);
    if (p.valid && !p.pronoun && isNounPhrase(rest) && !bareWord) {
      subject = { start: subject.start + subject.text.length - rest.length, end: subject.end, text: rest };
      cutAtSubordinator = true;
    }
  }
  // "Still, Zentro's director, Vera Holm, cautioned": a role phrase before a name.
  const prev = segs[k - 1];
  // ("Mara Quint, a nurse, and Tomas Reed said": the role before "and" is the first person's.)
  const joined = /^and\s/i.test(segs[k]?.text ?? '');
  if (k > 0 && prev && !joined && isNameSegment(subject.text) && isRolePhrase(stripConnectives(prev).text)) {
    roleBefore = stripConnectives(prev).text;
    k--;
    // "Ana Lowe, a cousin of the farmer, Tomas Reed, said": the role's person is in its "of" phrase, and the name
    // after it is that person's; the name the clause opens with, which the role describes, speaks.
    const owner = segs[k - 1];
    const ownerClean = owner ? stripConnectives(owner) : null;
    if (
      owner &&
      ownerClean &&
      ROLE_OF_PERSON.test(roleBefore) &&
      isNameSegment(ownerClean.text) &&
      !NOT_A_SUBJECT.test(ownerClean.text) &&
      opensClause(view, owner, ownerClean)
    ) {
      after.unshift(roleBefore);
      roleBefore = null;
      subject = ownerClean;
      k--;
    }
  }
  // ("The label that holds her records, Harbor Music, says": a name a body's description opens is that body's.)
  const bodyBefore =
    roleBefore === null &&
    k > 0 &&
    prev !== undefined &&
    isNameSegment(subject.text) &&
    /^the\s/i.test(stripConnectives(prev).text) &&
    describesBody(stripConnectives(prev).text);
  // "attacked her record as mayor of Tampa and said": words ending in a coordinator are the end of the last verb's
  // object, no subject; the coordinated verb shares the clause's subject.
  if (!isNounPhrase(subject.text) || tooLongForSubject(subject.text) || endsInCoordinator(subject.text))
    return commaClosed ? (describedSubject(view, pos) ?? 'empty') : null;
  if (commaClosed) {
    const p = parseNounPhrase(subject.text);
    // '"This will be hard" for the mayor, said Kunin': a prepositional phrase before the comma is no subject.
    if (!p.valid || p.pronoun || NOT_A_SUBJECT.test(subject.text)) return describedSubject(view, pos) ?? 'empty';
  }
  // "The statement, from the Harbor Foreign Office, said": what a document is from is its maker, no parenthetical.
  // So is the body a person is from: "Ana Lowe, from the Harbor Institute, said".
  if (after.length === 0) {
    const document = parseNounPhrase(subject.text).kind === 'document';
    const person = !document && isNameSegment(subject.text);
    after.push(
      ...skipped.filter((text) => DOCUMENT_MAKER.test(text) && (document || (person && /^from\s/i.test(text)))),
    );
  }
  // ("choose a bank — a credit union or a big one? — then say where": a question set off by dashes is no subject.)
  if (/[?!]\s*$/.test(subject.text)) return null;
  const extra = readAppositions(roleBefore, after, subject.text);
  // "Ana Lowe, 34, and Tomas Reed, 36, said": a name with its own appositions before "and" is a second speaker.
  const partner = partnerBefore(view, segs, k);
  if (partner) {
    extra.partners = [partner.mention];
    if (partner.title) extra.role ??= partner.title;
  }
  const start = roleBefore ? (segs[k]?.start ?? subject.start) : subject.start;
  const head = segs[k];
  // A subject cut out of a subordinate clause ("as most of the companies reported") heads no trailing cue.
  const afterBoundary =
    !cutAtSubordinator && (k > 0 || (head !== undefined && stripConnectives(head).start !== head.start));
  const mention = makeMention(subject, bodyBefore ? { ...extra, body: true } : extra);
  return { mention, afterBoundary: afterBoundary && start > view.start };
}

/** How many appositions may set off the first of two people joined by "and" before their verb. */
const PARTNER_LINKS_MAX = 3;

/**
 * The first of two people or bodies joined by "and" before their verb when each has appositions of its own ("Ana
 * Lowe, 34, and her husband, Tomas Reed, 36, said", "Sens. Ana Lowe, R-Ohio, and Tomas Reed, D-Iowa, said"): the
 * segment at `k`, where the second begins, opens with "and", and the segments before it are appositions after a
 * name that opens the clause. A title in the plural before the first name is each one's ("Sens." makes both
 * senators): it is returned apart, and is the partner's role.
 */
function partnerBefore(
  view: SentenceView,
  segs: readonly Segment[],
  k: number,
): { mention: SourcePhrase; title: string | null } | null {
  const own = segs[k];
  if (!own || !/^and\s/i.test(own.text) || !isNounPhrase(own.text.replace(/^and\s+/i, ''))) return null;
  const links: string[] = [];
  for (let j = k - 1; j >= 0 && links.length <= PARTNER_LINKS_MAX; j--) {
    const seg = segs[j];
    if (!seg || seg.text === '') return null;
    const clean = stripConnectives(seg);
    const named = isNameSegment(clean.text) || isRoleThenName(clean.text);
    if (links.length > 0 && named && !NOT_A_SUBJECT.test(clean.text) && opensClause(view, seg, clean)) {
      const p = parseNounPhrase(clean.text);
      if (!p.valid || p.pronoun) return null;
      const mention = makeMention(clean, readAppositions(null, links, clean.text));
      const first = /^(\S+)\s+/u.exec(clean.text);
      const title = first?.[1] ? PLURAL_TITLES.get(first[1].toLowerCase()) : undefined;
      if (!first || !title) return { mention, title: null };
      const skip = first[0].length;
      return {
        mention: { ...mention, text: mention.text.slice(skip), start: mention.start + skip, role: title },
        title,
      };
    }
    if (!isChainedApposition(seg.text) && !isSideClause(seg.text)) return null;
    links.unshift(seg.text);
  }
  return null;
}

/** How many words a subject before its verb may have; one more when an article or a quantifier opens it, as a
 * described noun does ("A partial copy of the 2030 port's ledger seen by the Courier"), not a clause. */
const SUBJECT_MAX_WORDS = 12;
const DESCRIBED_SUBJECT_MAX_WORDS = 13;
const DESCRIBED_SUBJECT_START = /^(?:a|an|the|many|some|most|several)\s/i;

/** The words are too many for a subject before its verb. */
function tooLongForSubject(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words > (DESCRIBED_SUBJECT_START.test(text) ? DESCRIBED_SUBJECT_MAX_WORDS : SUBJECT_MAX_WORDS);
}

/** What may follow a subject's noun phrase inside it: a relative clause with its verb, a participle phrase, or a
 * short complement ("close to", "like", "in the crowd"). */
const POST_MODIFIER = new RegExp(
  '^(?:(?:who|that|which)\\s+(?:\\p{Ll}+ly\\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did|\\p{Ll}+(?:ed|s))|' +
    "\\p{Ll}+ing|whose|who['\\u2019](?:d|ve|re|ll)|close\\s+to|familiar\\s+with|like|in|at|from|across|among|surveyed|polled|interviewed|questioned)\\s|" +
    // What dates or credits a document: "A Harbor poll released last week showed", "a poll out this week shows",
    // "a court filing dated Thursday says" (the time may have gone with the verb's adverbs).
    '(?:released|published|issued|conducted|commissioned|taken|filed|dated|unsealed|obtained|out|by)(?:\\s|$)',
  'u',
);
/** How many words the noun phrase before a post-modifier may have. */
const POST_MODIFIED_MAX_WORDS = 6;

/**
 * "Democrats trying to win back the Senate say", "People who have fought online threats say", "Critics like Huffman
 * say": the noun phrase that opens the clause before the verb, when what follows it modifies it.
 */
function postModifiedSubject(view: SentenceView, pos: number): SourcePhrase | null {
  const segs = segments(view, windowStart(view, pos), pos);
  const last = segs[segs.length - 1];
  if (!last || last.text === '') return null;
  const clause = stripConnectives(last);
  const words = [...clause.text.matchAll(/\S+/g)];
  for (let n = Math.min(words.length - 1, POST_MODIFIED_MAX_WORDS); n >= 1; n--) {
    const next = words[n];
    if (!next || next.index === undefined || !POST_MODIFIER.test(clause.text.slice(next.index))) continue;
    const text = clause.text.slice(0, next.index).trim();
    const p = parseNounPhrase(text);
    if (!p.valid || p.pronoun || !isNounPhrase(text) || NOT_A_SUBJECT.test(text) || LEADING_PREPOSITION.test(text))
      continue;
    if (isUnlistedThing(p)) continue;
    return makeMention({ start: clause.start, end: clause.start + text.length, text });
  }
  return null;
}

/** What may follow a noun phrase inside an apposition or a subject and describe it: a relative clause, a
 * participle, a prepositional phrase ("a registered nurse who spoke on condition of anonymity", "a rabbi helping
 * to organise the vigil", "a contestant on the show"). */
const DESCRIBING_REST =
  /^(?:who|whom|whose|which|that|\p{Ll}+ing|\p{Ll}{2,}(?:ed|en|wn)|on|in|at|of|for|from|with|to|like|including|close\s+to|familiar\s+with)\s/u;
/** The same after the phrase that opens a clause, but no past form: "The firm lobbied on ..." is a clause. */
const SUBJECT_DESCRIBING_REST =
  /^(?:who|whom|whose|which|that|\p{Ll}+ing|\p{Ll}{2,}(?:ed|en|wn)\s+by|surveyed|polled|interviewed|questioned|on|in|at|of|for|from|with|to|like|including|close\s+to|familiar\s+with)\s/u;
/** Words that open a side remark between a subject and its verb: "like Ann Ray", "for one", "by contrast". */
const SIDE_REMARK =
  /^(?:like|including|such\s+as|especially|notably|for\s+(?:one|instance|example)|by\s+contrast|in\s+turn)\b/i;
/** "And", "But" before a sentence's opening phrase. */
const COORDINATOR_OPENING = /^(?:and|but|yet|so)\s+/i;
/** An adverb of degree before a preposition of time: "Right after the vote,", "Shortly before noon,". */
const DEGREE_BEFORE_TIME =
  /^(?:right|shortly|soon|just|long|well|even|only|immediately|directly|not\s+long)\s+(?=(?:after|before|since|until)\s)/i;
/** Prepositions that open a sentence's adverbial phrase. */
const PREPOSITION_OPENER =
  /^(?:outside|inside|beyond|within|around|behind|between|without|against|toward|towards|alongside|along|across|amongst|among|amid|despite|following|throughout|about|above|below|near|beside|besides|unlike|like|through|under|over|until|since|during|after|before|upon|at|in|on|by|for|from|of|to|with)\s/i;
/** How many segments may stand between the phrase that opens a clause and its verb. */
const DESCRIBED_CHAIN_MAX = 6;
/** How many words the noun phrase before what describes it may have. */
const DESCRIBED_HEAD_MAX_WORDS = 8;

/** The noun phrase that opens `text` when the rest of it describes that phrase ("a registered nurse who spoke on
 * condition of anonymity" -> "a registered nurse"), or the whole text when it is a noun phrase. */
function describedHead(text: string, rest = DESCRIBING_REST): string | null {
  if (isPhrase(text)) return text;
  const words = [...text.matchAll(/\S+/g)];
  for (let n = 1; n <= Math.min(words.length - 1, DESCRIBED_HEAD_MAX_WORDS); n++) {
    const next = words[n];
    if (!next || next.index === undefined || !rest.test(text.slice(next.index))) continue;
    const head = text.slice(0, next.index).trim();
    if (isPhrase(head)) return head;
  }
  return null;
}

/** A noun phrase, or one a determiner opens ("the Canadian mining company", whose "mining" may read as a verb). */
const isPhrase = (text: string): boolean =>
  isNounPhrase(text) || (/^(?:a|an|the)\s/i.test(text) && parseNounPhrase(text).valid);

/** A segment between a subject and its verb that only describes the subject: an apposition (with what describes
 * it), a relative or participle clause, a prepositional phrase, an age, a party and state, a side remark. */
function describesSubject(text: string): boolean {
  return (
    text === '' ||
    AGE.test(text) ||
    PARTY_STATE.test(text) ||
    PLACE_PART.test(text) ||
    SIDE_REMARK.test(text) ||
    RELATIVE_START.test(text) ||
    /^that\s/i.test(text) ||
    PARTICIPLE_CLAUSE.test(text) ||
    LEADING_PREPOSITION.test(text) ||
    isParenthetical(text) ||
    describedHead(text) !== null
  );
}

/**
 * "Jo Park, a Salem, Ore., pastor helping to run the drive, said", "The judges who heard the case, for their part,
 * said", "Former council member Ann Ray, a Lane ally, said": the noun phrase that opens the clause, when every
 * segment between it and the verb at `pos` describes it. The last resort of a verb closed by a comma.
 */
function describedSubject(
  view: SentenceView,
  pos: number,
): { mention: SourcePhrase; afterBoundary: boolean; described: true } | null {
  const segs = segments(view, windowStart(view, pos), pos);
  if (windowStart(view, pos) > view.start) return null;
  let i = clauseStart(view, segs);
  // "Outside the campaign, a growing number of Democrats, ...": any prepositional phrase opens the sentence.
  while (i < segs.length - 1 && PREPOSITION_OPENER.test(segs[i]?.text ?? '')) i++;
  const first = segs[i];
  const last = segs.length - 1;
  if (!first || first.text === '' || last - i < 2 || last - i > DESCRIBED_CHAIN_MAX) return null;
  const clean = stripConnectives(first);
  // The subject's own words: a past form after it may be its finite verb ("The firm lobbied on ...").
  const head = describedHead(clean.text, SUBJECT_DESCRIBING_REST);
  if (!head) return null;
  const p = parseNounPhrase(head);
  if (!p.valid || p.pronoun || p.kind === 'document' || NOT_A_SUBJECT.test(head) || isUnlistedThing(p)) return null;
  const between = segs.slice(i + 1, last).map((seg) => seg.text);
  if (!between.every(describesSubject) || (segs[last]?.text ?? '') !== '') return null;
  const rest = clean.text.slice(head.length).trim();
  const after = [...(rest ? [rest] : []), ...between.filter((t) => t !== '')];
  return {
    mention: makeMention(
      { start: clean.start, end: clean.start + head.length, text: head },
      readAppositions(null, after, head),
    ),
    afterBoundary: i > 0,
    described: true,
  };
}

/** A prepositional, participle or relative clause between a name and its verb ("of Dover", "facing a recall
 * vote", "who at the time led the union"): a link in the chain, no role. */
function isSideClause(text: string): boolean {
  return (
    /^(?:of|from|in|at|near|outside|during|after|before|facing|speaking|who|whose|via)\s/i.test(text) ||
    PARTICIPLE_CLAUSE.test(text)
  );
}

/** One link of an apposition chain after a name: an age, a party and state, a relative clause ("who was visiting
 * from Ohio") or a describing noun phrase. */
function isChainedApposition(text: string): boolean {
  return (
    AGE.test(text) || PARTY_STATE.test(text) || RELATIVE_START.test(text) || isApposition(text) || ageAndMore(text)
  );
}

/** An age and a description joined by "and": "now 71 and retired in Harlow", "34 and a mother of two". */
function ageAndMore(text: string): boolean {
  const and = /\s+and\s+/.exec(text);
  if (!and) return false;
  const rest = text.slice(and.index + and[0].length);
  return AGE.test(text.slice(0, and.index)) && (isSideClause(rest) || isApposition(rest));
}

/** A segment that starts its clause: the sentence start, after a quote, or after a connective ("but X, ..."). */
function opensClause(view: SentenceView, seg: Segment, stripped: Segment): boolean {
  if (stripped.start !== seg.start) return true;
  let i = seg.start;
  while (i > view.start && /\s/.test(view.masked[i - 1] ?? '')) i--;
  if (i === view.start || view.masked[i - 1] === QUOTE_MASK) return true;
  // "Last week, Ada Brook, editor of The Harbor, wrote": only openers (a time, a prepositional phrase) before it.
  if (view.masked[i - 1] !== ',') return false;
  const before = segments(view, view.start, i - 1);
  return before.length > 0 && clauseStart(view, [...before, seg]) === before.length;
}

/** A noun phrase that can describe a name after a comma: "Brand's attorney", "chairman of the Harbour Board",
 * "a hydrologist at Brenford University who has studied ...", "Brand's superior". */
function isApposition(text: string): boolean {
  const head = text.replace(APPOSITION_CLAUSE, '');
  if (head.split(/\s+/).length > APPOSITION_MAX_WORDS || !isNounPhrase(head)) return false;
  // "the agency's Administrator Ivo Brand" names someone itself; "Acme CEO", "White House Press Secretary" end in
  // the role they describe.
  if (parseNounPhrase(head).proper) return endsInRole(head) || titleOfBody(head);
  if (/^\p{Lu}/u.test(head) && endsInRole(head)) return true;
  // "one of the few authors of the law": one of a described group.
  if (/^(?:a|an|the|one\s+of)\s/i.test(head) || POSSESSIVE_START.test(head)) return !PRONOUN_ONLY.test(head);
  // ("Tomas Reed, her lawyer, said", "Ed Moss, his attorney, told": whose the person is, by a pronoun.)
  if (/^(?:his|her|their|its|our|my)\s/i.test(head)) {
    const p = parseNounPhrase(head);
    return p.valid && !p.proper && p.kind === 'person';
  }
  // "dean of the law school", "longtime owner of the team": a bare noun with what it is of, whatever the noun.
  if (BARE_ROLE_OF.test(head)) return true;
  const first = cleanToken(head.split(/\s+/)[0] ?? '').toLowerCase();
  return (
    PERSON_TITLES.has(first) || PERSON_ROLE_NOUNS.has(first) || TITLE_QUALIFIERS.has(first) || isRoleCompound(first)
  );
}

/** A person described by a common noun with a determiner or a possessive: "His mother", "the officer". */
function describesOnePerson(text: string): boolean {
  if (!/^(?:the|his|her|their|our|my)\s/i.test(text) || !isNounPhrase(text)) return false;
  const p = parseNounPhrase(text);
  return p.valid && !p.proper && p.kind === 'person' && !p.plural && p.post === '';
}

/** A title and the body it serves, capitalised: "Vice President of Retail for Harbor", "Director at Kestrel". */
function titleOfBody(text: string): boolean {
  const of = /\s(?:of|for|at)\s/u.exec(text);
  const last = cleanToken(
    text
      .slice(0, of?.index ?? 0)
      .split(/\s+/)
      .pop() ?? '',
  ).toLowerCase();
  return of !== null && (PERSON_ROLE_NOUNS.has(last) || PERSON_TITLES.has(last) || isRoleCompound(last));
}

/** A capitalised phrase whose last word is a role or a title: "Acme CEO", "Harbor Council Chairman". */
function endsInRole(text: string): boolean {
  const last = cleanToken(text.split(/\s+/).pop() ?? '').toLowerCase();
  return text.includes(' ') && (PERSON_ROLE_NOUNS.has(last) || PERSON_TITLES.has(last));
}

/** "one of the lawyers": one of a group is one. */
const ONE_OF = /^(?:one|each|either|neither|a|an|another)\s/i;
/** An apposition names as many as the phrase it describes: "Rather, people close to the skipper say" is no
 * description of "Rather" ("Lee and Park, lawyers for the city," is one of two). */
function agreesInNumber(name: string, apposition: string): boolean {
  return !parseNounPhrase(apposition).plural || ONE_OF.test(apposition) || COORDINATION_WORD.test(` ${name} `);
}

/** A bare lower-case noun (with up to two words before it) and the place or body it belongs to. */
const BARE_ROLE_OF = /^\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2}\s+(?:of|at|for|to|with|from)\s+\S/u;

function isRolePhraseOrApposition(text: string): boolean {
  const body = text.replace(/^(?:a|an|the|one)\s+/i, '');
  if (/^(?:who|whom|whose|which|of|from|at|with)\b/i.test(text)) return true;
  const words = body.split(/\s+/).map((w) => cleanToken(w).toLowerCase());
  // "one prominent conservative": a party's or a camp's member describes a person as a role does.
  return (
    words.some((w) => PERSON_ROLE_NOUNS.has(w) || PERSON_TITLES.has(w) || PARTY_MEMBERS.has(w) || isRoleCompound(w)) ||
    /think tank|group|firm/i.test(body)
  );
}

/** The subject after an inverted verb: "said Colonel Omar al-Rashan, of the Vellmark Army's 5th Division". */
function subjectAfter(view: SentenceView, pos: number): SourcePhrase | null {
  const segs = segments(view, pos, Math.min(view.end, pos + CONTEXT_WINDOW));
  const first = segs[0];
  if (!first || first.text === '') return null;
  let text = first.text.replace(SENTENCE_END, '');
  // "said former executive Mary Lane during the debate", "said Sen. Jim Lowe who represents the city": the subject
  // ends where a time phrase or a relative clause without a comma begins.
  let clause: string | null = null;
  const end = INVERTED_SUBJECT_END.exec(text);
  const relative = end !== null && RELATIVE_START.test(text.slice(end.index).trim());
  if (end && end.index > 0 && (relative || !isNounPhrase(text) || !parseNounPhrase(text).valid)) {
    clause = text.slice(end.index).trim();
    text = text.slice(0, end.index);
  }
  // "said Okafor about the plan": what was said is about someone else; the subject ends before it.
  const topic = INVERTED_SUBJECT_TOPIC.exec(text);
  if (topic && topic.index > 0) text = text.slice(0, topic.index);
  // "said Ana Holm country manager at Kestrel": a role in lower case right after the name, with no comma, is an
  // apposition.
  const roleAfter = nameThenRole(text);
  if (roleAfter) text = roleAfter.name;
  // "said chief of staff Ivo Brand", "said head of research Ana Lowe": a role with its own "of", then the name.
  const roleOf = ROLE_OF_THEN_NAME.exec(text);
  const ofRole =
    roleOf?.[1] && roleOf[2] && isRoleWord(roleOf[1].split(/\s+/)[0] ?? '') && personName(roleOf[2]) ? roleOf : null;
  const skip = ofRole?.[1]?.length ?? 0;
  if (ofRole?.[2]) text = ofRole[2];
  const p = parseNounPhrase(text);
  if (!p.valid || p.pronoun === 'it') return null;
  // "said police Chief Joseph Boinnet", "said lead author Dr. Allan Garland": lower-case role words before a name.
  const roleThenName = p.proper && p.kind === 'person' && p.title !== null;
  if (
    !(
      isNameSegment(text) ||
      p.plural ||
      roleThenName ||
      /^(?:the|a|an|another|one|two|three|this\s+\p{Ll}|\d{1,3}-year-old\s+\p{Lu}|\p{Lu})/u.test(text)
    )
  )
    return null;
  if (!isNounPhrase(text)) return null;
  // "said the association's chair, Peter Havel, who grows apples": a role, then the name it belongs to.
  const second = segs[1]?.text.replace(SENTENCE_END, '') ?? '';
  // ("says Kestrel Freight's Vice President, Ivan Brand": a body's title in capitals, then the name)
  const titled = (!p.proper && p.kind === 'person') || (/['\u2019]s\s/u.test(text) && endsInRole(text));
  const roleFirst = titled && second !== '' && isNameSegment(second);
  const subject = roleFirst && segs[1] ? { start: segs[1].start, text: second } : { start: first.start + skip, text };
  const after: string[] = clause && RELATIVE_START.test(clause) ? [clause] : [];
  if (roleAfter) after.unshift(roleAfter.role);
  let lastWasRole = false;
  for (const seg of segs.slice(roleFirst ? 2 : 1, 4)) {
    const t = seg.text.replace(SENTENCE_END, '');
    // (an age is read with the rest: after it, "of Tarnby" is where one lives)
    if (AGE.test(t)) {
      after.push(t);
      continue;
    }
    if (PARTY_STATE.test(t)) continue;
    // "says Ana Lowe, MS, RD, a dietitian at …": degrees after a name; "states Lowe, the second is growing": a clause
    if (CREDENTIAL.test(t)) continue;
    if (CLAUSE_SEGMENT.test(t)) break;
    // "said Ivo Brand, Director, Zentro Securities": the organisation after a bare role is its affiliation.
    if (lastWasRole && isNameSegment(t) && parseNounPhrase(t).kind === 'organization') {
      after.push(`at ${t}`);
      break;
    }
    if (t === '' || !(DESCRIPTOR_START.test(t) || (isNounPhrase(t) && isRolePhraseOrApposition(t)))) break;
    after.push(t);
    lastWasRole = !DESCRIPTOR_START.test(t);
  }
  return makeMention(
    { start: subject.start, end: subject.start + subject.text.length, text: subject.text },
    readAppositions(roleFirst ? text : (ofRole?.[1]?.trim() ?? null), after, subject.text),
  );
}

/** The lower-case words that open a role, up to its first preposition or punctuation: "country manager" of "country
 * manager at Kestrel" (group 1, its last word). */
const ROLE_WORDS_FIRST =
  /^(?:\p{Ll}[\p{Ll}-]*\s+)*?(\p{Ll}[\p{Ll}-]*)(?=\s*(?:$|[,;]|\s(?:at|of|for|with|in|from|on)\s))/u;
/** A full name, then lower-case words: "Ana Holm country manager at Kestrel". */
const NAME_THEN_LOWER = /^(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){1,3})\s+(\p{Ll}[\s\S]*)$/u;

/** A person's full name and the lower-case role written after it with no comma ("Ana Holm country manager at
 * Kestrel", "Ana Holm senior analyst with Kestrel"): the role's words run to a preposition or a dash. */
function nameThenRole(text: string): { name: string; role: string } | null {
  const m = NAME_THEN_LOWER.exec(text);
  if (!m) return null;
  const name = m[1] ?? '';
  // ("Ana Holm's daughter": the role is someone else's, who is named after it)
  if (/['\u2019]s$/u.test(name)) return null;
  const role = (m[2] ?? '').replace(/\s+[-\u2013\u2014]\s+/gu, ', ');
  const last = ROLE_WORDS_FIRST.exec(role)?.[1] ?? '';
  if (!PERSON_ROLE_NOUNS.has(last)) return null;
  return personName(name) ? { name, role } : null;
}

/** Where an inverted subject ends without a comma: a relative clause, a participle with its object or its place
 * ("said a man standing outside the station"), or a time or occasion phrase after it. */
const INVERTED_SUBJECT_END =
  /\s+(?:(?:who|whom|whose|which)\s|\p{Ll}{3,}ing\s+(?:a|an|the|his|her|their|its|on|in|at|outside|near|by)\s|(?:during|while|when|after|before|outside|inside|in\s+(?:a|an|the|his|her|their)\s+\p{Ll}+|on\s+(?:\p{Lu}|a\s|the\s)|at\s+(?:a|an|the)\s+\p{Ll}+)\b)/u;

/** True when the words are a person's full name. */
function personName(text: string): boolean {
  const p = parseNounPhrase(text);
  return p.valid && p.proper && p.kind === 'person';
}

/** A role in lower case with its own "of", then a full name: "chief of staff Ivo Brand" (1: the role, 2: the name). */
const ROLE_OF_THEN_NAME =
  /^(\p{Ll}[\p{Ll}-]*\s+of\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2})(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){1,3})$/u;
/** What the words were about, after an inverted subject: "said Lee about the plan" ("of" may be a part: "said one
 * of her neighbours"). */
const INVERTED_SUBJECT_TOPIC = /\s+(?:about|regarding|concerning)\s/u;
/** After a list's verb and its object, the list's next item: ", and explain", ", or call". */
const VERB_LIST_GOES_ON = /^\s*,\s+(?:and|or)\s+\p{Ll}/u;
/** What follows an inverted subject: a comma, the sentence's end, or "and others". */
const NAME_THEN_END = /^\s*(?:[,;:.!?]|and\s+others\b|$)/u;
/** A relative clause: it describes the phrase before it. */
const RELATIVE_START = /^(?:who|whom|whose|which)\s/i;

/** "it says": the nearest earlier capitalised name that is itself a clause subject ("Vellmark begins"). */
function itAntecedent(view: SentenceView, pronounStart: number): SourcePhrase | null {
  const from = windowStart(view, pronounStart);
  const left = view.masked.slice(from, pronounStart);
  let found: SourcePhrase | null = null;
  PROPER_RUN.lastIndex = 0;
  for (let m = PROPER_RUN.exec(left); m; m = PROPER_RUN.exec(left)) {
    const next = m[1] ?? '';
    // ("In such cases, it said": a preposition is no name)
    if (!VERB_LIKE.test(next) || isOpeningFunctionWord(m[0])) continue;
    // "its order of 12 Kestrel ferries": a name that modifies a noun is no clause subject.
    if (!CLAUSE_OPENING.test(left.slice(0, m.index))) continue;
    const p = parseNounPhrase(m[0]);
    if (p.kind !== 'organization' || !p.valid) continue;
    // ("Ferries are to blame ..., it concluded": a plural noun that opens the sentence with a plural verb is no body's
    // name.)
    if (m.index === 0 && PLURAL_OPENING.test(m[0]) && PLURAL_VERB.test(next)) continue;
    found = makeMention({ start: from + m.index, end: from + m.index + m[0].length, text: m[0] });
  }
  return found;
}

/** One capitalised word in the plural ("Ferries"), and a verb that only a plural takes after it. */
const PLURAL_OPENING = /^\p{Lu}\p{Ll}+[^s]s$/u;
const PLURAL_VERB = /^(?:are|were|have)$/;

/** Who made a document: "released by the World Bank", "from the Commerce Department" (not "seen by"). */
const OWNER_BY =
  /(?<!\b(?:seen|obtained|reviewed|viewed|read|translated)\s)\b(?:by|from)\s+(?:the\s+(?:annual|latest|new|recent|monthly|weekly|quarterly)\s+)?((?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+(?:of\s+|for\s+|&\s+)?\p{Lu}[\p{L}.'-]*)*)/u;

/** Who made a document, from the apposition after it: a person named with a role before the name, all of it ("by
 * Harbor College president Ana Holm"), else the capitalised name after "by" or "from". */
function ownerInApposition(descriptor: string): RegExpExecArray | null {
  const by = OWNER_BY.exec(descriptor);
  if (!by) return null;
  const rest = descriptor.slice(by.index).replace(/^\S+\s+/, '');
  const p = parseNounPhrase(rest);
  // ("by Harbor Institute economist Ana Holm on Monday": what follows the name is no part of it.)
  const whole = rest.slice(0, rest.length - p.post.length).trim();
  if (whole !== by[1] && p.kind === 'person' && p.proper) by[1] = whole;
  return by;
}

/** How a document came out: "(a study) published on Monday", "(a report from the institute) released Tuesday". */
const RELEASED = 'released|published|issued|conducted|compiled|collected|gathered|prepared|presented|posted|dated|out';
/** The maker after a document's noun, without how and when the document came out: "a report from the Harlow
 * Institute released Tuesday" is the institute's. */
const RELEASED_AFTER = String.raw`(?:\s+(?:${RELEASED})\b.*)?$`;
const OWNER_FROM = new RegExp(String.raw`^(?:from|by)\s+(.+?)${RELEASED_AFTER}`, 'i');
const OWNER_OF = new RegExp(String.raw`^of\s+(.+?)${RELEASED_AFTER}`, 'i');

/** A document's maker in lower case, after how the document came out: "issued by the hospital", "released by state
 * regulators". */
const MADE_BY = new RegExp(String.raw`^(?:${RELEASED})\s+by\s+(.+)$`, 'i');

/** A time after the maker: "(by the hospital) on Friday", "(by regulators) last week". */
const TIME_AFTER_MAKER =
  /\s+(?:(?:on|last|this|early|late)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|week|month|year|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?$/iu;

/** The body or the people that made a document, named by a common noun after "by" ("figures released by the
 * ministry"); names in capitals are OWNER_BY's. */
function bodyMaker(post: string): string | null {
  const maker = MADE_BY.exec(post)?.[1]?.replace(TIME_AFTER_MAKER, '');
  if (!maker) return null;
  const p = parseNounPhrase(maker);
  return p.valid && (p.kind === 'organization' || isAgent(p)) ? maker : null;
}

/** What a document reports, as against the document: "the results of the poll", "findings from a study". */
const FINDINGS_NOUNS = new Set(['results', 'findings', 'data', 'figures', 'numbers', 'conclusions']);

/** The document whose findings a phrase names, which is what speaks: "the results of the latest Harbor College
 * poll" are the Harbor College poll's. */
function documentInside(mention: SourcePhrase, parsed: NounPhrase): SourcePhrase | null {
  if (!FINDINGS_NOUNS.has(parsed.headLower)) return null;
  const text = /^(?:of|from)\s+(.+)$/i.exec(parsed.post)?.[1];
  if (!text || !mention.text.endsWith(text)) return null;
  const inner = withoutRelease({ ...mention, text, start: mention.end - text.length });
  const p = parseNounPhrase(inner.text);
  return p.valid && p.kind === 'document' ? inner : null;
}

/** How a document came out at the end of its phrase, and when. */
const RELEASE_TAIL = new RegExp(String.raw`\s+(?:${RELEASED})(?:\s+(.+))?$`);
/** A day alone: "Tuesday", "yesterday" (a phrase of time, "on Monday", "last week", is leadingTimeLength's). */
const TIME_ONLY = /^(?:yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/** A document with no maker named, without how it came out: "a study published on Monday" is "a study"; "a study
 * published in Harbor Medicine" keeps where. */
function withoutRelease(mention: SourcePhrase): SourcePhrase {
  const tail = RELEASE_TAIL.exec(mention.text);
  const when = tail?.[1];
  if (!tail || (when && !TIME_ONLY.test(when) && leadingTimeLength(`${when} .`) !== when.length + 1)) return mention;
  const text = mention.text.slice(0, tail.index);
  return parseNounPhrase(text).valid ? { ...mention, text, end: mention.start + text.length } : mention;
}

/** Documents that speak as themselves, with their sponsor as affiliation: "the Harbor poll shows". */
const SPONSORED_DOCUMENTS = new Set(['poll', 'polls', 'survey', 'surveys']);

/** The owner of cited data: "data from Zentro Research Group", "Zentro's data", "the Zentro data". */
function documentOwner(view: SentenceView, mention: SourcePhrase): SourcePhrase | null {
  const p = parseNounPhrase(mention.text);
  if (p.kind !== 'document' || p.proper) return null;
  // "of" names an owner only by name ("a report of the United Nations"): "a study of cellphone usage" is its topic.
  const of = OWNER_OF.exec(p.post);
  const fromOrBy = OWNER_FROM.exec(p.post);
  const from = fromOrBy ?? (of && parseNounPhrase(of[1] ?? '').proper ? of : null);
  const byInPost = OWNER_BY.exec(p.post);
  const by = ownerInApposition(mention.descriptor ?? '');
  // "an internal Harbour Board memo seen by The Associated Press": the names in the phrase own it.
  // A capital opening the text may only start the sentence; after a determiner it names ("a Quinnipiac University
  // poll", "a Military Times survey").
  // ("Tarn Air Force figures", "Kestrel Bay County data": a capital before another name is the name's first word.)
  const opensText = mention.text.trimStart().startsWith(p.core);
  const tokens = p.core.split(/\s+/);
  const namesFirst = !opensText || isNameToken(tokens[1] ?? '');
  const names = tokens.filter((t, i) => (i > 0 || namesFirst) && isNameToken(t));
  // ("The University of Harlow study", "a University of Harbor poll": the words from the first name to the last, with
  // the "of" between.)
  const firstAt = names[0] ? p.core.indexOf(names[0]) : -1;
  const lastName = names.at(-1) ?? '';
  const words = firstAt >= 0 ? p.core.slice(firstAt, p.core.lastIndexOf(lastName) + lastName.length) : null;
  // ("a Norwegian study", "the Danish ferry board's report": a nationality says where it comes from, no owner.)
  const named = words?.split(/\s+/).every((w) => isDemonym(w)) ? null : words;
  // ("the centre's website": a body's common noun keeps its article, so that it is the centre named before; "the
  // coroner's report" stays the report.)
  const possessor =
    p.possessor &&
    p.determiner === 'definite' &&
    /^\p{Ll}/u.test(p.possessor) &&
    /^the\s/i.test(mention.text) &&
    parseNounPhrase(p.possessor).valid
      ? `${mention.text.slice(0, 4)}${p.possessor}`
      : p.possessor;
  // ("according to his Facebook page": the page is his, and the name in it the site's that holds it.)
  const owner: string | null =
    from?.[1] ??
    possessor ??
    (OWNED_BY_PRONOUN.test(mention.text) ? null : named) ??
    byInPost?.[1] ??
    by?.[1] ??
    bodyMaker(p.post);
  // "The Linford Swift Group ... is funded by donations, according to its annual report": "its" is the subject.
  if (!owner && POSSESSIVE_PRONOUN.test(mention.text)) {
    const topic = findTopic(view);
    if (!topic || parseNounPhrase(topic.text).pronoun) return null;
    return { ...topic, document: p.headLower };
  }
  if (!owner) return null;
  const ownerParsed = parseNounPhrase(owner);
  if (!ownerParsed.valid) return null;
  // "a Harbor poll found", "The survey, conducted by Harbor College, shows": a poll speaks as itself, its sponsor
  // is whom it belongs to, not who said the finding.
  if (SPONSORED_DOCUMENTS.has(p.headLower)) {
    // "a poll of 400 voters released by Harbor College", "a Harbor College poll of Tarn": whom or where it asked
    // is no sponsor; the first name given is.
    const sponsorName = [fromOrBy?.[1], p.possessor, named, byInPost?.[1], by?.[1]].find(
      (o) => o && parseNounPhrase(o).proper,
    );
    if (!sponsorName) return { ...mention, document: p.headLower };
    // "a poll by research firm Acme": what the sponsor is goes; its name stays ("Acme poll"). So does where a
    // person who ran it works ("a survey by Ann Lee of Harbor University": "Ann Lee survey").
    const parsedSponsor = parseNounPhrase(sponsorName);
    const described =
      ORG_NOUNS.has(parsedSponsor.title?.split(/\s+/).pop()?.toLowerCase() ?? '') ||
      (parsedSponsor.kind === 'person' && parsedSponsor.post !== '');
    const sponsor = described ? parsedSponsor.name : sponsorName.replace(/^the\s+/i, '');
    return { ...mention, affiliation: sponsor, document: p.headLower, name: `${sponsor} ${p.headLower}` };
  }
  if (by && owner === by[1]) {
    // The owner is in the apposition, not in the phrase: "The report, released by the World Bank, found".
    const at = view.text.indexOf(owner, mention.end);
    if (at >= 0 && at < view.end) {
      return {
        ...mention,
        text: owner,
        start: at,
        end: at + owner.length,
        role: null,
        affiliation: null,
        document: p.headLower,
      };
    }
  }
  const offset = mention.text.indexOf(owner);
  return {
    ...mention,
    role: null,
    affiliation: null,
    text: owner,
    start: offset >= 0 ? mention.start + offset : mention.start,
    end: offset >= 0 ? mention.start + offset + owner.length : mention.end,
    document: p.headLower,
  };
}

/** A cue of `length` at `cueStart` whose source is the subject before it ("X released reports that", "X is of the view that"). */
/**
 * A cue for each match of a fixed phrase (`pattern`, global) whose subject is the noun phrase before it, when
 * `accept` takes that phrase: "the office released reports that", "are of the view that", "would like to".
 * `cue` is the part of the match that is the cue.
 */
function phraseCues(
  view: SentenceView,
  sentence: string,
  pattern: RegExp,
  attribution: AttributionKind,
  cue: (match: string) => string,
  accept: (phrase: NounPhrase, text: string) => boolean,
): CueMatch[] {
  const out: CueMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
    const cueStart = view.start + m.index;
    const before = subjectBefore(view, cueStart);
    if (!before || before === 'empty') continue;
    const p = parseNounPhrase(before.mention.text);
    if (!p.valid || !accept(p, before.mention.text)) continue;
    out.push(subjectCue(view, cueStart, cue(m[0]).length, before.mention, attribution));
  }
  return out;
}

function subjectCue(
  view: SentenceView,
  cueStart: number,
  length: number,
  subject: SourcePhrase,
  attribution: AttributionKind,
): CueMatch {
  return {
    cue: view.text.slice(cueStart, cueStart + length),
    cueStart,
    cueEnd: cueStart + length,
    subjects: finishSubjects(view, subject),
    kind: 'verb',
    tail: false,
    embedded: SUBORDINATE_START.test(clauseBefore(view, subject.start)),
    attribution,
  };
}

/** A verb of report, a time, then "its": what is reported is about the subject as a thing. */
const ITS_REPORT_AFTER =
  /^\s+(?:\p{Ll}+ly\s+)?(?:said|says|reported|reports|announced|announces|added|noted|expects|expected)\s+(?:\p{Lu}\p{Ll}+day\s+)?(?:that\s+)?its\s/u;

function finishSubjects(view: SentenceView, m: SourcePhrase): SourcePhrase[] {
  if (m.partners) {
    const { partners, ...one } = m;
    return [...partners.flatMap((partner) => finishSubjects(view, partner)), ...finishSubjects(view, one)];
  }
  const parsed = parseNounPhrase(m.text);
  if (parsed.pronoun === 'it') {
    const antecedent = itAntecedent(view, m.start);
    if (antecedent) return [antecedent];
  }
  if (parsed.pronoun === 'he' || parsed.pronoun === 'she') {
    // "Mosman saw it differently: '...,' he said": the named person the sentence is about, before the pronoun.
    const topic = findTopic(view);
    const t = topic ? parseNounPhrase(topic.text) : null;
    if (topic && t?.proper && t.kind === 'person' && topic.end <= m.start) return [{ ...topic, fallback: m }];
  }
  if (parsed.pronoun === 'he' || parsed.pronoun === 'she' || parsed.pronoun === 'they') {
    const opening = openingFor(view, m, parsed.pronoun);
    if (opening) return [{ ...opening, fallback: m }];
  }
  if (parsed.kind === 'document') {
    const inner = documentInside(m, parsed);
    if (inner) return finishSubjects(view, inner);
    const owner = documentOwner(view, m);
    if (owner) return [owner];
    return [{ ...withoutRelease(m), document: parsed.headLower }];
  }
  if (parsed.kind === 'organization' && parsed.determiner === 'definite' && !parsed.proper && !parsed.possessor) {
    const named = namedInSentence(view, m.start, parsed.headLower);
    if (named) return [named];
  }
  // "The Tarnby Pier Trust sold the pier ..., its chair said": "its" is the body the sentence is about.
  if (parsed.kind === 'person' && !parsed.proper && !m.affiliation && /^its\s/i.test(m.text)) {
    const topic = findTopic(view);
    const t = topic ? parseNounPhrase(topic.text) : null;
    if (topic && t?.kind === 'organization' && t.proper && topic.end <= m.start)
      return [{ ...m, affiliation: topic.text.replace(/^the\s+/i, '') }];
  }
  // "Harbor Telecom said its masts ...": a name whose report opens with "its" speaks of itself as a body
  if (parsed.proper && parsed.kind === 'person' && ITS_REPORT_AFTER.test(view.masked.slice(m.end, m.end + AUX_WINDOW)))
    return [{ ...m, body: true }];
  // ("Outspoken Frank and radio host Ivo Brand believes": a verb in the singular has one subject.)
  return splitCoordination(m, SINGULAR_VERB_AFTER.test(view.masked.slice(m.end, m.end + AUX_WINDOW)));
}

/** A verb in the present singular right after a subject: " believes", " strongly argues", " has". */
const SINGULAR_VERB_AFTER = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?<![su])s\b/u;

/** A plural noun, perhaps after a quantifier, in the capitals of a sentence's first word: "Millennials", "Other
 * Netizens". */
const SENTENCE_CASE_PLURAL = /^(?:(?:Other|Many|Some|Most|Several|All)\s+)?\p{Lu}\p{Ll}{2,}s$/u;

/** "...: By nearly 2-1, they say ...", "...; in the end, she agreed": a phrase of manner, time or place opens the
 * pronoun's clause after a colon, semicolon or dash, so the comma before the pronoun closes that phrase, not
 * what the pronoun reports. */
/** How long that opening phrase may be ("By nearly 2-1", "In a poll of likely voters last month"). */
const OPENING_PHRASE_MAX_CHARS = 40;
const OPENING_PHRASE_BEFORE = new RegExp(
  `[:;\\u2014\\u2013]\\s*${LEADING_PREPOSITION.source.slice(1)}[^,;:\\u2014\\u2013]{0,${OPENING_PHRASE_MAX_CHARS}},\\s*$`,
  'iu',
);

/**
 * "The head of the union is worried, because she thinks ...", "Farmers have decided they want ...": the phrase
 * that opens the sentence, for the pronoun of a later clause, when the two agree. ("..., they said": a pronoun
 * after a comma opens a reporting clause of its own, whose words come before; "Mr. Lee drew applause when he
 * ...": no name with words after it.)
 */
function openingFor(view: SentenceView, m: SourcePhrase, pronoun: 'he' | 'she' | 'they'): SourcePhrase | null {
  const before = view.masked.slice(view.start, m.start);
  if (m.start === view.start || (/[,;:\u2014\u2013]\s*$/u.test(before) && !OPENING_PHRASE_BEFORE.test(before)))
    return null;
  const opening = findTopic(view, true);
  if (!opening || opening.end > m.start) return null;
  const o = parseNounPhrase(opening.text);
  const one = singular(o.headLower);
  const partyMembers = o.headLower !== one && PARTY_MEMBERS.has(one);
  // "Millennials have reached ..., and they say": a plural noun capitalised because it opens the sentence.
  const people = pronoun === 'they' && opening.start === view.start && SENTENCE_CASE_PLURAL.test(opening.text);
  const agrees =
    o.valid &&
    !o.pronoun &&
    !PERSONAL_PRONOUN.test(cleanToken(opening.text.split(/\s+/)[0] ?? '')) &&
    !LEADING_PREPOSITION.test(opening.text) &&
    (!o.proper || partyMembers || people || (o.kind === 'person' && isNameSegment(opening.text))) &&
    isAgent(o) &&
    (pronoun === 'they' ? o.plural || o.kind === 'group' || partyMembers || people : o.kind === 'person' && !o.plural);
  return agrees ? opening : null;
}

/**
 * "... since the Linford Swift Group began its survey, the group said", "Corrugated packaging maker Stellan Group
 * will close its plant, the company said": a definite organisation noun names the organisation of its kind
 * named earlier in the same sentence.
 */
function namedInSentence(view: SentenceView, before: number, head: string): SourcePhrase | null {
  const left = view.masked.slice(windowStart(view, before), before);
  const offset = before - left.length;
  let found: SourcePhrase | null = null;
  ORG_RUN.lastIndex = 0;
  for (let m = ORG_RUN.exec(left); m; m = ORG_RUN.exec(left)) {
    const run = m[0];
    const last = (run.split(/\s+/).pop() ?? '').toLowerCase();
    const fits = last === head || (COMPANY_HEADS.has(head) && COMPANY_NAME_ENDS.has(last));
    const p = parseNounPhrase(run);
    if (!fits || !p.proper || p.kind !== 'organization') continue;
    found = makeMention({ start: offset + m.index, end: offset + m.index + run.length, text: run });
  }
  return found;
}

/** The sentence without the dateline that opens its block: no phrase of the dateline is a subject ("PARIS, Aug 31
 * (Reuters) - The party's leader voiced support ..., saying ..."). */
export function afterDateline(view: SentenceView): SentenceView {
  if (view.start !== 0) return view;
  const label = EDITORIAL_LABEL.exec(view.masked.slice(0, Math.min(view.end, DATELINE_SPAN)));
  if (label && label[0].length < view.end) return { ...view, start: label[0].length };
  const m = DATELINE_OPENING.exec(view.masked.slice(0, Math.min(view.end, DATELINE_SPAN)));
  return m && m[0].length < view.end ? { ...view, start: m[0].length } : view;
}

/**
 * The subject of the sentence's first main clause, when it is a name, a pronoun or a definite phrase that
 * opens the clause: "Brand was arrested ...", "As of March, Zentro had ...", "The harbour union, however,
 * claimed ...". Pronoun resolution and ", saying" use it; it attributes nothing by itself.
 */
export function findTopic(view: SentenceView, anyPhrase = false): SourcePhrase | null {
  // 'Said Penn, "..."': the verb that opens the sentence is no part of its subject's name.
  const opening = OPENING_VERB.exec(view.masked.slice(view.start, view.end));
  const from = view.start + (opening?.[0].length ?? 0);
  const segs = segments(view, from, Math.min(view.end, from + CONTEXT_WINDOW));
  const i = clauseStart(view, segs);
  const seg = segs[i];
  if (!seg || seg.text === '') return null;
  const clause = stripConnectives(seg);
  // "But the other candidate, former Senator Ines Varga, drew ...": the name after a description is the subject.
  const named = segs[i + 1];
  const description = parseNounPhrase(clause.text);
  if (
    named &&
    segs[i + 2]?.text &&
    description.valid &&
    !description.proper &&
    description.kind === 'person' &&
    isNounPhrase(clause.text)
  ) {
    const name = parseNounPhrase(named.text);
    const nameOnly = name.proper && name.kind === 'person' && name.valid && isNounPhrase(named.text);
    // A definite description may name an earlier unnamed source ("The Vellmark spokesperson, Mara Quint,"); a
    // possessive one is read with the cue ("Zentro's director" is a role and an affiliation).
    const role = /^(?:the|this|that)\s/i.test(clause.text) ? clause.text : null;
    if (nameOnly && isRolePhraseOrApposition(clause.text)) return makeMention(named, { role });
  }
  // ("Author of the Tarn Tales books, Ana Lowe answered the critics, writing that": a role fronted before the name that
  // opens the clause; the name is the subject.)
  const lead = named ? NAME_THEN_LOWER.exec(named.text) : null;
  if (
    named &&
    lead?.[1] &&
    !description.proper &&
    isNounPhrase(clause.text) &&
    isRolePhraseOrApposition(clause.text) &&
    AFTER_TOPIC.test(cleanToken(lead[2]?.split(/\s+/, 1)[0] ?? ''))
  ) {
    const name = parseNounPhrase(lead[1]);
    if (name.proper && name.kind === 'person' && name.valid)
      return makeMention(
        { start: named.start, end: named.start + lead[1].length, text: lead[1] },
        { role: clause.text },
      );
  }
  const tokens = clause.text.split(/\s+/);
  // ("She’s at the harbour, checks the nets and says ...": the pronoun is the subject, its verb written on.)
  const pronoun = contractedPronoun(tokens[0] ?? '');
  if (pronoun) return makeMention({ start: clause.start, end: clause.start + pronoun.length, text: pronoun });
  // "Lowe went after Brand, calling him ...": a name and its verb inside the segment make it a clause, whose
  // subject is the name; the whole segment is a subject only when it holds no such verb.
  const clauseInside = tokens.some(
    (t, k) => k > 0 && PAST_OR_AUX.test(cleanToken(t)) && NAME_WORDS.test(tokens.slice(0, k).join(' ')),
  );
  for (let n = Math.min(tokens.length, TOPIC_MAX_WORDS); n >= 1; n--) {
    const next = cleanToken(tokens[n] ?? '');
    // The whole segment before a comma ("The harbour union, however, claimed"), or words before a verb.
    if (n === tokens.length && clauseInside) continue;
    // "Progressives tend to", "Protest groups say": a plural's present verb after words that are one phrase.
    const presentVerb = PRESENT_AFTER_TOPIC.test(next) && !/\s(?:and|or|to)\s/.test(tokens.slice(0, n).join(' '));
    // ("Iran however played down ...": an adverb between the subject and its verb is no part of the subject.)
    if (n > 1 && SENTENCE_ADVERB.test(cleanToken(tokens[n - 1] ?? ''))) continue;
    const adverbThenVerb = SENTENCE_ADVERB.test(next) && AFTER_TOPIC.test(cleanToken(tokens[n + 1] ?? ''));
    // ("I work with sea charts and strongly believe", "They fix engines, write manuals": a plain verb after "I", "we",
    // "you" or "they", which no noun phrase holds.)
    const pronounVerb =
      n === 1 && PLAIN_VERB_SUBJECT.test(tokens[0] ?? '') && !isNounPhrase(tokens.slice(0, 2).join(' '));
    if (
      n < tokens.length &&
      !AFTER_TOPIC.test(next) &&
      !presentVerb &&
      !adverbThenVerb &&
      !pronounVerb &&
      timeThenVerb(tokens, n) < 0
    )
      continue;
    // ("Other firms sell ...", "Many firms": a plural word after a quantifier is its noun, no verb.)
    if (n === 1 && PLURAL_QUANTIFIER.test(tokens[0] ?? '') && /^\p{Ll}+s$/u.test(next)) continue;
    // "Lee on Monday hit ...": the time is no part of the subject.
    if (endsInTime(tokens, n)) continue;
    // "The first clash came at a rally": a verb inside the words makes them a clause, however they end.
    if (tokens.slice(1, n).some((t) => IRREGULAR_VERB.test(cleanToken(t)))) continue;
    // "She made news by ...": a subject pronoun is the whole subject.
    if (n > 1 && SUBJECT_PRONOUNS.has(cleanToken(tokens[0] ?? '').toLowerCase())) continue;
    const text = tokens.slice(0, n).join(' ').replace(SENTENCE_END, '');
    // "At home the team ...": a preposition opens no name
    if (isOpeningFunctionWord(tokens[0] ?? '')) return null;
    const p = parseNounPhrase(text);
    if (!p.valid || !isNounPhrase(text)) continue;
    // Names and pronouns only: "Harbour camera footage shows the skipper's brother" is no subject phrase.
    // With `anyPhrase` (the subject a ", saying" clause reports for) any noun phrase opening the clause will do:
    // "the judge sounded off on the toll, saying ...".
    // "Council member Tom Reed was ...": a named person with a lower-case role before the name is a name too.
    // ("Every day when Tom Hale wakes up he worries": a name after a clause's opening words is the topic too.)
    const afterClause = p.name !== p.text && p.post === '' && p.possessor === null;
    const titledName = p.proper && p.kind === 'person' && (p.title !== null || afterClause) && p.valid;
    if (!(p.pronoun || (p.proper && (NAME_WORDS.test(text) || titledName)) || anyPhrase)) return null;
    // "The council and partners": two subjects are no one topic.
    if (p.kind === 'document' || COORDINATION_WORD.test(text)) return null;
    // "NISSAN SENTRA ...": words in capitals are a heading's label, not a subject.
    if (text.includes(' ') && !/\p{Ll}/u.test(text)) return null;
    // ("Ivo Brand, spokesman of the Tarn Forces, claimed a victory and said ...": the apposition after the name,
    // closed by its comma, is the person's role.)
    const apposition = n === tokens.length && p.proper && p.kind === 'person' ? segs[i + 1] : undefined;
    const described =
      apposition && segs[i + 2]?.text && describesHolder(apposition.text)
        ? readAppositions(null, [apposition.text], text)
        : {};
    return makeMention({ start: clause.start, end: clause.start + text.length, text }, described);
  }
  return null;
}

/** A sentence adverb that may stand between a subject and its verb: "Iran however played down". */
const SENTENCE_ADVERB = /^(?:however|meanwhile|moreover|instead|nonetheless|nevertheless|therefore|thus|also|too)$/i;

/** An apposition that says what a person is ("spokesman of the Tarn Forces", "of Kestrel Labs"): a role or a
 * body, with no verb of its own ("Ed Moss, her lawyer, has written" holds one) and no participle opening it
 * ("accompanied by ..."). */
function describesHolder(text: string): boolean {
  if (/^(?:with|from|who|whom|whose|which)\b/i.test(text) || /^\p{Ll}+(?:ed|ing)\s/u.test(text)) return false;
  if (text.split(/\s+/).some((t) => PAST_OR_AUX.test(cleanToken(t)))) return false;
  return isRolePhraseOrApposition(text);
}

/** How many words a time between a subject and its verb may have ("Lee on Monday night hit ..."). */
const TIME_BEFORE_VERB_MAX_WORDS = 4;

/** Where the verb is when the words from `n` on are a time, then a verb ("on Monday hit", "last week told"); -1
 * when they are not. */
function timeThenVerb(tokens: readonly string[], n: number): number {
  for (let k = n + 2; k <= Math.min(tokens.length - 1, n + TIME_BEFORE_VERB_MAX_WORDS); k++) {
    const time = `${tokens.slice(n, k).join(' ')} `;
    if (LEFT_AUX.exec(time)?.[0].length === time.length && AFTER_TOPIC.test(cleanToken(tokens[k] ?? ''))) return k;
  }
  return -1;
}

/** The first `n` words end in a time that a verb follows ("Lee on Monday" of "Lee on Monday hit"). */
function endsInTime(tokens: readonly string[], n: number): boolean {
  for (let m = Math.max(1, n - TIME_BEFORE_VERB_MAX_WORDS); m <= n - 2; m++)
    if (timeThenVerb(tokens, m) === n) return true;
  return false;
}

/** A word that opens a clause of its own inside a sentence: "when farm workers interrupted", "and Lee fired". */
const CLAUSE_OPENER = /(?<![\p{L}])(?:when|and|after|while|but|before|because|since|until|once)\s+/gu;
/** Auxiliaries, which make no clause's own verb. */
const AUXILIARY = /^(?:is|are|was|were|has|have|had|will|would|did|does)$/;
/** The words a clause's subject may have before its verb. */
const CLAUSE_SUBJECT_MAX_WORDS = 6;

/** The subject of the last clause opened between `from` and `to` whose verb is finite ("after the tycoon entered
 * the race"), or null. */
function nearerSubject(view: SentenceView, from: number, to: number): SourcePhrase | null {
  const text = view.masked.slice(from, to);
  let found: SourcePhrase | null = null;
  CLAUSE_OPENER.lastIndex = 0;
  for (let m = CLAUSE_OPENER.exec(text); m; m = CLAUSE_OPENER.exec(text)) {
    const at = m.index + m[0].length;
    const tokens = text
      .slice(at)
      .split(/\s+/)
      .slice(0, CLAUSE_SUBJECT_MAX_WORDS + 1);
    // The clause after the main one: its verb came first ("Lee fired ... and Park said"; in "A coalition, lawyers
    // and the agency has won" the "and" joins subjects).
    if (
      !text
        .slice(0, m.index)
        .split(/\s+/)
        .some((t) => PAST_OR_AUX.test(t) || IRREGULAR_VERB.test(t))
    )
      continue;
    // A verb of its own, not an auxiliary ("after her statement was shown to be false" is passive).
    const n = tokens.findIndex((t, k) => k > 0 && PAST_OR_AUX.test(t) && !AUXILIARY.test(t));
    if (n < 1 || tokens.slice(0, n).some((t) => /[,;:]$/.test(t))) continue;
    const phrase = tokens.slice(0, n).join(' ');
    const p = parseNounPhrase(phrase);
    // "after they came out": a pronoun there is mostly a thing of the clause before; a thing of no known kind
    // ("after the vote passed") reports nothing.
    if (!p.valid || p.pronoun || isUnlistedThing(p) || !isNounPhrase(phrase) || NOT_A_SUBJECT.test(phrase)) continue;
    found = makeMention({ start: from + at, end: from + at + phrase.length, text: phrase });
  }
  return found;
}

/** The first segment of the sentence's main clause: after an opening adverbial ("As of October,", "In May,"), a
 * dateline and bare connectives ("However,"). */
function clauseStart(view: SentenceView, segs: readonly Segment[]): number {
  // "PARIS, Aug 31 (Reuters) - ...": a dateline with a date and an agency spans several segments.
  const dated = DATELINE_OPENING.exec(view.masked.slice(view.start, view.start + DATELINE_SPAN));
  let i = dated ? segs.findIndex((seg) => seg.start >= view.start + dated[0].length) : 0;
  if (i < 0) i = 0;
  while (i < segs.length - 1) {
    const t = segs[i]?.text ?? '';
    const opener =
      // "Amid calls for calm, the mayor ...", "Despite the rain, ...", "And on Capitol Hill, ...": an opening
      // prepositional phrase.
      PREPOSITION_OPENER.test(t.replace(COORDINATOR_OPENING, '').replace(DEGREE_BEFORE_TIME, '')) ||
      SUBORDINATE_START.test(t) ||
      isConnectiveSegment(t) ||
      TIME_OPENER.test(t) ||
      // "Publicly, the nominee ...": a sentence adverb before the clause's subject.
      (/ly$/.test(t) && NOT_A_SUBJECT.test(t)) ||
      OPENING_PARTICIPLE.test(t) ||
      FRONTED_PARTICIPLE.test(t) ||
      (i > 0 && PLACE_PART.test(t) && PLACE_BEFORE.test(segs[i - 1]?.text ?? '')) ||
      (i < 2 && DATELINE.test(view.masked.slice(segs[i]?.start ?? 0, (segs[i]?.end ?? 0) + 3)));
    if (t !== '' && opener) i++;
    else break;
  }
  return i;
}

/** Where the auxiliaries and adverbs before the verb at `verbStart` begin ("has also said"). */
function leftAuxiliaries(view: SentenceView, verbStart: number): number {
  const aux = LEFT_AUX.exec(view.masked.slice(Math.max(view.start, verbStart - AUX_WINDOW), verbStart));
  return verbStart - (aux?.[0].length ?? 0);
}

/** A verb of aspect and "to" before a plain form: "went on to say", "continued to insist", "was quick to add"; a
 * poll's comparison of its respondents: "women were more likely to say" (not "is likely to say", a forecast). */
const ASPECT_CARRIER =
  /(?<![\p{L}])(?:(?:went|goes|go|going|gone)\s+on|continued|continues|continue|proceeded|proceeds|(?:is|are|was|were|been)\s+(?:quick|(?:(?:\p{Ll}+ly|much|far)\s+)?(?:more|less)\s+likely))\s+to\s+$/u;
/** An emphatic "do" before a plain form: "He did tell CNN", "the law does say". */
const EMPHATIC_DO = /(?<![\p{L}])(?:did|does|do)\s+$/u;

/** The emphatic "do" before a verb, in a sentence that asks nothing ("What did he say?" reports no claim). */
function emphaticDo(view: SentenceView, beforeAux: string): RegExpExecArray | null {
  const m = EMPHATIC_DO.exec(beforeAux);
  return m && !/\?\W*$/u.test(view.masked.slice(view.start, view.end)) ? m : null;
}

/** An object pronoun that "according to" cites, as the subject pronoun a cue would have: "according to him". */
const OBJECT_PRONOUN_AS_SUBJECT: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };
/** How many words of what follows "according to" may make the phrase it cites. */
const CITED_MAX_WORDS = 12;
/** A word that begins what describes a cited phrase: a participle or an adjective of availability ("taken",
 * "released", "emerging", "available") or one set after its noun ("two senators present"), a relative pronoun, a
 * time ("last", "Tuesday"), or the subject of a clause about it ("figures her campaign released", "the memo he
 * wrote"). */
const CITED_REST =
  /^(?:\p{Ll}+(?:ed|en|wn|ing|able|ible)|taken|made|done|present|out|that|which|who|whose|the|a|an|his|her|their|its|our|he|she|they|we|last|this|earlier|later|yesterday|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/iu;

/** What describes a cited phrase up to the sentence end: "(according to two skippers) aboard who asked not to
 * be quoted." */
const CITED_CLAUSE_TO_END = new RegExp(
  `^\\s*(?:present\\s+)?(?:who|whom|whose|which|that)\\s[^,;:${QUOTE_MASK}]*[.!?]?\\s*$`,
  'u',
);

/** Common nouns with no determiner, then a name and its past verb: "records Ms. Dahl filed as a lobbyist" is no one
 * phrase (what the name did is a clause about the records, with no "that"), whatever noun it ends in. */
const NAME_CLAUSE_AFTER_NOUN =
  /^(?!(?:a|an|the|this|that|these|those)\s)\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}(?<!\s(?:by|of|from|for|with))\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}\s+(?:\p{Ll}+ed|said|told|wrote|made|gave|took|sent|kept|won|lost)(?![\p{L}])/u;
/** The noun phrase "according to" cites: the whole segment, or its opening phrase when what follows describes it
 * ("a poll taken last week", "data released Friday by regulators", "figures her campaign released"). */
function citedPhrase(text: string): string | null {
  if (parseNounPhrase(text).valid && !NAME_CLAUSE_AFTER_NOUN.test(text)) return text;
  const words = [...text.matchAll(/\S+/g)];
  for (let n = 1; n < Math.min(words.length, CITED_MAX_WORDS); n++) {
    const next = words[n];
    if (!next || next.index === undefined) continue;
    const head = text.slice(0, next.index).trim();
    const p = parseNounPhrase(head);
    // "reports Mr. Lee filed": a name after a common noun opens a clause about it.
    // ("the writer and surgeon Ivo Brand regained": a role right before a name is the name's title.)
    const nameClause =
      /^\p{Lu}/u.test(next[0]) && !p.proper && /^\p{Ll}/u.test(p.head) && !PERSON_ROLE_NOUNS.has(p.headLower);
    if (!p.valid || p.pronoun || !isNounPhrase(head)) continue;
    // ("... surgeon Ivo Brand regained her": a person's name ends before a word in lower case.)
    const nameEnds =
      p.proper &&
      p.kind === 'person' &&
      /^\p{Lu}/u.test(words[n - 1]?.[0] ?? '') &&
      /^\p{Ll}/u.test(next[0]) &&
      !/^(?:of|at|from|for|with|and|or|in|on|to)$/u.test(next[0]);
    if (CITED_REST.test(cleanToken(next[0])) || nameClause || nameEnds) return head;
  }
  return null;
}

/** A comma set inside the closing quotation mark right before `pos`, as American style writes it: 'the crews of the
 * "night shift," saying ...'. */
function commaInQuote(view: SentenceView, pos: number): boolean {
  return /,[\u201D"\u2019']\s*$/u.test(view.text.slice(Math.max(view.start, pos - 4), pos));
}

/** "with" and the noun phrase right before a participle: "with three in 10 voters saying". */
const WITH_SUBJECT = /(?<![\p{L}])with\s+([^,;:\u2014\u2013]{1,80}?)\s*$/u;

/** A pronoun right before a verb, or a name that opens its clause: its subject ("what he believes are", "what Ana
 * Lowe thinks of"; not "key Kestrel suspects"). */
const PRONOUN_SUBJECT_BEFORE =
  /(?:(?<![\p{L}])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|[Ww]ho|[Ww]hich|[Tt]hat)|(?:^|[,;:]|(?<![\p{L}])(?:what|who|which|that))\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,2}\p{Lu}[\p{L}.'\u2019-]*)\s+$/u;
/** What follows a plural noun, not a verb of belief: a preposition, a relative pronoun or a verb ("suspects without
 * charge", "suspects who were held", "fears were raised"); not "about" or "in", which the verb takes ("worries
 * about", "believes in"). */
const NOUN_AFTER_BELIEF_PLURAL =
  /^\s+(?:without|at(?!\s+(?:least|most|about|around|roughly|some|nearly|almost|over|under|more|fewer|less)(?![\p{L}]))|from|of|with|among|across|who|whom|which|were|are|have|had|remain|remained)(?![\p{L}])/u;

/** A service "express" describes: "express trains", "express delivery". */
const EXPRESS_SERVICE =
  /^\s+(?:trains?|services?|deliver(?:y|ies)|lanes?|bus(?:es)?|coach(?:es)?|mail|post|shipping|routes?|checkouts?|lines?|elevators?|lifts?|ferr(?:y|ies)|entry|pass(?:es)?|tickets?)(?![\p{L}])/u;

/** A word that takes "with" for its own complement, right before it: "a complaint with", "spoke with" (not "met
 * with", which may be "faced": "was met with lawsuits arguing"). */
const WITH_COMPLEMENT_BEFORE =
  /(?<![\p{L}])(?:complaints?|lawsuits?|suits?|grievances?|petitions?|charges|meetings?|talks|interviews?|conversations?|agreements?|deals?|contracts?|partnerships?|spoke|speaks?|talked|sided|agreed|worked|works|partnered|filed|lodged|registered)\s+$/iu;

/** A setting fronted without a comma, in words of lower case, before a name or "the": "At the meeting Ana Lowe
 * said", "In an interview the mayor said". */
const FRONTED_SETTING =
  /^(?:At|In|On|During|After|Before|Outside|Inside)\s+(?:the|a|an|his|her|their|its|this|that)\s+(?:\p{Ll}[\p{L}'\u2019-]*\s+){1,4}(?=\p{Lu}|the\s)/u;

/** A setting that is a time, which the clause after it describes: "At the moment", "By the time". */
const SETTING_TIME_END =
  /(?<![\p{L}])(?:moment|time|day|hour|minute|second|point|instant|week|month|year|night|morning|evening)\s+$/u;
/** How many words the subject after a fronted setting may have. */
const SETTING_SUBJECT_MAX_WORDS = 5;

/** How long a fronted setting before the subject is (0: none), where what follows it is a phrase of its own. */
function frontedSettingLength(text: string): number {
  const m = FRONTED_SETTING.exec(text);
  // ("By the time Lowe announced it": a time with a clause of its own.)
  if (!m || SETTING_TIME_END.test(m[0])) return 0;
  const rest = text.slice(m[0].length);
  const p = parseNounPhrase(rest);
  // ("Behind the Tarnby council vote to sell the pier lay a worry": a long phrase is the sentence's own.)
  const short = rest.split(/\s+/).length <= SETTING_SUBJECT_MAX_WORDS && !/\sto\s/.test(rest);
  return p.valid && !p.pronoun && short && isNounPhrase(rest) ? m[0].length : 0;
}

/** The subject of a participle in an absolute "with" phrase ("with Sen. Lee telling reporters he ..."). */
function absoluteSubject(view: SentenceView, pos: number): SourcePhrase | null {
  const from = windowStart(view, pos);
  const left = view.masked.slice(from, pos);
  const m = WITH_SUBJECT.exec(left);
  const text = m?.[1];
  if (!m || !text || text.includes(QUOTE_MASK)) return null;
  // ("filed a complaint with the police alleging", "spoke with the mayor saying": "with" is the word's own, and the
  // phrase after it is no participle's subject)
  if (WITH_COMPLEMENT_BEFORE.test(left.slice(0, m.index))) return null;
  const p = parseNounPhrase(text);
  // "with macroeconomic data indicating ...": a document is the figure's setting, no speaker.
  if (!p.valid || p.pronoun || p.kind === 'document' || !isNounPhrase(text) || NOT_A_SUBJECT.test(text)) return null;
  if (isUnlistedThing(p)) return null;
  const start = from + m.index + m[0].indexOf(text, 4);
  return makeMention({ start, end: start + text.length, text: view.text.slice(start, start + text.length) });
}

/** A clause opening the sentence with a subordinator, a name of one to five capitalised words, and its
 * verb, up to the comma before the pronoun: "When Tarn's President Ana Lowe first announced the deal, ". */
const OPENING_CLAUSE_NAME =
  /^(?:When|After|Before|As|While|Although|Though|Since|Once|Because)\s+((?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,5})(?:first\s+|later\s+|also\s+|\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|\p{Ll}{2,}[^s\s]s|was|had|has|took|made|met|told|came|went|began|gave|won|lost|spoke|wrote|left|said)\s[^,;:]*,\s*$/u;

/** The person named as the subject of the clause that opens the sentence, for a pronoun right after it. */
function openingClauseName(view: SentenceView, pronoun: SourcePhrase): SourcePhrase | null {
  const before = view.masked.slice(view.start, pronoun.start);
  const m = OPENING_CLAUSE_NAME.exec(before);
  const text = m?.[1]?.trim() ?? '';
  const p = parseNounPhrase(text);
  if (!m || !p.proper || p.kind !== 'person' || !p.valid || !isNounPhrase(text)) return null;
  // ("When Ms. Lowe announced her return, he said": an honorific or a pronoun of the other sex is someone else.)
  const other = /^he$/i.test(pronoun.text) ? /\b(?:Ms|Mrs|Miss|her|hers|herself)\b/ : /\b(?:Mr|his|him|himself)\b/;
  if (other.test(before)) return null;
  const start = view.start + before.indexOf(text);
  return makeMention({ start, end: start + text.length, text: view.text.slice(start, start + text.length) });
}

/** "your guests to leave a review": an infinitive inside a phrase after a verb makes it the verb's object. */
const INFINITIVE_INSIDE = /\sto\s+\p{Ll}/u;
/** "your partners for targets": the reader's own people after a verb are whom an instruction is to. */
const READERS_OWN = /^your\s/iu;
/** A question that opens with an auxiliary and ends with its question mark. */
const YES_NO_QUESTION = /^(?:Do|Does|Did|Will|Would|Can|Could|Should|Shall)\s[^?]*\?\s*$/;
/** The words before a question's own verb: its auxiliary and its subject. */
const QUESTION_CLAUSE = /^(?:Do|Does|Did|Will|Would|Can|Could|Should|Shall)\s[^,;:]{1,60}$/;
/** A question the writer asks with a question word and an auxiliary ("So why don't the managers want it?"), and the
 * words before its own verb. */
const WH_OPENING = String.raw`^(?:(?:So|But|And|Then),?\s+)?(?:[Ww]hy|[Hh]ow|[Ww]hat|[Ww]hen|[Ww]here|[Ww]ho)\s+(?:do|does|did|will|would|can|could|should)(?:n\S?t)?\s`;
const WH_QUESTION = new RegExp(String.raw`${WH_OPENING}[^?]*\?\s*$`);
const WH_QUESTION_CLAUSE = new RegExp(`${WH_OPENING}[^,;:]{1,60}$`);

/** A quoted title's closed span in masked text: its marks, then its words masked as spaces. */
const QUOTED_SPAN = new RegExp(`${QUOTE_MASK}+( +)${QUOTE_MASK}+`, 'gu');
/** What stands before a title that a phrase holds: "host of “Harbor Hour”", "Kestrel's “Harbor”", "the “Harbor”
 * ad". */
const TITLE_BEFORE = /(?:(?<![\p{L}])(?:of|in|on|from|the|a|an|titled|called|named)|\p{L}['\u2019]s)\s*$/u;
/** A role or a thing a title names, right after it: "“Harbor” star Ana Lowe", "the “Harbor” ad". */
const TITLE_AFTER =
  /^\s*(?:star|host|actress|actor|author|creator|producer|director|singer|writer|presenter|campaign|ad|show|series)(?![\p{L}])/u;
/** A title's words: a capital first, six words at most, no end of a sentence inside (a comma may close it). */
const TITLE_WORDS = /^[\p{Lu}\d][^.!?;:]*$/u;
const TITLE_MAX_WORDS = 6;

/** The sentence with its quoted titles read as words ("Ana Lowe, host of “Harbor Hour,” said", "“Harbor” star
 * Ana Lowe"), so that a subject may hold one; quotes of speech stay masked. */
function withTitlesRead(view: SentenceView): SentenceView {
  const sentence = view.masked.slice(view.start, view.end);
  if (!sentence.includes(QUOTE_MASK)) return view;
  let masked = view.masked;
  QUOTED_SPAN.lastIndex = 0;
  for (let m = QUOTED_SPAN.exec(sentence); m; m = QUOTED_SPAN.exec(sentence)) {
    const start = view.start + m.index;
    const end = start + m[0].length;
    const innerStart = start + m[0].indexOf(' ');
    const inner = view.text.slice(innerStart, innerStart + (m[1]?.length ?? 0));
    const words = inner.replace(/,\s*$/, '').trim();
    if (!TITLE_WORDS.test(words) || words.split(/\s+/).length > TITLE_MAX_WORDS) continue;
    const before = view.masked.slice(windowStart(view, start), start);
    if (!TITLE_BEFORE.test(before) && !TITLE_AFTER.test(view.masked.slice(end))) continue;
    // The marks read as spaces, the words as they are written (a comma inside the marks closes the phrase).
    masked = `${masked.slice(0, start)}${' '.repeat(innerStart - start)}${inner}${' '.repeat(end - innerStart - inner.length)}${masked.slice(end)}`;
  }
  return masked === view.masked ? view : { ...view, masked };
}

/** True when what follows a trailing cue still closes it, after a comma or a quote: a dash ('"…," he added — and
 * not for the last time'; not inside an aside between dashes, "- as Brand has said -", nor after an -s form that may
 * be a noun, "the coastal states –", unless a pronoun is its subject), and after a quote the one asked ('"And the
 * fares?" the reporter Ana Lowe asked him'), a clause of time of any length ('"…," she added as she tied the boat
 * to the post') or how the reply was given ('"…," Brand shot back with a laugh'). */
function closesTail(view: SentenceView, subject: SourcePhrase, verb: string, rest: string, asks: boolean): boolean {
  const leadIn = view.masked.slice(windowStart(view, subject.start), subject.start);
  if (
    TAIL_DASH.test(rest) &&
    COMMA_OR_QUOTE_BEFORE.test(leadIn) &&
    !DASH_INSIDE.test(view.masked.slice(view.start, subject.start)) &&
    (!/s$/.test(verb) || /^(?:he|she|they|we|I)$/i.test(subject.text))
  )
    return true;
  if (!QUOTE_CLOSED_BEFORE.test(leadIn)) return false;
  return (asks && ASKED_THEN_END.test(rest)) || TIME_CLAUSE_TO_END.test(rest) || MANNER_TO_END.test(rest);
}

/** Every attribution cue in a sentence, in order. */
export function findCues(view: SentenceView): CueMatch[] {
  const out: CueMatch[] = [];
  let titled: SentenceView | undefined;
  const modifiers: CueMatch[] = [];
  const sentence = view.masked.slice(view.start, view.end);

  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(sentence); m; m = ACCORDING_TO.exec(sentence)) {
    const cueStart = view.start + m.index;
    const npStart = cueStart + m[0].length;
    const segs = segments(view, npStart, Math.min(view.end, npStart + CONTEXT_WINDOW));
    const first = segs[0];
    if (!first || first.text === '') continue;
    const cited = first.text.replace(SENTENCE_END, '');
    // ("According to him, fares will rise": the object pronoun stands for whom "he" would.)
    // (Not "according to her \"clawback\" plan", whose quoted word the mask had cut off.)
    const closed = /^\s*(?:[,;:.!?)\u2014\u2013]|$)/u.test(view.text.slice(first.start + cited.length, view.end));
    const pronoun = closed ? OBJECT_PRONOUN_AS_SUBJECT[cited.toLowerCase()] : undefined;
    const text = pronoun ? cited : citedPhrase(cited);
    if (text === null) continue;
    const after: string[] = [];
    for (const seg of segs.slice(1, 3)) {
      const t = seg.text.replace(SENTENCE_END, '');
      // Only a relative clause: after a leading "According to police," comes the main clause.
      if (t === '' || !/^(?:which|who|whose)\b/i.test(t)) break;
      after.push(t);
    }
    const mention = makeMention(
      { start: first.start, end: first.start + text.length, text: pronoun ?? text },
      readAppositions(null, after, text),
    );
    const rest = ahead(view, first.start + text.length);
    const cueEnd = cueStart + m[0].trimEnd().length;
    out.push({
      cue: view.text.slice(cueStart, cueEnd),
      cueStart,
      cueEnd,
      subjects: finishSubjects(view, mention),
      kind: 'according',
      embedded: false,
      attribution: 'speech',
      tail:
        first.start > view.start &&
        (TAIL_REST.test(rest) || CITED_CLAUSE_TO_END.test(rest)) &&
        /,\s*$/.test(view.masked.slice(windowStart(view, cueStart), cueStart)),
    });
  }

  // "The harbour's Audit Office issued two sharply worded reports that described ...".
  out.push(
    ...phraseCues(
      view,
      sentence,
      RELEASED_DOCUMENT,
      'speech',
      (m) => /^\S+/.exec(m)?.[0] ?? m,
      (p) => p.kind !== 'document',
    ),
    ...phraseCues(
      view,
      sentence,
      OF_THE_VIEW,
      'belief',
      (m) => m,
      () => true,
    ),
    ...phraseCues(
      view,
      sentence,
      WOULD_LIKE,
      'intention',
      (m) => m.trimEnd(),
      (p, text) => p.pronoun !== 'it' && !NOT_A_SUBJECT.test(text) && !isUnlistedThing(p),
    ),
  );

  // 'Said Penn, "He never missed a tide."': a sentence that opens with its verb, then the speaker and the quote.
  const opening = OPENING_VERB.exec(sentence);
  if (opening?.[1]) {
    const verbEnd = view.start + opening[1].length;
    const subject = subjectAfter(view, view.start + opening[0].length);
    if (subject && QUOTE_AFTER_SPEAKER.test(view.masked.slice(subject.end, view.end))) {
      out.push({
        cue: opening[1],
        cueStart: view.start,
        cueEnd: verbEnd,
        subjects: finishSubjects(view, subject),
        kind: 'verb',
        tail: false,
        embedded: false,
        attribution: 'speech',
      });
    }
  }

  const passives: CueMatch[] = [];
  const questions: CueMatch[] = [];
  CUE_VERB.lastIndex = 0;
  for (let m = CUE_VERB.exec(sentence); m; m = CUE_VERB.exec(sentence)) {
    const verb = m[0];
    const info = VERB_FORMS.get(verb.replace(/\s+/g, ' '));
    if (!info) continue;
    const verbStart = view.start + m.index;
    const verbEnd = verbStart + verb.length;
    // What follows the verb, read by most of the checks below.
    const next = ahead(view, verbEnd);
    let cueStart = leftAuxiliaries(view, verbStart);
    let beforeAux = view.masked.slice(Math.max(view.start, cueStart - AUX_WINDOW), cueStart);
    // "went on to say", "was quick to add", "did tell CNN": a verb of aspect or an emphatic "do" before the plain
    // form carries its subject and reports with it ("did not say" and "would say" do not).
    const carrier = info.form === 'base' ? (ASPECT_CARRIER.exec(beforeAux) ?? emphaticDo(view, beforeAux)) : null;
    if (carrier) {
      cueStart = leftAuxiliaries(view, cueStart - carrier[0].length);
      beforeAux = view.masked.slice(Math.max(view.start, cueStart - AUX_WINDOW), cueStart);
    }
    // "does not believe", "doesn't want", "will support": still what the source holds or means to do.
    const held = heldDespite(info.entry.kind, beforeAux);
    if (held) {
      cueStart = leftAuxiliaries(view, cueStart - held.length);
      beforeAux = view.masked.slice(Math.max(view.start, cueStart - AUX_WINDOW), cueStart);
    }
    const auxText = view.masked.slice(cueStart, verbStart);
    if (!held && CANCELLING_WORD.test(beforeAux)) continue;
    // "comes with written instructions", "the figures shown below": a participle that is never a past tense, with no
    // auxiliary and no agent, modifies a noun.
    if (auxText === '' && PARTICIPLE_ONLY_FORMS.has(verb) && !PASSIVE_BEFORE.test(beforeAux) && !AGENT_AFTER.test(next))
      continue;
    // "has long notes in its margins", "had also reports": an -s form after an auxiliary is a noun (the verb takes
    // "noted").
    if (info.form === 'finite' && PLURAL_LIKE_FORM.test(verb) && PERFECT_OR_BE.test(auxText)) continue;
    // "feels understood", "seemed convinced": a participle after a linking verb is an adjective.
    if (auxText === '' && info.form === 'finite' && !verb.endsWith('s') && LINKING_BEFORE.test(beforeAux)) continue;
    // "feeling less stressed", "a very noted author": a verb of speech after a degree word is an adjective.
    if (info.entry.kind === 'speech' && PARTICIPLE_FORM.test(verb) && DEGREE_BEFORE.test(beforeAux)) continue;
    // "after saying ...", "by declaring ...": a participle after a preposition reports for the clause's subject.
    // Speech with what was said only: "by rejecting a treaty", "by admitting more students" are means, not reports.
    const afterPreposition =
      info.form === 'ing' &&
      info.entry.kind === 'speech' &&
      auxText === '' &&
      PREPOSITION_BEFORE_PARTICIPLE.test(beforeAux) &&
      (CLAUSE_MARKER.test(next) || next.includes(QUOTE_MASK));
    if (auxText === '' && (PRENOMINAL_WORD.test(beforeAux) || ONE_BEFORE_NOUN.test(beforeAux)) && !afterPreposition)
      continue;
    // "Harlow: 12 confirmed cases": a count, then the form, then a plural noun: the form is the noun's adjective.
    if (auxText === '' && COUNT_BEFORE.test(beforeAux) && PLURAL_NOUN_AFTER.test(next)) continue;
    // ("Harlow: 1 confirmed case")
    if (auxText === '' && ONE_BEFORE.test(beforeAux) && SINGULAR_NOUN_AFTER.test(next)) continue;
    if (
      auxText === '' &&
      PARTICIPLE_FORM.test(verb) &&
      POSSESSIVE_BEFORE.test(beforeAux) &&
      NOUN_AFTER_PARTICIPLE.test(next)
    )
      continue;
    // ("even states that fought the board now run": a word that singles out the noun, then its relative clause)
    if (/^(?:even|only|just)\s+$/.test(auxText) && PLURAL_LIKE_FORM.test(verb) && RELATIVE_AFTER_NOUN.test(next))
      continue;
    // "fell 4 basis points to", "two percentage points to": a unit's noun
    if (auxText === '' && info.entry.base.startsWith('point ') && UNIT_POINTS_BEFORE.test(beforeAux)) continue;
    if (auxText === '' && info.form === 'finite' && PLURAL_LIKE_FORM.test(verb)) {
      const count = PLURAL_COUNT_BEFORE.exec(beforeAux);
      if (count && !NAME_WORD_END.test(beforeAux.slice(0, count.index))) continue;
      if (COUNT_ACRONYM_BEFORE.test(beforeAux)) continue;
      // "a list of road projects that were late", "reports which are due": an -s form whose "that" opens a clause in
      // the plural is a noun (a demonstrative "that" after a verb of speech is singular: "says that was wrong").
      if (PLURAL_RELATIVE_AFTER.test(next)) continue;
      if (POSSESSIVE_DETERMINER_BEFORE.test(beforeAux)) continue;
      // "are vocal advocates of", "brought the most serious claims": an -s form after a form of "be" and its
      // adjective, or after a graded adjective, is a noun.
      if (BE_ADJECTIVE_BEFORE.test(beforeAux) || GRADED_ADJECTIVE_BEFORE.test(beforeAux)) continue;
      // "southern states that will vote": after a word in lower case, a plural noun with a relative clause after it
      // is no verb ("Volkswagen estimates that could be ..." keeps its verb and the pronoun "that").
      if (LOWER_WORD_END.test(beforeAux) && RELATIVE_AFTER_NOUN.test(next)) continue;
      // "harbour repair projects are late", "Lee's doubts soon proved right": a plural noun, the subject of
      // the verb after it (not "the plant which the company says will close", whose object is the relative pronoun).
      const possessed = POSSESSIVE_BEFORE.test(beforeAux);
      // ("Musk's tweets come after ...": after a possessive, an -s form with no clause (nor quote) after it is a noun;
      // "McDonald's says it will", "Dobson's plans to open" keep their verbs.)
      if (possessed && !CLAUSE_MARKER.test(next) && !/^\s+to\s/.test(next)) continue;
      if (
        (possessed || LOWER_WORD_END.test(beforeAux)) &&
        !RELATIVE_GAP_BEFORE.test(beforeAux) &&
        (VERB_AFTER_PLURAL_NOUN.test(next) || (possessed && PAST_AFTER_POSSESSED_NOUN.test(next)))
      )
        continue;
    }
    // (not "the wardens that officials credit for the calm", whose object is the relative pronoun)
    if (auxText === '' && NOUN_BEFORE_FOR.test(verb) && /^\s+for\s/u.test(next) && !RELATIVE_GAP_BEFORE.test(beforeAux))
      continue;
    if (THAN_AFTER.test(next)) continue;
    // "sought after", "show up": a phrasal verb of another sense
    if (PHRASAL_OTHER_SENSE.get(verb)?.test(next)) continue;
    // "the views expressed are", "the figures reported are": a participle after a noun, a verb of the clause
    // after it, is the noun's modifier (not "what the company said is true", whose object is the relative pronoun)
    // ("the bones found in the cave are": where, then the clause's verb)
    if (
      auxText === '' &&
      info.form === 'finite' &&
      (PARTICIPLE_FORM.test(verb) || IRREGULAR_PARTICIPLE.test(verb)) &&
      (LOWER_WORD_END.test(beforeAux) || OPENING_PLURAL_NOUN.test(beforeAux)) &&
      !RELATIVE_GAP_BEFORE.test(beforeAux) &&
      (CLAUSE_VERB_AFTER.test(next) ||
        PLACE_THEN_CLAUSE_VERB.test(next) ||
        (REFERRING_ADVERB_AFTER.test(next) &&
          !AS_CLAUSE_BEFORE.test(beforeAux) &&
          !TAIL_SUBJECT_BEFORE.test(beforeAux)))
    )
      continue;
    // "a tale noted for its cast": known for something, no note made (not "noted for the record").
    if (auxText === '' && verb === 'noted' && NOTED_FOR.test(next)) continue;
    // "turned out as predicted", "as expected": a participle after "as" with no agent reports no one's words
    if (auxText === '' && info.form === 'finite' && AS_BEFORE.test(beforeAux) && !AGENT_AFTER.test(next)) continue;
    // "felt great stress, and", "stress levels", "promises of", "the day's highlights": words that are
    // more often nouns report only with what is reported right after them ("stress that", "highlights how").
    // ("a point that experts highlight": the object is the relative pronoun)
    if (
      info.form !== 'ing' &&
      NOUN_LIKE_CUES.test(verb) &&
      !REPORTED_AFTER.test(next) &&
      !CLAUSE_MARKER.test(next) &&
      !RELATIVE_GAP_BEFORE.test(beforeAux)
    )
      continue;
    // "the landlord bashing could get louder": a gerund that a finite verb follows is that verb's subject.
    if (auxText === '' && info.form === 'ing' && GERUND_SUBJECT_AFTER.test(next)) continue;
    // "crews who work under constant stress": a word more often a noun, after a preposition and its adjective, is
    // that preposition's noun.
    if (auxText === '' && NOUN_LIKE_CUES.test(verb) && PREPOSITION_WORD_BEFORE.test(beforeAux)) continue;
    // "knows how to bake bread", "learned how to sail": a skill, not something held to be true
    if (info.entry.kind === 'belief' && SKILL_AFTER.test(next)) continue;
    // "It needs work", "the plan needs more thought": a verb's object, a noun.
    if (auxText === '' && info.form !== 'ing' && OBJECT_VERB_BEFORE.test(beforeAux)) continue;
    // "cheers echoed in the hall": a sound that echoes somewhere says nothing.
    if (info.entry.base === 'echo' && ECHOED_AROUND.test(next)) continue;
    // "recalled its ambassador", "recalled 40,000 cars", "recalled goalie Ivo Brand": called back, no memory told.
    if (info.entry.base === 'recall' && RECALLED_BACK.test(next)) continue;
    // "the new rows showing up": what shows up appears, it shows nothing.
    if (info.entry.base === 'show' && /^\s+up(?![\p{L}])/u.test(next)) continue;
    // "a week of yoga, writing, cooking and sleep": a word between commas in a list of single words is a noun
    if (auxText === '' && LIST_ITEM_BEFORE.test(beforeAux) && LIST_ITEM_AFTER.test(next)) continue;
    // "design, branding, and print", "focus, describing, acting with care": an -ing word between commas, before the
    // list's "and" or its next -ing word, is one of the list's nouns
    // (not "saying, and repeating later, that": an aside, then what is said)
    if (
      auxText === '' &&
      info.form === 'ing' &&
      /,\s+$/.test(beforeAux) &&
      GERUND_LIST_AFTER.test(next) &&
      !ASIDE_THEN_REPORT.test(next)
    )
      continue;
    // "the crew felt cold, frightened, or tired": a participle between an adjective and the list's last word is one more
    if (auxText === '' && PARTICIPLE_FORM.test(verb) && WORD_COMMA_BEFORE.test(beforeAux) && LIST_LAST_AFTER.test(next))
      continue;
    // ("in Ohio and Iowa, states that vote in May": after places and a comma, "states" is their
    // noun in apposition, before its relative clause.)
    if (/^states$/i.test(verb) && auxText === '' && PLACE_COMMA_BEFORE.test(beforeAux) && RELATIVE_AFTER.test(next))
      continue;
    // ("As they say, …": a saying, no one's report.)
    if (info.entry.base === 'say' && AS_THEY_SAY.test(beforeAux) && /^\s*,/u.test(next)) continue;
    // ("flexible on timing and project size": a plain form joined by "and" to a preposition's noun is a noun too.)
    // (Where the clause goes on after it, it is the verb it looks like: "angry with the board and want the old fees
    // back", "sure of the plan and want the work to start …".)
    if (
      auxText === '' &&
      info.form === 'base' &&
      PREPOSITION_NOUN_AND_BEFORE.test(beforeAux) &&
      PHRASE_END_AFTER.test(next)
    )
      continue;
    // ("Free invoices, estimates, and quotes": so is an -s form between plurals.)
    if (auxText === '' && /s$/.test(verb) && PLURAL_COMMA_BEFORE.test(beforeAux) && LIST_END_AFTER.test(next)) continue;
    // ("They're accused", "He's accused of": a contracted "are", or an "is" that a passive's "of" or "by" follows;
    // "He's said" is "has".)
    const hasBe =
      BE_AUX.test(auxText) ||
      /^['\u2019]re\s/.test(auxText) ||
      (/^['\u2019]s\s/.test(auxText) && /^\s*(?:of|by)\s/.test(next));
    // "Lowe asked for patience ..., saying she did not expect ...": a participle after a comma reports for the
    // sentence's subject; without one ("saying it has grown...") it has none.
    const participle = info.form === 'ing' && !hasBe && !/^['\u2019](?:s|re)\s/.test(auxText);
    // "..., criticizing the plan", "..., describing it as", "..., suggesting that": any cue class after a comma
    // (data verbs need their document subject).
    // ("Lee, speaking at a rally, said": a participle of speaking sets the scene; the verb after it reports.)
    // "a group backing the mayor", "farmers opposing the dam": a stance participle right after a noun phrase is that
    // phrase's stance, inside the clause (any other cue of the sentence governs it).
    // "Winter dishes—think stews and soups—are": a plain form right after an opening dash or bracket tells the
    // reader to think of something; the phrase before the dash does not speak.
    if (auxText === '' && info.form === 'base' && opensAside(view, cueStart)) continue;
    // "the supporting cast", "the supporting documents": an -ing form between a determiner and its noun describes
    // the noun.
    if (info.form === 'ing' && ADJECTIVE_SLOT_BEFORE.test(beforeAux) && NOUN_AFTER_ADJECTIVE.test(next)) continue;
    const modifier =
      participle &&
      info.entry.kind === 'stance' &&
      info.entry.needs === 'nothing' &&
      !/,\s*$/.test(beforeAux) &&
      !PREPOSITION_BEFORE_PARTICIPLE.test(beforeAux) &&
      !VERB_BEFORE_PARTICIPLE.test(beforeAux)
        ? groupBefore(view, cueStart)
        : null;
    // "with financial backing from donors", "some mocking.": a participle with no object is a noun or stands alone.
    if (modifier && PARTICIPLE_WITHOUT_OBJECT.test(next)) continue;
    // "a new poll showing Lee ahead", "polls that show him leading": a document right before a finding's participle
    // or its relative pronoun reports it, inside the sentence's clause.
    const document = documentBefore(view, cueStart, beforeAux, info.entry, participle);
    if (document) {
      out.push({
        cue: `${document.text} ${view.text.slice(cueStart, verbEnd).trim()}`,
        cueStart: document.start,
        cueEnd: verbEnd,
        subjects: finishSubjects(view, document),
        kind: 'data',
        tail: false,
        embedded: true,
        attribution: info.entry.kind,
      });
      continue;
    }
    // "with 30 percent of voters saying ...", "with Sen. Lee telling reporters ...": the phrase after "with" is the
    // participle's own subject.
    const withSubject =
      participle && !modifier && info.entry.needs !== 'document-subject' ? absoluteSubject(view, cueStart) : null;
    if (
      participle &&
      !modifier &&
      !withSubject &&
      (info.entry.needs === 'document-subject' ||
        info.entry.needs === 'about-or-of' ||
        !(/,\s*$/.test(beforeAux) || commaInQuote(view, cueStart) || afterPreposition))
    )
      continue;
    const pastForm =
      /(?:ed|wn|id|ld|te|ht|nd|ght|lt|ew)$/.test(verb.split(/\s/)[0] ?? verb) || PARTICIPLE_ONLY_FORMS.has(verb);
    // ("were written", "was spoken": a participle in -en after "be")
    const passive =
      info.form === 'finite' &&
      ((pastForm && (hasBe || PASSIVE_BEFORE.test(beforeAux) || AGENT_AFTER.test(next))) ||
        (hasBe && /en$/.test(verb)));
    // "a measure opposed by unions", "when asked by a reporter whether": a passive with its agent attributes to the
    // agent, beside the sentence's own cue. ("planes now increasingly preferred by airlines": a participle with its
    // agent is passive; "said by phone" is not.)
    // "a novel written by Ann Lowe", "the words spoken by the host": a participle that is never a past tense, after
    // the noun it describes, names who made the thing, not whose words the sentence gives.
    if (passive && auxText === '' && PARTICIPLE_ONLY_FORMS.has(verb)) continue;
    // ("a history of the bridge, told through its storms": a verb that takes its hearer, after a comma and with a
    // preposition where the hearer would be, is a participle describing a thing told.)
    if (info.entry.hearer && auxText === '' && /,\s*$/.test(beforeAux) && HEARER_WANTED.test(next)) continue;
    // ("a website maintained by the agency", "a trend observed by sailors": a verb that reports only with a clause,
    // as a participle after its noun, is in its other sense; "as reported by", "a win claimed by", "a video posted
    // by" keep their agents.)
    if (
      passive &&
      auxText === '' &&
      !hasBe &&
      info.entry.needs === 'clause' &&
      !info.entry.besideObject &&
      info.entry.base !== 'post'
    )
      continue;
    if (passive) {
      // A hearer verb's passive ("he was told by X to go") is left out for now: its agent is mostly a long titled
      // name ("by former National Security Adviser J. Doe") that noun-phrase.ts does not yet split (seed bench 7a664).
      const agent =
        info.entry.kind === 'intention' || info.entry.hearer ? null : passiveAgent(view, verbEnd, info.entry);
      if (agent)
        passives.push({
          cue: view.text.slice(cueStart, agent.start).trim(),
          cueStart,
          cueEnd: agent.start,
          subjects: finishSubjects(view, agent),
          kind: 'agent',
          tail: false,
          embedded: true,
          attribution: info.entry.kind,
        });
      continue;
    }
    if (info.form === 'base' && /(?<![\p{L}])(?:to)\s+$/u.test(beforeAux)) continue;
    // "The senator is back", "the plan was support for ...": a plain form after "be" is no verb.
    if (info.form === 'base' && hasBe && !carrier) continue;
    // "who's viewed as": a contracted "is" before an "as" verb is passive; so is it before any participle and "as"
    // ("it’s described as the cause").
    if (info.entry.needs === 'as' && /^['\u2019]s\s/u.test(auxText)) continue;
    if (/^['\u2019]s\s/u.test(auxText) && info.form === 'finite' && /ed$/.test(verb) && /^\s+as\s/u.test(next))
      continue;
    // "goes back", "gave it back": the plain "back" is mostly an adverb; its other forms take a stance.
    if (info.entry.base === 'back' && info.form === 'base') continue;
    // "Ivo Brand, accused of fraud, resigned": "accused" right before "of" has no object; it is the passive
    // participle, and the phrase before it is the accused.
    // ("whom she had accused of", "who he accused of": after a subject pronoun or "had", the object was moved.)
    if (
      info.entry.base === 'accuse' &&
      /^accused$/i.test(verb) &&
      /^\s+of\s/u.test(next) &&
      !ACTIVE_BEFORE.test(beforeAux)
    )
      continue;
    // "two Harlow suspects without charge", "forecasts from analysts": the -s form of a verb of belief before a
    // preposition, a relative pronoun or a verb is its plural noun.
    if (
      info.entry.kind === 'belief' &&
      info.entry.needs === 'nothing' &&
      /s$/.test(verb) &&
      info.form === 'finite' &&
      NOUN_AFTER_BELIEF_PLURAL.test(next) &&
      !PRONOUN_SUBJECT_BEFORE.test(beforeAux)
    )
      continue;
    // "an express ferry service", "an express lane": "express" before a service's noun is its adjective.
    if (info.entry.base === 'express' && info.form === 'base' && EXPRESS_SERVICE.test(next)) continue;

    let cueEnd = verbEnd;
    if (info.entry.hearer) {
      const hearer = HEARER.exec(next);
      // ("told Dutch radio", "told Norwegian minister Ola Vik": a nationality alone is no hearer's name)
      const nationality = hearer !== null && isDemonym(hearer[1] ?? '');
      if (hearer && !nationality) cueEnd = verbEnd + hearerLength(hearer[0], next);
      else if (!hearer && TELLS_STORY.test(next)) continue;
    }
    const restAfter = ahead(view, cueEnd);

    let subject: SourcePhrase | null = null;
    let afterBoundary = false;
    let inverted = false;
    titled ??= withTitlesRead(view);
    const before = participle ? null : subjectBefore(titled, cueStart);
    // "..., but said", "became a delegate and said": no phrase before the coordinator is the verb's subject.
    const noSubject =
      before === null ||
      (before !== 'empty' &&
        !RELATIVE_SUBJECT.test(before.mention.text) &&
        !parseNounPhrase(before.mention.text).valid &&
        !isElidedCount(view, before.mention));
    // "the toll, which Lee had called a scandal and vowed to end": a verb coordinated with a cue of a relative
    // clause, in one stretch with no comma, shares that cue's subject, not the sentence's.
    // ("Zentro cut 40 jobs (the company would not say how many but called it small)": so does a verb coordinated
    // with a cue inside the same brackets.)
    const bracket = view.masked.lastIndexOf('(', cueStart);
    const inBrackets = bracket >= view.start && !view.masked.slice(bracket, cueStart).includes(')');
    const shared =
      noSubject && COORDINATED_VERB.test(beforeAux)
        ? out.findLast(
            (c) =>
              (c.embedded || (inBrackets && c.cueStart > bracket)) &&
              c.cueEnd <= cueStart &&
              !/[,;:]/.test(view.masked.slice(c.cueEnd, cueStart)),
          )
        : undefined;
    if (modifier) {
      subject = modifier;
    } else if (shared?.subjects[0]) {
      subject = shared.subjects[0];
    } else if (withSubject) {
      subject = withSubject;
    } else if (
      participle ||
      (noSubject && COORDINATED_VERB.test(beforeAux)) ||
      // "Lowe offered the skipper a post as Harbour Master, then says ...": a second verb of the subject.
      (/^then\s/.test(auxText) && /,\s*$/.test(beforeAux))
    ) {
      // "A few crews have arrived, two officials told Reuters, adding that ...": a participle right after a reporting
      // clause that ends the sentence's content reports for that clause's one subject, not for the content's.
      const reporting = participle ? [...out].reverse().find((c) => c.cueEnd <= cueStart) : undefined;
      const said = reporting?.tail && reporting.subjects.length === 1 ? reporting.subjects[0] : undefined;
      const saidEnd = said ? Math.max(said.end, reporting?.cueEnd ?? 0) : -1;
      // (Its cue stays the reporting clause's: the participle adds to it, it closes nothing.)
      if (said && saidEnd <= cueStart && /^\s*,\s*$/.test(view.text.slice(saidEnd, cueStart))) {
        subject = said;
      } else {
        // ", saying ..." and "It did not reveal the location and said ...": the subject of the sentence.
        const topic = findTopic(view, true);
        // "Since naming his first mate, Brand has gained": an opening participle's subject comes after it.
        if (
          !topic ||
          (topic.end > cueStart && !(afterPreposition && clauseBefore(view, cueStart) === beforeAux.trim()))
        )
          continue;
        // "The row began when farm workers interrupted her, shouting ...": the nearest clause's subject, unless the
        // sentence's own verb reports ("Lee said ..., adding").
        const nearer =
          participle && !out.some((c) => c.cueStart < cueStart) ? nearerSubject(view, topic.end, cueStart) : null;
        // "The fracas grew, with Lee calling it a farce" aside, a thing opening the sentence takes no stance and holds
        // no view: "The plan stalled, drawing criticism" is no one's.
        if (info.entry.kind !== 'speech' && participle && !isAgent(parseNounPhrase((nearer ?? topic).text))) continue;
        subject = nearer ?? topic;
        afterBoundary = true;
      }
    } else if (before === 'empty') {
      if (!invertibleForm(info) || info.entry.hearer) continue;
      subject = subjectAfter(view, verbEnd);
      // "..., say experts": a plural present form wants a plural subject after it, and a phrase, not an instruction
      // to the reader ("During tours, ask your guests to leave a review", "So, ask your partners for targets").
      // ("They fix engines, write clear manuals, and explain repairs": a plain form between commas before the list's "and",
      // with a thing after it, is one more verb of the list, and the thing its object.)
      if (
        subject &&
        info.form === 'base' &&
        (!parseNounPhrase(subject.text).plural ||
          INFINITIVE_INSIDE.test(subject.text) ||
          READERS_OWN.test(subject.text) ||
          (VERB_LIST_GOES_ON.test(view.masked.slice(subject.end, view.end)) && !isAgent(parseNounPhrase(subject.text))))
      )
        subject = null;
      inverted = true;
      afterBoundary = true;
      if (subject) cueEnd = verbEnd;
    } else {
      // "The contrast, said Ann Doyle, is clear", "..., or offices, said DeSantis": a name after the verb, closed
      // by a comma or the sentence end, is the inverted subject; the phrase before the comma is none.
      const invertible = invertibleForm(info) && !info.entry.hearer && /,\s*$/.test(beforeAux);
      const after = invertible ? subjectAfter(view, verbEnd) : null;
      // ("..., said army spokesperson Ivo Brand": a lower-case role before the name)
      const afterFirst = after ? parseNounPhrase(after.text.split(/\s+and\s+/)[0] ?? '') : null;
      // ("..., says the Harlow Health Board": a body's name after its article)
      const named =
        after !== null &&
        afterFirst?.proper === true &&
        (/^\p{Lu}/u.test(after.text) ||
          (afterFirst.kind === 'organization' && /^the\s+\p{Lu}/u.test(after.text)) ||
          (afterFirst.kind === 'person' &&
            afterFirst.title !== null &&
            !isOpeningFunctionWord(after.text.split(/\s+/)[0] ?? '')));
      // A subject found only as the phrase opening the clause gives way to any phrase after the verb: "The firm
      // lobbied on gaming, taxes and trade, said lobbyist Ann Ray".
      const thenEnd = after !== null && NAME_THEN_END.test(view.masked.slice(after.end, view.end));
      // "Lee's former manager, Ann Ray, said the man who replaced him, Tom Hale, should go": a named person who opens
      // the sentence, with what describes them, is the subject; the name after the verb is what she spoke of.
      const namedOpener =
        before !== null &&
        !before.afterBoundary &&
        parseNounPhrase(before.mention.text).proper &&
        parseNounPhrase(before.mention.text).kind === 'person' &&
        before.mention.role !== null;
      // "The cost, said the mayor, is too high", "The cost, say officials, is", "The plan, says the report, will": a
      // report set between commas inside the sentence, after the phrase that opens it; the phrase after its verb
      // speaks, named or not. (Not "Aides to Lee, who ran, said their speeches, already long, would": a clause
      // before the verb, which the name before it governs.)
      const setBetween =
        after !== null &&
        /^\s*,\s*(?!(?:and|or|but)\s)\p{L}/u.test(view.masked.slice(after.end, view.end)) &&
        view.masked.slice(view.start, cueStart).split(',').length === 2;
      if (after && thenEnd && (named || before?.described || setBetween) && !namedOpener) {
        subject = after;
        inverted = true;
        afterBoundary = true;
      } else if (before && !noSubject) {
        subject = before.mention;
        afterBoundary = before.afterBoundary;
      } else if (info.entry.kind === 'speech' && !RELATIVE_BEFORE.test(beforeAux)) {
        // ("The court upheld a ruling by a judge who found": a relative pronoun before the verb stands for the phrase
        // before it, read below.)
        subject = postModifiedSubject(view, cueStart);
      } else {
        // "Voters looking for an outsider supported Ross", "most senators surveyed favor it": as for speech, but
        // only people or bodies hold views.
        subject = relativeSubject(view, cueStart) ?? commonAgent(postModifiedSubject(view, cueStart));
      }
    }
    // "individuals who claim": a relative pronoun right before the verb is its subject.
    const relative =
      subject === null && !participle && info.entry.kind === 'speech' ? RELATIVE_BEFORE.exec(beforeAux) : null;
    if (relative?.[1]) {
      const at = cueStart - relative[0].length + (relative[0].length - relative[0].trimStart().length);
      subject = makeMention({ start: at, end: at + relative[1].length, text: relative[1] });
    }
    // "The changes, which officials said will start in May": the phrase between the pronoun and the verb says it,
    // not the phrase the relative clause describes.
    const gap = !participle && info.entry.kind !== 'intention' ? gapSubject(view, cueStart, verbEnd) : null;
    if (gap) {
      subject = gap;
      inverted = false;
      afterBoundary = false;
    }
    if (!subject) continue;
    // "When Tarn's President Ana Lowe announced the deal, she said ...": a pronoun after an opening clause whose
    // subject is a person's name is that person.
    if (/^(?:he|she)$/i.test(subject.text)) subject = openingClauseName(view, subject) ?? subject;
    // "President Ivo Brand, who claimed ...": the relative pronoun stands for the phrase before it.
    const antecedent = RELATIVE_SUBJECT.test(subject.text);
    const withWho = !antecedent && WHO_BEFORE.test(`${subject.text} `);
    if (antecedent) subject = relativeAntecedent(view, subject.start, info.entry.kind === 'speech');
    else if (withWho) {
      // ("The inquiry quotes several clerks who said": the phrase after the clause's verb)
      const bare = withoutWho(subject);
      subject = PRESENT_INSIDE.test(bare.text)
        ? relativeAntecedent(view, subject.start + subject.text.search(/(?:who|which)$/u))
        : apposedName(view, bare);
    }
    if (!subject) continue;
    // ("a lab that runs estimates like these": a bare plural after a relative pronoun, before a singular verb, is the
    // clause's own verb)
    if (
      /[^s]s$/.test(verb.split(/\s/)[0] ?? verb) &&
      VERB_AFTER_RELATIVE.test(view.masked.slice(windowStart(view, subject.start), subject.start)) &&
      bareNonAgent(subject)
    )
      continue;
    // ("Several jurors questioned after the verdict believed ...": a court's words believe and intend nothing; the
    // phrase is the end of a longer subject)
    if ((info.entry.kind === 'belief' || info.entry.kind === 'intention') && isCourtWord(subject.text)) continue;
    // "On Tuesday the council said", "In 2019 the mayor said": a time fronted without a comma is no part of the
    // subject.
    const time = leadingTimeLength(subject.text);
    if (time > 0 && time < subject.text.length)
      subject = { ...subject, start: subject.start + time, text: subject.text.slice(time) };
    // "That means people who use it want ...": a clause of a pronoun and its verb opens the phrase, the subject after.
    const opening = PRONOUN_CLAUSE_OPENING.exec(subject.text);
    if (opening && opening[0].length < subject.text.length)
      subject = { ...subject, start: subject.start + opening[0].length, text: subject.text.slice(opening[0].length) };
    // "His crew disputes harbour reports he ...": a verb inside a phrase that reads as a subject ends the subject
    // there; not where the phrase stands for a relative pronoun or stands apart from the verb ("A jury found Lee,
    // who alleged"), nor where another cue's verb is inside it (the words after that verb are what it reports).
    const apart = subject.end > cueStart || /[,;:(\u2014\u2013]/.test(view.text.slice(subject.end, cueStart));
    const inner = relative || antecedent || apart ? -1 : innerVerbStart(subject.text);
    const whole = subject;
    if (
      inner > 0 &&
      parseNounPhrase(subject.text).valid &&
      !out.some((c) => c.cueEnd > whole.start && c.cueEnd <= whole.end)
    )
      subject = { ...subject, end: subject.start + inner, text: subject.text.slice(0, inner) };
    // "The first song I wrote was ...", "Today they said": a subject pronoun after other words is the subject, the
    // words before it a phrase the clause describes or a time.
    const pronoun = TRAILING_PRONOUN.exec(subject.text);
    if (pronoun?.[1] && !apart) {
      const at = subject.text.length - pronoun[1].length;
      subject = { ...subject, start: subject.start + at, text: subject.text.slice(at) };
    }
    // "I enjoy the new tram map and I think ...": the words before "and I" are a clause of their own (a subject
    // pronoun and more), or a thing that clause was about; the pronoun alone is the subject ("my wife and I think"
    // is two people, "the team and I" a team).
    const joined = JOINED_FIRST_PERSON.exec(subject.text);
    const thing = joined?.[1] ? subject.text.slice(0, joined.index) : '';
    const ownClause =
      PRONOUN_LED.test(thing) || (/^(?:the|a|an|this|that)\s/i.test(thing) && isUnlistedThing(parseNounPhrase(thing)));
    if (joined?.[1] && !apart && ownClause) {
      const at = subject.text.length - joined[1].length;
      subject = { ...subject, start: subject.start + at, text: subject.text.slice(at) };
    }
    // "I sure believed", "I teach at a school and strongly believe": a subject pronoun before an adverb or before words of
    // its own clause is the subject alone ("He and his aides said" is a pair); an -s form after "I made quick" is a
    // noun.
    const led = PRONOUN_LED.exec(subject.text);
    if (led?.[1] && !apart) {
      if (info.form === 'finite' && PLURAL_LIKE_FORM.test(verb) && !/^(?:he|she)$/i.test(led[1])) continue;
      const rest = subject.text.slice(led[0].length);
      // ("they often handle stress": the pronoun's own verb after the adverb, the cue word its object)
      if (ADVERB_AFTER_PRONOUN.test(rest) && !ADVERBS_ONLY.test(rest) && !endsInCoordinator(subject.text)) continue;
      if (endsInCoordinator(subject.text) || ADVERB_AFTER_PRONOUN.test(rest))
        subject = { ...subject, end: subject.start + led[1].length, text: led[1] };
    }
    // "The workshop runs for two days and aims to": words ending in a coordinator are a clause of their own, whose
    // subject was not found.
    if (endsInCoordinator(subject.text)) continue;
    // "Lowe plays a stubborn engineer who wants", "as he watches his sister leave": a name and its present
    // verb are a clause; the phrase after the verb is the subject, right before the cue (further off, none is).
    const clause = NAME_VERB_OBJECT.exec(subject.text);
    if (clause?.[1]) {
      if (apart) continue;
      const at = subject.text.length - clause[1].length;
      subject = { ...subject, start: subject.start + at, text: clause[1] };
    }
    const parsed = parseNounPhrase(subject.text);
    if (!parsed.valid && isElidedCount(view, subject)) subject = { ...subject, count: true };
    else if (!parsed.valid || NOT_A_SUBJECT.test(subject.text)) continue;
    // "the researchers found that ...", "He found that ...", "Gallup found that ...": a finding reported with its
    // clause, by anyone but a named person; "A Keystone Research Poll shows" is a document by its head noun.
    const namedDocument = parsed.proper && DOCUMENT_NOUNS.has(parsed.headLower);
    // ("Rents rose 12 percent, the Harlow Institute found.", "..., researchers found.": a body or a group that closes
    // the sentence with its finding.)
    const trailingFinding =
      info.entry.base === 'find' &&
      afterBoundary &&
      !parsed.pronoun &&
      !/^(?:I|we|you)$/i.test(subject.text) &&
      isAgent(parsed) &&
      FINDING_END.test(restAfter);
    if (
      info.entry.needs === 'document-subject' &&
      parsed.kind !== 'document' &&
      !namedDocument &&
      ((parsed.proper && parsed.kind === 'person') || !(CLAUSE_MARKER.test(next) || trailingFinding))
    )
      continue;
    // "the vote confirmed a mandate", "the scheme promises to", "the course emphasizes writing": a thing of no known
    // kind takes no stance, holds no view or aim and stresses nothing (it may still "say" or "show").
    // (A noun for someone not in the lists, "the caterer", "the couple", still holds a view.)
    if (info.entry.kind === 'stance' && isUnlistedThing(parsed)) continue;
    // ("These tools support shared builds", "The company's plans call for", "today's technologies strive to": things
    // made or planned, many as they are, take no stance and aim at nothing.)
    if (
      (info.entry.kind === 'stance' || info.entry.kind === 'intention') &&
      !parsed.proper &&
      MADE_THINGS.has(parsed.headLower)
    )
      continue;
    if (
      (info.entry.kind !== 'speech' || THING_DESCRIBING_VERBS.has(info.entry.base)) &&
      isUnlistedThing(parsed) &&
      !PERSON_LIKE_HEAD.test(parsed.headLower) &&
      !COLLECTIVE_HEADS.has(parsed.headLower) &&
      !(NAME_INSIDE.test(subject.text) && !PREPOSITION_INSIDE.test(subject.text))
    )
      continue;
    if (info.entry.agent && !isAgent(parsed)) continue;
    // "the official said Harlow privately expressed doubt": a subject holding another cue's verb is no phrase;
    // the words after that verb are what it reports.
    if (out.some((c) => c.cueEnd > subject.start && c.cueEnd <= subject.end)) continue;
    // "statements condemning the attack": what a document says is found with its verb ("the statement said").
    if (modifier && parsed.kind === 'document') continue;
    // "Last year's count found 640": a time owns no data; the sentence reports a figure.
    if (parsed.kind === 'document' && parsed.possessor && TIME_POSSESSOR.test(parsed.possessor)) continue;
    // ("Reyes’ support grew": a plural's or a name's possessive owns the noun after it; it is no subject.)
    if (/s['\u2019]$/u.test(subject.text)) continue;
    // A plural present form wants a plural subject: "analysts question", not "answer questions".
    if (info.form === 'base' && !parsed.plural && !parsed.pronoun && !auxText.trim()) {
      if (!(parsed.proper && /s$/.test(parsed.head)) && !takesPluralVerb(subject.text)) continue;
    }
    // "One reason Harlow keeps its riders": "one" alone is singular, whatever kind of phrase it reads as.
    if (info.form === 'base' && /^one$/i.test(subject.text) && !auxText.trim()) continue;
    // ("It links the web and objects.": a verb joined by "and" to the one before reports no clause before it.)
    const coordinated = noSubject && COORDINATED_VERB.test(beforeAux);
    const tail =
      afterBoundary &&
      !coordinated &&
      !antecedent &&
      !withWho &&
      (inverted || TAIL_REST.test(restAfter) || closesTail(view, subject, verb, restAfter, info.entry.object === true));
    // "But, Lowe added, the fares were too high": a cue set off by commas after nothing but a connective reports
    // the clause after it.
    const afterConnective =
      !tail &&
      /^\s*,/.test(next) &&
      onlyConnectives(view.masked.slice(view.start, subject.start)) &&
      CLAUSE_MARKER.test(next.replace(/^\s*,\s*/, ''));
    // "when a reporter asked Lee about the delay": a question put on a topic reports nothing alone, but its asker
    // speaks beside the sentence's other cue ("..., the manager said he would wait").
    const unmet =
      info.entry.needs === 'clause' &&
      !tail &&
      !afterConnective &&
      !CLAUSE_MARKER.test(next) &&
      !(info.entry.object && OBJECT_THEN_CLAUSE.test(next)) &&
      !(info.entry.orAs && SEEN_AS.test(next)) &&
      !(info.entry.orWith && WITH_OBJECT.test(next) && isAgent(parsed)) &&
      // "Police reported 906 attacks", "Marrow Bank reported a 12 percent rise", "The survey reported 40 cases": a
      // person, a body or a document that reports a figure gives it as theirs.
      !(
        info.entry.base === 'report' &&
        info.form === 'finite' &&
        !PLURAL_LIKE_FORM.test(verb) &&
        !/(?<![\p{L}])having\s+$/u.test(beforeAux) &&
        FIGURE_OBJECT.test(next)
      );
    // So does a person or body whose verb has a plain object where its clause would be ("when a pediatrician
    // reported high lead levels, the state admitted ..."), in the past only: its plain and -s forms there are
    // mostly nouns ("a state senator", "that 2013 report", "Lee's remarks about", "in many states").
    const question =
      unmet &&
      ((info.entry.object === true && OBJECT_THEN_ABOUT.test(next)) ||
        (info.entry.besideObject === true &&
          info.form === 'finite' &&
          !PLURAL_LIKE_FORM.test(verb) &&
          isAgent(parsed) &&
          !POSSESSIVE_END.test(subject.text)));
    if (unmet && !question) continue;
    // ("add fuel charges when", "hotels charge by the night": a charge is laid with "that", a colon or a quote)
    if (
      info.entry.thatOnly &&
      !THAT_OR_QUOTE.test(next) &&
      !QUOTE_CLOSED_BEFORE.test(view.masked.slice(view.start, subject.start))
    )
      continue;
    if (
      info.entry.needs === 'clause-or-to' &&
      !tail &&
      !(info.entry.orWith && WITH_OBJECT.test(next) && isAgent(parsed)) &&
      ((!CLAUSE_MARKER.test(next) && !INTENTION_MARKER.test(next) && !GAPPED_MODAL.test(next)) || TO_THING.test(next))
    )
      continue;
    if (info.entry.needs === 'for-or-quote' && !CALL_MARKER.test(next)) continue;
    if (
      info.entry.needs === 'as-or-quote' &&
      !tail &&
      !AS_MARKER.test(next) &&
      !(info.entry.speakerObject && parsed.kind !== 'document' && !isUnlistedThing(parsed))
    )
      continue;
    if (info.entry.needs === 'to-or-that' && !INTENTION_MARKER.test(next)) continue;
    if (info.entry.needs === 'about-or-of' && !ABOUT_MARKER.test(next)) continue;
    // "The firm boasts a reputation as …", "All boast median incomes of": to boast of a thing one has says nothing;
    // a boast is told with a clause, a quote, "of" or "about".
    if (info.entry.base === 'boast' && !tail && !CLAUSE_MARKER.test(next) && !ABOUT_MARKER.test(next)) continue;
    if (info.entry.needs === 'as' && !SEEN_AS.test(next)) continue;
    if (info.entry.base === 'back' && BACKED_AWAY.test(next)) continue;
    if (info.entry.base === 'question' && ASKED_PERSON.test(next)) continue;
    // "and all told Zentro shipped 8,000 crates": "all told" is "in all", no telling.
    if (info.entry.base === 'tell' && /^all$/i.test(subject.text)) continue;
    // ("As research continues, ...", "While the talks continue, ...": going on, no words, in a clause that opens the
    // sentence.)
    if (info.entry.base === 'continue' && SUBORDINATE_START.test(view.masked.slice(view.start, subject.start).trim()))
      continue;
    // ("a show and tell", "will show and tell": a game of showing, no telling)
    if (info.entry.base === 'tell' && /(?<![\p{L}])show\s+and\s+$/iu.test(beforeAux)) continue;
    const inside = pronounInsideClause(view, subject);
    // "Lee has said he doesn't mean to sail", "Lee told us that her client had not meant ...": after a verb of
    // speech, the phrase is inside what that verb reports.
    if (held && (inside || speechBefore(view, subject.start))) continue;
    if (inside && CONTENT_NOUN_BEFORE.test(view.masked.slice(windowStart(view, subject.start), subject.start)))
      continue;
    const subjects = finishSubjects(view, subject);
    const isData = parsed.kind === 'document';
    const verbPhrase = view.text.slice(cueStart, cueEnd).trim();
    // A data cue keeps its subject ("the data shows"), without the appositions in between.
    const cueText = isData && subject.end <= cueStart ? `${subject.text} ${verbPhrase}` : verbPhrase;
    const cueFrom = isData ? Math.min(subject.start, cueStart) : cueStart;
    (modifier ? modifiers : question ? questions : out).push({
      cue: cueText,
      cueStart: cueFrom,
      cueEnd,
      subjects,
      kind: isData ? 'data' : 'verb',
      tail,
      // ("Lowe said the visit convinced her the board still believed ...": a view held inside what a verb of
      // speech reports is part of the report.)
      embedded:
        question ||
        (!tail &&
          (relative !== null ||
            // ("The skipper who steered the boat said he would appeal": the relative clause's verb is not the
            // sentence's.)
            antecedent ||
            withWho ||
            gap !== null ||
            SUBORDINATE_START.test(clauseBefore(view, cueStart)) ||
            inside ||
            (info.entry.kind !== 'speech' && speechInStretch(view, subject.start)))),
      contrast: !tail && !modifier && relative === null && CONTRAST_START.test(clauseBefore(view, cueStart)),
      attribution: info.entry.kind,
      ...(question ? { aside: true as const } : {}),
    });
  }
  // "Clinton has since apologized: '...'": a clause whose subject is a name or a pronoun, then a colon and a quote.
  if (out.length === 0) {
    COLON_QUOTE.lastIndex = 0;
    const colon = COLON_QUOTE.exec(sentence);
    const topic = colon ? findTopic(view) : null;
    const at = view.start + (colon?.index ?? 0);
    // 'Ortiz: "We will win."': a name alone before the colon, opening the sentence, labels what its bearer said.
    const label =
      topic !== null &&
      topic.end === at &&
      view.masked.slice(view.start, topic.start).trim() === '' &&
      parseNounPhrase(topic.text).proper &&
      parseNounPhrase(topic.text).kind === 'person' &&
      SPEAKER_LABEL.test(topic.text);
    if (colon && topic && (topic.end < at || label)) {
      const p = parseNounPhrase(topic.text);
      // The cue is the verb phrase that introduces the quote, at most its first four words; the colon itself where
      // there is none ("Ortiz: …", and "Ortiz : …" spaced before the colon as French is).
      const introduces = view.text.slice(topic.end, at).trim();
      // ("It's also funny: '...'": "it", with its verb written on or not, says nothing; the text quotes on its own)
      if (
        p.valid &&
        ((p.pronoun && p.pronoun !== 'it') || (p.proper && !isNonName(topic.text))) &&
        !clauseBefore(view, at).includes(QUOTE_MASK)
      )
        out.push({
          cue: label || introduces === '' ? ':' : introduces.split(/\s+/).slice(0, 4).join(' '),
          cueStart: topic.end,
          cueEnd: at + 1,
          subjects: finishSubjects(view, topic),
          kind: 'verb',
          tail: false,
          embedded: false,
          attribution: 'speech',
        });
    }
  }
  // "Lee leads by 9 points in the latest Harlow poll": a figure in a poll is the poll's. "In a Harlow poll, 38
  // percent said ...": what respondents say in a poll the poll reports too, beside them.
  const standing = POLL_STANDING.test(sentence);
  if (standing || out.some((c) => !c.embedded)) {
    IN_POLL.lastIndex = 0;
    for (let m = IN_POLL.exec(sentence); m; m = IN_POLL.exec(sentence)) {
      // ("some of the boats in this spring's count sank, Lowe said": with no figure, a poll inside the words reported
      // before their cue is the words', unless it opens a clause; "Most said ... in a survey" still reports them)
      const speaker = out.find((c) => !c.embedded);
      const inside = speaker !== undefined && view.start + m.index < speaker.cueStart;
      if (!standing && inside && !CLAUSE_OPENING_BEFORE.test(sentence.slice(0, m.index))) continue;
      const text = m[1] ?? '';
      const p = parseNounPhrase(text);
      if (!p.valid || p.kind !== 'document' || !isNounPhrase(text)) continue;
      const cueStart = view.start + m.index;
      const start = cueStart + m[0].length - text.length;
      out.push({
        cue: view.text.slice(cueStart, cueStart + 2),
        cueStart,
        cueEnd: cueStart + 2,
        subjects: finishSubjects(view, makeMention({ start, end: start + text.length, text })),
        kind: 'according',
        tail: false,
        embedded: false,
        attribution: 'speech',
      });
      break;
    }
  }
  // "Asked by a reporter whether ..., Lee said": the one who asked speaks too, beside the one who answers.
  if (out.length > 0)
    out.push(
      ...askedBy(view, sentence).filter((c) => !passives.some((p) => p.cueStart === c.cueStart)),
      ...passives,
      // An asker who is already another cue's subject is listed once.
      ...questions.filter((q) => !out.some((c) => c.subjects.some((m) => m.start === q.subjects[0]?.start))),
    );
  // "The plan was first reported by the Star", "He was asked by a reporter if ...": a speech verb's agent speaks
  // even where nothing else in the sentence reports ("was asked by police to leave" is a request, no report).
  else
    out.push(...passives.filter((p) => p.attribution === 'speech' && !REQUEST_AFTER_AGENT.test(afterAgent(view, p))));
  // "The group claimed responsibility for the blast": the deed claimed reports where nothing else in the sentence
  // does (beside a verb of speech, "…, but police said", the verb's object makes the group speak beside it).
  if (out.length === 0)
    out.push(
      ...phraseCues(
        view,
        sentence,
        CLAIMED_DEED,
        'speech',
        (m) => m.replace(/\s+for$/, ''),
        // ("No group has claimed responsibility": nobody claims anything.)
        (p, text) => p.kind !== 'document' && p.pronoun !== 'it' && !/^(?:no|none|nobody|neither)\b/i.test(text),
      ),
    );
  if (out.length === 0) out.push(...findStateCues(view, sentence));
  else out.push(...possessedCues(view, sentence, true).filter((c) => !out.some((o) => o.cueStart === c.cueStart)));
  // A group's stance named in passing ("a group backing the mayor") attributes the sentence only when nothing else
  // does: its phrase is no subject of the sentence, so it stays out of the sources of the sentence's own claim.
  if (out.length === 0) out.push(...modifiers.map((c) => ({ ...c, embedded: true })));
  // "As promised, ...", "To estimate the cost, ...", "But that said, ...": a verb whose only subject is a
  // conjunction or a preposition has none; it reports for no one.
  // "Do they mention what they were looking for?": a question the writer asks reports no one's words; the verb
  // after its auxiliary and subject is the question's own.
  const question = YES_NO_QUESTION.test(sentence);
  const whQuestion = WH_QUESTION.test(sentence);
  const kept = out.filter(
    (c) =>
      (c.subjects.length === 0 || !c.subjects.every((m) => isOpeningFunctionWord(m.text))) &&
      !c.subjects.some((m) => genericOne(m, c)) &&
      !(question && QUESTION_CLAUSE.test(view.masked.slice(view.start, c.cueStart))) &&
      !(whQuestion && WH_QUESTION_CLAUSE.test(view.masked.slice(view.start, c.cueStart))),
  );
  kept.sort((a, b) => a.cueStart - b.cueStart);
  return kept;
}

/** "one" as anyone: with a modal ("as one would expect", "one might argue") or believing in the present ("one
 * hopes", "one expects"). "One said", one of a group named before, is someone. */
const MODAL_CUE = /^(?:would|could|might|may|can|should|must)\s/i;
const PRESENT_CUE = /^\p{Ll}+s$/u;
function genericOne(subject: SourcePhrase, cue: CueMatch): boolean {
  if (subject.text.toLowerCase() !== 'one') return false;
  return MODAL_CUE.test(cue.cue) || (cue.attribution !== 'speech' && PRESENT_CUE.test(cue.cue));
}

/** Where the agent after "by" ends: a clause boundary, or a word that opens what follows it ("asked by Lee
 * whether", "reported by the Times on Tuesday", "opposed by unions that ..."). */
const AGENT_END =
  /[,;:!?\u2014\u2013()]|\s(?:whether|if|about|on|over|why|what|how|to|for|in|at|during|after|before|since|last|this|who|whom|which|that|when|as|because|while|than)\s/u;
const AGENT_MAX_WORDS = 8;
/** An infinitive after a passive's agent: the agent asked for something ("asked by police to leave"). */
const REQUEST_AFTER_AGENT = /^\s+to\s/u;

/** The sentence's words after a passive cue's agent. */
function afterAgent(view: SentenceView, cue: CueMatch): string {
  const end = Math.max(cue.cueEnd, ...cue.subjects.map((m) => m.end));
  return view.text.slice(end, view.end);
}

/** A bare count ("39", "all but two"): the noun it counts is left out. */
const BARE_COUNT = new RegExp(
  `^(?:all\\s+but\\s+|only\\s+|just\\s+)?(?:\\d[\\d,]*|${[...SMALL_NUMBER_WORDS.keys(), ...TENS_WORDS.keys()].join('|')})$`,
  'iu',
);
/** A group counted or shared out earlier in the sentence: "520 delegates", "86 percent of voters", "half the
 * senators surveyed". */
const COUNTED_GROUP =
  /(?<![\p{L}\d])(?:\d[\d,]*(?:\.\d+)?\s*(?:%|percent\s+of|per\s+cent\s+of)?|[Hh]alf|[Mm]ost|[Aa]ll|[Mm]any|(?:a\s+)?majority\s+of)\s+(?:of\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,2}\p{Ll}+s(?![\p{L}])/u;

/** "520 delegates back Lee, 39 have said they back Hale", "Most senators favor it, and all but two said ...": a bare
 * count speaks for the group the sentence counted or shared out before it, its noun left out. */
function isElidedCount(view: SentenceView, subject: SourcePhrase): boolean {
  return BARE_COUNT.test(subject.text) && COUNTED_GROUP.test(view.masked.slice(view.start, subject.start));
}

/** The agent of a passive cue verb: "opposed by labor unions", "first reported by The Associated Press". */
function passiveAgent(view: SentenceView, verbEnd: number, entry: VerbEntry): SourcePhrase | null {
  const by = AGENT_AFTER.exec(ahead(view, verbEnd));
  if (!by) return null;
  const start = verbEnd + by[0].length;
  const rest = view.masked.slice(start, view.end);
  const end = AGENT_END.exec(rest);
  // A period ends the agent only at the sentence's end ("by Robert F. Kennedy").
  const text = view.text
    .slice(start, start + (end ? end.index : rest.length))
    .trimEnd()
    .replace(SENTENCE_END, '');
  if (!text || text.includes(QUOTE_MASK) || text.split(/\s+/).length > AGENT_MAX_WORDS) return null;
  const p = parseNounPhrase(text);
  if (!p.valid || p.pronoun === 'it' || !isNounPhrase(text) || NOT_A_SUBJECT.test(text)) return null;
  // "backed by evidence", "driven by fear", "backed by higher prices": only people and bodies hold a view or take a
  // stance.
  if ((entry.kind !== 'speech' || entry.agent) && !isAgent(p)) return null;
  return makeMention({ start, end: start + text.length, text });
}

/** The askers of a question put to the sentence's speaker ("Asked by Ann Ray whether ..."): cues of their own, inside
 * the clause of the answer. */
function askedBy(view: SentenceView, sentence: string): CueMatch[] {
  const out: CueMatch[] = [];
  ASKED_BY.lastIndex = 0;
  for (let m = ASKED_BY.exec(sentence); m; m = ASKED_BY.exec(sentence)) {
    const text = m[1] ?? '';
    const p = parseNounPhrase(text);
    if (!p.valid || p.pronoun || !isNounPhrase(text) || text.includes(QUOTE_MASK)) continue;
    const cueStart = view.start + m.index;
    const start = cueStart + m[0].length - text.length;
    out.push({
      cue: view.text.slice(cueStart, start).trim(),
      cueStart,
      cueEnd: start,
      subjects: finishSubjects(view, makeMention({ start, end: start + text.length, text })),
      kind: 'agent',
      tail: false,
      embedded: true,
      attribution: 'speech',
    });
  }
  return out;
}

/**
 * The cue that governs the sentence: a trailing one ("..., five officials told reporters") wins over verbs
 * inside the reported words ("The Vellmark navy believes ..., a senior navy official told reporters");
 * otherwise the first ("Foreign Minister Tomas Reed said ..., which he told the Courier ...").
 */
export function pickCue(cues: readonly CueMatch[]): CueMatch | null {
  const tails = cues.filter((c) => c.tail);
  return (
    tails[tails.length - 1] ??
    cues.find((c) => !c.embedded) ??
    cues.find((c) => c.kind !== 'agent' && !c.aside) ??
    cues.find((c) => !c.aside) ??
    cues[0] ??
    null
  );
}

/** "pleaded guilty to charges he planned to sink": a pronoun subject after other words of its clause opens a
 * complement clause, not the sentence's main one ("But he said" and "he said" do open it). */
function pronounInsideClause(view: SentenceView, subject: SourcePhrase): boolean {
  if (!parseNounPhrase(subject.text).pronoun) return false;
  const words = clauseBefore(view, subject.start).split(/\s+/).filter(Boolean);
  return words.some((w) => !CONNECTIVES.has(w.toLowerCase()));
}

/** The shares and collectives whose "of" takes a plural: "Sixty percent of voters", "a host of experts". */
const PLURAL_SHARES =
  'percent|half|third|thirds|quarter|quarters|majority|minority|plurality|number|array|handful|host|range|variety|couple|lot|series|slew|bunch';
/** Subjects that take the plain present form though their parse is singular: "I", two coordinated phrases
 * ("Forbes and Wealth-X say"), a count ("The two admit", "both say"), the plurals without an -s ("the women say"),
 * a plural before "like" ("critics like Dana Ortiz say") and a share or a collective of a plural ("Sixty percent of
 * voters say", "At least half of skippers in each port say", "a wide array of economists say"). */
const PLURAL_SUBJECT: readonly RegExp[] = [
  // The alternatives of one anchored pattern, each its own RegExp: those with \p{…} classes are compiled only on
  // the subjects that hold their words (lexicon.ts GuardedRegExp), not all on a page's first subject.
  /^(?:I|(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|both|all|several|many|few|[1-9][\d,]*)(?:\s.*)?)$/u,
  new GuardedRegExp('^.*\\p{L}\\s+(?:and|&)\\s+\\S.*$', 'u', hintOf(/\s(?:and|&)\s/)),
  new GuardedRegExp(
    '^(?:the\\s+)?(?:\\p{Ll}+\\s+){0,2}(?:men|women|people|children)$',
    'u',
    hintOf(/(?:men|people|children)$/),
  ),
  // "Data show", "the census data show", "Data from the ministry show": a mass noun that takes either form.
  /^(?:the\s+)?(?:[\w-]+\s+){0,2}data(?:\s+(?:from|of|by|on|in|released|published|compiled|collected)\s.*)?$/i,
  new GuardedRegExp(
    "^(?:[\\p{L}'\\u2019-]+\\s+){0,3}\\p{Ll}+s\\s+(?:like|such\\s+as|including)\\s.*$",
    'u',
    hintOf(/s\s+(?:like|such\s+as|including)\s/),
  ),
  new GuardedRegExp(
    `^(?:[\\p{L}\\d-]+\\s+){0,3}(?:${PLURAL_SHARES})\\s+of\\s+.*\\p{Ll}s(?:\\s+(?:in|at|from|across|with|of)\\s.*)?$`,
    'u',
    hintOf(new RegExp(`(?:${PLURAL_SHARES})\\s+of\\s`)),
  ),
];

function takesPluralVerb(text: string): boolean {
  const subject = text === 'I' ? text : text.charAt(0).toLowerCase() + text.slice(1);
  return PLURAL_SUBJECT.some((pattern) => pattern.test(subject));
}

/** People-like plurals outside the word lists ("forecasters", "physicians"). */
const PEOPLE_LIKE = /(?:ers|ors|ists|ians|ants|ents)$/;

/** A singular common-noun phrase whose head is in no vocabulary and does not name people: "the vote", "the ruling"
 * (a plural of no known kind, "rights organizations", may still be people). */
function isUnlistedThing(p: ReturnType<typeof parseNounPhrase>): boolean {
  if (p.proper || p.pronoun) return false;
  return !namesAgentOrDocument(p.headLower) && !p.plural;
}

/** Plural nouns of things made, offered or planned, never people: a stance or an aim is no such thing's. */
const MADE_THINGS = new Set(
  'tools systems programs programmes devices features products services technologies plans apps applications platforms gadgets machines'.split(
    ' ',
  ),
);
/** A head noun of people, a body or a document, listed or by its ending ("growers"). */
function namesAgentOrDocument(head: string): boolean {
  const one = singular(head);
  const listed = [PERSON_ROLE_NOUNS, GROUP_NOUNS, ORG_NOUNS, DOCUMENT_NOUNS, PARTY_MEMBERS].some(
    (set) => set.has(head) || set.has(one),
  );
  return listed || PEOPLE_LIKE.test(head);
}

/** A noun in lower case with no determiner that names no people, body or document: "boathouses", "traffic". */
function isBareThing(p: ReturnType<typeof parseNounPhrase>): boolean {
  if (p.proper || p.pronoun || p.determiner !== 'none' || p.modifiers.length > 0) return false;
  return !namesAgentOrDocument(p.headLower);
}

/** A person or a body: a personal pronoun, a name that is no document, or a head noun of people, groups or
 * organisations ("the mayor", "most growers", "the union"). */
export function isAgent(p: ReturnType<typeof parseNounPhrase>): boolean {
  if (p.pronoun) return p.pronoun !== 'it';
  if (p.kind === 'document') return false;
  if (p.proper) return true;
  const one = singular(p.headLower);
  return (
    // "the Kentucky Republican": a party's member is a person.
    [PERSON_ROLE_NOUNS, GROUP_NOUNS, ORG_NOUNS, PARTY_MEMBERS].some((set) => set.has(p.headLower) || set.has(one)) ||
    (p.plural && (PEOPLE_LIKE.test(p.headLower) || irregularPeoplePlural(p.headLower)))
  );
}

/** The phrase when it names people or a body by a common noun ("voters", "the council"), else null: a capitalised
 * phrase cut before a modifier may be a name cut short ("Lee and Ray of" before "neighboring Vellmark") or a plain
 * noun that opens the sentence ("Prices rising in May"). */
function commonAgent(phrase: SourcePhrase | null): SourcePhrase | null {
  if (!phrase) return null;
  // Read as if it did not open the sentence: "Growers" is "growers".
  const p = parseNounPhrase(phrase.text.charAt(0).toLowerCase() + phrase.text.slice(1));
  return !p.proper && isAgent(p) ? phrase : null;
}

/** The words from the last clause boundary up to `pos`. */
function clauseBefore(view: SentenceView, pos: number): string {
  const left = view.masked.slice(windowStart(view, pos), pos);
  let from = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(left); m; m = BOUNDARY.exec(left)) from = m.index + m[0].length;
  return left.slice(from).trim();
}

/** "The Ports Authority, Harlow and Tarnby did not respond to questions ...": the party and the phrase. */
export function findNonResponse(view: SentenceView): NonResponseMatch | null {
  const sentence = view.masked.slice(view.start, view.end);
  if (!NON_RESPONSE_HINT.test(sentence)) return null;
  const m = NON_RESPONSE.exec(sentence);
  if (!m) return null;
  const start = view.start + m.index;
  // "She also declined to comment": the party is before the adverbs.
  const before = subjectBefore(view, leftAuxiliaries(view, start));
  let party: SourcePhrase | null = before && before !== 'empty' ? before.mention : null;
  if (party && / and /.test(party.text)) {
    // A list "A, B and C": extend over earlier short segments.
    const segs = segments(view, view.start, party.start).filter((seg) => seg.text !== '');
    for (let i = segs.length - 1; i >= 0; i--) {
      const seg = segs[i];
      if (!seg || seg.text.split(/\s+/).length > 5 || !parseNounPhrase(seg.text).valid) break;
      party = { ...party, start: seg.start, text: view.text.slice(seg.start, party.end) };
    }
  }
  const parts = party?.text.split(/\s*,\s*|\s+and\s+/) ?? [];
  if (!parts.every((part) => parseNounPhrase(part).valid)) party = null;
  return { party, start, end: start + m[0].length };
}

// ---------------------------------------------------------------------------------------------------------
// Beliefs and intentions that no verb of verbs.ts carries: a state of mind after "be" ("The mayor is confident
// that ..."), a possessed noun with its content ("the senator's view that ...", "Her plan to ..."), and a verb in a
// relative clause with no comma ("voters who feel trapped").

/** A form of "be" (or a linking verb) with adverbs, then a state adjective and what it takes. */
const STATE_ADJECTIVE = new RegExp(
  `(?<![\\p{L}])(?:is|are|was|were|be|been|remains?|remained|feels?|felt|grew|grows?|became|becomes?)\\s+(?:(?:not|also|still|now|so|very|more|less|increasingly|\\p{Ll}+ly)\\s+){0,2}(${STATE_ADJECTIVES.map(
    (a) => `(?:${a.words.join('|')})\\s+(?:${a.before})(?![\\p{L}])`,
  ).join('|')})`,
  'gu',
);
/** A cheap first look for STATE_ADJECTIVE, true of every text it matches: an adjective after a space, then a word it
 * takes (no \p{…} class to compile: STATE_ADJECTIVE costs about a millisecond the first time it runs, and finds
 * nothing on most pages). */
const STATE_ADJECTIVE_HINT = new RegExp(
  `\\s(?:${STATE_ADJECTIVES.flatMap((a) => a.words).join('|')})\\s+(?:${STATE_ADJECTIVES.map((a) => a.before).join('|')})`,
);
/** A modal, auxiliary or adverb before the "be" of a state: "would be willing to", "has long been wary of". */
const STATE_AUX =
  /(?<![\p{L}])(?:(?:would|will|could|may|might|should|must|can|has|have|had|also|still|now|not|\p{Ll}+ly)\s+)+$/u;
/** The words a possessed cue noun may carry before it: "Lee's stated view", "the campaign's earlier claim". */
const CUE_NOUN_ADJECTIVES =
  'own|stated|long-held|latest|new|public|private|firm|repeated|earlier|recent|previous|continued|continual|persistent|renewed';
/** A day or a time between a cue noun and its content: "Brand's announcement Friday that ...". */
const CUE_NOUN_TIME =
  '(?:on\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this)\\s+(?:week|month|year)';
/** Each cue noun and the words that open its content ("view" -> that, to; "attack" -> on, of, against). */
const CUE_NOUN_OPENERS = new Map(CUE_NOUNS.flatMap((n) => n.words.map((w) => [w, new Set(n.before.split('|'))])));
const CUE_NOUN_WORDS = CUE_NOUNS.flatMap((n) => n.words).join('|');
const CUE_NOUN_OPENER_WORDS = [...new Set(CUE_NOUNS.flatMap((n) => n.before.split('|')))].join('|');
/** A possessed cue noun (or its plural) and its content: "Warren's view that", "his plan to", "the party's
 * decision to", "Lee's calls for". */
const CUE_NOUN = new RegExp(
  `(?<![\\p{L}])((?:(?:[Tt]he\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}\\p{Lu}[\\p{L}.-]*|[Tt]he\\s+\\p{Ll}+)['\\u2019]s?|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:(?:${CUE_NOUN_ADJECTIVES})\\s+)?((?:${CUE_NOUN_WORDS})s?)\\s+(?:(?:${CUE_NOUN_TIME})\\s+)?(${CUE_NOUN_OPENER_WORDS})\\s`,
  'gu',
);
/** A cheap first look for CUE_NOUN: its noun before what opens its content (CUE_NOUN's owner part is slow on long
 * sentences of capitalised words, and runs only where this finds something). */
const CUE_NOUN_HINT = new RegExp(
  `\\s(?:${CUE_NOUN_WORDS})s?\\s+(?:(?:${CUE_NOUN_TIME})\\s+)?(?:${CUE_NOUN_OPENER_WORDS})\\s`,
  'u',
);
/** What each state adjective and cue noun reports. */
const STATE_KIND = new Map<string, AttributionKind>([
  ...STATE_ADJECTIVES.flatMap((a) => a.words.map((w): [string, AttributionKind] => [w, a.kind])),
  ...CUE_NOUNS.flatMap((n) => n.words.map((w): [string, AttributionKind] => [w, n.kind])),
]);
/** "voters who feel", "a donor who wants": a relative pronoun right before the verb, in the same clause. */
const WHO_BEFORE = /(?<=\S)\s+(?:who|which)\s+$/u;

/** The cues of states of mind in a sentence with no other cue ("Lee has been eager to leave, but Ng told reporters
 * ..." is Ng's claim), then of possessed cue nouns when there is none of those either. */
function findStateCues(view: SentenceView, sentence: string): CueMatch[] {
  const out: CueMatch[] = [];
  STATE_ADJECTIVE.lastIndex = 0;
  const states = STATE_ADJECTIVE_HINT.test(sentence);
  for (let m = states ? STATE_ADJECTIVE.exec(sentence) : null; m; m = STATE_ADJECTIVE.exec(sentence)) {
    const adjective = (m[1] ?? '').split(/\s+/)[0] ?? '';
    const kind = STATE_KIND.get(adjective);
    const at = view.start + m.index;
    const aux = STATE_AUX.exec(view.masked.slice(Math.max(view.start, at - AUX_WINDOW), at))?.[0] ?? '';
    const before = subjectBefore(view, at - aux.length);
    if (!kind || !before || before === 'empty') continue;
    let subject: SourcePhrase | null = before.mention;
    if (RELATIVE_SUBJECT.test(subject.text)) subject = relativeAntecedent(view, subject.start);
    if (!subject) continue;
    const p = parseNounPhrase(subject.text);
    // "It is certain that ...": an empty subject believes nothing.
    if (!p.valid || p.pronoun === 'it' || NOT_A_SUBJECT.test(subject.text)) continue;
    const cueEnd = at + m[0].length - (m[1] ?? '').length + adjective.length;
    out.push(subjectCue(view, at - aux.length, cueEnd - (at - aux.length), subject, kind));
  }
  if (out.length > 0) return out;
  return possessedCues(view, sentence, false);
}

/** Possessed cue nouns with their content ("Lee's plan to ...", "the party's decision to ..."). Alone in a sentence
 * with no other cue, only the phrase that opens its clause counts ("Lee's plan to ... drew fire" is Lee's, while in
 * "Critics mocked Lee's plan to ..." the plan is what is mocked); beside another cue ("Ng blamed the press for Lee's
 * claim that ...") a named person's or body's noun anywhere reports its content too, as a cue of its own that does
 * not govern the sentence. */
function possessedCues(view: SentenceView, sentence: string, beside: boolean): CueMatch[] {
  const out: CueMatch[] = [];
  if (!CUE_NOUN_HINT.test(sentence)) return out;
  CUE_NOUN.lastIndex = 0;
  for (let m = CUE_NOUN.exec(sentence); m; m = CUE_NOUN.exec(sentence)) {
    const noun = m[2] ?? '';
    const singularNoun = CUE_NOUN_OPENERS.has(noun) ? noun : singular(noun);
    const kind = STATE_KIND.get(singularNoun);
    const owner = m[1] ?? '';
    if (!kind || !CUE_NOUN_OPENERS.get(singularNoun)?.has(m[3] ?? '')) continue;
    const at = view.start + m.index;
    const opening = clauseBefore(view, at)
      .split(/\s+/)
      .filter((w) => w !== '' && !CONNECTIVES.has(w.toLowerCase()));
    if (opening.length > 0 && !beside) continue;
    const nounAt = at + m[0].lastIndexOf(m[2] ?? '');
    let subject: SourcePhrase | null = null;
    if (beside) {
      const name = owner.replace(POSSESSIVE_END, '');
      const p = parseNounPhrase(name);
      if (p.valid && p.proper && (p.kind === 'person' || p.kind === 'organization') && !TIME_POSSESSOR.test(name))
        subject = makeMention({ start: at, end: at + name.length, text: view.text.slice(at, at + name.length) });
      if (subject)
        out.push({ ...subjectCue(view, nounAt, (m[2] ?? '').length, subject, kind), embedded: true, aside: true });
      continue;
    }
    if (/^(?:his|her|their)$/i.test(owner)) {
      // "his plan to ...": the person or group the sentence is about, named before the pronoun.
      const topic = findTopic(view);
      const t = topic ? parseNounPhrase(topic.text) : null;
      if (topic && t?.proper && !t.pronoun && topic.end <= at) subject = topic;
    } else {
      const name = owner.replace(POSSESSIVE_END, '');
      const p = parseNounPhrase(name);
      if (p.valid && !p.pronoun && !isUnlistedThing(p) && !TIME_POSSESSOR.test(name))
        subject = makeMention({ start: at, end: at + name.length, text: view.text.slice(at, at + name.length) });
    }
    if (!subject) continue;
    out.push(subjectCue(view, nounAt, (m[2] ?? '').length, subject, kind));
  }
  return out;
}

/** Relative pronouns that stand for something, never open a content clause ("which", "whom"; not "that"). */
const OBJECT_RELATIVE = /^(?:which|whom|what|something|everything|anything)\s/iu;
/** A relative pronoun and the words between it and a verb: "which the treasurer (said)". */
const GAP_RELATIVE =
  /(?<![\p{L}])(?:which|that|who|whom|[Ww]hat|something|everything|anything)\s+((?:\S+\s+){0,5}?\S+)\s*$/u;
/** A clause with no subject of its own right after the verb: its subject is the relative pronoun ("said would
 * cost", "say is overdue"). */
const GAP_CLAUSE =
  /^\s+(?:(?:\p{Ll}+ly|also|still|now|never)\s+)?(?:is|are|was|were|would|will|could|can|should|might|may|must|has|have|had|remains?|remained|\p{Ll}{2,}ed)(?![\p{L}])/u;

/**
 * "The council backed the plan, which the treasurer said would cost $4 million", "a delay that analysts say is
 * overdue": a relative clause whose pronoun is the subject of the reported clause; the phrase between the pronoun
 * and the verb is the source.
 */
function gapSubject(view: SentenceView, cueStart: number, verbEnd: number): SourcePhrase | null {
  const from = windowStart(view, cueStart);
  const left = view.masked.slice(from, cueStart);
  const m = GAP_RELATIVE.exec(left);
  const text = m?.[1];
  if (!m || !text || /[,;:\u2014\u2013]/.test(text) || text.includes(QUOTE_MASK)) return null;
  // "the victory, which Park conceded", "the rival whom she accused": the pronoun is the verb's object, the phrase
  // between them its subject; after "that" the verb must leave its clause's subject to the pronoun.
  if (!OBJECT_RELATIVE.test(m[0]) && !GAP_CLAUSE.test(ahead(view, verbEnd))) return null;
  const p = parseNounPhrase(text);
  // "the charges, which he said were invented": a pronoun there is the sentence's own subject, already its source.
  if (!p.valid || p.pronoun || !isNounPhrase(text) || NOT_A_SUBJECT.test(text)) return null;
  const start = from + m.index + m[0].trimEnd().length - text.length;
  return makeMention({ start, end: start + text.length, text: view.text.slice(start, start + text.length) });
}

/** A court's written word, in the singular ("the verdict", "Friday's opinion"): what it holds is found or said, not
 * believed or intended. */
function isCourtWord(text: string): boolean {
  const p = parseNounPhrase(text);
  return !p.proper && /^(?:verdict|opinion|judgment|judgement|ruling)$/.test(p.headLower);
}

/** A relative pronoun right before a word: "that uses", "which means". */
const VERB_AFTER_RELATIVE = /(?<![\p{L}])(?:that|which|who)\s+$/iu;

/** One word in lower case ending in -s that names no one, before a verb's -s form: "that runs estimates" (a plural
 * subject would take "estimate"; not "that polls show", "that analysts say"). */
function bareNonAgent(subject: SourcePhrase): boolean {
  return (
    /^\p{Ll}+[^s]s$/u.test(subject.text) &&
    !/^(?:this|thus|its|his|hers|ours|yours|theirs)$/.test(subject.text) &&
    !isAgent(parseNounPhrase(subject.text))
  );
}

/** "Drivers who believe ...": the phrase before the relative pronoun is the subject. */
function withoutWho(m: SourcePhrase): SourcePhrase {
  const text = m.text.replace(/\s+(?:who|which)$/u, '');
  return { ...m, text, end: m.start + text.length };
}

/** "Younger voters who feel trapped ...": the noun phrase before a "who" with no comma is the verb's subject. */
function relativeSubject(view: SentenceView, pos: number): SourcePhrase | null {
  const left = view.masked.slice(windowStart(view, pos), pos);
  const who = WHO_BEFORE.exec(left);
  if (!who) return null;
  return relativeAntecedent(view, pos - (left.length - who.index));
}

// Word tables for the number finder (numbers.ts): number words, ordinals, fractions, units, qualifiers and the
// small vocabularies that decide what counts as a head noun. Data only; every list says why it exists.

/** Cardinal words below twenty. "zero" is rare in news but harmless. */
export const SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
]);

/** Tens words; "sixty-seven" (AP style, related story in seed 000) joins one of these to a unit word. */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);

/** Multipliers after a number ("1.3 billion", "two million"); "hundred" is handled apart (it can follow "a"). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
  // South Asian English: "Rs 2.4 lakh", "500 crore"
  ['lakh', 1e5],
  ['lakhs', 1e5],
  ['crore', 1e7],
  ['crores', 1e7],
]);

/** Short scales written after digits, with or without a space ("$9.5bn", "€2 mn", "10k"). */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
  ['b', 1e9],
  ['tn', 1e12],
  ['trn', 1e12],
]);

/** Plural scale words: vague amounts, only numbers when followed by "of" ("hundreds of drones"). */
export const VAGUE_PLURAL_SCALES: ReadonlySet<string> = new Set([
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'tens',
]);

/** Words that make the next scale vague: "several hundred", "a few thousand", "many thousands of". */
export const VAGUE_SCALE_PREFIXES: ReadonlySet<string> = new Set(['several', 'few', 'many']);

/** Ordinal words and their values; "a third" / "two-thirds" are fractions, decided in numbers.ts. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
  ['sixth', 6],
  ['seventh', 7],
  ['eighth', 8],
  ['ninth', 9],
  ['tenth', 10],
  ['eleventh', 11],
  ['twelfth', 12],
  ['thirteenth', 13],
  ['fourteenth', 14],
  ['fifteenth', 15],
  ['sixteenth', 16],
  ['seventeenth', 17],
  ['eighteenth', 18],
  ['nineteenth', 19],
  ['twentieth', 20],
  ['thirtieth', 30],
  ['fortieth', 40],
  ['fiftieth', 50],
  ['sixtieth', 60],
  ['seventieth', 70],
  ['eightieth', 80],
  ['ninetieth', 90],
  ['hundredth', 100],
  ['thousandth', 1000],
]);

/** Suffixes that make digits an ordinal: "5th Division", "21st". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Words before an ordinal word that make it one: "the second Vellmark official", "harbour's second pier" (the
 * possessive "'s" is checked apart). Without them "first"/"second" are adverbs or the time unit.
 */
export const ORDINAL_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'this',
  'that',
  'every',
  'each',
]);

/** Fraction denominators: singular after "a"/"one" ("a third"), plural after two and more ("two-thirds"). */
export const FRACTION_DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2],
  ['halves', 2],
  ['third', 3],
  ['thirds', 3],
  ['quarter', 4],
  ['quarters', 4],
  ['fourth', 4],
  ['fourths', 4],
  ['fifth', 5],
  ['fifths', 5],
  ['sixth', 6],
  ['sixths', 6],
  ['seventh', 7],
  ['sevenths', 7],
  ['eighth', 8],
  ['eighths', 8],
  ['ninth', 9],
  ['ninths', 9],
  ['tenth', 10],
  ['tenths', 10],
]);

/** Month names and the abbreviations agencies use ("Dec. 2"); a month alone is not a number. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['february', 2],
  ['march', 3],
  ['april', 4],
  ['may', 5],
  ['june', 6],
  ['july', 7],
  ['august', 8],
  ['september', 9],
  ['october', 10],
  ['november', 11],
  ['december', 12],
  ['jan', 1],
  ['feb', 2],
  ['mar', 3],
  ['apr', 4],
  ['jun', 6],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['sept', 9],
  ['oct', 10],
  ['nov', 11],
  ['dec', 12],
]);

/** Currency symbols written before the amount ("$1.3 billion", "€5m"). */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥', '₹', '₽', '₪', '₺']);

/** Letters written against a dollar sign ("US$5", "A$3", "HK$10"). */
export const DOLLAR_PREFIXES: ReadonlySet<string> = new Set(['us', 'a', 'c', 'nz', 'hk', 's']);

/** Currency codes written before an amount, with a space ("USD 10", "EUR 5 million"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'chf', 'inr']);

/** The rupee's abbreviation before an amount, with or without a dot ("Rs 500", "Rs. 2.4 lakh", "Rs.500"). */
export const RUPEE_ABBREVIATION = 'rs';

/** Currency names and codes written after the amount ("5 million euros", "10 USD"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set([
  'dollar',
  'dollars',
  'euro',
  'euros',
  'pound',
  'pounds',
  'yen',
  'yuan',
  'renminbi',
  'rupee',
  'rupees',
  'ruble',
  'rubles',
  'rouble',
  'roubles',
  'franc',
  'francs',
  'shekel',
  'shekels',
  'lira',
  'dinar',
  'dinars',
  'dirham',
  'dirhams',
  'riyal',
  'riyals',
  'hryvnia',
  'hryvnias',
  'usd',
  'eur',
  'gbp',
  'cents',
  'pence',
]);

/** Time units: a count of these is a duration ("Nine days later", "12 years of ferry service"). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'millennium',
  'millennia',
  'quarter',
  'quarters',
]);

/** Words that stress a span between its count and its unit: "two full years", "six straight weeks". */
export const SPAN_STRESS: ReadonlySet<string> = new Set(['full', 'whole', 'straight', 'consecutive', 'long']);

/** Time units long enough that "a decade" is worth a mention (seed goldens: "in more than a decade"). */
export const LONG_TIME_UNITS: ReadonlySet<string> = new Set(['decade', 'century', 'fortnight', 'millennium']);

/** Units of measure: kind 'other', the unit kept in the text ("about 1,200 km", "90 square kilometers"). */
export const MEASURE_UNITS: ReadonlySet<string> = new Set([
  'km',
  'kilometer',
  'kilometers',
  'kilometre',
  'kilometres',
  'mile',
  'miles',
  'meter',
  'meters',
  'metre',
  'metres',
  'cm',
  'mm',
  'millimetre',
  'millimetres',
  'millimeter',
  'millimeters',
  'centimetre',
  'centimetres',
  'centimeter',
  'centimeters',
  'mg',
  'ml',
  'gb',
  'mb',
  'tb',
  'ghz',
  'mhz',
  'mah',
  'ft',
  'feet',
  'foot',
  'inch',
  'inches',
  'degree',
  'horsepower',
  'hp',
  'oz',
  'ounce',
  'ounces',
  'tsp',
  'tbsp',
  'teaspoon',
  'teaspoons',
  'tablespoon',
  'tablespoons',
  'cup',
  'cups',
  'pint',
  'pints',
  'quart',
  'quarts',
  'yard',
  'yards',
  'kg',
  'kilogram',
  'kilograms',
  'kilo',
  'kilos',
  'gram',
  'grams',
  'tonne',
  'tonnes',
  'ton',
  'tons',
  'pound-weight',
  'lb',
  'lbs',
  'hectare',
  'hectares',
  'acre',
  'acres',
  'litre',
  'litres',
  'liter',
  'liters',
  'gallon',
  'gallons',
  'barrel',
  'barrels',
  'bpd',
  'mw',
  'gw',
  'kw',
  'kwh',
  'mph',
  'kph',
  'degrees',
]);

/** Words that turn a following unit into an area or volume ("90 square kilometers"). */
export const MEASURE_MODIFIERS: ReadonlySet<string> = new Set(['square', 'cubic', 'sq']);

/**
 * Qualifiers kept with the number ("some 4,000 trawlers", "a little over 70 sailings"). Each entry is
 * a word sequence; the longest match wins. They only count when a number follows: "Some local officials" is
 * not a number.
 */
export const QUALIFIERS: readonly (readonly string[])[] = [
  ['a', 'little', 'over'],
  ['a', 'little', 'under'],
  ['a', 'little', 'more', 'than'],
  ['a', 'little', 'less', 'than'],
  ['slightly', 'more', 'than'],
  ['slightly', 'less', 'than'],
  ['slightly', 'over'],
  ['slightly', 'under'],
  ['no', 'fewer', 'than'],
  ['no', 'more', 'than'],
  ['no', 'less', 'than'],
  ['not', 'more', 'than'],
  ['in', 'excess', 'of'],
  ['upwards', 'of'],
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
  ['at', 'least'],
  ['at', 'most'],
  ['up', 'to'],
  ['as', 'many', 'as'],
  ['as', 'much', 'as'],
  ['as', 'few', 'as'],
  ['as', 'little', 'as'],
  ['close', 'to'],
  ['just', 'over'],
  ['just', 'under'],
  ['well', 'over'],
  ['well', 'under'],
  ['an', 'estimated'],
  ['a', 'total', 'of'],
  ['some'],
  ['about'],
  ['around'],
  ['roughly'],
  ['nearly'],
  ['almost'],
  ['approximately'],
  ['approx'],
  ['over'],
  ['under'],
  ['estimated'],
  ['only'],
  ['just'],
  ['barely'],
];

/**
 * Words that never head a counted noun phrase: function words, auxiliaries, attribution verbs and adverbs.
 * "more than 200 had entered" keeps "more than 200"; "fining four and towing" keeps "four".
 */
export const NON_HEAD_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'from',
  'by',
  'with',
  'without',
  'into',
  'onto',
  'upon',
  'within',
  'across',
  'against',
  'among',
  'amid',
  'between',
  'through',
  'toward',
  'towards',
  'via',
  'per',
  'like',
  'unlike',
  'despite',
  'throughout',
  'beyond',
  'circa',
  'around',
  'nearly',
  'and',
  'or',
  'but',
  'nor',
  'as',
  'than',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'this',
  'these',
  'those',
  'it',
  'its',
  'he',
  'she',
  'they',
  'them',
  'their',
  'his',
  'her',
  'we',
  'us',
  'our',
  'you',
  'your',
  'i',
  'me',
  'my',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'can',
  'shall',
  'not',
  'no',
  'more',
  'less',
  'most',
  'least',
  'also',
  'only',
  'just',
  'about',
  'over',
  'under',
  'after',
  'before',
  'later',
  'earlier',
  'last',
  'next',
  'ago',
  'since',
  'during',
  'until',
  'each',
  'every',
  'all',
  'some',
  'any',
  'other',
  'another',
  'others',
  'such',
  'so',
  'then',
  'there',
  'here',
  'when',
  'where',
  'while',
  'if',
  'whether',
  'said',
  'say',
  'says',
  'told',
  'tell',
  'according',
  'including',
  'up',
  'down',
  'out',
  'off',
  'again',
  'still',
  'yet',
  'even',
  'ever',
  'now',
  'what',
  'how',
  'why',
  'both',
  'either',
  'neither',
  'same',
  'own',
  'too',
  'very',
  'respectively',
  'today',
  'tonight',
  'yesterday',
  'tomorrow',
  'apiece',
  'each',
  'alone',
  'together',
  'away',
  'ahead',
  'back',
  'times',
]);

/** Plural nouns that do not end in "s"; a head ends at the first plural ("five ... officials"). */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people',
  'men',
  'women',
  'children',
  'police',
  'personnel',
  'staff',
  'cattle',
  'feet',
  'teeth',
  'mice',
  'geese',
  'dead',
  'wounded',
  'injured',
  'militia',
  'crew',
  'aircraft',
  'livestock',
  'sheep',
  'fish',
]);

/** Words ending in "s" that are not plurals, so a head does not stop on them. */
export const NON_PLURAL_S_WORDS: ReadonlySet<string> = new Set([
  'news',
  'series',
  'species',
  'means',
  'gas',
  'bus',
  'yes',
  'thus',
  'plus',
  'unless',
  'whereas',
  'always',
  'perhaps',
]);

/** Before "one": these make it a pronoun ("no one", "the one who", "every one"). */
export const ONE_NOT_AFTER: ReadonlySet<string> = new Set([
  'no',
  'any',
  'every',
  'each',
  'the',
  'this',
  'that',
  'which',
  'someone',
  'anyone',
  'a',
  'number',
]);

/** Words before a hyphenated year that keep it a year: "mid-2025", "post-2019". Other "X-16" are names. */
export const YEAR_HYPHEN_PREFIXES: ReadonlySet<string> = new Set(['mid', 'pre', 'post', 'early', 'late', 'end']);

/** Weekdays are not numbers, and a number after one is not part of a name ("on Tuesday 20 people died"). */
export const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Time zones written after a clock time ("3 p.m. ET", "10:30 a.m. GMT"); matched in upper case only. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'et',
  'est',
  'edt',
  'ct',
  'cst',
  'cdt',
  'mt',
  'mst',
  'mdt',
  'pt',
  'pst',
  'pdt',
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
]);

/** Words after "12" that make it a time of day ("12 noon"); alone they are not numbers a reader checks. */
export const NOON_WORDS: ReadonlySet<string> = new Set(['noon', 'midnight']);

/**
 * Verbs of multiplication ("prices doubled", "tripling the fleet"): numbers readers check. "doubles" and
 * "triples" are left out: they are as often nouns (tennis, baseball) as verbs.
 */
export const MULTIPLE_VERBS: ReadonlyMap<string, number> = new Map([
  ['doubled', 2],
  ['doubling', 2],
  ['tripled', 3],
  ['tripling', 3],
  ['quadrupled', 4],
  ['quadrupling', 4],
  ['quintupled', 5],
  ['quintupling', 5],
]);

/** Words after a multiplication verb that make it an idiom, not a number: "doubled down", "doubled over". */
export const MULTIPLE_VERB_IDIOMS: ReadonlySet<string> = new Set(['down', 'over', 'back', 'up']);

/**
 * Adjectives and verbs of multiplication ("triple the cost", "triple taillights", "could double"). A number only
 * before "the"/a possessive, a plural noun or the end of a clause: "a double murder" and "double standards"
 * are not, and neither is a hyphen compound ("double-check").
 */
export const MULTIPLE_ADJECTIVES: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
  ['quadruple', 4],
  ['quintuple', 5],
  ['twice', 2],
]);

/** Words after "double"/"triple"/"twice" that make it a multiplication: "double the number", "twice as many". */
export const MULTIPLE_OBJECT_WORDS: ReadonlySet<string> = new Set([
  'the',
  'that',
  'what',
  'its',
  'their',
  'his',
  'her',
  'our',
  'as',
]);

/** Plural nouns after "double"/"triple" that name a thing, not a multiplication ("double standards"). */
export const MULTIPLE_ADJECTIVE_IDIOMS: ReadonlySet<string> = new Set(['standards', 'doors', 'agents', 'beds']);

/** The ending of "twofold", "tenfold", "3-fold": the stem is a number. */
export const FOLD_SUFFIX = 'fold';

/** Words that close "three times as …": "three times as many", "twice as much". */
export const AS_MANY_WORDS: ReadonlySet<string> = new Set(['many', 'much']);

/** Possessives before a decade that make it an age: "in his 40s", "in their early 20s". */
export const AGE_DECADE_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'my', 'your', 'our']);

/** Words between a possessive and a decade of age: "in her late 30s". */
export const AGE_DECADE_MODIFIERS: ReadonlySet<string> = new Set(['early', 'mid', 'late']);

/**
 * Nouns after a dashed pair that make it a score or a vote ("a 2-3 loss", "a 5-4 ruling"): not a range. A
 * descending pair ("won 3-2", "the 787-9") is never a range and needs no noun.
 */
export const SCORE_NOUNS: ReadonlySet<string> = new Set([
  'win',
  'victory',
  'loss',
  'defeat',
  'lead',
  'draw',
  'tie',
  'decision',
  'ruling',
  'vote',
  'majority',
  'record',
  'scoreline',
]);

/** Name suffixes that end in a dot before an age in apposition: "Patrick Smith Jr., 55, said". */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr']);

/**
 * Verbs and adverbs of change: after one, "X to Y" is a change and the level it reached ("fell $2.40 to $31.10",
 * "rose by 4,000 to 1.2 million", "up 3% to $9 billion"), two numbers rather than a range.
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  ...['rise', 'rises', 'rose', 'risen', 'rising'],
  ...['fall', 'falls', 'fell', 'fallen', 'falling'],
  ...['grow', 'grows', 'grew', 'grown', 'growing'],
  ...['sink', 'sinks', 'sank', 'sunk', 'sinking'],
  ...['shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking'],
  ...['slide', 'slides', 'slid', 'sliding'],
  ...['drop', 'drops', 'dropped', 'dropping'],
  ...['slip', 'slips', 'slipped', 'slipping'],
  ...['climb', 'climbs', 'climbed', 'climbing'],
  ...['jump', 'jumps', 'jumped', 'jumping'],
  ...['gain', 'gains', 'gained', 'gaining'],
  ...['surge', 'surges', 'surged', 'surging'],
  ...['soar', 'soars', 'soared', 'soaring'],
  ...['plunge', 'plunges', 'plunged', 'plunging'],
  ...['tumble', 'tumbles', 'tumbled', 'tumbling'],
  ...['increase', 'increases', 'increased', 'increasing'],
  ...['decrease', 'decreases', 'decreased', 'decreasing'],
  ...['decline', 'declines', 'declined', 'declining'],
  ...['edge', 'edges', 'edged', 'edging'],
  'up',
  'down',
]);

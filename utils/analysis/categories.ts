// Source categories (government, military-security, expert, media, organization, other): the word lists for
// each kind of source, checked in this order on a source's name, role, affiliation and appositions, and the rules
// that put a source in one. Coreference is sources.ts's job; this only reads what is known about one source.
import { type Entity, normName, normSurname, sameOrganisation } from './entity';
import { descriptionsOf, type TextKnowledge } from './knowledge';
import {
  GuardedRegExp,
  ORG_NAME_WORDS,
  PERSON_ROLE_NOUNS,
  PERSON_TITLES,
  PORTFOLIO_WORDS,
  partsHint,
  RELATION_ROLE,
  WORK_NOUNS,
  withoutWhomClose,
  wordsRegExp,
} from './lexicon';
import { isCountryLike, isDemonym, isSiteAddress, WHEN_IN_POST } from './noun-phrase';
import type { SourceCategory } from './types';

/** News outlets and their people. */
/** A newsroom's post at the head of a person's role ("sports editor of ...", "a reporter for ..."). */
const MEDIA_POST =
  /^(?:(?:the|a|an|former|veteran|senior|chief|deputy|managing|executive|sports|news|political|foreign)\s+)*(?:editor|reporter|journalist|columnist|correspondent|anchor|photographer)\b/i;
const MEDIA_WORDS = wordsRegExp([
  'newspaper',
  'tabloid',
  'news agency',
  'broadcaster',
  'television',
  'tv',
  'radio',
  'magazine',
  'journalist',
  'journalists',
  'reporter',
  'reporters',
  'editor',
  'correspondent',
  'columnist',
  'media',
  'news outlet',
  'news outlets',
  'news organization',
  'news organizations',
  'news organisation',
  'news organisations',
  'news site',
  'news sites',
  'publication',
  'state media',
  'Reuters',
  'Associated Press',
  'AFP',
  'BBC',
  'CNN',
  'NPR',
  'PBS',
  'MSNBC',
  'CNBC',
  'Xinhua',
  'Kyodo',
  'Yonhap',
  'Interfax',
]);
/** American networks known by their initials, which other bodies' initials may be too. */
const NETWORK_ACRONYM = /(?<![\p{L}])(?:NBC|CBS|ABC)(?![\p{L}])/u;
/** A paper named by how often it comes out, as the head of its phrase: "a pro-government daily", "the weekly". */
const PAPER_BY_ISSUE = /(?<![\p{L}])(?:daily|weekly)$/iu;
/** What a paper prints in its own voice. */
const OUTLET_PIECE =
  /(?<![\p{L}])(?:editorials?|columns?|op-eds?|commentary|articles?|pieces?|stor(?:y|ies)|reports?)(?![\p{L}])/iu;
/** The words of MEDIA_NAME_WORDS, for its cheap first look (lexicon.ts GuardedRegExp). */
const MEDIA_NAME_PARTS = [
  'Times',
  'Post',
  'Journal',
  'News',
  'Herald',
  'Tribune',
  'Gazette',
  'Telegraph',
  'Guardian',
  'Chronicle',
  'Inquirer',
  'Observer',
  'Daily',
  'Register',
  'Courier',
  'Examiner',
  'Ledger',
  'Intelligencer',
  'Sentinel',
  'Dispatch',
  'Enquirer',
  'Advertiser',
  'Bulletin',
  'Bloomberg',
  'Axios',
  'Politico',
  'TV',
  'Radio',
  'Television',
  'Broadcasting',
  'Press',
  'Reuters',
  'Al Jazeera',
  'Channel',
];
/** Last words of news outlets' names, as written ("The New York Times", "Vellmark TV", a broadcaster's call sign
 * ending in TV: "KLTV"). */
export const MEDIA_NAME_WORDS = new GuardedRegExp(
  '(?<![\\p{L}])(?:Times|Post|Journal|News|Herald|Tribune|Gazette|Telegraph|Guardian|Chronicle|Inquirer|Observer|Daily|Register|Courier|Examiner|Ledger|Intelligencer|Sentinel|Dispatch|Enquirer|Advertiser|Bulletin|Bloomberg|Axios|Politico|TV|\\p{Lu}{1,5}TV|Radio|Television|Broadcasting|Press|Reuters|Al Jazeera|Channel)(?![\\p{L}])',
  'u',
  // Every match holds one of the words as written (a call sign ends in "TV").
  (text) => MEDIA_NAME_PARTS.some((part) => text.includes(part)),
);
/** A paper's name that ends in "Leader", alone or joined: "Union Leader", "Leader-Post". */
const PAPER_LEADER = /\s(?:Leader|Leader-\p{Lu}\p{Ll}+)$/u;
/** A government's address: "census.gov", "harbor.gov.uk". */
const GOVERNMENT_SITE = /\.gov(?:\.[a-z]{2})?$/;
/** Members of a city's, a county's or a state's council or assembly ("Alderman Ana Lowe", "a councilmember"). */
const LOCAL_LEGISLATORS = [
  'councilman',
  'councilwoman',
  'councillor',
  'councilor',
  'councilmember',
  'assemblyman',
  'assemblywoman',
  'assemblymember',
  'alderman',
  'alderwoman',
  'selectman',
  'selectwoman',
];
/** Political offices and institutions: ministers are government even when they run defence. */
const GOVERNMENT_TITLE_WORDS = wordsRegExp([
  'president',
  'prime minister',
  'minister',
  'ministers',
  'ministry',
  'ministries',
  'secretary',
  'ambassador',
  'diplomat',
  'diplomats',
  'envoy',
  'governor',
  'mayor',
  'senator',
  'senators',
  'lawmaker',
  'lawmakers',
  'legislator',
  'legislators',
  'congressman',
  'congresswoman',
  ...LOCAL_LEGISLATORS,
  'comptroller',
  'magistrate',
  'coroner',
  'parliament',
  'parliamentary',
  'MP',
  'chancellor',
  'king',
  'emir',
  'cabinet',
  'attorney general',
  'treasury',
  'senate',
  'sen.',
  'rep.',
  'sens.',
  'reps.',
  'gov.',
  'congress',
  'speaker',
  'majority leader',
  'minority leader',
  'state department',
  'white house',
  'kremlin',
  'downing street',
  'department',
  'embassy',
  'embassies',
  'government',
  'governments',
  'administration',
]);
/** Armed forces, defence and security services, their ranks. */
const MILITARY_SECURITY_WORDS = wordsRegExp([
  'military',
  'militaries',
  'army',
  'armies',
  'navy',
  'navies',
  'air force',
  'marines',
  'troops',
  'soldiers',
  'forces',
  'defense official',
  'defence official',
  'defense officials',
  'defence officials',
  'defense source',
  'defence source',
  'defense sources',
  'defence sources',
  'security official',
  'security officials',
  'security source',
  'security sources',
  'security forces',
  'security services',
  'security operatives',
  'security agency',
  'security personnel',
  'counter-terrorism',
  'counterterrorism',
  'intelligence official',
  'intelligence officials',
  'intelligence agency',
  'intelligence agencies',
  'intelligence services',
  'intelligence service',
  'intelligence chief',
  'intelligence division',
  'national intelligence',
  'intelligence source',
  'intelligence sources',
  'colonel',
  'commander',
  'commanders',
  'lieutenant',
  'sergeant',
  'brigadier',
  'admiral',
  'militia',
  'pentagon',
  'coast guard',
  'border guard',
  'border guards',
]);
/** Research and analysis: think tanks, universities, analysts. */
const EXPERT_WORDS = wordsRegExp([
  'analyst',
  'analysts',
  'expert',
  'experts',
  'researcher',
  'researchers',
  'professor',
  'economist',
  'economists',
  'scholar',
  'scholars',
  'scientist',
  'scientists',
  'academic',
  'academics',
  'think tank',
  'think-tank',
  'institute',
  'university',
  'research',
  'strategist',
  'strategists',
  'historian',
  'specialist',
  'specialists',
  'consultancy',
  'observatory',
  // A study's authors ("study author Ana Lowe", "the report's lead author").
  'study author',
  'lead author',
  'co-author',
  // Medicine's practitioners, on a patient or a disease ("the team doctor", "surgeons at the hospital").
  'doctor',
  'doctors',
  'physician',
  'physicians',
  'surgeon',
  'surgeons',
  'psychiatrist',
  'psychiatrists',
  'pediatrician',
  'pediatricians',
  'paediatrician',
  'paediatricians',
  'dentist',
  'dentists',
  'veterinarian',
  'veterinarians',
  'dietitian',
  'dietitians',
  'dietician',
  'dieticians',
  'nutritionist',
  'nutritionists',
  // A named investor commenting on markets ("Hungarian-American investor George Soros").
  'investor',
]);
/** The endings of the names of sciences' practitioners ("psychologist", "neuroscientist", "statistician"), and a
 * fellow of an institute ("a senior fellow at", not "a fellow driver"). */
const EXPERT_ENDING =
  /\b[a-z]*(?:(?<!scient)ologist|scientist|physicist|mathematician|statistician|demographer)s?\b|\bfellows?\b(?!\s+(?!(?:at|of|with|in|for)\b)[a-z])/i;

/** What a research or monitoring organisation does: a person working there speaks as an expert. */
const RESEARCH_ACTIVITY_WORDS = wordsRegExp([
  'monitors',
  'monitoring',
  'tracks',
  'tracking',
  'studies',
  'researches',
  'analyzes',
  'analyses',
  'think tank',
  'research',
]);
/** The last word of a body's name that no state's body bears ("… Federation", "… Association", "… Foundation"). */
const NON_STATE_BODY_END = /\s(?:Federation|Association|Foundation|Coalition|Society)$/u;
/** An agency that is a business: "the rating agency", "a travel agency" (no state's agency). */
const BUSINESS_AGENCY =
  /(?<![\p{L}])(?:rating|ratings|credit|advertising|ad|travel|talent|employment|staffing|recruitment|recruiting|marketing|insurance|modeling|modelling|estate|creative|digital|PR|casting|literary|collection)\s+agenc(?:y|ies)(?![\p{L}])/iu;
/** An unnamed town's or county's government: "the city", "the county" (a named "Harlow City" may be a club). */
const LOCAL_GOVERNMENT = /^(?:the\s+)?(?:city|town|county|municipality)$/i;
/** State bodies in general (court and police count as government). */
const GOVERNMENT_WORDS = wordsRegExp([
  'official',
  'officials',
  'authorities',
  'authority',
  'agency',
  'police',
  'weather service',
  'highway patrol',
  'state patrol',
  'detective',
  'inspector',
  'det',
  'insp',
  'constable',
  'fire service',
  'fire department',
  'fire chief',
  'fire marshal',
  'firefighter',
  'firefighters',
  'ambulance service',
  // Public posts a news story quotes by their job alone: "the city clerk", "a park ranger", "a customs officer".
  'city clerk',
  'county clerk',
  'town clerk',
  'court clerk',
  'park ranger',
  'park rangers',
  'warden',
  'wardens',
  'immigration officer',
  'immigration officers',
  'customs officer',
  'customs officers',
  'sheriff',
  'court',
  'courts',
  'judge',
  'prosecutor',
  'prosecutors',
  'prosecution',
  'regulator',
  'regulators',
  'council',
  'commission',
  'leaders',
  'leader',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'state-run',
  'state-owned',
  // Offices of state and prosecutors: "U.S. Attorney's Office", "National Meteorological Office".
  'office',
  'bureau',
  'directorate',
  'inspector general',
  'u.s. attorney',
  'us attorney',
  'district attorney',
  'attorney general',
  'commissioner',
]);
/** Companies, unions, charities, parties. */
/** A work's noun last in its name: "the book", "her new film". */
const WORK_HEAD = new RegExp(`\\b(?:${[...WORK_NOUNS].join('|')})s?$`, 'i');
const ORGANIZATION_WORDS = wordsRegExp([
  'museum',
  'zoo',
  'company',
  'companies',
  'firm',
  'corporation',
  'group',
  'union',
  'bank',
  'charity',
  'organization',
  'organisation',
  'association',
  'foundation',
  'party',
  'inc',
  'corp',
  'ltd',
  'plc',
  'llc',
  'ngo',
  'airline',
  'retailer',
  'nonprofit',
  'non-profit',
  'consortium',
  'cooperative',
  'conglomerate',
  'subsidiary',
  // A trade speaking as one: "the oil industry says".
  'industry',
  'lobby',
  'executive',
  'ceo',
  'chairman',
]);

/** The ranks of MILITARY_RANK_BEFORE_NAME as written, for its cheap first look (lexicon.ts GuardedRegExp). */
const MILITARY_RANK_PARTS = ['Gen', 'Lieutenant', 'Lt.', 'Sergeant', 'Sgt.', 'Capt', 'Brigadier', 'Admiral', 'Marshal'];
/** A military rank right before a name ("General Mark Milley"): "General Workers' Union" and "General Manager
 * Olivier Bosc" are no soldiers. */
const MILITARY_RANK_BEFORE_NAME = new GuardedRegExp(
  '(?<![\\p{L}])(?<!(?:Attorney|Surgeon|Inspector|Solicitor|Postmaster|Auditor|Consul|Secretary)[\\s-])(?:General|Gen\\.|Lieutenant|Lt\\.|Sergeant|Sgt\\.|Captain|Capt\\.|Brigadier|Admiral|Marshal)\\s+(?!(?:Manager|Counsel|Secretary|Assembly|Motors|Electric|Mills|Dynamics)(?![\\p{L}]))\\p{Lu}',
  'u',
  // Every match holds one of the ranks as written.
  (text) => MILITARY_RANK_PARTS.some((part) => text.includes(part)),
);
/** Posts held in a body: the body a person holds one in is who they speak for. */
const EMPLOYMENT_TITLES = wordsRegExp([
  'president',
  'vice president',
  'vp',
  'chairman',
  'chairwoman',
  'chair',
  'chief',
  'ceo',
  'director',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'administrator',
  'head',
  'coordinator',
  'secretary',
  'executive',
  'founder',
  'manager',
  'official',
  // (a post's people as a group: "officials at Harlow Rovers")
  'officials',
  'executives',
  'representatives',
  'officer',
  'analyst',
  'adviser',
  'advisor',
  'representative',
  'member',
  'employee',
  // ("a campaigner at Harlow Watch", "a partner at Tarn & Reed", "an engineer at Kestrel")
  'campaigner',
  'organizer',
  'organiser',
  'staffer',
  'partner',
  'associate',
  'engineer',
  'worker',
  'volunteer',
]);
/** A word of a public body's name: "the Tarnby National Wildlife Refuge", "the State Library". */
const PUBLIC_NAME_WORD = /(?<![\p{L}])(?:National|State|Federal|Royal|Public|Municipal|County|City)(?![\p{L}])/u;
/** Words of a state's office or body: "the foreign minister", "Senator", "the government". */
function namesStateOffice(text: string): boolean {
  return GOVERNMENT_TITLE_WORDS.test(text) || POLITICAL_OFFICES.test(text) || GOVERNMENT_WORDS.test(text);
}
/** A post "for" whom it serves, not "at" or "from" it. */
const SERVING_FOR = /\s+for\s+(?:the\s+)?\p{Lu}/u;
/** A spokesperson for someone by a common noun: "A spokeswoman for the folk singer", "a spokesman for his family". */
const SPOKESPERSON_FOR =
  /(?<![\p{L}])[Ss]pokes(?:man|woman|person)\s+for\s+((?:the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u;
/** A family, or people no office is held by, whom a spokesperson may speak for. */
const PRIVATE_PEOPLE = /^(?:family|families|couple|estate|parents|relatives|victims?)$/;
/** A post that serves someone, then "for", "from" or "at" and whom it serves: "a spokesperson for", "officials at". */
const SERVING_POST =
  /(?<![\p{L}])(?:[Ss]pokes(?:man|woman|person|people)|[Rr]epresentatives?|[Oo]fficials?|[Ee]xecutives?)\s+(?:for|from|at)\s+(?:the\s+)?\p{Lu}/u;
/** "A company spokesperson", "a union official", "a hospital spokeswoman": the kind of body before the post. */
const BUSINESS_ROLE = new GuardedRegExp(
  '(?<![\\p{L}])(?:company|firm|corporate|union|bank|airline|carrier|charity|club|team|brokerage|hospital|hotel|museum|church|store|retailer|restaurant|casino|zoo)\\s+(?:spokes(?:man|woman|person)|officials?|executives?|representatives?|sources?)(?![\\p{L}])|(?<![\\p{L}])union\\s+leaders?(?![\\p{L}])',
  'iu',
  // Compiled only where one of its last words is there (lexicon.ts GuardedRegExp).
  partsHint(['spokes', 'official', 'executive', 'representative', 'source', 'leader']),
);
/** Titles of business: "CEO and president", "Chief Strategy Officer", "co-founder". */
const CORPORATE_TITLES = new GuardedRegExp(
  '(?<![\\p{L}])(?:CEO|CFO|COO|CTO|chief\\s+executive|[Cc]hief\\s+(?:\\p{L}+\\s+){1,2}[Oo]fficer|co-founder|founder|general\\s+manager|managing\\s+director|[Gg]eneral\\s+[Mm]anager|[Mm]anaging\\s+[Dd]irector)(?![\\p{L}])',
  'iu',
  partsHint(['CEO', 'CFO', 'COO', 'CTO', 'chief', 'founder', 'general', 'managing']),
);
/** A vice president of a business's function: "vice president of sales", "vice president of government affairs at
 * Kestrel" (not "Vice President of the Republic"). */
const CORPORATE_VICE_PRESIDENT = /(?<![\p{L}])[Vv]ice[\s-][Pp]resident\s+(?:of|for)\s+(?!the\s)\p{Ll}/u;
/** Offices that are political whatever body they belong to; "president" and "secretary" are not among them
 * ("Emirates President Tim Clark", "the union's regional secretary"). */
const POLITICAL_OFFICES = wordsRegExp([
  // ("Atty. Gen. Ana Lowe": the attorney general, no general)
  'atty. gen.',
  'atty gen.',
  'atty gen',
  'minister',
  'prime minister',
  'senator',
  'sen.',
  'rep.',
  'sens.',
  'reps.',
  'representative',
  'congressman',
  'congresswoman',
  ...LOCAL_LEGISLATORS,
  'lawmaker',
  'legislator',
  'MP',
  'governor',
  'gov.',
  'mayor',
  'ambassador',
  'envoy',
  'diplomat',
  'secretary of state',
  'assistant secretary',
  'deputy secretary',
  'under secretary',
  'undersecretary',
  'homeland security',
  'attorney general',
  'solicitor general',
  'surgeon general',
  'chancellor',
  'white house',
  'state department',
  'national security council',
]);
/** A state's or a province's premier ("Queensland Premier Ana Lowe"), not a league or a brand of that name. */
const PREMIER = /(?<![\p{L}])[Pp]remier(?!\s+\p{Lu})(?![\p{L}])/u;
/** Last words of names that a public body or a business may bear alike ("National Weather Center", "Kestrel
 * Center"): they say no more than that a body is named. */
const PUBLIC_BODY_ENDS = new Set(
  'Center Centre Office Bureau Service Services Authority Agency Commission Committee Board Court Council Directorate Register Administration'.split(
    ' ',
  ),
);
/** A head of state's or a deputy's title standing alone: "President", "Vice President", "Vice-President". */
const STATE_TITLE_ALONE = /^(?:Vice[\s-])?President$/u;
/** The head of a public body's name: "Service", "Department", "Administration". */
const PUBLIC_BODY_HEAD =
  /\s(?:Service|Department|Agency|Administration|Office|Bureau|Commission|Authority|Board|Ministry|Survey|Corps)$/u;
/** "U.S. Forest Service", "Harlow State Parks Service", "Federal Highway Administration": a public body's head after a
 * country, a state or "Federal" (not "U.S. Chamber of Commerce", "Kestrel Services"). */
function isStateBody(name: string): boolean {
  if (!PUBLIC_BODY_HEAD.test(name)) return false;
  const first = name.split(/\s+/)[0] ?? '';
  return isCountryLike(first) || /^(?:Federal|State|County|City)\s|\sState\s/u.test(name);
}
/** A committee of a legislature: "House Transport Committee Chairman", "the Senate Armed Services Committee". */
const LEGISLATIVE_COMMITTEE =
  /\b(?:House|Senate|Assembly|Congressional|Parliamentary|Legislative|Commons|Lords)\s+(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,4}(?:Committee|Subcommittee|Caucus)\b/u;
/** A capitalised title whose first word is a city, a county or a state: "County Supervisor", "City Chief Engineer". */
const LOCAL_OFFICE =
  /^(?:City|County|State|Town|Township|Municipal|Borough|Parish|Village|Provincial)(?:\s+\p{Lu}\p{Ll}+)+$/u;
function isLocalOffice(role: string): boolean {
  return LOCAL_OFFICE.test(role) && PERSON_TITLES.has(role.split(/\s+/).pop()?.toLowerCase() ?? '');
}
/** Trades whose people comment as analysts: "Director, Zentro Securities", "Head of Research at Kestrel Capital". */
const RESEARCH_FIRM_WORDS = wordsRegExp([
  'securities',
  'equities',
  'research',
  'capital markets',
  'brokerage',
  'broking',
  'advisors',
  'advisers',
  'advisory',
  'wealth',
  'asset management',
  'analytics',
  'ratings',
  'economics',
  'consultancy',
]);
/**
 * World knowledge, like the country list: armed groups (category other, as in the seed) and state agencies
 * known by their names alone (category government), as written.
 */
const ARMED_GROUPS = wordsRegExp([
  'Taliban',
  'Islamic State',
  'ISIS',
  'ISIL',
  'Daesh',
  'al-Qaeda',
  'al Qaeda',
  'al-Shabab',
  'al-Shabaab',
  'Hamas',
  'Hezbollah',
  'Houthis',
  'Houthi',
  'Boko Haram',
  'militants',
  'insurgents',
  'rebels',
  'rebel',
  'insurgent',
  'armed group',
]);
const STATE_AGENCIES = wordsRegExp(
  [
    'NASA',
    'FBI',
    'CIA',
    'NSA',
    'EPA',
    'FDA',
    'CDC',
    'FAA',
    'FCC',
    'FTC',
    'SEC',
    'IRS',
    'DHS',
    'DOD',
    'DoD',
    'DOJ',
    'HHS',
    'NIH',
    'NOAA',
    'USDA',
    'NHS',
    'Federal Reserve',
    'Fed',
    'Bank of England',
    'European Central Bank',
    'ECB',
    'Reserve Bank',
    'Supreme Court',
  ],
  '',
);

const EMPLOYER_TITLES = (
  'president vice chairman chairwoman chair chief ceo director spokesman spokeswoman spokesperson ' +
  'administrator head coordinator secretary executive founder manager official'
)
  .split(' ')
  .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
/** Capitalised words right before a title: "Emirates President", "Taliban spokesman". */
const EMPLOYER_BEFORE_TITLE = new RegExp(
  `^((?:\\p{Lu}[\\p{L}.&-]*\\s+(?:(?:of|for)\\s+(?:the\\s+)?)?){1,4})(?:${EMPLOYER_TITLES})(?![\\p{L}])`,
  'u',
);
/** The words before a title without an article and those that say when one held it ("Former Emirates" →
 * "Emirates", "The" → ""). */
function withoutWhenInPost(words: string | undefined): string | undefined {
  const kept = words
    ?.split(/\s+/)
    .filter((w) => w !== '' && !WHEN_IN_POST.has(w.toLowerCase()) && !/^(?:the|an?)$/i.test(w));
  return kept?.join(' ');
}
/** True of every role EMPLOYER_BEFORE_TITLE matches: on the others it is never compiled. */
const EMPLOYER_TITLE_HINT = new RegExp(`\\s(?:${EMPLOYER_TITLES})`);

/** "Defense", "U.S. Interior", "Homeland Security": a portfolio, after the country whose it is. */
function isPortfolio(name: string): boolean {
  const words = name.split(/\s+/);
  const from = isCountryLike(words[0] ?? '') ? 1 : 0;
  const rest = words.slice(from).map((w) => w.toLowerCase());
  // ("Security chief" alone is any firm's; "Homeland Security" is a department)
  return (
    rest.length > 0 &&
    PORTFOLIO_WORDS.has(rest[0] ?? '') &&
    rest.every((w) => PORTFOLIO_WORDS.has(w) || w === 'security')
  );
}

/** A judge's title alone before a name ("Justice Ana Lowe", "Chief Justice"). */
const JUSTICE_TITLE = /^(?:Chief\s+)?Justice$/u;
/** A doctor's or a professor's title alone before a name ("Dr. Ana Lowe", "Dr Lowe", "Prof. Brand"). */
const DOCTOR_TITLE = /^(?:Dr|Prof)\.?$/u;

/** Where a categoriser looks up what the rest of the text says: the text's knowledge and the sources so far. */
export interface CategoryContext {
  knowledge: TextKnowledge;
  /** Every source met so far (an employer or an affiliation may be one of them). */
  entities: readonly Entity[];
}

/** Puts a source in the category a reader would: from its name, role, affiliation and appositions, and from what
 * the rest of the text says about it. */
export class SourceCategorizer {
  constructor(private readonly context: CategoryContext) {}

  categorize(e: Entity): SourceCategory {
    // ("a close friend of the mayor" is no official)
    const relative = e.role !== null && RELATION_ROLE.test(e.role);
    const parts = [
      withoutWhomClose(e.name),
      withoutWhomClose(e.role ?? ''),
      relative ? '' : (e.affiliation ?? ''),
      ...e.context.map(withoutWhomClose),
    ];
    // "the IFS director": an acronym stands for its long form (Institute for Fiscal Studies).
    for (const acronym of parts.join(' ').match(/\b\p{Lu}{2,8}\b/gu) ?? []) {
      const long = this.context.knowledge.acronyms.get(acronym);
      if (long) parts.push(long);
    }
    // What the rest of the text says about a named person: "Rep. Ana Lowe", "Ivo Brand, the former envoy".
    if (e.kind === 'person' && e.surname)
      parts.push(...descriptionsOf(this.context.knowledge, e.surname, e.name).map(withoutWhomClose));
    const text = parts.join(' | ');
    if (MEDIA_WORDS.test(text) && !GOVERNMENT_TITLE_WORDS.test(text)) return 'media';
    // ("Kristen Welker of NBC"; not "lawyers for the NBC" where the text spells NBC out as a bottler's name)
    const network = NETWORK_ACRONYM.exec(text)?.[0];
    if (network && !this.context.knowledge.acronyms.has(network)) return 'media';
    // ("the Harlow Union Leader", "the Tarn Leader-Post": a body named with "Leader" last is a paper, not a
    // government's leader)
    if (e.named && e.kind === 'organization' && PAPER_LEADER.test(e.name)) return 'media';
    // ("former sports editor of the Harlow Evening Speaker": a newsroom's post, whatever the paper is called)
    if (e.kind === 'person' && e.role && MEDIA_POST.test(e.role) && !POLITICAL_OFFICES.test(e.role)) return 'media';
    if (e.named && e.kind === 'organization' && MEDIA_NAME_WORDS.test(e.name)) return 'media';
    // "a pro-government daily", "the weekly": a paper named by how often it comes out.
    if (!e.named && e.kind === 'organization' && PAPER_BY_ISSUE.test(e.name)) return 'media';
    // A site cited by its address in lower case ("according to tarnow-news.pl") is an outlet; a government's own
    // address is the government's.
    if (e.named && e.kind === 'organization' && isSiteAddress(e.name)) {
      return GOVERNMENT_SITE.test(e.name) ? 'government' : 'media';
    }
    // "An editorial in the Harbin Youth Daily": a paper's own piece speaks for the paper.
    if (e.kind === 'document' && OUTLET_PIECE.test(e.name) && MEDIA_NAME_WORDS.test(e.name)) return 'media';
    // ("rebel leaders", "insurgent commanders": an armed group's people speak for it)
    // (not "experts on Islamic militants")
    if (e.kind === 'organization' && ARMED_GROUPS.test(e.name)) return 'other';
    if (e.kind === 'group' && ARMED_GROUPS.test(e.name) && !EXPERT_WORDS.test(e.name)) return 'other';
    if (e.kind === 'organization' && STATE_AGENCIES.test(e.name)) return 'government';
    // ("the House Judiciary Committee", "the Senate Armed Services Committee")
    if (e.kind === 'organization' && LEGISLATIVE_COMMITTEE.test(e.name)) return 'government';
    if (e.named && e.kind === 'organization' && isStateBody(e.name)) return 'government';
    // ("A representative from Kestrel Motors", "Officials at Harlow Rovers": whom an unnamed post serves decides, before
    // the post's word, which alone reads as the state's.)
    // ("A spokeswoman for the folk singer", "a spokesman for the family": a person's or a family's spokesperson speaks
    // for them, no state; "a spokesman for the president" does.)
    const spokenFor = e.named ? null : SPOKESPERSON_FOR.exec(e.name)?.[1];
    if (spokenFor && this.speaksForPeople(spokenFor)) return 'other';
    if ((e.kind === 'person' || e.kind === 'group') && !e.named && e.affiliation && SERVING_POST.test(e.name)) {
      const served = this.servedBody(e.affiliation, !SERVING_FOR.test(e.name));
      if (served) return served;
    }
    if (e.kind === 'person') {
      // A person speaks for the body they work for, unless their office is political or they are an analyst:
      // "Emirates President Tim Clark" (organization), "Taliban spokesman" (other), "NASA's Administrator".
      if (POLITICAL_OFFICES.test(text) || LEGISLATIVE_COMMITTEE.test(text) || PREMIER.test(text)) return 'government';
      // "Vice President Ana Lowe": the title alone, capitalised before a name, with no body named, is the state's.
      if (e.role !== null && STATE_TITLE_ALONE.test(e.role) && !e.affiliation) return 'government';
      // "County Supervisor Ana Lowe", "State Treasurer": a title of a city's, a county's or a state's.
      if (e.role !== null && isLocalOffice(e.role)) return 'government';
      // "Ana Lowe of the Harlow Chronicle": a person of a paper, with no post named, writes for it.
      if (e.role === null && e.affiliation && MEDIA_NAME_WORDS.test(e.affiliation)) return 'media';
      if (MILITARY_SECURITY_WORDS.test(text)) return 'military-security';
      if (e.named && MILITARY_RANK_BEFORE_NAME.test(e.context[0] ?? '')) return 'military-security';
      if (EXPERT_WORDS.test(text) || EXPERT_ENDING.test(text)) return 'expert';
      // ("Canada's founder": a country's founder or chief is its government's.)
      if (CORPORATE_TITLES.test(text) || BUSINESS_ROLE.test(text) || CORPORATE_VICE_PRESIDENT.test(text))
        return e.affiliation && isCountryLike(e.affiliation.replace(/['\u2019]s$/u, ''))
          ? 'government'
          : 'organization';
      if (e.affiliation && this.affiliationDoesResearch(e.affiliation)) return 'expert';
      const body = this.employer(e);
      if (body) return body;
      // "Justice Ana Lowe" sits on a court; "Dr. Ana Lowe", with nothing else said of her, speaks as an expert.
      if (e.role !== null && JUSTICE_TITLE.test(e.role)) return 'government';
      if (e.role !== null && DOCTOR_TITLE.test(e.role)) return 'expert';
    }
    // ("union leaders", "company executives": a body's people as a group speak for the body, as one of them does)
    if (e.kind === 'group' && BUSINESS_ROLE.test(text)) return 'organization';
    if (GOVERNMENT_TITLE_WORDS.test(text)) return 'government';
    if (MILITARY_SECURITY_WORDS.test(text)) return 'military-security';
    if (EXPERT_WORDS.test(text) || EXPERT_ENDING.test(text)) return 'expert';
    if (e.kind === 'person' && e.affiliation && this.affiliationDoesResearch(e.affiliation)) return 'expert';
    if (e.named && e.kind === 'organization' && isCountryLike(e.name)) return 'government';
    if (BUSINESS_AGENCY.test(text)) return 'organization';
    // ("the American Farm Bureau Federation": a federation of farmers, whatever bureau its name holds)
    if (e.named && e.kind === 'organization' && NON_STATE_BODY_END.test(e.name)) return 'organization';
    if (GOVERNMENT_WORDS.test(text)) return 'government';
    // "The city said", "the county has not answered": a local government, unnamed.
    if (!e.named && e.kind === 'organization' && LOCAL_GOVERNMENT.test(e.name)) return 'government';
    if (ORGANIZATION_WORDS.test(text)) return 'organization';
    if (e.named && e.kind === 'organization') return 'organization';
    // "a new study", "the report", "official figures": what a document or data says is the organisation-or-data
    // kind of source (a book or a film is someone's work, no data).
    if (e.kind === 'document' && !WORK_HEAD.test(e.name)) return 'organization';
    return 'other';
  }

  /** The category of the body a person works for, when the text names one: their affiliation, the owner in
   * their role ("the union's regional secretary") or a name in their title ("Emirates President"). */
  private employer(e: Entity): SourceCategory | null {
    // Only a post makes a body someone's employer: "Penn State quarterback Sean Clifford" speaks for himself.
    if (!EMPLOYMENT_TITLES.test([e.role ?? '', ...e.context].join(' | '))) return null;
    // (`title`: the capitalised words before a post, where a portfolio says government: "Defense Secretary")
    const candidates: { name: string; owner: boolean; title?: boolean }[] = [];
    // "Advanced Boat Programs at Kestrel Marine": the body is the last one named.
    // ("Kestrel of America": a company's arm in a country is the company's, not the country's.)
    if (e.affiliation) {
      const parts = e.affiliation.split(/\s+(?:at|of)\s+/);
      const arm = parts.length === 2 && /^\p{Lu}\S*$/u.test(parts[0] ?? '') && !ORG_NAME_WORDS.has(parts[0] ?? '');
      candidates.push({ name: arm && / of /.test(e.affiliation) ? e.affiliation : (parts.pop() ?? ''), owner: false });
    }
    for (const role of [e.role, ...e.context]) {
      if (!role) continue;
      const owner = /^(?:the\s+)?(.+?)(?:['\u2019]s|s['\u2019])\s/u.exec(role)?.[1];
      if (owner) candidates.push({ name: owner, owner: true });
      // Capitalised words before a title: "Emirates President", "Taliban spokesman", "White House adviser".
      // ("Former President": when one held a post is no body; "Former Emirates President": Emirates.)
      const qualifier = EMPLOYER_TITLE_HINT.test(role)
        ? withoutWhenInPost(EMPLOYER_BEFORE_TITLE.exec(role)?.[1])
        : undefined;
      if (qualifier) candidates.push({ name: qualifier, owner: false, title: true });
    }
    for (const candidate of candidates) {
      // ("A Lumo spokesperson": the body is Lumo)
      const name = candidate.name.replace(/^(?:the|an?)\s+/i, '').trim();
      if (name === '' || name === e.name) continue;
      // "Brand's attorney": a person's name is no employer.
      const single = !/\s/.test(name.replace(/['\u2019]s$/, ''));
      if ((candidate.owner || single) && this.context.knowledge.people.has(normSurname(name.split(/\s+/).pop() ?? '')))
        continue;
      if (isCountryLike(name) || isDemonym(name.split(/\s+/)[0] ?? '') || (candidate.title && isPortfolio(name)))
        return 'government';
      if (ARMED_GROUPS.test(name)) return 'other';
      if (STATE_AGENCIES.test(name) || GOVERNMENT_WORDS.test(name) || GOVERNMENT_TITLE_WORDS.test(name))
        return 'government';
      if (RESEARCH_FIRM_WORDS.test(name) || EXPERT_WORDS.test(name)) return 'expert';
      if (MEDIA_NAME_WORDS.test(name) || MEDIA_WORDS.test(name)) return 'media';
      const aliases = new Set([normName(name)]);
      const org = this.context.entities.find((x) => x.kind === 'organization' && sameOrganisation(x, aliases, name));
      if (org) return this.categorize(org);
      // A capitalised name of no known kind is a business, for a named person ("Blue Origin"); for an unnamed
      // one it is as likely a place ("One resident of Mill Lane").
      // ("a spokeswoman for Kestrel Ventures": a name that ends like a business's is a body, named source or not)
      const last = name.split(/\s+/).pop() ?? '';
      const bodyEnd = ORG_NAME_WORDS.has(last) && !PUBLIC_BODY_ENDS.has(last);
      if (ORGANIZATION_WORDS.test(name) || bodyEnd || (e.named && /^\p{Lu}/u.test(name))) return 'organization';
    }
    return null;
  }

  /** Whom a spokesperson speaks for is one person or a family, by a common noun ("the folk singer", "her family"),
   * and no one in office ("the president", "the foreign minister") or in uniform. */
  private speaksForPeople(whom: string): boolean {
    const last = (whom.split(/\s+/).pop() ?? '').toLowerCase();
    if (!PERSON_ROLE_NOUNS.has(last) && !PRIVATE_PEOPLE.test(last)) return false;
    return !(namesStateOffice(whom) || MILITARY_SECURITY_WORDS.test(whom) || JUSTICE_TITLE.test(whom));
  }

  /** The body an unnamed post serves, where its name alone says so: one the text knows, or a name in capitals that
   * is no place, no state body and no armed force ("Kestrel Motors", "Harlow Rovers"; not "the Harlow Department of
   * Transport", "the US military", "the folk singer"). `place`: the post is "at" or "from" it, not "for" it. */
  private servedBody(affiliation: string, place: boolean): SourceCategory | null {
    const name = affiliation.replace(/^(?:the|an?)\s+/i, '').trim();
    const aliases = new Set([normName(name)]);
    const org = this.context.entities.find((x) => x.kind === 'organization' && sameOrganisation(x, aliases, name));
    if (org) return this.categorize(org);
    const words = name.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    // (No one works "at" or comes "from" a person: "officials at Tarnby Wanderers" are a club's, whatever the text's
    // names read it as.)
    if (!place) {
      const surname = normSurname(last);
      // ("A spokesman for Ana Lowe" speaks for her: as she would, a senator or a singer.)
      const person = this.context.entities.find((x) => x.kind === 'person' && x.surname === surname && x.named);
      if (person) return this.categorize(person);
      // (One the text names but no one quotes: as what the text calls them, or no state's.)
      const { knowledge } = this.context;
      const full = knowledge.people.get(surname);
      if (full) {
        const text = [...descriptionsOf(knowledge, surname, name), ...(knowledge.titles.get(full) ?? [])].join(' | ');
        if (namesStateOffice(text)) return 'government';
        return MILITARY_SECURITY_WORDS.test(text) ? 'military-security' : 'other';
      }
    }
    const proper = words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && /^(?:of|and|for|de|&)$/.test(w)));
    if (
      !proper ||
      isCountryLike(name) ||
      isDemonym(words[0] ?? '') ||
      PUBLIC_BODY_ENDS.has(last) ||
      PUBLIC_NAME_WORD.test(name) ||
      STATE_AGENCIES.test(name) ||
      GOVERNMENT_WORDS.test(name) ||
      GOVERNMENT_TITLE_WORDS.test(name) ||
      MILITARY_SECURITY_WORDS.test(name) ||
      ARMED_GROUPS.test(name)
    )
      return null;
    if (RESEARCH_FIRM_WORDS.test(name) || EXPERT_WORDS.test(name)) return 'expert';
    if (MEDIA_NAME_WORDS.test(name) || MEDIA_WORDS.test(name)) return 'media';
    return 'organization';
  }

  /** "Zentro's director": Zentro was cited as one that "monitors ferry traffic online". */
  private affiliationDoesResearch(affiliation: string): boolean {
    const aliases = new Set([normName(affiliation)]);
    const org = this.context.entities.find(
      (x) => x.kind === 'organization' && sameOrganisation(x, aliases, affiliation),
    );
    return org !== undefined && RESEARCH_ACTIVITY_WORDS.test([...org.context, ...org.activities].join(' | '));
  }
}

// Vocabularies shared by the attribution grammar (attribution.ts, noun-phrase.ts) and the source registry:
// categories of language (titles, role nouns, place names, organisation words), never one page's words. Lower-case
// unless the comment says otherwise.

/** The characters a word's pattern escapes with a backslash. */
const PATTERN_SYNTAX = new Set('.*+?^{}$()|[]\\');

/**
 * Builds one whole-word alternation from a word list, longest first; `letter` writes each character of a word that
 * is neither a space (any run of white space) nor pattern syntax (escaped). A loop over code points rather than a
 * `replace` with a callback per character: the lists are written out when the engine's module is set up, on the
 * way to a page's first highlights (issue 15).
 */
export function wordsPattern(words: readonly string[], letter: (c: string) => string = (c) => c): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => {
      let out = '';
      for (const c of w) out += c === ' ' ? '\\s+' : PATTERN_SYNTAX.has(c) ? `\\${c}` : letter(c);
      return out;
    })
    .join('|');
}

/**
 * The letters a case-insensitive Unicode RegExp (`iu`) takes for an ASCII letter: both cases, and for k and s the
 * two code points outside ASCII whose case folding gives them (KELVIN SIGN, LATIN SMALL LETTER LONG S).
 */
const ASCII_CASE_EXTRA: Readonly<Record<string, string>> = { k: '\u212A', s: '\u017F' };
/** Each ASCII letter's class (both cases, and what case folding adds), built once. */
const CASE_CLASSES: ReadonlyMap<string, string> = new Map(
  [...'abcdefghijklmnopqrstuvwxyz'].flatMap((lower) => {
    const cls = `[${lower}${lower.toUpperCase()}${ASCII_CASE_EXTRA[lower] ?? ''}]`;
    return [
      [lower, cls],
      [lower.toUpperCase(), cls],
    ];
  }),
);
/** Letters and digits, and what `iu` adds to them by case folding: U+0345 (COMBINING GREEK YPOGEGRAMMENI, which
 * folds to iota). */
const WORD_CHAR_CASELESS = '\\p{L}\\p{N}\\u0345';
const NOT_ASCII = /[^ -~]/;

function caseClass(c: string): string {
  return CASE_CLASSES.get(c) ?? c;
}

/**
 * A RegExp whose `test` first asks `hint`, a cheap test (no \p{…} class to compile) that is true of every text this
 * pattern matches, and says no at once where the hint says no. Why: V8 compiles a RegExp on its first use, and one
 * with \p{L} classes and lookarounds costs about a millisecond of a page's first analysis (Chromium, a CPU profile
 * of the engine's cold run); most word lists are tested on text holding none of their words, so on most pages they
 * are never compiled. `exec`, `match` and `replace` use the full pattern, unguarded. Not for global or sticky
 * patterns (their `test` moves `lastIndex`).
 */
export class GuardedRegExp extends RegExp {
  constructor(
    source: string,
    flags: string,
    private readonly hint: (text: string) => boolean,
  ) {
    super(source, flags);
    if (this.global || this.sticky) throw new Error('GuardedRegExp: no g or y flag');
  }

  override test(text: string): boolean {
    return this.hint(text) && super.test(text);
  }
}

/** LATIN SMALL LETTER LONG S: `iu` takes it for "s", but it lower-cases to itself. */
const LONG_S = '\u017F';

/**
 * A hint for a case-insensitive (`iu`) pattern whose every match holds one of `parts` (ASCII): true where a part
 * lower-cased is in the text lower-cased, and sometimes where the pattern finds nothing (KELVIN SIGN lower-cases to
 * "k"; a text with a long s is always let through).
 */
export function partsHint(parts: readonly string[]): (text: string) => boolean {
  const lowerParts = [...new Set(parts.map((p) => p.toLowerCase()))];
  return (text) => {
    if (text.includes(LONG_S)) return true;
    const lower = text.toLowerCase();
    return lowerParts.some((part) => lower.includes(part));
  };
}

/** The first part (up to a space) of each word: every whole-word match of the list holds one. */
const firstParts = (words: readonly string[]): string[] => words.map((w) => w.split(' ')[0] ?? '');

/** A hint from a RegExp (no g or y flag): a pattern without the \p{…} parts of the one it guards. */
export const hintOf =
  (hint: RegExp) =>
  (text: string): boolean =>
    hint.test(text);

/** The letters `iu` takes for each ASCII letter of `source` (a pattern with no character classes), in classes. */
export function asciiCaseless(source: string): string {
  // A backslash escape is kept as it is ("\s", "\."); a bare letter gets its class.
  return source.replace(/\\.|[a-z]/gis, (c) => (c.length === 1 ? caseClass(c) : c));
}

/**
 * Turns a list into a whole-word RegExp, grouped and compiled once. Case-insensitive by default: for a list of
 * ASCII words it is written with both cases in classes and without the `i` flag, which matches the same text as
 * `iu` does (tests/analysis/lexicon.test.ts checks it on every code point). Why: V8 compiles an `iu` RegExp with
 * \p{L} classes by closing them over case first, about twice the work on a page's first analysis (Chromium, a
 * CPU trace of the engine's first run: these lists are compiled in every article's source categories).
 */
export function wordsRegExp(words: readonly string[], flags = 'i'): RegExp {
  if (flags.includes('i') && !words.some((w) => NOT_ASCII.test(w))) {
    const pattern = wordsPattern(words, caseClass);
    const source = `(?<![${WORD_CHAR_CASELESS}])(?:${pattern})(?![${WORD_CHAR_CASELESS}])`;
    const rest = flags.replace('i', '');
    if (/[gy]/.test(rest)) return new RegExp(source, `u${rest}`);
    return new GuardedRegExp(source, `u${rest}`, partsHint(firstParts(words)));
  }
  const source = `(?<![\\p{L}\\p{N}])(?:${wordsPattern(words)})(?![\\p{L}\\p{N}])`;
  if (/[giy]/.test(flags)) return new RegExp(source, `u${flags}`);
  // Case kept: every match holds one of the words' first parts as it is written.
  const parts = firstParts(words);
  return new GuardedRegExp(source, `u${flags}`, (text) => parts.some((part) => text.includes(part)));
}

/** Clause openers that stand before a subject: "But the official said", "Still, Zentro's director". */
export const CONNECTIVES = new Set(
  (
    'but and or so still yet however meanwhile moreover also instead separately nonetheless nevertheless ' +
    'indeed now then earlier later overall thus hence besides furthermore further again too while whereas ' +
    'although though since because as when where after before today yesterday tonight here likewise similarly ' +
    'otherwise once ' +
    // adverbs that are never a noun's modifier: "Elsewhere, the council said"
    'elsewhere abroad afterwards afterward altogether anyway regardless'
  ).split(' '),
);

/** Adverbs of place that may also modify a noun ("online players", "overseas investors") or open a clause ("There
 * is"), and the ordinals that count an argument's steps ("First Lady"): a clause opener only as a segment of their
 * own, before a comma ("Online, commuters said", "There, the chairman said", "First, the report counts"). */
export const FRONTED_ADVERBS = new Set(
  'online offline nearby overseas upstream downstream there first firstly secondly thirdly finally lastly'.split(' '),
);

/** Answers and concessions that open a sentence as a segment of their own ("Sure, the data suggest", "True, …"):
 * a clause opener, no name. */
export const CONCESSIONS = new Set('sure true granted admittedly okay ok'.split(' '));

/** Weekdays and months: capitalised, but never a name. */
export const CALENDAR_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december'
  ).split(' '),
);

/** American states as papers abbreviate them after a lawmaker's party ("R-Ariz.", "D-NY"): abbreviation -> name. */
export const US_STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  (
    'Alabama:Ala.,AL;Alaska:Alaska,AK;Arizona:Ariz.,AZ;Arkansas:Ark.,AR;California:Calif.,Cal.,CA;' +
    'Colorado:Colo.,CO;Connecticut:Conn.,CT;Delaware:Del.,DE;Florida:Fla.,FL;Georgia:Ga.,GA;' +
    'Hawaii:Hawaii,HI;Idaho:Idaho,ID;Illinois:Ill.,IL;Indiana:Ind.,IN;Iowa:Iowa,IA;Kansas:Kan.,Kans.,KS;' +
    'Kentucky:Ky.,KY;Louisiana:La.,LA;Maine:Maine,ME;Maryland:Md.,MD;Massachusetts:Mass.,MA;' +
    'Michigan:Mich.,MI;Minnesota:Minn.,MN;Mississippi:Miss.,MS;Missouri:Mo.,MO;Montana:Mont.,MT;' +
    'Nebraska:Neb.,Nebr.,NE;Nevada:Nev.,NV;New Hampshire:N.H.,NH;New Jersey:N.J.,NJ;New Mexico:N.M.,NM;' +
    'New York:N.Y.,NY;North Carolina:N.C.,NC;North Dakota:N.D.,ND;Ohio:Ohio,OH;Oklahoma:Okla.,OK;' +
    'Oregon:Ore.,Oreg.,OR;Pennsylvania:Pa.,Penn.,PA;Rhode Island:R.I.,RI;South Carolina:S.C.,SC;' +
    'South Dakota:S.D.,SD;Tennessee:Tenn.,TN;Texas:Texas,Tex.,TX;Utah:Utah,UT;Vermont:Vt.,VT;' +
    'Virginia:Va.,VA;Washington:Wash.,WA;West Virginia:W.Va.,W.V.,WV;Wisconsin:Wis.,Wisc.,WI;' +
    'Wyoming:Wyo.,WY'
  )
    .split(';')
    .flatMap((entry) => {
      const [name = '', abbreviations = ''] = entry.split(':');
      return abbreviations.split(',').map((a): [string, string] => [a, name]);
    }),
);

/** A government's portfolios: "Defense Secretary", "Homeland Security Secretary", "Health chief". */
export const PORTFOLIO_WORDS: ReadonlySet<string> = new Set(
  (
    'foreign interior defense defence finance health justice economy economic trade energy education labor labour ' +
    'agriculture transport transportation environment housing culture treasury commerce homeland veterans'
  ).split(' '),
);

/** Titles that stand before a name ("Fisheries Minister Ivo Brand", "Colonel Omar al-Rashan"). */
export const PERSON_TITLES = new Set(
  (
    'president vice-president minister premier chancellor secretary ambassador envoy governor mayor senator ' +
    'sen. rep. sens. reps. sens reps representative congressman congresswoman lawmaker legislator mp judge justice prosecutor ' +
    'attorney king queen prince princess emir sheikh sultan pope bishop archbishop cardinal imam rabbi ' +
    'general gen. colonel col. lieutenant lt. major maj. captain capt. sergeant sgt. commander cmdr. admiral ' +
    'adm. brigadier marshal corporal private officer chief director spokesman spokeswoman spokesperson ' +
    'chairman chairwoman chair ceo cfo coo cto vp founder executive president-elect pres. professor prof. dr. doctor mr. ' +
    'mrs. ms. mr mrs ms dr sir dame lord lady detective inspector superintendent sheriff commissioner ' +
    'deputy head leader analyst economist researcher editor correspondent coach manager det insp supt cllr ' +
    'speaker whip administrator coordinator gov. gov rev rev. councilman councilwoman councillor coun brig brig. ' +
    // Ranks abbreviated without a full stop, as British papers write them: "Sgt Ivo Brand" (not "Gen", also a given
    // name).
    'col lt maj capt sgt ' +
    // A priest, as Irish and British papers write it: "Fr Tom Lowe".
    'fr fr. ' +
    // A player's position, as sports pages write it before the name: "Harlow QB Ivo Brand".
    'qb rb wr dl lb cb dt ot ' +
    // ... or spelt out: "Linebacker Ivo Brand", "Goalkeeper Lena Holm", "Striker Tom Reed".
    'linebacker quarterback cornerback receiver tailback fullback halfback goalkeeper goalie striker midfielder ' +
    'defender winger pitcher catcher shortstop outfielder infielder ' +
    // Local and state offices, as American and British papers title them: "Assemblywoman Ana Lowe", "County
    // Supervisor Ivo Brand", "Coroner Ed Moss".
    'assemblyman assemblywoman assemblymember councilmember councilor alderman alderwoman selectman selectwoman ' +
    'comptroller treasurer magistrate coroner supervisor'
  ).split(' '),
);

/** Words that qualify a title ("Foreign Minister", "Deputy Prime Minister", "former President"). */
export const TITLE_QUALIFIERS = new Set(
  (
    'former acting deputy vice prime foreign interior defense defence finance health justice economy trade ' +
    'energy oil education labor labour agriculture transport environment housing culture information ' +
    'intelligence security home state interim caretaker chief senior top lead assistant associate executive ' +
    'managing general attorney lieutenant major brigadier rear first second supreme grand crown high'
  ).split(' '),
);

/** Titles in the plural before a pair of names, and each name's title: "Sens. Carla Voss and Ben Ruiz". */
export const PLURAL_TITLES: ReadonlyMap<string, string> = new Map([
  ['sens.', 'Sen.'],
  ['reps.', 'Rep.'],
  ['govs.', 'Gov.'],
  ['drs.', 'Dr.'],
  ['profs.', 'Prof.'],
]);

/** A relative or a friend and whom they are close to: "a close friend of the mayor", "the wife of the governor"
 * (group 1 without the "of" phrase, which names no employer and says nothing of what the source is). */
const RELATION_WORDS =
  '(?:friend|relative|neighbou?r|acquaintance|wife|husband|spouse|cousin|uncle|aunt|nephew|niece|(?:half-|step)?brother|(?:half-|step)?sister|son|daughter|mother|father|parent|family|classmate|girlfriend|boyfriend|widow|widower)(?:s|-in-law)?';
export const RELATION_OF = new RegExp(`^((?:[\\p{L}\\d-]+\\s+){0,3}?${RELATION_WORDS})\\s+of\\s[\\s\\S]*$`, 'iu');
/** A role that names a relative or a friend: "brother", "half-sister", "close friend". */
export const RELATION_ROLE = new RegExp(`(?:^|\\s)${RELATION_WORDS}$`, 'iu');
/** Whose relative or friend: "the mayor's brother" (group 1: the relation). */
const RELATION_OWNED = new RegExp(`^[\\s\\S]*?['\u2019]s\\s+((?:[\\p{L}-]+\\s+)?${RELATION_WORDS})$`, 'iu');

/** A relative's or a friend's description without whom they are close to ("a close friend of the mayor", "the
 * mayor's brother"): that person says nothing of what the source is. */
export function withoutWhomClose(text: string): string {
  return text.replace(RELATION_OF, '$1').replace(RELATION_OWNED, '$1');
}

/** Singular nouns for a person speaking in a capacity: "the official", "a spokesperson", "Zentro's director". */
export const PERSON_ROLE_NOUNS = new Set(
  (
    'official spokesperson spokesman spokeswoman source aide adviser advisor analyst expert researcher ' +
    'economist strategist diplomat minister president secretary ambassador envoy governor mayor senator ' +
    'lawmaker legislator representative congressman congresswoman judge prosecutor lawyer attorney officer ' +
    'commander general colonel captain soldier director chief head leader chairman chairwoman chair ceo ' +
    'founder executive manager employee worker staffer member person man woman resident witness survivor ' +
    'victim relative parent mother father son daughter brother sister friend neighbor neighbour student ' +
    'teacher doctor nurse scientist professor scholar academic historian fellow investigator detective ' +
    'inspector negotiator mediator operative agent insider observer activist campaigner organizer organiser ' +
    'protester militant fighter commentator journalist reporter editor correspondent columnist owner farmer ' +
    'trader banker investor consultant specialist engineer pilot driver passenger user customer voter ' +
    'candidate politician delegate monitor counterpart deputy coordinator administrator regulator auditor ' +
    // Family and the people close to someone: "his wife Mira explained", "her cousin Ana said".
    'wife husband spouse partner cousin uncle aunt nephew niece grandson granddaughter grandmother grandfather ' +
    'stepmother stepfather stepson stepdaughter girlfriend boyfriend half-brother half-sister stepbrother stepsister ' +
    'brother-in-law sister-in-law son-in-law daughter-in-law father-in-law mother-in-law ' +
    'colleague mom dad grandma grandpa ' +
    // People in the news by what they do or are: "the tycoon announced", "the incumbent denied".
    'mogul tycoon magnate billionaire millionaire entrepreneur landlord tenant nominee incumbent challenger ' +
    'frontrunner contender rival opponent critic supporter ally donor lobbyist pollster veteran retiree ' +
    'surgeon physician psychologist psychiatrist therapist pharmacist paramedic firefighter sheriff trooper ' +
    'fisherman shopkeeper vendor merchant actor actress singer rapper musician comedian anchor presenter ' +
    'pundit blogger author writer screenwriter producer novelist poet playwright filmmaker architect designer ' +
    'planner co-owner co-founder ' +
    'biographer philosopher ' +
    'dietitian dietician nutritionist dentist veterinarian pediatrician paediatrician dermatologist cardiologist ' +
    'epidemiologist virologist neurologist oncologist midwife technician accountant librarian ' +
    'priest pastor rabbi imam bishop cleric coach player athlete referee defendant plaintiff suspect juror ' +
    'inmate prisoner teenager boss ' +
    'councilman councilwoman councillor councilor councilmember assemblyman assemblywoman assemblymember alderman ' +
    'alderwoman selectman selectwoman comptroller treasurer magistrate coroner supervisor trustee'
  ).split(' '),
);

/** Plural nouns for people speaking together: "two harbour officials", "some local analysts". */
export const GROUP_NOUNS = new Set(
  (
    'officials sources aides advisers advisors analysts experts researchers economists strategists diplomats ' +
    'ministers leaders lawmakers legislators senators judges prosecutors lawyers officers commanders ' +
    'soldiers troops directors executives managers employees workers staffers members people residents ' +
    'witnesses survivors victims relatives families parents neighbors neighbours students teachers doctors ' +
    'nurses scientists scholars academics historians investigators detectives negotiators mediators ' +
    'operatives agents insiders observers activists campaigners organizers organisers protesters ' +
    'demonstrators militants fighters commentators journalists reporters editors hardliners critics ' +
    'supporters opponents allies partners authorities police owners farmers traders bankers investors ' +
    'consultants specialists engineers pilots users customers voters candidates politicians delegates ' +
    'monitors counterparts insurgents rebels villagers locals citizens parties groups officers ' +
    'moguls tycoons magnates billionaires millionaires landlords tenants nominees incumbents challengers ' +
    'contenders rivals donors lobbyists pollsters veterans retirees surgeons physicians psychologists ' +
    'psychiatrists therapists pharmacists paramedics firefighters troopers fishermen shopkeepers vendors ' +
    'merchants actors actresses singers rappers musicians comedians pundits bloggers authors novelists ' +
    'poets playwrights filmmakers architects designers priests pastors rabbis imams bishops clerics ' +
    'coaches players athletes referees defendants plaintiffs suspects jurors inmates prisoners teenagers ' +
    'dietitians dieticians nutritionists dentists veterinarians pediatricians paediatricians dermatologists ' +
    'cardiologists epidemiologists virologists neurologists oncologists midwives technicians accountants ' +
    'librarians councillors councilors councilmembers supervisors trustees magistrates coroners ' +
    // People named together by one word: "Two of the crew said", "the family said in a statement".
    'crew workforce family ' +
    // Organisations speaking together: "the companies said", "Pilots and skippers are of the view".
    'companies firms businesses brokerages brokers banks lenders insurers airlines carriers automakers ' +
    'carmakers manufacturers retailers agencies governments ministries unions universities institutions ' +
    // Shares of a people or a poll's sample: "A third said", "the majority believe".
    'third thirds quarter quarters half fifth fifths majority minority plurality'
  ).split(' '),
);

/**
 * Verbs of speech that may open a sentence before their speaker ('Said Penn, "..."', 'Stated Lowe: "..."'), in
 * the form they take there: never part of the speaker's name (knowledge.ts), and the cue (attribution.ts).
 */
export const OPENING_SPEECH_VERBS: readonly string[] =
  // (Not "Asked", "Continued", "Argued": they open a clause as often, "Asked about the plan, she said".)
  'Said Says Added Adds Wrote Writes Recalled Explained Noted Stated States Tweeted Insisted Replied'.split(' ');

/** Data and documents that "show" or are cited: "the data shows", "according to a filing". */
export const DOCUMENT_NOUNS = new Set(
  (
    'data figures statistics stats numbers report reports study studies survey surveys poll polls filing ' +
    'filings statement statements records documents document analysis research estimates estimate census ' +
    'review audit assessment index memo letter complaint indictment lawsuit ruling release transcript ' +
    'footage images video tally count database tracker forecast projections results findings ' +
    // What a story cites as showing something: "Exit polling showed", "leaked emails showed", "a 2009 paper found".
    'polling emails email paper papers recording recordings tape tapes cables messages photos photographs ' +
    'videos evidence testimony calculations analyses ' +
    // Inquiries and summaries of figures: "The inquiry found", "An average of recent polls shows".
    'inquiry investigation average averages tallies update updates ' +
    // Studies by what they did: "The comparison found that", "a 2031 examination by the auditor found", "a projection
    // from the port shows".
    'comparison comparisons examination examinations projection projections ' +
    // What a paper prints in its own voice, and posts: "An editorial in the Evening Post argues", "a post said".
    'editorial editorials column columns commentary op-ed essay article articles blog tweet tweets post posts ' +
    // ("A piece from the Harbor Review argues", "a story in the Evening Post says")
    'piece story ' +
    // Captures and tables of figures: "a leaked screenshot shows", "the spreadsheet lists".
    'screenshot screenshots spreadsheet spreadsheets chart charts graph graphs whitepaper whitepapers ' +
    // Campaign spots: "The ad says", "a new commercial claims".
    'ad ads advert adverts advertisement commercial commercials ' +
    // Books, films and sites that tell a life or a story: "according to his biography", "the book says".
    'biography biographies memoir memoirs book books website websites documentary film movie obituary ' +
    // A person's page online: "according to his Facebook profile" (not "page": "the results page shows fares").
    'profile profiles ' +
    // A court's written word: "the opinion said", "Friday's judgment found" (not "the opinions expressed here").
    'opinion judgment judgement verdict ' +
    // A body's formal decision: "Security Council resolutions declaring", "the resolution says".
    'resolution resolutions ' +
    // A hospital's or a service's notice: "according to a health bulletin".
    'bulletin bulletins ' +
    // Sworn and written records a story quotes: "an affidavit states", "the transcripts show", "an excerpt says".
    'affidavit affidavits excerpt excerpts transcripts memos letters rulings audits ' +
    'assessments evaluation evaluations announcement announcements documentation ' +
    'specification specifications guidance guidelines handbook manual dossier newsletter newsletters'
  ).split(' '),
);

/** Common nouns for an organisation speaking as itself: "the company said", "the ministry added". */
export const ORG_NOUNS = new Set(
  (
    'government ministry company firm agency department military army navy police court council committee ' +
    'commission bank group party union organization organisation office administration campaign coalition ' +
    'embassy regulator authority institute university foundation charity network newspaper broadcaster ' +
    // "state television reported", "Tarn public television said"
    'television radio tv ' +
    'channel outlet business carrier airline manufacturer lender insurer retailer utility operator ' +
    'prosecutor club team movement alliance militia regime cabinet parliament legislature senate congress ' +
    'white-house kremlin pentagon state country service services ministry brokerage broker automaker ' +
    'carmaker plane-maker planemaker maker producer supplier developer publisher exchange hospital school ' +
    // A trade speaking as one ("the oil industry says", "the gun lobby argued"), a centre ("the hurricane center said").
    'industry lobby sector center centre publication ' +
    // A local government speaking as one ("the city said", "the county has not responded").
    'city town county municipality ' +
    // Papers by how often they come out: "a pro-government daily reported", "the tabloid said".
    'daily weekly tabloid magazine ' +
    // "Kestrel, a start-up which aims"
    'start-up startup ' +
    // Bodies that hear and decide: "the panel said", "the jury found" ("It said" is theirs next).
    'panel jury tribunal ' +
    // Leagues, colleges, churches, labs: "the league argued", "the college said".
    'league federation association bureau college church studio laboratory lab ' +
    // Boards, watchdogs and other bodies that speak as one: "the water board said", "the nonprofit said".
    'board nonprofit non-profit watchdog think-tank thinktank society institution corporation consortium ' +
    'cooperative co-op conglomerate subsidiary trust fund ' +
    // Places that speak through their staff and forces by their unit: "the museum said", "the military command said".
    'museum zoo library command unit media ' +
    // A party's or a movement's part that speaks for itself: "the party's youth wing said".
    'wing'
  ).split(' '),
);

/** Nouns for a work that its title names: "her first book Winter Lamps", "the film Harbor Lights". */
export const WORK_NOUNS = new Set('book film movie documentary memoir biography novel album'.split(' '));
/** The last word of a document's name: "the Harbor Health Report", "the Tarn Household Survey". */
export const DOCUMENT_NAME_ENDS = new Set('report survey study index poll census audit outlook barometer'.split(' '));

/** Last words of organisation names, as written: "Zentro Research Group", "Vellmark Defence Forces". */
export const ORG_NAME_WORDS = new Set(
  (
    'Group Institute Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC PLC plc AG SA NV Holdings Company ' +
    'N.V. S.A. B.V. BV GmbH LLP L.P. SpA S.p.A. Bhd Bhd. Pty Radio Television TV Broadcasting ' +
    'Ministry Department Council Forces Army Navy Agency Bank Fund Party Organization Organisation ' +
    'Association Union University College Nations Commission Committee Office Bureau Service Services ' +
    'Authority Court Foundation Center Centre Network News Times Post Journal Observatory Board Federation ' +
    'League Alliance Front Movement Police Guard Guards Command Brigade Brigades Division Corps Parliament ' +
    'Senate Congress Assembly House Kremlin Pentagon Reuters Press Telegraph Herald Tribune Gazette Airlines ' +
    'Airways Technologies Systems Motors Industries Partners Capital Securities Energy Media Institution ' +
    'Coalition Administration Government Cabinet Tribunal Program Programme Initiative Project Council ' +
    'Society Trust Club Church Hospital School Laboratory Laboratories Lab Labs Watch International State Chamber ' +
    // Firms named by their trade: "Kotak Institutional Equities", "Ceres Robotics", "Blue Origin Aerospace".
    'Equities Research Advisors Advisers Advisory Investments Investment Financial Finance Insurance ' +
    'Robotics Aerospace Automotive Pharmaceuticals Ventures Solutions Software Airline Brokerage Broking ' +
    'Consulting Consultancy Analytics Ratings Markets Exchange Bureau Directorate Register Clinic Daily ' +
    // Papers known by their last word: "China Youth Daily", "Valley Courier".
    'Courier Chronicle Observer Inquirer Examiner Ledger Review Magazine ' +
    // Events, works and laws: "Harbor Film Awards", "Tarnby Growers Forum", "Fair Rent Act".
    'Awards Festival Conference Summit Forum Productions Studios Pictures Records Entertainment Act County ' +
    // More trades: "Zentro Games", "Harlow Therapeutics", "Kestrel Communications".
    'Games Interactive Publishing Publishers Therapeutics Pharma Biotech Communications Telecom Electronics ' +
    'Networks Logistics Railways Resources Mining Petroleum Healthcare Health Foods Brands Bancorp Platforms ' +
    // ("Harbor Air", "Kestrel Wireless", "Zentro Digital")
    'Air Wireless Digital ' +
    // Institutions a town names after itself: "the Tarnby Museum", "Harlow Zoo", "Kestrel Academy".
    'Museum Library Zoo Aquarium Gallery Academy Theatre Theater Orchestra Opera Airport Seminary Conservatory ' +
    'Prison Hotel ' +
    // Clubs: "Tarnby Wanderers", "Harlow Athletic", "Kestrel FC".
    'FC Rovers Wanderers Athletic'
  ).split(' '),
);

/** Lower-case name particles ("Omar al-Rashan", "Ludwig van Beethoven"). */
export const NAME_PARTICLES = new Set(
  'al el bin ibn bint de del della der den van von da di du dos das la le ter ten y'.split(' '),
);

/**
 * Countries and other states as written (matched case-insensitively), with their demonyms: a country or
 * its capital speaking ("Canada announced", "Ottawa said") is a government source, and "Chilean officials" are
 * government officials.
 */
export const COUNTRIES = (
  'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahrain|Bangladesh|' +
  'Belarus|Belgium|Bolivia|Bosnia|Brazil|Britain|Bulgaria|Burkina Faso|Burma|Cambodia|Cameroon|Canada|Chad|' +
  'Chile|China|Colombia|Congo|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Ecuador|Egypt|Eritrea|' +
  'Estonia|Ethiopia|Finland|France|Georgia|Germany|Ghana|Greece|Guatemala|Haiti|Honduras|Hungary|Iceland|' +
  'India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|' +
  'Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Libya|Lithuania|Luxembourg|Malaysia|Mali|Mexico|Moldova|Mongolia|' +
  'Montenegro|Morocco|Mozambique|Myanmar|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|' +
  'Norway|Oman|Pakistan|Palestine|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|' +
  'Rwanda|Saudi Arabia|Senegal|Serbia|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|' +
  'South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Tunisia|' +
  'Turkey|Turkiye|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|United Kingdom|U.K.|UK|' +
  'United States|U.S.|US|USA|America|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Europe|' +
  'European Union|EU|Gaza|West Bank|Kurdistan|Hong Kong|Scotland|Wales|England'
).split('|');

/** Demonyms and national adjectives ("Chilean", "European"). */
export const DEMONYMS = (
  'Afghan|Albanian|Algerian|American|Angolan|Arab|Argentine|Armenian|Australian|Austrian|Azerbaijani|' +
  'Bahraini|Bangladeshi|Belarusian|Belgian|Bolivian|Bosnian|Brazilian|British|Bulgarian|Burmese|Cambodian|' +
  'Canadian|Chadian|Chilean|Chinese|Colombian|Congolese|Croatian|Cuban|Cypriot|Czech|Danish|Dutch|' +
  'Ecuadorian|Egyptian|Emirati|English|Eritrean|Estonian|Ethiopian|European|Finnish|French|Georgian|German|' +
  'Ghanaian|Greek|Haitian|Hungarian|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Japanese|' +
  'Jordanian|Kazakh|Kenyan|Korean|Kosovar|Kurdish|Kuwaiti|Lebanese|Libyan|Lithuanian|Malaysian|Malian|' +
  'Mexican|Moroccan|Nepalese|Nigerian|Nigerien|Norwegian|Omani|Pakistani|Palestinian|Peruvian|Filipino|' +
  'Polish|Portuguese|Qatari|Romanian|Russian|Rwandan|Saudi|Scottish|Senegalese|Serbian|Somali|Spanish|' +
  'Sudanese|Swedish|Swiss|Syrian|Taiwanese|Thai|Tunisian|Turkish|Ugandan|Ukrainian|Venezuelan|Vietnamese|' +
  'Welsh|Western|Yemeni|Zambian|Zimbabwean|Gulf|African|Asian|Latin American|Middle Eastern|Arabian'
).split('|');

/** Capitals and seats of government used for their governments ("Ottawa", "Washington", "the Kremlin"). */
export const GOVERNMENT_SEATS = (
  'Washington|Moscow|Beijing|Baghdad|Damascus|Tehran|Kyiv|Kiev|London|Paris|Berlin|Ankara|Jerusalem|' +
  'Cairo|Riyadh|Tokyo|Seoul|Pyongyang|New Delhi|Delhi|Islamabad|Kabul|Brussels|Rome|Madrid|Ottawa|' +
  'Canberra|Beirut|Amman|Doha|Abu Dhabi|Muscat|Sanaa|Tripoli|Khartoum|Addis Ababa|Nairobi|Pretoria|Abuja|' +
  'Caracas|Havana|Mexico City|Brasilia|Buenos Aires|Taipei|Hanoi|Bangkok|Jakarta|Manila|Minsk|Warsaw|' +
  'Budapest|Belgrade|Athens|Tbilisi|Baku|Yerevan|Erbil|White House|Kremlin|Pentagon|Downing Street|' +
  'Elysee|Whitehall|Capitol Hill|State Department|Foggy Bottom'
).split('|');

/** Pronouns that name an earlier source ("he added", "they said", "it says"). */
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);

/** Number words and quantifiers that open an indefinite group ("two harbour officials", "some analysts"). */
export const QUANTIFIERS = new Set(
  (
    'a an one two three four five six seven eight nine ten eleven twelve dozen dozens several some many most ' +
    'few multiple various numerous other more than at least about around nearly almost over hundreds ' +
    'thousands both all no'
  ).split(' '),
);

/** Ordinals that pick out a second mention of a kind ("the second Vellmark official"): ignored when matching. */
export const ORDINALS = new Set('first second third fourth fifth sixth same other latter former last'.split(' '));

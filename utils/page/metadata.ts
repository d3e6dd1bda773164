// The article's title, authors, publisher (or the wire that wrote it), publication date and language, read
// from what the page shows first (h1, byline, source line, copyright line) and from its meta data second.
import { ORG_NAME_WORDS } from '../analysis/lexicon';
import { complete, type Steps } from '../analysis/steps';
import { collapse, isSkipped, signature, visibleText } from './dom';
import {
  type JsonObject,
  jsonLdArticle,
  jsonLdWebPage,
  namesField,
  personNames,
  referencedName,
  stringField,
} from './json-ld';
import type { PageIndex } from './page-index';
import { findHeadline, sameTitle } from './title';
import { COMMENTS_HINT, PHOTO_CREDIT, RELATIVE_TIME, SHARE_LINK, SOCIAL_PROMPT, WIRE_DATELINE } from './vocabulary';

export interface PageMetadata {
  title: string;
  authors: string[];
  publisher: string | null;
  published: string | null;
  language: string | null;
}

export interface MetadataInput {
  /** The article's body root, when one was found. */
  root: Element | null;
  /** The first block of the body (the title sits before it). */
  firstBlock: Element | null;
  /** Texts of the lines in and around the body (byline, dateline, copyright line), in page order. */
  bodyLines: readonly string[];
  /**
   * How many of `bodyLines` run to the body's last block; those after it are below the story (the cards of other
   * stories, an author's box).
   */
  bodyEnd?: number;
  /**
   * The story's own lines: those of the body root up to a few after its last block (the closing credit), in page
   * order. An aggregator prints other stories near it, each with its wire's credit (the Daily8 seeds).
   */
  storyLines?: readonly string[];
  /** The body's first blocks, in order: old pages print the headline as its first line. */
  leadBlocks?: ReadonlyArray<{ element: Element; text: string }>;
  /** The lines just before the body, nearest first (a byline printed above the body's container). */
  leadLines?: readonly string[];
}

/**
 * How many of the body's first blocks the title looks at (a caption, the headline, a source line, the byline, the
 * first paragraph).
 */
export const LEAD_BLOCKS = 5;
/** How many lines before the body are looked at for a byline (headline, standfirst, byline, date, share links). */
export const LEAD_LINES = 8;
/** Wire services and the name a reader knows them by: "© Thomson Reuters 2025." → Reuters. */
const WIRES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:thomson\s+)?reuters\b/i, 'Reuters'],
  [/\b(?:the\s+)?associated\s+press\b|\(AP\)|^AP$/i, 'Associated Press'],
  [/\b[Aa]gence\s+[Ff]rance[-\s][Pp]resse\b|\bAFP\b/, 'AFP'],
  [/\bbloomberg\b/i, 'Bloomberg'],
  [/\b[Uu]nited\s+[Pp]ress\s+[Ii]nternational\b|\bUPI\b/, 'UPI'],
  [/\b[Dd]eutsche\s+[Pp]resse[-\s][Aa]gentur\b|\bdpa\b/, 'dpa'],
  [/\bxinhua\b/i, 'Xinhua'],
  [/\b[Pp]ress\s+[Tt]rust\s+[Oo]f\s+[Ii]ndia\b|\bPTI\b/, 'PTI'],
  [/\bkyodo\b/i, 'Kyodo News'],
  [/\byonhap\b/i, 'Yonhap'],
  [/\bANSA\b/, 'ANSA'],
  [/\bEFE\b/, 'EFE'],
  [/\b(?:the\s+)?canadian\s+press\b|\(CP\)|^(?:by\s+)?CP$/i, 'The Canadian Press'],
  // (Not "AAP" in a sentence, a party's name: "AAP leaders said".)
  [/\b[Aa]ustralian\s+[Aa]ssociated\s+[Pp]ress\b|\(AAP\)|^AAP$|(?:©|\bby|[-–—])\s*(?:\d{4}\s+)?AAP\b/, 'AAP'],
  [/\b[Aa]sian\s+[Nn]ews\s+[Ii]nternational\b|\bANI\b/, 'ANI'],
  [/\bIANS\b/, 'IANS'],
  [/\banadolu\s+agency\b|\(AA\)/i, 'Anadolu Agency'],
  [/\bTASS\b/, 'TASS'],
  [/\binterfax\b/i, 'Interfax'],
  [/\bbernama\b/i, 'Bernama'],
  [/رويترز/, 'Reuters'],
  [/أسوشيتد\s*برس/, 'Associated Press'],
  [/فرانس\s*برس/, 'AFP'],
  // The Arabic abbreviations, in a dateline's parentheses: "(أ ف ب)" for AFP, "(أ ب)" for AP.
  [/\(\s*أ\s*ف\s*ب\s*\)/, 'AFP'],
  [/\(\s*أ\s*ب\s*\)/, 'Associated Press'],
];
/** A weekday's short name: "Tue, 4 Mar 2031". */
const WEEKDAY_SHORT = /\b(?:mon|tue|wed|thu|fri|sat|sun)\b/gi;
/** A line that names a wire: short, with at most a place's or a lead-in's words besides (`wireLine`). */
const MAX_WIRE_LINE_CHARS = 60;
const MAX_WIRE_LINE_OTHER_WORDS = 3;
/**
 * The story's first lines, where a wire's line is its credit (see `findPublisher`): three, or up to its first
 * line of prose where the lines before it are more (a headline, the site, the date and the wire, each a line).
 */
const STORY_OPENING_LINES = 3;
const MAX_STORY_OPENING_LINES = 6;
/** A line this long is prose: the story has begun. */
const PROSE_LINE_CHARS = 80;
/** What a wire's byline line says after the wire's name: "Associated Press Writer", "AP Sports Writer". */
const WIRE_STAFF = /^(?:[\p{L}]+\s+)?(?:writer|correspondent|reporter|editor)$/iu;
/** What a line says before the wire that wrote the story: "Article from:", "Source:", "Brought to you by". */
const WIRE_LEAD_IN = /^(?:article\s+from|source|brought\s+to\s+you\s+by|provided\s+by|from)\s*:?\s/i;
/** A copyright notice with its year inside a line: "© 2031 AFP", "Copyright 2031 The Associated Press". */
const NOTICE_INSIDE = /(?:©|\(c\)|copyright)\s*\d{4}\s+(.{2,40})/i;
/** "© Thomson Reuters 2025.", "Copyright 2025 The Associated Press." */
const COPYRIGHT = /^\(?\s*(?:©|\(c\)|copyright\b)/i;
/**
 * A wire's credit on a line of its own after the story: "— Associated Press", "-- AFP", "— رويترز"; a name of
 * four words at most, so that "— Reuters contributed to this report" credits the site, not the wire.
 */
const CREDIT_LINE = /^[-–—]{1,2}\s*[^\s\-–—]+(?:\s+\S+){0,3}\s*$/;
/** A byline: "By A, B and C", "Written by A", "Posted by A", "Reporting by A" (and the usual translations). */
const BYLINE =
  /^(?:(?:written|posted|story|words|text|reporting|reported|compiled|edited)\s+by|by|von|par|por|door|di|بقلم|كتب|كتبت)(?:\s*:)?\s+/i;
/** A byline that credits a wire is short: a name or two and the wire's. */
const MAX_WIRE_BYLINE_CHARS = 80;
/** A label printed before the names: "Author: A", "Authors A and B". */
const AUTHOR_LABEL = /^(?:(?:authors?|writers?|reporters?)\s*:?|about)\s+/i;
/** Labels a page runs into the end of a byline ("A Last updated", "A Author", "A Sponsored"). */
const TRAILER_WORD = /^(?:the|last|updated|published|posted|author|sponsored|reviewed|follow|view|more|on|content)$/i;
/** Wires' short names, which follow a name in a byline ("JOSEPH WHITE AP Sports Writer"). */
const WIRE_ABBREVIATION = /^(?:AP|AFP|UPI|CP|PA|dpa|PTI|IANS)$/;
/** A name cut from what follows it has at most this many words ("Dana Maria Reyes AP Writer"). */
const MAX_CUT_NAME_WORDS = 3;
/** Words that make a byline a desk's or a team's, not a person's. */
const DESK_WORDS = /^(?:team|desk|staff|bureau|news|newsroom|correspondents?)$/i;
/** Honorifics before a name. */
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|rev|sir)\.?\s+/i;
/** "… in Sydney": where the reporter filed from, after the names. */
const IN_PLACE = /\s+in\s+\p{Lu}[\p{L}.\s-]*$/u;
/** A month run into the name before it by a page's markup ("BRUCE ORWALLDecember 5"). */
const GLUED_MONTH =
  /(\p{Lu}{2})(January|February|March|April|May|June|July|August|September|October|November|December)\b/gu;
/** "By" on a line of its own, the names on the next. */
const LONE_BY = /^(?:by|written by|von|par|por|بقلم)\s*:?$/i;
/** A label run into the name before it ("Rebecca NorrisPublished"). */
const GLUED_LABEL = /(\p{Ll})(Published|Updated|Posted|Last|Author)\b/gu;
/** Cheap first looks for GLUED_MONTH and GLUED_LABEL, true of every text they match: their words as written (no
 * \p{…} class to compile on a page whose byline holds none of them). */
const MONTH_NAME = /January|February|March|April|May|June|July|August|September|October|November|December/;
const LABEL_WORD = /Published|Updated|Posted|Last|Author/;
/** Where pages print a byline without marking the name up: a class or id that says byline or author. */
const BYLINE_BOX_SELECTOR = '[class*="byline" i], [id*="byline" i], [class*="author" i]';
/** A person's name has two to MAX_NAME_WORDS words; one word is a site, a handle or a label ("admin"). */
const MIN_NAME_WORDS = 2;
/** The small words inside names ("Ursula von der Leyen", "Omar al Rashan"), which are not capitalised. */
const NAME_PARTICLES = new Set(
  'al el bin ibn bint abu da das de del della den der di do dos du la le van von y zu'.split(' '),
);
/** What is never a name in a byline, though a page prints it there. */
const NOT_A_NAME =
  /^the\s|\d|@|\/|https?:|\.(?:com|org|net|co|uk|de|fr|in)\b|\b(?:our|special|staff|admin|editor|team|desk|contributors?|print|e-?mail|share|follow|comments?|subscribe|twitter|facebook|from|posts|articles|stories)\b/i;
/** More names than this in the article's author markup is a list of commenters, not a byline. */
const MAX_BYLINE_NAMES = 6;
/** A word that begins with a capital letter, or is written in a script without capitals (Arabic, CJK…). */
const NAME_WORD = /^(?:\p{Lu}|[^\p{L}]*[\p{Lo}])/u;
/** Job titles that follow a name in a byline. */
const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|staff|columnist|contributor|producer|analyst|bureau|chief|senior|desk|news|team|manager|director|president|founder|officer|ceo|head|meteorologist|photographer|specialist)\b/i;
/** A month name and a day: where the names in a byline end ("Grace Segers November 20, 2019"). */
const BYLINE_DATE = /\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d.*$/i;
/** Where pages mark an author's name up: rel=author, microdata, the hAuthor/vcard classes. */
const AUTHOR_SELECTOR = '[rel~="author"], [itemprop~="author"], .author .fn, .byline .fn, .vcard .fn, a.author';
/** Links to an author's page, the last resort for a byline. */
const AUTHOR_PAGE_LINK = 'a[href*="/author/"], a[href*="/authors/"], a[href*="/profile/"]';
const MAX_LINKED_AUTHORS = 3;
/** A name is one to five words. */
const MAX_NAME_WORDS = 5;
/** A date, a time perhaps, then "by" and the names: "Posted: March 4, 2031, 4:30 PM by Ana Lowe". */
const DATE_THEN_BY = /^(?:(?:posted|published|updated)\s*:?\s*)?(.{6,50}?),?\s+(by\s+\p{Lu}.*)$/iu;
/** A site's name longer than this with a separator in it carries a slogan or a title too (`siteNameOnly`). */
const MAX_SITE_NAME_CHARS = 30;
/** A byline or source line is short. */
const MAX_LINE_CHARS = 160;
/** Lines of at most this many words between a story and its footer's byline: share buttons, links. */
const FOOTER_LINE_WORDS = 6;
/** How far before the body a source line ("Reuters 23-06-2025") may sit, in elements. */
const SOURCE_LINE_LOOKBACK = 8;
/** A line that carries the publication date is short: a dateline, not a sentence that mentions a date. */
const MAX_DATE_LINE_CHARS = 80;
/** What a date line is made of besides the date: lead-ins, weekdays, times and zones, separators. */
const DATE_LINE_WORDS =
  /\b(?:published|updated|posted|last|modified|on|at|am|pm|a\.m|p\.m|gmt|utc|bst|cet|[ecmp][sd]t|et|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b|[\d:,./|()\-–—·•]/gi;
/** The end of a sentence: a full stop, a question or an exclamation mark, a closing quote after it. */
const SENTENCE_END = /[.!?]["'”’]?$/;
/** A month's name, whole or cut short ("March", "Mar.", "Sept"), and a day ("4", "4th"), as the two patterns below use them. */
const A_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const A_DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** A whole date that opens a line: "October 29, 2031 10:14 AM PDT Follow @ana", "29 October 2031 | Harlow". */
const OPENING_DATE = new RegExp(`^(?:${A_MONTH}\\s+${A_DAY},?\\s+\\d{4}|${A_DAY}\\s+${A_MONTH},?\\s+\\d{4})\\b`, 'i');
/**
 * A whole date and a time closing a short line, as a headline or a section line prints them beside it ("Ferry
 * service resumes 11/03/2031 - 2:35:41 PM", "Harbour News 4 March 2031, 09:28"): a sentence ends otherwise.
 */
const CLOSING_DATE_TIME = new RegExp(
  `(?:\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\b${A_DAY}\\s+${A_MONTH},?\\s+\\d{4}|\\b${A_MONTH}\\s+${A_DAY},?\\s+\\d{4}),?\\s*(?:[-–—|,]\\s*)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*$`,
  'i',
);
/** A weekday and a whole date: "Tuesday, March 4, 2031", "Tuesday 4th March, 2031". */
const WEEKDAY_DATE = new RegExp(
  `\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+(?:${A_DAY}\\s+)?${A_MONTH},?\\s+(?:${A_DAY},?\\s+)?\\d{4}\\b`,
  'i',
);
/** ...and at most this many letters of anything else (a city, a source's name). */
const MAX_DATE_LINE_OTHER_LETTERS = 16;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/;
/** A year first with slashes or dots, as pages in East Asia and the Arab world print it: "2031/03/14". */
const YEAR_FIRST_DATE = /(?<![\d/.-])((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})(?![\d/.-])/;
/**
 * A day, a month's name in another language and a year: "4 mars 2031", "12. März 2031", "3 de marzo de 2031",
 * "14 مارس 2031", "14 مارس/آذار 2031" (two names of the month), "14 كانون الثاني 2031" (a name in two words).
 */
const FOREIGN_DATE =
  /(?<![\d.])(\d{1,2})(?:er|\.|º)?\s+(?:de\s+)?(\p{L}+(?:\s+\p{L}+)?)\.?(?:\s*\/\s*\p{L}+(?:\s+\p{L}+)?)?,?\s+(?:de\s+)?(\d{4})(?!\d)/gu;
/**
 * The months' names in the languages news pages are written in besides English (French, Spanish, Portuguese,
 * Italian, German, Dutch, Indonesian; Arabic as Egypt and the Gulf, the Maghreb and the Levant name them), in
 * lower case without accents or hamza (`foldMonth`): January first.
 */
const MONTH_NAMES: readonly string[] = [
  'janvier|janv|enero|janeiro|gennaio|januar|janner|januari|يناير|جانفي|كانون الثاني',
  'fevrier|fevr|febrero|fevereiro|febbraio|februar|februari|فبراير|فيفري|شباط',
  'mars|marzo|marco|marz|maart|maret|مارس|اذار',
  'avril|avr|abril|aprile|april|ابريل|افريل|نيسان',
  'mai|mayo|maio|maggio|mei|مايو|ماي|ايار',
  'juin|junio|junho|giugno|juni|يونيو|يونيه|جوان|حزيران',
  'juillet|juil|julio|julho|luglio|juli|يوليو|يوليه|جويلية|يوليوز|تموز',
  'aout|agosto|august|augustus|agustus|اغسطس|اوت|غشت|اب',
  'septembre|septiembre|setiembre|setembro|settembre|september|سبتمبر|شتنبر|ايلول',
  'octobre|octubre|outubro|ottobre|oktober|اكتوبر|تشرين الاول',
  'novembre|noviembre|novembro|november|نوفمبر|نونبر|تشرين الثاني',
  'decembre|diciembre|dezembro|dicembre|dezember|december|desember|ديسمبر|دجنبر|كانون الاول',
];
const FOREIGN_MONTHS: ReadonlyMap<string, number> = new Map(
  MONTH_NAMES.flatMap((names, month) => names.split('|').map((name) => [name, month + 1] as const)),
);
/** Arabic-Indic and Persian digits ("١٤", "۱۴"), read as the digits they are. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** A month's name as `MONTH_NAMES` spells it: lower case, no accents, no hamza or madda on an alef. */
function foldMonth(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** A month's number from its name in another language, where the name is two words or one ("marzo de"). */
function foreignMonth(name: string): number | null {
  const folded = foldMonth(name);
  return FOREIGN_MONTHS.get(folded) ?? FOREIGN_MONTHS.get(folded.split(' ')[0] ?? '') ?? null;
}

/** An ISO date inside a line: "Thu, 2031-03-13 15:17", "2031-03-13T10:00:00Z". */
const ISO_DATE_INSIDE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/;
/** "18/01/31": a year of this century in two digits, the same mark between the three numbers. */
const SHORT_NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{2})(?![\d./-])/;
const WORDY_DATE =
  /\b(?:(?<![:.])(\d{1,2}))?(?:st|nd|rd|th)?,?[\s-]*([A-Z][a-z]{2,8})\.?,?[\s-]+(\d{1,2})?(?:st|nd|rd|th)?,?[\s-]*(\d{4})\b/g;

function meta(index: PageIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const content = index.metas.get(key);
    if (content) return content;
  }
  return null;
}

function findTitle(
  document: Document,
  index: PageIndex,
  input: MetadataInput,
  ld: JsonObject | null,
  siteName: string | null,
): string {
  const declared = [meta(index, 'og:title'), meta(index, 'twitter:title'), ld ? stringField(ld, 'headline') : null];
  return findHeadline(
    document,
    {
      firstBlock: input.firstBlock,
      declared: declared.filter((t): t is string => t !== null),
      documentTitle: index.title,
      shared: index.shareTitles,
      siteName,
      homeNames: index.homeNames,
      leadBlocks: input.leadBlocks,
    },
    index.h1s,
  );
}

function hiddenUpTo(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

/**
 * Hidden, or in readers' comments below `scope`'s own markup: a commenter's name is marked up as an author there
 * (WordPress's ".comment-author .fn"), and each comment links to its writer's page.
 */
function notTheStorys(element: Element, scope: Element): boolean {
  for (let e: Element | null = element; e && e !== scope; e = e.parentElement) {
    if (COMMENTS_HINT.test(signature(e))) return true;
  }
  return hiddenUpTo(element);
}

/** The end of a list of names: ", B and C", ", B & C". */
/** Three parts between commas make a list of names without an "and". */
const MIN_LIST_PARTS = 3;
const LIST_END = /,[^,]+(?:\s+and\s+|\s*&\s*|\s+و\s*)[^,]+$/i;

/** Names in a byline: "By A, B and C, Staff Writers · 14 August 2025" → [A, B, C]. */
export function parseByline(line: string): string[] {
  let text = collapse(line).replace(BYLINE, '');
  // A separator ends the names, spaced or not ("Dana Reyes · 4 min read", "Dana Reyes| Staff", "Dana Reyes @
  // 5:56 am").
  text = text.split(/\s*[|·•@]\s*|\s+[-–—]\s+|\n/)[0] ?? '';
  if (MONTH_NAME.test(text)) text = text.replace(GLUED_MONTH, '$1 $2');
  if (LABEL_WORD.test(text)) text = text.replace(GLUED_LABEL, '$1 $2');
  text = text
    .replace(/\s*\([^)]*\)?/g, '')
    .replace(AUTHOR_LABEL, '')
    .replace(HONORIFIC, '');
  // A date or time ends the names.
  text = text
    .replace(
      /\s+(?:updated|published|posted|on|at(?=\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)))\b.*$/i,
      '',
    )
    .replace(BYLINE_DATE, '')
    // ("Ana Lowe, under Ports, Harbours": the post's categories.)
    .replace(/,?\s+(?:filed\s+)?under\s.*$/i, '')
    .replace(/\s*\d.*$/, '')
    .replace(IN_PLACE, '');
  // "A, B and C" and "A, B, C" are lists of names; in "A, USA Today" or "A, Staff Writer" what follows the
  // comma is not a name.
  if (!LIST_END.test(text) && text.split(',').length < MIN_LIST_PARTS) text = text.split(',')[0] ?? '';
  const names: string[] = [];
  for (const part of text.split(/\s*,\s*|\s+and\s+|\s*&\s*|\s+و\s*/i)) {
    const name = withoutTrailer(
      withoutWire(
        part
          .trim()
          .replace(/[.,;:]+$/, '')
          .replace(HONORIFIC, ''),
      ),
    );
    // A wire is the publisher, not an author ("By Doyle Rice, Associated Press"; "By AFP").
    if (!name || ROLE_WORDS.test(name) || !looksLikeName(name) || wireName(name)) continue;
    names.push(name);
  }
  return names;
}

/** A word in capitals ("LOWE", "O'NEIL"), and one in small letters after a capital ("Courier"). */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’.-]+$/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * "Ryan Cole Last updated", "Dana Reyes Author", "JOSEPH WHITE AP Sports Writer" → the name: a byline's label or
 * a wire's short name run into the name ends it, when two words of the name are left.
 */
function withoutTrailer(name: string): string {
  const parts = name.split(/\s+/);
  for (let k = MIN_NAME_WORDS; k < parts.length && k <= MAX_CUT_NAME_WORDS; k++) {
    const word = parts[k] as string;
    // "ANA LOWE Harlow Courier": a name in capitals ends where the words in small letters begin (the paper's).
    if (parts.slice(0, k).every((p) => CAPITALS_WORD.test(p)) && TITLE_CASE_WORD.test(word)) {
      return parts.slice(0, k).join(' ');
    }
    // "The Investopedia Team", "News Desk": a desk, not a person.
    if (DESK_WORDS.test(word)) return name;
    if (TRAILER_WORD.test(word) || WIRE_ABBREVIATION.test(word)) {
      return parts.slice(0, k).join(' ');
    }
  }
  return name;
}

/** "Joann Loviglio Associated Press" → "Joann Loviglio": the wire a byline names after the person. */
function withoutWire(name: string): string {
  const parts = name.split(/\s+/);
  // The shortest ending that names a wire: "Dana Reyes Associated Press" → "Associated Press".
  for (let k = parts.length - 1; k >= 1; k--) {
    if (wireName(parts.slice(k).join(' ')) && !wireName(parts.slice(0, k).join(' '))) {
      return parts.slice(0, k).join(' ');
    }
  }
  return name;
}

/** Capitalised words (or a script without capitals), names' particles, initials; no digits, sites or roles. */
export function looksLikeName(name: string): boolean {
  const parts = name.split(/\s+/);
  if (parts.length < MIN_NAME_WORDS || parts.length > MAX_NAME_WORDS || NOT_A_NAME.test(name)) return false;
  return parts.every((p) => NAME_WORD.test(p) || NAME_PARTICLES.has(p.toLowerCase()));
}

/** Names from lines that print a byline: "By A and B", or "By" on a line of its own over the names. */
function bylineNames(lines: readonly string[]): string[] {
  return bylinesIn(lines).next().value?.names ?? [];
}

/** "Posted: March 4, 2031, 4:30 PM by Ana Lowe" → "by Ana Lowe": the byline after a date that opens the line. */
function afterDate(line: string): string | null {
  const match = DATE_THEN_BY.exec(line);
  return match && parseDate(match[1] as string) ? line.slice(match[0].length - (match[2] as string).length) : null;
}

/** Each line that prints a byline, in order: its index and the names. */
function* bylinesIn(lines: readonly string[]): Generator<{ at: number; names: string[] }> {
  for (const [i, line] of lines.entries()) {
    if (line.length > MAX_LINE_CHARS) continue;
    const text = LONE_BY.test(line) && lines[i + 1] ? `By ${lines[i + 1]}` : (afterDate(line) ?? line);
    if (!BYLINE.test(text)) continue;
    const names = parseByline(text);
    if (names.length > 0) yield { at: i, names };
  }
}

/**
 * The byline of the body's lines: the first in the story, above it or on the line just after it (a post's
 * footer, "Posted by Ann Lowe at 9:14 PM"). Further below, the cards of other stories print theirs ("by Ann Lowe"
 * under each headline) and readers' comments theirs, so a byline there is the story's only where it agrees with
 * the author the page declares and is the one name printed there, or, where the page declares none, where
 * nothing but a few words (share buttons, links) stands between it and the story, and the next byline below is
 * not as close to it (the cards of a list are).
 */
function storyByline(input: MetadataInput, declared: readonly string[], site: string | undefined): string[] {
  const end = input.bodyEnd ?? input.bodyLines.length;
  const found = [...bylinesIn(input.bodyLines)]
    .map(({ at, names }) => ({ at, names: names.filter((name) => name.toLowerCase() !== site) }))
    .filter(({ names }) => names.length > 0);
  const first = found[0];
  if (!first || first.at <= end) return first?.names ?? [];
  const below = new Set(found.map(({ names }) => names.join('\n')));
  if (declared.length > 0) return below.size === 1 && agrees(first.names, declared) ? first.names : [];
  // Only a few words between two bylines: a list of other stories, each card with its byline.
  const fewWords = (from: number, to: number): boolean =>
    input.bodyLines.slice(from, to).every((line) => wordCount(line) <= FOOTER_LINE_WORDS);
  const next = found[1];
  const footer = fewWords(end, first.at) && !(next && fewWords(first.at + 1, next.at));
  return footer ? first.names : [];
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter((word) => word !== '').length;
}

/** True when one of the names is one the structured data gives, give or take a title (or it gives none). */
function agrees(names: readonly string[], declared: readonly string[]): boolean {
  if (declared.length === 0) return true;
  const known = new Set(declared.flatMap((n) => n.toLowerCase().split(/\s+/)));
  return names.some(
    (n) =>
      n
        .toLowerCase()
        .split(/\s+/)
        .filter((w) => known.has(w)).length >= MIN_NAME_WORDS,
  );
}

function findAuthors(
  document: Document,
  index: PageIndex,
  input: MetadataInput,
  ld: JsonObject | null,
  site: string | undefined,
): string[] {
  // The people the structured data names (a site's or a desk's name is no byline).
  const declared = ld ? unique(namesField(ld, 'author').flatMap((n) => parseByline(n))) : [];
  const metaAuthor = meta(index, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator');
  const metaNames = metaAuthor && !/^https?:/i.test(metaAuthor) ? parseByline(metaAuthor) : [];
  // Whom the page declares as the author, structured data first: a byline found only by where it sits (a box
  // the page calls "author", links to author pages) is another story's or a commenter's when it names others.
  const declaredPeople = declared.length > 0 ? declared : metaNames;
  // 1. A byline as the page shows it, next to the article. Names marked up as authors there that the structured
  // data does not give are another list's (a comment's, a related story's): the structured data wins then.
  const scope = input.root?.parentElement ?? document.body;
  if (scope) {
    const linked = [...scope.querySelectorAll(AUTHOR_SELECTOR)]
      .filter((e) => !notTheStorys(e, scope))
      .map((e) => collapse(e.querySelector('[itemprop~="name"]')?.textContent ?? visibleText(e)))
      .filter((t) => t !== '' && t.length <= MAX_LINE_CHARS);
    const names = unique(
      linked.flatMap((t) =>
        BYLINE.test(t)
          ? parseByline(t)
          : [withoutTrailer(withoutWire(t.replace(/\s*[,|·•].*$/, '').replace(AUTHOR_LABEL, '')))],
      ),
    ).filter((name) => looksLikeName(name) && !wireName(name));
    if (names.length > 0 && linked.length <= MAX_BYLINE_NAMES) return agrees(names, declared) ? names : declared;
  }
  const byline = storyByline(input, declaredPeople, site);
  if (byline.length > 0) return byline;
  // A box the page calls a byline or author line, with or without "By".
  if (scope) {
    const lines = [...scope.querySelectorAll(BYLINE_BOX_SELECTOR)]
      .filter((box) => !notTheStorys(box, scope))
      .map((box) => visibleText(box))
      .filter((line) => line !== '' && line.length <= MAX_LINE_CHARS);
    for (const line of lines.length <= MAX_BYLINE_NAMES ? lines : []) {
      const names = parseByline(line);
      if (names.length > 0 && agrees(names, declaredPeople)) return names;
    }
  }
  // A byline just above the body's container (between the headline and the story).
  const above = bylineNames([...(input.leadLines ?? [])].reverse());
  if (above.length > 0 && agrees(above, declared)) return above;
  // 2. Structured data.
  if (declaredPeople.length > 0) return declaredPeople;
  // 3. Links to author pages near the article (benchmark page 65408257dbe4 has nothing else).
  const pages = scope ? [...scope.querySelectorAll(AUTHOR_PAGE_LINK)].filter((e) => !notTheStorys(e, scope)) : [];
  const names = unique(pages.map((e) => visibleText(e)).filter(looksLikeName));
  return names.slice(0, MAX_LINKED_AUTHORS);
}

/** Words with a capital and then small letters, none of them what ends a body's name ("Clinic", "Foundation"). */
function readsAsPerson(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    looksLikeName(name) &&
    words.every((word) => /^\p{Lu}\p{Ll}/u.test(word) || NAME_PARTICLES.has(word)) &&
    !words.some((word) => ORG_NAME_WORDS.has(word))
  );
}

/**
 * Names less those that hold another of them after a stray word: a byline printed twice in one line reads "Ann
 * Lowe, MD, FACP Ann Lowe, MD, FACP", and its second name takes the first's last credential ("FACP Ann Lowe",
 * "FACPAnn Lowe" where nothing stood between the two).
 */
function withoutRepeats(names: readonly string[]): string[] {
  return names.filter((name) => !names.some((other) => other.length < name.length && name.endsWith(other)));
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}

/**
 * The wire a short line names and little else, as a byline or a dateline prints it: "The Associated Press",
 * "Reuters - March 4, 2031", "Article from: Agence France-Presse", "HARLOW, Tarnia (AFP)", "Harlow, Reuters" beside
 * a date. Never a picture's credit: a person's name beside it ("Ana Lowe/Reuters", "ANA LOWE | REUTERS", "Ana
 * Lowe, Associated Press"), "Image copyright AFP", a wire's name in capitals alone ("REUTERS" under a photo).
 */
function wireLine(line: string): string | null {
  if (line.length > MAX_WIRE_LINE_CHARS) return null;
  // A slash glued to a name is a picture's credit ("Ana Lowe/Reuters"); set apart from a date it is a source
  // line's separator ("Associated Press / March 4, 2031"), which is read without it.
  if (line.includes('/')) {
    const parts = line.split(/\s+\/\s+/);
    if (parts.length !== 2 || parseDate(parts[1] as string) === null || (parts[0] as string).includes('/')) return null;
    line = `${parts[0]} ${parts[1]}`;
  }
  for (const [pattern, name] of WIRES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const written = match[0];
    const rest = line
      .replace(pattern, '')
      .replace(/(\d)\s*[ap]\.?m\b\.?/gi, '$1')
      .replace(DATE_LINE_WORDS, '')
      .replace(WEEKDAY_SHORT, '')
      .replace(/[^\p{L}]+/gu, ' ')
      .trim();
    const words = rest === '' ? 0 : rest.split(' ').length;
    const dated = parseDate(line) !== null;
    const bracketed = /\(\s*$/.test(line.slice(0, match.index)) || written.startsWith('(');
    // ("Wellington, PTI:": a place, then the wire and a colon, as some wires' datelines print it)
    const coloned =
      /,\s*$/.test(line.slice(0, match.index)) && /^\s*:\s*$/.test(line.slice(match.index + written.length));
    const dateline = (bracketed || coloned) && words <= MAX_WIRE_LINE_OTHER_WORDS;
    if (dateline || WIRE_LEAD_IN.test(line) || (dated && words <= 1)) return name;
    // Alone: a byline, but an abbreviation alone ("AP") is as often a picture's credit.
    return words === 0 && written !== written.toUpperCase() ? name : null;
  }
  return null;
}

/**
 * The wire a byline names by its short name after the reporter's, as the wires' own bylines print it ("By Ana
 * Lowe, AP", "By IVO BRAND AP Sports Writer", "By Dana Reyes, AFP"): the abbreviation as a word of its own, in
 * capitals. (In a sentence "AP" may be anything; in a byline it is the wire.)
 */
function bylineWire(byline: string): string | null {
  for (const word of byline.replace(BYLINE, '').split(/[\s,;]+/)) {
    // (wireName knows each but "PA", which names no wire here.)
    const wire = WIRE_ABBREVIATION.test(word) ? wireName(word) : null;
    if (wire) return wire;
  }
  return null;
}

/**
 * The wire a line names and nothing else but a staff title, in any case: the line under a byline ("By ANA
 * LOWE<br>THE ASSOCIATED PRESS", "Associated Press Writer"), where capitals are no picture's credit.
 */
function wireAlone(line: string): string | null {
  for (const [pattern, name] of WIRES) {
    const match = pattern.exec(line);
    if (!match) continue;
    const rest = line
      .replace(pattern, '')
      .replace(/[^\p{L}]+/gu, ' ')
      .trim();
    return rest === '' || WIRE_STAFF.test(rest) ? name : null;
  }
  return null;
}

/** Words that markup ran together, apart again: "AFPPorts-harbours" → "AFP Ports-harbours". */
function unglued(text: string): string {
  return text.replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2');
}

export function wireName(text: string): string | null {
  for (const [pattern, name] of WIRES) if (pattern.test(text)) return name;
  return null;
}

/** The date at the end of a short line, and the text before it ("Reuters 23-06-2025"). */
function splitSourceLine(element: Element): { name: string; date: string } | null {
  const pieces = [...element.children].map((c) => visibleText(c)).filter((t) => t !== '');
  if (pieces.length < 2) return null;
  // Only the pieces: a byline ("By <a>A</a> and <a>B</a> · <time>") has words of its own between them.
  const whole = visibleText(element);
  if (BYLINE.test(whole) || whole.replace(/\s/g, '').length > pieces.join('').replace(/\s/g, '').length) return null;
  const date = pieces[pieces.length - 1] as string;
  if (!parseDate(date) && !RELATIVE_TIME.test(date)) return null;
  const name = pieces.slice(0, -1).join(' ');
  // (A share bar's labels before the date are no source: "Share Save 02/05/2031".)
  if (hasShareButtons(element)) return null;
  if (name.length > MAX_LINE_CHARS || BYLINE.test(name) || name.split(/\s+/).length > MAX_NAME_WORDS) return null;
  // ("Like Harbor News on Facebook  21 March 2031": a button's prompt beside the date is no source, nor is a
  // picture's credit: "Ana Lowe | Harbour Images")
  if (SOCIAL_PROMPT.test(name) || PHOTO_CREDIT.test(name)) return null;
  return { name, date };
}

/** Share buttons inside: a class that says so, or a link to a share endpoint (vocabulary.ts SHARE_LINK). */
function hasShareButtons(element: Element): boolean {
  return (
    element.querySelector('[class*="share" i]') !== null ||
    [...element.querySelectorAll('a[href]')].some((a) => SHARE_LINK.test(a.getAttribute('href') ?? ''))
  );
}

/** A "source and date" line between the title and the body, as aggregators print it ("Reuters 23-06-2025"). */
function findSourceLine(input: MetadataInput): { name: string; date: string } | null {
  let element: Element | null = input.firstBlock;
  for (let steps = 0; element && steps < SOURCE_LINE_LOOKBACK; ) {
    const previous: Element | null = element.previousElementSibling;
    if (!previous) {
      element = element.parentElement;
      continue;
    }
    element = previous;
    steps++;
    if (element.tagName.toUpperCase() === 'H1' || element.querySelector('h1')) break;
    if (hiddenUpTo(element)) continue;
    const line = splitSourceLine(element);
    if (line) return line;
  }
  return null;
}

function findPublisher(
  index: PageIndex,
  input: MetadataInput,
  objects: readonly JsonObject[],
  ld: JsonObject | null,
  sourceLine: { name: string } | null,
): string | null {
  // The wire that wrote the story beats the site that shows it: first as the story's own lines credit it
  // (dateline, copyright, credit line), then the source line over it, then the lines around it.
  for (const line of input.storyLines ?? []) {
    if (COPYRIGHT.test(line) || WIRE_DATELINE.test(line) || CREDIT_LINE.test(line)) {
      const wire = wireName(line);
      if (wire) return wire;
    }
  }
  if (sourceLine) {
    const wire = wireName(sourceLine.name);
    if (wire) return wire;
  }
  for (const line of input.bodyLines) {
    if (COPYRIGHT.test(line) || WIRE_DATELINE.test(line)) {
      const wire = wireName(line);
      if (wire) return wire;
    }
  }
  // A line of the wire's name by the story, with a place or a date ("The Associated Press", "HARLOW, Tarnia
  // (AFP)", "Reuters - March 4, 2031"), or a copyright notice run into a line ("…BANGKOK (AFP)© 2031 AFP…").
  // Within the story only its first lines: a credit further down is a picture's.
  const story = input.storyLines ?? [];
  const prose = story.findIndex((line) => line.length >= PROSE_LINE_CHARS);
  const opening = story.slice(0, Math.max(STORY_OPENING_LINES, Math.min(prose + 1, MAX_STORY_OPENING_LINES)));
  for (const line of [...opening, ...(input.leadLines ?? [])]) {
    const wire = wireLine(line) ?? wireName(unglued(NOTICE_INSIDE.exec(line)?.[1] ?? ''));
    if (wire) return wire;
  }
  // The story's byline (the first around the body) when it names a wire: "By The Canadian Press", "By Ann Lee,
  // Associated Press". A later one may be a related story's.
  const at = input.bodyLines.findIndex((line) => BYLINE.test(line));
  const byline = input.bodyLines[at];
  if (byline && byline.length <= MAX_WIRE_BYLINE_CHARS) {
    const wire = wireName(byline) ?? bylineWire(byline) ?? wireAlone(input.bodyLines[at + 1] ?? '');
    if (wire) return wire;
  }
  if (sourceLine) return wireName(sourceLine.name) ?? sourceLine.name;
  const ldPublisher = ld ? (stringField(ld, 'publisher') ?? referencedName(objects, ld, 'publisher')) : null;
  if (ldPublisher) return ldPublisher;
  const site = meta(index, 'og:site_name', 'application-name', 'publisher');
  return site === null ? null : siteNameOnly(site);
}

/**
 * A site's name without what a site writes after it ("Harlow Blog - Ports, Ferries and Harbour News" → "Harlow
 * Blog"; "How to Plan a Garden | Tarnby" → "Tarnby": of a long name's parts the shortest) or around an address
 * ("http://harlow.example/" → "harlow.example").
 */
export function siteNameOnly(name: string): string {
  const address = /^https?:\/\/(?:www\.)?([^/\s]+)\/?$/i.exec(name.trim());
  if (address) return address[1] as string;
  if (name.length <= MAX_SITE_NAME_CHARS) return name;
  const parts = name.split(/\s+[|\-–—]\s+/).filter((part) => /\p{L}/u.test(part));
  return parts.length < 2 ? name : parts.reduce((a, b) => (b.length < a.length ? b : a));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Which number comes first in a page's numeric dates: the month ("10/29/2031", as American pages print them) or
 * the day ("29/10/2031"). Only a date whose first or second number is over 12 tells.
 */
export type NumericOrder = 'month' | 'day';

/** An American time zone after a time: "6:20 PM ET", "12:35 PM EDT", "9:45 PM CT". */
const AMERICAN_ZONE = /\d\s*[ap]\.?m\.?\s+[ECMP][SD]?T\b/i;
const ANY_NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d./-])/g;

/** The order the page's own numeric dates show, where they show one, the most common (see `NumericOrder`). */
export function numericOrder(lines: Iterable<string>): NumericOrder | null {
  let month = 0;
  let day = 0;
  for (const line of lines) {
    for (const m of line.matchAll(ANY_NUMERIC_DATE)) {
      const first = Number(m[1]);
      const second = Number(m[3]);
      if (second > 12 && first <= 12) month++;
      else if (first > 12 && second <= 12) day++;
      else if (AMERICAN_ZONE.test(line)) month++;
    }
  }
  if (month === day) return null;
  return month > day ? 'month' : 'day';
}

/** Day and month of a numeric date: the order the line or the page shows, else the day first. */
function dayAndMonth(first: number, second: number, line: string, order: NumericOrder | null): [number, number] {
  if (second > 12 && first <= 12) return [second, first];
  if (first > 12) return [first, second];
  return order === 'month' || AMERICAN_ZONE.test(line) ? [second, first] : [first, second];
}

/** An ISO string for the date forms pages print: ISO, "23-06-2025" (day first), "June 23, 2025". */
export function parseDate(raw: string, order: NumericOrder | null = null): string | null {
  const text = raw
    .replace(EASTERN_DIGITS, (digit) => String((digit.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)))
    .trim();
  if (ISO_DATE.test(text)) return text;
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    const [day, month] = dayAndMonth(Number(numeric[1]), Number(numeric[2]), text, order);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `${numeric[3]}-${pad(month)}-${pad(day)}`;
  }
  // A year in two digits, as old pages print it by the headline ("18/01/31", "07.01.31").
  const short = SHORT_NUMERIC_DATE.exec(text);
  // (With dots or dashes only two digits each: "2.5.10" is a version.)
  if (short && (short[2] === '/' || (short[1]?.length === 2 && short[3]?.length === 2))) {
    const [day, month] = dayAndMonth(Number(short[1]), Number(short[3]), text, order);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return `20${short[4]}-${pad(month)}-${pad(day)}`;
  }
  // The first match that is a date: a capitalised word before a year may be a place's ("Harlow, 2031").
  for (const wordy of text.matchAll(WORDY_DATE)) {
    const month = MONTHS.indexOf((wordy[2] ?? '').slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
    const day = Number(wordy[1] ?? wordy[3]);
    if (month >= 0 && day >= 1 && day <= 31) return `${wordy[4]}-${pad(month + 1)}-${pad(day)}`;
  }
  for (const foreign of text.matchAll(FOREIGN_DATE)) {
    const month = foreignMonth(foreign[2] ?? '');
    const day = Number(foreign[1]);
    if (month !== null && day >= 1 && day <= 31) return `${foreign[3]}-${pad(month)}-${pad(day)}`;
  }
  const yearFirst = YEAR_FIRST_DATE.exec(text);
  if (yearFirst && Number(yearFirst[2]) <= 12 && Number(yearFirst[3]) <= 31 && Number(yearFirst[3]) >= 1)
    return `${yearFirst[1]}-${pad(Number(yearFirst[2]))}-${pad(Number(yearFirst[3]))}`;
  const iso = ISO_DATE_INSIDE.exec(text);
  if (iso && Number(iso[2]) >= 1 && Number(iso[2]) <= 12 && Number(iso[3]) >= 1 && Number(iso[3]) <= 31) return iso[0];
  return null;
}

function findPublished(
  index: PageIndex,
  input: MetadataInput,
  ld: JsonObject | null,
  sourceLine: { date: string } | null,
): string | null {
  const candidates: (string | null)[] = [
    ld ? stringField(ld, 'datePublished') : null,
    meta(index, 'article:published_time', 'og:published_time', 'pubdate', 'publishdate', 'date', 'dc.date'),
    index.itemprops.get('datepublished')?.[0]?.getAttribute('content') ??
      index.itemprops.get('datepublished')?.[0]?.getAttribute('datetime') ??
      null,
    // (The WebPage object's date, where the page declares no article: the page's own.)
    webPageDate(index),
    firstTimeIn(index, input.root?.parentElement ?? null),
    sourceLine?.date ?? null,
    // A date the page prints by the headline or byline ("Published January 15, 2008", "15/01/2008 10:02").
    ...input.bodyLines.slice(0, input.bodyEnd).filter(isDateLine),
    ...(input.leadLines ?? []).filter(isDateLine),
    // (Below the story, a date may be a related story's card's.)
    ...input.bodyLines.slice(input.bodyEnd ?? input.bodyLines.length).filter(isDateLine),
    // Else a date in a byline or after a weekday around the story's start, with a name or the paper's in the line
    // ("By Ann Lee, The Courier Tuesday, March 4, 2031"): the story's own, where a caption's date has none.
    ...[...(input.leadLines ?? []), ...input.bodyLines.slice(0, LEAD_LINES)].filter(isNamedDateLine),
  ];
  const order = numericOrder([...(input.leadLines ?? []), ...input.bodyLines]);
  for (const candidate of candidates) {
    const date = candidate ? parseDate(candidate, order) : null;
    if (date) return date;
  }
  return null;
}

/** A short line that is mostly a date: "Published January 15, 2008 10:02 GMT", "Tuesday, 15/01/2008". */
function isDateLine(line: string): boolean {
  if (line.length > MAX_DATE_LINE_CHARS) return false;
  return line.replace(DATE_LINE_WORDS, '').replace(/\s+/g, '').length <= MAX_DATE_LINE_OTHER_LETTERS;
}

/** A byline with a date in it, or a short line with a weekday's date or opening with a date (see `findPublished`). */
function isNamedDateLine(line: string): boolean {
  if (line.length > MAX_LINE_CHARS) return false;
  // (A sentence that dates an event on a weekday is the story's: "She died on Wednesday, March 5, 2031.")
  if (BYLINE.test(line) || CLOSING_DATE_TIME.test(line)) return true;
  if (WEEKDAY_DATE.test(line)) return !SENTENCE_END.test(line);
  // ("16th Jan 2031, 09:28am by Dana Reyes.": a date and a byline after it, closed with a full stop)
  return OPENING_DATE.test(line) && (!SENTENCE_END.test(line) || DATE_THEN_BY.test(line));
}

function webPageDate(index: PageIndex): string | null {
  const page = jsonLdWebPage(index.jsonLd);
  return page ? stringField(page, 'datePublished') : null;
}

/** The first <time datetime> in the scope (the whole page without one). */
function firstTimeIn(index: PageIndex, scope: Element | null): string | null {
  const time = scope ? index.times.find((t) => scope.contains(t)) : index.times[0];
  return time?.getAttribute('datetime') ?? null;
}

function findLanguage(document: Document, index: PageIndex): string | null {
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  if (lang) return lang;
  const content = meta(index, 'og:locale', 'content-language');
  return content ? content.replace('_', '-') : null;
}

export function readMetadata(document: Document, index: PageIndex, input: MetadataInput): PageMetadata {
  return complete(metadataSteps(document, index, input));
}

/** `readMetadata` as Steps: a pause after each field (each may look through the page once). */
export function* metadataSteps(document: Document, index: PageIndex, input: MetadataInput): Steps<PageMetadata> {
  const objects = index.jsonLd;
  const ld = jsonLdArticle(objects);
  const siteName = meta(index, 'og:site_name');
  const sourceLine = findSourceLine(input);
  yield;
  const title = findTitle(document, index, input, ld, siteName);
  yield;
  // The site's own name is no byline ("By Valley Remodel" on the site called so), unless the page declares a
  // person by that name and it reads as one: a personal site.
  const people = new Set(ld ? personNames(ld, 'author').map((name) => name.toLowerCase()) : []);
  const personal = siteName !== null && people.has(siteName.toLowerCase()) && readsAsPerson(siteName);
  const site = siteName && !personal ? siteName.toLowerCase() : undefined;
  const authors = withoutRepeats(
    findAuthors(document, index, input, ld, site).filter((name) => name.toLowerCase() !== site),
  );
  yield;
  // ("Ann Lee, Harlow  21 March 2031": a line of the author's name, place and date is a byline, no source; nor
  // is the headline with the date beside it.)
  const bylineLine = sourceLine !== null && authors.some((name) => sourceLine.name.includes(name));
  const headlineLine = sourceLine !== null && title !== '' && sameTitle(sourceLine.name, title);
  const publisher = findPublisher(index, input, objects, ld, bylineLine || headlineLine ? null : sourceLine);
  yield;
  return {
    title,
    authors,
    publisher,
    published: findPublished(index, input, ld, sourceLine),
    language: findLanguage(document, index),
  };
}

// The headline as the page shows it. News pages put the headline in a heading shortly before the body, and
// usually repeat it in <title>, og:title or JSON-LD. But the first <h1> is often the site's name or a section
// ("Sports Wire", "More News"), old pages set the headline in an <h2> or a "headline" class, and <title> carries
// the site's name and sections. So the candidates (h1–h3 and elements marked as a headline) are scored by how
// near they sit before the body, by their tag, and by whether the page's declared titles repeat them (of several
// that are repeated, the one that holds most of the title); a short label that nothing repeats is not a headline.
// Old pages print the headline as the body's first line (a bold line, a span): that line is a candidate too. Only
// when no heading qualifies does the declared title stand in, without the site's name.
import { collapse, isSkipped, STOP_WALK, TEXT_NODE, visibleText, walkTreeNow } from './dom';
import { siteNameKey } from './page-index';
import { RELATIVE_TIME } from './vocabulary';

export interface TitleInput {
  /** The first block of the article body: the headline comes before it. */
  firstBlock: Element | null;
  /** og:title, twitter:title, JSON-LD headline: titles a page declares for the article itself. */
  declared: readonly string[];
  /** The text of <title>, usually with the site's name and sections. */
  documentTitle: string;
  /** The titles the page's share links carry, each with how many links carry it (`PageIndex.shareTitles`). */
  shared?: ReadonlyMap<string, number>;
  siteName: string | null;
  /** The site's names as its links home print them, in lower case (`PageIndex.homeNames`): no headline. */
  homeNames?: ReadonlySet<string>;
  /** The body's first blocks, in order (its first line may be the headline). */
  leadBlocks?: ReadonlyArray<{ element: Element; text: string }>;
}

/** Where a headline may be: headings, microdata, and the class names pages give their headline. */
const CANDIDATE_SELECTOR =
  'h1, h2, h3, h4, h5, h6, [itemprop~="headline"], [class*="headline" i], [id*="headline" i], [class*="title" i], [id*="title" i], [class*="heading" i], b, strong, font, big';
/**
 * The titles that several of the page's share links carry, the most often carried first: a title that a single
 * link carries may be another story's or a blog's name.
 */
function sharedTitles(input: TitleInput): string[] {
  return [...(input.shared ?? [])]
    .filter(([, links]) => links >= MIN_SHARE_LINKS)
    .sort((a, b) => b[1] - a[1])
    .map(([title]) => title);
}
/** h1–h6. */
const HEADING_TAG = /^H[1-6]$/i;
/** The tags that make a candidate more likely the headline (a class-marked or bold line needs a title to repeat it). */
const TAG_WEIGHT: Readonly<Record<string, number>> = { H1: 3, H2: 2, H3: 1 };
/**
 * A line the page marks as its headline (microdata, a class or id that says headline or title) weighs as an h2
 * where the page declares no title that could repeat it (old pages whose <title> is the site's name).
 */
const MARKED_WEIGHT = 1.5;
const MARKED_HEADLINE =
  '[itemprop~="headline"], [class*="headline" i], [id*="headline" i], [class*="title" i], [id*="title" i], [class*="heading" i]';
/** Containers whose headings are never the article's: navigation, asides, footers. */
const NOT_HEADLINE_CONTAINER = 'nav, aside, footer, form, [role="navigation"], [role="complementary"]';
/** A headline is a line of text: a little longer than a word, shorter than a paragraph. */
const MIN_TITLE_CHARS = 3;
const MAX_TITLE_CHARS = 300;
const MAX_TITLE_WORDS = 40;
/** Section labels ("Sports", "Top Stories", "Sports Wire") have this few words; few headlines do. */
const LABEL_MAX_WORDS = 2;
/** What a label that no declared title repeats loses: it then never beats a nearer real headline. */
const LABEL_PENALTY = 3;
/**
 * A candidate that a declared title or <title> repeats (at TITLE_OVERLAP of its words) scores this, less its
 * gap: more than any candidate that nothing repeats, so that of several repeated ones the nearest wins (a site
 * heading "SFGate: World Views" and the headline under it, both in <title>).
 */
const REPEATED_SCORE = 10;
/** Two titles are the same when this share of the shorter one's words are in the longer. */
export const TITLE_OVERLAP = 0.8;
/** Each this many characters of text between a candidate and the body cost a point, up to MAX_GAP_POINTS. */
const GAP_CHARS_PER_POINT = 300;
const MAX_GAP_POINTS = 2;
/** A candidate further than this (characters of text) before the body is not its headline. */
const MAX_GAP_CHARS = 1500;
/**
 * A date printed with the headline: "Wednesday, 09 January 2008 Headline", "Dec 18 2025 Headline" (a <time> in the
 * h1 of a blog post), "Headline (14/01/2008)".
 */
const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY_NAME = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?';
const A_DATE = `${DAY_NAME}(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+${MONTH_NAME},?\\s+\\d{4}|${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
const LEADING_DATE = new RegExp(`^${A_DATE}\\s+`, 'i');
/**
 * A time after a date: "14:49:00.0", "2:35:41 PM", "10.58am", "(15:29)"; a zone or a country after it, in
 * brackets too ("11:27 - (SA)").
 */
const A_TIME =
  '(?:\\s*[-–,@]?\\s*(?:\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\.?)?|\\(\\d{1,2}[:.]\\d{2}\\))(?:\\s+[a-z]{2,4}|\\s*[-–]?\\s*\\([a-z]{1,5}\\))?)?';
const TRAILING_DATE = new RegExp(
  `\\s*(?:[([]\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}[)\\]]|(?:\\s[/|·•-])?\\s+(?:${A_DATE}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})${A_TIME}|\\s[/|·•-]\\s+${MONTH_NAME}\\s+\\d{4})$`,
  'i',
);
/** A byline after the dateline under a headline ("… 04-03-2031 By Ana Lowe and Ivo Brand"). */
const BYLINE_AFTER = /(?:^|\s+)(?:[Bb]y\s+\p{Lu}[\p{L}.' -]{0,60}|بقلم\s+[\p{L} ]{1,40})$/u;
/**
 * A dateline under a headline: a date, a time after it ("2031-03-04 17:15:00.0", "04/03/2031 - 2:35 PM"), a
 * source's or a writer's short name before it ("AFP 04-03-2031", "AP / 2031-03-04", "By Ana Lowe, March 4, 2031").
 */
const DATE_LINE = new RegExp(
  `^(?:[\\p{L}.&' ]{1,40}?\\s*[-–|·•,/]?\\s*)?(?:${A_DATE}|\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})${A_TIME}$`,
  'iu',
);
/** A line that is only a date in numbers, a time after it or not ("14-03-2031", "2031/03/14 17:15"). */
const ONLY_NUMERIC_DATE = /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/;
/** A line that is only a date ("December 16, 2025", a blog's date heading), never a headline. */
const ONLY_DATE = new RegExp(`^${A_DATE}$`, 'i');
/** A date and a time at the start of a line ("14 Jan 2031, 0900 hrs"): the rest says whose line it is. */
const DATE_AND_TIME = new RegExp(`^${A_DATE}(?:,?\\s*\\d{3,4}\\s*hrs?\\b|${A_TIME})`, 'i');
/** What follows a date in a dateline: a time zone's and an agency's short names ("IST, TNN", "GMT"). */
const ZONES_AND_AGENCIES = /^(?:[\s,;|/·•-]*[A-Z]{2,5}\b)*[\s,;|/·•-]*$/;
/**
 * A repeated candidate earns up to this much more for the share of the title's words it holds: of a site heading
 * ("SFGate: World Views") and the headline, both in <title>, the headline holds more of it.
 */
const COVER_WEIGHT = 4;
/**
 * The body's first line is the headline by its place (old pages print it as a bold line or a span above the
 * text): it weighs as an h2, and like a heading needs a title to repeat it where the page declares one.
 */
const LEAD_WEIGHT = 2;
/** A lead line that ends like a sentence is the story's first sentence, not its headline. */
const SENTENCE_END = /[.,;:]$/;
/** A headline begins with a capital, a digit or a quotation mark. */
const HEADLINE_START = /^[\p{Lu}\p{N}\p{Lo}'"‘“]/u;
/** A line that opens with a time of day is a dateline's ("04:52 PM PST on"), no headline. */
const OPENS_WITH_TIME = /^\d{1,2}[:.]\d{2}\b/;
/** A line that begins with a dash or a bullet is a caption's or a list's ("- a photo of …"), no headline. */
const NOT_HEADLINE_START = /^[-–—•·|:;,.]/;
/** A line that ends with a colon or a comma is a label ("Share:"), no headline. */
const LABEL_END = /[,;:]$/;
/** A headline has at most this many words; a longer first line is a standfirst. */
const MAX_LEAD_WORDS = 16;
/**
 * What a headline never holds but a first line with the byline run into it does: a copyright sign, "by Name"; nor
 * is a byline alone ("By Ana van Lowe") a headline.
 */
const NOT_A_LEAD = /©|\bby\s+\p{Lu}\p{Ll}+\s+\p{Lu}|^By\s+\p{Lu}\p{Ll}+\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'-]*$/u;
/** A block this long is the story's text: the headline comes before it. */
const MIN_STORY_LINE_CHARS = 200;
/** ...and so is one this long that ends as a sentence does. */
const PROSE_LINE_CHARS = 80;
const PROSE_END = /[.!?]["'”’»)]*$/;
/** A banner repeating <title> this far above the story is the site's; a headline this near it is the story's. */
const BANNER_GAP_CHARS = 300;
const DOOR_GAP_CHARS = 50;
/** ...or this near it with only a dateline, the time since posting or a byline between (a wire's long name). */
const DOOR_SPAN_CHARS = 150;
/** A word every relative time holds (vocabulary.ts RELATIVE_TIME): a line without one is none, at a glance. */
const RELATIVE_HINT = /ago\b|just now|yesterday|today|منذ|أمس|اليوم/i;
/** What a repeated line in an element no selector names loses against a heading the titles repeat too. */
const PLAIN_PENALTY = 1;
/** A source's short name before a relative time under a headline ("Associated Press 2 hours ago"). */
const MAX_SOURCE_NAME_CHARS = 40;
/** A text node that opens with the first block's first characters (this many at most) is where the body starts. */
const BLOCK_START_CHARS = 20;
/** ...and holds this share of the words of <title> at least: <title> is the site's name and little more. */
const BANNER_COVER = 0.5;
/** How many share links must carry a title for it to name the page (`sharedTitles`). */
const MIN_SHARE_LINKS = 2;
/** The best candidate must score at least this to be taken over the declared title. */
const MIN_SCORE = 1;
/** Separators between a headline and the site's name or sections in <title>. */
const TITLE_SEPARATOR = /\s+(?:[|\-–—:·•»>/\\]|--|::|\/\/)\s+|(?<=\S)[|\-–—](?=\s)/;
const SEPARATOR_AT_END = /\s+(?:[|\-–—:·•»>]|--|::)\s*$/;
const SEPARATOR_AT_START = /^\s*(?:[|\-–—:·•»>]|--|::)\s+/;
/** A web address run into the headline with a colon: "Courier.com: Headline". */
const LEADING_DOMAIN = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}:\s+/i;
/** A part of <title> that is a web address ("SignOnSanDiego.com", "www.paper.co.uk"). */
const DOMAIN_PART = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$/i;

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** True when the shorter title's words are mostly in the longer one. */
export function sameTitle(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  return short.filter((w) => long.has(w)).length / short.length >= TITLE_OVERLAP;
}

/** True when `title` repeats the candidate: its words are mostly in `title` (which may say more). */
function repeats(title: string, candidate: string): boolean {
  const wc = words(candidate);
  const wt = new Set(words(title));
  if (wc.length === 0 || wt.size === 0) return false;
  return wc.filter((w) => wt.has(w)).length / wc.length >= TITLE_OVERLAP;
}

/** Each title repeats the other: the same headline, give or take a word or a site's name. */
function mutual(a: string, b: string): boolean {
  return repeats(a, b) && repeats(b, a);
}

function hiddenUpTo(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

interface Candidate {
  element: Element;
  text: string;
  /** Characters of visible text between the candidate's end and the body's first block. */
  gap: number;
  /** The body's own first line. */
  lead?: boolean;
  /** The visible text between the candidate and the body, where the candidate is at its door (DOOR_SPAN_CHARS). */
  between?: string;
  /** In an element no selector names, at the story's door: the headline by its place, or less PLAIN_PENALTY. */
  plain?: boolean;
}

/** A candidate's text without the date a page prints with it. */
function headlineText(text: string): string {
  return text.replace(LEADING_DATE, '').replace(TRAILING_DATE, '').trim();
}

/** A headline's length and words: a line, not a label of one letter or a paragraph, and never only a date. */
function isTitleLine(text: string): boolean {
  return (
    text.length >= MIN_TITLE_CHARS &&
    text.length <= MAX_TITLE_CHARS &&
    words(text).length <= MAX_TITLE_WORDS &&
    !ONLY_DATE.test(text) &&
    !ONLY_NUMERIC_DATE.test(text) &&
    !relativeDateLine(text) &&
    !ZONES_AND_AGENCIES.test(text.replace(DATE_AND_TIME, ''))
  );
}

/**
 * The candidates before `firstBlock`, each with the text between it and the body: one walk in document order
 * that counts visible text, from the start of the body to the first block. Where the block's text is known, the
 * walk goes on into the block up to that text: a cell of an old page holds the headline and the byline, each a
 * line of its own, before the story's first paragraph.
 */
function candidatesBefore(
  document: Document,
  firstBlock: Element,
  shared: readonly string[],
  firstText = '',
): Candidate[] {
  const body = document.body;
  if (!body?.contains(firstBlock)) return [];
  const wanted = new Set(body.querySelectorAll(CANDIDATE_SELECTOR));
  const ends = new Map<Element, number>();
  /** Elements no selector names that hold a title-like line: candidates only at the story's door. */
  const plain = new Set<Element>();
  /** Characters of visible text so far (each text node's collapsed text): the walk's offset. */
  let offset = 0;
  /** The visible text so far, a space between text nodes: the text between a candidate and the body. */
  let spaced = '';
  const spacedEnds = new Map<Element, number>();
  const start = collapse(firstText).trim();
  /** Inside the first block; then at its text (the body's start). */
  let inside = false;
  let reached = false;
  // Each open element is its own level: its end is reached when it closes. The walk stops at the body's start.
  walkTreeNow<Element>(body, {
    enter(element, parent) {
      if (parent === undefined) return element;
      if (reached) return STOP_WALK;
      if (element === firstBlock) {
        if (start === '') return STOP_WALK;
        inside = true;
      }
      return isSkipped(element) ? null : element;
    },
    node(node) {
      if (node.nodeType !== TEXT_NODE || reached) return;
      const text = collapse(node.textContent ?? '');
      const own = text.trim();
      if (inside && own !== '' && start.startsWith(own.slice(0, BLOCK_START_CHARS))) {
        reached = true;
        return;
      }
      offset += text.length;
      spaced += ` ${text}`;
      // A line that a share link's title repeats is a candidate whatever its tag ("<div class="sh">Headline").
      const parent = node.parentElement;
      if (parent && shared.length > 0 && isTitleLine(text) && shared.some((title) => mutual(title, text))) {
        wanted.add(parent);
      } else if (parent && !wanted.has(parent) && isTitleLine(own)) {
        // Any element's line may be the headline by its place at the story's door (a hashed class, no heading).
        wanted.add(parent);
        plain.add(parent);
      }
    },
    exit(element) {
      if (!reached && wanted.has(element)) {
        ends.set(element, offset);
        spacedEnds.set(element, spaced.length);
      }
    },
  });
  const candidates: Candidate[] = [];
  // A box that holds a heading (with a label or a date beside it) is not the headline: the heading in it is.
  const headings = [...ends.keys()].filter((element) => HEADING_TAG.test(element.tagName));
  for (const [element, end] of ends) {
    const gap = offset - end;
    const between = gap <= DOOR_SPAN_CHARS ? spaced.slice(spacedEnds.get(element)) : undefined;
    const door = between !== undefined && (gap <= DOOR_GAP_CHARS || atDoor(between));
    if (plain.has(element) && !door) continue;
    if (!HEADING_TAG.test(element.tagName) && headings.some((h) => h !== element && element.contains(h))) continue;
    if (gap > MAX_GAP_CHARS || aside(element, firstBlock) || hiddenUpTo(element)) continue;
    const text = headlineText(visibleText(element));
    if (isTitleLine(text) && !NOT_HEADLINE_START.test(text)) {
      candidates.push({ element, text, gap, between: door ? between : undefined, plain: plain.has(element) });
    }
  }
  return candidates;
}

/** Only the story's dateline, the time since it was posted or its byline between a line and the story. */
function atDoor(between: string): boolean {
  const line = collapse(between).trim();
  const rest = line.replace(BYLINE_AFTER, '');
  return DATE_LINE.test(rest) || relativeDateLine(rest) || (rest === '' && line !== '');
}

/**
 * In a box beside the story (navigation, an aside, a footer, a form): not the story's headline. A box that holds
 * the story's first block too is the page's frame (old server frameworks wrap the whole page in one <form>).
 */
function aside(element: Element, firstBlock: Element): boolean {
  const box = element.closest(NOT_HEADLINE_CONTAINER);
  return box !== null && !box.contains(firstBlock);
}

/**
 * The body's title-like lines before its first sentence, each a candidate when it reads as a headline: a short
 * line that does not end like a sentence, with a longer block after it. The first of them is the headline by its
 * place; a later one only where a title repeats it whole (a press release's contact lines come before its
 * headline).
 */
function leadCandidates(input: TitleInput): Candidate[] {
  const blocks = input.leadBlocks ?? [];
  const titles = [input.documentTitle, ...input.declared];
  const found: Candidate[] = [];
  for (const [i, block] of blocks.entries()) {
    const text = headlineText(collapse(block.text));
    const placed = found.length === 0 || titles.some((title) => mutual(title, text));
    if (placed && leadLike(text) && blocks.slice(i + 1).some((next) => next.text.length > text.length)) {
      found.push({ element: block.element, text, gap: 0, lead: true });
    }
    // The story has begun: a line after its first sentence is no headline.
    if (block.text.length >= MIN_STORY_LINE_CHARS || (block.text.length >= PROSE_LINE_CHARS && PROSE_END.test(text)))
      break;
  }
  return found;
}

/**
 * A line of the time since a story was posted, as aggregators print it under the headline, a source's short name
 * before it: "Associated Press 2 hours ago", "AP · yesterday", "فرانس برس · منذ ساعتين".
 */
function relativeDateLine(line: string): boolean {
  if (!RELATIVE_HINT.test(line)) return false;
  const words = line.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    if (name.length > MAX_SOURCE_NAME_CHARS || /\d/.test(name)) return false;
    if (RELATIVE_TIME.test(words.slice(k).join(' '))) return true;
  }
  return false;
}

/** A line that reads as a headline by its form: not a sentence, a label, a byline or a caption. */
function leadLike(text: string): boolean {
  return (
    isTitleLine(text) &&
    !SENTENCE_END.test(text) &&
    !NOT_A_LEAD.test(text) &&
    !OPENS_WITH_TIME.test(text) &&
    HEADLINE_START.test(text)
  );
}

/** The share of a title's words the candidate holds: the most over the titles that repeat it. */
function coverage(candidate: string, titles: readonly string[]): number {
  const own = new Set(words(candidate));
  let best = 0;
  for (const title of titles) {
    if (!repeats(title, candidate)) continue;
    const wt = words(title);
    if (wt.length > 0) best = Math.max(best, wt.filter((w) => own.has(w)).length / wt.length);
  }
  return best;
}

/** `titles`: the page's declared titles, <title> and its share links' titles, which may repeat the candidate. */
function score(candidate: Candidate, input: TitleInput, titles: readonly string[], hasH1: boolean): number {
  // The site's name (a banner's heading, a logo's text) is no headline, whatever repeats it.
  if (isSiteName(candidate.text, input)) return Number.NEGATIVE_INFINITY;
  const tag = candidate.element.tagName.toUpperCase();
  const count = words(candidate.text).length;
  // Repeated: its words are in a declared title (one that says more, like a site's name, too). Not the
  // other way round: a box that holds the headline, the byline and the date holds a declared title's words.
  // A label of a word or two counts only when a title is that label and no more ("Fun returns").
  const wholeTitle = titles.some((d) => mutual(d, candidate.text));
  const repeated = wholeTitle || (count > LABEL_MAX_WORDS && titles.some((t) => repeats(t, candidate.text)));
  // (only the story's dateline and byline between a candidate and the body put it no further from it)
  const gapPoints = candidate.between !== undefined ? 0 : Math.min(candidate.gap / GAP_CHARS_PER_POINT, MAX_GAP_POINTS);
  // (A line in an element no selector names yields to a heading that the titles repeat as well.)
  const plainPoints = candidate.plain ? PLAIN_PENALTY : 0;
  if (repeated) return REPEATED_SCORE + COVER_WEIGHT * coverage(candidate.text, titles) - gapPoints - plainPoints;
  // A bold line that nothing repeats is as likely a teaser's title as the article's; a line marked as a
  // headline is the article's where the page declares no title, unless it ends as a label does ("Share:").
  const marked =
    input.declared.length === 0 && candidate.element.matches(MARKED_HEADLINE) && !LABEL_END.test(candidate.text)
      ? MARKED_WEIGHT
      : undefined;
  // The first line by its place alone: not over an h1 near the body (it is then a standfirst), nor a question
  // (a first sentence that asks one).
  const lead =
    candidate.lead && !hasH1 && !candidate.text.endsWith('?') && count <= MAX_LEAD_WORDS ? LEAD_WEIGHT : undefined;
  const weight = candidate.lead ? lead : (TAG_WEIGHT[tag] ?? marked);
  if (weight === undefined) return Number.NEGATIVE_INFINITY;
  // Where the page declares the article's title, a line other than the h1 that does not repeat it is some
  // other heading ("Alerts In Effect", a search box's "What are you looking for?"): the declared title wins.
  if (input.declared.length > 0 && tag !== 'H1') return Number.NEGATIVE_INFINITY;
  return weight - (count <= LABEL_MAX_WORDS ? LABEL_PENALTY : 0) - gapPoints;
}

/** The site's own name: og:site_name, or the text of a link to its home page. */
function isSiteName(text: string, input: TitleInput): boolean {
  const key = siteNameKey(text);
  return key !== '' && (input.homeNames?.has(key) === true || key === siteNameKey(input.siteName ?? ''));
}

/** <title> without the site's name and sections: the part a page heading repeats, else the longest part. */
export function cleanDocumentTitle(raw: string, siteName: string | null, headings: readonly string[] = []): string {
  const parts = collapse(raw)
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const site = siteName?.toLowerCase();
  const kept = parts
    .map((p) => p.replace(LEADING_DOMAIN, ''))
    .filter((p) => p !== '' && p.toLowerCase() !== site && !DOMAIN_PART.test(p));
  // (A heading of a word or two, a section's "Sports", shows no part: every part that holds the word would do.)
  const lines = headings.filter((h) => words(h).length > LABEL_MAX_WORDS);
  const shown = kept.find((p) => words(p).length > LABEL_MAX_WORDS && lines.some((h) => sameTitle(h, p)));
  if (shown) return shown;
  return kept.reduce((best, p) => (p.length > best.length ? p : best), '') || collapse(raw);
}

/** A declared title without a leading or trailing site name ("Headline | The Paper"); its own colons stay. */
function withoutSiteName(title: string, siteName: string | null): string {
  const site = siteName?.toLowerCase();
  const isSite = (part: string): boolean => part.toLowerCase() === site || DOMAIN_PART.test(part);
  let text = collapse(title);
  for (;;) {
    const parts = text.split(TITLE_SEPARATOR);
    const first = parts[0] ?? '';
    const last = parts[parts.length - 1] ?? '';
    if (parts.length < 2) return text;
    if (isSite(last)) text = text.slice(0, text.length - last.length).replace(SEPARATOR_AT_END, '');
    else if (isSite(first)) text = text.slice(first.length).replace(SEPARATOR_AT_START, '');
    else return text;
  }
}

/**
 * The forms of the page's titles a heading may show whole: each declared title, each without the site's name,
 * and each part of <title> between separators that is longer than a label.
 */
function titleForms(input: TitleInput, shared: readonly string[]): string[] {
  const forms = [...input.declared, ...shared].flatMap((d) => [d, withoutSiteName(d, input.siteName)]);
  for (const title of [...input.declared, input.documentTitle]) {
    for (const part of collapse(title).split(TITLE_SEPARATOR))
      if (words(part).length > LABEL_MAX_WORDS) forms.push(part);
  }
  return forms;
}

/** The article's headline as the page shows it (see the top of this file). */
export function findHeadline(document: Document, input: TitleInput, h1s: readonly Element[]): string {
  // A heading that shows a declared title whole is the headline wherever it stands (the body found may start
  // before it, at a standfirst or a photo).
  const shared = sharedTitles(input);
  const forms = titleForms(input, shared);
  const titles = [...input.declared, input.documentTitle, ...shared];
  const articleTitles = [...input.declared, ...shared];
  for (const heading of h1s) {
    if (hiddenUpTo(heading)) continue;
    const text = headlineText(visibleText(heading));
    if (text !== '' && !ONLY_DATE.test(text) && articleTitles.some((d) => mutual(d, text))) return text;
  }
  const firstText = input.leadBlocks?.[0]?.element === input.firstBlock ? input.leadBlocks?.[0]?.text : undefined;
  const found = input.firstBlock ? candidatesBefore(document, input.firstBlock, shared, firstText) : [];
  // A line over the story's dateline, only the date between them, is its first line by place as the story's
  // own first line is: old pages set "Headline<br>2031-03-04 17:15" over the story so.
  for (const candidate of found) {
    const tag = candidate.element.tagName.toUpperCase();
    const door = candidate.between !== undefined && atDoor(candidate.between);
    if (door && !(tag in TAG_WEIGHT) && leadLike(candidate.text)) candidate.lead = true;
  }
  const candidates = [...found, ...leadCandidates(input)];
  // A line under a heading at the story's door (a source's name, a kicker) is not the story's first line: the
  // heading over it is.
  const doorHeading = (c: Candidate): boolean =>
    c.element.tagName.toUpperCase() in TAG_WEIGHT && c.between !== undefined && !isSiteName(c.text, input);
  for (const candidate of candidates) {
    if (candidate.lead && candidates.some((c) => c !== candidate && c.gap > candidate.gap && doorHeading(c)))
      candidate.lead = false;
  }
  let best: Candidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  // (a banner's h1 that holds the site's name, or a section's label of a word or two, is no headline that a
  // first line would be the standfirst of)
  const hasH1 = candidates.some(
    (c) =>
      c.element.tagName.toUpperCase() === 'H1' && !isSiteName(c.text, input) && words(c.text).length > LABEL_MAX_WORDS,
  );
  for (const candidate of candidates) {
    const points = score(candidate, input, titles, hasH1);
    // Ties go to the nearer candidate.
    if (points > bestScore || (points === bestScore && best && candidate.gap < best.gap)) {
      best = candidate;
      bestScore = points;
    }
  }
  // <title> that is only the site's name, repeated by its banner far above the story (a bold line, not a
  // heading), names no headline: a heading or a first line at the story's door does.
  if (
    best &&
    bestScore >= REPEATED_SCORE - MAX_GAP_POINTS &&
    best.gap > BANNER_GAP_CHARS &&
    !(best.element.tagName.toUpperCase() in TAG_WEIGHT) &&
    input.declared.length === 0 &&
    repeats(input.documentTitle, best.text) &&
    coverage(best.text, [input.documentTitle]) >= BANNER_COVER
  ) {
    const door = candidates.find(
      (c) => c.gap <= DOOR_GAP_CHARS && c !== best && score(c, input, titles, hasH1) >= LEAD_WEIGHT,
    );
    if (door) return door.text;
  }
  if (best && bestScore >= REPEATED_SCORE - MAX_GAP_POINTS) return best.text;
  // An h1 elsewhere that shows one of the title's forms whole (a site's title less its name) beats a line that
  // only its place or its tag recommends.
  for (const heading of h1s) {
    if (hiddenUpTo(heading)) continue;
    const text = headlineText(visibleText(heading));
    if (isTitleLine(text) && !isSiteName(text, input) && forms.some((f) => mutual(f, text))) return text;
  }
  if (best && bestScore >= MIN_SCORE) return best.text;
  // A <title> that is only the site's name (its links home print it) names no story: a heading over the
  // story with a headline's words does, however far its byline and dateline put it from the body.
  if (
    best &&
    bestScore > Number.NEGATIVE_INFINITY &&
    best.element.tagName.toUpperCase() in TAG_WEIGHT &&
    words(best.text).length > LABEL_MAX_WORDS &&
    input.declared.length === 0 &&
    isSiteName(input.documentTitle, input)
  ) {
    return best.text;
  }
  const declared = input.declared.find((d) => collapse(d) !== '');
  if (declared) return withoutSiteName(declared, input.siteName);
  // A page with no <title> is named by the title its share links carry.
  if (input.documentTitle.trim() === '' && shared[0] !== undefined) return shared[0];
  if (input.documentTitle.trim() !== '') {
    // (The part the share links name, else the part a heading shows.)
    return cleanDocumentTitle(input.documentTitle, input.siteName, [...shared, ...candidates.map((c) => c.text)]);
  }
  const headings = candidates.filter((c) => c.element.tagName.toUpperCase() in TAG_WEIGHT);
  return headings[headings.length - 1]?.text ?? '';
}

// The headline as the page shows it. News pages put the headline in a heading shortly before the body, and
// usually repeat it in <title>, og:title or JSON-LD. But the first <h1> is often the site's name or a section
// ("Sports Wire", "More News"), old pages set the headline in an <h2> or a "headline" class, and <title> carries
// the site's name and sections. So the candidates (h1–h3 and elements marked as a headline) are scored by how
// near they sit before the body, by their tag, and by whether the page's declared titles repeat them; a short
// label that nothing repeats is not a headline. Only when no heading qualifies does the declared title stand in,
// without the site's name.
import { collapse, isSkipped, STOP_WALK, TEXT_NODE, visibleText, walkTreeNow } from './dom';

export interface TitleInput {
  /** The first block of the article body: the headline comes before it. */
  firstBlock: Element | null;
  /** og:title, twitter:title, JSON-LD headline: titles a page declares for the article itself. */
  declared: readonly string[];
  /** The text of <title>, usually with the site's name and sections. */
  documentTitle: string;
  siteName: string | null;
}

/** Where a headline may be: headings, microdata, and the class names pages give their headline. */
const CANDIDATE_SELECTOR =
  'h1, h2, h3, [itemprop~="headline"], [class*="headline" i], [id*="headline" i], [class*="title" i], b, strong, font, big';
/** The tags that make a candidate more likely the headline (a class-marked or bold line needs a title to repeat it). */
const TAG_WEIGHT: Readonly<Record<string, number>> = { H1: 3, H2: 2, H3: 1 };
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
/** A date printed with the headline ("Wednesday, 09 January 2008 Headline", "Headline (14/01/2008)"). */
const LEADING_DATE =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}\s+/i;
const TRAILING_DATE = /\s*[([]\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[)\]]$/;
/** The best candidate must score at least this to be taken over the declared title. */
const MIN_SCORE = 1;
/** Separators between a headline and the site's name or sections in <title>. */
const TITLE_SEPARATOR = /\s+(?:[|\-–—:·•»>]|--|::)\s+/;
const SEPARATOR_AT_END = /\s+(?:[|\-–—:·•»>]|--|::)\s*$/;
const SEPARATOR_AT_START = /^\s*(?:[|\-–—:·•»>]|--|::)\s+/;
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
}

/**
 * The candidates before `firstBlock`, each with the text between it and the body: one walk in document order
 * that counts visible text, from the start of the body to the first block.
 */
function candidatesBefore(document: Document, firstBlock: Element): Candidate[] {
  const body = document.body;
  if (!body?.contains(firstBlock)) return [];
  const wanted = new Set(body.querySelectorAll(CANDIDATE_SELECTOR));
  if (wanted.size === 0) return [];
  const ends = new Map<Element, number>();
  let offset = 0;
  // Each open element is its own level: its end is reached when it closes. The walk stops at the body's start.
  walkTreeNow<Element>(body, {
    enter(element, parent) {
      if (parent === undefined) return element;
      if (element === firstBlock) return STOP_WALK;
      return isSkipped(element) ? null : element;
    },
    node(node) {
      if (node.nodeType === TEXT_NODE) offset += collapse(node.textContent ?? '').length;
    },
    exit(element) {
      if (wanted.has(element)) ends.set(element, offset);
    },
  });
  const candidates: Candidate[] = [];
  for (const [element, end] of ends) {
    const gap = offset - end;
    if (gap > MAX_GAP_CHARS || element.closest(NOT_HEADLINE_CONTAINER) || hiddenUpTo(element)) continue;
    const text = visibleText(element).replace(LEADING_DATE, '').replace(TRAILING_DATE, '');
    if (text.length < MIN_TITLE_CHARS || text.length > MAX_TITLE_CHARS) continue;
    if (words(text).length > MAX_TITLE_WORDS) continue;
    candidates.push({ element, text, gap });
  }
  return candidates;
}

function score(candidate: Candidate, input: TitleInput): number {
  const tag = candidate.element.tagName.toUpperCase();
  const count = words(candidate.text).length;
  // Repeated: its words are in a declared title (one that says more, like a site's name, too). Not the
  // other way round: a box that holds the headline, the byline and the date holds a declared title's words.
  const wholeDeclared = input.declared.some((d) => mutual(d, candidate.text));
  const repeated =
    wholeDeclared ||
    (count > LABEL_MAX_WORDS && [...input.declared, input.documentTitle].some((t) => repeats(t, candidate.text)));
  const gapPoints = Math.min(candidate.gap / GAP_CHARS_PER_POINT, MAX_GAP_POINTS);
  if (repeated) return REPEATED_SCORE - gapPoints;
  // A class-marked or bold line that nothing repeats is as likely a teaser's title as the article's.
  if (!(tag in TAG_WEIGHT)) return Number.NEGATIVE_INFINITY;
  return (TAG_WEIGHT[tag] ?? 0) - (count <= LABEL_MAX_WORDS ? LABEL_PENALTY : 0) - gapPoints;
}

/** <title> without the site's name and sections: the part a page heading repeats, else the longest part. */
export function cleanDocumentTitle(raw: string, siteName: string | null, headings: readonly string[] = []): string {
  const parts = collapse(raw)
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const site = siteName?.toLowerCase();
  const kept = parts.filter((p) => p.toLowerCase() !== site && !DOMAIN_PART.test(p));
  const shown = kept.find((p) => words(p).length > LABEL_MAX_WORDS && headings.some((h) => sameTitle(h, p)));
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

/** The article's headline as the page shows it (see the top of this file). */
export function findHeadline(document: Document, input: TitleInput, h1s: readonly Element[]): string {
  // A heading that a declared title repeats is the headline wherever it stands (the body found may start
  // before it, at a standfirst or a photo).
  for (const heading of h1s) {
    if (hiddenUpTo(heading)) continue;
    const text = visibleText(heading);
    if (text !== '' && input.declared.some((d) => mutual(d, text))) return text;
  }
  const candidates = input.firstBlock ? candidatesBefore(document, input.firstBlock) : [];
  let best: Candidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const candidate of candidates) {
    const points = score(candidate, input);
    // Ties go to the nearer candidate.
    if (points > bestScore || (points === bestScore && best && candidate.gap < best.gap)) {
      best = candidate;
      bestScore = points;
    }
  }
  if (best && bestScore >= MIN_SCORE) return best.text;
  const declared = input.declared.find((d) => collapse(d) !== '');
  if (declared) return withoutSiteName(declared, input.siteName);
  if (input.documentTitle.trim() !== '') {
    return cleanDocumentTitle(
      input.documentTitle,
      input.siteName,
      candidates.map((c) => c.text),
    );
  }
  const headings = candidates.filter((c) => c.element.tagName.toUpperCase() in TAG_WEIGHT);
  return headings[headings.length - 1]?.text ?? '';
}

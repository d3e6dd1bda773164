// The story under the page's headline. An aggregator prints a wire story, then promos, comments and the FULL
// texts of related stories, each often longer than the story (the Daily8 seeds). Related stories share a shape:
// each is a card with a linked title over its text, one of a run of such cards. The article is the story whose
// headline is the page's (<title> less the site's name, og:title, the h1), that comes first under it in reading
// order, and that is no card of a run. Extraction asks this module which candidates may be the body, and which
// subtrees the body must leave out.
import { collapse, isElement, isSkipped, isText, tagOf, visibleText } from './dom';
import type { TextUnit } from './extract';
import { type PageIndex, siteNameKey } from './page-index';
import { BYLINE, END_LINE } from './vocabulary';

/** A linked title is a unit mostly of link text ("<h3><a>Title</a></h3>"; link characters leave out spaces). */
const MIN_TITLE_LINK_SHARE = 0.7;
/** The same for a title whose line carries its source's name and a time or a date after the link. */
const MIN_DATED_TITLE_LINK_SHARE = 0.45;
/** ...of a headline's length: longer than a menu entry ("World", "Sign in"), shorter than a paragraph. */
const MIN_TITLE_CHARS = 20;
const MAX_TITLE_CHARS = 200;
/** ...and of a headline's words. */
const MIN_TITLE_WORDS = 3;
/** Prose: a unit this long and this link-poor (extract.ts's prose paragraph). */
const PROSE_CHARS = 80;
const MAX_PROSE_LINK_SHARE = 0.25;
/**
 * A related story printed in full carries at least this much prose under its linked title. A teaser (a title
 * and a standfirst, as the related rails of publishers print them) has less, and is left to the scorer.
 */
const MIN_CARD_PROSE_CHARS = 400;
/** Cards come in runs: a lone card is a story of its own (a blog post whose h1 links to its permalink). */
const MIN_RUN_CARDS = 2;
/**
 * A time label: the time since an item was posted, as a card or a reader's comment prints it beside a name
 * ("an hour ago", "منذ ساعة"). On a page with cards, a run of items that each carry one (comments, a second
 * list of stories) is not the story either.
 */
const TIME_LABEL =
  /(?:(?:an?|\d+)\s+(?:minute|hour|day|week|month)s?\s+ago|just now|yesterday|منذ\s+(?:\d+\s+)?\S+|أمس)(?=\s|$)/i;
/** TIME_LABEL, searched from a position. */
const TIME_LABEL_ANYWHERE = new RegExp(TIME_LABEL.source, 'gi');
/** A date in a line: "2026-03-14", "14/03/2026", "March 14", "14 Mar". */
const DATE_IN_LINE =
  /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[-./]\d{1,2}[-./]\d{2,4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** Lines (a date, a byline) that may stand between a headline and its text. */
const MAX_DOOR_LINES = 2;
/** A label is a short line. */
const MAX_LABEL_CHARS = 60;
/** An item opens with its marker after this many labels at most (a source or a name, a time, a section). */
const MAX_LEADING_LABELS = 3;
/** A dated item holds some text of its own besides its label (a comment's sentence). */
const MIN_ITEM_TEXT_CHARS = 20;
/**
 * The story under the headline holds at least this much prose, else the page is something else (a listicle, a
 * live blog, a list of stories) whose cards are its body, and the scorer's choice stands. A wire's brief of two
 * short paragraphs has this much (500 had let a longer related story take a brief's place on aggregators).
 */
const MIN_STORY_PROSE_CHARS = 250;
/** Separators between a headline and the site's name in <title>. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+/;
/** A headline matches a title when this share of the shorter one's words are in the longer one... */
const TITLE_OVERLAP = 0.8;
/** ...and the longer is at most this many times the shorter (a paragraph that quotes the title is no match). */
const MAX_TITLE_LENGTH_RATIO = 2;
/** Headings that may print a post's title. */
const HEADING_TAG = /^H[1-3]$/;
/** Any heading: a story printed in full after the story opens with one, linked or not. */
const ANY_HEADING_TAG = /^H[1-6]$/;
/** compareDocumentPosition's bits. */
const PRECEDING = 2;

/** What the page's shape says about where its story is. */
export interface StoryShape {
  /**
   * Related stories printed in full, each the root of a card in a run of cards; and beside them the items of
   * runs of dated items (comments). Empty when the page has no such run, or no story of its own before it.
   */
  cards: ReadonlySet<Element>;
  /** The cards told apart: the related stories, and the dated items (readers' comments, a list of teasers). */
  others: OtherStories;
  /** The element that shows the page's headline, when one matches its titles. */
  headline: Element | null;
  /**
   * The candidates that may hold the story: the scores without those that precede the headline, or hold or sit
   * in a card. Unchanged when the page has no run of cards, or when what is left holds too little prose.
   */
  restrict<S extends { prose: number }>(scores: Map<Element, number>, stats: Map<Element, S>): Map<Element, number>;
  /** True when the element sits in a card: the body leaves it out, and ends at the first one after it begins. */
  inCard(element: Element): boolean;
}

/** What the story's shape set apart from the story: the clutter finder lists it (clutter.ts). */
export interface OtherStories {
  /** Related stories printed in full: each a card, a later <article>, or the label and units of a run printed
   * with no wrapper. */
  related: ReadonlySet<Element>;
  /** Items of runs of dated items (comments), with the units of runs printed with no wrapper. */
  dated: ReadonlySet<Element>;
  /** An item printed with no wrapper: its first element (the title, the name and time), and the siblings after it
   * that are the rest of it. */
  parts: ReadonlyMap<Element, readonly Element[]>;
  /** The labels over runs printed with no wrapper ("Related Articles"): listed with the run, not one of its items. */
  labels: ReadonlySet<Element>;
}

export const NO_OTHER_STORIES: OtherStories = {
  related: new Set(),
  dated: new Set(),
  parts: new Map(),
  labels: new Set(),
};

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function linkShare(unit: TextUnit): number {
  const length = unit.model.text.length;
  return length === 0 ? 0 : unit.linkChars / length;
}

function isTitleLink(unit: TextUnit): boolean {
  const text = unit.model.text;
  // ("<a>Port to deepen its channel</a> <small>Reuters 2 hours ago</small>": a linked title with its source and
  // time on its line)
  const share = linkShare(unit);
  return (
    (share >= MIN_TITLE_LINK_SHARE || (share >= MIN_DATED_TITLE_LINK_SHARE && datedBesideLink(unit))) &&
    text.length >= MIN_TITLE_CHARS &&
    text.length <= MAX_TITLE_CHARS &&
    words(text).length >= MIN_TITLE_WORDS
  );
}

/** A title in a heading of its own, linked or not: a headline's length and words. */
function isHeadingTitle(unit: TextUnit): boolean {
  const text = unit.model.text;
  return (
    unit.whole &&
    ANY_HEADING_TAG.test(tagOf(unit.container)) &&
    text.length >= MIN_TITLE_CHARS &&
    text.length <= MAX_TITLE_CHARS &&
    words(text).length >= MIN_TITLE_WORDS
  );
}

/** A title in no heading: a whole line of a headline's length, no link, not a sentence. */
function isPlainTitle(unit: TextUnit): boolean {
  const text = unit.model.text.trim();
  return (
    unit.whole &&
    unit.linkChars === 0 &&
    !ANY_HEADING_TAG.test(tagOf(unit.container)) &&
    headlineShaped(text) &&
    !/[!?]$/.test(text) &&
    !END_LINE.test(text) &&
    !isDated(unit)
  );
}

/** A headline's length and words, not ending as a sentence or a label does. */
function headlineShaped(text: string): boolean {
  return (
    text.length >= MIN_TITLE_CHARS &&
    text.length <= MAX_TITLE_CHARS &&
    words(text).length >= MIN_TITLE_WORDS &&
    !/[.:;,]$/.test(text)
  );
}

function isProse(unit: TextUnit): boolean {
  return unit.model.text.length >= PROSE_CHARS && linkShare(unit) < MAX_PROSE_LINK_SHARE;
}

/** Two headlines are the same when most words of the shorter are in the longer, of a comparable length. */
export function sameHeadline(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  if (long.size > short.length * MAX_TITLE_LENGTH_RATIO) return false;
  return short.filter((w) => long.has(w)).length / short.length >= TITLE_OVERLAP;
}

/**
 * The page's titles: og:title, twitter:title, and each part of <title> between separators; never the site's
 * name (og:site_name, the text of a link to its home page), which a page's <title> may be all of.
 */
function pageTitles(index: PageIndex): string[] {
  const titles: string[] = [];
  for (const key of ['og:title', 'twitter:title']) {
    const value = index.metas.get(key);
    if (value) titles.push(collapse(value));
  }
  for (const part of collapse(index.title).split(TITLE_SEPARATOR)) {
    if (words(part).length >= MIN_TITLE_WORDS) titles.push(part);
  }
  const site = siteNameKey(index.metas.get('og:site_name') ?? '');
  return titles.filter((title) => {
    const key = siteNameKey(title);
    return key !== site && !index.homeNames.has(key);
  });
}

function hidden(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

/**
 * The element showing the headline: the first visible h1 that matches a title; else the first unit that does
 * and is not a link (a page with no semantic tags prints its headline in a div); with no title at all, the
 * first visible h1, unless a story stands above it (an endless page's next story: see untitledHeadline). Null
 * when nothing matches (the h1 is a section name or a logo).
 */
export function findHeadline(index: PageIndex, units: readonly TextUnit[]): Element | null {
  const titles = pageTitles(index);
  const h1s = index.h1s.filter((h) => !hidden(h));
  if (titles.length === 0) {
    const first = h1s[0];
    if (!first || storyAbove(first, units)) return untitledHeadline(units);
    return first;
  }
  const matches = (text: string): boolean => titles.some((title) => sameHeadline(text, title));
  const h1 = h1s.find((h) => matches(visibleText(h)));
  if (h1) return h1;
  const unit = units.find((u) => u.linkChars === 0 && u.model.text.length <= MAX_TITLE_CHARS && matches(u.model.text));
  return unit?.container ?? null;
}

/**
 * On a page with no title and no h1 (a <title> that is only the site's name), the headline is the first
 * heading with a headline's length and words, not a link, that comes before the first paragraph of prose: the
 * story opens the page. A heading after prose is a later story's or a section's.
 */
function untitledHeadline(units: readonly TextUnit[]): Element | null {
  for (const unit of units) {
    if (isProse(unit)) return null;
    if (unit.linkChars === 0 && isHeadingTitle(unit) && !hidden(unit.container)) return unit.container;
  }
  return null;
}

/** Prose comes before the element: a story above it, whose headline it is not (an endless page's next story). */
function storyAbove(element: Element, units: readonly TextUnit[]): boolean {
  for (const unit of units) {
    if (element.contains(unit.container) || unit.container.contains(element)) return false;
    if (isProse(unit)) return true;
  }
  return false;
}

/**
 * The element showing the headline, only when it matches one of the page's titles (null without titles): as
 * findHeadline, and else the first heading that matches a title or the whole <title>, linked or not (a blog
 * prints its post's title as a link to the post; a short title is not cut at its separators: "AT CARVEN –
 * PARIS").
 */
export function titledHeadline(index: PageIndex, units: readonly TextUnit[]): Element | null {
  const titles = pageTitles(index);
  const whole = collapse(index.title);
  if (words(whole).length >= MIN_TITLE_WORDS) titles.push(whole);
  if (titles.length === 0) return null;
  const found = findHeadline(index, units);
  if (found) return found;
  const heading = units.find(
    (unit) =>
      HEADING_TAG.test(tagOf(unit.container)) &&
      unit.model.text.length <= MAX_TITLE_CHARS &&
      titles.some((title) => sameHeadline(unit.model.text, title)),
  );
  return heading && !hidden(heading.container) ? heading.container : null;
}

function isItemText(unit: TextUnit): boolean {
  return unit.model.text.length >= MIN_ITEM_TEXT_CHARS;
}

/**
 * A label with the time an item was posted, at its start or its end ("Dee M. 2 hours ago"; a short sentence
 * with "yesterday" in it is no label). A time glued to the name before it by markup with no space between
 * elements ("Dee M.<span>yesterday</span>") opens a text node of its own.
 */
function isTimeLabel(unit: TextUnit): boolean {
  const text = unit.model.text.trim();
  if (text.length > MAX_LABEL_CHARS) return false;
  const offset = unit.model.text.indexOf(text);
  // The first match may start inside the name before it ("oldtimer52" + "35 minutes ago"): the next ones are tried.
  for (let from = 0; from < text.length; ) {
    TIME_LABEL_ANYWHERE.lastIndex = from;
    const time = TIME_LABEL_ANYWHERE.exec(text);
    if (!time) return false;
    const edge = time.index === 0 || time.index + time[0].length === text.length;
    if (edge && (time.index === 0 || /\s/.test(text[time.index - 1] ?? ''))) return true;
    if (edge) {
      const at = unit.model.locate(offset + time.index, 'start');
      if (at && at.node.data.slice(0, at.offset).trim() === '') return true;
    }
    from = time.index + 1;
  }
  return false;
}

/**
 * Runs of items that each carry one marker (a linked title, a time label). For each marker, the largest element
 * around it that holds no other marker is an item when it opens with the marker, after a few labels at most (a
 * source, a name, a time), and then holds `minText` characters of the units that `counts`. Items of the same
 * shape (the same tags from the item down to its marker) that share a parent make a run. An item holding the
 * headline is the story, never one of a run. `dated`: "marker" where the marker is a time itself (a comment's),
 * "required" where only items with a line of a time or a date beside their marker count (another story's
 * "Reuters · 2 hours ago").
 */
function findRuns(
  units: readonly TextUnit[],
  body: Element,
  headline: Element | null,
  isMarker: (unit: TextUnit) => boolean,
  counts: (unit: TextUnit) => boolean,
  minText: number,
  dated: 'marker' | 'required' | 'beside' = 'beside',
): Set<Element> {
  const markers = units.filter(isMarker);
  if (markers.length < MIN_RUN_CARDS) return new Set();
  const markerCount = new Map<Element, number>();
  for (const unit of markers) {
    for (let e: Element | null = unit.container; e && e !== body; e = e.parentElement) {
      markerCount.set(e, (markerCount.get(e) ?? 0) + 1);
    }
  }
  /** Each item: its shape, whether its marker was read yet, the labels before it, its text after it. */
  interface Item {
    shape: string;
    opened: boolean;
    labels: number;
    text: number;
    broken: boolean;
    /** Units read after the marker. */
    after: number;
    /** A line with a time or a date beside the marker (a label before it, or the line after it). */
    dated: boolean;
  }
  const items = new Map<Element, Item>();
  for (const unit of markers) {
    let root = unit.container;
    while (root.parentElement && root.parentElement !== body && markerCount.get(root.parentElement) === 1) {
      root = root.parentElement;
    }
    if (markerCount.get(root) !== 1 || (headline && root.contains(headline))) continue;
    const tags: string[] = [];
    for (let e: Element | null = unit.container; e && e !== root; e = e.parentElement) tags.push(tagOf(e));
    tags.push(tagOf(root));
    items.set(root, {
      shape: tags.join('<'),
      opened: false,
      labels: 0,
      text: 0,
      broken: false,
      after: 0,
      dated: false,
    });
  }
  for (const unit of units) {
    let item: Item | undefined;
    for (let e: Element | null = unit.container; e && e !== body && !item; e = e.parentElement) item = items.get(e);
    if (!item) continue;
    if (isMarker(unit)) {
      item.opened = true;
      if (dated === 'marker') item.dated = true;
    } else if (item.opened) {
      if (counts(unit)) item.text += unit.model.text.length;
      if (item.after++ === 0 && isDated(unit)) item.dated = true;
    } else if (unit.model.text.length > MAX_LABEL_CHARS || ++item.labels > MAX_LEADING_LABELS) item.broken = true;
    else if (isDated(unit)) item.dated = true;
  }
  const kept = new Set(
    [...items]
      .filter(([, item]) => !item.broken && item.text >= minText && (item.dated || dated !== 'required'))
      .map(([root]) => root),
  );
  // A list of its own: the items' parent holds no prose outside them. Items among the story's paragraphs are
  // the story's (a listicle's numbered entries, benchmark pages wceb2026_0042 and _0375), unless each is dated
  // beside its title as another story is ("Reuters - 2 hours ago"): an old page's table prints the story and
  // the related stories as rows of one table.
  const loose = new Set<Element>();
  for (const unit of units) {
    if (!isProse(unit) || inItems(kept, unit.container)) continue;
    for (let e: Element | null = unit.container; e && !loose.has(e); e = e.parentElement) loose.add(e);
  }
  const runs = new Map<string, Element[]>();
  const parents = new Map<Element | null, number>();
  for (const [root, item] of items) {
    if (!kept.has(root) || (root.parentElement && loose.has(root.parentElement) && !item.dated)) continue;
    const parent = root.parentElement;
    if (!parents.has(parent)) parents.set(parent, parents.size);
    const key = `${parents.get(parent)}:${item.shape}`;
    const list = runs.get(key) ?? [];
    list.push(root);
    runs.set(key, list);
  }
  const found = new Set<Element>();
  for (const list of runs.values()) if (list.length >= MIN_RUN_CARDS) for (const item of list) found.add(item);
  return found;
}

/**
 * Runs of items printed with no element of their own: under a short label ("Related", "Comments"), each item
 * is a marker (a linked title, a time label) and the units after it, siblings in one parent (the label's, or a
 * list right after the label: "<h3>Related</h3><dl>…"), up to the next
 * marker or a heading; two items at least, each with `minText` characters of the units that `counts` after its marker and a
 * dated line (the marker itself, or a short line with a time or a date: "Reuters · 2 hours ago"). The label and
 * the dates are what set them apart from a story's own sections under linked subheads (a guide's entries, each
 * a linked name over its text, under a street's name). Only after the headline, and never the units before the
 * label: the story's own paragraphs may share the parent.
 */
function flatRuns(
  units: readonly TextUnit[],
  headline: Element | null,
  isMarker: (unit: TextUnit) => boolean,
  counts: (unit: TextUnit) => boolean,
  minText: number,
): FlatRun[] {
  const runs: FlatRun[] = [];
  let i = 0;
  if (headline) {
    while (i < units.length && !precedes(headline, (units[i] as TextUnit).container)) i++;
  }
  for (; i < units.length; i++) {
    const label = units[i] as TextUnit;
    // (The items may stand in a list of their own right after the label: "<h3>Related</h3><dl><dt>…".)
    const list = label.container.nextElementSibling;
    const listed = list !== null && units[i + 1]?.container.parentElement === list;
    const parent = listed ? list : label.container.parentElement;
    // ("Reuters · 2 hours ago" may stand above the first title, as above each one)
    const first = kicker(units[i + 1], units[i + 2], parent, isMarker) ? units[i + 2] : units[i + 1];
    if (!first || !parent || !isMarker(first) || first.container.parentElement !== parent) continue;
    if (!isLabelUnit(label) || isMarker(label)) continue;
    const tag = tagOf(first.container);
    /** The items read so far; the last one may be incomplete. */
    const items: Array<{ elements: Element[]; text: number; dated: boolean }> = [];
    const complete = (item: { text: number; dated: boolean }): boolean => item.text >= minText && item.dated;
    /** A dated line above the next title: the next item's. */
    let above: Element | null = null;
    let j = i + 1;
    for (; j < units.length; j++) {
      const unit = units[j] as TextUnit;
      if (!parent.contains(unit.container)) break;
      // A heading that is no marker opens something else (the comments under the related stories).
      const marker = isMarker(unit);
      if (!marker && ANY_HEADING_TAG.test(tagOf(unit.container))) break;
      const item = items[items.length - 1];
      if (marker && unit.container.parentElement === parent && tagOf(unit.container) === tag) {
        if (item && !complete(item)) break;
        items.push({
          elements: above ? [above, unit.container] : [unit.container],
          text: 0,
          dated: above !== null || isDated(unit) || datedBesideLink(unit),
        });
        above = null;
        continue;
      }
      const next = units[j + 1];
      if (kicker(unit, next, parent, isMarker) && next && tagOf(next.container) === tag) {
        above = unit.container;
        continue;
      }
      if (!item) break;
      if (counts(unit)) item.text += unit.model.text.length;
      item.dated ||= isDated(unit);
      // The item's parts are children of the run's parent: what hides the unit's text.
      let part = unit.container;
      while (part.parentElement && part.parentElement !== parent) part = part.parentElement;
      if (!item.elements.includes(part)) item.elements.push(part);
    }
    const done = items.filter(complete);
    if (done.length < MIN_RUN_CARDS) continue;
    runs.push({ label: label.container, items: done.map((item) => item.elements) });
    i = j - 1;
  }
  return runs;
}

/** A short dated line with no link right above a marker, both children of the run's parent: "Reuters · 2 hours
 * ago" over a related story's title. */
function kicker(
  unit: TextUnit | undefined,
  next: TextUnit | undefined,
  parent: Element | null,
  isMarker: (unit: TextUnit) => boolean,
): boolean {
  return (
    unit !== undefined &&
    next !== undefined &&
    unit.linkChars === 0 &&
    unit.container.parentElement === parent &&
    next.container.parentElement === parent &&
    isDated(unit) &&
    !isMarker(unit) &&
    isMarker(next)
  );
}

/** A run printed with no wrapper: its label, and each item's elements in page order (its marker, or the dated line
 * above it, first). */
interface FlatRun {
  label: Element;
  items: Element[][];
}

/**
 * A headline over a date line at the door of the text that starts at `at`: a line of a headline's length, no
 * link and no sentence, then a short line with a date or a time since posting (a byline may stand beside it).
 * An old page's brief prints its headline so, in no heading and under no <title> that names it.
 */
export function datedHeadlineAbove(units: readonly TextUnit[], at: number): boolean {
  let dated = false;
  for (let i = at - 1; i >= 0 && i >= at - MAX_DOOR_LINES - 1; i--) {
    const unit = units[i] as TextUnit;
    if (isDated(unit) && unit.linkChars === 0) {
      dated = true;
      continue;
    }
    if (unit.linkChars === 0 && unit.model.text.length <= MAX_LABEL_CHARS && BYLINE.test(unit.model.text.trim()))
      continue;
    return dated && unit.linkChars === 0 && headlineShaped(unit.model.text.trim());
  }
  return false;
}

/** The words of a unit outside its links are a time or a date label: "Reuters 2 hours ago" after a linked title. */
function datedBesideLink(unit: TextUnit): boolean {
  let rest = '';
  const read = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (isText(child)) rest += child.nodeValue ?? '';
      else if (isElement(child) && tagOf(child) !== 'A') read(child);
    }
  };
  read(unit.container);
  return datedLine(collapse(rest));
}

/** A unit that is a short line with a time or a date in it: when an item was posted. */
function isDated(unit: TextUnit): boolean {
  return datedLine(unit.model.text);
}

/** A short line with a time or a date in it. */
function datedLine(text: string): boolean {
  return text.length <= MAX_LABEL_CHARS && (TIME_LABEL.test(text) || DATE_IN_LINE.test(text));
}

/** A label: a short line of its own, no link in it. */
function isLabelUnit(unit: TextUnit): boolean {
  return unit.whole && unit.linkChars === 0 && unit.model.text.length <= MAX_LABEL_CHARS;
}

/** True when the unit's container sits in one of the items. */
function inItems(items: ReadonlySet<Element>, element: Element): boolean {
  if (items.size === 0) return false;
  for (let e: Element | null = element; e; e = e.parentElement) if (items.has(e)) return true;
  return false;
}

/**
 * The prose of the story that comes first under the headline: the prose units after it (from the top without
 * one) up to the first card, outside the cards.
 */
function leadProse(units: readonly TextUnit[], cards: ReadonlySet<Element>, headline: Element | null): number {
  let started = headline === null;
  let prose = 0;
  for (const unit of units) {
    if (!started) {
      started = headline !== null && (headline === unit.container || precedes(headline, unit.container));
      if (!started) continue;
    }
    if (inItems(cards, unit.container)) {
      if (prose > 0) break;
      continue;
    }
    if (isProse(unit)) prose += unit.model.text.length;
  }
  return prose;
}

function precedes(a: Element, b: Element): boolean {
  return (b.compareDocumentPosition(a) & PRECEDING) !== 0;
}

/** An element's first class, "" without one: the template that printed it ("post", "article"). */
function firstClass(element: Element): string {
  return (element.getAttribute('class') ?? '').trim().split(/\s+/)[0] ?? '';
}

/**
 * The next stories a publisher prints in full after the story (an endless page, a "next story" box), told by
 * HTML's own words: the headline sits in an <article> that holds the story's prose, and each later <article>
 * outside it, opening with a heading (a link or not, or a line printed as the headline is, in no heading) over
 * MIN_CARD_PROSE_CHARS of prose, is another story when it is built as the story's own is (the same first class:
 * one template prints every story of the page) or opens with an h1 (a story's headline). The entries of a live
 * blog (an h2 over a few paragraphs, in a box of their own kind) stay the story's; so do <article>s inside the
 * story's own (an abstract, a section), and on a page whose headline is in no <article> the element is used for
 * something else (tabs, a box of sections).
 */
function laterStories(units: readonly TextUnit[], headline: Element | null): Set<Element> {
  let own: Element | null = headline;
  while (own && tagOf(own) !== 'ARTICLE') own = own.parentElement;
  if (!own) return new Set();
  // A title printed in no heading, as the headline is (the same tag and first class: "div.headline").
  const headlineClass = headline ? firstClass(headline) : '';
  const titleLike = (element: Element): boolean =>
    headline !== null && tagOf(element) === tagOf(headline) && firstClass(element) === headlineClass;
  /** Each later <article>: its prose, and the heading that comes in it before that prose. */
  const later = new Map<Element, { prose: number; heading: string | null }>();
  let ownProse = 0;
  for (const unit of units) {
    const prose = isProse(unit) ? unit.model.text.length : 0;
    if (own.contains(unit.container)) {
      ownProse += prose;
      continue;
    }
    if (!precedes(own, unit.container)) continue;
    for (let e: Element | null = unit.container; e; e = e.parentElement) {
      if (tagOf(e) !== 'ARTICLE') continue;
      let story = later.get(e);
      if (!story) {
        story = { prose: 0, heading: null };
        later.set(e, story);
      }
      const tag = tagOf(unit.container);
      if (story.prose === 0 && story.heading === null && (ANY_HEADING_TAG.test(tag) || titleLike(unit.container))) {
        story.heading = tag;
      }
      story.prose += prose;
    }
  }
  const found = new Set<Element>();
  if (ownProse < MIN_STORY_PROSE_CHARS) return found;
  const template = firstClass(own);
  for (const [element, story] of later) {
    if (story.heading === null || story.prose < MIN_CARD_PROSE_CHARS) continue;
    if (story.heading === 'H1' || (template !== '' && firstClass(element) === template)) found.add(element);
  }
  return found;
}

/** The runs of dated items (comments; a list of teasers with their times), wrapped or not. */
function datedRuns(units: readonly TextUnit[], body: Element, headline: Element | null) {
  const dated = findRuns(units, body, headline, isTimeLabel, isItemText, MIN_ITEM_TEXT_CHARS, 'marker');
  const flat = flatRuns(units, headline, isTimeLabel, isItemText, MIN_ITEM_TEXT_CHARS);
  for (const run of flat) for (const element of [run.label, ...run.items.flat()]) dated.add(element);
  return { dated, flat };
}

/**
 * The runs of dated items on a page whose shape set nothing else apart (no related story printed in full): a
 * thread of readers' comments with no class or form that says so. For the clutter finder: the body does not
 * end at them (a live blog's entries carry times too, and the body holds them).
 */
export function datedItems(units: readonly TextUnit[], body: Element): OtherStories {
  const { dated, flat } = datedRuns(units, body, null);
  if (dated.size === 0) return NO_OTHER_STORIES;
  return { related: new Set(), dated, ...flatParts(flat) };
}

/** The runs printed with no wrapper, as OtherStories holds them: each item's rest by its first element, the labels. */
function flatParts(runs: readonly FlatRun[]): Pick<OtherStories, 'parts' | 'labels'> {
  const parts = new Map<Element, readonly Element[]>();
  for (const run of runs) for (const [head, ...rest] of run.items) if (head && rest.length > 0) parts.set(head, rest);
  return { parts, labels: new Set(runs.map((run) => run.label)) };
}

/** Reads the page's shape once: its related cards, the runs of dated items beside them, and its headline. */
export function storyShape(index: PageIndex, units: readonly TextUnit[], body: Element): StoryShape {
  const none: StoryShape = {
    cards: new Set(),
    others: NO_OTHER_STORIES,
    headline: null,
    inCard: () => false,
    restrict: (scores) => scores,
  };
  const related = findRuns(units, body, null, isTitleLink, isProse, MIN_CARD_PROSE_CHARS);
  const flat = flatRuns(units, null, isTitleLink, isProse, MIN_CARD_PROSE_CHARS);
  for (const run of flat) for (const element of [run.label, ...run.items.flat()]) related.add(element);
  // Later stories need the headline in an <article>, stories under plain headings need it found: a page with
  // neither cards nor such headings looks no further.
  const headline =
    related.size > 0 || body.getElementsByTagName('article').length > 0 || units.some(isHeadingTitle)
      ? findHeadline(index, units)
      : null;
  // Related stories under a plain heading, a "Read more" link under their text: each dated beside its title
  // as a story is ("Reuters · 2 hours ago"), which a story's own sections under subheads are not.
  for (const card of findRuns(units, body, headline, isHeadingTitle, isProse, MIN_CARD_PROSE_CHARS, 'required')) {
    related.add(card);
  }
  // The same printed with no wrapper, each title a sibling of its text under the run's label.
  if (headline) {
    const titled = flatRuns(units, headline, isHeadingTitle, isProse, MIN_CARD_PROSE_CHARS);
    for (const run of titled) for (const element of [run.label, ...run.items.flat()]) related.add(element);
    flat.push(...titled);
  }
  // Stories in one template whose titles stand in no heading, each a title line over a date line and its text:
  // under no title, the page's story is the one that opens the page, out of their run; under one, those after it.
  for (const card of findRuns(units, body, headline, isPlainTitle, isProse, MIN_CARD_PROSE_CHARS, 'required')) {
    related.add(card);
  }
  for (const story of laterStories(units, headline)) related.add(story);
  if (related.size === 0) return none;
  const { dated, flat: flatDated } = datedRuns(units, body, headline);
  const apart = (card: Element): boolean => !(headline && card.contains(headline));
  const others: OtherStories = {
    related: new Set([...related].filter(apart)),
    dated: new Set([...dated].filter(apart)),
    ...flatParts([...flat, ...flatDated]),
  };
  const cards = new Set([...others.related, ...others.dated]);
  // Without a story of its own before the cards (a listicle, a live blog, a list of stories), the cards are
  // the page's body: the scorer's choice stands.
  if (leadProse(units, cards, headline) < MIN_STORY_PROSE_CHARS) return none;
  const holdsCard = new Set<Element>();
  for (const card of cards) for (let e = card.parentElement; e; e = e.parentElement) holdsCard.add(e);
  const inCard = (element: Element): boolean => inItems(cards, element);
  /** The prose each element holds outside the cards. */
  const ownProse = new Map<Element, number>();
  for (const unit of units) {
    if (!isProse(unit) || inCard(unit.container)) continue;
    for (let e: Element | null = unit.container; e; e = e.parentElement) {
      ownProse.set(e, (ownProse.get(e) ?? 0) + unit.model.text.length);
    }
  }
  /** Under the headline: holds it, or comes after it. */
  const underHeadline = (element: Element): boolean =>
    !headline || element.contains(headline) || precedes(headline, element);
  return {
    cards,
    others,
    headline,
    inCard,
    restrict(scores, stats) {
      const kept = new Map<Element, number>();
      let best: Element | null = null;
      for (const [element, score] of scores) {
        if (holdsCard.has(element) || inCard(element) || !underHeadline(element)) continue;
        kept.set(element, score);
        if (!best || score > (kept.get(best) ?? 0)) best = element;
      }
      const prose = best ? (stats.get(best)?.prose ?? 0) : 0;
      if (prose >= MIN_STORY_PROSE_CHARS) return kept;
      // The story's paragraphs sit loose in the element that also holds the cards (one flat column): the
      // deepest such element is the body, and the cards are left out of it (inCard).
      let flat: Element | null = null;
      for (const element of scores.keys()) {
        if (
          !holdsCard.has(element) ||
          !underHeadline(element) ||
          (ownProse.get(element) ?? 0) < MIN_STORY_PROSE_CHARS
        ) {
          continue;
        }
        if (!flat || flat.contains(element)) flat = element;
      }
      return flat ? new Map([[flat, scores.get(flat) ?? 0]]) : scores;
    },
  };
}

// How sure the engine is that the body it chose is the page's article: it is not when another story scores
// nearly as well, when the page's headline sits with another story, when the body is small beside the prose
// outside it, or when the body is one card of a run of look-alike cards. Reads only what extract.ts computed
// (units, the candidates' scores) and the page index; never changes the page.
import { STEP_EVERY, type Steps } from '../analysis/steps';
import type { ArticleCertainty, UnsureReason } from '../analysis/types';
import { collapse, isSkipped, tagOf, visibleText } from './dom';
import type { Extraction, TextUnit } from './extract';
import { jsonLdArticle, stringField } from './json-ld';
import type { PageIndex } from './page-index';

/**
 * Another story scoring this share of the chosen body's score is a close runner-up: the engine's choice between
 * them is nearly a coin toss (two stories side by side, an article next to a long excerpt of another).
 */
const RUNNER_UP_SHARE = 0.8;
/** A candidate holds a story of its own when it has this many characters of prose (a few paragraphs)... */
const MIN_STORY_PROSE_CHARS = 400;
/**
 * ...and scores at least this share of the chosen body: a photo caption or a deck under the headline is prose
 * with a low score, not a rival story (a headline over its own photo and deck, L3S-GN1 and Chaos dev pages).
 */
const MIN_STORY_SCORE_SHARE = 0.3;
/** A unit is prose when it is at least this long (extract.ts's PROSE_CHARS)... */
const PROSE_UNIT_CHARS = 80;
/** ...and mostly not link text (extract.ts's sibling paragraph rule). */
const PROSE_MAX_LINK_DENSITY = 0.25;
/**
 * The body is short beside the rest of the page when another story holds this many times the body's text in
 * prose: the engine probably took a standfirst or one section and left the story itself. Another story, not
 * all the prose outside: the comments under a short post are not a story (benchmark page 8e3efab59f48), and
 * the unlikely containers (comments, related) are not candidates in the engine's first pass.
 */
const SHORT_BODY_FACTOR = 2;
/** Look-alike cards: the body (or one of its nearest ancestors, up to this many levels) has siblings... */
const CARD_LEVELS = 2;
/**
 * ...at least this many of the same tag and class that open with the same element, the body's among them (cards
 * are built alike: the same wrapper holding the same headline element; rows of a layout that share a class hold
 * different things, benchmark page e372e42c0a3d)...
 */
const MIN_CARD_RUN = 3;
/** ...and the body's text is no more than this many times the typical card's (an article beside small boxes is not a card). */
const CARD_SIZE_FACTOR = 2;
/** Headings that may carry the page's headline (the article's title is an h1, sometimes an h2 or h3). */
const HEADLINE_TAGS = 'h1, h2, h3';
/** Separators between a headline and the site's name in <title>. */
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+/;
/** A heading is the headline when this share of the shorter one's words are in the longer one. */
const HEADLINE_OVERLAP = 0.8;
/** A headline of fewer words than this ("Home", "News") says nothing about where the story is. */
const MIN_HEADLINE_WORDS = 3;

export const SURE: ArticleCertainty = { level: 'sure', reasons: [], picked: false };
export const PICKED: ArticleCertainty = { level: 'sure', reasons: [], picked: true };

/** The engine's own choice, on a page where the article the reader picked for the site is not found. */
export function pickNotFound(certainty: ArticleCertainty): ArticleCertainty {
  return { level: 'unsure', reasons: [...certainty.reasons, 'pick-not-found'], picked: false };
}

/** The certainty of the body `extraction` chose on this page (its `picked` body is the reader's: sure). */
export function* articleCertaintySteps(
  document: Document,
  index: PageIndex,
  extraction: Extraction,
): Steps<ArticleCertainty> {
  const root = extraction.article?.root;
  if (!root) return SURE;
  if (extraction.picked) return PICKED;
  const body = document.body ?? document.documentElement;
  const related = (element: Element): boolean => element.contains(root) || root.contains(element);
  const prose = yield* proseOf(extraction.units, extraction.scores);
  const winner = winningScore(root, extraction.scores);
  /** Candidates with a story's worth of prose, outside the chosen body and not holding it. */
  const stories = [...extraction.scores.keys()].filter(
    (element) => !related(element) && (prose.get(element) ?? 0) >= MIN_STORY_PROSE_CHARS,
  );
  /** ...and of those, the ones that score like a story (not a caption or a deck). */
  const others = stories.filter((element) => (extraction.scores.get(element) ?? 0) >= winner * MIN_STORY_SCORE_SHARE);
  yield;
  const reasons: UnsureReason[] = [];
  if (closeRunnerUp(winner, extraction.scores, others, extraction.parts, prose)) reasons.push('close-runner-up');
  if (body && headlineElsewhere(body, index, root, others)) reasons.push('headline-elsewhere');
  yield;
  const bodyChars = (extraction.article?.blocks ?? []).reduce((sum, block) => sum + block.text.length, 0);
  // Any score: a story this much longer than the body is no caption, however the engine ranked it.
  if (stories.some((element) => (prose.get(element) ?? 0) >= bodyChars * SHORT_BODY_FACTOR)) {
    reasons.push('short-body');
  }
  if (oneOfCards(root, body)) reasons.push('card-run');
  return reasons.length === 0 ? SURE : { level: 'unsure', reasons, picked: false };
}

function isProse(unit: TextUnit): boolean {
  const length = unit.model.text.length;
  return length >= PROSE_UNIT_CHARS && unit.linkChars < length * PROSE_MAX_LINK_DENSITY;
}

/** Characters of prose under each scored candidate. */
function* proseOf(units: readonly TextUnit[], scores: ReadonlyMap<Element, number>): Steps<Map<Element, number>> {
  const prose = new Map<Element, number>();
  let count = 0;
  for (const unit of units) {
    if (++count % STEP_EVERY === 0) yield;
    if (!isProse(unit)) continue;
    for (let element: Element | null = unit.container; element; element = element.parentElement) {
      if (scores.has(element)) prose.set(element, (prose.get(element) ?? 0) + unit.model.text.length);
    }
  }
  return prose;
}

/** The best score of the chosen body or a candidate inside it. */
function winningScore(root: Element, scores: ReadonlyMap<Element, number>): number {
  let winner = scores.get(root) ?? 0;
  for (const [element, score] of scores) if (root.contains(element) && score > winner) winner = score;
  return winner;
}

/**
 * The best score in or around the chosen body against the best of the other stories; and, when the body was put
 * together from sibling parts, the best part against the others that are stories of their own: Readability's
 * sibling rule joins two stories side by side into one body. A continuation of the body (the same tag and class,
 * no heading of its own: benchmark page bdb56ac83513) is no rival.
 */
function closeRunnerUp(
  winner: number,
  scores: ReadonlyMap<Element, number>,
  others: readonly Element[],
  parts: readonly Element[],
  prose: ReadonlyMap<Element, number>,
): boolean {
  if (winner <= 0) return false;
  if (others.some((element) => (scores.get(element) ?? 0) >= winner * RUNNER_UP_SHARE)) return true;
  const stories = parts.filter((part) => (prose.get(part) ?? 0) >= MIN_STORY_PROSE_CHARS);
  if (stories.length < 2) return false;
  const best = stories.reduce((a, b) => ((scores.get(b) ?? 0) > (scores.get(a) ?? 0) ? b : a));
  const rivals = (part: Element): boolean =>
    shapeOf(part) !== shapeOf(best) ||
    (part.querySelector(HEADLINE_TAGS) !== null && best.querySelector(HEADLINE_TAGS) !== null);
  return stories.some(
    (part) => part !== best && rivals(part) && (scores.get(part) ?? 0) >= (scores.get(best) ?? 0) * RUNNER_UP_SHARE,
  );
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function sameHeadline(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const [short, long] = wa.length <= wb.length ? [wa, new Set(wb)] : [wb, new Set(wa)];
  if (short.length < MIN_HEADLINE_WORDS) return false;
  return short.filter((w) => long.has(w)).length / short.length >= HEADLINE_OVERLAP;
}

/** What the page says its headline is: og:title, twitter:title, JSON-LD headline, or <title>'s longest part. */
function declaredHeadline(index: PageIndex): string | null {
  const meta = index.metas.get('og:title') ?? index.metas.get('twitter:title');
  if (meta) return meta;
  const ld = jsonLdArticle(index.jsonLd);
  const headline = ld ? stringField(ld, 'headline') : null;
  if (headline) return headline;
  const title = collapse(index.title);
  if (title === '') return null;
  return title.split(TITLE_SEPARATOR).reduce((best, part) => (part.length > best.length ? part : best), '');
}

/**
 * The headings that carry the page's headline, visible ones only; without a declared headline, the page's one
 * h1 (several h1s name several stories, none of them the page's).
 */
function headlineHeadings(body: Element, index: PageIndex): Element[] {
  const headline = declaredHeadline(index);
  if (!headline) return index.h1s.length === 1 && !hiddenUpTo(index.h1s[0] as Element) ? [...index.h1s] : [];
  return [...body.querySelectorAll(HEADLINE_TAGS)].filter(
    (heading) => !hiddenUpTo(heading) && sameHeadline(visibleText(heading), headline),
  );
}

function hiddenUpTo(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (isSkipped(e)) return true;
  return false;
}

/**
 * True when no heading carrying the headline is near the chosen body and one is near another story. A heading is
 * near the story that its nearest ancestor holding a story holds: climbing from the heading, the first ancestor
 * that holds the chosen body, or another story, decides (one that holds both, the page's wrapper, counts for the
 * chosen body).
 */
function headlineElsewhere(body: Element, index: PageIndex, root: Element, others: readonly Element[]): boolean {
  const headings = headlineHeadings(body, index);
  if (headings.length === 0) return false;
  const holdsOther = new Set<Element>();
  for (const other of others) {
    for (let e: Element | null = other; e && !holdsOther.has(e); e = e.parentElement) holdsOther.add(e);
  }
  let elsewhere = false;
  for (const heading of headings) {
    for (let e: Element | null = heading; e && e !== body; e = e.parentElement) {
      if (e.contains(root) || root.contains(e)) return false;
      if (holdsOther.has(e)) {
        elsewhere = true;
        break;
      }
    }
  }
  return elsewhere;
}

/** The chosen body, or an ancestor a level or two up, is one of a run of look-alike siblings of similar size. */
function oneOfCards(root: Element, body: Element | null): boolean {
  let element: Element | null = root;
  for (let level = 0; element && element !== body && level <= CARD_LEVELS; level++) {
    const parent: Element | null = element.parentElement;
    if (!parent) return false;
    const cls = element.getAttribute('class') ?? '';
    const tag = tagOf(element);
    const opening = shapeOf(element.firstElementChild);
    const run = [...parent.children].filter(
      (sibling) =>
        tagOf(sibling) === tag &&
        (sibling.getAttribute('class') ?? '') === cls &&
        shapeOf(sibling.firstElementChild) === opening &&
        !isSkipped(sibling),
    );
    if (run.length >= MIN_CARD_RUN && (cls !== '' || tag === 'ARTICLE' || tag === 'LI')) {
      const sizes = run.map((card) => collapse(card.textContent ?? '').length).sort((a, b) => a - b);
      const typical = sizes[Math.floor(sizes.length / 2)] ?? 0;
      const own = collapse(element.textContent ?? '').length;
      if (typical > 0 && own <= typical * CARD_SIZE_FACTOR) return true;
    }
    element = parent;
  }
  return false;
}

function shapeOf(element: Element | null): string {
  return element ? `${tagOf(element)}.${element.getAttribute('class') ?? ''}` : '';
}

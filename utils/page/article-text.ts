// Where the article's text is on the page, for the strip: hiding a block must never hide the story. Article
// text is what the extractor took (its blocks) and also prose it may have missed that continues the article:
// long, link-poor paragraphs that end like sentences, near the body (in its container or the containers beside
// it). Told by text features and by the body's own paragraph shape, never by words of one language.

import { parentOf, tagOf } from './dom';
import type { TextUnit } from './extract';
import type { PageArticle } from './types';

/** A paragraph is prose when it is at least this long... (the length below which a line is a label, a
 * headline or a caption rather than a paragraph of a story; the shortest body paragraphs of the seed pages). */
const PROSE_MIN_CHARS = 80;
/** ...or, where the body's own paragraphs are long, this share of their median length (a teaser line of one
 * sentence beside a body of long paragraphs is not its continuation)... */
const BODY_MEDIAN_SHARE = 0.5;
/** ...never asking more than this (a short paragraph of a long-paragraph story is still the story). */
const PROSE_MAX_MIN_CHARS = 150;
/** A story's paragraph is mostly its own words: links are at most this share of its text. */
const MAX_PROSE_LINK_DENSITY = 0.25;
/** The end of a sentence, in Latin, Arabic and CJK punctuation, possibly followed by a quote mark. */
const SENTENCE_END = /[.!?:;\u061F\u06D4\u3002\uFF01\uFF1F…]["'\u201D\u2019»)]*$/;
/** The near side of the page: the article's root and this many levels of its ancestors (its container and the
 * containers beside it), where a missed part of the story sits (the issue 11 report: the rest of the body in a
 * sibling box with a promo class). */
const NEIGHBOUR_LEVELS = 2;
/** Elements that are the page's frame, never the near side's limit: going up stops below them. */
const FRAME_TAGS = new Set(['BODY', 'HTML']);
/** Headings carry no paragraph text, even long ones. */
const HEADING = /^H[1-6]$/;
/** Two prose paragraphs in one block are a run of the story; one may be a story card's teaser... */
const MIN_RUN_PARAGRAPHS = 2;
/** ...unless it is longer than a teaser runs (one or two sentences under a headline): a paragraph of the
 * story with a long inline link is not a card (seen on a blog whose body paragraphs each link a source). */
const MAX_TEASER_CHARS = 240;
/** A line of the body that is mostly link ("Read more: <headline>") is still a sentence of the story when it
 * has at least this much text of its own beside its links and ends like a sentence. */
const MIN_OWN_LINE_CHARS = 60;

interface Prose {
  /** Prose paragraphs inside the element. */
  count: number;
  /** Of those, paragraphs shaped like the body's own (same tag, in a parent of the same tag and class). */
  shaped: number;
  /** Their characters. */
  chars: number;
}

/** Where the article's text is, asked per element. */
export interface ArticleText {
  /**
   * True when hiding `element` would hide article text: it holds one of the extracted blocks (or is one), or a
   * run of prose near the body. `card`: the element carries a headline link (a story card), whose one prose
   * paragraph is a teaser. `comments`: a comment section, whose prose is the readers'; only prose shaped
   * like the body's paragraphs counts there.
   */
  covers(element: Element, options?: { card?: boolean; comments?: boolean }): boolean;
}

export function findArticleText(article: PageArticle, units: readonly TextUnit[]): ArticleText {
  const holders = new Set<Element>();
  const upTo = (start: Element, into: (element: Element) => boolean): void => {
    for (let e: Element | null = start; e; e = parentOf(e)) if (!into(e)) return;
  };
  for (const block of article.blocks) {
    upTo(block.element, (e) => {
      if (holders.has(e)) return false;
      holders.add(e);
      return true;
    });
  }
  let hood: Element = article.root;
  for (let level = 0; level < NEIGHBOUR_LEVELS; level++) {
    const parent = hood.parentElement;
    if (!parent || FRAME_TAGS.has(tagOf(parent))) break;
    hood = parent;
  }
  const minChars = proseMinChars(article);
  const shapes = bodyShapes(article);
  const prose = new Map<Element, Prose>();
  for (const unit of units) {
    const container = unit.container;
    if (!isProse(unit, minChars) || holders.has(container)) continue;
    // Near the body any prose counts; further away only paragraphs shaped like the body's own.
    const shaped = shapes.has(shapeOf(container));
    if (!shaped && !hood.contains(container)) continue;
    const chars = unit.model.text.length;
    upTo(container, (e) => {
      const found = prose.get(e);
      if (found) {
        found.count++;
        found.chars += chars;
        if (shaped) found.shaped++;
      } else prose.set(e, { count: 1, shaped: shaped ? 1 : 0, chars });
      return true;
    });
  }
  return {
    covers(element, options = {}) {
      if (holders.has(element)) return true;
      const found = prose.get(element);
      if (!found) return false;
      if (options.comments) return found.shaped > 0;
      return found.count >= MIN_RUN_PARAGRAPHS || !options.card || found.chars > MAX_TEASER_CHARS;
    },
  };
}

/**
 * True for a line of the body that an earlier rule took for a link line ("Read more: <headline>") but that
 * reads as a sentence of the story: it ends like one and has text of its own beside its links.
 */
export function isSentenceLine(text: string, linkChars: number): boolean {
  return SENTENCE_END.test(text) && text.length - linkChars >= MIN_OWN_LINE_CHARS;
}

function isProse(unit: TextUnit, minChars: number): boolean {
  const text = unit.model.text;
  if (text.length < minChars || unit.linkChars / text.length > MAX_PROSE_LINK_DENSITY) return false;
  return SENTENCE_END.test(text) && !HEADING.test(tagOf(unit.container));
}

/** The prose length bar, from the body's own median paragraph length. */
function proseMinChars(article: PageArticle): number {
  const lengths = article.blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => b.text.length)
    .sort((a, b) => a - b);
  const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
  return Math.min(PROSE_MAX_MIN_CHARS, Math.max(PROSE_MIN_CHARS, median * BODY_MEDIAN_SHARE));
}

/** A paragraph's shape: its tag, and its parent's tag and class. */
function shapeOf(element: Element): string {
  const parent = element.parentElement;
  return `${parent ? `${tagOf(parent)}.${parent.getAttribute('class') ?? ''}` : ''}>${tagOf(element)}`;
}

function bodyShapes(article: PageArticle): Set<string> {
  const shapes = new Set<string>();
  for (const block of article.blocks) if (block.kind === 'paragraph') shapes.add(shapeOf(block.element));
  return shapes;
}

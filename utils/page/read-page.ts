// The engine on a Document (live page, linkedom or jsdom), which it reads and never changes. Stages: text units and
// article body (page/extract) → metadata (page/metadata) → the first blocks' numbers → the pure text engine on the
// body's blocks (analysis/pipeline, handed in: `TextEngine`) → clutter (page/clutter; before the text with
// `clutterFirst`). Written as Steps (analysis/steps.ts): the content script runs it in slices (utils/slices.ts), Node
// and the tests at once (./analyze-page.ts, which hands in the pipeline).
//
// The content script's engine module is this file: the claim rules (the pipeline, most of the engine's code) are a
// module of their own, loaded once the article is shown and its first numbers painted, and handed in as a promise
// (issue 15: the first highlights).
import { numbersAheadSteps, numbersOnlySteps } from '../analysis/block-numbers';
import { ATTRIBUTION_UNKNOWN, attributionSupport } from '../analysis/language';
import type { BlockResult, TextOptions } from '../analysis/pipeline';
import { STEP_EVERY, type Steps, settled } from '../analysis/steps';
import type { ArticleInfo, AttributionSupport, NumberMention, TextAnalysis, TextBlock } from '../analysis/types';
import { articleCertaintySteps, pickNotFound } from './certainty';
import { type ClutterFound, findClutterSteps } from './clutter';
import { collapse, tagOf } from './dom';
import { extractArticleSteps, SENTENCE_END } from './extract';
import { LEAD_BLOCKS, LEAD_LINES, metadataSteps } from './metadata';
import { indexPageSteps } from './page-index';
import type { DomBlock, DomClutter, PageAnalysis, PageArticle } from './types';

export interface AnalyzeOptions {
  url?: string;
  /** The reader's choice of article (on-page "Not the article? Pick it"): the body is read from this element
   * instead of being chosen, when it holds prose. */
  articleRoot?: Element | null;
  /** The reader has picked the article on this site (a saved choice, found here as `articleRoot` or not): when it
   * gives no article on this page, the engine's own choice is used and its certainty says the pick was not found
   * ('pick-not-found'), so that the sidebar tells the reader instead of falling back silently. */
  pickSaved?: boolean;
  /** The reader's "Run anyway" (popup, on a page judged not an article): the best-scoring body is taken as the
   * article even where the article check says no. */
  force?: boolean /** Look for the clutter before the article's text is read, so that the page given to `onArticle` lists it:
   * where the reader hides some of it on this site, it is hidden as soon as Sourcelight is shown. Otherwise it
   * is looked for after the text, and the first highlights do not wait for it (issue 15). */;
  clutterFirst?: boolean;
}

export interface AnalyzeProgress {
  /** The page is an article: what is known before its text is read (article, metadata, clutter; no claims). */
  onArticle?: (page: PageAnalysis) => void;
  /** One more block of the article read (in order), with its claims and numbers. */
  onBlock?: (result: BlockResult) => void;
  /** A block's numbers, before its `onBlock`; the first blocks' before any claim is looked for (pipeline.ts). */
  onNumbers?: (block: number, numbers: readonly NumberMention[]) => void;
}

/** Lines around the body longer than this are prose, not a byline or a copyright line. */
const MAX_BODY_LINE_CHARS = 200;
/** The story's lines run this many units past its last block: its copyright or credit line. */
const CLOSING_LINES = 3;
const EMPTY_TEXT: TextAnalysis = { claims: [], sources: [], numbers: [], nonResponses: [] };

/** The text engine: analysis/pipeline.ts, the content script's claims module. */
export interface TextEngine {
  analyzeTextSteps(blocks: readonly TextBlock[], options: TextOptions): Steps<TextAnalysis>;
}

/**
 * Reads the page. `textEngine` gives the text engine when it is needed, once the article is shown and its first
 * blocks' numbers reported: the content script loads its module only then (a promise), so that neither its
 * compiling nor its set-up competes with the first highlights.
 */
export function* readPageSteps(
  document: Document,
  options: AnalyzeOptions,
  progress: AnalyzeProgress,
  textEngine: () => TextEngine | PromiseLike<TextEngine>,
): Steps<PageAnalysis> {
  const started = performance.now();
  const index = yield* indexPageSteps(document);
  const extraction = yield* extractArticleSteps(document, index, { articleRoot: options.articleRoot });
  const article = extraction.article;
  /** The article as shown and read: without a first line that is the headline. */
  let shown = article;
  // The article check, or the reader's word for it (a page with no prose at all still has nothing to show).
  const isArticle = extraction.isArticle || (options.force === true && article !== null);
  let info: ArticleInfo | null = null;
  let strip: ClutterFound | null = null;
  let text = EMPTY_TEXT;
  let blocks: TextBlock[] = [];
  let attribution: AttributionSupport = ATTRIBUTION_UNKNOWN;
  if (article) {
    const scope = article.root.parentElement ?? article.root;
    const bodyLines: string[] = [];
    const storyLines: string[] = [];
    const lastModel = article.blocks[article.blocks.length - 1]?.model;
    const firstModel = article.blocks[0]?.model;
    const before: string[] = [];
    let leadLines: string[] = [];
    let closing = lastModel ? -1 : 0;
    let bodyEnd: number | undefined;
    for (const [i, unit] of extraction.units.entries()) {
      const line = unit.model.text.slice(0, MAX_BODY_LINE_CHARS);
      if (scope.contains(unit.container)) bodyLines.push(line);
      if (unit.model === lastModel) bodyEnd = bodyLines.length;
      // The lines just before the body, nearest first: where a byline sits outside the body's container.
      if (unit.model === firstModel) leadLines = [...before].reverse();
      before.push(line);
      if (before.length > LEAD_LINES) before.shift();
      if (closing <= CLOSING_LINES && article.root.contains(unit.container)) {
        if (closing >= 0) closing++;
        if (closing <= CLOSING_LINES) storyLines.push(line);
        if (unit.model === lastModel) closing = 0;
      }
      if (i % STEP_EVERY === STEP_EVERY - 1) yield;
    }
    yield;
    const metadata = yield* metadataSteps(document, index, {
      root: article.root,
      firstBlock: article.blocks[0]?.element ?? null,
      bodyLines,
      bodyEnd,
      storyLines,
      leadBlocks: article.blocks.slice(0, LEAD_BLOCKS),
      leadLines,
    });
    shown = withoutPullQuotes(withoutHeadline(article, metadata.title));
    blocks = shown.blocks.map((block) => ({ text: block.text, kind: block.kind }));
    const texts = blocks.map((block) => block.text);
    const body = texts.join(BLOCK_JOIN);
    const wordCount = body === '' ? 0 : yield* wordCountSteps(texts);
    const chosen = yield* articleCertaintySteps(document, index, extraction);
    const certainty = options.pickSaved && !extraction.picked ? pickNotFound(chosen) : chosen;
    info = {
      title: metadata.title,
      authors: metadata.authors,
      publisher: metadata.publisher,
      published: metadata.published,
      text: body,
      wordCount,
      language: metadata.language,
      certainty,
    };
    attribution = attributionSupport(metadata.language, blocks);
    if (isArticle && options.clutterFirst) {
      strip = yield* findClutterSteps(document, { index, article, units: extraction.units, others: extraction.others });
    }
  }
  const page = (found: TextAnalysis): PageAnalysis => {
    const clutter: DomClutter[] = strip?.items ?? [];
    return {
      analysis: {
        url: options.url ?? document.location?.href ?? null,
        isArticle,
        article: info,
        attribution,
        ...found,
        clutter: clutter.map((item) => ({ kind: item.kind, text: item.text })),
        timings: { totalMs: performance.now() - started },
      },
      article: isArticle ? shown : null,
      clutter,
      ...(strip ? { spared: strip.spared, articleText: strip.articleText } : {}),
    };
  };
  if (isArticle) {
    yield;
    // Showing Sourcelight is a step of its own.
    progress.onArticle?.(page(EMPTY_TEXT));
    yield;
    // English claim rules are not run on an article in another language: numbers only
    const textOptions = { onBlock: progress.onBlock, onNumbers: progress.onNumbers, claims: attribution.available };
    const ahead = yield* numbersAheadSteps(blocks, textOptions);
    if (attribution.available) {
      const engine = yield* settled(textEngine());
      text = yield* engine.analyzeTextSteps(blocks, { ...textOptions, ahead });
    } else {
      // No claim rules for this language: they are not loaded either.
      text = yield* numbersOnlySteps(blocks, ahead, textOptions);
    }
    if (article && !strip)
      strip = yield* findClutterSteps(document, { index, article, units: extraction.units, others: extraction.others });
  }
  return page(text);
}

/**
 * The article less its first block where that block is the headline (a bold line or a plain box the body
 * starts with): the sidebar shows it as the title, and its numbers and words are not the story's text. The
 * strip still reads the whole article, so the headline's element is never clutter.
 */
function withoutHeadline(article: PageArticle, title: string): PageArticle {
  const [first, ...rest] = article.blocks;
  if (!first || rest.length === 0 || title === '' || collapse(first.text).trim() !== title) return article;
  return { ...article, blocks: rest };
}

/** A pull quote repeats at least this many characters of the body: shorter lines ("Read more") repeat by chance. */
const PULL_QUOTE_MIN_CHARS = 25;
/** A pull quote's box holds at most the quote, its credit line and a label. */
const PULL_QUOTE_MAX_BLOCKS = 3;
/** The boxes a pull quote is set in, with its credit line. */
const PULL_QUOTE_BOX = new Set(['BLOCKQUOTE', 'ASIDE', 'FIGURE']);

/** A block's words for comparison: lower case, without quote marks, ellipses and the punctuation at its ends. */
function comparable(text: string): string {
  return collapse(text.toLowerCase().replace(/["'\u2018\u2019\u201C\u201D\u00AB\u00BB\u2026]|\.\.\./gu, ' '))
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

/**
 * The article less its pull quotes: a quote set in a box of its own (a blockquote, an aside, a figure) whose words
 * the body says in full elsewhere, and the credit line in the same box. Its claim and its numbers are the body's,
 * counted once; the strip still reads the whole article, so the box is never clutter.
 */
function withoutPullQuotes(article: PageArticle): PageArticle {
  const boxOf = (block: DomBlock): Element | null => {
    for (let e: Element | null = block.element; e && e !== article.root; e = e.parentElement)
      if (PULL_QUOTE_BOX.has(tagOf(e))) return e;
    return null;
  };
  const boxed = article.blocks.map(boxOf);
  if (boxed.every((box) => box === null)) return article;
  const words = article.blocks.map((block) => comparable(block.text));
  // The body's own text says it: a block in no box holds all its words (a letter quoted twice is no pull quote).
  // One search in the body's text, its blocks kept apart by a character no text holds.
  const plain = words.filter((_, j) => boxed[j] === null).join('\u0000');
  const saidElsewhere = (i: number): boolean => plain.includes(words[i] ?? '\u0000');
  const inBox = new Map<Element, number>();
  for (const box of boxed) if (box) inBox.set(box, (inBox.get(box) ?? 0) + 1);
  const boxes = new Set<Element>();
  for (const [i, box] of boxed.entries()) {
    const length = (words[i] ?? '').length;
    // (A quoted letter or document is a box of many paragraphs, which the body may quote in turn: no pull quote.)
    const pullQuote = box && (inBox.get(box) ?? 0) <= PULL_QUOTE_MAX_BLOCKS && length >= PULL_QUOTE_MIN_CHARS;
    if (pullQuote && saidElsewhere(i)) boxes.add(box);
  }
  if (boxes.size === 0) return article;
  const blocks = article.blocks.filter((block, i) => {
    const box = boxed[i];
    if (!box || !boxes.has(box)) return true;
    // (Its credit line, "— Ivo Brand, council leader", is no sentence.)
    return SENTENCE_END.test(block.text.trim()) && !saidElsewhere(i);
  });
  return { ...article, blocks };
}

/** The article's text is its blocks' joined by a blank line. */
const BLOCK_JOIN = '\n\n';

/**
 * `texts.join(BLOCK_JOIN).split(/\s+/).length`, block by block (a long article's text would otherwise be split
 * into one array of all its words, in one step): the joined text splits into one more piece than it has runs of
 * whitespace, and a run may go on across a join.
 */
export function* wordCountSteps(texts: readonly string[]): Steps<number> {
  let runs = 0;
  let inSpace = false;
  for (const [i, text] of texts.entries()) {
    if (i > 0) {
      if (!inSpace) runs++;
      inSpace = true;
    }
    if (text === '') continue;
    runs += text.match(/\s+/g)?.length ?? 0;
    if (inSpace && /^\s/.test(text)) runs--;
    inSpace = /\s$/.test(text);
    if (i % STEP_EVERY === STEP_EVERY - 1) yield;
  }
  return runs + 1;
}

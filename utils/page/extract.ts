// Finds the article body on a page: splits the page into text units (runs of inline content), scores the
// containers that hold long, comma-rich, link-poor units (after Readability), picks the body and collects its
// blocks in page order, leaving out captions, bylines, share bars and what follows the end-of-article line.
import { complete, STEP_EVERY, type Steps } from '../analysis/steps';
import type { BlockKind } from '../analysis/types';
import {
  BLOCK_TAGS,
  collapse,
  collapsesTo,
  flatContains,
  isElement,
  isSkipped,
  isText,
  parentOf,
  signature,
  tagOf,
  walkTree,
} from './dom';
import {
  datedHeadlineAbove,
  NO_OTHER_STORIES,
  type OtherStories,
  type StoryShape,
  storyShape,
  titledHeadline,
} from './headline';
import { jsonLdArticle } from './json-ld';
import { indexPage, type PageIndex } from './page-index';
import { buildTextModel } from './text-model';
import type { DomBlock, PageArticle, TextModel } from './types';
import {
  AD_LABEL,
  BYLINE,
  CALL_TO_ACTION,
  CAPTION_HINT,
  COMMENT_BOX_HINT,
  COMMENT_HINT,
  END_LINE,
  EXCLUDED_HINT,
  MAYBE_CONTENT_HINT,
  NEGATIVE_HINT,
  OTHER_STORIES_BOX_HINT,
  POSITIVE_HINT,
  TIMESTAMP_LINE,
  UNLIKELY_HINT,
  WIRE_DATELINE,
} from './vocabulary';

/** A unit shorter than this does not vote for its container (Readability's figure). */
const MIN_UNIT_CHARS = 25;
/** Each 100 characters of a unit adds a point, up to this many. */
const MAX_LENGTH_POINTS = 3;
/** How many ancestors of a unit share its score, and how much each level gets. */
const SCORE_LEVELS = 5;
/** Commas in Latin, Arabic and CJK text: a sign of prose rather than navigation. */
const COMMAS = /[,\u060C\uFF0C\u3001]/g;
/**
 * What a matching class or id adds or takes. Readability's 25 lets a page-wide wrapper called "main content"
 * outscore the body it wraps (benchmark pages 6ebac05f637e, 1f765c487806); 15 does not.
 */
const HINT_WEIGHT = 15;
/** A line shorter than this without a sentence end is a label when it opens or closes the body. */
const MAX_LABEL_CHARS = 40;
/** A line that opens the body and is no longer than this, not a sentence, is a headline's (`trimLabels`). */
const MAX_OPENING_LINE_CHARS = 150;
/** The end of a sentence, in Latin, Arabic and CJK punctuation, possibly followed by a quote mark. */
export const SENTENCE_END = /[.!?\u061F\u06D4\u3002\uFF01\uFF1F…]["'\u201D\u2019»)]*$/;
/**
 * A form with at most this much text per field is a form the reader fills in (a quote request in a modal: about
 * 80 characters of label per field), not the frame some sites wrap the page in (an ASP.NET page's form holds the
 * article, some 800 characters per field): none of its text votes for the body (a 2026 dev page took a modal's
 * field labels for the article).
 */
const MAX_FORM_CHARS_PER_FIELD = 200;
/** Inputs that ask the reader for nothing: a form with only these is no form to fill in. */
const QUIET_INPUTS = new Set(['hidden', 'submit', 'button', 'image', 'reset']);
/** Never unlikely: the structural roots of the page. */
const NEVER_UNLIKELY_TAGS = new Set(['BODY', 'HTML', 'ARTICLE', 'MAIN', 'A']);
/** A body shorter than this after the strict pass makes the engine score again without the unlikely hints. */
const MIN_STRICT_CHARS = 500;
/** How many candidates that keep no text (a headline's own block) the engine passes over for the next best. */
const MAX_EMPTY_CANDIDATES = 3;
/** Initial score of a candidate container by tag (Readability's table). */
const TAG_SCORES: Readonly<Record<string, number>> = {
  DIV: 5,
  ARTICLE: 5,
  SECTION: 3,
  MAIN: 3,
  PRE: 3,
  TD: 3,
  BLOCKQUOTE: 3,
  ADDRESS: -3,
  OL: -3,
  UL: -3,
  DL: -3,
  DD: -3,
  DT: -3,
  LI: -3,
  FORM: -3,
  H1: -5,
  H2: -5,
  H3: -5,
  H4: -5,
  H5: -5,
  H6: -5,
  TH: -5,
};
/** Candidates scoring this share of the best are a tie that the scores cannot settle (settleTie)... */
const TIE_SCORE_SHARE = 0.9;
/** ...settled for one that holds this many times the best one's prose. */
const TIE_PROSE_FACTOR = 3;
/**
 * The body is split into parts of their own (sections between photos, pull quotes, video players or ads, each
 * in its own wrapper) when, among the next best candidates apart from the best one, enough score nearly as well
 * that it makes this many parts: the nearest ancestor of the best that holds them is the body (after
 * Readability's rule, which counts the best one's own wrappers too).
 */
const SPLIT_CANDIDATES = 5;
const SPLIT_SCORE_SHARE = 0.75;
const MIN_SPLIT_PARTS = 3;
/** Elements that hold one story of a feed: the parts of a body are never gathered across them. */
const STORY_ITEM_TAGS = new Set(['ARTICLE', 'LI']);
/** A parent still scoring this share of the best candidate takes over (the body is split in parts). */
const PARENT_SCORE_SHARE = 1 / 3;
/** The story's container takes over from a best candidate in a box of other stories when it scores this share. */
const OTHER_STORIES_SCORE_SHARE = 0.5;
const CAMEL_CASE = /(\p{Ll})(\p{Lu})/gu;
/** How far up the body may widen to take in its other parts, and what the text it takes in must be. */
const MAX_WIDEN_LEVELS = 4;
const MIN_WIDEN_PROSE_SHARE = 0.8;
const MAX_WIDEN_LINK_DENSITY = 0.1;
const MIN_WIDEN_PROSE = 200;
/** A sibling of the body joins it when it scores this share of the body (Readability's sibling rule). */
const SIBLING_SCORE_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/** A continuation part of the body holds at least this much prose. */
const SIBLING_MIN_PROSE = 200;
/** ...and is mostly prose: a list of teasers (headline, standfirst, time) is not (page 2c46804d9db4). */
const SIBLING_MIN_PROSE_SHARE = 0.7;
/** A lone paragraph beside the body joins it when it is this long and link-poor. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_PARAGRAPH_LINK_DENSITY = 0.25;
/**
 * The typesetters' dummy text a template holds until it is filled ("Lorem ipsum dolor sit amet, …"): on a page,
 * a block of it is a hidden or unused template, never the story, so it gives no candidate a score.
 */
const PLACEHOLDER_TEXT = /^\W*lorem ipsum dolor\b/i;
/** A reference is no longer than this; a paragraph that cites one in passing may be. */
const MAX_CITATION_CHARS = 400;
/**
 * A reference in a bibliography: opening with two authors' surnames and initials, or giving a journal's year, volume
 * and pages ("Lee A, Brand I, et al. … 2019;12(3):45-52."), or a DOI. Its commas score as a paragraph's do, and a
 * list of them outscores a guide split into sections: it gives no candidate a score (it stays in the body it sits
 * in). A story that names a study's authors ("Lee et al. found") is no reference.
 */
const CITATION =
  /^\p{Lu}[\p{L}'-]+ \p{Lu}{1,3}, \p{Lu}[\p{L}'-]+ \p{Lu}{1,3}[,.]|\b(?:19|20)\d\d;\s*\d+(?:\(\d+\))?:\s*\w|\b(?:doi|DOI)(?::|\.org\/)\s*10\./u;
/** A unit that is mostly link text is navigation, not prose. */
const MAX_UNIT_LINK_DENSITY = 0.5;
/** Inside the body, subtrees that hold no prose: figures, bylines, share bars, related links, ad slots. */
const EXCLUDED_TAGS = new Set(['FIGURE', 'FIGCAPTION', 'ASIDE', 'NAV', 'FOOTER', 'HEADER', 'FORM', 'H1']);
/** A byline (BYLINE) is a short line at the body's start; the closing line (END_LINE) a short line after it. */
/** If leaving out the hinted subtrees would drop more than this share of the body, the hints were wrong. */
const MAX_EXCLUDED_SHARE = 0.5;
const MAX_BYLINE_CHARS = 120;
const MAX_END_LINE_CHARS = 160;
/**
 * A body with fewer words than this is not an article (a stub, a video page, a list of headlines), unless the
 * page declares an article or the body follows its headline. Short news items run 80 to 150 words.
 */
const MIN_ARTICLE_WORDS = 80;
/**
 * Below this, not even a declared article: an apology, a sign-in box, a teaser of a line or two. A paywalled
 * teaser of two paragraphs (benchmark page 042bb7b5fedab6) or a wire brief of two (e372e42c0a3d) runs 60-70.
 */
const MIN_SHORT_ARTICLE_WORDS = 40;
/**
 * Below this, not even a body under the headline that repeats the page's title: a caption, a line under a
 * video. A short blog post of two or three sentences under its title (Dragnet pages) runs 20 to 40.
 */
const MIN_TITLED_ARTICLE_WORDS = 20;
/** How many text units (byline, date, share labels) may stand between the headline and the body's start. */
const MAX_HEADLINE_GAP_UNITS = 12;
/** A body this long is read as an article even if its headline says "error" (a story about an error). */
const MAX_ERROR_PAGE_WORDS = 200;
/** The first blocks of a short body that are read for an error message. */
const ERROR_LEAD_BLOCKS = 2;
/** A headline that is an HTTP status or an exclamation: "404", "Error 500", "Oops!". */
const ERROR_STATUS_HEADLINE = /^(?:error\s*)?(?:4\d\d|5\d\d)\b|^(?:oops|whoops|sorry|uh[ -]oh)\b/i;
/**
 * What an error page says, grouped by language: the page is missing, gone or broken. Motivated by the pages
 * a site's own script puts in place of the story when loading fails, which keep the story's meta tags.
 */
const ERROR_PHRASE = new RegExp(
  [
    // English: "Page not found", "The page you are looking for could not be found / does not exist / is no
    // longer available", "Something went wrong", "An error occurred", "Access denied"
    '\\bpage not found\\b',
    "\\b(?:page|article|story|content|file|link)s? (?:(?:you(?:'re| are| were) looking for|you requested) )?(?:(?:is|are|was|were|could|can|cannot|can't|couldn't|does|doesn't|may) )?(?:not (?:be )?found|no longer (?:exists?|available)|not exist)\\b",
    '\\bsomething went wrong\\b|\\ban? (?:unexpected )?error (?:has )?occurred\\b|\\baccess (?:is )?denied\\b',
    // German, French, Spanish, Italian, Portuguese
    'seite (?:wurde )?nicht gefunden|seite existiert nicht|ein fehler ist aufgetreten',
    "page (?:est )?introuvable|page (?:demandée )?n'existe (?:pas|plus)|une erreur (?:s'est produite|est survenue)",
    'página no encontrada|(?:se ha producido|ha ocurrido) un error|pagina non trovata|si è verificato un errore',
    'página não encontrada|ocorreu um erro',
  ].join('|'),
  'i',
);
/** A link of this many words standing as a line of its own is a headline (a teaser's or a result's title). */
const MIN_HEADLINE_LINK_WORDS = 3;
/** An item with a headline link and at most this many paragraphs is a teaser (a standfirst, a snippet). */
const MAX_TEASER_PARAGRAPHS = 2;
/**
 * A body is a list of teasers when at least this many of its paragraphs, and this share of them, are teasers.
 * Fitted on the six dev sets: round-up blog posts (a line and a link per item) reach 0.88 and are articles to
 * their readers; a front page or a results page is at 1.
 */
const MIN_TEASERS = 4;
const MIN_TEASER_SHARE = 0.9;
/** A sentence end followed by more text or the block's end: the block has at least one sentence. */
const SENTENCE_INSIDE = /[.!?\u061F\u06D4\u3002\uFF01\uFF1F…]["'\u201D\u2019»)]*(?:\s|$)/;
/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai and its neighbours): their letters are
 * counted as words at this many characters a word (benchmark page f105de6e63ca is Japanese).
 */
const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;
/** A cheap first look for UNSPACED_SCRIPT (no \p{Script=…} class to compile on a page in a spaced script): every
 * letter of those scripts is in these code units (a letter outside the BMP is two surrogates, also in them). */
const UNSPACED_HINT = /[\u0E00-\u1AFF\u2E80-\uFFFF]/;
const UNSPACED_CHARS_PER_WORD = 2;
/** A run of letters or digits: a word in the scripts that space their words. */
const WORD = /[\p{L}\p{N}]+/gu;
/** A prose paragraph is at least this long. */
const PROSE_CHARS = 80;
/** Text with letters or digits in any script. */
const WORDY = /[\p{L}\p{N}]/u;
/** The single spaces of a unit's collapsed text. */
const SPACES = / /g;

/** A run of inline content between block boundaries or <br>s: the smallest piece of text on the page. */
export interface TextUnit {
  /** The nearest block element holding the run. */
  container: Element;
  /** True when the run is all the content of its container (the container is a paragraph). */
  whole: boolean;
  model: TextModel;
  linkChars: number;
}

interface Candidate {
  element: Element;
  score: number;
}

export interface Extraction {
  article: PageArticle | null;
  isArticle: boolean;
  /** Every text unit of the page in order (the clutter finder reuses them). */
  units: TextUnit[];
  /** The candidates' scores in the pass that chose the body (empty for a body the reader picked): certainty.ts. */
  scores: ReadonlyMap<Element, number>;
  /** The body's parts: the best candidate and the siblings that joined it (their parent is then the root). */
  parts: readonly Element[];
  /** The body is the element the reader picked (`ExtractOptions.articleRoot`), not the engine's choice. */
  picked: boolean;
  /** What the page's shape set apart from the story (headline.ts): related stories and comments. */
  others: OtherStories;
}

export interface ExtractOptions {
  /** The reader's choice of article: its blocks are collected from it instead of choosing (when it has prose). */
  articleRoot?: Element | null;
}

/** The page's text units in document order. */
function* collectUnits(root: Element): Steps<TextUnit[]> {
  const { blockish, broken } = yield* markBlocks(root);
  const units: TextUnit[] = [];
  /** One block being read: its inline run so far, and where its units start. */
  interface Level {
    element: Element;
    run: Node[];
    sawBlock: boolean;
    first: number;
    /** The block is a link or sits in one (a story card that is one big link): all its text is link text. */
    inLink: boolean;
    /** An inline element read through: its text joins its block's run, and a <br> in it ends a unit there. */
    through?: true;
  }
  const flush = (level: Level): void => {
    if (level.run.length === 0) return;
    // Emptied in place: an inline element read through shares its block's run.
    const nodes = level.run.splice(0);
    if (!nodes.some(hasText)) return;
    const { model, linkChars } = buildTextModel(nodes);
    if (model.text.length === 0) return;
    // The text model counts link text without the spaces between words; so does a unit inside a link.
    const allLink = level.inLink ? model.text.length - (model.text.match(SPACES)?.length ?? 0) : linkChars;
    units.push({ container: level.element, whole: false, model, linkChars: allLink });
  };
  const open = (element: Element, inLink: boolean): Level => ({
    element,
    run: [],
    sawBlock: false,
    first: units.length,
    inLink: inLink || (tagOf(element) === 'A' && element.hasAttribute('href')),
  });
  // A nested block is read in full before its parent goes on; inline elements join their block's run.
  yield* walkTree<Level>(root, {
    enter(child, level) {
      if (!level) return open(child, false);
      if (isSkipped(child)) return null;
      if (tagOf(child) === 'BR') flush(level);
      else if (blockish.has(child)) {
        flush(level);
        level.sawBlock = true;
        return open(child, level.inLink);
      } else if (broken.has(child)) return { ...level, through: true };
      else level.run.push(child);
      return null;
    },
    node(child, level) {
      if (isText(child)) level.run.push(child);
    },
    exit(level) {
      if (level.through) return;
      flush(level);
      if (!level.sawBlock && units.length === level.first + 1) {
        const only = units[level.first];
        if (only) only.whole = true;
      }
    },
  });
  return units;
}

/**
 * The elements that are blocks or hold one (outside skipped subtrees): they split the text into units. And the
 * inline elements that hold a <br> (no link: its text is link text as a whole): an old page sets a story in one
 * `<font>` and its paragraphs apart with `<br><br>` inside it, each a unit of the block around it.
 */
function* markBlocks(root: Element): Steps<{ blockish: Set<Element>; broken: Set<Element> }> {
  const blockish = new Set<Element>();
  const broken = new Set<Element>();
  const isComponentBlock = componentBlocks();
  /** An element and whether it is a block or holds one so far, and whether it holds a <br>. */
  interface Level {
    element: Element;
    holds: boolean;
    breaks: boolean;
  }
  // Post-order: an element is marked once its children are done.
  yield* walkTree<Level>(root, {
    enter: (element, parent) => {
      if (parent && isSkipped(element)) return null;
      const tag = tagOf(element);
      if (tag === 'BR' && parent) parent.breaks = true;
      return { element, holds: BLOCK_TAGS.has(tag) || isComponentBlock(element, tag), breaks: false };
    },
    exit(level, parent) {
      if (level.holds) blockish.add(level.element);
      else if (level.breaks && tagOf(level.element) !== 'A') broken.add(level.element);
      if (!parent) return;
      parent.holds ||= level.holds;
      parent.breaks ||= level.breaks;
    },
  });
  return { blockish, broken };
}

/** A component's text this long that ends as a sentence does is a paragraph's. */
const COMPONENT_SENTENCE_CHARS = 40;

/**
 * Custom elements (a hyphen in the name) that are blocks: those of a kind of which a parent holds two or more, one
 * of them a sentence. A page built of components sets its paragraphs in them, styled as blocks by its own CSS
 * (`<story-p>`), its source's line and byline too; one alone, or a kind that holds only a few words or a number,
 * may be inline (`<relative-time>` in a byline, a citation's `<ref-link>`s). Read per parent, once. One alone
 * that is a sentence is a block where its kind is a block somewhere on the page (a reader's comment in a
 * `<story-p>` of its own after the commenter's name): the page's CSS styles a kind the same everywhere.
 */
function componentBlocks(): (element: Element, tag: string) => boolean {
  const kinds = new Map<Element, Map<string, boolean>>();
  const anywhere = new Map<string, boolean>();
  const blockIn = (parent: Element, tag: string): boolean => {
    let known = kinds.get(parent);
    if (!known) {
      known = new Map();
      kinds.set(parent, known);
    }
    let block = known.get(tag);
    if (block === undefined) {
      let count = 0;
      let sentence = false;
      for (const child of parent.children) {
        if (tagOf(child) !== tag) continue;
        count++;
        sentence ||= isSentence(child);
      }
      block = count >= 2 && sentence;
      known.set(tag, block);
    }
    return block;
  };
  const blockAnywhere = (element: Element, tag: string): boolean => {
    let block = anywhere.get(tag);
    if (block === undefined) {
      block = false;
      for (const other of element.ownerDocument.getElementsByTagName(tag)) {
        if (other.parentElement && blockIn(other.parentElement, tag)) {
          block = true;
          break;
        }
      }
      anywhere.set(tag, block);
    }
    return block;
  };
  // Whether a parent holds elements only, with no words of its own between them.
  const elementsOnly = new Map<Element, boolean>();
  const laidOut = (parent: Element): boolean => {
    let only = elementsOnly.get(parent);
    if (only === undefined) {
      only = parent.children.length >= 2;
      for (let node = parent.firstChild; only && node; node = node.nextSibling) {
        if (isText(node) && (node.nodeValue ?? '').trim() !== '') only = false;
      }
      elementsOnly.set(parent, only);
    }
    return only;
  };
  return (element, tag) => {
    if (!tag.includes('-')) return false;
    const parent = element.parentElement;
    if (!parent) return false;
    if (blockIn(parent, tag)) return true;
    if (PHRASING_PARENT.test(tagOf(parent))) return false;
    // "<story-headline>…</story-headline><story-meta>…</story-meta>": components set side by side in a component or
    // a block, with no words between them, are its parts laid out as blocks (a <relative-time> inline in a line of
    // text has words beside it).
    if ((parent.tagName.includes('-') || BLOCK_TAGS.has(tagOf(parent))) && laidOut(parent)) return true;
    return holdsSentence(element) && blockAnywhere(element, tag);
  };
}

/** A parent whose content is phrasing: a component in it is part of its text. */
const PHRASING_PARENT = /^(?:P|H[1-6]|A|SPAN|B|I|EM|STRONG|Q|CITE|SMALL|LABEL)$/;
/** A sentence's end inside a text, before a space or at its end. */
const SENTENCE_BREAK = /[.!?\u061F\u06D4\u3002\uFF01\uFF1F…]["'\u201D\u2019»)]*(?:\s|$)/;

/** A component's text is a paragraph's when it ends as a sentence does. */
function isSentence(element: Element): boolean {
  const text = (element.textContent ?? '').trim();
  return text.length >= COMPONENT_SENTENCE_CHARS && SENTENCE_END.test(text);
}

/** A component's text holds a paragraph's when a sentence ends in it (a story's text signed at its end). */
function holdsSentence(element: Element): boolean {
  const text = (element.textContent ?? '').trim();
  return text.length >= COMPONENT_SENTENCE_CHARS && SENTENCE_BREAK.test(text);
}

/** A list item or a line that is a reference (CITATION), not a paragraph that cites one in passing. */
function isCitation(unit: TextUnit): boolean {
  const text = unit.model.text;
  return text.length <= MAX_CITATION_CHARS && CITATION.test(text);
}

function hasText(node: Node): boolean {
  if (isText(node)) return WORDY.test(node.data);
  return isElement(node) && WORDY.test(node.textContent ?? '');
}

function hintWeight(element: Element): number {
  const cls = ` ${(element.getAttribute('class') ?? '').toLowerCase()} `;
  const id = ` ${(element.getAttribute('id') ?? '').toLowerCase()} `;
  let weight = 0;
  for (const value of [cls, id]) {
    if (value.trim() === '') continue;
    if (NEGATIVE_HINT.test(value)) weight -= HINT_WEIGHT;
    if (POSITIVE_HINT.test(value)) weight += HINT_WEIGHT;
  }
  if (element.getAttribute('itemprop')?.toLowerCase().includes('articlebody')) weight += 2 * HINT_WEIGHT;
  return weight;
}

function unitScore(unit: TextUnit): number {
  const text = unit.model.text;
  const commas = text.match(COMMAS)?.length ?? 0;
  return 1 + commas + Math.min(Math.floor(text.length / 100), MAX_LENGTH_POINTS);
}

function linkDensity(unit: TextUnit): number {
  const length = unit.model.text.length;
  return length === 0 ? 0 : unit.linkChars / length;
}

/** Sums of text and link text over every ancestor of each unit. */
interface TextStats {
  chars: number;
  linkChars: number;
  /** Characters in prose units: long and link-poor. */
  prose: number;
}

function* textStats(units: readonly TextUnit[], stop: Element): Steps<Map<Element, TextStats>> {
  const stats = new Map<Element, TextStats>();
  let count = 0;
  for (const unit of units) {
    if (++count % STEP_EVERY === 0) yield;
    const length = unit.model.text.length;
    const prose = length >= PROSE_CHARS && linkDensity(unit) < SIBLING_PARAGRAPH_LINK_DENSITY ? length : 0;
    for (let element: Element | null = unit.container; element; element = parentOf(element)) {
      let entry = stats.get(element);
      if (!entry) {
        entry = { chars: 0, linkChars: 0, prose: 0 };
        stats.set(element, entry);
      }
      entry.chars += length;
      entry.linkChars += unit.linkChars;
      entry.prose += prose;
      if (element === stop) break;
    }
  }
  return stats;
}

/**
 * Strict: every unlikely hint; otherwise only the comment threads. In both, a form that asks for input and is not
 * the page's frame (formWithFields): its labels and instructions are no article.
 */
function makeUnlikelyTest(strict: boolean, stats: ReadonlyMap<Element, TextStats>): (element: Element) => boolean {
  const hinted = strict ? UNLIKELY_HINT : COMMENT_HINT;
  const own = (element: Element): boolean => {
    const tag = tagOf(element);
    if (tag === 'FORM' && formWithFields(element, stats.get(element)?.chars ?? 0)) return true;
    if (NEVER_UNLIKELY_TAGS.has(tag)) return false;
    const hint = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
    if (hinted.test(hint) && !MAYBE_CONTENT_HINT.test(hint)) return true;
    if (namesComment(hint)) return true;
    if (!strict) return false;
    return element.getAttribute('role') === 'complementary' || tag === 'ASIDE' || tag === 'NAV';
  };
  return inheritedTest(own);
}

/**
 * A class list and id that name a reader's comment in one word and say nothing of content in any other: the
 * content words inside that word are the comment's own ("commentbody by-reader-7", "comment-content");
 * "entry-content comments-open" is a post's body.
 */
function namesComment(hint: string): boolean {
  const words = hint.split(/\s+/).filter((word) => word !== '');
  const named = words.filter((word) => COMMENT_HINT.test(word));
  return named.length > 0 && !words.some((word) => !named.includes(word) && MAYBE_CONTENT_HINT.test(word));
}

/** A form of fields a reader fills in, with little text beside them (MAX_FORM_CHARS_PER_FIELD). */
function formWithFields(form: Element, chars: number): boolean {
  let fields = 0;
  for (const field of form.querySelectorAll('input, select, textarea')) {
    if (tagOf(field) !== 'INPUT' || !QUIET_INPUTS.has((field.getAttribute('type') ?? '').toLowerCase())) fields++;
  }
  return fields > 0 && chars <= fields * MAX_FORM_CHARS_PER_FIELD;
}

/**
 * A test that holds for an element when `own` holds for it or for one of its ancestors, memoized. Climbs with a
 * loop, not by recursion (deep pages: dom.ts), and stops at the first element that answers. `stop` answers
 * for an element without looking further up, and is not memoized.
 */
function inheritedTest(
  own: (element: Element) => boolean,
  stop: (element: Element) => boolean | undefined = () => undefined,
): (element: Element) => boolean {
  const memo = new Map<Element, boolean>();
  return (element: Element): boolean => {
    const chain: Element[] = [];
    let result = false;
    for (let e: Element | null = element; e; e = parentOf(e)) {
      const stopped = stop(e);
      if (stopped !== undefined) {
        result = stopped;
        break;
      }
      const known = memo.get(e);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (own(e)) {
        result = true;
        memo.set(e, true);
        break;
      }
      chain.push(e);
    }
    for (const e of chain) memo.set(e, result);
    return result;
  };
}

function* scoreCandidates(
  units: readonly TextUnit[],
  stats: Map<Element, TextStats>,
  strict: boolean,
): Steps<Map<Element, number>> {
  const scores = new Map<Element, number>();
  const unlikely = makeUnlikelyTest(strict, stats);
  let count = 0;
  for (const unit of units) {
    if (++count % STEP_EVERY === 0) yield;
    if (unit.model.text.length < MIN_UNIT_CHARS || linkDensity(unit) > MAX_UNIT_LINK_DENSITY) continue;
    if (unlikely(unit.container) || PLACEHOLDER_TEXT.test(unit.model.text) || isCitation(unit)) continue;
    const score = unitScore(unit);
    let element: Element | null = unit.whole ? parentOf(unit.container) : unit.container;
    for (let level = 0; element && level < SCORE_LEVELS; level++, element = parentOf(element)) {
      const tag = tagOf(element);
      if (tag === 'BODY' || tag === 'HTML') break;
      if (!scores.has(element)) scores.set(element, (TAG_SCORES[tag] ?? 0) + hintWeight(element));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(element, (scores.get(element) ?? 0) + score / divider);
    }
  }
  for (const [element, score] of scores) {
    const stat = stats.get(element);
    const density = stat && stat.chars > 0 ? stat.linkChars / stat.chars : 0;
    scores.set(element, score * (1 - density));
  }
  return scores;
}

function pickBody(
  scores: Map<Element, number>,
  body: Element,
  stats: ReadonlyMap<Element, TextStats>,
): Candidate | null {
  let top: Candidate | null = null;
  for (const [element, score] of scores) if (!top || score > top.score) top = { element, score };
  if (!top) return null;
  top = settleTie(top, scores, stats);
  top = joinSplitParts(top, scores, body);

  // Climb to an ancestor that scores better than the best candidate (the body is split into scored parts),
  // as long as every ancestor on the way still scores well. Readability compares with the last ancestor
  // instead, which climbs past the article into the page when comments score (page 8e3efab59f48).
  const threshold = top.score * PARENT_SCORE_SHARE;
  for (let parent = parentOf(top.element); parent && parent !== body; parent = parentOf(parent)) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > top.score) {
      top = { element: parent, score: parentScore };
      break;
    }
  }
  top = outOfOtherContent(top, scores, body, stats);
  // A wrapper with a single child adds nothing.
  let element = top.element;
  while (element.parentElement && element.parentElement !== body && element.parentElement.children.length === 1) {
    element = element.parentElement;
  }
  return { element, score: scores.get(element) ?? top.score };
}

/**
 * A best candidate inside a box the page names as other content (a promo, a slideshow of other stories, a
 * "related" rail) set inside the story's own container: the story's container, when it scores well and holds
 * prose of its own outside that box, is the body (the box is then left out of it).
 */
function outOfOtherContent(
  top: Candidate,
  scores: ReadonlyMap<Element, number>,
  body: Element,
  stats: ReadonlyMap<Element, TextStats>,
): Candidate {
  let box: Element | null = null;
  for (let e = parentOf(top.element); e && e !== body; e = parentOf(e)) {
    if (OTHER_STORIES_BOX_HINT.test(hintWords(e))) box = e;
    else if (box) {
      const score = scores.get(e);
      if (score === undefined || score < top.score * OTHER_STORIES_SCORE_SHARE) continue;
      const own = (stats.get(e)?.prose ?? 0) - (stats.get(box)?.prose ?? 0);
      if (own >= MIN_STRICT_CHARS) return { element: e, score };
    }
  }
  return top;
}

/** An element's class and id, lower case, camelCase words apart ("readerComments" → "reader comments"). */
function hintWords(element: Element): string {
  const hint = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return hint.replace(CAMEL_CASE, '$1 $2').toLowerCase();
}

/**
 * The nearest ancestor of the best candidate that holds MIN_SPLIT_PARTS parts with it, each a candidate scoring
 * nearly as well (SPLIT_SCORE_SHARE) among the next best: the parts of a body split around photos, quotes and players score
 * alike, each on its own, and none of them is the article.
 */
function joinSplitParts(top: Candidate, scores: ReadonlyMap<Element, number>, body: Element): Candidate {
  // Only candidates apart from the best count: its wrappers and its own paragraphs' boxes are the same part.
  const apart = [...scores]
    .filter(([element]) => !flatContains(element, top.element) && !flatContains(top.element, element))
    .sort((a, b) => b[1] - a[1])
    .slice(0, SPLIT_CANDIDATES - 1)
    .filter(([, score]) => score >= top.score * SPLIT_SCORE_SHARE)
    .map(([element]) => element);
  // A part and the box around it are one part.
  const parts = apart.filter((element) => !apart.some((other) => other !== element && flatContains(other, element)));
  if (parts.length < MIN_SPLIT_PARTS - 1) return top;
  let child = top.element;
  for (let parent = parentOf(child); parent && parent !== body; child = parent, parent = parentOf(parent)) {
    // A body never reaches out of the <article> or the list item it sits in: beyond it are the other cards of a
    // feed, each scoring alike.
    if (STORY_ITEM_TAGS.has(tagOf(child))) return top;
    const held = parts.filter((element) => flatContains(parent, element));
    if (held.length < MIN_SPLIT_PARTS - 1) continue;
    // Parts beside the best one in its own parent are the sibling rule's (withSiblings), which keeps the
    // captions and boxes between them out.
    if (parent === parentOf(top.element) && held.every((element) => parentOf(element) === parent)) return top;
    return { element: parent, score: scores.get(parent) ?? top.score };
  }
  return top;
}

/**
 * A candidate scoring nearly as well as the best, apart from it, that holds several times its prose: the scores
 * cannot tell them apart, and the story is the longer text (an author's bio of one long paragraph beside a body
 * whose many links dilute its score).
 */
function settleTie(
  top: Candidate,
  scores: ReadonlyMap<Element, number>,
  stats: ReadonlyMap<Element, TextStats>,
): Candidate {
  let best = top;
  let bestProse = (stats.get(top.element)?.prose ?? 0) * TIE_PROSE_FACTOR;
  for (const [element, score] of scores) {
    if (score < top.score * TIE_SCORE_SHARE || element === top.element) continue;
    if (flatContains(element, top.element) || flatContains(top.element, element)) continue;
    const prose = stats.get(element)?.prose ?? 0;
    if (prose > bestProse) {
      best = { element, score };
      bestProse = prose;
    }
  }
  return best;
}

/**
 * The body reaches further up when the page splits it into parts of their own (slides of a listicle, blocks
 * between photos and ads, each in its own wrapper): an ancestor whose extra text is nearly all prose and
 * link-poor holds more of the same article. Teasers, comments and menus bring bylines, dates and links.
 */
function widenToProse(
  top: Candidate,
  scores: Map<Element, number>,
  stats: Map<Element, TextStats>,
  body: Element,
): Candidate {
  let element = top.element;
  const own = stats.get(element);
  if (!own) return top;
  let levels = 0;
  for (let parent = parentOf(element); parent && parent !== body; parent = parentOf(parent)) {
    if (++levels > MAX_WIDEN_LEVELS) break;
    const wide = stats.get(parent);
    if (!wide) break;
    const added = wide.chars - own.chars;
    const addedProse = wide.prose - own.prose;
    const addedLinks = wide.linkChars - own.linkChars;
    if (added <= 0) continue;
    if (addedProse < added * MIN_WIDEN_PROSE_SHARE || addedLinks > added * MAX_WIDEN_LINK_DENSITY) break;
    if (addedProse >= MIN_WIDEN_PROSE) element = parent;
  }
  return element === top.element ? top : { element, score: scores.get(element) ?? top.score };
}

/** The body and those siblings that belong with it (continuation parts, loose paragraphs). */
function withSiblings(
  top: Candidate,
  scores: Map<Element, number>,
  unitsOf: Map<Element, TextUnit[]>,
  stats: Map<Element, TextStats>,
): Element[] {
  const topProse = stats.get(top.element)?.prose ?? 0;
  const parent = top.element.parentElement;
  if (!parent) return [top.element];
  const threshold = Math.max(SIBLING_MIN_SCORE, top.score * SIBLING_SCORE_SHARE);
  const topClass = top.element.getAttribute('class') ?? '';
  const parts: Element[] = [];
  for (let sibling = parent.firstElementChild; sibling; sibling = sibling.nextElementSibling) {
    if (sibling === top.element) {
      parts.push(sibling);
      continue;
    }
    if (isSkipped(sibling)) continue;
    let bonus = 0;
    if (topClass !== '' && sibling.getAttribute('class') === topClass) bonus = top.score * SIBLING_SCORE_SHARE;
    const score = scores.get(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(sibling);
      continue;
    }
    // A continuation of the body after a pull quote or a figure: same tag and class, and prose of its own
    // (benchmark page bdb56ac83513 splits its body into several such parts).
    const stat = stats.get(sibling);
    if (
      stat &&
      topClass !== '' &&
      sibling.getAttribute('class') === topClass &&
      tagOf(sibling) === tagOf(top.element) &&
      stat.prose >= Math.max(SIBLING_MIN_PROSE, topProse * SIBLING_SCORE_SHARE) &&
      stat.prose >= stat.chars * SIBLING_MIN_PROSE_SHARE
    ) {
      parts.push(sibling);
      continue;
    }
    if (tagOf(sibling) === 'P') {
      const own = unitsOf.get(sibling) ?? [];
      const text = own.map((u) => u.model.text).join(' ');
      const links = own.reduce((sum, u) => sum + u.linkChars, 0);
      const density = text.length === 0 ? 1 : links / text.length;
      if (text.length > SIBLING_PARAGRAPH_CHARS && density < SIBLING_PARAGRAPH_LINK_DENSITY) parts.push(sibling);
      else if (text.length > 0 && density === 0 && /\.( |$)/.test(text)) parts.push(sibling);
    }
  }
  const cut = acrossAdSlots(top.element, stats).filter((part) => !parts.includes(part));
  if (cut.length === 0) return parts;
  // (in page order: a part before the slot reads before the body)
  return [...parts, ...cut].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
}

/** An ad slot's label ("Advertisement", "Sponsored content") is no longer than this. */
const MAX_AD_LABEL_CHARS = 40;
/** compareDocumentPosition's bit for a node that follows. */
const FOLLOWING = 4;

/**
 * The parts of a body that an ad slot cuts ("Advertisement" between two runs of the story's paragraphs): on
 * either side of the body, past slots that print only an ad's label, siblings of the body's tag and class
 * whose text is mostly prose.
 */
function acrossAdSlots(body: Element, stats: ReadonlyMap<Element, TextStats>): Element[] {
  const parts: Element[] = [];
  for (const next of [(e: Element) => e.previousElementSibling, (e: Element) => e.nextElementSibling]) {
    let slots = 0;
    for (let e = next(body); e; e = next(e)) {
      const stat = stats.get(e);
      // (an empty slot, one that waits for its ad)
      if (!stat || stat.chars === 0) continue;
      if (stat.chars <= MAX_AD_LABEL_CHARS && AD_LABEL.test(collapse(e.textContent ?? ''))) {
        slots++;
        continue;
      }
      const alike = tagOf(e) === tagOf(body) && (e.getAttribute('class') ?? '') === (body.getAttribute('class') ?? '');
      if (slots === 0 || !alike || stat.prose < PROSE_CHARS || stat.prose < stat.chars * SIBLING_MIN_PROSE_SHARE) break;
      parts.push(e);
      slots = 0;
    }
  }
  return parts;
}

function blockKind(unit: TextUnit, root: Element): BlockKind {
  let kind: BlockKind = 'paragraph';
  for (let element: Element | null = unit.container; element && element !== root; element = parentOf(element)) {
    const tag = tagOf(element);
    if (tag === 'BLOCKQUOTE' || tag === 'Q') return 'quote';
    if (tag === 'FIGCAPTION') return 'caption';
    if (kind === 'paragraph' && /^H[2-6]$/.test(tag)) kind = 'heading';
    if (kind === 'paragraph' && tag === 'LI') kind = 'list-item';
  }
  return kind;
}

/**
 * True when some element between the unit and the body's parts (the parts excluded) is never the story, whatever
 * share of the body it holds: a thread of readers' comments and its reply box (a short post's body must not
 * fall back to its comment form's labels), a box of other stories (promos, a slideshow, "related").
 */
function makeNeverStoryTest(root: Element, parts: readonly Element[]): (element: Element) => boolean {
  const own = (element: Element): boolean => {
    const words = hintWords(element);
    return COMMENT_BOX_HINT.test(words) || OTHER_STORIES_BOX_HINT.test(words);
  };
  return inheritedTest(own, (element) => (element === root || parts.includes(element) ? false : undefined));
}

/** True when some element between the unit and the body root (the root excluded) holds no prose. */
function makeExclusionTest(root: Element): (element: Element) => boolean {
  const own = (element: Element): boolean => {
    const sig = signature(element);
    return EXCLUDED_TAGS.has(tagOf(element)) || EXCLUDED_HINT.test(sig) || CAPTION_HINT.test(sig);
  };
  return inheritedTest(own, (element) => (element === root ? false : undefined));
}

/** The article: the best-scoring body, its blocks in page order, or null when the page has no prose. */
export function extractArticle(
  document: Document,
  index: PageIndex = indexPage(document),
  options: ExtractOptions = {},
): Extraction {
  return complete(extractArticleSteps(document, index, options));
}

export function* extractArticleSteps(
  document: Document,
  index: PageIndex,
  options: ExtractOptions = {},
): Steps<Extraction> {
  const body = document.body ?? document.documentElement;
  if (!body) {
    return {
      article: null,
      isArticle: false,
      units: [],
      scores: new Map(),
      parts: [],
      picked: false,
      others: NO_OTHER_STORIES,
    };
  }
  const units = yield* collectUnits(body);
  const picked = yield* pickedArticle(units, options.articleRoot, body);
  if (picked) {
    const parts = [picked.root];
    return {
      article: picked,
      isArticle: true,
      units,
      scores: new Map(),
      parts,
      picked: true,
      others: NO_OTHER_STORIES,
    };
  }
  const stats = yield* textStats(units, body);
  const unitsOf = new Map<Element, TextUnit[]>();
  for (const unit of units) {
    const list = unitsOf.get(unit.container);
    if (list) list.push(unit);
    else unitsOf.set(unit.container, [unit]);
  }
  // Aggregators: the story under the headline, not a related story printed in full after it (headline.ts).
  const shape = storyShape(index, units, body);
  const chosen = yield* chooseBody(units, stats, unitsOf, body, shape);
  const best = chosen?.article ?? null;
  return {
    article: best,
    isArticle: best !== null && looksLikeArticle(best, index, units),
    units,
    scores: chosen?.scores ?? new Map(),
    parts: chosen?.parts ?? [],
    picked: false,
    others: best ? shape.others : NO_OTHER_STORIES,
  };
}

/** The body chosen, with the scores and the parts it was chosen from (how sure it is: page/certainty.ts). */
interface ChosenBody {
  article: PageArticle;
  scores: ReadonlyMap<Element, number>;
  parts: readonly Element[];
}

/**
 * The article body: the best-scoring container with the siblings that belong with it, its blocks in page order.
 * First without the unlikely containers; if that leaves too little, the hints were wrong (a page-wide wrapper
 * called "sidebar-layout"): score everything, as Readability's second pass does. A candidate that keeps no
 * text once titles, captions and labels are left out (a block that holds only the page's headline) gives way
 * to the next best.
 */
function* chooseBody(
  units: readonly TextUnit[],
  stats: Map<Element, TextStats>,
  unitsOf: Map<Element, TextUnit[]>,
  body: Element,
  shape: StoryShape,
): Steps<ChosenBody | null> {
  let best: ChosenBody | null = null;
  let bestChars = 0;
  for (const strict of [true, false]) {
    const scores = shape.restrict(yield* scoreCandidates(units, stats, strict), stats);
    let chars = 0;
    for (let attempt = 0; attempt < MAX_EMPTY_CANDIDATES && chars === 0; attempt++) {
      const picked = pickBody(scores, body, stats);
      if (!picked) break;
      // On an aggregator the story is bounded by the related stories' cards: the column around it holds them
      // and their promos, all prose, so it is not widened (the generated pages of tests/page/aggregator.test.ts).
      const top = shape.cards.size > 0 ? picked : widenToProse(picked, scores, stats, body);
      const parts = withSiblings(top, scores, unitsOf, stats);
      const root = parts.length > 1 ? (top.element.parentElement ?? top.element) : top.element;
      const blocks = yield* bodyBlocks(units, parts, root, shape.inCard);
      chars = blocks.reduce((sum, block) => sum + block.text.length, 0);
      if (chars > bestChars) {
        best = { article: { root, blocks }, scores: new Map(scores), parts };
        bestChars = chars;
      }
      if (chars === 0)
        for (const element of [...scores.keys()]) if (flatContains(root, element)) scores.delete(element);
    }
    if (chars >= MIN_STRICT_CHARS) break;
  }
  return best;
}

/**
 * The body the reader picked: the blocks under `root`, collected as for a chosen body. Null (the engine chooses)
 * when there is no such element on this page or it holds no prose paragraph: a saved choice whose element now
 * holds a teaser or a menu is not applied.
 */
function* pickedArticle(
  units: readonly TextUnit[],
  root: Element | null | undefined,
  body: Element,
): Steps<PageArticle | null> {
  if (!root || !flatContains(body, root)) return null;
  // The reader's choice is taken whole: nothing in it is a related story's card.
  const blocks = yield* bodyBlocks(units, [root], root, () => false);
  const prose = blocks.some((block) => block.kind === 'paragraph' && block.text.length >= PROSE_CHARS);
  return prose ? { root, blocks } : null;
}

function inParts(parts: readonly Element[]): (element: Element) => boolean {
  const set = new Set(parts);
  return inheritedTest(
    () => false,
    (element) => (set.has(element) ? true : undefined),
  );
}

/** `inCard`: a related story printed in full (headline.ts); the body leaves it out and ends at it. */
function* bodyBlocks(
  units: readonly TextUnit[],
  parts: readonly Element[],
  root: Element,
  inCard: (element: Element) => boolean,
): Steps<DomBlock[]> {
  const inside = inParts(parts);
  const excluded = makeExclusionTest(root);
  const never = makeNeverStoryTest(root, parts);
  const all = units.filter((unit) => inside(unit.container));
  // (a body that is nothing but such a box is read as it is)
  const story = all.filter((unit) => !never(unit.container));
  const own = story.some((unit) => unit.model.text.length >= PROSE_CHARS) ? story : all;
  const kept = own.filter((unit) => !excluded(unit.container));
  const ownChars = own.reduce((sum, u) => sum + u.model.text.length, 0);
  const keptChars = kept.reduce((sum, u) => sum + u.model.text.length, 0);
  const chosen = keptChars >= MIN_STRICT_CHARS || keptChars >= ownChars * (1 - MAX_EXCLUDED_SHARE) ? kept : own;

  const blocks: DomBlock[] = [];
  let count = 0;
  for (const unit of chosen) {
    if (++count % STEP_EVERY === 0) yield;
    if (inCard(unit.container)) {
      if (blocks.length > 0) break;
      continue;
    }
    const text = unit.model.text;
    if (!WORDY.test(text)) continue;
    if (tagOf(unit.container) === 'H1') continue;
    if (linkDensity(unit) > MAX_UNIT_LINK_DENSITY) continue;
    if (blocks.length === 0 && text.length <= MAX_BYLINE_CHARS && BYLINE.test(text)) continue;
    if (text.length <= MAX_END_LINE_CHARS && END_LINE.test(text) && blocks.length > 0) {
      // ("© Harbor Pictures" under a photo in the story is the photo's credit; the story goes on)
      if (creditsImage(unit.container, root)) continue;
      break;
    }
    const kind = blockKind(unit, root);
    if (kind === 'caption') continue;
    if (kind !== 'list-item' && (AD_LABEL.test(text) || TIMESTAMP_LINE.test(text))) continue;
    blocks.push({ text, kind, element: unit.container, model: unit.model });
  }
  return trimLabels(dropOrphanHeadings(dropPitches(blocks)));
}

/** How far up from a copyright line an image may be that the line credits. */
const CREDIT_LEVELS = 3;

/** A copyright line set beside an image, inside the body: the image's credit, no end of the story. */
function creditsImage(container: Element, root: Element): boolean {
  let element: Element | null = container;
  for (let level = 0; element && element !== root && level < CREDIT_LEVELS; level++) {
    if (element.querySelector('img, picture, video')) return true;
    element = parentOf(element);
  }
  return false;
}

/**
 * A heading whose own container keeps no text of the body titles something that was left out ("Related
 * news" over a list of links, page 65408257dbe4): it goes too.
 */
function dropOrphanHeadings(blocks: DomBlock[]): DomBlock[] {
  const prose = blocks.filter((block) => block.kind !== 'heading').map((block) => block.element);
  return blocks.filter((block) => {
    if (block.kind !== 'heading') return true;
    // A wrapper that holds only the heading ("article-boxout__header") does not count as its container.
    let parent = block.element.parentElement;
    while (parent?.parentElement && collapsesTo(parent.textContent ?? '', block.text)) parent = parent.parentElement;
    const scope = parent;
    return scope !== null && prose.some((element) => flatContains(scope, element));
  });
}

/** A short line that is not a sentence: a label ("Tags:", "0 Comments"), a date line, a section name. */
function isLabel(block: DomBlock): boolean {
  return block.kind !== 'quote' && block.text.length < MAX_LABEL_CHARS && !SENTENCE_END.test(block.text);
}

/** A line that opens the body as a headline does: not a sentence, and short enough for a headline. */
function isOpeningLine(block: DomBlock): boolean {
  return block.kind === 'paragraph' && block.text.length <= MAX_OPENING_LINE_CHARS && !SENTENCE_END.test(block.text);
}

/** Two of the story's paragraphs beside an element, printed in another tag: it stands boxed among them. */
function amongParagraphs(element: Element, paragraphs: ReadonlySet<Element>): boolean {
  let beside = 0;
  for (const sibling of element.parentElement?.children ?? []) {
    if (sibling.tagName !== element.tagName && paragraphs.has(sibling) && ++beside >= 2) return true;
  }
  return false;
}

/** A call to action in the body is a pitch, not the story's, at most this long (a line or two). */
const MAX_PITCH_CHARS = 300;

/**
 * Drops the pitches to the reader ("Get the morning briefing in your inbox", "Subscribe for updates") that the
 * page boxes on their own among the story's paragraphs: a wrapper holding only the pitch, unlike the wrappers of
 * the story's own paragraphs (a page that wraps every paragraph so keeps a paragraph that opens "Like us, …").
 */
function dropPitches(blocks: DomBlock[]): DomBlock[] {
  const pitches = new Set<DomBlock>();
  const paragraphs = new Set(blocks.filter((block) => block.kind === 'paragraph').map((block) => block.element));
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.text.length > MAX_PITCH_CHARS || !CALL_TO_ACTION.test(block.text)) continue;
    // (A box that holds the pitch's words itself, "<div class="box">Try our app …</div>" among the story's <p>s,
    // is its own wrapper where the story's paragraphs beside it are printed in another tag; a <p> is no box.)
    let box: Element | null =
      tagOf(block.element) !== 'P' && amongParagraphs(block.element, paragraphs) ? block.element : null;
    for (let e = block.element.parentElement; e && collapsesTo(e.textContent ?? '', block.text); e = e.parentElement)
      box = e;
    if (box === null || box.parentElement === null) continue;
    const kin = (element: Element): boolean =>
      element !== box && element.tagName === box.tagName && element.className === box.className;
    const wrapsStory = blocks.some((other) => {
      if (other === block) return false;
      for (let e: Element | null = other.element; e && e !== box.parentElement; e = e.parentElement)
        if (kin(e)) return true;
      return false;
    });
    if (!wrapsStory) pitches.add(block);
  }
  return pitches.size === 0 ? blocks : blocks.filter((block) => !pitches.has(block));
}

/**
 * Drops the labels before the first and after the last sentence of the body, and those between a heading that
 * opens the body and its first sentence (the source line and the byline under a post's own headline).
 */
function trimLabels(blocks: DomBlock[]): DomBlock[] {
  let start = 0;
  let end = blocks.length;
  while (start < end && isLabel(blocks[start] as DomBlock)) start++;
  while (end > start && isLabel(blocks[end - 1] as DomBlock)) end--;
  const first = blocks[start];
  // (a line that opens the body as a headline does: short, not a sentence)
  const opening = first?.kind === 'heading' || (first !== undefined && isOpeningLine(first));
  if (!opening) return blocks.slice(start, end);
  let next = start + 1;
  // (a subheading there opens a section of the story)
  while (next < end && isLabel(blocks[next] as DomBlock) && blocks[next]?.kind !== 'heading') next++;
  return [first, ...blocks.slice(next, end)];
}

/** The page says it is an article: og:type, a JSON-LD Article, or microdata for the body. */
function declaresArticle(index: PageIndex): boolean {
  if (index.metas.get('og:type')?.toLowerCase() === 'article') return true;
  if (index.itemprops.has('articlebody')) return true;
  return jsonLdArticle(index.jsonLd) !== null;
}

/** The number of words a reader reads in `text`, counting unspaced scripts by their characters. */
export function readingWords(text: string): number {
  const unspaced = UNSPACED_HINT.test(text) ? (text.match(UNSPACED_SCRIPT)?.length ?? 0) : 0;
  if (unspaced === 0) return text.match(WORD)?.length ?? 0;
  const spaced = text.replace(UNSPACED_SCRIPT, ' ').match(WORD)?.length ?? 0;
  return spaced + unspaced / UNSPACED_CHARS_PER_WORD;
}

/** What the article decision reads off a body. */
interface BodyFacts {
  words: number;
  /** Blocks of prose: long, with a sentence in them, not a heading or a caption. */
  prose: number;
}

function bodyFacts(blocks: readonly DomBlock[]): BodyFacts {
  let words = 0;
  let prose = 0;
  for (const block of blocks) {
    words += readingWords(block.text);
    if (block.kind !== 'heading' && block.text.length >= PROSE_CHARS && SENTENCE_INSIDE.test(block.text)) prose++;
  }
  return { words, prose };
}

/**
 * The page is an article when its body is prose a reader came for: enough words, at least one paragraph of
 * sentences, not an error message, not a list of teasers or results. What the DOM shows decides; a page that
 * declares itself an article (og:type, JSON-LD) only lowers the bar for length, as does a headline right
 * above the body: a short news item or a paywalled teaser is still an article.
 */
function looksLikeArticle(article: PageArticle, index: PageIndex, units: readonly TextUnit[]): boolean {
  const facts = bodyFacts(article.blocks);
  if (facts.prose === 0 || facts.words < MIN_TITLED_ARTICLE_WORDS) return false;
  if (isErrorPage(article, index, facts)) return false;
  if (isTeaserList(article, units)) return false;
  if (facts.words >= MIN_ARTICLE_WORDS) return true;
  // The page's own title names this text: its headline (an h1, or the heading that repeats <title>) stands
  // right above the body or opens it.
  const titled = titledHeadline(index, units);
  if (titled && followsHeadline(article, [titled], units)) return true;
  if (facts.words < MIN_SHORT_ARTICLE_WORDS) return false;
  // A brief under its own headline and date line, which an old page prints in no heading.
  const first = article.blocks.find((block) => block.text.length >= PROSE_CHARS)?.element;
  const at = units.findIndex((unit) => unit.container === first);
  if (datedHeadlineAbove(units, at)) return true;
  // A wire's brief: its first paragraph opens with the wire's dateline ("TAIPEI (AP) -").
  if (WIRE_DATELINE.test(article.blocks.find((block) => block.kind === 'paragraph')?.text ?? '')) return true;
  return declaresArticle(index) || followsHeadline(article, index.h1s, units);
}

/** An error message where the article should be: in the page's headline or the first lines of a short body. */
function isErrorPage(article: PageArticle, index: PageIndex, facts: BodyFacts): boolean {
  if (facts.words >= MAX_ERROR_PAGE_WORDS) return false;
  for (const h1 of index.h1s) {
    if (isHiddenUpTo(h1)) continue;
    const text = collapse(h1.textContent ?? '');
    if (ERROR_STATUS_HEADLINE.test(text) || ERROR_PHRASE.test(text)) return true;
  }
  return article.blocks.slice(0, ERROR_LEAD_BLOCKS).some((block) => ERROR_PHRASE.test(block.text));
}

/**
 * A list of teasers or search results: nearly every paragraph of the body sits in an item of its own with a
 * headline link (a front page's standfirsts, a results page's snippets). In an article the paragraphs share
 * their container, and a "Read more" link between them belongs to the whole body, not to one paragraph.
 */
function isTeaserList(article: PageArticle, units: readonly TextUnit[]): boolean {
  const root = article.root;
  /** How many headline links and how many prose blocks each element of the body holds. */
  const links = new Map<Element, number>();
  const prose = new Map<Element, number>();
  const count = (map: Map<Element, number>, from: Element): void => {
    for (let e: Element | null = from; e; e = parentOf(e)) {
      map.set(e, (map.get(e) ?? 0) + 1);
      if (e === root) break;
    }
  };
  for (const unit of units) {
    if (linkDensity(unit) > MAX_UNIT_LINK_DENSITY && readingWords(unit.model.text) >= MIN_HEADLINE_LINK_WORDS) {
      if (flatContains(root, unit.container)) count(links, unit.container);
    }
  }
  if (links.size === 0) return false;
  const paragraphs = article.blocks.filter((block) => block.kind !== 'heading' && block.text.length >= PROSE_CHARS);
  for (const block of paragraphs) count(prose, block.element);
  let teasers = 0;
  for (const block of paragraphs) {
    for (let e: Element | null = block.element; e; e = parentOf(e)) {
      if (links.has(e)) {
        if ((prose.get(e) ?? 0) <= MAX_TEASER_PARAGRAPHS) teasers++;
        break;
      }
      if (e === root) break;
    }
  }
  return teasers >= MIN_TEASERS && teasers >= paragraphs.length * MIN_TEASER_SHARE;
}

/** True when the element or one of its ancestors is hidden (hidden attribute, inline display:none...). */
function isHiddenUpTo(element: Element): boolean {
  for (let e: Element | null = element; e; e = parentOf(e)) if (isSkipped(e)) return true;
  return false;
}

/**
 * A visible headline stands a few lines above the body's first block, or is that block: the page is built
 * around this text as its story (a headline, then perhaps a byline and a date, then the text).
 */
function followsHeadline(article: PageArticle, headlines: readonly Element[], units: readonly TextUnit[]): boolean {
  const first = article.blocks[0]?.element;
  if (!first) return false;
  const at = units.findIndex((unit) => unit.container === first);
  if (at < 0) return false;
  for (const h1 of headlines) {
    if (isHiddenUpTo(h1)) continue;
    for (let i = at; i >= 0 && i >= at - MAX_HEADLINE_GAP_UNITS; i--) {
      const container = (units[i] as TextUnit).container;
      if (flatContains(h1, container)) return true;
    }
  }
  return false;
}

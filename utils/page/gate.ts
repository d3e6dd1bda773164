// The cheap gate: before any of Sourcelight's modules is loaded, decides from a few DOM queries whether the page
// can hold an article at all (Firefox Reader View's `isProbablyReaderable` idea: paragraph-like elements, their
// text lengths, visibility read from attributes, never from layout). It runs on every page the reader opens, in
// the content script's own bundle: it imports nothing.
//
// It must be lenient: the engine (utils/page/extract.ts) calls a page an article only when the article's body
// holds a prose block (PROSE_CHARS characters or more, with a sentence in it), so a page where no element can
// hold such a block is skipped, and every other page goes on to the engine, which decides. Measured on the dev
// corpora by scripts/eval-gate.ts (no article the engine finds may be skipped) and on tests/fixtures/not-articles.

/**
 * The engine's shortest prose block (extract.ts PROSE_CHARS): an article's body holds at least one. Counted here
 * on the element's raw text, which is never shorter than the engine's collapsed text.
 */
export const GATE_PROSE_CHARS = 80;
/**
 * Elements that hold a paragraph's text as a whole: Reader View's `p, pre, article` widened to every element the
 * engine reads a block from that is not a generic container (cells, list items, quotes, definitions). A <div>
 * or <section> that holds text itself is found through its <br>s or by the text walk below.
 */
const PARAGRAPH_TAGS = ['P', 'PRE', 'TD', 'TH', 'LI', 'DD', 'DT', 'BLOCKQUOTE', 'ADDRESS', 'ARTICLE', 'FONT', 'CENTER'];
const PARAGRAPH_SELECTOR = PARAGRAPH_TAGS.join(', ').toLowerCase();
/** The same, by tagName: a block the text walk reaches that the first look read already. */
const PARAGRAPH_TAG = new Set(PARAGRAPH_TAGS);
/** Text set apart by line breaks: the parents of <br> hold paragraphs written without <p> (old CMS pages). */
const LINE_BREAK_SELECTOR = 'br';
/** Anything that ends a sentence in the scripts the engine reads (its SENTENCE_INSIDE, without the context). */
const SENTENCE_END = /[.!?\u061F\u06D4\u3002\uFF01\uFF1F\u2026]/;
/** Inline `style` that hides an element: the only style read without layout (the engine skips it too). */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
/**
 * The text walk (for text written straight into a <div>) looks only at text nodes at least this long: the
 * engine's shortest text unit that votes for its container (extract.ts MIN_UNIT_CHARS). A prose block of 80
 * characters split by links and emphasis into pieces all shorter than this is not seen by the walk.
 */
const WALK_MIN_TEXT_CHARS = 25;
/** NodeFilter.SHOW_TEXT, spelled out: the constant is not a global outside browsers (linkedom in the CLI). */
const SHOW_TEXT = 0x4;
/** Node.TEXT_NODE, spelled out for the same reason. */
const TEXT_NODE = 3;
/** Where text is never prose: the walk does not look into these. */
const NOT_PROSE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'TITLE', 'OPTION', 'SELECT']);
/** Inline elements: a text node's block is its nearest ancestor that is none of these. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'BIG',
  'CITE',
  'CODE',
  'DATA',
  'DEL',
  'DFN',
  'EM',
  'I',
  'INS',
  'KBD',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRIKE',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'TT',
  'U',
  'VAR',
]);

/** What the gate saw, for the bench and the tests. */
export interface GateVerdict {
  /** The page may hold an article: load the engine and let it decide. */
  pass: boolean;
  /**
   * How it decided: a paragraph-like element, a line-broken block, the text walk; or nothing found, or prose only
   * in teasers (each standfirst or snippet in an item of its own with a headline link: a front page, results).
   */
  by: 'paragraph' | 'line-breaks' | 'text-walk' | 'none' | 'teasers';
  /** Where it found nothing: a block would have passed but is hidden (a change of attributes may show it). */
  hiddenProse?: boolean;
  /** Where it found nothing, or teasers only: the length of the page's text, as it read it. */
  chars?: number;
}

/** A block's text as the gate reads it: prose, prose hidden by attributes, or not prose. */
type Block = 'prose' | 'hidden' | 'no';

/**
 * A block whose text is more than this share links is a list of links (a column of videos, a menu), not prose:
 * the engine's MAX_UNIT_LINK_DENSITY.
 */
const MAX_LINK_SHARE = 0.5;
/** A link of this many words, standing as a line of its own, is a headline (extract.ts MIN_HEADLINE_LINK_WORDS). */
const MIN_HEADLINE_LINK_WORDS = 3;
/** An item with a headline link and at most this many prose blocks is a teaser (extract.ts MAX_TEASER_PARAGRAPHS). */
const MAX_TEASER_PROSE = 2;
/** Fewer teasers than this are not a list of them (extract.ts MIN_TEASERS). */
const MIN_TEASERS = 4;
/**
 * A teaser's prose is shorter than this many words: an item with more may be a short story under its linked
 * headline, which the engine reads as an article (extract.ts MIN_ARTICLE_WORDS).
 */
const MIN_STORY_WORDS = 80;
/** Past this many prose blocks the gate reads no more: enough to tell a list of teasers from a story. */
const MAX_COUNTED_PROSE = 64;
/** A headline's elements: a link that holds one, or sits in one, is a headline link. */
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6';
const WHITE_SPACE = /\s+/;

/** Hidden by its own attributes (the engine skips such an element with all it holds: dom.ts isSkipped). */
function hidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/** Hidden by its own attributes or an ancestor's: only asked of the few elements long enough to count. */
function hiddenUpTo(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) if (hidden(e)) return true;
  return false;
}

/** The length of the text of the element's links (with an address: `<a name>` is an anchor, not a link). */
function linkChars(element: Element): number {
  const links = element.querySelectorAll('a[href]');
  let chars = 0;
  for (let i = 0; i < links.length; i++) chars += (links[i] as Element).textContent?.length ?? 0;
  return chars;
}

/** Whether the element's text could be a prose block (long enough, a sentence end in it, not mostly links), shown. */
function blockText(element: Element): Block {
  const text = element.textContent;
  if (text === null || text.length < GATE_PROSE_CHARS) return 'no';
  const trimmed = text.trim();
  if (trimmed.length < GATE_PROSE_CHARS || !SENTENCE_END.test(trimmed)) return 'no';
  if (linkChars(element) > trimmed.length * MAX_LINK_SHARE) return 'no';
  return hiddenUpTo(element) ? 'hidden' : 'prose';
}

/** The nearest ancestor of `node` that is not an inline element. */
function blockOf(node: Node): Element | null {
  let element = node.parentElement;
  while (element && INLINE_TAGS.has(element.tagName)) element = element.parentElement;
  return element;
}

/** The number of words in the text, counted up to `most`. */
function wordsUpTo(text: string, most: number): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(WHITE_SPACE, most).length;
}

/**
 * A link that is a headline: three words or more, in a heading, holding one, or standing as a line of its own
 * (most of its block's text). A link inside a paragraph's sentences is none.
 */
function isHeadlineLink(link: Element): boolean {
  const text = link.textContent ?? '';
  if (wordsUpTo(text, MIN_HEADLINE_LINK_WORDS) < MIN_HEADLINE_LINK_WORDS) return false;
  if (link.closest(HEADING_SELECTOR) || link.querySelector(HEADING_SELECTOR)) return true;
  if (lineEnd(link, 'previousSibling') && lineEnd(link, 'nextSibling')) return true;
  const block = blockOf(link);
  return block !== null && text.trim().length * 2 > (block.textContent ?? '').trim().length;
}

/** Whether the element's line ends on that side of it: a <br>, or its parent's edge (blank text apart). */
function lineEnd(element: Element, side: 'previousSibling' | 'nextSibling'): boolean {
  let node = element[side];
  while (node && node.nodeType === TEXT_NODE && !/\S/.test(node.nodeValue ?? '')) node = node[side];
  return node === null || node.nodeName === 'BR';
}

/**
 * The teasers' items, where every prose block the gate found is a teaser: the nearest element around it that
 * holds a headline link holds at most two prose blocks of fewer than a short article's words, as a front page's
 * standfirst or a results page's snippet does. 0 where some block is no teaser: an article's paragraphs share
 * their container, so the first element around one that holds a headline link (the page's menu, a list of
 * related stories) holds the other paragraphs too, and a short story under its linked headline has the words of
 * one. It stops at the first block that is no teaser: an article costs a walk up from its first paragraph.
 */
function teaserItems(prose: readonly Element[], body: Element): number {
  const counts = new Map<Element, number>();
  for (const block of prose) {
    for (let e: Element | null = block; e && e !== body; e = e.parentElement) counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  /** Each item's prose, in words (counted up to a short article's). */
  const items = new Map<Element, number>();
  for (const block of prose) {
    let item: Element | null = null;
    for (let e: Element | null = block; e && e !== body && !item; e = e.parentElement) {
      if ((counts.get(e) ?? 0) > MAX_TEASER_PROSE) return 0;
      // A card that is one link (`<a><h3>…</h3><p>…</p></a>`) is a teaser's headline link as a whole.
      if (e.tagName === 'A' && e.hasAttribute('href')) {
        if (wordsUpTo(e.textContent ?? '', MIN_HEADLINE_LINK_WORDS) >= MIN_HEADLINE_LINK_WORDS) item = e;
      } else {
        const links = e.querySelectorAll('a[href]');
        for (let i = 0; i < links.length && !item; i++) if (isHeadlineLink(links[i] as Element)) item = e;
      }
    }
    if (!item) return 0;
    const words = (items.get(item) ?? 0) + wordsUpTo(block.textContent ?? '', MIN_STORY_WORDS);
    if (words >= MIN_STORY_WORDS) return 0;
    items.set(item, words);
  }
  return items.size;
}

/**
 * Text written straight into a container (`<div>Paragraph text…</div>`): walks the text nodes, and reads the
 * block of each long one once. Only reached on pages where no paragraph-like element showed a story, so a block
 * that is one (a cell, an item: the first stage read it whole) is not read again.
 */
function textWalk(doc: Document, body: Element, blocks: Blocks): void {
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The node's length first: most text nodes are short, and a length is read without copying the text out.
    if ((node as Text).length < WALK_MIN_TEXT_CHARS || (node as Text).data.trim().length < WALK_MIN_TEXT_CHARS)
      continue;
    const parent = node.parentElement;
    if (!parent || NOT_PROSE_TAGS.has(parent.tagName)) continue;
    const block = blockOf(node);
    if (block && !PARAGRAPH_TAG.has(block.tagName) && blocks.readOnce(block) && blocks.enough()) return;
  }
}

/** The prose blocks the gate found, up to enough to tell teasers from an article; and prose hidden by attributes. */
class Blocks {
  private readonly seen = new Set<Element>();
  readonly prose: Element[] = [];
  hidden = false;

  /** Reads the block; true when it is shown prose. */
  read(element: Element): boolean {
    const block = blockText(element);
    if (block === 'hidden') this.hidden = true;
    if (block !== 'prose') return false;
    this.prose.push(element);
    this.seen.add(element);
    return true;
  }

  /** Reads the block unless it was read this way before, or found prose (a block holds many <br>s and text nodes). */
  readOnce(element: Element): boolean {
    if (this.seen.has(element)) return false;
    this.seen.add(element);
    return this.read(element);
  }

  /** Prose enough to let the page through without looking further: more blocks than a list of teasers shows. */
  enough(): boolean {
    return this.prose.length > MAX_COUNTED_PROSE;
  }
}

/** Whether the page can hold an article, and by which test it passed. */
export function gatePage(doc: Document): GateVerdict {
  const body = doc.body;
  if (!body) return { pass: false, by: 'none' };
  const blocks = new Blocks();
  /** Prose found, and not only in teasers (in fewer items than a list of them has): the page goes on. */
  const passes = (): boolean =>
    blocks.prose.length > 0 && (blocks.prose.length < MIN_TEASERS || teaserItems(blocks.prose, body) < MIN_TEASERS);
  // Indexed loops over the NodeLists, not Array.from and for…of: this runs once per page, cold (interpreted), where
  // the iterator protocol cost about half a millisecond of the gate in Chromium's trace (tests/fixtures/not-articles).
  // On an article, its first paragraphs already show they are no teasers: it is read no further.
  const paragraphs = body.querySelectorAll(PARAGRAPH_SELECTOR);
  for (let i = 0; i < paragraphs.length && !blocks.enough(); i++) {
    if (blocks.read(paragraphs[i] as Element) && blocks.prose.length === MIN_TEASERS) {
      if (teaserItems(blocks.prose, body) === 0) return { pass: true, by: 'paragraph' };
    }
  }
  if (passes()) return { pass: true, by: 'paragraph' };
  // Where the prose so far is teasers only, the story may still be written without <p>s: every test is asked.
  const breaks = body.querySelectorAll(LINE_BREAK_SELECTOR);
  for (let i = 0; i < breaks.length && !blocks.enough(); i++) {
    const parent = (breaks[i] as Element).parentElement;
    if (parent) blocks.readOnce(parent);
  }
  if (passes()) return { pass: true, by: 'line-breaks' };
  // Too little text on the whole page for one prose block: nothing to walk (a map, a video, an app's shell).
  const chars = body.textContent?.length ?? 0;
  if (chars >= GATE_PROSE_CHARS) {
    textWalk(doc, body, blocks);
    if (passes()) return { pass: true, by: 'text-walk' };
  }
  if (blocks.prose.length > 0) return { pass: false, by: 'teasers', chars };
  return { pass: false, by: 'none', hiddenProse: blocks.hidden, chars };
}

/**
 * The gate for a page looked at again and again (the watch of a page it let by, entrypoints/content/watch.ts): it
 * reads the page only when its text has changed since the last look, which the length of the body's text tells
 * (one native read, no walk in script, no element wrapped: the gate read it anyway). A page that turns into an
 * article gains the story's text. Where the last look found prose hidden by attributes, every look reads the
 * page: showing it changes no text.
 */
export function gateLooks(doc: Document): () => boolean {
  /** The text's length at the last look, where it found nothing; null where the next look must read the page. */
  let lastChars: number | null = null;
  return () => {
    if (lastChars !== null && (doc.body?.textContent?.length ?? 0) === lastChars) return false;
    const verdict = gatePage(doc);
    lastChars = verdict.pass || verdict.hiddenProse ? null : (verdict.chars ?? null);
    return verdict.pass;
  };
}

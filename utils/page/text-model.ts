// A block's text as the engine sees it (descendant text nodes, whitespace collapsed) and the exact way back
// from an offset in that text to a (Text node, offset) pair, so that highlights can build DOM Ranges.

import { isElement, isSkipped, isSpace, isText, tagOf, walkTreeNow } from './dom';
import type { TextModel } from './types';

/** One text node's place in the collapsed text; `pending` is the collapsed space carried in from before it. */
interface NodeEntry {
  node: Text;
  start: number;
  end: number;
  pending: { node: Text; offset: number } | null;
}

export interface BuiltTextModel {
  model: TextModel;
  /** How many characters of the text are inside links (for link density). */
  linkChars: number;
}

/** The text of `element`'s descendants. */
export function createTextModel(element: Element): TextModel {
  return buildTextModel([element], true).model;
}

/**
 * The text of a run of sibling nodes (text nodes and inline elements), as one block. With `inside`, the nodes'
 * own descendants are read but the nodes themselves are not tested for being hidden (the caller has done so).
 */
export function buildTextModel(nodes: readonly Node[], inside = false): BuiltTextModel {
  const entries: NodeEntry[] = [];
  const out: string[] = [];
  let length = 0;
  let linkChars = 0;
  let pending: { node: Text; offset: number } | null = null;
  /** A line break (<br>) inside an inline element since the last text: "By Ann Lowe<br>The Courier". */
  let lineBreak = false;

  const addText = (node: Text, inLink: boolean): void => {
    const data = node.data;
    // "…regulation.<span class="br"></span>The brain…": a sentence that ends where another text node starts
    // with a capitalised word was set apart by an element the page's CSS makes a line (we cannot read it), or
    // by nothing a reader could see glued; either way it is two sentences, so a space stands between them,
    // placed at the start of this node. So does a line break.
    if (pending === null && length > 0 && (lineBreak || (sentenceEndsBefore(out) && capitalisedWordAt(data))))
      pending = { node, offset: 0 };
    lineBreak = false;
    const entry: NodeEntry = { node, start: length, end: length, pending };
    let i = 0;
    const n = data.length;
    while (i < n) {
      if (isSpace(data.charCodeAt(i))) {
        if (pending === null && length > 0) pending = { node, offset: i };
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && !isSpace(data.charCodeAt(j))) j++;
      if (pending !== null) {
        out.push(' ');
        length++;
        pending = null;
      }
      out.push(j - i === n ? data : data.slice(i, j));
      length += j - i;
      if (inLink) linkChars += j - i;
      i = j;
    }
    entry.end = length;
    if (entry.end > entry.start) entries.push(entry);
  };

  const isCard = makeInlineCardTest();
  /** Reads an element's descendants; each open element's level is whether it is inside a link. */
  const walkChildren = (parent: Element, inLink: boolean): void =>
    walkTreeNow<boolean>(parent, {
      enter(child, link) {
        if (link === undefined) return inLink;
        if (tagOf(child) === 'BR') lineBreak = true;
        return isSkipped(child) || isCard(child) ? null : link || tagOf(child) === 'A';
      },
      node(child, link) {
        if (isText(child)) addText(child, link);
      },
    });
  const walk = (node: Node, inLink: boolean): void => {
    if (isText(node)) {
      addText(node, inLink);
      return;
    }
    if (!isElement(node) || isSkipped(node) || isCard(node)) return;
    walkChildren(node, inLink || tagOf(node) === 'A');
  };

  for (const node of nodes) {
    if (inside && isElement(node)) walkChildren(node, tagOf(node) === 'A');
    else walk(node, false);
  }

  const text = out.join('');
  return { model: new NodeTextModel(text, entries), linkChars };
}

/** Quote marks and a bracket that may close a sentence after its stop: "it." + ”. */
const SENTENCE_CLOSERS = new Set([0x22, 0x27, 0x29, 0x201d, 0x2019]);
/** A sentence's stop: ".", "!", "?". */
const SENTENCE_STOPS = new Set([0x2e, 0x21, 0x3f]);

/** True for a letter with a capital form that is not one: "e", "é"; not "E", "1" or "." (no pattern to compile). */
function isLowerLetter(char: string): boolean {
  return char !== char.toUpperCase();
}

/** True for a capital letter: "T", "É"; not "t", "1" or ".". */
function isCapitalLetter(char: string): boolean {
  return char !== char.toLowerCase();
}

/**
 * True when the text so far ends a sentence: a lower-case letter, a stop, then maybe a closing quote or bracket
 * ("regulation.", "it?”"), all in its last piece, which holds the last word.
 */
function sentenceEndsBefore(out: readonly string[]): boolean {
  const last = out[out.length - 1];
  if (last === undefined) return false;
  let at = last.length - 1;
  if (SENTENCE_CLOSERS.has(last.charCodeAt(at))) at--;
  return at > 0 && SENTENCE_STOPS.has(last.charCodeAt(at)) && isLowerLetter(last.charAt(at - 1));
}

/** True when `data` opens with a capital and a lower-case letter, no space before them: "The", not "U.S." or "iPhone". */
function capitalisedWordAt(data: string): boolean {
  return data.length > 1 && isCapitalLetter(data.charAt(0)) && isLowerLetter(data.charAt(1));
}

/** A card of links around a picture needs at least this many links. */
const MIN_CARD_LINKS = 2;

/**
 * A hover card inside a sentence: a <span> that holds a picture and several links (a person's photo and their
 * latest stories), shown only on hover by the page's CSS, which we cannot read (benchmark page 6ebac05f637e).
 * The innermost such span is skipped, so that the name it hangs from stays in the sentence.
 */
export function isInlineCard(element: Element): boolean {
  return makeInlineCardTest()(element);
}

/** What the card test needs to know about an element's descendants (the element itself not counted). */
interface CardFacts {
  images: number;
  links: number;
  /** The element is a card: a span with a picture and several links below it. */
  holds: boolean;
  /** Some descendant is a card. */
  holdsBelow: boolean;
}

/**
 * `isInlineCard` for many elements of one tree. The facts of a span's subtree are gathered in one pass and
 * kept for its descendants: asking each of 20,000 nested spans for its pictures and links (querySelector)
 * took quadratic time (tests/pathological, nested spans). Only for a tree that does not change meanwhile.
 */
function makeInlineCardTest(): (element: Element) => boolean {
  const facts = new Map<Element, CardFacts>();
  return (element: Element): boolean => {
    if (tagOf(element) !== 'SPAN' || !element.firstElementChild) return false;
    const known = facts.get(element) ?? gatherCardFacts(element, facts);
    return known.holds && !known.holdsBelow;
  };
}

/** Fills `facts` for `root` and its descendants (post-order: a parent sums its children's facts). */
function gatherCardFacts(root: Element, facts: Map<Element, CardFacts>): CardFacts {
  /** An element and the facts of its descendants so far. */
  interface Level {
    element: Element;
    own: CardFacts;
  }
  walkTreeNow<Level>(root, {
    enter: (element) => ({ element, own: { images: 0, links: 0, holds: false, holdsBelow: false } }),
    exit({ element, own }, parentLevel) {
      const tag = tagOf(element);
      own.holds = tag === 'SPAN' && element.firstElementChild !== null && own.images > 0 && own.links >= MIN_CARD_LINKS;
      facts.set(element, own);
      const parent = parentLevel?.own;
      if (parent) {
        if (tag === 'IMG') parent.images++;
        if (tag === 'A' && element.hasAttribute('href')) parent.links++;
        parent.images += own.images;
        parent.links += own.links;
        parent.holdsBelow ||= own.holds || own.holdsBelow;
      }
    },
  });
  return facts.get(root) as CardFacts;
}

class NodeTextModel implements TextModel {
  constructor(
    readonly text: string,
    private readonly entries: readonly NodeEntry[],
  ) {}

  locate(offset: number, affinity: 'start' | 'end' = 'start'): { node: Text; offset: number } | null {
    const length = this.text.length;
    if (length === 0) return null;
    const at = Math.max(0, Math.min(length, Math.floor(offset)));
    // A start is the position before character `at`; an end the position after character `at - 1`.
    if (affinity === 'start' && at < length) return this.charPosition(at);
    if (at === 0) return this.charPosition(0);
    const before = this.charPosition(at - 1);
    return { node: before.node, offset: before.offset + 1 };
  }

  /** The text node and offset of character `index` of the collapsed text. */
  private charPosition(index: number): { node: Text; offset: number } {
    const entries = this.entries;
    let lo = 0;
    let hi = entries.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const entry = entries[mid];
      if (entry && entry.start <= index) lo = mid;
      else hi = mid - 1;
    }
    const entry = entries[lo];
    if (!entry) throw new Error('text model has no text nodes');
    // Replay the collapsing of this one node up to `index`.
    const data = entry.node.data;
    let pos = entry.start;
    let pending = entry.pending;
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        if (pending === null && pos > 0) pending = { node: entry.node, offset: i };
        continue;
      }
      if (pending !== null) {
        if (pos === index) return pending;
        pos++;
        pending = null;
      }
      if (pos === index) return { node: entry.node, offset: i };
      pos++;
    }
    // Unreachable for an index inside the entry; fall back to the node's end.
    return { node: entry.node, offset: data.length };
  }
}

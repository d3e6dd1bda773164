// A block's text as the engine sees it (descendant text nodes, whitespace collapsed) and the exact way back
// from an offset in that text to a (Text node, offset) pair, so that highlights can build DOM Ranges.

import { isElement, isSkipped, isSpace, isText, tagOf } from './dom';
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

  const addText = (node: Text, inLink: boolean): void => {
    const data = node.data;
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

  const walk = (node: Node, inLink: boolean): void => {
    if (isText(node)) {
      addText(node, inLink);
      return;
    }
    if (!isElement(node) || isSkipped(node) || isInlineCard(node)) return;
    const link = inLink || tagOf(node) === 'A';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, link);
  };

  for (const node of nodes) {
    if (inside && isElement(node)) {
      const link = tagOf(node) === 'A';
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child, link);
    } else walk(node, false);
  }

  const text = out.join('');
  return { model: new NodeTextModel(text, entries), linkChars };
}

/** A card of links around a picture needs at least this many links. */
const MIN_CARD_LINKS = 2;

/**
 * A hover card inside a sentence: a <span> that holds a picture and several links (a person's photo and their
 * latest stories), shown only on hover by the page's CSS, which we cannot read (benchmark page 6ebac05f637e).
 * The innermost such span is skipped, so that the name it hangs from stays in the sentence.
 */
export function isInlineCard(element: Element): boolean {
  if (!holdsCard(element)) return false;
  const inner = (parent: Element): boolean => {
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (holdsCard(child) || inner(child)) return true;
    }
    return false;
  };
  return !inner(element);
}

function holdsCard(element: Element): boolean {
  if (tagOf(element) !== 'SPAN' || !element.firstElementChild) return false;
  return element.querySelector('img') !== null && element.querySelectorAll('a[href]').length >= MIN_CARD_LINKS;
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

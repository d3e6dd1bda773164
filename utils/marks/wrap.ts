// The fallback when the CSS Custom Highlight API is missing: wrap the highlighted text in <sl-mark> elements.
// All ranges of all layers are cut in one pass (each text node split once at every boundary), so overlapping
// layers nest instead of breaking each other's ranges; the Undo unwraps and merges exactly the nodes it split.
import type { Undo } from './undo';

export const MARK_TAG = 'sl-mark';
export const MARK_ATTR = 'data-sl-hl';

export interface WrapLayer {
  name: string;
  /** Higher priority nests inside lower (and so paints on top). */
  priority: number;
  ranges: readonly Range[];
}

interface Piece {
  start: number;
  end: number;
  layer: WrapLayer;
  range: Range;
}

interface Segment {
  node: Text;
  from: number;
  to: number;
}

/** Elements whose text is never prose (wrapping inside them would change what they do). */
const UNWRAPPABLE_PARENTS = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'TITLE', 'OPTION', 'NOSCRIPT', 'TEMPLATE']);

/**
 * Wraps every range of every layer. After the call each Range is moved onto the wrapped text (it stays usable
 * for hit-testing and scrolling); the Undo removes every <sl-mark> and re-joins every text node it split.
 */
export function wrapLayers(doc: Document, layers: readonly WrapLayer[]): Undo {
  const byNode = new Map<Text, Piece[]>();
  for (const layer of layers) {
    for (const range of layer.ranges) {
      for (const { node, start, end } of textPieces(doc, range)) {
        const list = byNode.get(node) ?? [];
        list.push({ start, end, layer, range });
        byNode.set(node, list);
      }
    }
  }

  const splits: Array<{ left: Text; right: Text }> = [];
  const marks: Element[] = [];
  const bounds = new Map<Range, { first: Segment; last: Segment }>();

  for (const [node, pieces] of byNode) {
    const length = node.length;
    const cuts = new Set<number>();
    for (const piece of pieces) {
      if (piece.start > 0) cuts.add(piece.start);
      if (piece.end < length) cuts.add(piece.end);
    }
    // Split from the end so that the offsets still to cut stay valid in `node`.
    const descending = [...cuts].sort((a, b) => b - a);
    const segments: Segment[] = [];
    let to = length;
    for (const cut of descending) {
      const right = node.splitText(cut);
      splits.push({ left: node, right });
      segments.unshift({ node: right, from: cut, to });
      to = cut;
    }
    segments.unshift({ node, from: 0, to });

    for (const segment of segments) {
      const covering = pieces.filter((p) => p.start <= segment.from && p.end >= segment.to);
      if (covering.length === 0) continue;
      for (const piece of covering) {
        const seen = bounds.get(piece.range);
        if (!seen) bounds.set(piece.range, { first: segment, last: segment });
        else seen.last = segment;
      }
      const names = [...new Set(covering.map((p) => p.layer))].sort((a, b) => b.priority - a.priority);
      let inner: Node = segment.node;
      for (const layer of names) {
        const mark = doc.createElement(MARK_TAG);
        mark.setAttribute(MARK_ATTR, layer.name);
        inner.parentNode?.insertBefore(mark, inner);
        mark.appendChild(inner);
        marks.push(mark);
        inner = mark;
      }
    }
  }

  for (const [range, { first, last }] of bounds) {
    range.setStart(first.node, 0);
    range.setEnd(last.node, last.node.length);
  }

  return () => {
    for (let i = marks.length - 1; i >= 0; i--) {
      const mark = marks[i];
      const parent = mark?.parentNode;
      if (!mark || !parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    for (let i = splits.length - 1; i >= 0; i--) {
      const split = splits[i];
      if (!split || split.left.nextSibling !== split.right) continue;
      split.left.appendData(split.right.data);
      split.right.remove();
    }
  };
}

/** The non-blank stretches of text nodes that `range` covers, read before anything is changed. */
function textPieces(doc: Document, range: Range): Array<{ node: Text; start: number; end: number }> {
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const root = range.commonAncestorContainer;
  const consider = (node: Text): void => {
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : node.length;
    if (end <= start) return;
    if (!/\S/.test(node.data.slice(start, end))) return;
    const parent = node.parentElement;
    if (!parent || UNWRAPPABLE_PARENTS.has(parent.tagName.toUpperCase())) return;
    pieces.push({ node, start, end });
  };
  if (root.nodeType === 3) {
    consider(root as Text);
    return pieces;
  }
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (range.intersectsNode(node)) consider(node as Text);
  }
  return pieces;
}

// From the engine's spans (block index + offsets into the block's collapsed text) to live DOM Ranges.
import type { Span } from '../analysis/types';
import type { DomBlock } from '../page/types';

/** The Range covering `span`, or null when the block is gone or the span is empty or cannot be placed. */
export function spanToRange(doc: Document, blocks: readonly DomBlock[], span: Span): Range | null {
  const block = blocks[span.block];
  if (!block || span.end <= span.start) return null;
  const start = block.model.locate(span.start, 'start');
  const end = block.model.locate(span.end, 'end');
  if (!start || !end) return null;
  if (!start.node.isConnected || !end.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
  } catch {
    return null;
  }
  return range.collapsed ? null : range;
}

/** Whether (x, y) falls inside one of the boxes the range's text occupies. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

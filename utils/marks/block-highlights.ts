// Highlights painted block by block as the analysis reads an article (CSS Custom Highlight API only), kept to
// the blocks near the viewport on long articles. Chromium re-validates every range of every highlight on each
// frame in which a highlight changed (measured: ~90 ms of PrePaint for the 10,000 ranges of a 100,000-word
// article), so a long article keeps only the blocks within WINDOW_SCREENS screens of the viewport painted, and
// follows the reader's scrolling. An article of up to WINDOW_WORDS words is painted whole.
import type { Span } from '../analysis/types';
import type { DomBlock } from '../page/types';
import type { GrowingHighlights } from './highlight';
import { spanToRange } from './ranges';

/** Up to this many words, every block is painted (a news article has a few hundred to a few thousand; the
 * 100,000-word test article has ~10,000 marks). */
export const WINDOW_WORDS = 20_000;
/** Blocks this many viewport heights above and below the viewport stay painted. */
const WINDOW_SCREENS = 2;
/** While the article is read, where the window is is measured again at most this often: each measurement after
 * a highlight changed makes the browser lay the page out (tens of ms on a long page in Firefox). */
const WINDOW_MAX_AGE_MS = 200;

export interface BlockMark {
  span: Span;
  layer: string;
  priority: number;
  /** The claim's id (claims only): the same from the block's first report to the final analysis. */
  claimId?: string;
}

interface Painted {
  mark: BlockMark;
  range: Range;
}

export class BlockHighlights {
  private readonly marks = new Map<number, BlockMark[]>();
  private readonly painted = new Map<number, Painted[]>();
  private count = 0;
  private claimCount = 0;
  private paintedCount = 0;
  /** Only the blocks near the viewport are painted (a long article), or all of them. */
  private readonly windowed: boolean;
  /** The blocks [from, to) near the viewport, and when that was measured. */
  private window: { from: number; to: number; at: number } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly blocks: readonly DomBlock[],
    private readonly highlights: GrowingHighlights,
    words: number,
  ) {
    this.windowed = words > WINDOW_WORDS;
  }

  /** One more block's marks; painted at once if the block is near the viewport (or the article is short). */
  add(block: number, marks: readonly BlockMark[]): void {
    if (marks.length === 0) return;
    this.marks.set(block, [...(this.marks.get(block) ?? []), ...marks]);
    this.count += marks.length;
    for (const mark of marks) if (mark.claimId !== undefined) this.claimCount++;
    if (!this.windowed || this.near(block)) this.paint(block, marks);
  }

  /** The reader scrolled (or the layout changed): paint the blocks that came near, drop those that left. */
  follow(): void {
    if (!this.windowed) return;
    this.window = { ...this.measure(), at: performance.now() };
    const keep = new Set([...this.marks.keys()].filter((block) => this.near(block)));
    for (const block of [...this.painted.keys()]) if (!keep.has(block)) this.unpaint(block);
    for (const block of keep) if (!this.painted.has(block)) this.paint(block, this.marks.get(block) ?? []);
  }

  /** Moves claims to the layer of their final category (`layerOf` by claim id; null keeps the mark as it is). */
  relayer(layerOf: (claimId: string) => string | null): void {
    for (const [block, marks] of this.marks) {
      const painted = new Map((this.painted.get(block) ?? []).map((p) => [p.mark, p.range]));
      for (const mark of marks) {
        if (mark.claimId === undefined) continue;
        const layer = layerOf(mark.claimId);
        if (layer === null || layer === mark.layer) continue;
        const range = painted.get(mark);
        if (range) this.highlights.move(range, mark.layer, { name: layer, priority: mark.priority });
        mark.layer = layer;
      }
    }
  }

  /** The painted claims' ranges, by claim id (for hit-testing the pointer). */
  claimRanges(): Map<string, Range> {
    const out = new Map<string, Range>();
    for (const list of this.painted.values()) {
      for (const p of list) if (p.mark.claimId) out.set(p.mark.claimId, p.range);
    }
    return out;
  }

  /** How many claims were added (painted or waiting for the reader to scroll near). */
  get claims(): number {
    return this.claimCount;
  }

  /** How many marks there are, and how many of them are painted now. */
  get size(): { marks: number; painted: number } {
    return { marks: this.count, painted: this.paintedCount };
  }

  undo(): void {
    this.highlights.undo();
    this.painted.clear();
    this.paintedCount = 0;
  }

  private paint(block: number, marks: readonly BlockMark[]): void {
    const layers = new Map<string, { priority: number; ranges: Range[] }>();
    const done = this.painted.get(block) ?? [];
    for (const mark of marks) {
      const range = spanToRange(this.doc, this.blocks, mark.span);
      if (!range) continue;
      done.push({ mark, range });
      this.paintedCount++;
      const layer = layers.get(mark.layer) ?? { priority: mark.priority, ranges: [] };
      layer.ranges.push(range);
      layers.set(mark.layer, layer);
    }
    this.painted.set(block, done);
    this.highlights.add([...layers].map(([name, layer]) => ({ name, ...layer })));
  }

  private unpaint(block: number): void {
    const painted = this.painted.get(block) ?? [];
    for (const p of painted) this.highlights.remove(p.range, p.mark.layer);
    this.paintedCount -= painted.length;
    this.painted.delete(block);
  }

  /** Whether the block is within WINDOW_SCREENS screens of the viewport (always, where there is no layout), as
   * measured at most WINDOW_MAX_AGE_MS ago. */
  private near(block: number): boolean {
    const now = performance.now();
    if (!this.window || now - this.window.at > WINDOW_MAX_AGE_MS) this.window = { ...this.measure(), at: now };
    return block >= this.window.from && block < this.window.to;
  }

  /** The blocks [from, to) near the viewport, found by bisection (the blocks are in page order). */
  private measure(): { from: number; to: number } {
    const view = this.doc.defaultView;
    if (!view || view.innerHeight === 0) return { from: 0, to: this.blocks.length };
    const margin = view.innerHeight * WINDOW_SCREENS;
    const rect = (i: number): DOMRect | undefined => this.blocks[i]?.element.getBoundingClientRect();
    let from = 0;
    let high = this.blocks.length;
    while (from < high) {
      const middle = (from + high) >> 1;
      if ((rect(middle)?.bottom ?? 0) < -margin) from = middle + 1;
      else high = middle;
    }
    let to = from;
    high = this.blocks.length;
    while (to < high) {
      const middle = (to + high) >> 1;
      if ((rect(middle)?.top ?? 0) <= view.innerHeight + margin) to = middle + 1;
      else high = middle;
    }
    return { from, to };
  }
}

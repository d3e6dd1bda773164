// Long articles are painted near the viewport only (utils/marks/block-highlights.ts): short ones whole, long
// ones within two screens of the viewport, following the reader; the final categories move what is painted and
// what will be.
import { describe, expect, it } from 'vitest';
import { BlockHighlights, type BlockMark, WINDOW_WORDS } from '../../utils/marks/block-highlights';
import type { GrowingHighlights, HighlightLayer } from '../../utils/marks/highlight';
import { createTextModel } from '../../utils/page/text-model';
import type { DomBlock } from '../../utils/page/types';

/** A registry stand-in: which ranges each layer holds. */
function fakeHighlights(): GrowingHighlights & { layers: Map<string, Set<Range>> } {
  const layers = new Map<string, Set<Range>>();
  const add = (list: readonly HighlightLayer[]): void => {
    for (const layer of list) {
      const set = layers.get(layer.name) ?? new Set<Range>();
      for (const range of layer.ranges) set.add(range);
      layers.set(layer.name, set);
    }
  };
  return {
    layers,
    add,
    move(range, from, to) {
      layers.get(from)?.delete(range);
      add([{ ...to, ranges: [range] }]);
    },
    remove(range, layer) {
      layers.get(layer)?.delete(range);
    },
    undo() {
      layers.clear();
    },
  };
}

const BLOCK_HEIGHT = 100;

/** `count` paragraphs, each BLOCK_HEIGHT px tall in a fake layout scrolled to `scroll.y`. */
function article(count: number, scroll: { y: number }): DomBlock[] {
  document.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Officials said ${i} things.</p>`).join('');
  return Array.from(document.querySelectorAll('p')).map((element, i) => {
    element.getBoundingClientRect = () => {
      const top = i * BLOCK_HEIGHT - scroll.y;
      return { top, bottom: top + BLOCK_HEIGHT, height: BLOCK_HEIGHT } as DOMRect;
    };
    const model = createTextModel(element);
    return { text: model.text, kind: 'paragraph', element, model };
  });
}

const mark = (block: number, layer = 'sl-claim-other'): BlockMark => ({
  span: { block, start: 0, end: 9 },
  layer,
  priority: 1,
  claimId: `${block}`,
});

const painted = (h: { layers: Map<string, Set<Range>> }): number =>
  [...h.layers.values()].reduce((sum, set) => sum + set.size, 0);

describe('BlockHighlights', () => {
  it('paints a short article whole', () => {
    const scroll = { y: 0 };
    const blocks = article(100, scroll);
    const highlights = fakeHighlights();
    const painter = new BlockHighlights(document, blocks, highlights, WINDOW_WORDS);
    for (let i = 0; i < blocks.length; i++) painter.add(i, [mark(i)]);
    expect(painted(highlights)).toBe(100);
    expect(painter.size).toEqual({ marks: 100, painted: 100 });
  });

  it('paints a long article within two screens of the viewport and follows the scrolling', () => {
    const scroll = { y: 0 };
    const blocks = article(200, scroll);
    const highlights = fakeHighlights();
    const painter = new BlockHighlights(document, blocks, highlights, WINDOW_WORDS + 1);
    for (let i = 0; i < blocks.length; i++) painter.add(i, [mark(i)]);
    const screen = window.innerHeight;
    const window0 = Math.ceil((screen * 3) / BLOCK_HEIGHT);
    expect(painted(highlights)).toBeGreaterThanOrEqual(window0 - 1);
    expect(painted(highlights)).toBeLessThanOrEqual(window0 + 1);
    expect(painter.claimRanges().has('0')).toBe(true);
    expect(painter.claimRanges().has('199')).toBe(false);

    scroll.y = 150 * BLOCK_HEIGHT;
    painter.follow();
    expect(painter.claimRanges().has('0')).toBe(false);
    expect(painter.claimRanges().has('150')).toBe(true);
    expect(painter.claimRanges().has('170')).toBe(true);
    expect(painter.claimRanges().has('199')).toBe(false);
    expect(painted(highlights)).toBe(painter.size.painted);
  });

  it('moves claims to their final layer, painted or not yet', () => {
    const scroll = { y: 0 };
    const blocks = article(200, scroll);
    const highlights = fakeHighlights();
    const painter = new BlockHighlights(document, blocks, highlights, WINDOW_WORDS + 1);
    for (let i = 0; i < blocks.length; i++) painter.add(i, [mark(i)]);
    painter.relayer((key) => (Number(key) % 2 === 0 ? 'sl-claim-government' : null));
    const evenPainted = (): number => [...painter.claimRanges().keys()].filter((key) => Number(key) % 2 === 0).length;
    expect(evenPainted()).toBeGreaterThan(0);
    expect(highlights.layers.get('sl-claim-government')?.size).toBe(evenPainted());
    // Blocks painted later come in their final layer.
    scroll.y = 150 * BLOCK_HEIGHT;
    painter.follow();
    expect(highlights.layers.get('sl-claim-government')?.size).toBe(evenPainted());
    expect(highlights.layers.get('sl-claim-other')?.size).toBe(painter.size.painted - evenPainted());
    painter.undo();
    expect(painted(highlights)).toBe(0);
  });
});

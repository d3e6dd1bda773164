// The wrap fallback (no CSS Custom Highlight API): marks must nest for overlapping layers and the undo must
// give back the page's markup byte for byte, text nodes included.
import { beforeEach, describe, expect, it } from 'vitest';
import { paintHighlights, supportsCustomHighlights } from '../../utils/marks/highlight';
import { spanToRange } from '../../utils/marks/ranges';
import { MARK_TAG, wrapLayers } from '../../utils/marks/wrap';
import type { DomBlock } from '../../utils/page/types';
import { loadArticle, markup, spanOf } from './fixtures';

function range(blocks: DomBlock[], index: number, needle: string): Range {
  const r = spanToRange(document, blocks, spanOf(blocks, index, needle));
  if (!r) throw new Error(`no range for ${needle}`);
  return r;
}

function textNodeCount(): number {
  const walker = document.createTreeWalker(document.body, 4);
  let n = 0;
  while (walker.nextNode()) n++;
  return n;
}

describe('wrapLayers', () => {
  let blocks: DomBlock[];
  beforeEach(() => {
    blocks = loadArticle().blocks;
  });

  it('jsdom has no custom highlights, so paintHighlights falls back to wrapping', () => {
    expect(supportsCustomHighlights(document)).toBe(false);
    const before = markup();
    const undo = paintHighlights(
      document,
      [{ name: 'sl-number', priority: 2, ranges: [range(blocks, 1, '38')] }],
      'css',
    );
    expect(document.querySelectorAll(MARK_TAG)).toHaveLength(1);
    undo();
    expect(markup()).toBe(before);
  });

  it('wraps claims and the numbers inside them as nested marks, and undo restores the markup exactly', () => {
    const before = markup();
    const nodesBefore = textNodeCount();
    const claims = [
      range(blocks, 0, 'five Vellmark ports officials told the Courier'),
      range(blocks, 1, 'the data shows'),
    ];
    const numbers = [range(blocks, 1, '38 sailings'), range(blocks, 2, 'some 4,000 trawlers')];
    const dates = [range(blocks, 2, 'October 21')];
    const undo = wrapLayers(document, [
      { name: 'sl-claim-government', priority: 1, ranges: claims },
      { name: 'sl-number', priority: 3, ranges: numbers },
      { name: 'sl-date', priority: 2, ranges: dates },
    ]);
    const marks = Array.from(document.querySelectorAll(MARK_TAG));
    expect(marks.map((m) => m.getAttribute('data-sl-hl'))).toContain('sl-number');
    const nested = document.querySelector('sl-mark[data-sl-hl="sl-date"]');
    expect(nested?.textContent).toBe('October 21');
    // The ranges follow the wrapped text, so hit-testing and scrolling still work.
    expect(claims[0]?.toString().replace(/\s+/g, ' ')).toBe('five Vellmark ports officials told the Courier');
    expect(numbers[1]?.toString()).toBe('some 4,000 trawlers');
    expect(markup()).not.toBe(before);
    undo();
    expect(markup()).toBe(before);
    expect(textNodeCount()).toBe(nodesBefore);
  });

  it('nests a number inside a claim that covers it', () => {
    const claim = range(blocks, 1, 'Zentro logged complaints about 38 sailings in Tarnby and Harlow');
    const number = range(blocks, 1, '38 sailings');
    const undo = wrapLayers(document, [
      { name: 'sl-claim-expert', priority: 1, ranges: [claim] },
      { name: 'sl-number', priority: 3, ranges: [number] },
    ]);
    const inner = document.querySelector('sl-mark[data-sl-hl="sl-number"]');
    expect(inner?.parentElement?.getAttribute('data-sl-hl')).toBe('sl-claim-expert');
    expect(inner?.textContent).toBe('38 sailings');
    undo();
    expect(document.querySelector(MARK_TAG)).toBeNull();
  });

  it('repaints after undo from fresh ranges, any number of times, and still restores exactly', () => {
    const before = markup();
    for (let i = 0; i < 3; i++) {
      const undo = wrapLayers(document, [
        { name: 'sl-focus', priority: 4, ranges: [range(blocks, 0, 'five Vellmark ports officials')] },
        { name: 'sl-number', priority: 3, ranges: [range(blocks, 2, '4,000')] },
      ]);
      undo();
    }
    expect(markup()).toBe(before);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { spanToRange } from '../../utils/marks/ranges';
import type { DomBlock } from '../../utils/page/types';
import { loadArticle, spanOf } from './fixtures';

describe('spanToRange', () => {
  let blocks: DomBlock[];
  beforeEach(() => {
    blocks = loadArticle().blocks;
  });

  it.each([
    [0, 'five Vellmark ports officials told the Courier'],
    [0, 'Harlow ferries have begun'],
    [1, 'the data shows'],
    [1, '38 sailings'],
    [2, 'some 4,000 trawlers'],
    [2, 'said on October 21 that the harbour'],
  ])('block %i: the range reads "%s" (whitespace collapsed)', (index, needle) => {
    const range = spanToRange(document, blocks, spanOf(blocks, index, needle));
    expect(range).not.toBeNull();
    expect(range?.toString().replace(/\s+/g, ' ')).toBe(needle);
  });

  it('crosses element boundaries: a span that starts in <b> and ends after it', () => {
    const range = spanToRange(document, blocks, spanOf(blocks, 0, 'officials told'));
    expect(range?.startContainer.parentElement?.tagName).toBe('B');
    expect(range?.endContainer.parentElement?.id).toBe('p1');
  });

  it.each([
    ['a missing block', { block: 9, start: 0, end: 4 }],
    ['an empty span', { block: 0, start: 5, end: 5 }],
    ['a reversed span', { block: 0, start: 8, end: 2 }],
  ])('gives null for %s', (_label, span) => {
    expect(spanToRange(document, blocks, span)).toBeNull();
  });
});

// The numbers of an article's blocks, block by block, as the pipeline (./pipeline.ts) collects them. Its own file
// so that the first blocks' numbers can be found by the content script's engine module (utils/page/read-page.ts)
// before the claim rules, which it does not hold, are there (issue 15: the first highlights).
import { findNumbers } from './numbers';
import type { BlockResult } from './pipeline';
import type { Steps } from './steps';
import type { NumberMention, TextAnalysis, TextBlock } from './types';

/** The numbers of this many first blocks (about a first screen of paragraphs) are found and reported before the
 * passes over the whole text: the reader's first highlights wait for neither those passes nor the first run of
 * the claim rules (tens of milliseconds on a page's first analysis). Bounded so that a very long article's claims
 * do not wait for a pass over all of its numbers. */
export const NUMBERS_AHEAD_BLOCKS = 12;

/** The numbers found so far, of the blocks 0 … `starts.length - 1`, in order. */
export interface BlockNumbers {
  readonly numbers: NumberMention[];
  /** Where each block's numbers start in `numbers`. */
  readonly starts: number[];
}

export interface BlockNumbersOptions {
  /** Called with each block's numbers as they are found. */
  onNumbers?: (block: number, numbers: readonly NumberMention[]) => void;
  /** False: the article is not in English (the claim rules' language), whose capitalisation also marks the names
   * next to numbers. */
  claims?: boolean;
}

/** Finds the numbers of the next block (`found.starts.length`) and reports them. */
export function findNextBlockNumbers(
  blocks: readonly TextBlock[],
  found: BlockNumbers,
  options: BlockNumbersOptions,
): void {
  const b = found.starts.length;
  const start = found.numbers.length;
  found.starts.push(start);
  const text = (blocks[b] as TextBlock).text;
  for (const n of findNumbers(text, { englishCase: options.claims !== false })) {
    found.numbers.push({ text: n.text, value: n.value, kind: n.kind, span: { block: b, start: n.start, end: n.end } });
  }
  options.onNumbers?.(b, found.numbers.slice(start));
}

/** The numbers of block `b`, found already. */
export function numbersOfBlock(found: BlockNumbers, b: number): NumberMention[] {
  return found.numbers.slice(found.starts[b] ?? found.numbers.length, found.starts[b + 1] ?? found.numbers.length);
}

/** The numbers of the first NUMBERS_AHEAD_BLOCKS blocks, each reported as it is found. */
export function* numbersAheadSteps(blocks: readonly TextBlock[], options: BlockNumbersOptions): Steps<BlockNumbers> {
  const found: BlockNumbers = { numbers: [], starts: [] };
  const ahead = Math.min(blocks.length, NUMBERS_AHEAD_BLOCKS);
  while (found.starts.length < ahead) {
    findNextBlockNumbers(blocks, found, options);
    yield;
  }
  return found;
}

/**
 * The text engine where the claim rules do not apply (an article in a language they are not written for): the
 * numbers of the blocks after `found`'s, and every block reported with its numbers and no claims. The pipeline's
 * own answer then (./pipeline.ts), and the content script's without loading the claim rules
 * (utils/page/read-page.ts).
 */
export function* numbersOnlySteps(
  blocks: readonly TextBlock[],
  found: BlockNumbers,
  options: BlockNumbersOptions & { onBlock?: (result: BlockResult) => void },
): Steps<TextAnalysis> {
  for (let b = 0; b < blocks.length; b++) {
    if (b >= found.starts.length) findNextBlockNumbers(blocks, found, options);
    options.onBlock?.({ block: b, claims: [], numbers: numbersOfBlock(found, b) });
    yield;
  }
  return { claims: [], sources: [], numbers: found.numbers, nonResponses: [] };
}

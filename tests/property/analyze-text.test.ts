// Properties of the pure engine and its parts on generated text: the pipeline (analyzeText), the number finder
// and the sentence and quote splitter never throw and return offsets that point at what they claim.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../utils/analysis/numbers';
import { analyzeText } from '../../utils/analysis/pipeline';
import { findQuotes, maskQuotes, splitSentences } from '../../utils/analysis/segment';
import type { BlockKind, TextBlock } from '../../utils/analysis/types';
import { noise, paragraph } from './arbitraries';
import { validateTextAnalysis, withoutTimings } from './validate';

const RUNS = 200;
const TIMEOUT_MS = 60_000;
/** Quotation marks of two characters, as typewritten text writes them. */
const DOUBLED_MARKS: ReadonlySet<string> = new Set(['``', "''"]);
const KINDS: readonly BlockKind[] = ['paragraph', 'heading', 'quote', 'list-item', 'caption'];

/** Block text as the page layer hands it over: whitespace collapsed and trimmed (see TextBlock). */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const text = fc.oneof(paragraph, noise);
const blocks: fc.Arbitrary<TextBlock[]> = fc.array(
  fc.record({ text: text.map(collapse), kind: fc.constantFrom(...KINDS) }),
  { maxLength: 8 },
);

describe('analyzeText', () => {
  it(
    'returns valid claims, sources, numbers and non-responses whose spans point at their text',
    () => {
      fc.assert(
        fc.property(blocks, (input) => {
          const result = analyzeText(input);
          expect(validateTextAnalysis(result, { blocks: input }), JSON.stringify(input)).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'is deterministic and does not change its input',
    () => {
      fc.assert(
        fc.property(blocks, (input) => {
          const copy = structuredClone(input);
          const first = withoutTimings(analyzeText(input));
          expect(input).toEqual(copy);
          expect(withoutTimings(analyzeText(copy))).toEqual(first);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'finds the same in a block whatever blocks come before it',
    () => {
      fc.assert(
        fc.property(blocks, blocks, (before, input) => {
          const alone = analyzeText(input);
          const after = analyzeText([...before, ...input]);
          const shift = before.length;
          const numbersAlone = alone.numbers.map((n) => ({ ...n, span: { ...n.span, block: n.span.block + shift } }));
          expect(after.numbers.slice(after.numbers.length - numbersAlone.length)).toEqual(numbersAlone);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('findNumbers', () => {
  it(
    'returns mentions in text order, without overlaps, whose text is the slice at their offsets',
    () => {
      fc.assert(
        fc.property(text, (input) => {
          let previousEnd = 0;
          for (const n of findNumbers(input)) {
            expect(n.start).toBeGreaterThanOrEqual(previousEnd);
            expect(n.end).toBeGreaterThan(n.start);
            expect(n.end).toBeLessThanOrEqual(input.length);
            expect(input.slice(n.start, n.end)).toBe(n.text);
            expect(n.value === null || Number.isFinite(n.value)).toBe(true);
            previousEnd = n.end;
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'is deterministic (its regexes keep no state between calls)',
    () => {
      fc.assert(
        fc.property(text, text, (a, b) => {
          const first = findNumbers(a);
          findNumbers(b);
          expect(findNumbers(a)).toEqual(first);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('splitSentences and findQuotes', () => {
  it(
    'splits a block into trimmed, ordered, non-overlapping sentences that cover all its words',
    () => {
      fc.assert(
        fc.property(text, (input) => {
          const sentences = splitSentences(input);
          let previousEnd = 0;
          for (const s of sentences) {
            expect(s.start).toBeGreaterThanOrEqual(previousEnd);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(input.length);
            const slice = input.slice(s.start, s.end);
            expect(slice).toBe(slice.trim());
            // Nothing but whitespace between two sentences.
            expect(input.slice(previousEnd, s.start).trim()).toBe('');
            previousEnd = s.end;
          }
          expect(input.slice(previousEnd).trim()).toBe('');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'finds ordered quotes whose marks are inside the text, and masking keeps offsets',
    () => {
      fc.assert(
        fc.property(text, (input) => {
          const quotes = findQuotes(input);
          let previousEnd = 0;
          for (const q of quotes) {
            expect(q.start).toBeGreaterThanOrEqual(previousEnd);
            // A mark is one character, or two as typewritten quotations write them ("``", "''").
            const opening = input.slice(q.start, q.innerStart);
            expect(opening.length === 1 || DOUBLED_MARKS.has(opening)).toBe(true);
            expect(q.innerEnd).toBeGreaterThanOrEqual(q.innerStart);
            expect(q.end).toBeLessThanOrEqual(input.length);
            if (q.closed) {
              const closing = input.slice(q.innerEnd, q.end);
              expect(closing.length === 1 || DOUBLED_MARKS.has(closing)).toBe(true);
            } else expect(q.end).toBe(input.length);
            previousEnd = q.end;
          }
          expect(maskQuotes(input, quotes)).toHaveLength(input.length);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

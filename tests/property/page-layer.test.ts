// Properties of the page layer on generated pages: article extraction never throws or changes the page, and
// every block's text model maps each character back to the very character in a DOM text node (what highlights
// rely on to build their Ranges).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/page/extract';
import { buildPage, page, pageHtml } from './arbitraries';

const RUNS = 100;
const TIMEOUT_MS = 120_000;
const CHECKS_PER_BLOCK = 64;

describe('extractArticle on generated pages', () => {
  it(
    'never throws or changes the page, and its blocks map back to the DOM character for character',
    () => {
      fc.assert(
        fc.property(page, (spec) => {
          const doc = document.implementation.createHTMLDocument('');
          buildPage(doc, spec);
          const before = doc.documentElement.outerHTML;
          const { article, isArticle } = extractArticle(doc);
          expect(doc.documentElement.outerHTML).toBe(before);
          if (isArticle) expect(article).not.toBeNull();
          for (const block of article?.blocks ?? []) {
            const text = block.text;
            expect(block.model.text).toBe(text);
            expect(text).toBe(text.replace(/\s+/g, ' ').trim());
            expect(block.element.contains(article?.root ?? null) || article?.root.contains(block.element)).toBe(true);
            // Every character of short blocks, about CHECKS_PER_BLOCK spread over long ones (locate is linear).
            const step = Math.max(1, Math.floor(text.length / CHECKS_PER_BLOCK));
            for (let i = 0; i < text.length; i += step) {
              if (text[i] === ' ') continue;
              const at = block.model.locate(i, 'start');
              expect(
                at,
                `block ${JSON.stringify(text.slice(0, 60))} offset ${i}; page ${pageHtml(spec).slice(0, 1500)}`,
              ).not.toBeNull();
              expect(at?.node.data[at.offset]).toBe(text[i]);
              expect(block.element.contains(at?.node ?? null)).toBe(true);
            }
            const end = block.model.locate(text.length, 'end');
            expect(end?.node.data[(end?.offset ?? 0) - 1]).toBe(text.at(-1));
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});

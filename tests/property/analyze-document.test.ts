// Properties of the whole engine on generated pages (jsdom and linkedom): it never throws, never changes the
// page, returns an Analysis of the right shape whose spans point at their text, runs no page script, and gives
// the same answer twice.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { complete } from '../../utils/analysis/steps';
import type { TextBlock } from '../../utils/analysis/types';
import { analyzeDocument, analyzePage, wordCountSteps } from '../../utils/page/analyze-page';
import { buildPage, type PageSpec, page, pageHtml } from './arbitraries';
import { validateAnalysis, withoutTimings } from './validate';

const URL = 'https://news.example/2025/01/story.html';
/** Enough runs to meet each generator branch many times; each run builds a page of a few kB (~10 ms). */
const RUNS = 100;
/** Vitest's 5 s default is too tight for 100 jsdom pages on a loaded 2-core machine. */
const TIMEOUT_MS = 120_000;

/** A document with no browsing context: its scripts and event handlers can never run. */
function freshDocument(spec: PageSpec): Document {
  const doc = document.implementation.createHTMLDocument('');
  buildPage(doc, spec);
  return doc;
}

function blocksOf(doc: Document): TextBlock[] | null {
  const { article } = analyzePage(doc, { url: URL });
  return article === null ? null : article.blocks.map(({ text, kind }) => ({ text, kind }));
}

function pwned(): boolean {
  return (globalThis as { __pwned?: unknown }).__pwned !== undefined;
}

describe('analyzeDocument on generated pages (jsdom)', () => {
  it(
    'returns a valid analysis whose claims and numbers point at their text in the blocks',
    () => {
      fc.assert(
        fc.property(page, (spec) => {
          const doc = freshDocument(spec);
          const result = analyzePage(doc, { url: URL });
          const blocks = result.article === null ? null : result.article.blocks;
          const problems = validateAnalysis(result.analysis, { blocks });
          expect(problems, `page: ${pageHtml(spec).slice(0, 2000)}`).toEqual([]);
          expect(result.analysis.url).toBe(URL);
          if (result.analysis.isArticle) expect(result.article).not.toBeNull();
          // The DOM blocks' text is what the engine saw: the text model of their element.
          for (const block of blocks ?? []) expect(block.model.text).toBe(block.text);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never changes the page it reads',
    () => {
      fc.assert(
        fc.property(page, (spec) => {
          const doc = freshDocument(spec);
          const before = doc.documentElement.outerHTML;
          analyzeDocument(doc, { url: URL });
          expect(doc.documentElement.outerHTML).toBe(before);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'gives the same analysis twice, and for an identical page built again',
    () => {
      fc.assert(
        fc.property(page, (spec) => {
          const doc = freshDocument(spec);
          const first = withoutTimings(analyzeDocument(doc, { url: URL }));
          expect(withoutTimings(analyzeDocument(doc, { url: URL }))).toEqual(first);
          expect(withoutTimings(analyzeDocument(freshDocument(spec), { url: URL }))).toEqual(first);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'is plain JSON: no undefined, NaN, Infinity, DOM nodes or cycles',
    () => {
      fc.assert(
        fc.property(page, (spec) => {
          const analysis = analyzeDocument(freshDocument(spec), { url: URL });
          expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'runs none of the scripts and handlers in the page',
    () => {
      fc.assert(
        fc.property(page, (spec) => {
          analyzeDocument(freshDocument(spec), { url: URL });
          expect(pwned()).toBe(false);
        }),
        { numRuns: RUNS / 2 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('analyzeDocument on generated pages (linkedom, as the CLI reads them)', () => {
  it(
    'returns a valid analysis and the same one twice',
    () => {
      fc.assert(
        fc.property(page, (spec) => {
          const html = pageHtml(spec);
          const { document: doc } = parseHTML(html);
          const result = analyzePage(doc, { url: URL });
          const blocks = result.article === null ? null : result.article.blocks;
          expect(validateAnalysis(result.analysis, { blocks }), `page: ${html.slice(0, 2000)}`).toEqual([]);
          const again = analyzeDocument(parseHTML(html).document, { url: URL });
          expect(withoutTimings(again)).toEqual(withoutTimings(result.analysis));
          expect(blocksOf(doc)).toEqual(blocks === null ? null : blocks.map(({ text, kind }) => ({ text, kind })));
        }),
        { numRuns: RUNS / 2 },
      );
    },
    TIMEOUT_MS,
  );
});

describe('the word count, counted block by block', () => {
  const spaces = fc.constantFrom(' ', '\n', '\t', '\u00a0', '  ', ' \n ');
  const piece = fc.oneof(fc.constantFrom('', 'word', 'a-b', '1,500', 'é'), spaces);
  const text = fc.array(piece, { maxLength: 6 }).map((pieces) => pieces.join(''));
  it('is what splitting the joined text at whitespace counts', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), (texts) => {
        const joined = texts.join('\n\n');
        expect(complete(wordCountSteps(texts))).toBe(joined.split(/\s+/).length);
      }),
      { numRuns: 1000 },
    );
  });
});

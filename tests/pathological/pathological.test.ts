// Pathological pages (tests/pathological/inputs.ts) through the whole engine in linkedom (the CLI's DOM; jsdom
// itself overflows its stack on 20,000 nested elements): each must finish within a generous bound (stated in the
// test name: ten times or more what was measured on the 2-core dev machine) and still give a valid analysis. The
// measured time is printed. The same pages in Chromium and Firefox, with bounds of their own:
// tests/e2e/pathological.e2e.ts.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/page/analyze-page';
import { validateAnalysis } from '../property/validate';
import { nest, PATHOLOGICAL_CASES } from './inputs';

/** Parsing a 5 MB page takes seconds of its own; it is not what we measure, but the test pays it. */
const PARSE_ALLOWANCE_MS = 60_000;

describe('pathological pages finish and still give a valid analysis', () => {
  for (const c of PATHOLOGICAL_CASES) {
    it(
      `${c.title}: analyzePage under ${c.boundMs / 1000} s`,
      () => {
        const html = c.html();
        const doc = parseHTML(html).document;
        if (c.nest) nest(doc, c.nest.depth, c.nest.tag);
        const started = performance.now();
        const result = analyzePage(doc, { url: `https://pathological.example/${c.id}` });
        const ms = performance.now() - started;
        const a = result.analysis;
        console.log(
          `[pathological] ${c.id}: ${ms.toFixed(0)} ms (bound ${c.boundMs} ms), ${(html.length / 1024).toFixed(0)} kB, ` +
            `article ${a.isArticle}, ${a.claims.length} claims, ${a.numbers.length} numbers, ${a.sources.length} sources`,
        );
        expect(validateAnalysis(a, { blocks: result.article?.blocks ?? null })).toEqual([]);
        if (c.article) expect(a.isArticle).toBe(true);
        expect(ms).toBeLessThan(c.boundMs);
      },
      c.boundMs + PARSE_ALLOWANCE_MS,
    );
  }
});

// Pathological pages (tools/pathological-inputs.ts) through the engine in real browsers: each case must not throw,
// must still find the article, and must not blow up (a run over SLACK × its browser bound, `browserBoundMs`, is a
// super-linear path, not a busy machine). The bound itself is a figure for an idle machine: `npm run bench:browser
// -- --only pathological` prints each case next to it. The engine runs as
// `npm run bench:browser` runs it: utils/page/analyze-page.ts bundled to one script (tools/browser/engine-bundle.ts), put into
// the page's main world and timed there, in a task of its own, on the first (cold) run. The page is opened in
// the browser without Sourcelight, so the content script's own analysis does not share the CPU with the one
// we time. Each test prints its figure next to its bound.
import assert from 'node:assert/strict';
import { ENGINE_GLOBAL, engineBundle, type PageEngine } from '../../tools/browser/engine-bundle.ts';
import { browserNest, NEST_SOURCE, PATHOLOGICAL_CASES } from '../../tools/pathological-inputs.ts';
import { test } from './harness/framework.ts';

/** On top of the bound: generating and loading the page (5 MB in Firefox takes seconds), nesting, injecting. */
const PAGE_ALLOWANCE_MS = 30_000;
/** How far over its idle-machine bound a case may run here: two CPU-bound processes beside the suite on two cores
 * stretched these runs 1.5-4×; a path gone quadratic on a 100,000-character input is hundreds of times over. */
const SLACK = 10;

interface InPageRun {
  ms: number;
  isArticle: boolean | null;
  claims: number;
  numbers: number;
  sources: number;
  error: string | null;
}

for (const c of PATHOLOGICAL_CASES) {
  const nest = browserNest(c);
  const depth = nest ? ` (nested ${nest.depth} deep in the browser)` : '';
  test(
    `${c.id}: ${c.title}${depth}: analyzePage finishes, finds what it should, and does not blow up`,
    async (ctx) => {
      const html = c.html();
      const url = ctx.server.generated(`pathological/${c.id}.html`, html);
      const page = await ctx.newPage({ extension: false });
      await page.goto(url);
      if (nest) {
        await page.evaluate(
          ({ source, depth, tag }) => {
            // biome-ignore lint/security/noGlobalEval: NEST_SOURCE is our own code, shared as text with Node.
            const fn = globalThis.eval(source) as (d: Document, n: number, t: string) => number;
            return fn(document, depth, tag);
          },
          { source: NEST_SOURCE, ...nest },
        );
      }
      const bundle = await engineBundle();
      await page.evaluate((source: string) => {
        // biome-ignore lint/security/noGlobalEval: the page gets the engine's own bundle, as bench:browser does.
        globalThis.eval(source);
      }, bundle);

      const run = await page.evaluate(
        (global: string) =>
          new Promise<InPageRun>((resolve) => {
            // A task of its own, as the content script's analysis is.
            setTimeout(() => {
              const engine = (globalThis as unknown as Record<string, PageEngine>)[global];
              const out: InPageRun = { ms: 0, isArticle: null, claims: 0, numbers: 0, sources: 0, error: null };
              const started = performance.now();
              try {
                if (engine === undefined) throw new Error('the engine bundle did not load');
                const { analysis } = engine.analyzePage(document, { url: location.href });
                out.ms = performance.now() - started;
                out.isArticle = analysis.isArticle;
                out.claims = analysis.claims.length;
                out.numbers = analysis.numbers.length;
                out.sources = analysis.sources.length;
              } catch (error) {
                out.ms = performance.now() - started;
                out.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
              }
              resolve(out);
            }, 0);
          }),
        ENGINE_GLOBAL,
      );

      ctx.log(
        `${c.id}: ${run.ms.toFixed(0)} ms (bound ${c.browserBoundMs} ms), ${(html.length / 1024).toFixed(0)} kB, ` +
          `article ${run.isArticle}, ${run.claims} claims, ${run.numbers} numbers, ${run.sources} sources`,
      );
      assert.equal(run.error, null, 'analyzePage threw');
      assert.deepEqual(page.pageErrors(), [], 'uncaught errors in the page');
      assert.equal(run.isArticle, c.article, 'isArticle');
      const ceiling = c.browserBoundMs * SLACK;
      assert.ok(run.ms < ceiling, `analyzePage took ${run.ms.toFixed(0)} ms: over ${SLACK}× its bound, a blow-up`);
    },
    { timeoutMs: c.browserBoundMs * SLACK + PAGE_ALLOWANCE_MS },
  );
}

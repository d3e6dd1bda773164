// `node --import tsx scripts/profile-cold.ts`: where the engine's first run in a page goes. Each seed page is loaded
// in headless Chromium (as scripts/bench-browser.ts does: the page served from memory, every other request
// blocked), the engine bundle (tools/browser/engine-bundle.ts) evaluated, then, each in its own task: the engine
// once (cold, what the content script pays), Readability on a clone, the engine again (warm). Prints the medians
// over pages and rounds (--rounds N, pages interleaved so that a busy machine hits every page alike), in thread time
// (the trace's CPU time of each run's task, which other processes on the machine do not inflate) and in wall time.
//
// --profile: a CDP CPU profile (sampling every --interval µs, 50 by default) around the cold and the warm run of
// every page of the first round; then the functions by self time in the cold run next to the warm run's, and the
// bundle's lines with the most samples. The bundle keeps its names and lines for this (not minified), and the
// profiler slows compilation down most: read its figures as the cold run's shape, not its size.
// --prewarm-regexps: the engine's regular expressions (literals and the patterns it builds) compiled before the cold
// run (see prewarmRegExps): the cold run's drop is what compiling them costs. --warm-elsewhere: the engine runs on
// another article first (WARM_UP_PAGE, from the article-extraction benchmark, which is not in the project: --pages
// DIR or SOURCELIGHT_BENCH_DIR=DIR, else ../shared/bench/article-extraction beside it; without it the option is
// skipped with a line saying so): what is left of the cold run is its own text's first-use cost.
// JS_FLAGS='--no-lazy' (say) starts V8 with other flags.
// --only SUBSTRING: the seed pages whose file name holds it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import ts from 'typescript';
import { benchPagesMissing, findBenchPages } from '../tools/bench-pages.ts';
import { CHROMIUM_BASE_ARGS } from '../tools/browser/chromium-args.ts';
import { ENGINE_GLOBAL, engineBundle } from '../tools/browser/engine-bundle.ts';
import type { TraceEvent } from '../tools/browser/trace.ts';
import { seedPageFiles } from '../tools/seed-pages.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ORIGIN = 'http://bench.sourcelight.test';
/** --warm-elsewhere: the engine runs once on this article (the benchmark's first dev page, parsed with DOMParser in
 * the seed's page) before the seed's cold run, which then has the JIT's warmth and compiled patterns but none of
 * the caches of its own text. */
const WARM_UP_PAGE = '042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz';
/** Functions listed with --profile. */
const TOP_FUNCTIONS = 40;

interface Options {
  rounds: number;
  profile: boolean;
  intervalUs: number;
  only: string | null;
  prewarmRegExps: boolean;
  warmElsewhere: boolean;
  /** --pages DIR: the article-extraction benchmark's folder (tools/bench-pages.ts). */
  pages: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = {
    rounds: 3,
    profile: false,
    intervalUs: 50,
    only: null,
    prewarmRegExps: false,
    warmElsewhere: false,
    pages: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--rounds') options.rounds = Number(argv[++i]);
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--interval') options.intervalUs = Number(argv[++i]);
    else if (arg === '--only') options.only = argv[++i] ?? null;
    else if (arg === '--prewarm-regexps') options.prewarmRegExps = true;
    else if (arg === '--warm-elsewhere') options.warmElsewhere = true;
    else if (arg === '--pages') options.pages = argv[++i] ?? null;
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

function seedPages(only: string | null): Map<string, string> {
  const seeds = path.join(ROOT, 'seeds');
  return new Map(
    seedPageFiles(ROOT)
      .filter((f) => only === null || f.includes(only))
      .map((f) => [`/seeds/${f}`, readFileSync(path.join(seeds, f), 'utf8')]),
  );
}

function readabilityScript(): string {
  const source = readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  return `(function () { var module = undefined; ${source}\n globalThis.__slReadability = Readability; })();`;
}

interface Pattern {
  source: string;
  flags: string;
}

/** Records the patterns the engine builds with `new RegExp` (word lists joined into alternations) while it runs on
 * every page once, in a browser of its own. */
const RECORD_REGEXPS = `(function () {
  var Native = RegExp; window.__slBuilt = [];
  window.RegExp = new Proxy(Native, { construct: function (target, args) {
    var re = Reflect.construct(target, args); window.__slBuilt.push({ source: re.source, flags: re.flags }); return re;
  } });
})()`;

async function builtRegExps(context: BrowserContext, pages: Map<string, string>, engine: string): Promise<Pattern[]> {
  const seen = new Map<string, Pattern>();
  for (const pathname of pages.keys()) {
    const page = await context.newPage();
    try {
      await page.goto(`${ORIGIN}${pathname}`, { waitUntil: 'load' });
      await page.evaluate(RECORD_REGEXPS);
      await page.evaluate(engine);
      await page.evaluate(RUN('cold'));
      for (const p of (await page.evaluate('window.__slBuilt')) as Pattern[]) seen.set(`${p.flags}/${p.source}`, p);
    } catch {
      // A hostile page that breaks Playwright's own evaluation.
    } finally {
      await page.close();
    }
  }
  return [...seen.values()];
}

/** --prewarm-regexps: the engine's regular-expression literals (utils/analysis, utils/page) and the patterns it
 * builds (`built`) compiled and run to their native tier before the cold run, in a task of their own. V8 shares a
 * pattern's compiled code between RegExp objects of the same source and flags, so the cold run then pays for
 * everything but compiling them: the difference is their cost. */
function prewarmRegExps(built: readonly Pattern[]): string {
  const patterns: Pattern[] = [...built];
  for (const dir of ['utils/analysis', 'utils/page'])
    for (const file of readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.ts'))) {
      const source = ts.createSourceFile(
        file,
        readFileSync(path.join(ROOT, dir, file), 'utf8'),
        ts.ScriptTarget.ES2022,
        true,
      );
      const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
          const literal = node.getText(source);
          const end = literal.lastIndexOf('/');
          patterns.push({ source: literal.slice(1, end), flags: literal.slice(end + 1) });
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  return `new Promise(function (r) { setTimeout(function () { var p = ${JSON.stringify(patterns)}; for (var i = 0; i < p.length; i++) { var re = new RegExp(p[i].source, p[i].flags); for (var k = 0; k < 3; k++) { re.lastIndex = 0; re.exec('Aa a.'); } } r(p.length); }, 0); })`;
}

/** Each run in a task of its own; the cold one is the first call of analyzePage in the page. Each marks its start
 * in the trace (console.timeStamp) so that its task's thread time can be found. */
const RUN = (which: 'cold' | 'readability' | 'warm') => {
  const work =
    which === 'readability'
      ? 'new window.__slReadability(document.cloneNode(true)).parse();'
      : `window.${ENGINE_GLOBAL}.analyzePage(document, { url: location.href });`;
  return `new Promise(function (r) { setTimeout(function () { console.timeStamp('sl-${which}'); var t = performance.now(); ${work} r(performance.now() - t); }, 0); })`;
};

/** The thread time (ms) of the callback that marked `label`: the outermost complete event around the mark. */
function threadMs(events: readonly TraceEvent[], label: string): number {
  const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === label);
  if (!mark) return Number.NaN;
  let best: TraceEvent | null = null;
  for (const e of events) {
    if (e.ph !== 'X' || e.tid !== mark.tid || e.name !== 'FunctionCall') continue;
    if (e.ts <= mark.ts && e.ts + (e.dur ?? 0) >= mark.ts && (!best || (e.dur ?? 0) > (best.dur ?? 0))) best = e;
  }
  return best ? (best.tdur ?? best.dur ?? 0) / 1000 : Number.NaN;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Samples per line of the bundle (1-based), over the cold runs: where inside a function its self time goes. */
const lineTicks = new Map<number, number>();

/** Self time (ms) per function of one profile, added to `into`. */
function addSelfTimes(profile: Profile, into: Map<string, number>): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  for (const n of profile.nodes)
    for (const t of n.positionTicks ?? []) lineTicks.set(t.line, (lineTicks.get(t.line) ?? 0) + t.ticks);
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i] ?? -1);
    // A sample's time is the gap to the next one.
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!node) continue;
    const { functionName, lineNumber, columnNumber, url } = node.callFrame;
    const key = url
      ? `${functionName || '(anonymous)'} ${lineNumber + 1}:${columnNumber + 1}`
      : functionName || '(anonymous)';
    into.set(key, (into.get(key) ?? 0) + ms);
  }
}

/** The kind of a profile entry: V8's own entries are in parentheses ("(garbage collector)", "(program)"). */
const kindOf = (key: string) => (key.startsWith('(') && !key.startsWith('(anonymous)') ? key : 'JavaScript');

type Runs = Record<'cold' | 'readability' | 'warm', number>;

/** Wall (performance.now) and thread time (the trace's tdur: what the machine's load does not inflate). */
async function measurePage(
  page: Page,
  url: string,
  scripts: { engine: string; readability: string; prewarm: string | null; elsewhere: string | null },
  profile: { intervalUs: number; cold: Map<string, number>; warm: Map<string, number> } | null,
): Promise<{ wall: Runs; thread: Runs }> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(scripts.engine);
  await page.evaluate(scripts.readability);
  if (scripts.prewarm) await page.evaluate(scripts.prewarm);
  if (scripts.elsewhere !== null) {
    const other = scripts.elsewhere;
    await page.evaluate(
      `window.${ENGINE_GLOBAL}.analyzePage(new DOMParser().parseFromString(${JSON.stringify(other)}, 'text/html'), {})`,
    );
  }
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (event) => {
    events.push(...(event.value as unknown as TraceEvent[]));
  });
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: ['devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  const profiled = async (run: string, into: Map<string, number> | undefined): Promise<number> => {
    if (!profile || !into) return (await page.evaluate(run)) as number;
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: profile.intervalUs });
    await session.send('Profiler.start');
    const ms = (await page.evaluate(run)) as number;
    const { profile: result } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    addSelfTimes(result, into);
    return ms;
  };
  const cold = await profiled(RUN('cold'), profile?.cold);
  const readability = (await page.evaluate(RUN('readability'))) as number;
  const warm = await profiled(RUN('warm'), profile?.warm);
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.end');
  await complete;
  await session.detach();
  return {
    wall: { cold, readability, warm },
    thread: {
      cold: threadMs(events, 'sl-cold'),
      readability: threadMs(events, 'sl-readability'),
      warm: threadMs(events, 'sl-warm'),
    },
  };
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** WARM_UP_PAGE's HTML, or null (said in one line) where the benchmark's pages are not found. */
function warmUpPage(pages: string | null): string | null {
  const found = findBenchPages(ROOT, pages);
  const skipped = '--warm-elsewhere skipped, the seed pages measured cold';
  if (found.dir === null) {
    console.log(benchPagesMissing(found, skipped));
    return null;
  }
  const file = path.join(found.dir, WARM_UP_PAGE);
  if (!existsSync(file)) {
    console.log(`${WARM_UP_PAGE} is not in ${found.dir}: ${skipped}`);
    return null;
  }
  return gunzipSync(readFileSync(file)).toString('utf8');
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const pages = seedPages(options.only);
  const scripts = {
    engine: await engineBundle({ keepNames: options.profile }),
    readability: readabilityScript(),
    prewarm: null as string | null,
    elsewhere: options.warmElsewhere ? warmUpPage(options.pages) : null,
  };
  // JS_FLAGS=... starts V8 with other flags (--no-lazy: is the cold cost compiling?).
  const jsFlags = process.env.JS_FLAGS ? [`--js-flags=${process.env.JS_FLAGS}`] : [];
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_BASE_ARGS, ...jsFlags],
  });
  const selfTimes = new Map<string, number>();
  const warmSelfTimes = new Map<string, number>();
  const rows = new Map<string, { wall: Runs[]; thread: Runs[] }>();
  try {
    const context = await browser.newContext();
    await context.route('**/*', async (route) => {
      const html = pages.get(new URL(route.request().url()).pathname);
      if (html === undefined) await route.abort('blockedbyclient');
      else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    });
    if (options.prewarmRegExps) {
      const built = await builtRegExps(context, pages, scripts.engine);
      scripts.prewarm = prewarmRegExps(built);
      console.log(`prewarming the literals and ${built.length} patterns built at run time`);
    }
    for (let round = 0; round < options.rounds; round++) {
      for (const pathname of pages.keys()) {
        const page = await context.newPage();
        try {
          const profile =
            options.profile && round === 0
              ? { intervalUs: options.intervalUs, cold: selfTimes, warm: warmSelfTimes }
              : null;
          const r = await measurePage(page, `${ORIGIN}${pathname}`, scripts, profile).catch(() => null);
          if (r === null) continue; // a hostile page that breaks Playwright's own evaluation (builtins-article)
          const row = rows.get(pathname) ?? { wall: [], thread: [] };
          row.wall.push(r.wall);
          row.thread.push(r.thread);
          rows.set(pathname, row);
        } finally {
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
  }

  for (const clock of ['thread', 'wall'] as const) {
    console.log(`\n${clock} time, median of ${options.rounds} rounds    cold ms  warm ms  Readab. ms  cold/Readab.`);
    const all: Record<keyof Runs | 'ratio', number[]> = { cold: [], warm: [], readability: [], ratio: [] };
    const line = (name: string, c: number, w: number, r: number, ratio: number) =>
      console.log(
        `${name.padEnd(38)} ${c.toFixed(1).padStart(7)}  ${w.toFixed(1).padStart(7)}  ${r.toFixed(1).padStart(10)}  ${ratio.toFixed(2).padStart(12)}`,
      );
    for (const [pathname, row] of rows) {
      const [c, w, r] = (['cold', 'warm', 'readability'] as const).map((k) => median(row[clock].map((x) => x[k])));
      if (c === undefined || w === undefined || r === undefined) continue;
      all.cold.push(c);
      all.warm.push(w);
      all.readability.push(r);
      all.ratio.push(c / r);
      line(pathname, c, w, r, c / r);
    }
    line('median', median(all.cold), median(all.warm), median(all.readability), median(all.ratio));
  }

  if (options.profile) {
    const total = [...selfTimes.values()].reduce((a, b) => a + b, 0);
    const kinds = new Map<string, number>();
    for (const [key, ms] of selfTimes) kinds.set(kindOf(key), (kinds.get(kindOf(key)) ?? 0) + ms);
    console.log(`\ncold runs of the first round, ${total.toFixed(1)} ms sampled; by kind:`);
    for (const [kind, ms] of [...kinds].sort((a, b) => b[1] - a[1]))
      console.log(`  ${ms.toFixed(1).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${kind}`);
    console.log(`top ${TOP_FUNCTIONS} functions by self time in the cold run, next to the warm run's:`);
    console.log('  cold ms      %  warm ms  function');
    for (const [key, ms] of [...selfTimes].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS))
      console.log(
        `  ${ms.toFixed(1).padStart(7)} ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(warmSelfTimes.get(key) ?? 0).toFixed(1).padStart(7)}  ${key}`,
      );
    const bundleLines = scripts.engine.split('\n');
    const ticks = [...lineTicks].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS);
    console.log(`top ${TOP_FUNCTIONS} lines of the bundle by samples (cold and warm runs):`);
    for (const [line, n] of ticks)
      console.log(`  ${String(n).padStart(6)}  ${line}: ${bundleLines[line - 1]?.trim().slice(0, 110)}`);
  }
}

await main();

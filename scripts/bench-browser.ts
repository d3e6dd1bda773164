// `npm run bench:browser`: Sourcelight's speed in a real browser (headless Debian Chromium via playwright-core),
// on the seeds (seeds/*.html, seeds/hostile/*.html), the article-extraction benchmark's dev half (DIR/html/*.html.gz,
// read from outside the project: --pages DIR or SOURCELIGHT_BENCH_DIR=DIR, else ../shared/bench/article-extraction
// beside it, tools/bench-pages.ts; without it the bench group is left out, with a line saying so) and the
// pathological pages (tools/pathological-inputs.ts).
//
// Two measurements per page, each in its own browser, with every request but the page itself blocked:
//   engine     utils/page/analyze-page.ts bundled with esbuild (tools/browser/engine-bundle.ts, which the pathological
//              e2e test uses too) and run in the page (main world) right after load, timed against
//              `new Readability(document.cloneNode(true)).parse()` in the same page; long tasks during the
//              analysis (PerformanceObserver 'longtask') and the heap it leaves behind (CDP, after a GC).
//   extension  the built extension (.output/chrome-mv3) as a reader gets it: the analysis time and the moment
//              its UI and highlights were shown, asked from the content script through the extension's
//              `figures` message (analysisMs, shownAt; never on the page); the isolate's heap after a GC next to the same page
//              without the extension.
//
// The responsive group (scripts/bench-responsive.ts) is two page loads per browser, Chromium and Firefox, with the
// extension: the milliseconds Sourcelight holds the page up, next to their bounds (tests/e2e/responsive.e2e.ts
// checks the same loads for what does not depend on the machine's load).
//
// The not-articles group (tests/fixtures/not-articles) is also measured in Firefox ESR (.output/firefox-mv3, through
// tools/browser/firefox.ts), where there is no trace to read: there the figures are the content script's own
// (performance.now() in the script, answered through the extension's `figures` message, never on the page): its
// run from its first line to the end of its start, and the gate's later looks. They leave out what the browser
// does before the script's first line (compiling it, setting up the content script's world); Chromium prints the
// same figures beside its trace, so the two can be compared.
//
// Options: --only seeds|bench|not-articles|pathological|responsive (repeatable), --browser chromium|firefox
// (repeatable; both by default: Firefox measures the not-articles group and the seeds only), --limit N (pages per group), --all
// (every benchmark page; by default the first BENCH_DEFAULT_PAGES of the 91, to keep to about three minutes on two
// cores), --no-extension, --pages DIR (the benchmark's folder). Prints one row per page, then median and p90 per group.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { LATE_CHECKS_MS } from '../entrypoints/content/watch.ts';
import { benchPageFiles, benchPagesMissing, findBenchPages } from '../tools/bench-pages.ts';
import { CHROMIUM_BASE_ARGS } from '../tools/browser/chromium-args.ts';
import { ENGINE_GLOBAL, engineBundle } from '../tools/browser/engine-bundle.ts';
import { launchFirefox } from '../tools/browser/firefox.ts';
import { readFigures } from '../tools/browser/page-messages.ts';
import { pollUntil, sleep } from '../tools/browser/poll.ts';
import { portable } from '../tools/browser/portable.ts';
import { startServer } from '../tools/browser/server.ts';
import type { TraceEvent } from '../tools/browser/trace.ts';
import { BROWSER_NAMES, type BrowserName } from '../tools/browser/types.ts';
import { LARGE_NOT_ARTICLES } from '../tools/large-pages.ts';
import { browserNest, NEST_SOURCE, PATHOLOGICAL_CASES } from '../tools/pathological-inputs';
import { seedPageFiles } from '../tools/seed-pages.ts';
import { INSTANCE_KEY } from '../utils/messaging/wake';
import { benchResponsive } from './bench-responsive.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The builds measured: .output by default; BENCH_BUILD_DIR=DIR measures another (an older commit's, to compare). */
const BUILD_DIR = path.resolve(ROOT, process.env.BENCH_BUILD_DIR ?? '.output');
const EXTENSION_DIR = path.join(BUILD_DIR, 'chrome-mv3');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const FIREFOX_EXTENSION_DIR = path.join(BUILD_DIR, 'firefox-mv3');
/** Firefox rounds performance.now() (to 1 ms, or 100 ms with fingerprinting resistance); the content script's own
 * figures need its full precision. Set in the benchmark's browser only. */
const FIREFOX_PREFS = { 'privacy.reduceTimerPrecision': false } as const;
/** Pages are served from this made-up origin by request interception; nothing else is ever fetched. */
const ORIGIN = 'http://bench.sourcelight.test';
const READY_UI = 'sourcelight-ui[data-state="ready"]';
/** How long the extension gets to show its UI; pages that are not articles never do, and are listed as such. */
const UI_TIMEOUT_MS = 8_000;
const NAVIGATION_TIMEOUT_MS = 30_000;
/** Benchmark pages measured by default (3–5 s each with both browsers on a busy 2-core machine); --all
 * measures all 91 (about ten minutes). */
const BENCH_DEFAULT_PAGES = 15;

type Group = 'seeds' | 'bench' | 'not-articles' | 'pathological' | 'responsive';
const GROUPS: readonly Group[] = ['seeds', 'bench', 'not-articles', 'pathological', 'responsive'];
/** The non-article pages written for the gate (utils/page/gate.ts, scripts/eval-gate.ts). */
const NOT_ARTICLES_DIR = path.join(ROOT, 'tests/fixtures/not-articles');
/** On a page where no UI comes, the extension's main thread is traced this long after load: past the gate's last
 * later look at a late article (entrypoints/content/watch.ts LATE_CHECKS_MS), so that every look a page that
 * stays as it is pays is counted. */
const SETTLE_AFTER_LOAD_MS = Math.max(...LATE_CHECKS_MS) + 1_000;
/** Trace categories: script evaluation, compilation, callbacks (devtools.timeline), with thread CPU time. */
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute'];
/** Where the content script's modules are (utils/content-modules.ts CONTENT_MODULES_DIR). */
const MODULES_PATH = '/content-scripts/modules/';

interface BenchPage {
  group: Group;
  id: string;
  html: string;
  nest?: { depth: number; tag: string };
}

interface EngineRow {
  /** Heap of the page as loaded (no extension, no engine), after a GC. */
  pageHeapKb: number;
  /** First run in the page (cold: what the content script pays). */
  engineMs: number | null;
  /** Second run, same page (warm JIT). */
  warmMs: number | null;
  readabilityMs: number | null;
  isArticle: boolean | null;
  longestTaskMs: number;
  heapKb: number;
  error: string | null;
}

interface ExtensionRow {
  /** The analysis's work: its slices together, without the pauses between them. */
  analysisMs: number | null;
  /** From the start of the analysis to the first highlights painted, and to everything painted and listed. */
  firstPaintMs: number | null;
  readyMs: number | null;
  /** From the content script's first line (its own SCRIPT_START) to the first highlights painted. */
  scriptToFirstPaintMs: number | null;
  /** The longest slice of the analysis (the content script's own record). */
  longestSliceMs: number | null;
  shownAtMs: number | null;
  /** The longest task the page's Long Tasks API saw while Sourcelight worked (0: none over 50 ms). */
  longestTaskMs: number | null;
  heapKb: number | null;
  /** From the trace: main-thread CPU time (thread clock) of the events run for the extension's scripts, from
   * navigation to the UI ready (or SETTLE_AFTER_LOAD_MS after load where none came), and their wall time. */
  mainThreadMs: number | null;
  mainThreadWallMs: number | null;
  /** Content-script modules compiled in the tab (start, engine, claims, UI; 0 on a page the gate let by). */
  modules: number | null;
  /** The content script's own evaluation task (thread clock): what every page pays. */
  scriptEvalMs: number | null;
  /** The content script's own figures (performance.now() in the script; see the file's opening). */
  own: OwnFigures | null;
  /** Each of START_STEPS, in ms after the content script's first line (null: not reported). */
  steps: Partial<Record<StartStep, number>> | null;
}

/**
 * The way from the content script's first line to the sidebar's counts, step by step: the figures the script and
 * its OnPage report (performance.now(); index.ts `ownFigures`, on-page/figures.ts), in the order they come.
 */
const START_STEPS = [
  ['modulesAskedAt', 'modules asked for'],
  ['uiAt', 'UI module set up'],
  ['settingsAt', 'settings read'],
  ['engineAt', 'engine module set up'],
  ['startedAt', 'analysis started'],
  ['articleAt', 'article found, UI shown'],
  ['firstPaintAt', 'first highlights'],
  ['claimsAt', 'claims module set up'],
  ['shownAt', "all highlights, the sidebar's counts"],
] as const;
type StartStep = (typeof START_STEPS)[number][0];

/** START_STEPS from the figures, in ms after the script's first line (SCRIPT_START, `scriptStartAt`). */
function startSteps(figures: Readonly<Record<string, string>>): Partial<Record<StartStep, number>> | null {
  const start = Number(figures.scriptStartAt);
  if (!Number.isFinite(start)) return null;
  const steps: Partial<Record<StartStep, number>> = {};
  for (const [name] of START_STEPS) {
    const at = Number(figures[name]);
    if (Number.isFinite(at)) steps[name] = at - start;
  }
  return steps;
}

/** What the content script measures itself (entrypoints/content/script.ts `ownFigures`), as numbers. */
interface OwnFigures {
  /** Its run from its first line to the end of its start (wall). */
  scriptMs: number;
  /** The gate's later looks at a page it let by, together (wall). */
  gateChecksMs: number;
  /** The analysis's slices together, where the page went on to the engine. */
  analysisMs: number | null;
  /** Modules the script asked for (0 where the gate let the page by). */
  modulesAsked: number;
  /** performance.now() at its first line: from the navigation's start. */
  scriptStartAt: number;
}

function ownFigures(figures: Readonly<Record<string, string>> | null): OwnFigures | null {
  if (!figures || figures.scriptMs === undefined) return null;
  const analysis = Number(figures.analysisMs);
  return {
    scriptMs: Number(figures.scriptMs),
    gateChecksMs: Number(figures.gateChecksMs ?? 0),
    analysisMs: Number.isFinite(analysis) ? analysis : null,
    modulesAsked: Number(figures.modulesAsked ?? 0),
    scriptStartAt: Number(figures.scriptStartAt),
  };
}

/** The extension's main-thread time on a page, as the content script measures it: its start, the gate's looks,
 * the analysis's slices (module evaluation and the UI's painting left out). */
const ownMainThreadMs = (own: OwnFigures | null | undefined): number | null =>
  own ? own.scriptMs + own.gateChecksMs + (own.analysisMs ?? 0) : null;

/** The row of a page where the extension showed nothing (not an article, or it failed). */
const NOT_SHOWN: ExtensionRow = {
  analysisMs: null,
  firstPaintMs: null,
  readyMs: null,
  scriptToFirstPaintMs: null,
  longestSliceMs: null,
  shownAtMs: null,
  longestTaskMs: null,
  heapKb: null,
  mainThreadMs: null,
  mainThreadWallMs: null,
  modules: null,
  scriptEvalMs: null,
  own: null,
  steps: null,
};

interface Options {
  groups: Group[];
  browsers: BrowserName[];
  limit: number;
  benchLimit: number;
  extension: boolean;
  /** --pages DIR: the article-extraction benchmark's folder (tools/bench-pages.ts). */
  benchPages: string | null;
}

function parseArgs(argv: readonly string[]): Options {
  const groups: Group[] = [];
  const browsers: BrowserName[] = [];
  let limit = Number.POSITIVE_INFINITY;
  let benchLimit = BENCH_DEFAULT_PAGES;
  let extension = true;
  let benchPages: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--only') {
      const g = argv[++i] as Group;
      if (!GROUPS.includes(g)) throw new Error(`--only takes one of ${GROUPS.join(', ')}`);
      groups.push(g);
    } else if (arg === '--browser') {
      const b = argv[++i] as BrowserName;
      if (!BROWSER_NAMES.includes(b)) throw new Error(`--browser takes one of ${BROWSER_NAMES.join(', ')}`);
      browsers.push(b);
    } else if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--all') benchLimit = Number.POSITIVE_INFINITY;
    else if (arg === '--no-extension') extension = false;
    else if (arg === '--pages') benchPages = argv[++i] ?? null;
    else throw new Error(`unknown option ${arg}`);
  }
  return {
    groups: groups.length > 0 ? groups : [...GROUPS],
    browsers: browsers.length > 0 ? browsers : [...BROWSER_NAMES],
    limit,
    benchLimit: Math.min(limit, benchLimit),
    extension,
    benchPages,
  };
}

function loadPages({ groups, limit, benchLimit, benchPages }: Options): BenchPage[] {
  const pages: BenchPage[] = [];
  if (groups.includes('seeds')) {
    const seeds = path.join(ROOT, 'seeds');
    for (const f of seedPageFiles(ROOT).slice(0, limit)) {
      pages.push({ group: 'seeds', id: f.replace(/\.html$/, ''), html: readFileSync(path.join(seeds, f), 'utf8') });
    }
  }
  if (groups.includes('bench')) {
    const found = findBenchPages(ROOT, benchPages);
    const dir = found.dir;
    if (dir === null) console.log(benchPagesMissing(found, 'the bench group left out'));
    else {
      for (const f of benchPageFiles(dir).slice(0, benchLimit)) {
        const html = gunzipSync(readFileSync(path.join(dir, f))).toString('utf8');
        pages.push({ group: 'bench', id: f.slice(0, 12), html });
      }
    }
  }
  if (groups.includes('not-articles')) {
    for (const f of readdirSync(NOT_ARTICLES_DIR)
      .filter((name) => name.endsWith('.html'))
      .sort()
      .slice(0, limit)) {
      const html = readFileSync(path.join(NOT_ARTICLES_DIR, f), 'utf8');
      pages.push({ group: 'not-articles', id: f.replace(/\.html$/, ''), html });
    }
    for (const large of LARGE_NOT_ARTICLES) pages.push({ group: 'not-articles', id: large.id, html: large.html() });
  }
  if (groups.includes('pathological')) {
    for (const c of PATHOLOGICAL_CASES.slice(0, limit)) {
      const nest = browserNest(c);
      const id = nest ? `${c.id}-${nest.depth}` : c.id;
      pages.push({ group: 'pathological', id, html: c.html(), ...(nest ? { nest } : {}) });
    }
  }
  return pages;
}

function readabilityScript(): string {
  const source = readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  return `(function () { var module = undefined; ${source}\n globalThis.__slReadability = Readability; })();`;
}

/** Each browser's server (`serve`), attached to every page before it navigates (`newServedPage`). */
const servers = new WeakMap<BrowserContext, (page: Page) => Promise<void>>();

/**
 * Serves each page from memory at ORIGIN/<id>.html and blocks every other web request (counted). Through each
 * page's own CDP session, on http(s) addresses only: Playwright's `context.route` pauses every request the browser
 * makes, the content script's imports of its own modules (chrome-extension:) too, and each of those then waited on
 * this busy Node process: 0.3–1.7 s per module in Chromium's trace of a seed page on a loaded machine, 30–60 ms
 * without, a wait no reader has. Frames in other processes (cross-site iframes) are not paused here: the browser's
 * host resolver refuses them any address (`launch`).
 */
function serve(context: BrowserContext, pages: readonly BenchPage[], blocked: { count: number }): void {
  const byPath = new Map(pages.map((p) => [`/${p.group}/${p.id}.html`, p.html]));
  servers.set(context, async (page) => {
    const session = await context.newCDPSession(page);
    session.on('Fetch.requestPaused', ({ requestId, request }) => {
      const url = new URL(request.url);
      const html = url.origin === ORIGIN ? byPath.get(url.pathname) : undefined;
      // The page may be closing: a request it no longer wants needs no answer.
      const quietly = (): undefined => undefined;
      if (html === undefined) {
        blocked.count++;
        session.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }).catch(quietly);
        return;
      }
      session
        .send('Fetch.fulfillRequest', {
          requestId,
          responseCode: 200,
          responseHeaders: [{ name: 'Content-Type', value: 'text/html; charset=utf-8' }],
          body: Buffer.from(html).toString('base64'),
        })
        .catch(quietly);
    });
    await session.send('Fetch.enable', { patterns: [{ urlPattern: 'http://*' }, { urlPattern: 'https://*' }] });
  });
}

/** A new tab, served (`serve`) before it loads anything. */
async function newServedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await servers.get(context)?.(page);
  return page;
}

const pageUrl = (p: BenchPage) => `${ORIGIN}/${p.group}/${p.id}.html`;

/** Before any page script: collect long tasks. */
function observeLongTasks(): void {
  const w = window as unknown as { __slLongTasks: { start: number; duration: number }[] };
  w.__slLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__slLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task support: the column stays 0.
  }
}

async function heapKb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usage.usedSize / 1024;
  } finally {
    await session.detach();
  }
}

async function launch(extension: boolean): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'sourcelight-bench-browser-'));
  // Every address unknown: what `serve` does not pause (a cross-site iframe's requests) fails at once.
  const args = [...CHROMIUM_BASE_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND'];
  if (extension) args.push(`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`);
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

async function openPage(context: BrowserContext, p: BenchPage): Promise<Page> {
  const page = await newServedPage(context);
  await page.addInitScript(observeLongTasks);
  await page.goto(pageUrl(p), { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
  return page;
}

/** Engine (cold), Readability on a clone, engine again (warm); each in its own task. Needs the two scripts. */
const IN_PAGE_RUNS = `new Promise(function (resolve) {
  var out = { engineMs: null, warmMs: null, readabilityMs: null, isArticle: null, error: null, start: 0 };
  function time(fn) { var t = performance.now(); fn(); return performance.now() - t; }
  setTimeout(function () {
    try {
      out.start = performance.now();
      out.engineMs = time(function () {
        var analysis = window.${ENGINE_GLOBAL}.analyzePage(document, { url: location.href }).analysis;
        out.isArticle = analysis.isArticle;
        window.__slKeep = analysis; // what the content script holds on to
      });
    } catch (error) { out.error = 'engine: ' + String(error).slice(0, 120); }
    setTimeout(function () {
      try {
        out.readabilityMs = time(function () { new window.__slReadability(document.cloneNode(true)).parse(); });
      } catch (error) { out.error = (out.error || '') + ' readability: ' + String(error).slice(0, 120); }
      setTimeout(function () {
        try { out.warmMs = time(function () { window.${ENGINE_GLOBAL}.analyzePage(document, { url: location.href }); }); } catch (e) {}
        resolve(out);
      }, 0);
    }, 0);
  }, 0);
})`;

async function measureEngine(
  context: BrowserContext,
  p: BenchPage,
  engine: string,
  readability: string,
): Promise<EngineRow> {
  const page = await openPage(context, p);
  try {
    if (p.nest) await page.evaluate(`(${NEST_SOURCE})(document, ${p.nest.depth}, ${JSON.stringify(p.nest.tag)})`);
    const before = await heapKb(page);
    await page.evaluate(engine);
    await page.evaluate(readability);
    // Each run in a task of its own (a timer), as the content script's is, so that long tasks are attributed.
    // A string, not a function: tsx would add its __name helper to a serialised function, unknown in the page.
    const result = (await page.evaluate(IN_PAGE_RUNS)) as {
      engineMs: number | null;
      warmMs: number | null;
      readabilityMs: number | null;
      isArticle: boolean | null;
      error: string | null;
      start: number;
    };
    // Long-task entries arrive after the task ends: give the observer a moment.
    await page.waitForTimeout(50);
    const longestTaskMs = await page.evaluate(
      ({ start, end }) => {
        const tasks = (window as unknown as { __slLongTasks: { start: number; duration: number }[] }).__slLongTasks;
        let longest = 0;
        for (const t of tasks)
          if (t.start < end && t.start + t.duration > start) longest = Math.max(longest, t.duration);
        return longest;
      },
      { start: result.start, end: result.start + (result.engineMs ?? 0) },
    );
    const after = await heapKb(page);
    return { ...result, longestTaskMs, heapKb: after - before, pageHeapKb: before };
  } finally {
    await page.close();
  }
}

/**
 * Sourcelight's figures for the tab at `url` (entrypoints/content/on-page/figures.ts), asked through the
 * extension's service worker: the content script answers them to the extension only, never on the page.
 */
async function extensionFigures(context: BrowserContext, url: string): Promise<Record<string, string>> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const ask = async ({ address, key }: { address: string; key: string }) => {
    type Tabs = {
      query(q: object): Promise<Array<{ id?: number }>>;
      sendMessage(id: number, message: unknown, options: object): Promise<unknown>;
    };
    type Scripting = { executeScript(details: object): Promise<unknown> };
    const { tabs: api, scripting } = (globalThis as unknown as { chrome: { tabs: Tabs; scripting: Scripting } }).chrome;
    for (const tab of await api.query({})) {
      if (tab.id === undefined) continue;
      try {
        // A page the gate let by answers once woken, as the popup wakes it (utils/messaging/wake.ts; its work
        // written out here, since the browser sends this function as source). The trace has ended by now.
        await scripting
          .executeScript({
            target: { tabId: tab.id, frameIds: [0] },
            func: (instanceKey: string) =>
              (globalThis as unknown as Record<string, { answerMessages?: () => void } | undefined>)[
                instanceKey
              ]?.answerMessages?.(),
            args: [key],
          })
          .catch(() => undefined);
        const message = { sourcelight: 'content', name: 'figures', data: null };
        const reply = (await api.sendMessage(tab.id, message, { frameId: 0 })) as {
          ok?: boolean;
          value?: { url: string; figures: Record<string, string> };
        };
        if (reply?.ok && reply.value?.url === address) return reply.value.figures;
      } catch {
        // No content script in that tab.
      }
    }
    return {};
  };
  return worker.evaluate(portable(ask), { address: url, key: INSTANCE_KEY });
}

/** Starts a trace of the tab; the returned function ends it and gives its events. */
async function startTrace(context: BrowserContext, page: Page): Promise<() => Promise<TraceEvent[]>> {
  const session = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', (event) => {
    events.push(...(event.value as unknown as TraceEvent[]));
  });
  await session.send('Tracing.start', {
    traceConfig: { includedCategories: TRACE_CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.end');
    await complete;
    await session.detach();
    return events;
  };
}

/**
 * The extension's share of the page's main thread in a trace: the complete events whose script is the
 * extension's (its content script's evaluation, compilation, the callbacks of its timers and listeners, its
 * modules' evaluation), outermost only, on the thread that evaluated the content script. Microtasks that
 * Chromium runs after a callback, outside its event, are not counted.
 */
function extensionShare(
  events: readonly TraceEvent[],
  base: string,
): { cpuMs: number; wallMs: number; modules: number; evalMs: number | null } {
  const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? '';
  const modules = new Set(events.map(urlOf).filter((url) => url.startsWith(base) && url.includes(MODULES_PATH)));
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && urlOf(e).startsWith(base));
  if (!evaluation) return { cpuMs: 0, wallMs: 0, modules: modules.size, evalMs: null };
  const mine = events
    .filter((e) => e.ph === 'X' && e.tid === evaluation.tid && urlOf(e).startsWith(base))
    .sort((a, b) => a.ts - b.ts);
  let cpu = 0;
  let wall = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of mine) {
    if (e.ts < end) continue; // inside an event already counted
    end = e.ts + (e.dur ?? 0);
    cpu += e.tdur ?? e.dur ?? 0;
    wall += e.dur ?? 0;
  }
  const micro = 1000;
  return {
    cpuMs: cpu / micro,
    wallMs: wall / micro,
    modules: modules.size,
    evalMs: (evaluation.tdur ?? evaluation.dur ?? 0) / micro,
  };
}

/**
 * Whether the UI comes within UI_TIMEOUT_MS, asked with a one-line expression through a CDP session of its own. Not
 * Playwright's waitForSelector: that first compiles Playwright's injected script in the page (some 40 ms of the main
 * thread in Chromium's trace), in the middle of the start being measured, and no reader's page has it.
 */
async function uiShown(context: BrowserContext, page: Page): Promise<boolean> {
  const session = await context.newCDPSession(page);
  const expression = `document.querySelector(${JSON.stringify(READY_UI)}) !== null`;
  try {
    return await pollUntil(
      async () => (await session.send('Runtime.evaluate', { expression, returnByValue: true })).result.value === true,
      UI_TIMEOUT_MS,
      'the UI',
    );
  } catch {
    return false;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

async function measureExtension(
  context: BrowserContext,
  p: BenchPage,
  plainHeapKb: number | null,
  expectUi: boolean,
): Promise<ExtensionRow> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const base = worker.url().split('/').slice(0, 3).join('/');
  const page = await newServedPage(context);
  try {
    await page.addInitScript(observeLongTasks);
    const stopTrace = await startTrace(context, page);
    await page.goto(pageUrl(p), { waitUntil: 'load', timeout: NAVIGATION_TIMEOUT_MS });
    const shown = expectUi ? await uiShown(context, page) : false;
    if (!shown) await page.waitForTimeout(SETTLE_AFTER_LOAD_MS);
    const share = extensionShare(await stopTrace(), base);
    const traced = {
      mainThreadMs: share.cpuMs,
      mainThreadWallMs: share.wallMs,
      modules: share.modules,
      scriptEvalMs: share.evalMs,
    };
    const figures = await extensionFigures(context, page.url());
    if (!shown) return { ...NOT_SHOWN, ...traced, own: ownFigures(figures) };
    const data = await page.evaluate((d: Record<string, string>) => {
      const analysisMs = Number(d.analysisMs);
      const shownAt = Number(d.shownAt);
      const startedAt = Number(d.startedAt ?? shownAt - analysisMs);
      const tasks = (window as unknown as { __slLongTasks: { start: number; duration: number }[] }).__slLongTasks;
      let longest = 0;
      // The long tasks between the start of the analysis (startedAt) and the UI being shown.
      for (const t of tasks)
        if (t.start + t.duration > startedAt && t.start < shownAt) longest = Math.max(longest, t.duration);
      const firstPaintAt = Number(d.firstPaintAt);
      const scriptStartAt = Number(d.scriptStartAt);
      return {
        analysisMs,
        shownAt,
        longest,
        firstPaintMs: Number.isFinite(firstPaintAt) ? firstPaintAt - startedAt : null,
        readyMs: shownAt - startedAt,
        scriptToFirstPaintMs:
          Number.isFinite(firstPaintAt) && Number.isFinite(scriptStartAt) ? firstPaintAt - scriptStartAt : null,
        longestSliceMs: Number(d.longestSliceMs),
      };
    }, figures);
    const heap = plainHeapKb === null ? null : (await heapKb(page)) - plainHeapKb;
    return {
      analysisMs: data.analysisMs,
      firstPaintMs: data.firstPaintMs,
      readyMs: data.readyMs,
      scriptToFirstPaintMs: data.scriptToFirstPaintMs,
      longestSliceMs: data.longestSliceMs,
      shownAtMs: data.shownAt,
      longestTaskMs: data.longest,
      heapKb: heap,
      ...traced,
      own: ownFigures(figures),
      steps: startSteps(figures),
    };
  } finally {
    await page.close();
  }
}

function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? null;
}

/** One line per page on stderr while it runs (the table goes to stdout). */
function progress(what: string): void {
  process.stderr.write(`  … ${what}\n`);
}

const fmt = (n: number | null | undefined, digits = 0) =>
  n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);

/** Where the Chromium measurements go (the engine in the page, then the extension), and what they need. */
interface ChromiumRun {
  engine: string;
  readability: string;
  useExtension: boolean;
  blocked: { count: number };
  engineRows: Map<BenchPage, EngineRow>;
  plainHeap: Map<BenchPage, number>;
  extensionRows: Map<BenchPage, ExtensionRow>;
}

async function measureChromium(
  pages: readonly BenchPage[],
  { engine, readability, useExtension, blocked, engineRows, plainHeap, extensionRows }: ChromiumRun,
): Promise<void> {
  const plain = await launch(false);
  try {
    serve(plain.context, pages, blocked);
    for (const p of pages) {
      progress(`engine ${p.group}/${p.id}`);
      try {
        engineRows.set(p, await measureEngine(plain.context, p, engine, readability));
      } catch (error) {
        engineRows.set(p, {
          pageHeapKb: 0,
          engineMs: null,
          warmMs: null,
          readabilityMs: null,
          isArticle: null,
          longestTaskMs: 0,
          heapKb: 0,
          error: String(error).split('\n')[0] ?? '',
        });
      }
      const row = engineRows.get(p);
      if (row && row.pageHeapKb > 0) plainHeap.set(p, row.pageHeapKb);
    }
  } finally {
    await plain.close();
  }

  if (useExtension) {
    const withExt = await launch(true);
    try {
      serve(withExt.context, pages, blocked);
      for (const p of pages) {
        if (p.group === 'pathological') continue; // built after load (nesting): the content script has run
        progress(`extension ${p.group}/${p.id}`);
        // The engine said "not an article": the content script shows nothing; its main thread is traced for
        // SETTLE_AFTER_LOAD_MS after load instead of waiting UI_TIMEOUT_MS for a UI.
        const expectUi = engineRows.get(p)?.isArticle !== false;
        try {
          extensionRows.set(p, await measureExtension(withExt.context, p, plainHeap.get(p) ?? null, expectUi));
        } catch {
          extensionRows.set(p, { ...NOT_SHOWN });
        }
      }
    } finally {
      await withExt.close();
    }
  }
}

/** A page in Firefox: the content script's own figures (null: it did not answer), and on a seed the way to its
 * first highlights (START_STEPS; null: no UI came). */
interface FirefoxRow {
  own: OwnFigures | null;
  steps: Partial<Record<StartStep, number>> | null;
  error: string | null;
}

/**
 * The not-articles group and the seeds in Firefox ESR with .output/firefox-mv3 installed: each page loaded from a
 * local server, left until its UI is ready where one is expected (`expectUi`: a seed the engine takes for an
 * article), else SETTLE_AFTER_LOAD_MS (all of the gate's later looks fall inside), then the content script's
 * own figures asked through the extension's `figures` message.
 */
async function measureFirefox(
  pages: readonly BenchPage[],
  expectUi: (p: BenchPage) => boolean,
): Promise<Map<BenchPage, FirefoxRow>> {
  const rows = new Map<BenchPage, FirefoxRow>();
  if (pages.length === 0) return rows;
  if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    console.log(`(no build at ${FIREFOX_EXTENSION_DIR}: Firefox skipped; run npm run build)`);
    return rows;
  }
  const manifest = JSON.parse(readFileSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const server = await startServer({});
  const driver = await launchFirefox(
    { executablePath: FIREFOX, extensionDir: FIREFOX_EXTENSION_DIR, firefoxPrefs: FIREFOX_PREFS },
    manifest.browser_specific_settings?.gecko?.id ?? null,
  );
  try {
    const extension = driver.extension;
    if (!extension) throw new Error('Firefox started without the extension');
    for (const p of pages) {
      progress(`firefox ${p.group}/${p.id}`);
      const page = await driver.newPage();
      try {
        await page.goto(server.generated(`${p.group}-${p.id.replace('/', '-')}.html`, p.html));
        const shown =
          expectUi(p) &&
          (await page
            .waitForSelector(READY_UI, { timeoutMs: UI_TIMEOUT_MS })
            .then(() => true)
            .catch(() => false));
        if (!shown) await sleep(SETTLE_AFTER_LOAD_MS);
        const figures = await readFigures({ extension }, page);
        rows.set(p, {
          own: ownFigures(figures),
          steps: shown && figures ? startSteps(figures) : null,
          error: null,
        });
      } catch (error) {
        rows.set(p, { own: null, steps: null, error: String(error).split('\n')[0] ?? '' });
      } finally {
        await page.close();
      }
    }
  } finally {
    await driver.close();
    await server.close();
  }
  return rows;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const pages = loadPages(options);
  const [engine, readability] = [await engineBundle(), readabilityScript()];
  const useExtension = options.extension && existsSync(path.join(EXTENSION_DIR, 'manifest.json'));
  if (options.extension && !useExtension)
    console.log(`(no build at ${EXTENSION_DIR}: extension columns skipped; run npm run build)`);
  const chromiumOn = options.browsers.includes('chromium');
  console.log(
    `${pages.length} pages; ${options.browsers.join(' and ')}; in Chromium every request but the page itself is blocked\n`,
  );

  const blocked = { count: 0 };
  const engineRows = new Map<BenchPage, EngineRow>();
  const plainHeap = new Map<BenchPage, number>();
  const extensionRows = new Map<BenchPage, ExtensionRow>();
  if (chromiumOn) {
    await measureChromium(pages, { engine, readability, useExtension, blocked, engineRows, plainHeap, extensionRows });
  }
  const firefoxRows =
    options.browsers.includes('firefox') && options.extension
      ? await measureFirefox(
          pages.filter((p) => p.group === 'not-articles' || p.group === 'seeds'),
          (p) => p.group === 'seeds' && engineRows.get(p)?.isArticle !== false,
        )
      : new Map<BenchPage, FirefoxRow>();

  const header = [
    'group',
    'page',
    'kB',
    'article',
    'engine ms',
    'warm ms',
    'Readab. ms',
    'ratio',
    'long task',
    'heap kB',
    'ext analysis',
    'ext shown@',
    'ext long',
    'ext heap kB',
    'note',
  ];
  const rows: string[][] = [header];
  for (const p of pages) {
    const e = engineRows.get(p);
    const x = extensionRows.get(p);
    const ratio = e?.engineMs != null && e.readabilityMs ? e.engineMs / e.readabilityMs : null;
    rows.push([
      p.group,
      p.id.slice(0, 34),
      fmt(p.html.length / 1024),
      e?.isArticle == null ? '–' : e.isArticle ? 'yes' : 'no',
      fmt(e?.engineMs, 1),
      fmt(e?.warmMs, 1),
      fmt(e?.readabilityMs, 1),
      fmt(ratio, 2),
      fmt(e?.longestTaskMs),
      fmt(e?.heapKb),
      fmt(x?.analysisMs, 1),
      fmt(x?.shownAtMs),
      x ? fmt(x.longestTaskMs) : '–',
      fmt(x?.heapKb),
      e?.error ?? '',
    ]);
  }
  const widths = header.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => (i <= 1 || i === header.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  '),
    );

  console.log('\nsummary (median / p90)');
  for (const group of options.groups) {
    const inGroup = pages.filter((p) => p.group === group);
    if (inGroup.length === 0) continue;
    const col = (f: (p: BenchPage) => number | null | undefined) =>
      inGroup.map(f).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const line = (label: string, values: number[], digits = 1) =>
      `  ${label.padEnd(48)} ${fmt(quantile(values, 0.5), digits).padStart(8)} / ${fmt(quantile(values, 0.9), digits).padStart(8)}  (n=${values.length})`;
    console.log(`${group}:`);
    /** One summary line each: label, the figure per page, decimals. */
    type Figure = readonly [string, (p: BenchPage) => number | null | undefined, number];
    const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
      a != null && b ? a / b : null;
    const engineFigures: Figure[] = [
      ['engine ms (analyzePage, in page)', (p) => engineRows.get(p)?.engineMs, 1],
      ['engine ms, second run (warm)', (p) => engineRows.get(p)?.warmMs, 1],
      ['Readability ms (clone + parse)', (p) => engineRows.get(p)?.readabilityMs, 1],
      ['ratio engine / Readability', (p) => ratio(engineRows.get(p)?.engineMs, engineRows.get(p)?.readabilityMs), 2],
      ['longest long task in analysis ms', (p) => engineRows.get(p)?.longestTaskMs, 0],
      ['heap left by the engine kB', (p) => engineRows.get(p)?.heapKb, 0],
    ];
    const extensionFigures: Figure[] = [
      ['extension: analysis ms', (p) => extensionRows.get(p)?.analysisMs, 1],
      ['extension: analysis start → first highlights ms', (p) => extensionRows.get(p)?.firstPaintMs, 0],
      ['extension: analysis start → all highlights ms', (p) => extensionRows.get(p)?.readyMs, 0],
      ['extension: content script start → first highlights ms', (p) => extensionRows.get(p)?.scriptToFirstPaintMs, 0],
      [
        'extension: start → all highlights / Readability',
        (p) => ratio(extensionRows.get(p)?.readyMs, engineRows.get(p)?.readabilityMs),
        2,
      ],
      ['extension: longest slice ms', (p) => extensionRows.get(p)?.longestSliceMs, 1],
      // The page's Long Tasks API reports tasks over 50 ms only: 0 is "none".
      ['extension: longest long task while it works ms', (p) => extensionRows.get(p)?.longestTaskMs, 0],
      ['extension: UI shown, ms after nav start', (p) => extensionRows.get(p)?.shownAtMs, 0],
      ['extension: heap over plain page kB', (p) => extensionRows.get(p)?.heapKb, 0],
      // From the Chromium trace (extensionShare): the thread clock, so a busy machine stretches it less.
      ['extension: main-thread CPU ms (trace, its scripts)', (p) => extensionRows.get(p)?.mainThreadMs, 2],
      ['extension: main-thread wall ms (trace, its scripts)', (p) => extensionRows.get(p)?.mainThreadWallMs, 2],
      ['extension: content script evaluation CPU ms', (p) => extensionRows.get(p)?.scriptEvalMs, 2],
      ['extension: modules compiled', (p) => extensionRows.get(p)?.modules, 0],
      // The content script's own record (performance.now() in the script): what Firefox is measured by.
      ['extension: content script run ms (its own record)', (p) => extensionRows.get(p)?.own?.scriptMs, 2],
      ['extension: main-thread ms (its own record)', (p) => ownMainThreadMs(extensionRows.get(p)?.own), 2],
    ];
    for (const [label, figure, digits] of engineFigures) console.log(line(label, col(figure), digits));
    if (useExtension && chromiumOn && group !== 'pathological') {
      for (const [label, figure, digits] of extensionFigures) console.log(line(label, col(figure), digits));
      console.log("  extension: from the content script's first line, ms (its own record):");
      console.log(
        line(
          '  navigation start → first line',
          col((p) => extensionRows.get(p)?.own?.scriptStartAt),
          0,
        ),
      );
      for (const [step, label] of START_STEPS)
        console.log(
          line(
            `  → ${label}`,
            col((p) => extensionRows.get(p)?.steps?.[step]),
            0,
          ),
        );
      const shown = inGroup.filter((p) => extensionRows.get(p)?.analysisMs != null).length;
      console.log(`  UI shown on ${shown} of ${inGroup.length} pages`);
      if (group === 'not-articles') {
        console.log(
          "  per page (Chromium's trace: the extension's main-thread CPU ms, of it the script's evaluation):",
        );
        for (const p of inGroup) {
          const row = extensionRows.get(p);
          console.log(
            `    ${p.id.padEnd(28)} ${fmt(row?.mainThreadMs, 2).padStart(6)}  eval ${fmt(row?.scriptEvalMs, 2).padStart(6)}  modules ${fmt(row?.modules)}`,
          );
        }
      }
    }
  }
  printFirefox(firefoxRows);
  printPathologicalBounds(pages, engineRows);
  console.log(
    `\n${blocked.count} requests blocked (page sub-resources); ${((Date.now() - started) / 1000).toFixed(0)} s in all`,
  );
  // Responsiveness: a section of its own (scripts/bench-responsive.ts), after the per-page groups.
  if (options.groups.includes('responsive')) await benchResponsive();
  const shownAnywhere = [...extensionRows.values()].some((row) => row.analysisMs != null);
  if (useExtension && extensionRows.size > 0 && !shownAnywhere) {
    console.error('bench:browser: the extension showed its UI on no page: its figures above are missing');
    process.exitCode = 1;
  }
}

/** The not-articles group in Firefox: the content script's own record, per page and median / p90. */
function printFirefox(all: ReadonlyMap<BenchPage, FirefoxRow>): void {
  printFirefoxSeeds([...all].filter(([p]) => p.group === 'seeds'));
  const rows = new Map([...all].filter(([p]) => p.group === 'not-articles'));
  if (rows.size === 0) return;
  console.log(
    "\nnot-articles in Firefox (the content script's own record, performance.now(); compiling the script and setting up its world are not in it)",
  );
  for (const [p, row] of rows) {
    const own = row.own;
    console.log(
      `  ${p.id.padEnd(28)} run ${fmt(own?.scriptMs, 2).padStart(6)} ms  later looks ${fmt(own?.gateChecksMs, 2).padStart(5)} ms  analysis ${fmt(own?.analysisMs, 1).padStart(6)} ms  modules ${fmt(own?.modulesAsked)}${row.error ? `  ${row.error}` : ''}`,
    );
  }
  const values = (f: (own: OwnFigures) => number | null) =>
    [...rows.values()]
      .map((row) => (row.own ? f(row.own) : null))
      .filter((v): v is number => v !== null && Number.isFinite(v));
  const line = (label: string, list: number[], digits: number) =>
    `  ${label.padEnd(48)} ${fmt(quantile(list, 0.5), digits).padStart(8)} / ${fmt(quantile(list, 0.9), digits).padStart(8)}  (n=${list.length})`;
  console.log('not-articles, Firefox (median / p90):');
  console.log(
    line(
      'extension: content script run ms (its own record)',
      values((o) => o.scriptMs),
      2,
    ),
  );
  console.log(line('extension: main-thread ms (its own record)', values(ownMainThreadMs), 2));
  console.log(
    line(
      'extension: modules asked for',
      values((o) => o.modulesAsked),
      0,
    ),
  );
}

/** The seeds in Firefox: the way from the content script's first line to the sidebar's counts (START_STEPS). */
function printFirefoxSeeds(rows: ReadonlyArray<readonly [BenchPage, FirefoxRow]>): void {
  if (rows.length === 0) return;
  const values = (f: (row: FirefoxRow) => number | null | undefined) =>
    rows.map(([, row]) => f(row)).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const line = (label: string, list: number[]) =>
    `  ${label.padEnd(48)} ${fmt(quantile(list, 0.5)).padStart(8)} / ${fmt(quantile(list, 0.9)).padStart(8)}  (n=${list.length})`;
  console.log("\nseeds in Firefox, from the content script's first line, ms (its own record; median / p90):");
  console.log(
    line(
      'navigation start → first line',
      values((row) => row.own?.scriptStartAt),
    ),
  );
  for (const [step, label] of START_STEPS)
    console.log(
      line(
        `→ ${label}`,
        values((row) => row.steps?.[step]),
      ),
    );
  const failed = rows.filter(([, row]) => row.error);
  for (const [p, row] of failed) console.log(`  ${p.id}: ${row.error}`);
}

/**
 * The pathological cases next to their bounds (`browserBoundMs`, tools/pathological-inputs.ts): the engine's cold
 * run in the page. The real-browser suite only checks that no case blows up (tests/e2e/pathological.e2e.ts), since
 * a busy machine stretches these milliseconds; here they are held to the bound, on a machine left idle.
 */
function printPathologicalBounds(pages: readonly BenchPage[], engineRows: ReadonlyMap<BenchPage, EngineRow>): void {
  const measured = pages.filter((p) => p.group === 'pathological');
  if (measured.length === 0) return;
  console.log('\npathological cases: engine cold in the page against its bound');
  let over = 0;
  for (const p of measured) {
    const bound = PATHOLOGICAL_CASES.find((c) => p.id === c.id || p.id.startsWith(`${c.id}-`))?.browserBoundMs;
    const ms = engineRows.get(p)?.engineMs ?? null;
    const isOver = ms != null && bound != null && ms >= bound;
    if (isOver) over++;
    console.log(`  ${p.id.padEnd(28)} ${fmt(ms).padStart(7)} ms  bound ${bound ?? '–'} ms${isOver ? '  OVER' : ''}`);
  }
  console.log(`  ${over} of ${measured.length} over their bound`);
}

await main();

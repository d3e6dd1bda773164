// Sourcelight never blocks the page for long (issue 6, "Responsiveness"). On the seed page and on a 100,000-word
// article (tools/pathological-inputs.ts), with the extension as a reader gets it:
//   - its own record: the analysis ran in slices (utils/slices.ts), and the longest (data-longest-slice-ms,
//     wall time) is printed and held to SLICE_BOUND_MS in both browsers: typically 10–42 ms, but a garbage
//     collection that falls in a slice (up to ~110 ms seen) counts in it, and the content script cannot tell;
//   - the page's record: a timer of the page's own that ticks every 10 ms keeps ticking while Sourcelight works;
//     the longest gap between two ticks is under TIMER_GAP_BOUND_MS, in both browsers;
//   - the browser's record (Chromium's trace): every task in which Sourcelight's code runs is under 50 ms, not
//     counting the garbage collector's pauses that fell in it (printed apart: a full collection in a browser that
//     has run the whole suite takes up to ~140 ms wherever it falls, and which task it falls in is chance). That
//     includes the content script's own evaluation and the evaluation of the engine and UI modules it imports
//     (their compiling is streamed off the main thread). Firefox has no such trace here (no longtask API, no CDP
//     tracing through BiDi), so there the two records above are the witnesses;
//   - on the long article, highlights appear progressively: while the article is still being read
//     (data-state="reading"), claims and numbers are already painted and their number grows.
import assert from 'node:assert/strict';
import { PATHOLOGICAL_CASES } from '../../tools/pathological-inputs.ts';
import { test } from './harness/framework.ts';
import type { E2EContext, E2EPage } from './harness/types.ts';
import { clickInUi, HOST, openSidebar } from './hostile-ui.ts';

/** A task longer than this is a "long task" (the Long Tasks API's threshold). */
const LONG_TASK_MS = 50;
/** The page's own timer in the probe ticks this often. */
const TICK_MS = 10;
/** The longest the page's timer may wait while Sourcelight works: measured 27–88 ms, and 152 ms once when a
 * 106 ms garbage collection fell in. */
const TIMER_GAP_BOUND_MS = 200;
/** Sourcelight's own record of its longest slice, wall time, garbage collection included (see the header);
 * the 50 ms goal is checked on Chromium's trace, where the collector's pauses can be told apart. */
const SLICE_BOUND_MS = 150;
/** The isolated world Chromium runs the content script and its modules in is named after the extension. */
const EXTENSION_WORLD = 'Sourcelight';
const SEED = 'daily8-islamic-state.html';
const READY = 'sourcelight-ui[data-state="ready"]';
const LONG_ARTICLE_TIMEOUT_MS = 90_000;

interface HostRecord {
  state: string;
  slices: number;
  longestSliceMs: number;
  startedAt: number;
  firstPaintAt: number;
  shownAt: number;
  claims: number;
  paintedClaims: number;
}

function readRecord(page: E2EPage): Promise<HostRecord> {
  return page.evaluate((selector: string) => {
    const d = (document.querySelector(selector) as HTMLElement | null)?.dataset ?? {};
    return {
      state: d.state ?? '',
      slices: Number(d.slices),
      longestSliceMs: Number(d.longestSliceMs),
      startedAt: Number(d.startedAt),
      firstPaintAt: Number(d.firstPaintAt),
      shownAt: Number(d.shownAt),
      claims: Number(d.claims),
      paintedClaims: Number(d.paintedClaims),
    };
  }, 'sourcelight-ui');
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium's trace: the renderer's tasks, and which of them ran Sourcelight's code

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; beginData?: { url?: string }; worldName?: string };
}

interface TracedTask {
  ms: number;
  /** Of which the garbage collector's pauses. */
  gcMs: number;
  what: string;
  /** The content script's own evaluation, or a module's it imports (compiling and running the code). */
  evaluation: boolean;
}

interface Tracer {
  stop(): Promise<TracedTask[]>;
}

/** Starts tracing the tab (before navigation, or before an action); `stop` returns the tasks that ran
 * Sourcelight's code. */
async function traceChromium(page: E2EPage): Promise<Tracer | null> {
  const raw = page.raw;
  if (raw.browser !== 'chromium') return null;
  const cdp = await raw.page.context().newCDPSession(raw.page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (event) => {
    events.push(...(event.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return sourcelightTasks(events);
    },
  };
}

/** Our code, as the trace names it: the content script evaluated, a module of ours compiled or evaluated, or a
 * function of ours called (a slice of the analysis resumes from a scheduler.postTask() callback). */
function isOurs(event: TraceEvent): boolean {
  const url = event.args?.data?.url ?? '';
  if (OUR_URL_EVENTS.has(event.name)) return url.startsWith('chrome-extension://');
  return event.name === 'v8.evaluateModule' && event.args?.worldName === EXTENSION_WORLD;
}

const OUR_URL_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compileModule', 'v8.streamingCompile.complete']);
const EVALUATIONS = new Set(['EvaluateScript', 'v8.evaluateModule']);

/** The collector's pauses as the devtools.timeline category names them (top level only: no nesting). */
const GC_EVENTS = new Set(['MajorGC', 'MinorGC']);

function sourcelightTasks(events: readonly TraceEvent[]): TracedTask[] {
  // The tab's main thread: where the page's HTML was parsed, or (a trace begun after load) where our code ran.
  const parse =
    events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith('http')) ??
    events.find((e) => e.name === 'FunctionCall' && isOurs(e));
  if (!parse) throw new Error('the trace has neither the page being parsed nor any of our code');
  const onMain = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid);
  const ours = onMain.filter(isOurs);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined);
  const found: TracedTask[] = [];
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    const inside = ours.filter((e) => e.ts >= task.ts && e.ts <= end);
    if (inside.length === 0) continue;
    const what = [...new Set(inside.map((e) => e.name))].join('+');
    const gc = onMain.filter((e) => GC_EVENTS.has(e.name) && e.ts >= task.ts && e.ts <= end);
    const gcMs = gc.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
    found.push({ ms: (task.dur ?? 0) / 1000, gcMs, what, evaluation: inside.some((e) => EVALUATIONS.has(e.name)) });
  }
  return found;
}

function describe(tasks: readonly TracedTask[]): string {
  const longest = [...tasks].sort((a, b) => b.ms - a.ms).slice(0, 5);
  return longest
    .map((t) => `${t.ms.toFixed(1)} ms (${t.what}${t.gcMs > 0 ? `, of which GC ${t.gcMs.toFixed(1)} ms` : ''})`)
    .join(', ');
}

interface Tick {
  t: number;
  state: string;
  ranges: number;
}

/**
 * The page's own timer, installed before any script of the page: every TICK_MS it notes the time, Sourcelight's
 * state and how many ranges are highlighted (the registry is per document, so the content script's highlights
 * are visible from the page), until Sourcelight is ready.
 */
async function installTicker(page: E2EPage): Promise<void> {
  await page.addInitScript((tick: number) => {
    const ticks: Tick[] = [];
    (globalThis as unknown as { __slTicks: Tick[] }).__slTicks = ticks;
    const sample = (): void => {
      const host = document.querySelector('sourcelight-ui') as HTMLElement | null;
      let ranges = 0;
      const registry = (globalThis.CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
      registry?.forEach((highlight) => {
        ranges += highlight.size;
      });
      const state = host?.dataset.state ?? '';
      ticks.push({ t: performance.now(), state, ranges });
      if (state !== 'ready') setTimeout(sample, tick);
    };
    sample();
  }, TICK_MS);
}

function readTicks(page: E2EPage): Promise<Tick[]> {
  return page.evaluate(() => (globalThis as unknown as { __slTicks?: Tick[] }).__slTicks ?? [], null);
}

/** The checks common to both pages; prints the figures first. */
async function checkTasks(
  page: E2EPage,
  tracer: Tracer | null,
  label: string,
): Promise<{ record: HostRecord; ticks: Tick[] }> {
  const record = await readRecord(page);
  const ticks = await readTicks(page);
  const during = ticks.filter((tick) => tick.t >= record.startedAt && tick.t <= record.shownAt + TICK_MS);
  let gap = 0;
  for (let i = 1; i < during.length; i++) gap = Math.max(gap, (during[i]?.t ?? 0) - (during[i - 1]?.t ?? 0));
  const tasks = tracer ? await tracer.stop() : null;
  const evaluation = tasks?.filter((t) => t.evaluation) ?? [];
  const others = tasks?.filter((t) => !t.evaluation) ?? [];
  const byLength = others.slice().sort((a, b) => b.ms - a.ms);
  const withoutGc = others.slice().sort((a, b) => b.ms - b.gcMs - (a.ms - a.gcMs));
  const traced = tasks
    ? `; trace: ${others.length} tasks ran Sourcelight's code after its evaluation, longest ` +
      `${describe(byLength.slice(0, 1))}, longest less GC ${describe(withoutGc.slice(0, 1))}; evaluations ` +
      `(the script, then its modules) ${evaluation.map((t) => t.ms.toFixed(0)).join(', ')} ms`
    : '';
  console.log(
    `    [responsive] ${label}: ${record.slices} slices, longest ${record.longestSliceMs} ms; page timer's longest ` +
      `gap ${gap.toFixed(0)} ms${traced}; first highlights ${(record.firstPaintAt - record.startedAt).toFixed(0)} ms ` +
      `and all ${(record.shownAt - record.startedAt).toFixed(0)} ms after the analysis started`,
  );

  assert.ok(record.slices > 1, `${label}: the analysis ran in ${record.slices} slice(s), not in slices`);
  assert.ok(
    record.longestSliceMs <= SLICE_BOUND_MS,
    `${label}: Sourcelight's longest slice took ${record.longestSliceMs} ms (over ${SLICE_BOUND_MS} ms)`,
  );
  assert.ok(during.length >= 2, `${label}: the page's timer ticked ${during.length} time(s) while Sourcelight worked`);
  assert.ok(
    gap <= TIMER_GAP_BOUND_MS,
    `${label}: the page's own ${TICK_MS} ms timer waited ${gap.toFixed(0)} ms while Sourcelight worked`,
  );
  if (tasks) {
    assert.ok(evaluation.length > 0, `${label}: the trace shows no content script (${describe(tasks)})`);
    const long = tasks.filter((t) => t.ms - t.gcMs > LONG_TASK_MS);
    assert.deepEqual(long, [], `${label}: Sourcelight's tasks over ${LONG_TASK_MS} ms: ${describe(long)}`);
  }
  return { record, ticks };
}

/**
 * The browser as a reader's is when an article opens: started, and with Sourcelight run once before on another
 * site. The very first page after the browser starts also waits on the browser's own start-up (up to ~75 ms for
 * the script's evaluation on this machine, printed here). The other site (localhost, where the measured pages
 * are on 127.0.0.1) gets a renderer process of its own, so the measured page starts in a fresh one, as a new
 * site does: nothing compiled there is reused (Chromium keeps a code cache of extension modules across
 * processes, not of content scripts). When the suite runs whole, the browser has long been warm.
 */
async function warmUp(ctx: E2EContext): Promise<void> {
  const page = await ctx.newPage();
  const tracer = await traceChromium(page);
  const url = new URL(ctx.server.seed('publisher-article.html'));
  url.hostname = 'localhost';
  await page.goto(url.href);
  await page.waitForSelector(READY);
  const tasks = tracer ? await tracer.stop() : null;
  if (tasks) console.log(`    [responsive] warm-up page: longest tasks ${describe(tasks)}`);
  await page.close();
}

test('seed page: no task of Sourcelight over 50 ms', async (ctx) => {
  await warmUp(ctx);
  const page = await ctx.newPage();
  await installTicker(page);
  const tracer = await traceChromium(page);
  await page.goto(ctx.server.seed(SEED));
  await page.waitForSelector(READY);
  await checkTasks(page, tracer, 'seed page');
});

test(
  '100,000-word article: no task over 50 ms, and highlights appear while it is still being read',
  async (ctx) => {
    const article = PATHOLOGICAL_CASES.find((c) => c.id === 'words-100k');
    assert.ok(article, 'the 100,000-word case is in tools/pathological-inputs.ts');
    const url = ctx.server.generated('responsive/words-100k.html', article.html());
    await warmUp(ctx);
    const page = await ctx.newPage();
    await installTicker(page);
    const tracer = await traceChromium(page);
    await page.goto(url);
    await page.waitForSelector(READY, { timeoutMs: LONG_ARTICLE_TIMEOUT_MS });
    const { record, ticks } = await checkTasks(page, tracer, '100,000-word article');

    const reading = ticks.filter((tick) => tick.state === 'reading' && tick.ranges > 0);
    const states = ticks.map((tick) => `${tick.state || '-'}:${tick.ranges}`);
    assert.ok(reading.length >= 2, `highlights while reading: ${[...new Set(states)].slice(0, 20).join(' ')}`);
    const first = reading[0]?.ranges ?? 0;
    const last = reading[reading.length - 1]?.ranges ?? 0;
    assert.ok(last > first, `the highlights grew while the article was read (${first} → ${last} ranges)`);
    assert.ok(record.firstPaintAt < record.shownAt, 'the first highlights came before the whole article was read');
    // The long article keeps only the blocks near the viewport painted (utils/marks/block-highlights.ts), and
    // follows the reader: after a jump to its end, the last paragraph is highlighted.
    assert.ok(
      record.paintedClaims > 0 && record.paintedClaims < record.claims,
      `painted ${record.paintedClaims} of ${record.claims} claims`,
    );
    const lastParagraphPainted = async (): Promise<boolean> =>
      page.evaluate(() => {
        const paragraphs = document.querySelectorAll('article p');
        const last = paragraphs[paragraphs.length - 1];
        let found = false;
        const registry = (globalThis.CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        registry?.forEach((highlight) => {
          highlight.forEach((range) => {
            if (last?.contains(range.startContainer)) found = true;
          });
        });
        return found;
      }, null);
    assert.equal(
      await lastParagraphPainted(),
      false,
      'the end of the article is not painted before the reader gets there',
    );
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight), null);
    const deadline = Date.now() + 5_000;
    while (!(await lastParagraphPainted()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(await lastParagraphPainted(), 'after the jump to the end, the last paragraph is highlighted');
    // A source chosen in the sidebar: the focused view is windowed too (only its claims near the viewport are
    // painted), and choosing it holds the page up no longer than the analysis did.
    await openSidebar(page);
    const sources = await page.evaluate(
      (host: string) => document.querySelector(host)?.shadowRoot?.querySelectorAll('.sl-source').length ?? 0,
      HOST,
    );
    assert.ok(sources > 0, 'the sidebar lists the sources');
    const focusTracer = await traceChromium(page);
    assert.ok(await clickInUi(page, '.sl-source', 0), 'a source could be chosen');
    await page.waitFor(
      (host: string) => document.querySelector(host)?.shadowRoot?.querySelector('.sl-focus') != null,
      HOST,
    );
    await new Promise((r) => setTimeout(r, 500));
    const focused = await readRecord(page);
    const sourceClaims = await page.evaluate(
      (host: string) => document.querySelector(host)?.shadowRoot?.querySelectorAll('.sl-focus .sl-claim').length ?? 0,
      HOST,
    );
    const focusTasks = focusTracer ? await focusTracer.stop() : null;
    console.log(
      `    [responsive] 100,000-word article, a source chosen: ${focused.paintedClaims} of its ${sourceClaims} ` +
        `claims painted${focusTasks ? `; trace: longest ${describe(focusTasks)}` : ''}`,
    );
    assert.ok(
      focused.paintedClaims > 0 && focused.paintedClaims < sourceClaims,
      `the chosen source's claims are painted near the viewport only: ${focused.paintedClaims} of ${sourceClaims}`,
    );
    const longFocus = focusTasks?.filter((t) => t.ms - t.gcMs > LONG_TASK_MS) ?? [];
    assert.deepEqual(longFocus, [], `choosing a source: tasks over ${LONG_TASK_MS} ms: ${describe(longFocus)}`);
    console.log(
      `    [responsive] 100,000-word article: ${reading.length} ticks while reading, ${first} → ${last} ranges ` +
        `painted before the end; ${record.paintedClaims} of ${record.claims} claims painted near the viewport`,
    );
  },
  { timeoutMs: LONG_ARTICLE_TIMEOUT_MS + 30_000 },
);

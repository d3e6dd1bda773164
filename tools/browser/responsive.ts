// What Sourcelight's work on a page looks like from the outside, read the same way by the real-browser suite
// (tests/e2e/responsive.e2e.ts, which asserts what does not depend on the machine's load: counts and order) and
// by `npm run bench:browser` (scripts/bench-responsive.ts, which prints the milliseconds next to their bounds):
//   - Sourcelight's own record on its <sourcelight-ui> host: how many slices the analysis ran in, the longest
//     (wall time), when it started, first painted and was ready;
//   - the page's record: a timer of the page's own that ticks every TICK_MS, noting Sourcelight's state and how
//     many ranges are highlighted at each tick;
//   - the browser's record (Chromium's trace; Firefox has no such trace here: no longtask API, no CDP tracing
//     through BiDi): every task in which Sourcelight's code ran, its length and the garbage collector's share.
import { readFigures } from './page-messages.ts';
import type { E2EExtension, E2EPage, E2EServer } from './types.ts';

/** The page's own timer in the probe ticks this often. */
export const TICK_MS = 10;
/** The isolated world Chromium runs the content script and its modules in is named after the extension. */
const EXTENSION_WORLD = 'Sourcelight';
export const READY = 'sourcelight-ui[data-state="ready"]';
/** A wait, not a bound: how long a page may take to be read on a very busy machine before it is given up. */
const LOAD_WAIT_MS = 60_000;
/** The seed page both the suite and the benchmark measure. */
export const RESPONSIVE_SEED = 'daily8-wire-story.html';

export interface HostRecord {
  state: string;
  slices: number;
  longestSliceMs: number;
  startedAt: number;
  firstPaintAt: number;
  shownAt: number;
  claims: number;
  paintedClaims: number;
}

/** The host's state from the page; the figures through the extension's messages (they are not on the page). */
export async function readRecord(source: Pick<PageSource, 'extension'>, page: E2EPage): Promise<HostRecord> {
  const state = await page.evaluate(
    (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.dataset.state ?? '',
    'sourcelight-ui',
  );
  const d = (await readFigures(source, page)) ?? {};
  return {
    state,
    slices: Number(d.slices),
    longestSliceMs: Number(d.longestSliceMs),
    startedAt: Number(d.startedAt),
    firstPaintAt: Number(d.firstPaintAt),
    shownAt: Number(d.shownAt),
    claims: Number(d.claims),
    paintedClaims: Number(d.paintedClaims),
  };
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

export interface TracedTask {
  ms: number;
  /** Of which the garbage collector's pauses. */
  gcMs: number;
  what: string;
  /** The content script's own evaluation, or a module's it imports (compiling and running the code). */
  evaluation: boolean;
}

export interface Tracer {
  stop(): Promise<TracedTask[]>;
}

/** Starts tracing the tab (before navigation, or before an action); `stop` returns the tasks that ran
 * Sourcelight's code. Null in Firefox. */
export async function traceChromium(page: E2EPage): Promise<Tracer | null> {
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

/** The longest few tasks, for a message. */
export function describeTasks(tasks: readonly TracedTask[], count = 5): string {
  const longest = [...tasks].sort((a, b) => b.ms - a.ms).slice(0, count);
  return longest
    .map((t) => `${t.ms.toFixed(1)} ms (${t.what}${t.gcMs > 0 ? `, of which GC ${t.gcMs.toFixed(1)} ms` : ''})`)
    .join(', ');
}

// ---------------------------------------------------------------------------------------------------------------
// The page's own timer

export interface Tick {
  t: number;
  state: string;
  ranges: number;
}

/**
 * The page's own timer, installed before any script of the page: every TICK_MS it notes the time, Sourcelight's
 * state and how many ranges are highlighted (the registry is per document, so the content script's highlights
 * are visible from the page), until Sourcelight is ready.
 */
export async function installTicker(page: E2EPage): Promise<void> {
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

export function readTicks(page: E2EPage): Promise<Tick[]> {
  return page.evaluate(() => (globalThis as unknown as { __slTicks?: Tick[] }).__slTicks ?? [], null);
}

// ---------------------------------------------------------------------------------------------------------------
// One page load, read from all three records

/** Where the measured page comes from: the suite's context or the benchmark's own launch. */
export interface PageSource {
  newPage(): Promise<E2EPage>;
  readonly server: E2EServer;
  /** Where Sourcelight's figures are asked for (they are not on the page: tests/e2e/onpage-probes.ts). */
  readonly extension: E2EExtension;
}

export interface LoadFigures {
  record: HostRecord;
  ticks: Tick[];
  /** The page's ticks strictly between the analysis's start and its end: the page ran while Sourcelight worked. */
  ticksWhileWorking: number;
  /** The longest wait between two of the page's ticks while Sourcelight worked (milliseconds: the benchmark's). */
  longestGapMs: number;
  /** Chromium only: the tasks that ran Sourcelight's code, the content script's and modules' evaluation apart. */
  evaluations: TracedTask[] | null;
  others: TracedTask[] | null;
}

/** Reads the three records of a page Sourcelight has finished with (the tracer started before navigation). */
export async function readLoad(
  source: Pick<PageSource, 'extension'>,
  page: E2EPage,
  tracer: Tracer | null,
): Promise<LoadFigures> {
  const record = await readRecord(source, page);
  const ticks = await readTicks(page);
  const during = ticks.filter((tick) => tick.t >= record.startedAt && tick.t <= record.shownAt + TICK_MS);
  let longestGapMs = 0;
  for (let i = 1; i < during.length; i++)
    longestGapMs = Math.max(longestGapMs, (during[i]?.t ?? 0) - (during[i - 1]?.t ?? 0));
  const ticksWhileWorking = ticks.filter((tick) => tick.t > record.startedAt && tick.t < record.shownAt).length;
  const tasks = tracer ? await tracer.stop() : null;
  return {
    record,
    ticks,
    ticksWhileWorking,
    longestGapMs,
    evaluations: tasks?.filter((t) => t.evaluation) ?? null,
    others: tasks?.filter((t) => !t.evaluation) ?? null,
  };
}

/** One line of figures for a page load (the suite prints it; the benchmark prints its own table). */
export function describeLoad(label: string, f: LoadFigures): string {
  const r = f.record;
  const byLength = (f.others ?? []).slice().sort((a, b) => b.ms - a.ms);
  const withoutGc = (f.others ?? []).slice().sort((a, b) => b.ms - b.gcMs - (a.ms - a.gcMs));
  const traced = f.others
    ? `; trace: ${f.others.length} tasks ran Sourcelight's code after its evaluation, longest ` +
      `${describeTasks(byLength, 1)}, longest less GC ${describeTasks(withoutGc, 1)}; evaluations ` +
      `(the script, then its modules) ${(f.evaluations ?? []).map((t) => t.ms.toFixed(0)).join(', ')} ms`
    : '';
  return (
    `${label}: ${r.slices} slices, longest ${r.longestSliceMs} ms; the page's timer ticked ${f.ticksWhileWorking} ` +
    `times while Sourcelight worked, longest gap ${f.longestGapMs.toFixed(0)} ms${traced}; first highlights ` +
    `${(r.firstPaintAt - r.startedAt).toFixed(0)} ms and all ${(r.shownAt - r.startedAt).toFixed(0)} ms after ` +
    'the analysis started'
  );
}

/**
 * The browser as a reader's is when an article opens: started, and with Sourcelight run once before on another
 * site. The very first page after the browser starts also waits on the browser's own start-up. The other site
 * (localhost, where the measured pages are on 127.0.0.1) gets a renderer process of its own, so the measured page
 * starts in a fresh one, as a new site does: nothing compiled there is reused (Chromium keeps a code cache of
 * extension modules across processes, not of content scripts). Returns the warm-up page's traced tasks.
 */
export async function warmUp(source: PageSource): Promise<TracedTask[] | null> {
  const page = await source.newPage();
  try {
    const tracer = await traceChromium(page);
    const url = new URL(source.server.seed('publisher-article.html'));
    url.hostname = 'localhost';
    await page.goto(url.href);
    await page.waitForSelector(READY, { timeoutMs: LOAD_WAIT_MS });
    return tracer ? await tracer.stop() : null;
  } finally {
    await page.close();
  }
}

/** Opens `url` in a warmed-up browser with the page's ticker and (Chromium) a trace running, waits until
 * Sourcelight is ready and reads the records. The page is left open for the caller. */
export async function loadAndRead(
  source: PageSource,
  url: string,
  timeoutMs?: number,
): Promise<{ page: E2EPage; figures: LoadFigures; warmUpTasks: TracedTask[] | null }> {
  const warmUpTasks = await warmUp(source);
  const page = await source.newPage();
  await installTicker(page);
  const tracer = await traceChromium(page);
  await page.goto(url);
  await page.waitForSelector(READY, { timeoutMs: timeoutMs ?? LOAD_WAIT_MS });
  return { page, figures: await readLoad(source, page, tracer), warmUpTasks };
}

/** In the page: whether the last paragraph of the article has a highlighted range (a windowed long article
 * paints only the blocks near the viewport). For page.evaluate and page.waitFor. */
export const lastParagraphPainted = (): boolean => {
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
};

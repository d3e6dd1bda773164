// `npm run bench:browser -- --only responsive`: how long Sourcelight holds the page up, in milliseconds, next to
// the bounds the project aims for, in headless Chromium and Firefox ESR with the built extension (.output/*-mv3).
// The real-browser suite (tests/e2e/responsive.e2e.ts) checks the same page loads for what does not depend on the
// machine's load (slices, the page's timer ticking, progressive painting); the milliseconds are here, since a
// busy machine stretches them. Run it on an otherwise idle machine: figures over a bound are marked OVER.
//
// Pages: the seed page (tools/browser/responsive.ts, RESPONSIVE_SEED) and the 100,000-word article
// (tools/pathological-inputs.ts), each in a browser warmed up on another site first (tools/browser/responsive.ts, warmUp).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../tools/browser/chromium.ts';
import type { BrowserDriver } from '../tools/browser/driver.ts';
import { launchFirefox } from '../tools/browser/firefox.ts';
import {
  type LoadFigures,
  loadAndRead,
  type PageSource,
  RESPONSIVE_SEED,
  type TracedTask,
} from '../tools/browser/responsive.ts';
import { startServer } from '../tools/browser/server.ts';
import type { BrowserName } from '../tools/browser/types.ts';
import { PATHOLOGICAL_CASES } from '../tools/pathological-inputs.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** A task over this long is a "long task" (the Long Tasks API's threshold): none of Sourcelight's should be, the
 * garbage collector's pauses that fall in one apart (which task a collection falls in is chance). */
export const LONG_TASK_MS = 50;
/** Sourcelight's own record of its longest slice, wall time, garbage collection included (the content script
 * cannot tell a collection apart): typically 10–42 ms on an idle machine, up to ~110 ms when a collection falls
 * in one. */
export const SLICE_BOUND_MS = 150;
/** The longest the page's own 10 ms timer may wait while Sourcelight works: measured 27–88 ms on an idle machine,
 * 152 ms once when a 106 ms collection fell in. */
export const TIMER_GAP_BOUND_MS = 200;
/** How long the long article may take to be read before the page is given up. */
const LONG_ARTICLE_TIMEOUT_MS = 180_000;

interface Setup {
  name: BrowserName;
  executable: string;
  extensionDir: string;
}

const SETUPS: readonly Setup[] = [
  {
    name: 'chromium',
    executable: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    extensionDir: path.join(ROOT, '.output/chrome-mv3'),
  },
  {
    name: 'firefox',
    executable: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    extensionDir: path.join(ROOT, '.output/firefox-mv3'),
  },
];

async function launch(setup: Setup): Promise<BrowserDriver> {
  const options = { executablePath: setup.executable, extensionDir: setup.extensionDir };
  if (setup.name === 'chromium') return launchChromium(options);
  const manifest = JSON.parse(readFileSync(path.join(setup.extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  return launchFirefox(options, manifest.browser_specific_settings?.gecko?.id ?? null);
}

/** The longest task of `tasks` less the garbage collector's pauses in it; null without a trace. */
function longestLessGc(tasks: readonly TracedTask[] | null): number | null {
  if (tasks === null) return null;
  return tasks.reduce((longest, t) => Math.max(longest, t.ms - t.gcMs), 0);
}

interface Row {
  browser: BrowserName;
  page: string;
  figures: LoadFigures | null;
  error: string | null;
}

const fmt = (n: number | null | undefined) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(0));
const judged = (value: number | null, bound: number) =>
  value === null ? '–' : `${fmt(value)}${value > bound ? ' OVER' : ''}`;

/** Measures the responsive pages in both browsers and prints one table; returns the number of bounds not met. */
export async function benchResponsive(): Promise<number> {
  const article = PATHOLOGICAL_CASES.find((c) => c.id === 'words-100k');
  if (!article) throw new Error('the 100,000-word case is missing from tools/pathological-inputs.ts');
  const server = await startServer({ seeds: path.join(ROOT, 'seeds') });
  const pages = [
    { label: 'seed page', url: server.seed(RESPONSIVE_SEED) },
    { label: '100,000-word article', url: server.generated('responsive/words-100k.html', article.html()) },
  ];
  const rows: Row[] = [];
  try {
    for (const setup of SETUPS) {
      if (!existsSync(setup.executable) || !existsSync(path.join(setup.extensionDir, 'manifest.json'))) {
        console.log(`(responsive: ${setup.name} or its build is missing: skipped)`);
        continue;
      }
      for (const p of pages) {
        process.stderr.write(`  … responsive ${setup.name} ${p.label}\n`);
        // A browser of its own per page: the measured page is the second page that browser opens.
        const driver = await launch(setup);
        const extension = driver.extension;
        if (!extension) throw new Error(`bench:browser: ${setup.name} was launched without the extension`);
        const source: PageSource = { newPage: () => driver.newPage(), server, extension };
        try {
          const { page, figures } = await loadAndRead(source, p.url, LONG_ARTICLE_TIMEOUT_MS);
          await page.close();
          rows.push({ browser: setup.name, page: p.label, figures, error: null });
        } catch (error) {
          rows.push({ browser: setup.name, page: p.label, figures: null, error: String(error).split('\n')[0] ?? '' });
        } finally {
          await driver.close().catch(() => undefined);
        }
      }
    }
  } finally {
    await server.close();
  }

  console.log(
    `\nresponsiveness (ms; bounds: trace task less GC ≤ ${LONG_TASK_MS}, own slice ≤ ${SLICE_BOUND_MS}, ` +
      `page timer gap ≤ ${TIMER_GAP_BOUND_MS}; OVER marks a figure over its bound)`,
  );
  const header = [
    'browser',
    'page',
    'slices',
    'longest slice',
    'timer ticks',
    'timer gap',
    'trace task',
    'evaluations',
    'first highlights',
    'all',
    'note',
  ];
  const table: string[][] = [header];
  let over = 0;
  for (const row of rows) {
    const f = row.figures;
    if (!f) {
      table.push([row.browser, row.page, '–', '–', '–', '–', '–', '–', '–', '–', row.error ?? '']);
      over++;
      continue;
    }
    const r = f.record;
    const task = longestLessGc(f.others);
    const evaluation = longestLessGc(f.evaluations);
    const checks = [
      [r.longestSliceMs, SLICE_BOUND_MS],
      [f.longestGapMs, TIMER_GAP_BOUND_MS],
      [task, LONG_TASK_MS],
      [evaluation, LONG_TASK_MS],
    ] as const;
    over += checks.filter(([value, bound]) => value !== null && value > bound).length;
    table.push([
      row.browser,
      row.page,
      String(r.slices),
      judged(r.longestSliceMs, SLICE_BOUND_MS),
      String(f.ticksWhileWorking),
      judged(f.longestGapMs, TIMER_GAP_BOUND_MS),
      judged(task, LONG_TASK_MS),
      judged(evaluation, LONG_TASK_MS),
      fmt(r.firstPaintAt - r.startedAt),
      fmt(r.shownAt - r.startedAt),
      '',
    ]);
  }
  const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
  for (const r of table)
    console.log(
      `  ${r.map((c, i) => (i <= 1 || i === header.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')}`,
    );
  console.log(
    "  (trace task / evaluations: Chromium only, the longest task running Sourcelight's code after / during its " +
      'evaluation, less GC; first highlights and all: ms after the analysis started)',
  );
  console.log(over === 0 ? '  every bound met' : `  ${over} figure(s) over their bound (or a page that failed)`);
  return over;
}

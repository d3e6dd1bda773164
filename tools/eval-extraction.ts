// What `npm run eval:extraction -- DIR…` does (scripts/eval-extraction.ts is the command; the tests call
// evalExtraction): how well Sourcelight finds the article on saved pages, next to Readability.js on the same
// pages in the same run, and whether the strip would hide any of the article. Each DIR is a corpus in
// the article-extraction benchmark's layout: ground-truth.json ({"<id>": {"articleBody": "..."}}) with the pages
// (<id>.html, .htm or .html.gz) beside it or in an html/ subfolder.
//
// Sourcelight reads each page as the CLI does (load-page.ts: the browser's decoding and tree, built in linkedom)
// and is scored on its article text, a page it calls "not an article" counting as empty. Readability.js runs on
// jsdom, as the figures it publishes do. Both are scored by the benchmark's metric (eval/extraction.mjs).
// The strip check: every element the strip would hide (the clutter, less what safeToHide keeps shown) must not
// hold a stretch of the article, judged against the ground truth and against Sourcelight's own article blocks.
// Pages are spread over worker threads (--jobs); the figures do not depend on how many.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ClutterKind } from '../utils/analysis/types';
import { safeToHide } from '../utils/marks/strip';
import { analyzePage } from '../utils/page/analyze-page';
import { BLOCK_TAGS, isSkipped, isText, tagOf, visibleText, walkTreeNow } from '../utils/page/dom';
import { clutterElements, type DomBlock, type PageAnalysis } from '../utils/page/types';
import type { ExtractionScore, GroundTruth } from './eval/extraction.mjs';
import { scoreExtraction } from './eval/extraction.mjs';
import { parsePage, readPage } from './load-page';

const TRUTH_FILE = 'ground-truth.json';
/** The benchmark's own layout keeps the pages in this subfolder; the other corpora keep them beside the truth. */
const PAGES_SUBFOLDER = 'html';
const PAGE_FILE = /\.(?:html?|html?\.gz)$/i;
/** Two cores on the dev machine: one worker each. */
const DEFAULT_JOBS = 2;
/**
 * A stretch of article text at least this long (letters and digits, each run of anything else made one space:
 * about ten English words, one sentence) inside an element the strip hides counts as hidden article text. Long
 * enough that a boilerplate line ("Click here to ...") rarely reaches it, short enough that any real sentence does.
 */
const MIN_LEAK_CHARS = 60;
/** Where article text is cut into the stretches looked for: line breaks and sentence ends. */
const SEGMENT_BREAK = /\s*\n\s*|(?<=[.!?。！？])\s+/u;
/** Runs of letters and digits, the metric's tokens. */
const WORD = /[\p{L}\p{N}_]+/gu;
/**
 * A <style> element with its stylesheet, emptied before jsdom parses the page for Readability. Only a stylesheet
 * with no "<" in it is matched, so that a "<style" written inside a script's string can never swallow the markup up
 * to the next real </style>.
 */
const STYLE_BLOCK = /<style\b[^>]*>[^<]*<\/style\s*>/gi;
const EMPTY_STYLE = '<style></style>';
/** How much of a leaked stretch --details and --json show. */
const SNIPPET_CHARS = 100;
/** --details lists this many of a corpus's weakest pages unless --weakest says otherwise. */
const WEAKEST_PAGES = 5;
/** Exit statuses. */
const EXIT_INPUT = 1;
const EXIT_USAGE = 2;
const EXIT_LEAK = 3;
/**
 * A worker is replaced after this many pages: jsdom (with Readability) keeps about 2 MB of every page it parsed,
 * even after its window is closed, and a fresh thread starts in a second or two.
 */
const PAGES_PER_WORKER = 150;
/** The worker's boot file: it registers tsx, then imports this module in the worker. */
const WORKER_BOOT = new URL('./eval/tsx-worker.mjs', import.meta.url);

const HELP = `Usage: npm run eval:extraction -- DIR... [options]

Scores Sourcelight's article extraction (and Readability.js's, on the same pages) with the article-extraction
benchmark's metric (token 4-gram shingles: F1, precision, recall), counts the pages Sourcelight calls "not an
article" (scored as empty), and checks that no strip chip would hide article text.

  DIR              a corpus: ground-truth.json ({"<id>": {"articleBody": "..."}}) and its pages,
                   <id>.html / .htm / .html.gz, beside it or in an html/ subfolder
  --no-readability Sourcelight only (the fast loop while developing)
  --jobs N         worker threads (default ${DEFAULT_JOBS}); 1 runs everything in this thread
  --limit N        the first N pages (by id) of each corpus
  --details        list the pages where a chip would hide article text (id, chip, a snippet), the pages
                   called "not an article" and each corpus's weakest pages
  --weakest N      how many of each corpus's weakest pages --details and --json list (default ${WEAKEST_PAGES})
  --json           one JSON object instead of the table
  --strict         exit with status 3 when a chip would hide article text on some page
  --help           this text

A chip "hides article text" when an element it hides holds a stretch of at least ${MIN_LEAK_CHARS} letters and digits of the
ground truth (the page's title apart), or holds one of Sourcelight's own article blocks, or sits inside one and
holds such a stretch of it. An element elsewhere that repeats a sentence of the article (a comment quoting it, a
teaser or a share box repeating its first lines) hides a copy, not the article: counted apart ("copies").
Ground truths have some noise (comments or captions kept on a few pages), so a leak is a measurement: the run
fails on it only with --strict.

Exit status: 0 when every corpus was scored; 1 when some folder, ground truth or page could not be read or the
engine threw on a page (the rest is still scored); 2 on bad usage; 3 with --strict when a chip leaks.`;

// ---------------------------------------------------------------------------------------------------------------
// Options

interface Options {
  dirs: string[];
  readability: boolean;
  jobs: number;
  limit: number;
  weakest: number;
  details: boolean;
  json: boolean;
  strict: boolean;
}

function parseArgs(argv: readonly string[]): Options | 'help' | string {
  const options: Options = {
    dirs: [],
    readability: true,
    jobs: DEFAULT_JOBS,
    limit: Number.POSITIVE_INFINITY,
    weakest: WEAKEST_PAGES,
    details: false,
    json: false,
    strict: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const count = (): number | string => {
      const value = inline ?? argv[++i];
      const n = Number(value);
      return value !== undefined && Number.isInteger(n) && n > 0 ? n : `${flag} needs a whole number above 0`;
    };
    if (flag === '--help' || flag === '-h') return 'help';
    else if (flag === '--no-readability') options.readability = false;
    else if (flag === '--details') options.details = true;
    else if (flag === '--json') options.json = true;
    else if (flag === '--strict') options.strict = true;
    else if (flag === '--jobs' || flag === '--limit' || flag === '--weakest') {
      const n = count();
      if (typeof n === 'string') return n;
      if (flag === '--jobs') options.jobs = n;
      else if (flag === '--weakest') options.weakest = n;
      else options.limit = n;
    } else if (arg.startsWith('-')) return `unknown option: ${arg}`;
    else options.dirs.push(arg);
  }
  if (options.dirs.length === 0) return 'give at least one corpus folder';
  return options;
}

// ---------------------------------------------------------------------------------------------------------------
// Corpora

interface Corpus {
  name: string;
  dir: string;
  /** The pages to score, by id, in id order. */
  pages: Array<{ id: string; file: string; truth: string }>;
}

interface Problems {
  /** Input that could not be scored: the run exits with status 1. */
  errors: string[];
  /** Worth knowing, not a failure (pages without ground truth, Readability throwing). */
  notes: string[];
}

const idOf = (name: string): string => name.split('.')[0] as string;
const isDirectory = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

/** A corpus folder in either layout, or null (with the reason in `problems`). */
function openCorpus(input: string, limit: number, problems: Problems): Corpus | null {
  const dir = resolve(input);
  const fail = (reason: string): null => {
    problems.errors.push(`${input}: ${reason}; corpus skipped`);
    return null;
  };
  if (!existsSync(dir)) return fail('no such folder');
  if (!isDirectory(dir)) return fail('not a folder');
  // Given the html/ subfolder itself, the ground truth is one level up.
  const home =
    !existsSync(join(dir, TRUTH_FILE)) &&
    basename(dir) === PAGES_SUBFOLDER &&
    existsSync(join(dirname(dir), TRUTH_FILE))
      ? dirname(dir)
      : dir;
  const truthPath = join(home, TRUTH_FILE);
  if (!existsSync(truthPath)) return fail(`no ${TRUTH_FILE}`);
  let truth: GroundTruth;
  try {
    truth = parseTruth(readFileSync(truthPath, 'utf8'));
  } catch (error) {
    return fail(`${TRUTH_FILE} is not usable: ${messageOf(error)}`);
  }
  const pagesDir = isDirectory(join(home, PAGES_SUBFOLDER)) ? join(home, PAGES_SUBFOLDER) : home;
  const files = new Map<string, string>();
  const unknown: string[] = [];
  for (const name of readdirSync(pagesDir)
    .filter((n) => PAGE_FILE.test(n))
    .sort()) {
    const id = idOf(name);
    if (!(id in truth)) unknown.push(id);
    else if (files.has(id)) problems.notes.push(`${input}: two files for page ${id}; ${name} ignored`);
    else files.set(id, join(pagesDir, name));
  }
  const name = basename(home);
  if (unknown.length > 0) {
    problems.notes.push(`${name}: ${unknown.length} pages have no ground truth, not scored (${listed(unknown)})`);
  }
  const ids = Object.keys(truth).sort();
  const missing = ids.filter((id) => !files.has(id));
  if (missing.length > 0) {
    problems.errors.push(
      `${name}: ${missing.length} pages of the ground truth have no file, not scored (${listed(missing)})`,
    );
  }
  const pages = ids
    .filter((id) => files.has(id))
    .slice(0, limit)
    .map((id) => {
      const entry = truth[id] as GroundTruth[string];
      return { id, file: files.get(id) as string, truth: entry.articleBody };
    });
  if (pages.length === 0) return fail(`no page of ${TRUTH_FILE} found in ${pagesDir}`);
  return { name, dir: home, pages };
}

/** The ground truth, checked: an object of {articleBody: string} entries. */
function parseTruth(raw: string): GroundTruth {
  const parsed: unknown = JSON.parse(raw);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not a JSON object');
  const truth: GroundTruth = {};
  for (const [id, entry] of Object.entries(parsed)) {
    const body: unknown = (entry as { articleBody?: unknown } | null)?.articleBody;
    if (typeof body !== 'string') throw new Error(`page ${id} has no articleBody text`);
    truth[id] = { articleBody: body };
  }
  return truth;
}

function listed(ids: readonly string[]): string {
  const SHOWN = 5;
  return ids.length > SHOWN ? `${ids.slice(0, SHOWN).join(', ')}, …` : ids.join(', ');
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] as string;
}

// ---------------------------------------------------------------------------------------------------------------
// One page

interface Task {
  corpus: number;
  id: string;
  file: string;
  truth: string;
}

/**
 * Against what a hidden stretch was found: the ground truth; Sourcelight's own article (the element holds one of
 * its blocks, or is inside one and holds a stretch of it); or a copy of the article's text that stays shown (a
 * comment quoting it, a share box or a teaser repeating its first sentence, a contents list repeating its
 * headings): hiding the copy hides none of the article, so it is counted apart. 'comments': ground-truth text
 * that the Comments chip hides after the story, holding none of Sourcelight's article: the readers' comments, which the ground truth of
 * some pages keeps (Dragnet marks some of them hasComments) and which a reader wants to be able to hide.
 */
export type LeakAgainst = 'truth' | 'comments' | 'article' | 'copy';

export interface Leak {
  kind: ClutterKind;
  against: LeakAgainst;
  snippet: string;
}

interface PageResult {
  corpus: number;
  id: string;
  /** The page could not be read: left out of both scores. */
  unreadable?: string;
  sourcelight: { text: string; isArticle: boolean; parseMs: number; engineMs: number; error?: string };
  readability: { text: string; readerable: boolean; ms: number; error?: string } | null;
  leaks: Leak[];
}

type ReadabilityRun = (html: string) => NonNullable<PageResult['readability']>;

function evaluatePage(task: Task, readability: ReadabilityRun | null): PageResult {
  const result: PageResult = {
    corpus: task.corpus,
    id: task.id,
    sourcelight: { text: '', isArticle: false, parseMs: 0, engineMs: 0 },
    readability: null,
    leaks: [],
  };
  let html: string;
  try {
    html = readPage(task.file);
  } catch (error) {
    result.unreadable = messageOf(error);
    return result;
  }
  try {
    const started = performance.now();
    const document = parsePage(html);
    const parsed = performance.now();
    const page = analyzePage(document);
    result.sourcelight = {
      text: page.analysis.isArticle ? (page.analysis.article?.text ?? '') : '',
      isArticle: page.analysis.isArticle,
      parseMs: parsed - started,
      engineMs: performance.now() - parsed,
    };
    result.leaks = stripLeaks(page, task.truth, document.title);
  } catch (error) {
    result.sourcelight.error = messageOf(error);
  }
  if (readability) result.readability = readability(html);
  return result;
}

interface Segment {
  /** The stretch's words, lower-cased, joined by one space. */
  key: string;
  text: string;
}

const normalize = (text: string): string => (text.match(WORD) ?? []).join(' ').toLowerCase();

/** The stretches of `text` long enough to count, less those that are the page's title. */
function segments(text: string, titles: string): Segment[] {
  const out: Segment[] = [];
  for (const piece of text.split(SEGMENT_BREAK)) {
    const key = normalize(piece);
    if (key.length >= MIN_LEAK_CHARS && !titles.includes(` ${key} `)) out.push({ key, text: piece.trim() });
  }
  return out;
}

/**
 * What the strip's chips would hide that is article text: per element the strip may hide (the clutter, less what
 * safeToHide keeps shown), at most one leak against the ground truth and one against Sourcelight's own blocks.
 */
export function stripLeaks(page: PageAnalysis, truth: string, documentTitle: string): Leak[] {
  const article = page.article;
  if (!article) return [];
  const titles = ` ${normalize(documentTitle)} | ${normalize(page.analysis.article?.title ?? '')} `;
  const truthSegments = segments(truth, titles);
  const ownSegments = article.blocks.flatMap((block) => segments(block.text, titles));
  // An item with parts hides each of them: each is checked as an element of its own.
  const items = page.clutter.flatMap((item) => clutterElements(item).map((element) => ({ ...item, element })));
  const hideable = new Set(
    safeToHide(
      items.map((c) => c.element),
      article.root,
    ),
  );
  const leaks: Leak[] = [];
  // What the reader still sees with every chip on: a stretch of the truth shown there as often as the truth has
  // it is not hidden, whatever else repeats it (a share box's e-mail preview of the lede, a sidebar teaser).
  const shown = ` ${normalize(textOutside(article.root.ownerDocument.body, hideable))} `;
  const truthText = ` ${normalize(truth)} `;
  const stillShown = (segment: Segment): boolean =>
    occurrences(shown, segment.key) >= occurrences(truthText, segment.key);
  for (const item of items) {
    if (!hideable.delete(item.element)) continue;
    const hidden = ` ${normalize(visibleText(item.element))} `;
    const within = (segment: Segment): boolean => hidden.includes(` ${segment.key} `);
    const truthHits = truthSegments.filter(within);
    const truthHit = truthHits.find((segment) => !stillShown(segment));
    const heldBlock = article.blocks.find(
      (block) => item.element.contains(block.element) || hiddenPart(block, item.element) >= MIN_LEAK_CHARS,
    );
    if (truthHit) {
      const comments = item.kind === 'comments' && !heldBlock && afterStory(item.element, article.blocks);
      leaks.push({ kind: item.kind, against: comments ? 'comments' : 'truth', snippet: snippet(truthHit.text) });
    }
    if (heldBlock) leaks.push({ kind: item.kind, against: 'article', snippet: snippet(heldBlock.text) });
    const copy = heldBlock ? undefined : (ownSegments.find(within) ?? truthHits.find(stillShown));
    if (copy) leaks.push({ kind: item.kind, against: 'copy', snippet: snippet(copy.text) });
  }
  return leaks;
}

/** The text of `root` outside the given elements, as visibleText reads it. */
function textOutside(root: Element | null, hidden: ReadonlySet<Element>): string {
  if (!root) return '';
  const parts: string[] = [];
  walkTreeNow<true>(root, {
    enter(child, parent) {
      if (parent === undefined) return true;
      if (isSkipped(child) || hidden.has(child)) return null;
      if (BLOCK_TAGS.has(tagOf(child)) || tagOf(child) === 'BR') parts.push(' ');
      return true;
    },
    node(child) {
      if (isText(child)) parts.push(child.data);
    },
  });
  return parts.join('');
}

/** How many times ` key ` occurs in `text` (both normalized, `text` padded with spaces). */
function occurrences(text: string, key: string): number {
  let count = 0;
  for (let at = text.indexOf(` ${key} `); at >= 0; at = text.indexOf(` ${key} `, at + key.length + 1)) count++;
  return count;
}

/**
 * The element comes after the story's last block, as readers' comments do (or the story has no block). By the
 * elements' paths, not compareDocumentPosition: linkedom's answers "preceding" for a later element of another
 * subtree.
 */
function afterStory(element: Element, blocks: readonly DomBlock[]): boolean {
  const last = blocks[blocks.length - 1]?.element;
  if (!last) return true;
  const path = (from: Element): Element[] => {
    const out: Element[] = [];
    for (let e: Element | null = from; e; e = e.parentElement) out.unshift(e);
    return out;
  };
  const story = path(last);
  const own = path(element);
  let i = 0;
  while (i < story.length && i < own.length && story[i] === own[i]) i++;
  // One holds the other: not after it.
  if (i === story.length || i === own.length) return false;
  for (let e = story[i]?.nextElementSibling; e; e = e.nextElementSibling) if (e === own[i]) return true;
  return false;
}

/** How many letters and digits of `block` lie inside `element`, when `element` is inside the block (else 0). */
function hiddenPart(block: DomBlock, element: Element): number {
  if (element === block.element || !block.element.contains(element)) return 0;
  let hidden = 0;
  for (const word of block.text.matchAll(WORD)) {
    const at = block.model.locate(word.index);
    if (at && element.contains(at.node)) hidden += word[0].length;
  }
  return hidden;
}

function snippet(text: string): string {
  return text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS - 1)}…` : text;
}

/**
 * Readability.js on jsdom (loaded only when asked for: jsdom takes a while to import). Each page is parsed by the
 * DOMParser of one jsdom window (a window per page costs a third more) with its stylesheets emptied first
 * (STYLE_BLOCK): Readability removes every <style> before it reads the page and never asks for computed styles,
 * so its result is the same, and jsdom spends most of its time parsing the pages' stylesheets otherwise.
 */
async function loadReadability(): Promise<ReadabilityRun> {
  const [{ JSDOM, VirtualConsole }, { Readability, isProbablyReaderable }] = await Promise.all([
    import('jsdom'),
    import('@mozilla/readability'),
  ]);
  // A virtual console with no listener: jsdom's complaints about the pages go nowhere.
  const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
  return (html) => {
    const started = performance.now();
    try {
      const document = new window.DOMParser().parseFromString(html.replace(STYLE_BLOCK, EMPTY_STYLE), 'text/html');
      const readerable = isProbablyReaderable(document);
      const text = new Readability(document).parse()?.textContent ?? '';
      return { text, readerable, ms: performance.now() - started };
    } catch (error) {
      return { text: '', readerable: false, ms: performance.now() - started, error: messageOf(error) };
    }
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Running the pages: in this thread (--jobs 1) or over worker threads, each taking the next page when done.

/** What a worker is started with: its module (for tsx-worker.mjs), the mark of this script's workers, the option. */
interface WorkerSetup {
  entry: string;
  evalExtraction: true;
  readability: boolean;
}

type WorkerMessage = { type: 'ready' } | { type: 'result'; result: PageResult };

async function runAll(tasks: readonly Task[], jobs: number, withReadability: boolean): Promise<PageResult[]> {
  const workers = Math.min(jobs, tasks.length);
  if (workers <= 1) {
    const readability = withReadability ? await loadReadability() : null;
    return tasks.map((task) => evaluatePage(task, readability));
  }
  return new Promise((done) => {
    const results: PageResult[] = [];
    let next = 0;
    let running = 0;
    const start = (): void => {
      running++;
      let current: Task | undefined;
      const worker = new Worker(WORKER_BOOT, {
        workerData: {
          entry: import.meta.url,
          evalExtraction: true,
          readability: withReadability,
        } satisfies WorkerSetup,
      });
      let handled = 0;
      const feed = (): void => {
        current = handled++ < PAGES_PER_WORKER ? tasks[next++] : undefined;
        if (current) worker.postMessage(current);
        else void worker.terminate();
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'result') results.push(message.result);
        feed();
      });
      worker.on('error', (error) => {
        // The page that brought the worker down is the engine's failure; a fresh worker takes the rest.
        if (current) results.push(crashed(current, error));
        current = undefined;
      });
      worker.on('exit', () => {
        running--;
        if (next < tasks.length) start();
        else if (running === 0) done(results);
      });
    };
    for (let i = 0; i < workers; i++) start();
  });
}

function crashed(task: Task, error: unknown): PageResult {
  return {
    corpus: task.corpus,
    id: task.id,
    sourcelight: { text: '', isArticle: false, parseMs: 0, engineMs: 0, error: `worker crashed: ${messageOf(error)}` },
    readability: null,
    leaks: [],
  };
}

async function workerMain(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const readability = (workerData as WorkerSetup).readability ? await loadReadability() : null;
  port.on('message', (task: Task) => {
    const message: WorkerMessage = { type: 'result', result: evaluatePage(task, readability) };
    port.postMessage(message);
  });
  port.postMessage({ type: 'ready' } satisfies WorkerMessage);
}

// ---------------------------------------------------------------------------------------------------------------
// Scores and the report

interface Figures {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

interface CorpusReport {
  name: string;
  dir: string;
  pages: number;
  sourcelight: Figures & { notArticle: number; notArticleIds: string[]; errors: number };
  readability: (Figures & { notReaderable: number; errors: number }) | null;
  strip: {
    /** Pages where some chip would hide ground-truth text / Sourcelight's own article text / a copy of it. */
    truthLeakPages: number;
    /** Pages where the Comments chip hides reader comments that the ground truth keeps (and no other truth leak). */
    commentPages: number;
    ownLeakPages: number;
    copyPages: number;
    leaks: Array<Leak & { id: string }>;
  };
  /** Pages scored lowest (min of precision and recall), for --details. */
  weakest: Array<{
    id: string;
    sourcelight: [number | null, number | null];
    readability?: [number | null, number | null];
  }>;
}

function figures(score: ExtractionScore): Figures {
  return { f1: score.f1, precision: score.precision, recall: score.recall, accuracy: score.accuracy };
}

function report(corpus: Corpus, results: readonly PageResult[], weakestPages: number): CorpusReport {
  const scored = results.filter((r) => r.unreadable === undefined);
  const truth: GroundTruth = {};
  const bodies = new Map(corpus.pages.map((p) => [p.id, p.truth]));
  for (const r of scored) truth[r.id] = { articleBody: bodies.get(r.id) ?? '' };
  const ours = scoreExtraction(truth, new Map(scored.map((r) => [r.id, r.sourcelight.text])));
  const withReadability = scored.length > 0 && scored.every((r) => r.readability !== null);
  const theirs = withReadability
    ? scoreExtraction(truth, new Map(scored.map((r) => [r.id, r.readability?.text ?? ''])))
    : null;
  const leaks = scored.flatMap((r) => r.leaks.map((leak) => ({ id: r.id, ...leak })));
  const pagesLeaking = (against: LeakAgainst): number =>
    scored.filter((r) => r.leaks.some((l) => l.against === against)).length;
  const notArticleIds = scored.filter((r) => !r.sourcelight.isArticle && !r.sourcelight.error).map((r) => r.id);
  const weakness = (p: number | null, r: number | null): number => Math.min(p ?? 0, r ?? 0);
  const weakest = ours.perPage
    .map((page, i) => {
      const other = theirs?.perPage[i];
      return {
        id: page.id,
        sourcelight: [page.precision, page.recall] as [number | null, number | null],
        ...(other ? { readability: [other.precision, other.recall] as [number | null, number | null] } : {}),
      };
    })
    .sort((a, b) => weakness(...a.sourcelight) - weakness(...b.sourcelight))
    .slice(0, weakestPages);
  return {
    name: corpus.name,
    dir: corpus.dir,
    pages: scored.length,
    sourcelight: {
      ...figures(ours),
      notArticle: notArticleIds.length,
      notArticleIds,
      errors: scored.filter((r) => r.sourcelight.error).length,
    },
    readability:
      theirs === null
        ? null
        : {
            ...figures(theirs),
            notReaderable: scored.filter((r) => r.readability && !r.readability.readerable).length,
            errors: scored.filter((r) => r.readability?.error).length,
          },
    strip: {
      truthLeakPages: pagesLeaking('truth'),
      commentPages: scored.filter(
        (r) => r.leaks.some((l) => l.against === 'comments') && !r.leaks.some((l) => l.against === 'truth'),
      ).length,
      ownLeakPages: pagesLeaking('article'),
      copyPages: pagesLeaking('copy'),
      leaks,
    },
    weakest,
  };
}

interface Timing {
  wallSeconds: number;
  jobs: number;
  pages: number;
  /** Medians per page, in ms. */
  sourcelightParseMs: number;
  sourcelightEngineMs: number;
  readabilityMs: number | null;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const f3 = (x: number): string => x.toFixed(3);
const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

function table(reports: readonly CorpusReport[]): string {
  const withReadability = reports.some((r) => r.readability);
  const head = ['Corpus', 'Pages', 'Sourcelight F1', 'P', 'R', 'Not an article'];
  if (withReadability) head.push('Readability F1', 'P', 'R', 'Not readerable');
  head.push('Strip leaks (truth)', 'Comments the truth keeps', 'Strip leaks (own)', 'Copies hidden');
  const row = (name: string, pages: number, items: readonly CorpusReport[]): string[] => {
    const cells = [
      name,
      String(pages),
      f3(mean(items.map((r) => r.sourcelight.f1))),
      f3(mean(items.map((r) => r.sourcelight.precision))),
      f3(mean(items.map((r) => r.sourcelight.recall))),
      String(sum(items.map((r) => r.sourcelight.notArticle))),
    ];
    if (withReadability) {
      const theirs = items.map((r) => r.readability).filter((r) => r !== null);
      const cell = (pick: (f: Figures) => number): string => (theirs.length ? f3(mean(theirs.map(pick))) : '–');
      cells.push(
        cell((f) => f.f1),
        cell((f) => f.precision),
        cell((f) => f.recall),
        theirs.length ? String(sum(theirs.map((r) => r.notReaderable))) : '–',
      );
    }
    cells.push(
      String(sum(items.map((r) => r.strip.truthLeakPages))),
      String(sum(items.map((r) => r.strip.commentPages))),
      String(sum(items.map((r) => r.strip.ownLeakPages))),
      String(sum(items.map((r) => r.strip.copyPages))),
    );
    return cells;
  };
  const rows = reports.map((r) => row(r.name, r.pages, [r]));
  if (reports.length > 1) rows.push(row('all (mean of the corpora)', sum(reports.map((r) => r.pages)), reports));
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function details(reports: readonly CorpusReport[]): string {
  const out: string[] = [];
  const pr = (p: number | null, r: number | null): string => `P ${p?.toFixed(3) ?? 'n/a'} R ${r?.toFixed(3) ?? 'n/a'}`;
  for (const r of reports) {
    out.push('', `## ${r.name}`);
    const leakPages = new Set(r.strip.leaks.map((l) => l.id)).size;
    out.push(`Pages where a chip would hide article text: ${leakPages}`);
    for (const leak of r.strip.leaks) {
      out.push(`  ${leak.id}  ${leak.kind.padEnd(10)} ${leak.against.padEnd(7)}  "${leak.snippet}"`);
    }
    out.push(`Not an article (${r.sourcelight.notArticle}): ${r.sourcelight.notArticleIds.join(' ')}`);
    out.push(`Weakest pages (Sourcelight${r.readability ? ' | Readability' : ''}):`);
    for (const w of r.weakest) {
      out.push(`  ${w.id}  ${pr(...w.sourcelight)}${w.readability ? `  |  ${pr(...w.readability)}` : ''}`);
    }
  }
  return out.join('\n');
}

function timingLine(t: Timing): string {
  const readability = t.readabilityMs === null ? '' : `, Readability (jsdom + parse) ${t.readabilityMs.toFixed(0)} ms`;
  return `${t.pages} pages in ${t.wallSeconds.toFixed(1)} s on ${t.jobs} thread${t.jobs > 1 ? 's' : ''}; median per page: Sourcelight ${(t.sourcelightParseMs + t.sourcelightEngineMs).toFixed(0)} ms (parse ${t.sourcelightParseMs.toFixed(0)} + engine ${t.sourcelightEngineMs.toFixed(0)})${readability}`;
}

/** What a run prints and its exit status. */
export interface RunOutput {
  status: number;
  stdout: string;
  stderr: string;
}

/** The whole command: `argv` as after `npm run eval:extraction --`. Prints nothing itself (the CLI does). */
export async function evalExtraction(argv: readonly string[]): Promise<RunOutput> {
  const out: string[] = [];
  const err: string[] = [];
  const done = (status: number): RunOutput => ({
    status,
    stdout: out.map((line) => `${line}\n`).join(''),
    stderr: err.map((line) => `${line}\n`).join(''),
  });
  const options = parseArgs(argv);
  if (options === 'help') {
    out.push(HELP);
    return done(0);
  }
  if (typeof options === 'string') {
    err.push(`eval:extraction: ${options} (see --help)`);
    return done(EXIT_USAGE);
  }
  const started = performance.now();
  const problems: Problems = { errors: [], notes: [] };
  const corpora = options.dirs
    .map((dir) => openCorpus(dir, options.limit, problems))
    .filter((c): c is Corpus => c !== null);
  const tasks: Task[] = corpora.flatMap((corpus, i) => corpus.pages.map((page) => ({ corpus: i, ...page })));
  const results = await runAll(tasks, options.jobs, options.readability);
  // In task order, so that the figures do not depend on which worker finished first.
  const order = new Map(tasks.map((t, i) => [`${t.corpus}\n${t.id}`, i]));
  const at = (r: PageResult): number => order.get(`${r.corpus}\n${r.id}`) ?? 0;
  results.sort((a, b) => at(a) - at(b));
  for (const r of results) {
    const name = corpora[r.corpus]?.name;
    if (r.unreadable !== undefined)
      problems.errors.push(`${name}: page ${r.id} could not be read (${r.unreadable}); not scored`);
    if (r.sourcelight.error)
      problems.errors.push(`${name}: Sourcelight threw on page ${r.id} (${r.sourcelight.error}); scored as empty`);
    if (r.readability?.error)
      problems.notes.push(`${name}: Readability threw on page ${r.id} (${r.readability.error}); scored as empty`);
  }
  const reports: CorpusReport[] = [];
  for (const [i, corpus] of corpora.entries()) {
    const own = results.filter((r) => r.corpus === i);
    if (own.some((r) => r.unreadable === undefined)) reports.push(report(corpus, own, options.weakest));
    else problems.errors.push(`${corpus.name}: no page could be read; corpus skipped`);
  }
  const scored = results.filter((r) => r.unreadable === undefined);
  const timing: Timing = {
    wallSeconds: (performance.now() - started) / 1000,
    jobs: Math.max(1, Math.min(options.jobs, tasks.length)),
    pages: scored.length,
    sourcelightParseMs: median(scored.map((r) => r.sourcelight.parseMs)),
    sourcelightEngineMs: median(scored.map((r) => r.sourcelight.engineMs)),
    readabilityMs: options.readability ? median(scored.map((r) => r.readability?.ms ?? 0)) : null,
  };
  for (const note of problems.notes) err.push(`eval:extraction: note: ${note}`);
  for (const error of problems.errors) err.push(`eval:extraction: ${error}`);
  if (options.json) {
    out.push(JSON.stringify({ corpora: reports, errors: problems.errors, notes: problems.notes, timing }));
  } else {
    if (reports.length > 0) {
      out.push(table(reports), '', LEGEND);
      if (options.details) out.push(details(reports));
      out.push('');
    }
    out.push(timingLine(timing));
  }
  if (problems.errors.length > 0) return done(EXIT_INPUT);
  if (
    options.strict &&
    reports.some((r) => r.strip.leaks.some((l) => l.against === 'truth' || l.against === 'article'))
  )
    return done(EXIT_LEAK);
  return done(0);
}

const LEGEND = `F1/P/R: the article-extraction benchmark's shingle metric, a page called "not an article" scored as empty. Strip leaks (truth): pages where a chip would hide a stretch (${MIN_LEAK_CHARS}+ letters and digits) of the ground truth, reader comments apart. Comments the truth keeps: pages whose only such stretches are hidden by the Comments chip, after the story and holding none of Sourcelight's article (the ground truth keeps the readers' comments there; they stay hideable). Strip leaks (own): pages where a chip would hide one of Sourcelight's own article blocks. Copies hidden: pages where a hidden element repeats a sentence of the article that stays shown.`;

// A worker started by runAll: this module is its entry (the command itself is scripts/eval-extraction.ts).
if (!isMainThread && (workerData as WorkerSetup | null)?.evalExtraction) await workerMain();

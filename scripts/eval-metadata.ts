// `npm run eval:metadata -- DIR…`: how well Sourcelight reads an article's title, authors and date on saved pages,
// next to Readability.js (its `title`, `byline`, `publishedTime`) on the same pages. A corpus is a folder in the
// article-extraction benchmark's layout whose ground-truth.json gives each page a `headline` or a `title`.
//
// No corpus has a byline or date truth, so those are measured against what the page itself declares, where it
// declares it: the JSON-LD author / datePublished and the author / article:published_time meta tags (read here
// on their own, not through the engine), and on L3S-GN1 against the annotators' "supplemental" text (the lines
// they marked around the story: dateline, byline, source). A name "agrees" when its words are all in the
// reference; a date agrees when its day is the reference's.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parsePage, readPage } from '../tools/load-page';
import { analyzePage } from '../utils/page/analyze-page';

const HELP = `Usage: npm run eval:metadata -- DIR... [--no-readability] [--limit N] [--pages FILE.jsonl] [--readability-from FILE.jsonl]

Per corpus: the title Sourcelight reports against the truth's headline/title (exact after normalising spaces,
quotes and dashes; token F1), how often it finds authors and a date, how often they agree with what the page
declares (JSON-LD, meta tags) or, on L3S-GN1, with the annotated supplemental lines; Readability.js beside it.
  --pages FILE  write one JSON line per page (ids, truth, both tools' answers) for reading the misses
  --readability-from FILE  take Readability's answers from an earlier --pages file (they do not depend on
                Sourcelight; running Readability on jsdom takes most of the time)
Title exact: equal after normalising. "Headline part": equal to the truth, to its first line (L3S-GN1's headline
blocks hold the subhead too), or to the truth less a leading or trailing " | …" / " - …" part (the 2026 pages'
titles are mostly <title>, site name included).`;

const PAGE_FILE = /\.(?:html?|html?\.gz)$/i;
/** Runs of letters and digits: the tokens of the F1. */
const WORD = /[\p{L}\p{N}]+/gu;
/** Quotes, apostrophes, dashes and "?" (L3S-GN1's truth has "?" for every character it could not encode). */
const NOISE = /['"‘’‚‛“”„‟`´?\u00bf\u2010-\u2015\u2212-]/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A reference date's day, in the forms supplemental lines print: "January 16, 2008", "16 January 2008", "1/17/2008". */
const WORDY_DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})\b/gi;
const WORDY_MONTH_FIRST = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/gi;
const NUMERIC = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b/g;

interface Truth {
  title: string;
  supplemental: string | null;
}

interface Answer {
  title: string;
  authors: string[];
  published: string | null;
}

interface PageRow {
  corpus: string;
  id: string;
  truth: string;
  supplemental: string | null;
  declaredAuthors: string[];
  declaredDate: string | null;
  sourcelight: Answer & { publisher: string | null; isArticle: boolean };
  readability: Answer | null;
}

const normal = (text: string): string => text.normalize('NFKC').replace(NOISE, '').replace(/\s+/g, ' ').trim();
const tokens = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

function tokenF1(found: string, truth: string): number {
  const a = tokens(found);
  const b = tokens(truth);
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / a.length;
  const r = common / b.length;
  return (2 * p * r) / (p + r);
}

/** Every name the page declares for its article: JSON-LD author (arrays, @graph, Person objects), meta author. */
function declaredAuthors(document: Document): string[] {
  const names: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const object = value as Record<string, unknown>;
    const type = JSON.stringify(object['@type'] ?? '');
    const article = /article|posting|report/i.test(type);
    if (article && object.author !== undefined) {
      const list = Array.isArray(object.author) ? object.author : [object.author];
      for (const a of list) {
        if (typeof a === 'string') names.push(a);
        else if (a && typeof a === 'object' && typeof (a as { name?: unknown }).name === 'string') {
          names.push((a as { name: string }).name);
        }
      }
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) visit(object[key], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A broken block declares nothing.
    }
  }
  for (const meta of document.querySelectorAll('meta[name="author" i], meta[property="article:author" i]')) {
    const content = meta.getAttribute('content')?.trim();
    if (content && !/^https?:/i.test(content)) names.push(content);
  }
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

function declaredDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    const match = /"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2})/.exec(script.textContent ?? '');
    if (match) return match[1] as string;
  }
  const meta = document.querySelector(
    'meta[property="article:published_time" i], meta[name="article:published_time" i]',
  );
  const content = meta?.getAttribute('content')?.trim() ?? '';
  return /^\d{4}-\d{2}-\d{2}/.test(content) ? content.slice(0, 10) : null;
}

/** The days a supplemental text names, as YYYY-MM-DD (both readings of an ambiguous numeric date). */
function daysIn(text: string): Set<string> {
  const days = new Set<string>();
  const add = (y: number, m: number, d: number): void => {
    const year = y < 100 ? 2000 + y : y;
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) {
      days.add(`${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    }
  };
  for (const m of text.matchAll(WORDY_DAY_FIRST)) {
    add(Number(m[3]), MONTHS.indexOf((m[2] as string).toLowerCase()) + 1, Number(m[1]));
  }
  for (const m of text.matchAll(WORDY_MONTH_FIRST)) {
    add(Number(m[3]), MONTHS.indexOf((m[1] as string).toLowerCase()) + 1, Number(m[2]));
  }
  for (const m of text.matchAll(NUMERIC)) {
    add(Number(m[3]), Number(m[1]), Number(m[2]));
    add(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  return days;
}

/** A found name agrees with a reference when all its words are in it. */
function nameIn(name: string, reference: string): boolean {
  const ref = new Set(tokens(reference));
  const own = tokens(name);
  return own.length > 0 && own.every((t) => ref.has(t));
}

async function loadReadability(): Promise<(html: string) => Answer | null> {
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([
    import('jsdom'),
    import('@mozilla/readability'),
  ]);
  const { window } = new JSDOM('', { virtualConsole: new VirtualConsole() });
  return (html) => {
    try {
      const document = new window.DOMParser().parseFromString(
        html.replace(/<style\b[^>]*>[^<]*<\/style\s*>/gi, '<style></style>'),
        'text/html',
      );
      const parsed = new Readability(document).parse();
      if (!parsed) return null;
      return {
        title: parsed.title ?? '',
        authors: parsed.byline ? [parsed.byline] : [],
        published: parsed.publishedTime ?? null,
      };
    } catch {
      return null;
    }
  };
}

function readCorpus(dir: string, limit: number): Array<{ id: string; file: string; truth: Truth }> {
  const raw = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    Record<string, unknown>
  >;
  const files = new Map<string, string>();
  const pagesDir = readdirSync(dir).includes('html') ? join(dir, 'html') : dir;
  for (const name of readdirSync(pagesDir))
    if (PAGE_FILE.test(name)) files.set(name.split('.')[0] as string, join(pagesDir, name));
  const pages: Array<{ id: string; file: string; truth: Truth }> = [];
  for (const id of Object.keys(raw).sort()) {
    const entry = raw[id] as Record<string, unknown>;
    const title =
      typeof entry.headline === 'string' ? entry.headline : typeof entry.title === 'string' ? entry.title : '';
    const file = files.get(id);
    if (!file || title.trim() === '') continue;
    const supplemental = typeof entry.supplemental === 'string' ? entry.supplemental : null;
    pages.push({ id, file, truth: { title, supplemental } });
  }
  return pages.slice(0, limit);
}

interface Tally {
  pages: number;
  exact: number;
  part: number;
  f1: number;
  authors: number;
  date: number;
  /** Pages that declare authors; of them, where the found names all agree with a declared name. */
  declaredAuthorPages: number;
  authorAgrees: number;
  declaredDatePages: number;
  dateAgrees: number;
  /** L3S-GN1: pages whose supplemental text names a day / has a "By" line; of them, where the found one agrees. */
  supplementalDatePages: number;
  supplementalDateAgrees: number;
  supplementalBylinePages: number;
  supplementalBylineAgrees: number;
  /** L3S-GN1: pages whose supplemental text names one wire; of them, where the publisher found is that wire. */
  supplementalWirePages: number;
  supplementalWireAgrees: number;
  /** Pages where authors were found; of them, where every name is in the supplemental text (L3S-GN1). */
  authorsInSupplemental: number;
}

const emptyTally = (): Tally => ({
  pages: 0,
  exact: 0,
  part: 0,
  f1: 0,
  authors: 0,
  date: 0,
  declaredAuthorPages: 0,
  authorAgrees: 0,
  declaredDatePages: 0,
  dateAgrees: 0,
  supplementalDatePages: 0,
  supplementalDateAgrees: 0,
  supplementalBylinePages: 0,
  supplementalBylineAgrees: 0,
  supplementalWirePages: 0,
  supplementalWireAgrees: 0,
  authorsInSupplemental: 0,
});

/** The truth, its first line, and its first line less a leading or trailing site part. */
function headlineParts(truth: string): Set<string> {
  const first = truth.trim().split('\n')[0] ?? '';
  const parts = first.split(/\s+[|\-–—]\s+/);
  const forms = new Set([normal(truth), normal(first)]);
  if (parts.length > 1) {
    forms.add(normal(parts.slice(0, -1).join(' - ')));
    forms.add(normal(parts.slice(1).join(' - ')));
  }
  return forms;
}

/**
 * The wires a supplemental text may credit, each with how a publisher naming it is written: written apart from
 * the engine's own list, so that the measure does not grade the engine against itself.
 */
const SUPPLEMENTAL_WIRES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bAssociated Press\b|\(AP\)|\bAP\b/, /associated press/i],
  [/\bReuters\b/i, /reuters/i],
  [/\bAFP\b|Agence France/, /\bafp\b/i],
  [/\bUPI\b/, /\bupi\b/i],
  [/\bPTI\b/, /\bpti\b/i],
  [/\bAAP\b/, /\baap\b/i],
  [/Canadian Press|\bCP\b/, /canadian press/i],
  [/\bIANS\b/, /\bians\b/i],
  [/\bBloomberg\b/, /bloomberg/i],
];

/** A "By Name" line in the supplemental text. */
const SUPPLEMENTAL_BYLINE = /(?:^|\n)\s*by\s+\p{Lu}/iu;

function count(tally: Tally, row: PageRow, answer: Answer | null): void {
  tally.pages++;
  const found = answer ?? { title: '', authors: [], published: null };
  if (normal(found.title) === normal(row.truth)) tally.exact++;
  if (headlineParts(row.truth).has(normal(found.title))) tally.part++;
  tally.f1 += tokenF1(normal(found.title), normal(row.truth));
  if (found.authors.length > 0) tally.authors++;
  const day = found.published ? /^\d{4}-\d{2}-\d{2}/.exec(found.published)?.[0] : undefined;
  if (day) tally.date++;
  if (row.declaredAuthors.length > 0) {
    tally.declaredAuthorPages++;
    const reference = row.declaredAuthors.join(' ');
    if (found.authors.length > 0 && found.authors.every((a) => nameIn(a.replace(/^by\s+/i, ''), reference))) {
      tally.authorAgrees++;
    }
  }
  if (row.declaredDate) {
    tally.declaredDatePages++;
    if (day === row.declaredDate) tally.dateAgrees++;
  }
  if (row.supplemental !== null) {
    const days = daysIn(row.supplemental);
    if (days.size > 0) {
      tally.supplementalDatePages++;
      if (day && days.has(day)) tally.supplementalDateAgrees++;
    }
    const inSupplemental =
      found.authors.length > 0 && found.authors.every((a) => nameIn(a.replace(/^by\s+/i, ''), row.supplemental ?? ''));
    if (SUPPLEMENTAL_BYLINE.test(row.supplemental)) {
      tally.supplementalBylinePages++;
      if (inSupplemental) tally.supplementalBylineAgrees++;
    }
    if (inSupplemental) tally.authorsInSupplemental++;
    const wires = SUPPLEMENTAL_WIRES.filter(([named]) => named.test(row.supplemental ?? ''));
    if (wires.length === 1 && answer !== null && 'publisher' in answer) {
      tally.supplementalWirePages++;
      const publisher = (answer as { publisher: string | null }).publisher ?? '';
      if ((wires[0] as readonly [RegExp, RegExp])[1].test(publisher)) tally.supplementalWireAgrees++;
    }
  }
}

const pct = (n: number, of: number): string => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);

function lines(name: string, who: string, t: Tally): string[] {
  const out = [
    `| ${name} | ${who} | ${t.pages} | ${pct(t.exact, t.pages)} | ${pct(t.part, t.pages)} | ${(t.f1 / (t.pages || 1)).toFixed(3)} | ${pct(t.authors, t.pages)} | ${pct(t.date, t.pages)} | ${pct(t.authorAgrees, t.declaredAuthorPages)} of ${t.declaredAuthorPages} | ${pct(t.dateAgrees, t.declaredDatePages)} of ${t.declaredDatePages} |`,
  ];
  if (t.supplementalDatePages + t.supplementalBylinePages > 0) {
    out.push(
      `|  | ${who}, against L3S supplemental | | | | | authors all in it ${pct(t.authorsInSupplemental, t.authors)} of ${t.authors} found | | "By" lines agreed ${pct(t.supplementalBylineAgrees, t.supplementalBylinePages)} of ${t.supplementalBylinePages} | dates agreed ${pct(t.supplementalDateAgrees, t.supplementalDatePages)} of ${t.supplementalDatePages}${t.supplementalWirePages > 0 ? `; the wire they name as the publisher ${pct(t.supplementalWireAgrees, t.supplementalWirePages)} of ${t.supplementalWirePages}` : ''} |`,
    );
  }
  return out;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help')) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  let limit = Number.POSITIVE_INFINITY;
  let pagesOut: string | null = null;
  let cached: Map<string, Answer | null> | null = null;
  const dirs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--limit') limit = Number(argv[++i]);
    else if (arg === '--pages') pagesOut = argv[++i] ?? null;
    else if (arg === '--readability-from') {
      const rows = readFileSync(argv[++i] ?? '', 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      cached = new Map(rows.map((l) => JSON.parse(l) as PageRow).map((r) => [`${r.corpus}/${r.id}`, r.readability]));
    } else if (arg !== '--no-readability') dirs.push(arg);
  }
  if (dirs.length === 0) {
    process.stderr.write('eval:metadata: give at least one corpus folder (see --help)\n');
    return 2;
  }
  const fromCache = cached;
  const readability: ((html: string, key: string) => Answer | null) | null = fromCache
    ? (_html, key) => fromCache.get(key) ?? null
    : argv.includes('--no-readability')
      ? null
      : await loadReadability();
  const rows: PageRow[] = [];
  const out = [
    '| Corpus | Tool | Pages | Title exact | Title = headline part | Title token F1 | Authors found | Date found | Authors agree with declared | Date agrees with declared |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const input of dirs) {
    const dir = resolve(input);
    const name = basename(dir);
    const ours = emptyTally();
    const theirs = emptyTally();
    for (const page of readCorpus(dir, limit)) {
      const html = readPage(page.file);
      const document = parsePage(html);
      const row: PageRow = {
        corpus: name,
        id: page.id,
        truth: page.truth.title,
        supplemental: page.truth.supplemental,
        declaredAuthors: declaredAuthors(document),
        declaredDate: declaredDate(document),
        sourcelight: { title: '', authors: [], published: null, publisher: null, isArticle: false },
        readability: null,
      };
      try {
        const { analysis } = analyzePage(document);
        const article = analysis.article;
        if (article) {
          row.sourcelight = {
            title: article.title,
            authors: article.authors,
            published: article.published,
            publisher: article.publisher,
            isArticle: analysis.isArticle,
          };
        }
      } catch (error) {
        process.stderr.write(`eval:metadata: ${name} ${page.id}: ${String(error)}\n`);
      }
      row.readability = readability ? readability(html, `${name}/${page.id}`) : null;
      count(ours, row, row.sourcelight);
      if (readability) count(theirs, row, row.readability);
      rows.push(row);
    }
    out.push(...lines(name, 'Sourcelight', ours));
    if (readability) out.push(...lines(name, 'Readability.js', theirs));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (pagesOut) writeFileSync(pagesOut, rows.map((r) => JSON.stringify(r)).join('\n'));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));

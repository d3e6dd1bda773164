// `node --import tsx scripts/eval-gate.ts [DIR…] [--engine-all] [--details]`: how often the content script's
// cheap gate (utils/page/gate.ts) is wrong. Every page (*.html, *.html.gz) of each folder is read as a browser
// reads it (scripts/load-page.ts) and gated; the engine (analyzePage) runs on each page the gate skips, and a
// skipped page the engine calls an article is a miss: there must be none. --engine-all runs the engine on every
// page, to count the articles the gate lets through too (slower). The project's own non-article pages
// (tests/fixtures/not-articles) are always measured: the share the gate skips, and the engine's verdict on each.
//
// The dev corpora: node --import tsx scripts/eval-gate.ts ../shared/bench/article-extraction
//   ../shared/bench/extraction-corpora/*/
import path from 'node:path';
import { PAGE_FILE, pageFilesIn, parsePage, readPage } from '../tools/load-page';
import { analyzePage } from '../utils/page/analyze-page';
import { type GateVerdict, gatePage } from '../utils/page/gate';

const ROOT = path.resolve(import.meta.dirname, '..');
const NOT_ARTICLES = path.join(ROOT, 'tests/fixtures/not-articles');

interface PageRow {
  id: string;
  gate: GateVerdict;
  gateMs: number;
  /** The engine's verdict; null when it did not run (the gate let the page through, without --engine-all). */
  engine: boolean | null;
  error?: string;
}

interface Options {
  dirs: string[];
  engineAll: boolean;
  details: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { dirs: [], engineAll: false, details: false };
  for (const arg of argv) {
    if (arg === '--engine-all') options.engineAll = true;
    else if (arg === '--details') options.details = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else options.dirs.push(arg);
  }
  return options;
}

function measure(file: string, engineAll: boolean): PageRow {
  const id = path.basename(file).replace(PAGE_FILE, '');
  let doc: Document;
  try {
    doc = parsePage(readPage(file));
  } catch (error) {
    return { id, gate: { pass: false, by: 'none' }, gateMs: 0, engine: null, error: String(error) };
  }
  const started = performance.now();
  const gate = gatePage(doc);
  const gateMs = performance.now() - started;
  let engine: boolean | null = null;
  if (!gate.pass || engineAll) {
    try {
      engine = analyzePage(doc).analysis.isArticle;
    } catch (error) {
      return { id, gate, gateMs, engine: null, error: String(error) };
    }
  }
  return { id, gate, gateMs, engine };
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

interface GroupReport {
  name: string;
  rows: PageRow[];
}

function line(report: GroupReport, engineAll: boolean): string[] {
  const { rows } = report;
  const skipped = rows.filter((r) => !r.gate.pass);
  const misses = skipped.filter((r) => r.engine === true);
  const articles = rows.filter((r) => r.engine === true).length;
  const by = (kind: GateVerdict['by']) => rows.filter((r) => r.gate.pass && r.gate.by === kind).length;
  const times = rows.map((r) => r.gateMs);
  return [
    report.name,
    String(rows.length),
    engineAll ? String(articles) : '–',
    String(rows.length - skipped.length),
    `${by('paragraph')}/${by('line-breaks')}/${by('text-walk')}`,
    String(skipped.length),
    String(misses.length),
    quantile(times, 0.5).toFixed(2),
    quantile(times, 0.9).toFixed(2),
    String(rows.filter((r) => r.error).length),
  ];
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  '))
    .join('\n');
}

function main(): void {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const reports: GroupReport[] = [];
  for (const dir of options.dirs) {
    const name = path.basename(path.resolve(dir));
    const rows = pageFilesIn(dir).map((file, i, all) => {
      if (i % 50 === 0) process.stderr.write(`  … ${name} ${i}/${all.length}\n`);
      return measure(file, options.engineAll);
    });
    reports.push({ name, rows });
  }
  // The non-article set: the engine always runs, since its verdict there is one of the figures.
  const notArticles: GroupReport = {
    name: 'not-articles (own set)',
    rows: pageFilesIn(NOT_ARTICLES).map((f) => measure(f, true)),
  };
  reports.push(notArticles);

  const header = [
    'set',
    'pages',
    'engine: article',
    'gate: pass',
    'by p/br/walk',
    'gate: skip',
    'MISSES',
    'ms p50',
    'p90',
    'unreadable',
  ];
  console.log(table([header, ...reports.map((r) => line(r, options.engineAll || r === notArticles))]));
  const all = reports.filter((r) => r !== notArticles).flatMap((r) => r.rows);
  const misses = all.filter((r) => !r.gate.pass && r.engine === true);
  console.log(
    `\ndev corpora: ${all.length} pages, gate skipped ${all.filter((r) => !r.gate.pass).length}, ` +
      `of which the engine finds an article on ${misses.length} (must be 0)`,
  );
  for (const r of misses) console.log(`  MISS ${r.id}`);
  console.log('\nnot-articles (gate / engine):');
  for (const r of notArticles.rows) {
    console.log(
      `  ${r.id.padEnd(28)} gate ${r.gate.pass ? 'passes' : 'skips'} (${r.gate.by})  engine: ${r.engine ? 'ARTICLE' : 'not an article'}`,
    );
  }
  if (options.details) {
    for (const r of all.filter((row) => !row.gate.pass)) console.log(`  skipped ${r.id} engine=${String(r.engine)}`);
  }
  console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s (gate times: linkedom in Node, not a browser)`);
  if (misses.length > 0) process.exitCode = 1;
}

main();

// `npm run bench`: the time analyzeDocument takes per page next to Readability's parse of a clone, on the same
// pages (seeds and the article-extraction benchmark), the same DOM (parsed as a browser parses, built in linkedom: load-page.ts) and the same run;
// then synthetic articles of 10k–100k words to show that the time grows linearly with the text.
// The benchmark's pages are not in the project: `--pages DIR` or SOURCELIGHT_BENCH_DIR=DIR, else
// ../shared/bench/article-extraction beside the project (tools/bench-pages.ts); without them, the seeds only.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { benchPageFiles, benchPagesMissing, findBenchPages } from '../tools/bench-pages';
import { parsePage, readPage } from '../tools/load-page';
import { analyzeText } from '../utils/analysis/pipeline';
import { analyzeDocument, analyzePage } from '../utils/page/analyze-page';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');
const PAGE_FILE = /\.html$/;
/** Timed runs per page (after a warm-up on the first pages, so that both sides run JIT-compiled). */
const RUNS = 3;
const WARM_UP_PAGES = 20;
const SYNTHETIC_WORDS = [10_000, 25_000, 50_000, 100_000];
/** The goal: the engine takes at most half of Readability's time. */
const TARGET_RATIO = 0.5;

/** `--pages DIR`, the benchmark's folder; null where not given. Any other argument stops the run with a usage line. */
function pagesOption(argv: readonly string[]): string | null {
  let pages: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--pages' && argv[i + 1] !== undefined) pages = argv[++i] as string;
    else if (arg.startsWith('--pages=')) pages = arg.slice('--pages='.length);
    else {
      console.error(`bench: unknown argument ${arg}; usage: npm run bench [-- --pages DIR]`);
      process.exit(2);
    }
  }
  return pages;
}

/** The seed pages, then the benchmark's pages where they are found (`bench` false: not found, said in one line). */
function loadPages(argv: readonly string[]): { pages: { name: string; html: string }[]; bench: boolean } {
  const pages: { name: string; html: string }[] = [];
  for (const name of readdirSync(SEEDS)
    .filter((n) => PAGE_FILE.test(n))
    .sort()) {
    pages.push({ name, html: readPage(join(SEEDS, name)) });
  }
  const found = findBenchPages(ROOT, pagesOption(argv));
  if (found.dir === null) {
    console.log(benchPagesMissing(found));
    return { pages, bench: false };
  }
  for (const name of benchPageFiles(found.dir)) pages.push({ name, html: readPage(join(found.dir, name)) });
  return { pages, bench: true };
}

function documentOf(html: string): Document {
  return parsePage(html);
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const engine = (doc: Document): void => {
  analyzeDocument(doc);
};
const readability = (doc: Document): void => {
  new Readability(doc.cloneNode(true) as Document).parse();
};

/** A plain news page whose article has `words` words in paragraphs of about 100, with quotes and numbers. */
function syntheticPage(words: number): string {
  const sentence = (i: number): string =>
    `Officials in the northern district said on Tuesday that ${i % 90} new shelters, costing about $${(i % 7) + 2} million, would open by March, according to a council statement.`;
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const text = `${sentence(i)} "We are doing what we can," the mayor told reporters. ${sentence(i + 1)}`;
    paragraphs.push(`<p>${text}</p>`);
    count += text.split(' ').length;
  }
  const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><title>Synthetic | Bench</title>
    <meta property="og:type" content="article"></head><body><header><nav><ul>${links}</ul></nav></header>
    <main><article><h1>Synthetic article</h1><p class="byline">By A. Writer</p>
    <div class="story">${paragraphs.join('\n')}</div></article></main><footer><ul>${links}</ul></footer></body></html>`;
}

function main(): void {
  const { pages, bench } = loadPages(process.argv.slice(2));
  const docs = pages.map((page) => documentOf(page.html));
  for (const doc of docs.slice(0, WARM_UP_PAGES)) {
    engine(doc);
    readability(doc);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const doc of docs) {
    const a: number[] = [];
    const b: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      a.push(time(() => engine(doc)));
      b.push(time(() => readability(doc)));
    }
    ours.push(median(a));
    theirs.push(median(b));
  }
  const row = (label: string, values: readonly number[]): string =>
    `${label.padEnd(34)} ${median(values).toFixed(2).padStart(9)} ${percentile(values, 90).toFixed(2).padStart(9)} ${Math.max(
      ...values,
    )
      .toFixed(2)
      .padStart(9)} ${values
      .reduce((s, v) => s + v, 0)
      .toFixed(0)
      .padStart(9)}`;
  console.log(
    `${pages.length} pages (${bench ? 'seeds + article-extraction benchmark' : 'seeds only'}), browser-parsed in linkedom, median of ${RUNS} runs per page\n`,
  );
  console.log(
    `${'ms per page'.padEnd(34)} ${'median'.padStart(9)} ${'p90'.padStart(9)} ${'max'.padStart(9)} ${'total'.padStart(9)}`,
  );
  console.log(row('analyzeDocument (whole engine)', ours));
  console.log(row('Readability.parse (clone + parse)', theirs));
  const ratios = ours.map((v, i) => v / (theirs[i] as number));
  const ratio = median(ours) / median(theirs);
  console.log(
    `\nratio engine / Readability: ${ratio.toFixed(2)}× at the median, ${(ours.reduce((s, v) => s + v, 0) / theirs.reduce((s, v) => s + v, 0)).toFixed(2)}× in total, per-page median ${median(ratios).toFixed(2)}× (target ≤ ${TARGET_RATIO}×)`,
  );

  console.log(`\nsynthetic article pages (median of ${RUNS} runs)`);
  console.log(
    `${'words'.padStart(8)} ${'engine ms'.padStart(10)} ${'ms / 1k words'.padStart(14)} ${'of which text'.padStart(14)} ${'Readability ms'.padStart(15)}`,
  );
  for (const words of SYNTHETIC_WORDS) {
    const doc = documentOf(syntheticPage(words));
    const blocks = (analyzePage(doc).article?.blocks ?? []).map((b) => ({ text: b.text, kind: b.kind }));
    const a = median(Array.from({ length: RUNS }, () => time(() => engine(doc))));
    const t = median(Array.from({ length: RUNS }, () => time(() => analyzeText(blocks))));
    const b = median(Array.from({ length: RUNS }, () => time(() => readability(doc))));
    console.log(
      `${String(words).padStart(8)} ${a.toFixed(1).padStart(10)} ${((a / words) * 1000).toFixed(2).padStart(14)} ${t.toFixed(1).padStart(14)} ${b.toFixed(1).padStart(15)}`,
    );
  }
  console.log('("of which text": the pure text engine, analyzeText, on the same blocks)');
}

main();

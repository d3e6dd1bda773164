// Where the benchmarks find the article-extraction benchmark's pages. They are other people's text and are not in
// the project: a run reads them from a folder outside it, given by a command-line option (`--pages DIR`), else by
// the environment variable SOURCELIGHT_BENCH_DIR, else ../shared/bench/article-extraction beside the project where
// that exists. DIR is the benchmark's folder (ground-truth.json and html/) or its html/ folder itself. Without it
// the benchmarks run on the project's own seed pages and say so in one line (`benchPagesMissing`).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const BENCH_DIR_ENV = 'SOURCELIGHT_BENCH_DIR';
/** The default, relative to the project's root. */
export const DEFAULT_BENCH_DIR = '../shared/bench/article-extraction';
const PAGE_FILE = /\.html\.gz$/;

export interface BenchPagesDir {
  /** The folder that holds the pages (<id>.html.gz), or null where none was found. */
  dir: string | null;
  /** Where it was looked for and who said so, for the message. */
  tried: string;
  from: '--pages' | typeof BENCH_DIR_ENV | 'default';
}

function isDir(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

function pagesIn(dir: string): string | null {
  const html = path.join(dir, 'html');
  if (isDir(html)) return html;
  if (isDir(dir) && readdirSync(dir).some((f) => PAGE_FILE.test(f))) return dir;
  return null;
}

/** The benchmark's pages folder: `option` (the value of --pages), else $SOURCELIGHT_BENCH_DIR, else the default. */
export function findBenchPages(root: string, option: string | null = null): BenchPagesDir {
  const env = process.env[BENCH_DIR_ENV];
  const [given, from]: [string, BenchPagesDir['from']] =
    option !== null && option !== ''
      ? [option, '--pages']
      : env !== undefined && env !== ''
        ? [env, BENCH_DIR_ENV]
        : [path.resolve(root, DEFAULT_BENCH_DIR), 'default'];
  const tried = path.resolve(given);
  return { dir: pagesIn(tried), tried, from };
}

/** The benchmark's page files (<id>.html.gz) in `dir`, sorted. */
export function benchPageFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => PAGE_FILE.test(f))
    .sort();
}

/** The one line a benchmark prints when the pages are not found. */
export function benchPagesMissing(found: BenchPagesDir, what = 'running on the seed pages only'): string {
  const where = found.from === 'default' ? 'the default' : found.from;
  return `article-extraction benchmark pages not found at ${found.tried} (${where}): ${what}; point --pages DIR or ${BENCH_DIR_ENV}=DIR at the benchmark's folder (ground-truth.json and html/)`;
}

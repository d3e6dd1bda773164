// Where the benchmarks look for the article-extraction benchmark's pages, which are not in the project: the
// --pages option, then SOURCELIGHT_BENCH_DIR, then ../shared/bench/article-extraction beside the project; a folder
// of the benchmark's layout (html/) or the pages themselves; one plain line when there are none.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BENCH_DIR_ENV, benchPageFiles, benchPagesMissing, findBenchPages } from '../tools/bench-pages';

describe('findBenchPages', () => {
  let dir: string;
  let root: string;
  const saved = process.env[BENCH_DIR_ENV];

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'bench-pages-'));
    root = path.join(dir, 'project');
    mkdirSync(root);
    delete process.env[BENCH_DIR_ENV];
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env[BENCH_DIR_ENV];
    else process.env[BENCH_DIR_ENV] = saved;
  });

  /** A benchmark folder with ground truth and html/ holding `pages`. */
  const benchmark = (at: string, pages: string[]): string => {
    mkdirSync(path.join(at, 'html'), { recursive: true });
    writeFileSync(path.join(at, 'ground-truth.json'), '{}');
    for (const page of pages) writeFileSync(path.join(at, 'html', page), '');
    return at;
  };

  it('takes --pages first, then the environment variable, then the folder beside the project', () => {
    const option = benchmark(path.join(dir, 'given'), ['b.html.gz', 'a.html.gz']);
    const env = benchmark(path.join(dir, 'env'), ['c.html.gz']);
    benchmark(path.join(dir, 'shared/bench/article-extraction'), ['d.html.gz']);
    process.env[BENCH_DIR_ENV] = env;
    expect(findBenchPages(root, option)).toMatchObject({ dir: path.join(option, 'html'), from: '--pages' });
    expect(findBenchPages(root)).toMatchObject({ dir: path.join(env, 'html'), from: BENCH_DIR_ENV });
    delete process.env[BENCH_DIR_ENV];
    expect(findBenchPages(root)).toMatchObject({
      dir: path.join(dir, 'shared/bench/article-extraction/html'),
      from: 'default',
    });
    expect(benchPageFiles(path.join(option, 'html'))).toEqual(['a.html.gz', 'b.html.gz']);
  });

  it('accepts the pages folder itself', () => {
    const pages = path.join(dir, 'pages');
    mkdirSync(pages);
    writeFileSync(path.join(pages, 'x.html.gz'), '');
    expect(findBenchPages(root, pages).dir).toBe(pages);
  });

  it('finds nothing where there is nothing, and says so in one line with how to point at the pages', () => {
    const found = findBenchPages(root, path.join(dir, 'missing'));
    expect(found.dir).toBeNull();
    const line = benchPagesMissing(found);
    expect(line).not.toContain('\n');
    expect(line).toContain(path.join(dir, 'missing'));
    expect(line).toContain('--pages DIR');
    expect(line).toContain(BENCH_DIR_ENV);
    expect(findBenchPages(root).dir).toBeNull();
  });
});

// @vitest-environment node
// `npm run eval:extraction` on small corpora written here: an article with a related box, a list of headlines
// (not an article) and an article whose related box repeats one of its sentences (a chip that would hide article
// text). Run in this process (evalExtraction, what the CLI prints), and once as a developer runs it, with workers.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { evalExtraction, stripLeaks } from '../tools/eval-extraction';
import { parsePage } from '../tools/load-page';
import { analyzePage } from '../utils/page/analyze-page';

const ROOT = join(import.meta.dirname, '..');
/** Spawning Node with tsx, the engine and jsdom takes seconds on a loaded machine; the limit only stops a hung run. */
const TIMEOUT_MS = 300_000;

const PROSE = [
  'The harbour board voted on Monday to dredge the northern channel before winter, ending a dispute that had kept larger ferries away from the town for two years.',
  'Board members said the work would start in October and cost about four million euros, most of it paid by the regional government under a plan agreed last spring.',
  'Fishermen who use the channel every morning welcomed the decision but asked that the dredgers stay clear of the mussel beds near the breakwater during the spawning season.',
  'An engineer who surveyed the seabed for the board said that silt had built up faster than expected after the storms of the past two winters, narrowing the deepest lane.',
  'The ferry company said it would restore its direct service to the islands once the channel was deep enough, which it expects to happen in time for next summer.',
  'Residents will be able to see the plans at the town hall until the end of the month, and the board will answer written questions at its next public meeting.',
];
/** A sentence of the third page that its related box repeats word for word, as some sites' teasers do. */
const REPEATED =
  'Inspectors found that the old pumping station had been leaking untreated water into the river for at least three months before anyone noticed.';
const TEASER_PROSE = [
  REPEATED,
  'The water company said a valve had failed during a power cut in the spring and that its alarms had not been connected to the new control room.',
  'Anglers downstream reported dead fish in early June, and samples taken by the environment agency showed levels of ammonia well above the legal limit.',
  'The company has apologised, promised to pay for restocking the river and said it would check every pumping station it runs before the end of the year.',
  'Local councillors want an independent inquiry and say they will ask the regulator to publish the inspection reports in full rather than a summary.',
];

const head = (title: string): string =>
  `<head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"></head>`;
const related = (items: readonly string[]): string =>
  `<aside class="related"><h2>More stories</h2><ul>${items.map((t, i) => `<li><a href="/more/${i}">${t}</a></li>`).join('')}</ul></aside>`;
const OTHER_HEADLINES = [
  'Council approves new cycle lanes along the seafront',
  'School roof repairs to finish before the new term',
  'Lifeboat crew rescues two walkers cut off by the tide',
];

function articlePage(title: string, paragraphs: readonly string[], box: string): string {
  return `<!doctype html><html lang="en">${head(title)}<body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
    <main><article><h1>${title}</h1><p class="byline">By Jane Writer</p>
    <div class="story">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div></article>${box}</main>
    <footer><p>Copyright The Harbour Gazette</p></footer></body></html>`;
}

const STORY = articlePage('Harbour channel to be dredged', PROSE, related(OTHER_HEADLINES));
/** A related headline that the third page's ground truth keeps, as a careless annotator might: shown nowhere else. */
const KEPT = 'Lifeboat crew rescues two walkers cut off by the rising tide below the northern cliffs';
const TEASER = articlePage(
  'Pumping station leaked into the river',
  TEASER_PROSE,
  related([`${REPEATED} Read the full report`, ...OTHER_HEADLINES, KEPT]),
);
const LISTING = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head><body>
  <main><h1>Latest news</h1>${Array.from(
    { length: 12 },
    (_, i) =>
      `<div class="teaser"><h2><a href="/s${i}">Headline number ${i} about the harbour and the town</a></h2><p>Short standfirst ${i}.</p></div>`,
  ).join('')}</main></body></html>`;
/** What a careless annotator might keep of the listing: scored against "not an article" as empty, recall 0. */
const LISTING_TRUTH = 'Latest news from the harbour and the town, every morning and every evening of the week.';

const dir = mkdtempSync(join(tmpdir(), 'sl-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A corpus in the benchmark's layout (pages in html/, gzipped) or the flat one (pages beside the truth). */
function corpus(name: string, pages: Record<string, { html: string; truth: string }>, layout: 'html' | 'flat'): string {
  const home = join(dir, name);
  const pagesDir = layout === 'html' ? join(home, 'html') : home;
  mkdirSync(pagesDir, { recursive: true });
  const truth: Record<string, { articleBody: string }> = {};
  for (const [id, page] of Object.entries(pages)) {
    if (layout === 'html') writeFileSync(join(pagesDir, `${id}.html.gz`), gzipSync(page.html));
    else writeFileSync(join(pagesDir, `${id}.html`), page.html);
    truth[id] = { articleBody: page.truth };
  }
  writeFileSync(join(home, 'ground-truth.json'), JSON.stringify(truth));
  return home;
}

const NEWS = corpus(
  'news',
  {
    listing: { html: LISTING, truth: LISTING_TRUTH },
    story: { html: STORY, truth: PROSE.join('\n') },
  },
  'html',
);
const TEASERS = corpus('teasers', { teaser: { html: TEASER, truth: [...TEASER_PROSE, KEPT].join('\n\n') } }, 'flat');

const run = (...args: string[]) => evalExtraction(args);

function spawn(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/eval-extraction.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Report {
  corpora: Array<{
    name: string;
    pages: number;
    sourcelight: { f1: number; precision: number; recall: number; notArticle: number; notArticleIds: string[] };
    readability: { f1: number; precision: number; recall: number; notReaderable: number } | null;
    strip: {
      truthLeakPages: number;
      commentPages: number;
      ownLeakPages: number;
      copyPages: number;
      leaks: Array<{ id: string; kind: string; against: string; snippet: string }>;
    };
  }>;
  errors: string[];
  timing: { pages: number };
}

/** The report without its timing, which differs from run to run. */
function figures(stdout: string): Omit<Report, 'timing'> {
  const { timing: _, ...rest } = JSON.parse(stdout) as Report;
  return rest;
}

describe('npm run eval:extraction', { timeout: TIMEOUT_MS * 2 }, () => {
  it('prints its usage with --help and refuses a run with no corpus or a bad option', async () => {
    const help = await run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run eval:extraction');
    for (const args of [['--json'], [NEWS, '--jobs', '0'], [NEWS, '--fast']]) {
      const refused = await run(...args);
      expect(refused.status).toBe(2);
      expect(refused.stdout).toBe('');
    }
    expect((await run('--json')).stderr).toContain('give at least one corpus folder');
  });

  it('scores both layouts with the benchmark metric, "not an article" as empty, and finds the leaking chip', async () => {
    const single = await run(NEWS, TEASERS, '--json', '--jobs', '1');
    expect(single.stderr).toBe('');
    expect(single.status).toBe(0);
    const report = figures(single.stdout);
    const [news, teasers] = report.corpora;
    // The story is found exactly; the listing is not an article, scored as empty: recall 0, precision undefined.
    expect(news?.name).toBe('news');
    expect(news?.pages).toBe(2);
    expect(news?.sourcelight).toMatchObject({ precision: 1, recall: 0.5, notArticle: 1, notArticleIds: ['listing'] });
    expect(news?.sourcelight.f1).toBeCloseTo(2 / 3, 10);
    expect(news?.strip).toEqual({ truthLeakPages: 0, commentPages: 0, ownLeakPages: 0, copyPages: 0, leaks: [] });
    // The related box repeats a sentence of the article, which stays shown in the body: hiding "Related" hides a
    // copy (not the ground truth's sentence, not an own leak). It also holds a headline that the ground truth keeps
    // and that the page shows nowhere else: hidden, a leak of the ground truth.
    // Sourcelight takes the story whole and nothing else; the kept headline is the only text it leaves out.
    expect(teasers?.sourcelight).toMatchObject({ precision: 1, notArticle: 0 });
    expect(teasers?.sourcelight.recall).toBeLessThan(1);
    expect(teasers?.strip.truthLeakPages).toBe(1);
    expect(teasers?.strip.ownLeakPages).toBe(0);
    expect(teasers?.strip.copyPages).toBe(1);
    expect(teasers?.strip.leaks).toEqual([
      { id: 'teaser', kind: 'related', against: 'truth', snippet: expect.stringMatching(/^Lifeboat crew/) },
      { id: 'teaser', kind: 'related', against: 'copy', snippet: expect.stringMatching(/^Inspectors found/) },
    ]);
    // Readability runs on the same pages in the same run: it finds the story whole, and leaves out the kept
    // headline as Sourcelight does.
    expect(news?.readability?.recall).toBeGreaterThanOrEqual(0.5);
    expect(teasers?.readability?.recall).toBe(teasers?.sourcelight.recall);
    // The command as a developer runs it, on two worker threads (without Readability, to spare a loaded
    // machine): the same figures for Sourcelight and the strip.
    const parallel = spawn(NEWS, TEASERS, '--json', '--jobs', '2', '--no-readability');
    expect(parallel.stderr).toBe('');
    expect(parallel.status).toBe(0);
    const ours = (r: Omit<Report, 'timing'>) => r.corpora.map((c) => [c.name, c.pages, c.sourcelight, c.strip]);
    expect(ours(figures(parallel.stdout))).toEqual(ours(report));
  });

  it('prints one markdown table, the leaks with --details, and fails on a leak only with --strict', async () => {
    const plain = await run(NEWS, TEASERS, '--no-readability', '--jobs', '1');
    expect(plain.status).toBe(0);
    const rows = plain.stdout.split('\n').filter((line) => line.startsWith('| '));
    expect(rows[0]).toBe(
      '| Corpus | Pages | Sourcelight F1 | P | R | Not an article | Strip leaks (truth) | Comments the truth keeps | Strip leaks (own) | Copies hidden |',
    );
    expect(rows.slice(2)).toEqual([
      '| news | 2 | 0.667 | 1.000 | 0.500 | 1 | 0 | 0 | 0 | 0 |',
      '| teasers | 1 | 0.943 | 1.000 | 0.891 | 0 | 1 | 0 | 0 | 1 |',
      '| all (mean of the corpora) | 3 | 0.805 | 1.000 | 0.696 | 1 | 1 | 0 | 0 | 1 |',
    ]);
    expect(plain.stdout).not.toContain('Inspectors found');
    expect(plain.stdout).toMatch(/3 pages in [\d.]+ s on 1 thread/);

    const strict = await run(TEASERS, '--no-readability', '--jobs', '1', '--details', '--strict');
    expect(strict.status).toBe(3);
    expect(strict.stdout).toContain('Pages where a chip would hide article text: 1');
    expect(strict.stdout).toMatch(/teaser {2}related {4}truth {4}"Lifeboat crew rescues two walkers/);
    expect(strict.stdout).toMatch(/teaser {2}related {4}copy {5}"Inspectors found that the old pumping station/);
    // --weakest N lists that many of each corpus's weakest pages: the listing (scored as empty) first.
    const weakest = async (n: string) =>
      figures((await run(NEWS, '--no-readability', '--jobs', '1', '--json', '--weakest', n)).stdout);
    expect((await weakest('1')).corpora[0]).toMatchObject({ weakest: [{ id: 'listing' }] });
    expect((await weakest('2')).corpora[0]).toMatchObject({ weakest: [{ id: 'listing' }, { id: 'story' }] });
    expect((await run(NEWS, '--weakest', '0')).status).toBe(2);
    // --limit 1: the first page by id, the listing alone; no leak there, so --strict passes.
    const first = await run(NEWS, '--no-readability', '--jobs', '1', '--strict', '--limit', '1');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('| news | 1 | 0.000 | 0.000 | 0.000 | 1 | 0 | 0 | 0 | 0 |');
  });

  it('reports a missing folder, a folder with no ground truth and an unreadable page, and scores the rest', async () => {
    const bad = corpus(
      'bad',
      { story: { html: STORY, truth: PROSE.join('\n') }, broken: { html: 'no markup here at all', truth: 'x' } },
      'flat',
    );
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const result = await run(join(dir, 'missing'), empty, bad, '--json', '--no-readability', '--jobs', '1');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('missing: no such folder; corpus skipped');
    expect(result.stderr).toContain('empty: no ground-truth.json; corpus skipped');
    expect(result.stderr).toContain('bad: page broken could not be read (not an HTML page); not scored');
    const report = JSON.parse(result.stdout) as Report;
    expect(report.corpora.map((c) => [c.name, c.pages, c.sourcelight.f1, c.readability])).toEqual([
      ['bad', 1, 1, null],
    ]);
    expect(report.errors).toHaveLength(3);
  });

  it('counts a chip as hiding the article when it holds a block, or sits in one and hides a stretch of it', () => {
    const page = analyzePage(parsePage(STORY));
    const article = page.article;
    expect(article?.blocks.length).toBe(PROSE.length);
    const first = article?.blocks[0]?.element as Element;
    // A span around the words of the first paragraph, made here for the check (the page is a parsed copy).
    const inner = first.ownerDocument.createElement('span');
    inner.append(...first.childNodes);
    first.append(inner);
    const leaking = (element: Element): string[] =>
      stripLeaks({ ...page, clutter: [{ kind: 'promo', element, text: '' }] }, '', 'Harbour').map((l) => l.against);
    expect(leaking(first)).toEqual(['article']);
    expect(leaking(inner)).toEqual(['article']);
  });

  it('counts reader comments that the ground truth keeps apart: the Comments chip, after the story only', () => {
    const COMMENT = 'I walk along the breakwater every day and the silt has been visible at low tide since the storms.';
    const EARLY = 'A note above the story that the annotator kept, though it sits in a box the strip calls comments.';
    const doc = parsePage(
      STORY.replace('<main>', `<main><div id="early"><p>${EARLY}</p></div>`).replace(
        '</main>',
        `</main><section id="talk"><h2>Comments</h2><p>${COMMENT}</p></section>`,
      ),
    );
    const page = analyzePage(doc);
    const talk = doc.getElementById('talk') as Element;
    const truth = [EARLY, ...PROSE, COMMENT].join('\n');
    const leaking = (kind: 'comments' | 'promo', element: Element): string[] =>
      stripLeaks({ ...page, clutter: [{ kind, element, text: '' }] }, truth, 'Harbour').map((l) => l.against);
    expect(leaking('comments', talk)).toEqual(['comments']);
    // Before the story, it is not a reader's comment: a leak of the ground truth.
    expect(leaking('comments', doc.getElementById('early') as Element)).toEqual(['truth']);
    // The same text behind another chip is a leak of the ground truth; the Comments chip over the story is too.
    expect(leaking('promo', talk)).toEqual(['truth']);
    const paragraph = page.article?.blocks[1]?.element as Element;
    expect(leaking('comments', paragraph)).toEqual(['truth', 'article']);
  });

  it("counts a share box's copy of the dateline lede as a copy: the lede itself stays shown and is never offered", () => {
    const LEDE =
      'PORT ELLIS (Coastal Wire) — The harbour board voted on Monday to dredge the northern channel before winter, ending a two-year dispute.';
    const SHARE = `<div class="share-box"><div class="share-links">
        <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>
        <a href="https://twitter.com/intent/tweet?url=x">X</a> <a href="mailto:?body=x">Mail</a></div>
      <form class="share-mail"><p>Email this story</p><input type="text" name="to"><p>Harbour channel to be dredged</p>
        <p>${LEDE}</p><button>Send</button></form></div>`;
    const doc = parsePage(
      articlePage('Harbour channel to be dredged', [LEDE, ...PROSE.slice(1)], '').replace('</main>', `</main>${SHARE}`),
    );
    const page = analyzePage(doc);
    const hidden = page.clutter.filter((c) => c.element.textContent?.includes('PORT ELLIS'));
    expect(hidden.map((c) => c.kind)).toEqual(['share']);
    expect(page.article?.blocks[0]?.text).toBe(LEDE);
    const truth = [LEDE, ...PROSE.slice(1)].join('\n');
    expect(stripLeaks(page, truth, 'Harbour').map((l) => l.against)).toEqual(['copy']);
  });
});

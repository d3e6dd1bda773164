// Scores every gold file in seeds/ against its page with the engine in-process (linkedom, no
// CLI): a per-page table and the average of each figure over the pages where it applies (n/a pages skipped).
// Usage: node --import tsx scripts/score-seeds.ts [--misses] [FILTER]
//   --misses  also print every miss per page (the same lists as scripts/eval/score.mjs, tools/eval/score.ts)
//   FILTER    only gold files whose name contains it
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import type { AnalysisScore, GoldFile, Ratio } from '../tools/eval/score';
import { scoreAnalysis } from '../tools/eval/score';
import type { Analysis } from '../utils/analysis/types';
import { analyzeDocument } from '../utils/page/analyze-page';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, 'seeds');

interface Column {
  label: string;
  get: (s: AnalysisScore) => Ratio | undefined;
}

/** The figures of the table, in the order the lead's closing note lists them. */
const COLUMNS: Column[] = [
  { label: 'clm.rec', get: (s) => s.claims.recall },
  { label: 'clm.prec', get: (s) => s.claims.precision },
  { label: 'clm.src', get: (s) => s.claims.attribution },
  { label: 'nam.rec', get: (s) => s.namedSources.recall },
  { label: 'nam.prec', get: (s) => s.namedSources.precision },
  { label: 'nam.cat', get: (s) => s.namedSources.category },
  { label: 'ano.rec', get: (s) => s.anonymousSources.recall },
  { label: 'ano.prec', get: (s) => s.anonymousSources.precision },
  { label: 'ano.cat', get: (s) => s.anonymousSources.category },
  { label: 'num.rec', get: (s) => s.numbers.recall },
  { label: 'num.prec', get: (s) => s.numbers.precision },
  { label: 'article', get: (s) => s.article?.passed },
  { label: 'clutter', get: (s) => s.clutter?.recall },
];

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const filter = args.find((a) => !a.startsWith('--')) ?? '';

function goldFiles(): { gold: string; page: string }[] {
  const out: { gold: string; page: string }[] = [];
  for (const name of readdirSync(SEEDS).sort()) {
    if (!name.endsWith('.gold.json') || !name.includes(filter)) continue;
    const gold = join(SEEDS, name);
    const parsed = JSON.parse(readFileSync(gold, 'utf8')) as GoldFile;
    // A page whose article only exists after its scripts run is an empty shell without them: not scored here.
    if (parsed.expect?.isArticleWithoutScripts === false) continue;
    out.push({ gold, page: join(SEEDS, parsed.page) });
  }
  return out;
}

function readPage(file: string): string {
  const raw = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
}

const fmt = (x: Ratio | undefined): string => (x === null || x === undefined ? 'n/a' : x.toFixed(3));

/** Required gold sources found with another category: score.mjs counts them but does not list them. */
function wrongCategories(gold: GoldFile, analysis: Analysis): string[] {
  const out: string[] = [];
  const hasWord = (text: string, needle: string): boolean =>
    new RegExp(`(?<![\\w])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'i').test(text);
  for (const g of gold.sources.filter((s) => s.required)) {
    const hit = analysis.sources.find((s) => s.named === g.named && g.match.some((m) => hasWord(s.name, m)));
    if (hit && hit.category !== g.category) out.push(`${hit.name}: ${hit.category}, gold ${g.category}`);
  }
  return out;
}

const rows: { name: string; score: AnalysisScore; ms: number; categories: string[] }[] = [];
for (const { gold, page } of goldFiles()) {
  const goldFile = JSON.parse(readFileSync(gold, 'utf8')) as GoldFile;
  const { document } = parseHTML(readPage(page));
  const started = performance.now();
  const analysis = analyzeDocument(document, { url: `file://${page}` });
  const ms = performance.now() - started;
  const name = gold.slice(SEEDS.length + 1).replace(/\.gold\.json$/, '');
  rows.push({ name, score: scoreAnalysis(goldFile, analysis), ms, categories: wrongCategories(goldFile, analysis) });
}

/** Counts of the source list's faults (score.mjs's sourceList): each should be 0 on every page. */
const COUNT_COLUMNS: { label: string; get: (s: AnalysisScore) => number }[] = [
  { label: 'src.dup', get: (s) => s.sourceList.duplicates.length },
  { label: 'src.junk', get: (s) => s.sourceList.junk.length },
];

const nameWidth = Math.max(8, ...rows.map((r) => r.name.length));
const header = [
  'page'.padEnd(nameWidth),
  ...COLUMNS.map((c) => c.label.padStart(8)),
  ...COUNT_COLUMNS.map((c) => c.label.padStart(8)),
  '      ms',
].join(' ');
console.log(header);
for (const r of rows) {
  console.log(
    [
      r.name.padEnd(nameWidth),
      ...COLUMNS.map((c) => fmt(c.get(r.score)).padStart(8)),
      ...COUNT_COLUMNS.map((c) => String(c.get(r.score)).padStart(8)),
      r.ms.toFixed(0).padStart(8),
    ].join(' '),
  );
}
const averages = COLUMNS.map((c) => {
  const values = rows.map((r) => c.get(r.score)).filter((v): v is number => typeof v === 'number');
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
});
console.log('-'.repeat(header.length));
const countAverages = COUNT_COLUMNS.map((c) => rows.reduce((sum, r) => sum + c.get(r.score), 0) / rows.length);
console.log(
  [
    'AVERAGE'.padEnd(nameWidth),
    ...averages.map((a) => fmt(a).padStart(8)),
    ...countAverages.map((a) => a.toFixed(3).padStart(8)),
  ].join(' '),
);

// The source list's faults are printed with their names on every run: a reader sees them at once.
for (const { name, score } of rows) {
  const { duplicates, junk } = score.sourceList;
  if (duplicates.length === 0 && junk.length === 0) continue;
  console.log(`\n-- ${name} source list`);
  for (const d of duplicates) console.log(`  duplicate ${d}`);
  for (const j of junk) console.log(`  junk      ${j}`);
}

if (showMisses) {
  for (const { name, score, categories } of rows) {
    const lists: [string, readonly string[]][] = [
      ['claims missed', score.claims.missed],
      ['claims with the wrong source', score.claims.misattributed],
      ['claims not in the gold', score.claims.falsePositives],
      ['named sources missed', score.namedSources.missed],
      ['named sources not in the gold', score.namedSources.wrong],
      ['anonymous sources missed', score.anonymousSources.missed],
      ['anonymous sources not in the gold', score.anonymousSources.wrong],
      ['sources with the wrong category', categories],
      ['numbers missed', score.numbers.missed],
      ['numbers not in the gold', score.numbers.wrong],
    ];
    if (lists.every(([, l]) => l.length === 0)) continue;
    console.log(`\n== ${name}`);
    for (const [title, list] of lists) if (list.length > 0) console.log(`  ${title}:\n    ${list.join('\n    ')}`);
  }
}

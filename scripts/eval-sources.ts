// `npm run eval:sources -- DIR… [--details]`: how clean the source list is on saved pages nobody annotated. Every page
// (*.html, *.htm, *.html.gz) of each folder is read as a browser reads it (tools/load-page.ts) and analysed
// (analyzePage); on the pages called articles, two checks that need no gold file:
//   - possible duplicates: two named sources of one page where the words of one name (honorifics and common titles
//     aside) are all in the other's and the two share a word ("Maria Lund" and "University of Oslo geologist Maria
//     Lund", "Canalys" and "research firm Canalys"): one source listed twice, or two that a reader cannot tell apart;
//   - names that read as no name: a named source whose name holds a lower-case word that is no particle ("It looks
//     like Nintendo") or a word in capitals in a name of three words or more ("LOS ANGELES Paula Abdul").
// Both over-count (a body and its survey, "Iran's government", "police" are fine): compare two builds, not against 0.
//
// The dev corpora: npm run eval:sources -- ../shared/bench/article-extraction ../shared/bench/extraction-corpora/*/
import path from 'node:path';
import { analysedArticles } from '../tools/analysed-pages';
import type { Source } from '../utils/analysis/types';

/** Words left out when two names are compared: they say how a person is addressed or what they do. */
const NOT_NAME_WORDS = new Set('the of mr mrs ms dr president sen senator gov rep'.split(' '));
/** Lower-case words a name may hold: joiners and particles ("Bank of America", "Charles de Gaulle"). */
const NAME_JOINERS = new Set(
  'of for and the de del da di du van von der den la le al el bin ibn on in at to y e'.split(' '),
);
const HELP = `Usage: npm run eval:sources -- DIR... [--details]
  --details   list every possible duplicate and every name that reads as no name`;

interface PageSources {
  id: string;
  sources: readonly Source[];
}

const words = (name: string): string[] =>
  (name.toLowerCase().match(/[\p{L}\p{N}'\u2019-]+/gu) ?? []).filter((w) => !NOT_NAME_WORDS.has(w));

/** Pairs of named sources of one page whose names may be one source's. */
export function possibleDuplicates(sources: readonly Source[]): Array<[Source, Source]> {
  const named = sources.filter((s) => s.named);
  const pairs: Array<[Source, Source]> = [];
  for (let i = 0; i < named.length; i++) {
    for (let j = i + 1; j < named.length; j++) {
      const a = named[i] as Source;
      const b = named[j] as Source;
      const x = new Set(words(a.name));
      const y = new Set(words(b.name));
      if (x.size === 0 || y.size === 0) continue;
      const [small, large] = x.size <= y.size ? [x, y] : [y, x];
      if ([...small].every((w) => large.has(w))) pairs.push([a, b]);
    }
  }
  return pairs;
}

/** Whether a named source's name reads as no name: a clause's lower-case word, or capitals in a long name. */
export function readsAsNoName(source: Source): boolean {
  if (!source.named) return false;
  const tokens = source.name.split(/\s+/);
  const loose = tokens.some(
    (t) => /^\p{Ll}/u.test(t) && !NAME_JOINERS.has(t.toLowerCase()) && !/^(?:al|el|bin)-/.test(t),
  );
  const capitals = tokens.length > 2 && tokens.some((t) => t.length > 3 && /^\p{Lu}+$/u.test(t));
  return loose || capitals;
}

function analyseDir(dir: string): PageSources[] {
  return [...analysedArticles(dir)].map(({ file, analysis }) => ({
    id: path.basename(file),
    sources: analysis.sources,
  }));
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.length === 0) {
    console.log(HELP);
    process.exitCode = args.length === 0 ? 2 : 0;
    return;
  }
  const details = args.includes('--details');
  const dirs = args.filter((a) => !a.startsWith('--'));
  const rows: string[][] = [];
  for (const dir of dirs) {
    const pages = analyseDir(dir);
    const sources = pages.reduce((n, p) => n + p.sources.length, 0);
    const named = pages.reduce((n, p) => n + p.sources.filter((s) => s.named).length, 0);
    const duplicates = pages.map((p) => ({ id: p.id, pairs: possibleDuplicates(p.sources) }));
    const odd = pages.map((p) => ({ id: p.id, names: p.sources.filter(readsAsNoName) }));
    rows.push([
      path.basename(path.resolve(dir)),
      String(pages.length),
      String(sources),
      String(named),
      String(duplicates.filter((d) => d.pairs.length > 0).length),
      String(duplicates.reduce((n, d) => n + d.pairs.length, 0)),
      String(odd.reduce((n, o) => n + o.names.length, 0)),
    ]);
    if (details) {
      for (const d of duplicates)
        for (const [a, b] of d.pairs)
          console.log(`  duplicate?  ${d.id}  "${a.name}" (${a.kind}) ~ "${b.name}" (${b.kind})`);
      for (const o of odd) for (const s of o.names) console.log(`  no name?    ${o.id}  "${s.name}" (${s.kind})`);
    }
  }
  const header = [
    'Corpus',
    'Articles',
    'Sources',
    'Named',
    'Pages with a possible duplicate',
    'Pairs',
    'Names that read as no name',
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

main();

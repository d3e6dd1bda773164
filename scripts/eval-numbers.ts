// `npm run eval:numbers -- DIR… [--list FILE]`: the numbers found on saved pages nobody annotated, to compare two
// builds mention by mention. Every page (*.html, *.htm, *.html.gz) of each folder is read as a browser reads it
// (tools/load-page.ts) and analysed (analyzeDocument); on the pages called articles, each number mention is counted
// by kind, and with --list written as one tab-separated line: page, kind, value, the mention with the words around
// it ("…a fare rise of [£4.50] and a toll…"). `diff` of two builds' lists shows every mention a change lost,
// gained or read otherwise; there is no gold to score against, so the lines are read, not counted as right.
//
// The dev corpora: npm run eval:numbers -- ../shared/bench/article-extraction ../shared/bench/extraction-corpora/*/
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { analysedArticles } from '../tools/analysed-pages';
import { NUMBER_KINDS, type NumberKind } from '../utils/analysis/types';

const HELP = `Usage: npm run eval:numbers -- DIR... [--list FILE]
  --list FILE   write every mention, one per line (page, kind, value, mention in context), for diff`;

/** Characters of context kept on each side of a mention in the list. */
const CONTEXT = 40;

interface DirFigures {
  name: string;
  articles: number;
  byKind: Map<NumberKind, number>;
}

const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

function analyseDir(dir: string, lines: string[]): DirFigures {
  const figures: DirFigures = { name: path.basename(path.resolve(dir)), articles: 0, byKind: new Map() };
  for (const { file, analysis } of analysedArticles(dir)) {
    if (!analysis.article) continue;
    figures.articles++;
    const blocks = analysis.article.text.split('\n\n');
    for (const n of analysis.numbers) {
      figures.byKind.set(n.kind, (figures.byKind.get(n.kind) ?? 0) + 1);
      const block = blocks[n.span.block] ?? '';
      const before = oneLine(block.slice(Math.max(0, n.span.start - CONTEXT), n.span.start));
      const after = oneLine(block.slice(n.span.end, n.span.end + CONTEXT));
      lines.push([path.basename(file), n.kind, String(n.value), `${before}[${oneLine(n.text)}]${after}`].join('\t'));
    }
  }
  return figures;
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.length === 0) {
    console.log(HELP);
    process.exitCode = args.length === 0 ? 2 : 0;
    return;
  }
  const listAt = args.indexOf('--list');
  const listFile = listAt >= 0 ? args[listAt + 1] : undefined;
  if (listAt >= 0 && (listFile === undefined || listFile.startsWith('--'))) {
    console.error('--list needs a file to write');
    process.exitCode = 2;
    return;
  }
  const dirs = args.filter((a, i) => !a.startsWith('--') && (listAt < 0 || i !== listAt + 1));
  const lines: string[] = [];
  const rows = dirs.map((dir) => analyseDir(dir, lines));
  const header = ['Corpus', 'Articles', 'Mentions', ...NUMBER_KINDS];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map(() => '---').join(' | ')} |`);
  for (const r of rows) {
    const total = [...r.byKind.values()].reduce((a, b) => a + b, 0);
    const cells = NUMBER_KINDS.map((k) => String(r.byKind.get(k) ?? 0));
    console.log(`| ${[r.name, String(r.articles), String(total), ...cells].join(' | ')} |`);
  }
  if (listFile) writeFileSync(listFile, lines.length > 0 ? `${lines.join('\n')}\n` : '');
}

main();

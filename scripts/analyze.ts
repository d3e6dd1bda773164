// The analyze CLI: runs the engine on saved pages (.html, .html.gz), read as a browser reads them (load-page.ts),
// and prints a report a person reads, or JSON (one object for one page, JSON Lines with a `file` field for several).
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Analysis, Claim, Source } from '../utils/analysis/types';
import { attributionUnavailableText } from '../utils/language-name';
import { analyzeDocument } from '../utils/page/analyze-page';
import { parsePage, readPage } from './load-page';

const HELP = `Usage: npm run analyze -- [FILE|DIR ...] [--json] [--url URL]

Finds the article on saved pages and reports its title, publisher, authors, date, sources, claims,
numbers and the clutter around it.

  FILE       a saved page: .html, .htm or .html.gz
  DIR        every such page in the directory, sorted by name
             (no FILE or DIR: the bundled seed page seeds/daily8-islamic-state.html)
  --json     JSON instead of the report: one page gives one object, several give JSON Lines
             (one analysis per line, with a "file" field)
  --url URL  the page's address, reported as "url"
  --help     this text

Exit status: 0 when every page was analysed, 1 when some file could not be read or is not HTML, 2 on bad usage.`;

const PAGE_FILE = /\.(?:html?|html?\.gz)$/i;
/** Resolved from this script's folder, so that the CLI works from any working directory. */
const DEFAULT_PAGE = join(import.meta.dirname, '..', 'seeds', 'daily8-islamic-state.html');

interface Options {
  inputs: string[];
  json: boolean;
  url: string | undefined;
}

function parseArgs(argv: readonly string[]): Options | string {
  const options: Options = { inputs: [], json: false, url: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--json') options.json = true;
    else if (arg === '--url') {
      const value = argv[++i];
      if (value === undefined) return 'missing value for --url';
      options.url = value;
    } else if (arg.startsWith('--url=')) options.url = arg.slice('--url='.length);
    else if (arg.startsWith('-')) return `unknown option: ${arg}`;
    else options.inputs.push(arg);
  }
  return options;
}

/** The files to analyse: directories expand to their pages, sorted. */
function expand(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    let isDirectory = false;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      // Missing files are reported when read, in their turn.
    }
    if (isDirectory) {
      const names = readdirSync(input)
        .filter((name) => PAGE_FILE.test(name))
        .sort();
      for (const name of names) files.push(join(input, name));
    } else files.push(input);
  }
  return files;
}

export function analyzeFile(file: string, url?: string): Analysis {
  return analyzeDocument(parsePage(readPage(file)), url === undefined ? {} : { url });
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function claimLine(claim: Claim): string {
  return `    - ${claim.text}${claim.cue ? `  [${claim.cue}]` : ''}`;
}

export function formatReport(file: string, analysis: Analysis): string {
  const lines: string[] = [];
  const article = analysis.article;
  lines.push(`== ${file}`);
  if (!analysis.isArticle || !article) {
    lines.push('Not an article: nothing to analyse on this page.');
    if (article) lines.push(`(best text block: ${article.wordCount} words)`);
    return lines.join('\n');
  }
  lines.push(article.title || '(no title)');
  lines.push(`Publisher: ${article.publisher ?? 'unknown'}`);
  lines.push(`Authors:   ${article.authors.length ? article.authors.join(', ') : 'unknown'}`);
  lines.push(`Published: ${article.published ?? 'unknown'}`);
  lines.push(`Length:    ${article.wordCount} words${article.language ? ` · language ${article.language}` : ''}`);
  lines.push('');

  const unavailable = attributionUnavailableText(analysis.attribution);
  if (unavailable !== null) {
    // An article in a language the claim rules are not written for: say so rather than "Sources (0)"
    lines.push(unavailable);
    lines.push('');
    numberLines(analysis, lines);
    clutterLines(analysis, lines);
    return lines.join('\n');
  }
  const sources = [...analysis.sources].sort((a, b) => b.claimCount - a.claimCount);
  lines.push(
    `Sources (${sources.length}: ${sources.filter((s) => s.named).length} named, ${sources.filter((s) => !s.named).length} anonymous)`,
  );
  if (sources.length > 0) {
    lines.push(`  ${pad('NAME', 34)} ${pad('NAMED', 10)} ${pad('CATEGORY', 18)} ${pad('ROLE', 28)} CLAIMS`);
    for (const s of sources) {
      lines.push(
        `  ${pad(s.name, 34)} ${pad(s.named ? 'named' : 'anonymous', 10)} ${pad(s.category, 18)} ${pad(s.role ?? '', 28)} ${s.claimCount}`,
      );
    }
  }
  lines.push('');
  lines.push(`Claims (${analysis.claims.length})`);
  const byId = new Map<string, Source>(analysis.sources.map((s) => [s.id, s]));
  const groups = new Map<string, Claim[]>();
  for (const claim of analysis.claims) {
    const key = claim.sourceId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  for (const [id, claims] of groups) {
    lines.push(`  ${byId.get(id)?.name ?? '(no source)'}:`);
    for (const claim of claims) lines.push(claimLine(claim));
  }
  lines.push('');
  numberLines(analysis, lines);
  if (analysis.nonResponses.length > 0) {
    lines.push('');
    lines.push(`Did not respond (${analysis.nonResponses.length})`);
    for (const n of analysis.nonResponses) lines.push(`  - ${n.party}: ${n.text}`);
  }
  clutterLines(analysis, lines);
  return lines.join('\n');
}

/** The numbers, with how many of each kind: "Numbers (12: 7 count, 2 age, 1 time, 2 date)". */
function numberLines(analysis: Analysis, lines: string[]): void {
  const byKind = new Map<string, number>();
  for (const n of analysis.numbers) byKind.set(n.kind, (byKind.get(n.kind) ?? 0) + 1);
  const kinds = [...byKind].map(([kind, count]) => `${count} ${kind}`).join(', ');
  lines.push(`Numbers (${analysis.numbers.length}${kinds ? `: ${kinds}` : ''})`);
  if (analysis.numbers.length > 0) lines.push(`  ${analysis.numbers.map((n) => n.text).join(' · ')}`);
}

/** The clutter around the article and the time taken: the report's last lines. */
function clutterLines(analysis: Analysis, lines: string[]): void {
  lines.push('');
  lines.push(`Clutter (${analysis.clutter.length})`);
  for (const c of analysis.clutter) lines.push(`  ${pad(c.kind, 11)} ${c.text.slice(0, 100)}`);
  lines.push('');
  lines.push(`Analysed in ${analysis.timings.totalMs.toFixed(1)} ms`);
}

function main(argv: readonly string[]): number {
  const options = parseArgs(argv);
  if (options === 'help') {
    console.log(HELP);
    return 0;
  }
  if (typeof options === 'string') {
    console.error(`analyze: ${options} (see --help)`);
    return 2;
  }
  const files = expand(options.inputs.length > 0 ? options.inputs : [DEFAULT_PAGE]);
  let failed = 0;
  const several = files.length > 1 || options.inputs.some((i) => statSafe(i));
  for (const file of files) {
    let analysis: Analysis;
    try {
      analysis = analyzeFile(file, options.url);
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      console.error(`analyze: ${file}: ${message.split('\n')[0]}`);
      continue;
    }
    if (options.json) {
      const named = { file: several ? basename(file) : resolve(file), ...analysis };
      console.log(several ? JSON.stringify(named) : JSON.stringify(named, null, 2));
    } else {
      console.log(formatReport(file, analysis));
      console.log('');
    }
  }
  return failed > 0 ? 1 : 0;
}

/** True when the input is a directory (its pages are printed as JSON Lines even if there is one). */
function statSafe(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch {
    return false;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  process.exitCode = main(process.argv.slice(2));
}

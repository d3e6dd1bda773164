// The analyze CLI: runs the engine on saved pages (.html, .html.gz), read as a browser reads them (load-page.ts),
// and prints a report a person reads, or JSON (one object for one page, JSON Lines with a `file` field for several).
import { readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { analyzeFile, formatReport } from '../tools/report';
import type { Analysis } from '../utils/analysis/types';

const HELP = `Usage: npm run analyze -- [FILE|DIR ...] [--json] [--url URL]

Finds the article on saved pages and reports its title, publisher, authors, date, sources, claims,
numbers and the clutter around it.

  FILE       a saved page: .html, .htm or .html.gz
  DIR        every such page in the directory, sorted by name
             (no FILE or DIR: the bundled seed page seeds/daily8-wire-story.html)
  --json     JSON instead of the report: one page gives one object, several give JSON Lines
             (one analysis per line, with a "file" field)
  --url URL  the page's address, reported as "url"
  --help     this text

Exit status: 0 when every page was analysed, 1 when some file could not be read or is not HTML, 2 on bad usage.`;

const PAGE_FILE = /\.(?:html?|html?\.gz)$/i;
/** Resolved from this script's folder, so that the CLI works from any working directory. */
const DEFAULT_PAGE = join(import.meta.dirname, '..', 'seeds', 'daily8-wire-story.html');

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

/** `npm run analyze | head`: the reader closed the pipe after the lines they wanted; stop quietly, as Unix
 * tools do, instead of an unhandled EPIPE stack trace. Any other output error is still thrown. */
function quietOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
  process.stdout.on('error', quietOnClosedPipe);
  process.exitCode = main(process.argv.slice(2));
}
